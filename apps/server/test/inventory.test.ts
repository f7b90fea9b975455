import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { Problem } from '../src/problems.js'
import { createTestApp, onBackends, type TestApp } from './test-app.js'
import { staffSession, type Credentials } from './sessions.js'
import { productInput } from './fixtures.js'

describe(`${onBackends}: inventory`, () => {
  let t: TestApp
  let owner: Credentials
  const level = async (variantId: string) =>
    t.services.database.db
      .selectFrom('inventory_level')
      .select(['on_hand', 'reserved'])
      .where('variant_id', '=', variantId)
      .executeTakeFirstOrThrow()
  const newVariant = async (stock: number) => {
    const product = (
      await t.app.inject({
        method: 'POST',
        url: '/admin/products',
        headers: owner.headers,
        payload: productInput({
          options: [],
          variants: [{ sku: `INV-${Date.now()}-${Math.random()}`, prices: [{ currency: 'USD', amount: 100 }], inventoryQuantity: stock }],
        }),
      })
    ).json()
    return product.variants[0].id as string
  }

  beforeAll(async () => {
    t = await createTestApp()
    owner = await staffSession(t.app, t.services, 'owner')
  })
  afterAll(() => t?.close())

  it('lets exactly 10 of 50 concurrent reservations for 10 units win, and never goes negative', async () => {
    const variantId = await newVariant(10)
    const db = t.services.database.db
    const attempts = Array.from({ length: 50 }, (_, i) =>
      db
        .transaction()
        .execute((tx) => t.services.inventory.reserve(tx, [{ variantId, quantity: 1 }], { reference: `cart_${i}` }))
        .then(
          () => 'won',
          (error: unknown) => (error instanceof Problem && error.type === 'out-of-stock' ? 'refused' : Promise.reject(error)),
        ),
    )
    const outcomes = await Promise.all(attempts)
    expect(outcomes.filter((o) => o === 'won')).toHaveLength(10)
    expect(outcomes.filter((o) => o === 'refused')).toHaveLength(40)
    expect(await level(variantId)).toEqual({ on_hand: 10, reserved: 10 })
    const movements = await db.selectFrom('inventory_movement').select('reason').where('variant_id', '=', variantId).execute()
    // The product write that set the stock, then one movement per winning reservation.
    expect(movements.map((m) => m.reason).sort()).toEqual(['set', ...Array(10).fill('reservation')].sort())
  })

  it('reserves every line of a cart or none of them', async () => {
    const [plenty, scarce] = [await newVariant(5), await newVariant(1)]
    const db = t.services.database.db
    const attempt = db.transaction().execute((tx) =>
      t.services.inventory.reserve(tx, [
        { variantId: plenty, quantity: 2 },
        { variantId: scarce, quantity: 2 },
      ]),
    )
    await expect(attempt).rejects.toMatchObject({
      type: 'out-of-stock',
      errors: [{ pointer: '/items/1/quantity', detail: expect.any(String) }],
    })
    expect(await level(plenty)).toEqual({ on_hand: 5, reserved: 0 })
    expect(await level(scarce)).toEqual({ on_hand: 1, reserved: 0 })
  })

  it('releases reserved units and refuses to release more than is reserved', async () => {
    const variantId = await newVariant(3)
    const db = t.services.database.db
    await db.transaction().execute((tx) => t.services.inventory.reserve(tx, [{ variantId, quantity: 2 }]))
    await db.transaction().execute((tx) => t.services.inventory.release(tx, [{ variantId, quantity: 1 }], { reference: 'cancel' }))
    expect(await level(variantId)).toEqual({ on_hand: 3, reserved: 1 })
    await expect(db.transaction().execute((tx) => t.services.inventory.release(tx, [{ variantId, quantity: 5 }]))).rejects.toThrow()
    expect(await level(variantId)).toEqual({ on_hand: 3, reserved: 1 })
  })

  it('adjusts stock with a reason, records the movement, and refuses to go below what is reserved', async () => {
    const variantId = await newVariant(4)
    await t.services.database.db.transaction().execute((tx) => t.services.inventory.reserve(tx, [{ variantId, quantity: 3 }]))
    const received = await t.app.inject({
      method: 'POST',
      url: '/admin/inventory/adjustments',
      headers: owner.headers,
      payload: { variantId, delta: 6, reason: 'received', note: 'PO-77' },
    })
    expect(received.statusCode).toBe(200)
    expect(received.json()).toEqual({ variantId, locationId: 'loc_default', onHand: 10, reserved: 3, available: 7 })
    const tooMuch = await t.app.inject({
      method: 'POST',
      url: '/admin/inventory/adjustments',
      headers: owner.headers,
      payload: { variantId, delta: -8, reason: 'damaged' },
    })
    expect(tooMuch.statusCode).toBe(409)
    const zero = await t.app.inject({
      method: 'POST',
      url: '/admin/inventory/adjustments',
      headers: owner.headers,
      payload: { variantId, delta: 0, reason: 'correction' },
    })
    expect(zero.statusCode).toBe(422)
    expect(await level(variantId)).toEqual({ on_hand: 10, reserved: 3 })
    const history = (await t.app.inject({ url: `/admin/inventory/${variantId}`, headers: owner.headers })).json()
    expect(history.levels).toEqual([
      { locationId: 'loc_default', locationName: 'Main warehouse', onHand: 10, reserved: 3, available: 7, allowBackorder: false },
    ])
    expect(
      history.movements.items.map((m: { reason: string; onHandDelta: number; reservedDelta: number }) => [
        m.reason,
        m.onHandDelta,
        m.reservedDelta,
      ]),
    ).toEqual([
      ['received', 6, 0],
      ['reservation', 0, 3],
      ['set', 4, 0],
    ])
    expect(history.movements.items[0].note).toBe('PO-77')
  })

  it('refuses stock adjustments to support staff', async () => {
    const support = await staffSession(t.app, t.services, 'support')
    const variantId = await newVariant(1)
    const res = await t.app.inject({
      method: 'POST',
      url: '/admin/inventory/adjustments',
      headers: support.headers,
      payload: { variantId, delta: 1, reason: 'received' },
    })
    expect(res.statusCode).toBe(403)
  })
})
