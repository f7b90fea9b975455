import { readFileSync } from 'node:fs'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createShopstackClient, formatMoney } from '@shopstack/sdk'
import { createTestApp, onBackends, type TestApp } from './test-app.js'
import { typesFromDocument } from '../scripts/openapi-types.js'
import { productInput } from './fixtures.js'

describe(`${onBackends}: typed SDK over HTTP`, () => {
  let t: TestApp
  let baseUrl: string
  beforeAll(async () => {
    t = await createTestApp({}, undefined)
    baseUrl = await t.app.listen({ host: '127.0.0.1', port: 0 })
  })
  afterAll(() => t?.close())

  it('has types generated from the current OpenAPI document (run npm run generate -w @shopstack/sdk)', async () => {
    const committed = readFileSync(new URL('../../../packages/sdk/src/api-types.ts', import.meta.url), 'utf8')
    expect(await typesFromDocument(t.app.swagger())).toBe(committed)
  })

  it('signs a shopper up, keeps the session and CSRF token, and manages addresses', async () => {
    const shop = createShopstackClient({ baseUrl, cookieJar: true })
    const email = `sdk-${Date.now()}@example.test`
    const registered = await shop.POST('/store/auth/register', { body: { email, password: 'correct horse battery' } })
    expect(registered.response.status).toBe(201)
    const me = await shop.GET('/store/me')
    expect(me.data?.customer.email).toBe(email)
    const added = await shop.POST('/store/me/addresses', {
      body: { firstName: 'Ada', lastName: 'Lovelace', line1: '1 Main St', city: 'Springfield', postalCode: '12345', countryCode: 'US' },
    })
    expect(added.response.status).toBe(201)
    const list = await shop.GET('/store/me/addresses')
    expect(list.data?.items.map((a) => a.city)).toEqual(['Springfield'])
    const refused = await shop.PATCH('/store/me', { body: { firstName: 'A'.repeat(101) } })
    expect(refused.response.status).toBe(422)
    expect(refused.error).toMatchObject({ status: 422 })
    await shop.POST('/store/auth/logout')
    expect((await shop.GET('/store/me')).response.status).toBe(401)
  })

  it('reads the catalog with typed queries and formats money from minor units', async () => {
    const staff = await t.services.staff.createStaff({
      email: `sdk-staff-${Date.now()}@example.test`,
      name: 'S',
      password: 'correct horse battery',
      role: 'catalog',
    })
    const admin = createShopstackClient({ baseUrl, cookieJar: true })
    await admin.POST('/admin/auth/login', { body: { email: staff.email, password: 'correct horse battery' } })
    const created = await admin.POST('/admin/products', { body: productInput() })
    expect(created.response.status).toBe(201)
    const shop = createShopstackClient({ baseUrl })
    const page = await shop.GET('/store/products', { params: { query: { limit: 5, currency: 'EUR' } } })
    const card = page.data!.items.find((p) => p.id === created.data!.id)!
    expect(formatMoney(card.price!.min, card.price!.currency, 'de-DE')).toBe('18,99\u00a0€')
    expect(formatMoney(1999, 'USD')).toBe('$19.99')
    expect(formatMoney(1999, 'JPY', 'en-US')).toBe('¥1,999')
  })
})
