import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { ROLE_PERMISSIONS, STAFF_ROLES } from '../src/modules/staff/permissions.js'
import type { DeclaredRoute } from '../src/platform/http/auth-plugin.js'
import { createTestApp, onBackends, type TestApp } from './test-app.js'
import { customerSession, staffSession, type Credentials } from './sessions.js'

// Param values only need the right shape: refusals happen before anything is looked up.
const fillParams = (url: string) => url.replace(/:(\w+)/g, (_, name: string) => `${name.replace(/Id$/, '').slice(0, 4)}_01TEST`)

describe(`${onBackends}: authorization of every admin route`, () => {
  let t: TestApp
  let customer: Credentials
  const staff: Partial<Record<(typeof STAFF_ROLES)[number], Credentials>> = {}
  let adminRoutes: (DeclaredRoute & { rule: { staff: string } })[]

  beforeAll(async () => {
    t = await createTestApp()
    customer = await customerSession(t.app)
    for (const role of STAFF_ROLES) staff[role] = await staffSession(t.app, t.services, role)
    adminRoutes = t.app.declaredRoutes.filter(
      (r): r is DeclaredRoute & { rule: { staff: string } } => r.url.startsWith('/admin') && typeof r.rule === 'object',
    )
  })
  afterAll(() => t?.close())

  it('declares a rule for every route, and only sign-in and sign-out under /admin are public', () => {
    // The admin app's built files (/admin/assets/*) are public like any page's scripts; they are not API routes.
    const publicAdmin = t.app.declaredRoutes
      .filter((r) => r.url.startsWith('/admin') && !r.url.startsWith('/admin/assets/') && r.rule === 'public')
      .map((r) => r.url)
    expect(publicAdmin.sort()).toEqual(['/admin/auth/login', '/admin/auth/logout'])
    expect(adminRoutes.length).toBeGreaterThan(20)
  })

  it('refuses an anonymous caller with 401 on every admin route', async () => {
    for (const route of adminRoutes) {
      const res = await t.app.inject({
        method: route.method as 'GET',
        url: fillParams(route.url),
        payload: route.method === 'GET' ? undefined : {},
      })
      expect(res.statusCode, `${route.method} ${route.url}`).toBe(401)
      expect(res.headers['content-type']).toContain('application/problem+json')
    }
  })

  it('refuses a signed-in customer with 403 on every admin route', async () => {
    for (const route of adminRoutes) {
      const res = await t.app.inject({
        method: route.method as 'GET',
        url: fillParams(route.url),
        headers: customer.headers,
        payload: route.method === 'GET' ? undefined : {},
      })
      expect(res.statusCode, `${route.method} ${route.url}`).toBe(403)
    }
  })

  it('refuses each staff role the routes whose permission it lacks, and lets it through where it has it', async () => {
    let refusals = 0
    for (const route of adminRoutes) {
      for (const role of STAFF_ROLES) {
        const allowed = ROLE_PERMISSIONS[role].has(route.rule.staff as never)
        const res = await t.app.inject({
          method: route.method as 'GET',
          url: fillParams(route.url),
          headers: staff[role]!.headers,
          payload: route.method === 'GET' ? undefined : {},
        })
        if (allowed) expect([401, 403], `${role} ${route.method} ${route.url}`).not.toContain(res.statusCode)
        else {
          expect(res.statusCode, `${role} ${route.method} ${route.url}`).toBe(403)
          refusals++
        }
      }
    }
    expect(refusals).toBeGreaterThan(20)
  })

  it('refuses a cookie-authenticated write without the CSRF token', async () => {
    const res = await t.app.inject({
      method: 'POST',
      url: '/admin/collections',
      headers: { cookie: staff.owner!.cookie },
      payload: { handle: 'no-csrf', title: 'No CSRF' },
    })
    expect(res.statusCode).toBe(403)
    expect(res.json().type).toMatch(/csrf$/)
    const list = await t.app.inject({ method: 'GET', url: '/admin/collections', headers: staff.owner!.headers })
    expect(list.json().items.map((c: { handle: string }) => c.handle)).not.toContain('no-csrf')
  })

  it('refuses an anonymous caller on the shopper account routes', async () => {
    for (const url of ['/store/me', '/store/me/addresses']) expect((await t.app.inject(url)).statusCode).toBe(401)
  })
})

describe(`${onBackends}: route contracts`, () => {
  let t: TestApp
  beforeAll(async () => {
    t = await createTestApp()
  })
  afterAll(() => t?.close())

  it('gives every documented operation a success response schema, and every list a bounded limit', async () => {
    const doc = (await t.app.inject('/openapi.json')).json()
    let operations = 0
    for (const [path, methods] of Object.entries<
      Record<string, { responses: Record<string, unknown>; parameters?: { name: string; in: string; schema: { maximum?: number } }[] }>
    >(doc.paths)) {
      for (const [method, operation] of Object.entries(methods)) {
        operations++
        const success = Object.keys(operation.responses).filter((code) => code.startsWith('2'))
        expect(success, `${method} ${path}`).not.toHaveLength(0)
        const limit = operation.parameters?.find((p) => p.in === 'query' && p.name === 'limit')
        // The sitemap feed is the one bulk list: ~60 bytes an entry, so 100,000 products take ten calls, not a thousand.
        const bound = path === '/store/sitemap/products' ? 10_000 : 100
        if (limit) expect(limit.schema.maximum, `${method} ${path}`).toBeLessThanOrEqual(bound)
      }
    }
    expect(operations).toBeGreaterThan(40)
    // Routes the document hides still declare their schema and rule.
    expect(t.app.declaredRoutes.map((r) => r.url)).toContain('/openapi.json')
  })
})
