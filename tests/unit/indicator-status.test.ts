import { describe, expect, it } from '@jest/globals'
import {
  DEFAULT_THRESHOLDS,
  percentOf,
  shareGone,
  statusOf,
  thresholdsOf,
} from '@/reach/indicators/status'

describe('% of target', () => {
  it('is actual over target where higher is better, target over actual where lower is', () => {
    expect(percentOf(45, 60, 'higher')).toBe(75)
    expect(percentOf(2, 3, 'higher')).toBe(66.7)
    expect(percentOf(12, 10, 'lower')).toBe(83.3)
    expect(percentOf(5, 10, 'lower')).toBe(200)
    // Nothing at all, where lower is better, is at or below any target.
    expect(percentOf(0, 10, 'lower')).toBe(100)
  })

  it('is not said without an actual or a positive target', () => {
    expect(percentOf(null, 10, 'higher')).toBeNull()
    expect(percentOf(10, null, 'higher')).toBeNull()
    expect(percentOf(10, 0, 'higher')).toBeNull()
    expect(percentOf(10, -5, 'lower')).toBeNull()
  })

  it('measures a target of none at all, where lower is better: 100 at none, 0 for any', () => {
    expect(percentOf(0, 0, 'lower')).toBe(100)
    expect(percentOf(1, 0, 'lower')).toBe(0)
  })
})

describe('status', () => {
  const t = DEFAULT_THRESHOLDS
  it('is on track from 90%, at risk from 70%, off track below, of what was due', () => {
    expect(statusOf(90, 100, 'higher', 1, t)).toBe('on-track')
    expect(statusOf(89.9, 100, 'higher', 1, t)).toBe('at-risk')
    expect(statusOf(70, 100, 'higher', 1, t)).toBe('at-risk')
    expect(statusOf(69.9, 100, 'higher', 1, t)).toBe('off-track')
    expect(statusOf(110, 100, 'lower', 1, t)).toBe('on-track')
    expect(statusOf(150, 100, 'lower', 1, t)).toBe('off-track')
    // No cases at all allowed: none is on track, a single one off track, at any time.
    expect(statusOf(0, 0, 'lower', 0.5, t)).toBe('on-track')
    expect(statusOf(1, 0, 'lower', 0.5, t)).toBe('off-track')
    // Before the half-year starts, nothing is measured, where lower is better too.
    expect(statusOf(0, 0, 'lower', 0, t)).toBeNull()
    expect(statusOf(3, 10, 'lower', 0, t)).toBeNull()
  })

  it('measures a count against the share of the half-year gone', () => {
    // A quarter of the way through, 25 of 100 people is on track; at the end it is not.
    expect(statusOf(25, 100, 'higher', 0.25, t)).toBe('on-track')
    expect(statusOf(25, 100, 'higher', 1, t)).toBe('off-track')
    // Before the half-year starts nothing is due yet, so it has no status.
    expect(statusOf(0, 100, 'higher', 0, t)).toBeNull()
    expect(statusOf(null, 100, 'higher', 1, t)).toBeNull()
    expect(statusOf(5, 0, 'higher', 1, t)).toBeNull()
  })

  it('takes the settings’ thresholds, and the defaults when they make no sense', () => {
    expect(statusOf(75, 100, 'higher', 1, thresholdsOf({ onTrack: 75, atRisk: 50 }))).toBe(
      'on-track',
    )
    expect(thresholdsOf({ onTrack: 50, atRisk: 60 })).toEqual(DEFAULT_THRESHOLDS)
    expect(thresholdsOf(null)).toEqual(DEFAULT_THRESHOLDS)
  })
})

describe('the share of a half-year gone', () => {
  const from = new Date('2026-01-01T00:00:00+07:00')
  const to = new Date('2026-07-01T00:00:00+07:00')
  it('runs from 0 before it starts to 1 once it has ended', () => {
    expect(shareGone(from, to, new Date('2025-12-01T00:00:00Z'))).toBe(0)
    expect(shareGone(from, to, new Date('2026-08-01T00:00:00Z'))).toBe(1)
    const middle = new Date((from.getTime() + to.getTime()) / 2)
    expect(shareGone(from, to, middle)).toBeCloseTo(0.5)
  })
})
