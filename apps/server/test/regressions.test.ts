import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createTestApp, onBackends, type TestApp } from './test-app.js'
import { customerSession, staffSession, type Credentials } from './sessions.js'
import { productInput } from './fixtures.js'

const CSV_HEADER = 'Handle,Title,Vendor,Published,Option1 Name,Option1 Value,Variant SKU,Variant Price,Status'

/** Defects found in review, pinned so they stay fixed. */
describe(`${onBackends}: review regressions`, () => {
  let t: TestApp
  let owner: Credentials
  beforeAll(async () => {
    t = await createTestApp({ TRUST_PROXY: '1', LOGIN_ATTEMPTS_PER_ACCOUNT: '3' })
    owner = await staffSession(t.app, t.services, 'owner')
  })
  afterAll(() => t?.close())

  it('moves a category under another without stalling the database', async () => {
    for (const [handle, parentHandle] of [
      ['rg-a', null],
      ['rg-b', null],
      ['rg-b-child', 'rg-b'],
    ] as const)
      await t.app.inject({
        method: 'POST',
        url: '/admin/categories',
        headers: owner.headers,
        payload: { handle, name: handle, parentHandle },
      })
    const b = (await t.app.inject({ url: '/admin/categories', headers: owner.headers }))
      .json()
      .items.find((c: { handle: string }) => c.handle === 'rg-b')
    const moved = await t.app.inject({
      method: 'PATCH',
      url: `/admin/categories/${b.id}`,
      headers: owner.headers,
      payload: { parentHandle: 'rg-a' },
    })
    expect(moved.statusCode).toBe(200)
    const tree = (await t.app.inject('/store/categories')).json().items
    const a = tree.find((c: { handle: string }) => c.handle === 'rg-a')
    expect(a.children[0].handle).toBe('rg-b')
    expect(a.children[0].children[0].handle).toBe('rg-b-child')
    const loop = await t.app.inject({
      method: 'PATCH',
      url: `/admin/categories/${b.id}`,
      headers: owner.headers,
      payload: { parentHandle: 'rg-b-child' },
    })
    expect(loop.statusCode).toBe(422)
  })

  it('rejects an import or upload without a body with 415, and keeps serving', async () => {
    const csv = await t.app.inject({ method: 'POST', url: '/admin/imports', headers: { ...owner.headers, 'content-type': 'text/csv' } })
    expect(csv.statusCode).toBe(415)
    const media = await t.app.inject({ method: 'POST', url: '/admin/media', headers: owner.headers })
    expect(media.statusCode).toBe(415)
    expect((await t.app.inject('/health')).statusCode).toBe(200)
  })

  it('pages through products created in one transaction without skipping any (microsecond timestamps)', async () => {
    const rows = Array.from({ length: 7 }, (_, i) => `same-tx-${i},Same Tx ${i},Sametx,TRUE,Title,Default Title,SAMETX-${i},10.00,active`)
    const imported = await t.app.inject({
      method: 'POST',
      url: '/admin/imports',
      headers: { ...owner.headers, 'content-type': 'text/csv' },
      payload: [CSV_HEADER, ...rows].join('\n'),
    })
    expect(imported.json().created).toBe(7)
    const seen: string[] = []
    let cursor: string | null = null
    do {
      const page: { items: { handle: string }[]; nextCursor: string | null } = (
        await t.app.inject(`/store/products?brand=Sametx&limit=2${cursor ? `&cursor=${cursor}` : ''}`)
      ).json()
      seen.push(...page.items.map((p) => p.handle))
      cursor = page.nextCursor
    } while (cursor)
    expect(seen.sort()).toEqual(rows.map((_, i) => `same-tx-${i}`).sort())
  })

  it('rejects a cursor from another sort, a crafted cursor and NUL bytes with 422', async () => {
    const first = (await t.app.inject('/store/products?limit=1')).json()
    expect(first.nextCursor).toBeTruthy()
    expect((await t.app.inject(`/store/products?limit=1&sort=price_asc&cursor=${first.nextCursor}`)).statusCode).toBe(422)
    const crafted = Buffer.from(JSON.stringify(['newest', 'not a date', 'prod_x'])).toString('base64url')
    expect((await t.app.inject(`/store/products?cursor=${crafted}`)).statusCode).toBe(422)
    const huge = Buffer.from(JSON.stringify(['price_asc', 1e30, 'prod_x'])).toString('base64url')
    expect((await t.app.inject(`/store/products?sort=price_asc&cursor=${huge}`)).statusCode).toBe(422)
    expect((await t.app.inject('/store/products?brand=%00')).statusCode).toBe(422)
    const register = await t.app.inject({
      method: 'POST',
      url: '/store/auth/register',
      payload: { email: 'nul@example.test', password: 'correct horse battery', firstName: 'A\u0000B' },
    })
    expect(register.statusCode).toBe(422)
  })

  it('rejects product image URLs other than uploads and https', async () => {
    for (const url of ['javascript:alert(1)', 'data:image/png;base64,AAAA', 'http://example.com/x.png']) {
      const res = await t.app.inject({
        method: 'POST',
        url: '/admin/products',
        headers: owner.headers,
        payload: productInput({ images: [{ url }] }),
      })
      expect(res.statusCode, url).toBe(422)
    }
  })

  it('keeps rel="nofollow noopener" on links in descriptions', async () => {
    const res = await t.app.inject({
      method: 'POST',
      url: '/admin/products',
      headers: owner.headers,
      payload: productInput({ descriptionHtml: '<a href="https://spam.example">x</a>' }),
    })
    expect(res.json().descriptionHtml).toContain('rel="nofollow noopener"')
  })

  it('ignores an Authorization header that is not a bearer token', async () => {
    const res = await t.app.inject({ url: '/store/products', headers: { authorization: 'Basic dXNlcjpwYXNz' } })
    expect(res.statusCode).toBe(200)
  })

  it('signs a staff member out without ending the shopper session of the same browser', async () => {
    const shopper = await customerSession(t.app)
    const staffLogout = await t.app.inject({ method: 'POST', url: '/admin/auth/logout', headers: { cookie: shopper.cookie } })
    expect(staffLogout.statusCode).toBe(204)
    expect((await t.app.inject({ url: '/store/me', headers: { cookie: shopper.cookie } })).statusCode).toBe(200)
  })

  it('throttles guesses at the current password', async () => {
    const shopper = await customerSession(t.app)
    const statuses: number[] = []
    for (let i = 0; i < 5; i++)
      statuses.push(
        (
          await t.app.inject({
            method: 'POST',
            url: '/store/me/password',
            headers: shopper.headers,
            payload: { currentPassword: `guess ${i}`, newPassword: 'a new passphrase!' },
          })
        ).statusCode,
      )
    expect(statuses.slice(0, 3)).toEqual([422, 422, 422])
    expect(statuses.at(-1)).toBe(429)
  })

  it('retires outstanding reset links when the password changes', async () => {
    const shopper = await customerSession(t.app)
    await t.app.inject({ method: 'POST', url: '/store/auth/password-reset', payload: { email: shopper.email } })
    let token: string | undefined
    for (let i = 0; i < 50 && !token; i++) {
      const mail = (await t.app.inject({ url: '/admin/dev/mailbox', headers: owner.headers }))
        .json()
        .items.find((m: { to: string; text: string }) => m.to === shopper.email && m.text.includes('/account/reset-password'))
      token = mail && decodeURIComponent(/token=([^\s]+)/.exec(mail.text)![1]!)
      if (!token) await new Promise((r) => setTimeout(r, 20))
    }
    const changed = await t.app.inject({
      method: 'POST',
      url: '/store/me/password',
      headers: shopper.headers,
      payload: { currentPassword: 'correct horse battery', newPassword: 'a new passphrase!' },
    })
    expect(changed.statusCode).toBe(200)
    const reset = await t.app.inject({
      method: 'POST',
      url: '/store/auth/password-reset/confirm',
      payload: { token, newPassword: 'attacker passphrase' },
    })
    expect(reset.statusCode).toBe(422)
  })

  it('keeps a null sent for a number as null: JSON bodies are not coerced (a weight of 0 is not "no weight")', async () => {
    const body = productInput({
      options: [],
      variants: [{ sku: `NULLS-${Date.now()}`, weightGrams: null, prices: [{ currency: 'USD', amount: 100, compareAtAmount: null }] }],
    })
    const res = await t.app.inject({ method: 'POST', url: '/admin/products', headers: owner.headers, payload: body })
    expect(res.statusCode, res.body).toBe(201)
    expect(res.json().variants[0]).toMatchObject({ weightGrams: null, prices: [{ amount: 100, compareAtAmount: null }] })
    // A number sent as text in a body is the client's mistake, named; in a query string it is how numbers travel.
    const text = await t.app.inject({
      method: 'POST',
      url: '/admin/products',
      headers: owner.headers,
      payload: { ...productInput(), variants: [{ sku: `TEXT-${Date.now()}`, prices: [{ currency: 'USD', amount: '100' }] }], options: [] },
    })
    expect(text.statusCode).toBe(422)
    expect((await t.app.inject({ url: '/store/products?limit=2', headers: {} })).statusCode).toBe(200)
  })
})

describe(`${onBackends}: client IP behind a proxy`, () => {
  let t: TestApp
  beforeAll(async () => {
    t = await createTestApp({ TRUST_PROXY: '1', RATE_LIMIT_ANONYMOUS_PER_MINUTE: '3' })
  })
  afterAll(() => t?.close())

  it('counts the address the proxy saw, so a client cannot rotate its way past the limit', async () => {
    const statuses: number[] = []
    for (let i = 0; i < 5; i++) {
      // The client writes anything it likes before the proxy appends the real address.
      const res = await t.app.inject({
        url: '/store/categories',
        remoteAddress: '10.0.0.1',
        headers: { 'x-forwarded-for': `1.1.1.${i}, 203.0.113.50` },
      })
      statuses.push(res.statusCode)
    }
    expect(statuses).toEqual([200, 200, 200, 429, 429])
    const otherClient = await t.app.inject({
      url: '/store/categories',
      remoteAddress: '10.0.0.1',
      headers: { 'x-forwarded-for': '203.0.113.51' },
    })
    expect(otherClient.statusCode).toBe(200)
  })
})
