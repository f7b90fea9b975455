import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createTestApp, onBackends, type TestApp } from './test-app.js'
import { staffSession } from './sessions.js'
import { productInput } from './fixtures.js'
import type { DeliveredEvent } from '../src/platform/events/outbox.js'

describe(`${onBackends}: event outbox`, () => {
  let t: TestApp
  beforeAll(async () => {
    t = await createTestApp()
  })
  afterAll(() => t?.close())

  it('delivers an event whose change committed, once per consumer, and never one whose change rolled back', async () => {
    const seen: string[] = []
    t.services.outbox.subscribe('test-once', 'test.happened', async (event) => {
      seen.push((event.payload as { n: number }).n.toString())
    })
    const db = t.services.database.db
    await db.transaction().execute((tx) => t.services.outbox.emit(tx, 'test.happened', { n: 1 }))
    await db
      .transaction()
      .execute(async (tx) => {
        await t.services.outbox.emit(tx, 'test.happened', { n: 2 })
        throw new Error('roll back')
      })
      .catch(() => {})
    await t.services.outbox.drain()
    await t.services.outbox.drain()
    expect(seen).toEqual(['1'])
  })

  it('hands each event to one worker when two drain at once: a slow consumer is not run twice', async () => {
    const other = await t.sibling()
    try {
      const runs: string[] = []
      const slow = async (event: { id: string }) => {
        runs.push(event.id)
        await new Promise((resolve) => setTimeout(resolve, 30))
      }
      t.services.outbox.subscribe('test-leased', 'test.leased', slow)
      other.services.outbox.subscribe('test-leased', 'test.leased', slow)
      const db = t.services.database.db
      for (let i = 0; i < 5; i++) await db.transaction().execute((tx) => t.services.outbox.emit(tx, 'test.leased', { i }))
      await Promise.all([
        t.services.outbox.drain(),
        other.services.outbox.drain(),
        t.services.outbox.drain(),
        other.services.outbox.drain(),
      ])
      while ((await t.services.outbox.drain()) + (await other.services.outbox.drain()) > 0);
      expect(runs).toHaveLength(5)
      expect(new Set(runs).size).toBe(5)
    } finally {
      await other.close()
    }
  })

  it('retries a failing consumer without re-running the ones that already succeeded', async () => {
    let okRuns = 0
    let flakyRuns = 0
    t.services.outbox.subscribe('test-ok', 'test.retried', async () => {
      okRuns++
    })
    t.services.outbox.subscribe('test-flaky', 'test.retried', async () => {
      flakyRuns++
      if (flakyRuns === 1) throw new Error('temporary failure')
    })
    await t.services.database.db.transaction().execute((tx) => t.services.outbox.emit(tx, 'test.retried', {}))
    expect(await t.services.outbox.drain()).toBe(0)
    expect(await t.services.outbox.drain()).toBe(1)
    expect(await t.services.outbox.drain()).toBe(0)
    expect({ okRuns, flakyRuns }).toEqual({ okRuns: 1, flakyRuns: 2 })
  })

  it('emits inventory.updated with the new stock when a product is created', async () => {
    const events: DeliveredEvent[] = []
    t.services.outbox.subscribe('test-inventory', 'inventory.updated', async (event) => {
      events.push(event)
    })
    const owner = await staffSession(t.app, t.services, 'owner')
    const product = (await t.app.inject({ method: 'POST', url: '/admin/products', headers: owner.headers, payload: productInput() })).json()
    await t.services.outbox.drain()
    const mine = events.filter((e) => product.variants.some((v: { id: string }) => v.id === (e.payload as { variantId: string }).variantId))
    // Events of one transaction share a timestamp; their order among themselves is not promised.
    expect(mine).toHaveLength(2)
    expect(mine.map((e) => e.payload)).toEqual(
      expect.arrayContaining([
        { variantId: product.variants[0].id, locationId: 'loc_default', onHand: 5, reserved: 0, available: 5 },
        { variantId: product.variants[1].id, locationId: 'loc_default', onHand: 0, reserved: 0, available: 0 },
      ]),
    )
    expect(mine.every((e) => e.version === 1)).toBe(true)
  })
})

describe(`${onBackends}: event retention`, () => {
  let t: TestApp
  beforeAll(async () => {
    t = await createTestApp()
  })
  afterAll(() => t?.close())

  it('purges published events past retention and keeps pending ones', async () => {
    const db = t.services.database.db
    const published = await db.transaction().execute((tx) => t.services.outbox.emit(tx, 'test.old', {}))
    await t.services.outbox.drain()
    const pending = await db.transaction().execute((tx) => t.services.outbox.emit(tx, 'test.pending', {}))
    await t.services.outbox.purgePublished(0)
    const left = (await db.selectFrom('outbox_event').select('id').where('id', 'in', [published, pending]).execute()).map((r) => r.id)
    expect(left).toEqual([pending])
  })
})
