import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createTestApp, onBackends, type TestApp } from './test-app.js'
import { staffSession, type Credentials } from './sessions.js'

const eu = {
  handle: 'eu',
  name: 'European Union',
  currency: 'EUR',
  countries: ['DE', 'FR', 'NL'],
  pricesIncludeTax: true,
  taxRates: { standard: 1900, reduced: 700 },
  taxOverrides: [
    { country: 'FR', taxClass: 'standard', rate: 2000 },
    { country: 'NL', taxClass: 'standard', rate: 2100 },
  ],
}

describe(`${onBackends}: regions and shipping options`, () => {
  let t: TestApp
  let owner: Credentials
  const countRegions = async () =>
    Number(
      (
        await t.services.database.db
          .selectFrom('region')
          .select((eb) => eb.fn.countAll().as('n'))
          .executeTakeFirstOrThrow()
      ).n,
    )

  beforeAll(async () => {
    t = await createTestApp()
    owner = await staffSession(t.app, t.services, 'owner')
  })
  afterAll(() => t?.close())

  it('creates a region with countries, a currency, tax rates in basis points and per-country overrides', async () => {
    const res = await t.app.inject({ method: 'POST', url: '/admin/regions', headers: owner.headers, payload: eu })
    expect(res.statusCode).toBe(201)
    expect(res.json()).toMatchObject({
      handle: 'eu',
      currency: 'EUR',
      countries: ['DE', 'FR', 'NL'],
      pricesIncludeTax: true,
      taxRates: { standard: 1900, reduced: 700, zero: 0 },
    })
    expect(res.json().taxOverrides).toHaveLength(2)
    const store = (await t.app.inject('/store/regions')).json()
    expect(store.items.map((r: { handle: string }) => r.handle)).toContain('eu')
  })

  it('refuses a country that already belongs to another region, and stores nothing', async () => {
    const before = await countRegions()
    const res = await t.app.inject({
      method: 'POST',
      url: '/admin/regions',
      headers: owner.headers,
      payload: { handle: 'dach', name: 'DACH', currency: 'EUR', countries: ['AT', 'DE'], taxRates: { standard: 2000, reduced: 1000 } },
    })
    expect(res.statusCode).toBe(409)
    expect(res.json().errors[0]).toEqual({ pointer: '/body/countries/1', detail: 'belongs to another region' })
    expect(await countRegions()).toBe(before)
  })

  it('rejects a rate above 100 %, a lower-case country and an override outside the region', async () => {
    const base = { handle: 'us', name: 'United States', currency: 'USD', countries: ['US'], taxRates: { standard: 0, reduced: 0 } }
    const tooHigh = await t.app.inject({
      method: 'POST',
      url: '/admin/regions',
      headers: owner.headers,
      payload: { ...base, taxRates: { standard: 10_001, reduced: 0 } },
    })
    expect(tooHigh.statusCode).toBe(422)
    const lower = await t.app.inject({
      method: 'POST',
      url: '/admin/regions',
      headers: owner.headers,
      payload: { ...base, countries: ['us'] },
    })
    expect(lower.statusCode).toBe(422)
    const outside = await t.app.inject({
      method: 'POST',
      url: '/admin/regions',
      headers: owner.headers,
      payload: { ...base, taxOverrides: [{ country: 'CA', taxClass: 'standard', rate: 500 }] },
    })
    expect(outside.statusCode).toBe(422)
    expect(outside.json().errors[0].pointer).toBe('/body/taxOverrides/0/country')
  })

  it('rejects two overrides of one country and tax class with 422 at the second, and stores nothing', async () => {
    const before = await countRegions()
    const res = await t.app.inject({
      method: 'POST',
      url: '/admin/regions',
      headers: owner.headers,
      payload: {
        handle: 'nordics',
        name: 'Nordics',
        currency: 'EUR',
        countries: ['FI', 'SE'],
        taxRates: { standard: 2400, reduced: 1400 },
        taxOverrides: [
          { country: 'SE', taxClass: 'standard', rate: 2500 },
          { country: 'SE', taxClass: 'reduced', rate: 1200 },
          { country: 'SE', taxClass: 'standard', rate: 2000 },
        ],
      },
    })
    expect(res.statusCode).toBe(422)
    expect(res.json().errors).toEqual([{ pointer: '/body/taxOverrides/2/taxClass', detail: 'SE has a standard override already' }])
    expect(await countRegions()).toBe(before)
  })

  it('adds flat and weight-tier shipping options and lists them for shoppers in the region’s currency', async () => {
    const region = (await t.app.inject('/store/regions')).json().items.find((r: { handle: string }) => r.handle === 'eu')
    const flat = await t.app.inject({
      method: 'POST',
      url: `/admin/regions/${region.id}/shipping-options`,
      headers: owner.headers,
      payload: { name: 'Standard', kind: 'flat', amount: 495, freeAbove: 5000, minDays: 2, maxDays: 4 },
    })
    expect(flat.statusCode).toBe(201)
    const tiers = [
      { upToGrams: 1000, amount: 695 },
      { upToGrams: null, amount: 1295 },
    ]
    const weight = await t.app.inject({
      method: 'POST',
      url: `/admin/regions/${region.id}/shipping-options`,
      headers: owner.headers,
      payload: { name: 'Freight', kind: 'weight', tiers, minDays: 3, maxDays: 7 },
    })
    expect(weight.statusCode).toBe(201)
    const badTiers = await t.app.inject({
      method: 'POST',
      url: `/admin/regions/${region.id}/shipping-options`,
      headers: owner.headers,
      payload: {
        name: 'Bad',
        kind: 'weight',
        tiers: [
          { upToGrams: null, amount: 1 },
          { upToGrams: 500, amount: 2 },
        ],
        minDays: 1,
        maxDays: 2,
      },
    })
    expect(badTiers.statusCode).toBe(422)
    const options = (await t.app.inject(`/store/regions/${region.id}/shipping-options`)).json().items
    expect(options).toEqual([
      expect.objectContaining({ name: 'Standard', kind: 'flat', amount: 495, freeAbove: 5000, currency: 'EUR', minDays: 2, maxDays: 4 }),
      expect.objectContaining({ name: 'Freight', kind: 'weight', tiers, amount: null, currency: 'EUR' }),
    ])
  })

  it('moves a country between regions when the first one gives it up', async () => {
    const list = (await t.app.inject({ url: '/admin/regions', headers: owner.headers })).json().items
    const region = list.find((r: { handle: string }) => r.handle === 'eu')
    const shrunk = await t.app.inject({
      method: 'PATCH',
      url: `/admin/regions/${region.id}`,
      headers: owner.headers,
      payload: { countries: ['DE', 'FR'], taxOverrides: [{ country: 'FR', taxClass: 'standard', rate: 2000 }] },
    })
    expect(shrunk.statusCode).toBe(200)
    expect(shrunk.json().countries).toEqual(['DE', 'FR'])
    const benelux = await t.app.inject({
      method: 'POST',
      url: '/admin/regions',
      headers: owner.headers,
      payload: { handle: 'benelux', name: 'Benelux', currency: 'EUR', countries: ['NL', 'BE'], taxRates: { standard: 2100, reduced: 900 } },
    })
    expect(benelux.statusCode).toBe(201)
  })

  it('refuses region changes to staff without settings:write', async () => {
    const catalogStaff = await staffSession(t.app, t.services, 'catalog')
    const res = await t.app.inject({
      method: 'POST',
      url: '/admin/regions',
      headers: catalogStaff.headers,
      payload: { ...eu, handle: 'x', countries: ['IT'] },
    })
    expect(res.statusCode).toBe(403)
  })
})
