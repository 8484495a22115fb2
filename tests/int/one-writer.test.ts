/**
 * Class: writes that are all or nothing. On SQLite every write operation runs in a transaction,
 * one writer at a time (src/db/oneWriter.ts): concurrent writers wait their turn instead of
 * failing with SQLITE_BUSY, a rolled-back transaction leaves nothing, and a call without `req`
 * inside a transaction's flow joins it rather than waiting for it forever.
 */
import { describe, expect, it } from '@jest/globals'
import { commitTransaction, createLocalReq, initTransaction, killTransaction } from 'payload'
import { inNewFlow } from '@/db/flows'
import { engine, payloadForFile } from '../helpers/payload'

const payload = payloadForFile()
const run = Date.now()
const titled = async (title: string) =>
  (await payload().count({ collection: 'topics', where: { title: { equals: title } } })).totalDocs
const pause = (ms: number) => new Promise((r) => setTimeout(r, ms))

const sqliteOnly = engine === 'sqlite' ? describe : describe.skip

sqliteOnly('SQLite writes: transactions, one writer at a time', () => {
  it('lets 30 writers from other flows wait for a long transaction, then all succeed', async () => {
    const errors: unknown[] = []
    const long = inNewFlow(async () => {
      const req = await createLocalReq({}, payload())
      expect(await initTransaction(req)).toBe(true)
      await payload().create({ collection: 'topics', data: { title: `long ${run}` }, req })
      await pause(500)
      await commitTransaction(req)
    })
    await pause(50)
    const others = Array.from({ length: 30 }, (_, i) =>
      inNewFlow(() =>
        payload()
          .create({ collection: 'topics', data: { title: `other ${run} ${i}` } })
          .catch((err: unknown) => errors.push(err)),
      ),
    )
    await Promise.all([long, ...others])
    expect(errors).toEqual([])
    expect(await titled(`long ${run}`)).toBe(1)
    const { totalDocs } = await payload().count({
      collection: 'topics',
      where: { title: { like: `other ${run}` } },
    })
    expect(totalDocs).toBe(30)
  })

  it('leaves nothing of a transaction that is rolled back, though others wrote meanwhile', async () => {
    await inNewFlow(async () => {
      const req = await createLocalReq({}, payload())
      await initTransaction(req)
      for (const n of [1, 2, 3])
        await payload().create({ collection: 'topics', data: { title: `undone ${run} ${n}` }, req })
      // A call that forgets `req` belongs to the flow: it joins, and goes with the rest.
      await payload().create({ collection: 'topics', data: { title: `undone ${run} 4` } })
      await killTransaction(req)
    })
    for (const n of [1, 2, 3, 4]) expect(await titled(`undone ${run} ${n}`)).toBe(0)
  })

  it('keeps the rest of a transaction when a joined call fails on its own', async () => {
    await inNewFlow(async () => {
      const req = await createLocalReq({}, payload())
      await initTransaction(req)
      await payload().create({ collection: 'topics', data: { title: `kept ${run}` }, req })
      // Fails (no title): its own savepoint is undone, the transaction goes on.
      await expect(payload().create({ collection: 'topics', data: {} as never })).rejects.toThrow()
      await commitTransaction(req)
    })
    expect(await titled(`kept ${run}`)).toBe(1)
  })

  it("resets a password by email, whose writes Payload makes without the operation's req", async () => {
    await payload().create({
      collection: 'users',
      data: {
        email: `reset-${run}@test.local`,
        password: 'correct horse battery',
        roles: ['editor'],
      },
    })
    const token = await payload().forgotPassword({
      collection: 'users',
      data: { email: `reset-${run}@test.local` },
      disableEmail: true,
    })
    expect(typeof token).toBe('string')
  })
})
