import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createTestApp, onBackends, type TestApp } from './test-app.js'
import { staffSession, type Credentials } from './sessions.js'

describe(`${onBackends}: platform behaviour`, () => {
  let t: TestApp
  let owner: Credentials
  beforeAll(async () => {
    t = await createTestApp({}, (app) => {
      app.get('/store/test-crash', { config: { auth: 'public' } }, async () => {
        throw new Error('select password_hash from customer where id = 42')
      })
    })
    owner = await staffSession(t.app, t.services, 'owner')
  })
  afterAll(() => t?.close())

  it('answers a bug with a bare 500 that leaks no stack or SQL', async () => {
    const res = await t.app.inject({ url: '/store/test-crash', remoteAddress: '198.51.100.1' })
    expect(res.statusCode).toBe(500)
    expect(res.headers['content-type']).toContain('application/problem+json')
    expect(res.body).not.toMatch(/select|password_hash|customer where|\.ts:\d+|\n\s+at /i)
    expect(res.json().detail).toContain(res.headers['x-request-id'])
  })

  it('answers unknown routes with a problem+json 404', async () => {
    const res = await t.app.inject({ url: '/store/nowhere', remoteAddress: '198.51.100.2' })
    expect(res.statusCode).toBe(404)
    expect(res.json().type).toBe('https://shopstack.dev/problems/not-found')
  })

  it('sends security headers on API responses and the docs page', async () => {
    const api = await t.app.inject({ url: '/health' })
    expect(api.headers['x-content-type-options']).toBe('nosniff')
    expect(api.headers['content-security-policy']).toContain("frame-ancestors 'none'")
    expect(api.headers['x-frame-options']).toBe('DENY')
    const docs = await t.app.inject({ url: '/docs/', remoteAddress: '198.51.100.3' })
    expect(docs.statusCode).toBe(200)
    expect(docs.headers['content-type']).toContain('text/html')
    expect(docs.headers['content-security-policy']).toBeTruthy()
  })

  it('keeps a caller’s sane request id and makes one otherwise', async () => {
    expect((await t.app.inject({ url: '/health', headers: { 'x-request-id': 'abc-123' } })).headers['x-request-id']).toBe('abc-123')
    expect((await t.app.inject({ url: '/health', headers: { 'x-request-id': 'bad id\n' } })).headers['x-request-id']).not.toContain('bad')
  })

  it('exposes Prometheus metrics by route pattern', async () => {
    await t.app.inject({ url: '/health' })
    const metrics = (await t.app.inject({ url: '/metrics' })).body
    expect(metrics).toMatch(/http_request_duration_seconds_bucket\{.*route="\/health".*\}/)
    expect(metrics).toMatch(/http_requests_total\{method="GET",route="\/health",status="200"\} \d+/)
  })

  it('publishes an OpenAPI 3.1 document with every route and its security', async () => {
    const doc = (await t.app.inject({ url: '/openapi.json' })).json()
    expect(doc.openapi).toBe('3.1.0')
    expect(doc.paths['/store/products'].get).toBeTruthy()
    expect(doc.paths['/admin/products'].post.security).toEqual([{ staffSession: [] }, { apiToken: [] }])
    expect(doc.paths['/store/me'].get.security).toEqual([{ customerSession: [] }])
  })

  it('issues API tokens shown once, stored hashed, limited to their scopes and revocable', async () => {
    const created = await t.app.inject({
      method: 'POST',
      url: '/admin/api-tokens',
      headers: owner.headers,
      payload: { name: 'ERP sync', scopes: ['catalog:read'] },
    })
    expect(created.statusCode).toBe(201)
    const { token, id } = created.json()
    expect(token).toMatch(/^sst_/)
    const stored = await t.services.database.db.selectFrom('api_token').selectAll().where('id', '=', id).executeTakeFirstOrThrow()
    expect(JSON.stringify(stored)).not.toContain(token)
    const list = await t.app.inject({ url: '/admin/api-tokens', headers: owner.headers })
    expect(list.body).not.toContain(token)

    const bearer = { authorization: `Bearer ${token}` }
    expect((await t.app.inject({ url: '/admin/products', headers: bearer })).statusCode).toBe(200)
    expect((await t.app.inject({ url: '/admin/customers', headers: bearer })).statusCode).toBe(403)
    // No CSRF token needed: a bearer token is not an ambient credential.
    expect(
      (await t.app.inject({ method: 'POST', url: '/admin/collections', headers: bearer, payload: { handle: 'x', title: 'x' } })).statusCode,
    ).toBe(403)

    expect((await t.app.inject({ method: 'DELETE', url: `/admin/api-tokens/${id}`, headers: owner.headers })).statusCode).toBe(204)
    const revoked = await t.app.inject({ url: '/admin/products', headers: bearer })
    expect(revoked.statusCode).toBe(401)
    expect((await t.app.inject({ url: '/admin/products', headers: { authorization: 'Bearer sst_forged' } })).statusCode).toBe(401)
  })

  it('refuses a token scope the creator does not hold', async () => {
    const catalogStaff = await staffSession(t.app, t.services, 'catalog')
    const res = await t.app.inject({
      method: 'POST',
      url: '/admin/api-tokens',
      headers: catalogStaff.headers,
      payload: { name: 'x', scopes: ['customers:read'] },
    })
    expect(res.statusCode).toBe(403) // catalog staff may not manage tokens at all
    const admin = await staffSession(t.app, t.services, 'admin')
    const escalate = await t.app.inject({
      method: 'POST',
      url: '/admin/api-tokens',
      headers: admin.headers,
      payload: { name: 'x', scopes: ['staff:write'] },
    })
    expect(escalate.statusCode).toBe(422)
    expect(escalate.json().errors[0].pointer).toBe('/body/scopes/0')
  })

  it('records staff writes in an audit log that cannot be rewritten', async () => {
    const res = await t.app.inject({
      method: 'POST',
      url: '/admin/collections',
      headers: owner.headers,
      payload: { handle: 'audited', title: 'Audited' },
    })
    const id = res.json().id
    const log = (await t.app.inject({ url: `/admin/audit-log?targetId=${id}`, headers: owner.headers })).json()
    expect(log.items).toHaveLength(1)
    expect(log.items[0]).toMatchObject({ action: 'collection.create', targetType: 'collection', actorKind: 'staff' })
    await expect(
      t.services.database.db.updateTable('audit_log').set({ action: 'forged' }).where('target_id', '=', id).execute(),
    ).rejects.toThrow(/append-only/)
    await expect(t.services.database.db.deleteFrom('audit_log').where('target_id', '=', id).execute()).rejects.toThrow(/append-only/)
  })

  it('keeps at least one active owner', async () => {
    const me = (await t.app.inject({ url: '/admin/auth/session', headers: owner.headers })).json().staff
    const self = await t.app.inject({ method: 'PATCH', url: `/admin/staff/${me.id}`, headers: owner.headers, payload: { role: 'admin' } })
    expect(self.statusCode).toBe(403)
  })
})

describe(`${onBackends}: rate limits`, () => {
  let t: TestApp
  let owner: Credentials
  beforeAll(async () => {
    t = await createTestApp({ RATE_LIMIT_ANONYMOUS_PER_MINUTE: '5', RATE_LIMIT_AUTHENTICATED_PER_MINUTE: '1000' })
    owner = await staffSession(t.app, t.services, 'owner')
  })
  afterAll(() => t?.close())

  it('limits anonymous callers per IP and answers 429 with Retry-After', async () => {
    const ip = '203.0.113.7'
    const statuses: number[] = []
    for (let i = 0; i < 7; i++) statuses.push((await t.app.inject({ url: '/store/categories', remoteAddress: ip })).statusCode)
    expect(statuses.slice(0, 5)).toEqual([200, 200, 200, 200, 200])
    const refused = await t.app.inject({ url: '/store/categories', remoteAddress: ip })
    expect(refused.statusCode).toBe(429)
    expect(Number(refused.headers['retry-after'])).toBeGreaterThan(0)
    expect(refused.headers['content-type']).toContain('application/problem+json')
    // Another IP and a signed-in caller are counted separately.
    expect((await t.app.inject({ url: '/store/categories', remoteAddress: '203.0.113.8' })).statusCode).toBe(200)
    expect((await t.app.inject({ url: '/admin/categories', headers: owner.headers, remoteAddress: ip })).statusCode).toBe(200)
  })
})
