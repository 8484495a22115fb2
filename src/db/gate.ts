/**
 * One at a time, in order of arrival, without blocking: a waiting turn is a promise. A turn can
 * mark the code it runs (`run`), so that the adapter calls that code makes inside it do not wait
 * for the turn they are part of.
 */
import { AsyncLocalStorage } from 'node:async_hooks'

export type Turn = { release: () => void; run: <T>(work: () => Promise<T>) => Promise<T> }

export class Gate {
  private busy = false
  private readonly waiting: (() => void)[] = []
  private readonly inside = new AsyncLocalStorage<Gate>()

  constructor(private readonly waitMs: number) {}

  /** The next turn; rejects when it does not come within the wait. */
  acquire(): Promise<Turn> {
    if (!this.busy) {
      this.busy = true
      return Promise.resolve(this.turn())
    }
    return new Promise<Turn>((resolve, reject) => {
      const go = () => {
        clearTimeout(timer)
        resolve(this.turn())
      }
      const timer = setTimeout(() => {
        const at = this.waiting.indexOf(go)
        if (at !== -1) this.waiting.splice(at, 1)
        reject(new Error(`waited ${this.waitMs} ms for the database's one writer`))
      }, this.waitMs)
      this.waiting.push(go)
    })
  }

  /** Whether this code runs inside a turn's `run`. */
  heldHere(): boolean {
    return this.inside.getStore() === this
  }

  private turn(): Turn {
    let released = false
    return {
      release: () => {
        if (released) return
        released = true
        const next = this.waiting.shift()
        if (next) next()
        else this.busy = false
      },
      run: (work) => this.inside.run(this, work),
    }
  }
}
