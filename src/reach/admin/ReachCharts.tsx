'use client'
import {
  BarController,
  BarElement,
  CategoryScale,
  Chart,
  type ChartConfiguration,
  Legend,
  LinearScale,
  LineController,
  LineElement,
  PointElement,
  Tooltip,
} from 'chart.js'
import { useEffect, useRef } from 'react'

Chart.register(
  BarController,
  BarElement,
  CategoryScale,
  LinearScale,
  LineController,
  LineElement,
  PointElement,
  Legend,
  Tooltip,
)

export type ReachChartData = {
  /** The page's language, for numbers and dates. */
  locale: string
  labels: Record<
    | 'delivery'
    | 'people'
    | 'overTime'
    | 'female'
    | 'male'
    | 'other'
    | 'views'
    | 'plays'
    | 'deliveryAxis',
    string
  >
  stations: { name: string; rate: number | null }[]
  provinces: { title: string; female: number; male: number; other: number }[]
  days: { day: string; views: number; plays: number }[]
}

const colors = { a: '#1f6f8b', b: '#e07a1f', c: '#6a8f2e' }

/** One chart on a canvas; the figures are also in the tables beside it, for screen readers. */
function ChartBox({ config, label }: { config: ChartConfiguration; label: string }) {
  const canvas = useRef<HTMLCanvasElement>(null)
  useEffect(() => {
    if (!canvas.current) return
    // Canvas text takes a family name, not a CSS variable: the self-hosted Lao font's.
    const lao = getComputedStyle(document.documentElement).getPropertyValue('--font-lao').trim()
    if (lao) Chart.defaults.font.family = `${lao}, system-ui, sans-serif`
    const chart = new Chart(canvas.current, config)
    return () => chart.destroy()
  }, [config])
  return (
    <figure style={{ margin: 0, breakInside: 'avoid' }}>
      <figcaption style={{ fontWeight: 700, marginBottom: 8 }}>{label}</figcaption>
      <div style={{ position: 'relative', height: 260 }}>
        <canvas ref={canvas} role="img" aria-label={label} />
      </div>
    </figure>
  )
}

/**
 * The reach page's three charts (Chart.js): delivery rate per station, people reached per
 * province by sex, and plays and views per day.
 */
export function ReachCharts({ data }: { data: ReachChartData }) {
  const { labels, locale } = data
  const common = {
    responsive: true,
    maintainAspectRatio: false,
    animation: false as const,
    // Crisp when printed to PDF.
    devicePixelRatio: 2,
    locale,
  }
  const delivery: ChartConfiguration = {
    type: 'bar',
    data: {
      labels: data.stations.map((s) => s.name),
      datasets: [
        {
          label: labels.deliveryAxis,
          data: data.stations.map((s) => (s.rate === null ? null : Math.round(s.rate * 100))),
          backgroundColor: colors.a,
        },
      ],
    },
    options: {
      ...common,
      indexAxis: 'y',
      scales: { x: { min: 0, max: 100, ticks: { callback: (v) => `${v}%` } } },
      plugins: { legend: { display: false } },
    },
  }
  const people: ChartConfiguration = {
    type: 'bar',
    data: {
      labels: data.provinces.map((p) => p.title),
      datasets: [
        {
          label: labels.female,
          data: data.provinces.map((p) => p.female),
          backgroundColor: colors.a,
        },
        { label: labels.male, data: data.provinces.map((p) => p.male), backgroundColor: colors.b },
        {
          label: labels.other,
          data: data.provinces.map((p) => p.other),
          backgroundColor: colors.c,
        },
      ],
    },
    options: {
      ...common,
      scales: { x: { stacked: true }, y: { stacked: true, beginAtZero: true } },
    },
  }
  const overTime: ChartConfiguration = {
    type: 'line',
    data: {
      labels: data.days.map((d) => d.day),
      datasets: [
        {
          label: labels.views,
          data: data.days.map((d) => d.views),
          borderColor: colors.a,
          backgroundColor: colors.a,
        },
        {
          label: labels.plays,
          data: data.days.map((d) => d.plays),
          borderColor: colors.b,
          backgroundColor: colors.b,
        },
      ],
    },
    options: { ...common, scales: { y: { beginAtZero: true } } },
  }
  return (
    <div
      data-testid="reach-charts"
      style={{
        display: 'grid',
        gap: 24,
        gridTemplateColumns: 'repeat(auto-fit, minmax(320px, 1fr))',
        margin: '16px 0 32px',
      }}
    >
      {data.stations.length > 0 && <ChartBox config={delivery} label={labels.delivery} />}
      {data.provinces.length > 0 && <ChartBox config={people} label={labels.people} />}
      {data.days.length > 0 && <ChartBox config={overTime} label={labels.overTime} />}
    </div>
  )
}
