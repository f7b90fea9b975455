import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createTestApp, onBackends, type TestApp } from './test-app.js'
import { staffSession } from './sessions.js'
import { openShop, readyCart, stockedVariant, type Shop } from './shop.js'

interface OptionView {
  id: string
  name: string
  kind: 'flat' | 'weight'
  amount: number | null
  tiers: { upToGrams: number | null; amount: number }[] | null
  freeAbove: number | null
  currency: string
  minDays: number
  maxDays: number
}

describe(`${onBackends}: changing and removing shipping options`, () => {
  let t: TestApp
  let shop: Shop
  const url = (optionId: string, regionId = shop.regionId) => `/admin/regions/${regionId}/shipping-options/${optionId}`
  const addOption = async (payload: object) => {
    const res = await t.app.inject({
      method: 'POST',
      url: `/admin/regions/${shop.regionId}/shipping-options`,
      headers: shop.owner.headers,
      payload,
    })
    expect(res.statusCode, res.body).toBe(201)
    return res.json<OptionView>()
  }
  const patch = (optionId: string, payload: object, headers: Record<string, string> = shop.owner.headers) =>
    t.app.inject({ method: 'PATCH', url: url(optionId), headers, payload })
  const remove = (optionId: string, headers: Record<string, string> = shop.owner.headers, regionId = shop.regionId) =>
    t.app.inject({ method: 'DELETE', url: url(optionId, regionId), headers })
  const offered = async () => (await t.app.inject(`/store/regions/${shop.regionId}/shipping-options`)).json<{ items: OptionView[] }>().items
  const auditActions = async (targetId: string) =>
    (
      await t.services.database.db
        .selectFrom('audit_log')
        .select(['action', 'target_type'])
        .where('target_id', '=', targetId)
        .orderBy('at')
        .execute()
    ).map((row) => `${row.target_type}:${row.action}`)

  beforeAll(async () => {
    t = await createTestApp()
    shop = await openShop(t)
  })
  afterAll(() => t?.close())

  it('changes an option’s name, price, free-above threshold and delivery window, and shoppers see the change', async () => {
    const option = await addOption({ name: 'Economy', kind: 'flat', amount: 300, minDays: 5, maxDays: 9 })
    const res = await patch(option.id, { name: 'Economy mail', amount: 350, freeAbove: 4000, maxDays: 8 })
    expect(res.statusCode, res.body).toBe(200)
    const changed = {
      name: 'Economy mail',
      kind: 'flat',
      amount: 350,
      tiers: null,
      freeAbove: 4000,
      minDays: 5,
      maxDays: 8,
      currency: 'USD',
    }
    expect(res.json()).toEqual({ id: option.id, regionId: shop.regionId, ...changed })
    expect((await offered()).find((o) => o.id === option.id)).toMatchObject(changed)
    expect(await auditActions(option.id)).toEqual(['shipping_option:shipping_option.update'])

    // Taking the threshold away again.
    expect((await patch(option.id, { freeAbove: null })).json()).toMatchObject({ freeAbove: null, amount: 350 })
  })

  it('switches an option between a flat rate and weight tiers: the new kind brings its price, the old one’s is dropped', async () => {
    const option = await addOption({ name: 'Parcel', kind: 'flat', amount: 700, minDays: 2, maxDays: 4 })
    const tiers = [
      { upToGrams: 2000, amount: 800 },
      { upToGrams: null, amount: 1500 },
    ]
    const weight = await patch(option.id, { kind: 'weight', tiers })
    expect(weight.statusCode, weight.body).toBe(200)
    expect(weight.json()).toMatchObject({ kind: 'weight', tiers, amount: null })
    const flat = await patch(option.id, { kind: 'flat', amount: 650 })
    expect(flat.json()).toMatchObject({ kind: 'flat', amount: 650, tiers: null })
  })

  it('rejects a change that breaks an option’s rules, with 422 at the field, and keeps the option as it was', async () => {
    const option = await addOption({ name: 'Courier', kind: 'flat', amount: 900, minDays: 1, maxDays: 2 })
    const backwards = await patch(option.id, { minDays: 3 })
    expect(backwards.statusCode).toBe(422)
    expect(backwards.json().errors).toEqual([{ pointer: '/body/maxDays', detail: 'must not be below minDays' }])
    const tiersOnFlat = await patch(option.id, { tiers: [{ upToGrams: null, amount: 100 }] })
    expect(tiersOnFlat.statusCode).toBe(422)
    expect(tiersOnFlat.json().errors[0].pointer).toBe('/body/amount')
    const weightWithoutTiers = await patch(option.id, { kind: 'weight' })
    expect(weightWithoutTiers.json().errors[0].pointer).toBe('/body/tiers')
    const downhill = await patch(option.id, {
      kind: 'weight',
      tiers: [
        { upToGrams: 5000, amount: 100 },
        { upToGrams: 1000, amount: 200 },
      ],
    })
    expect(downhill.json().errors[0].pointer).toBe('/body/tiers')
    const negative = await patch(option.id, { amount: -1 })
    expect(negative.statusCode).toBe(422)
    expect(negative.json().errors[0].pointer).toBe('/body/amount')
    expect((await patch(option.id, {})).statusCode).toBeGreaterThanOrEqual(400)
    expect((await offered()).find((o) => o.id === option.id)).toMatchObject({ kind: 'flat', amount: 900, minDays: 1, maxDays: 2 })
  })

  it('removes an option: shoppers no longer see it, a cart that chose it before still pays its price, and it is gone for staff', async () => {
    const option = await addOption({ name: 'Same day', kind: 'flat', amount: 1200, minDays: 0, maxDays: 0 })
    const { variantId } = await stockedVariant(t, shop, 10, 2000)
    const cartId = await readyCart(t, { ...shop, shippingOptionId: option.id }, [{ variantId, quantity: 1 }])

    const res = await remove(option.id)
    expect(res.statusCode, res.body).toBe(204)
    expect((await offered()).map((o) => o.id)).not.toContain(option.id)
    const staffList = await t.app.inject({ url: `/admin/regions/${shop.regionId}/shipping-options`, headers: shop.owner.headers })
    expect(staffList.json<{ items: OptionView[] }>().items.map((o) => o.id)).not.toContain(option.id)
    expect(await auditActions(option.id)).toEqual(['shipping_option:shipping_option.delete'])

    // The cart keeps its choice and its shipping charge: removing an option never makes shipping free.
    const cart = (await t.app.inject(`/store/carts/${cartId}`)).json<{ shippingOptionId: string; shipping: { amount: number } }>()
    expect(cart.shippingOptionId).toBe(option.id)
    expect(cart.shipping.amount).toBe(1200)
    // Another cart cannot choose it any more.
    const other = await readyCart(t, shop, [{ variantId, quantity: 1 }])
    const chosen = await t.app.inject({ method: 'PATCH', url: `/store/carts/${other}`, payload: { shippingOptionId: option.id } })
    expect(chosen.statusCode).toBe(422)
    expect(chosen.json().errors[0].pointer).toBe('/body/shippingOptionId')

    expect((await remove(option.id)).statusCode).toBe(404)
    expect((await patch(option.id, { amount: 1 })).statusCode).toBe(404)
  })

  it('answers 404 for an option asked for under another region', async () => {
    const option = await addOption({ name: 'Local pickup', kind: 'flat', amount: 0, minDays: 0, maxDays: 1 })
    const other = await t.app.inject({
      method: 'POST',
      url: '/admin/regions',
      headers: shop.owner.headers,
      payload: { handle: 'mexico', name: 'Mexico', currency: 'USD', countries: ['MX'], taxRates: { standard: 1600, reduced: 0 } },
    })
    const otherId = other.json<{ id: string }>().id
    expect((await remove(option.id, shop.owner.headers, otherId)).statusCode).toBe(404)
    expect((await offered()).map((o) => o.id)).toContain(option.id)
  })

  it('lets staff with settings:write change options and refuses those without', async () => {
    const option = await addOption({ name: 'Freight', kind: 'flat', amount: 4000, minDays: 5, maxDays: 10 })
    const catalog = await staffSession(t.app, t.services, 'catalog')
    expect((await patch(option.id, { amount: 1 }, catalog.headers)).statusCode).toBe(403)
    expect((await remove(option.id, catalog.headers)).statusCode).toBe(403)
    expect((await t.app.inject({ method: 'DELETE', url: url(option.id) })).statusCode).toBe(401)
    const admin = await staffSession(t.app, t.services, 'admin')
    expect((await patch(option.id, { amount: 3900 }, admin.headers)).json()).toMatchObject({ amount: 3900 })
    expect((await remove(option.id, admin.headers)).statusCode).toBe(204)
  })

  it('reads one region and its options for staff', async () => {
    const region = await t.app.inject({ url: `/admin/regions/${shop.regionId}`, headers: shop.owner.headers })
    expect(region.statusCode).toBe(200)
    expect(region.json()).toMatchObject({ id: shop.regionId, currency: 'USD', countries: ['US'], taxRates: { standard: 800 } })
    const missing = await t.app.inject({ url: '/admin/regions/reg_nosuchregion', headers: shop.owner.headers })
    expect(missing.statusCode).toBe(404)
    expect(missing.headers['content-type']).toMatch(/problem\+json/)
  })
})
