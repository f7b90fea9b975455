import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createTestApp, onBackends, type TestApp } from './test-app.js'
import { customerSession, staffSession, type Credentials } from './sessions.js'

describe(`${onBackends}: audit log targets`, () => {
  let t: TestApp
  let owner: Credentials
  beforeAll(async () => {
    t = await createTestApp()
    owner = await staffSession(t.app, t.services, 'owner')
  })
  afterAll(() => t?.close())

  const entries = async (query: string) =>
    (await t.app.inject({ url: `/admin/audit-log?${query}`, headers: owner.headers })).json<{
      items: { action: string; targetType: string | null; targetId: string | null }[]
    }>().items

  it('records a read of the customer list without naming the first customer listed as its target', async () => {
    const shopper = await customerSession(t.app)
    const list = await t.app.inject({ url: '/admin/customers?limit=10', headers: owner.headers })
    expect(list.json().items[0].id).toBe(shopper.id)
    const [read] = await entries('action=customer.list')
    expect(read).toMatchObject({ action: 'customer.list', targetType: 'customer', targetId: null })
    expect(await entries(`targetId=${shopper.id}`)).toEqual([])
  })

  it('still names what a create made as its target', async () => {
    const created = await t.app.inject({
      method: 'POST',
      url: '/admin/staff',
      headers: owner.headers,
      payload: { email: `audited-${Date.now()}@example.test`, name: 'Audited', password: 'correct horse battery', role: 'support' },
    })
    expect(created.statusCode).toBe(201)
    const [entry] = await entries(`targetId=${created.json().id}`)
    expect(entry).toMatchObject({ action: 'staff.create', targetType: 'staff' })
  })
})
