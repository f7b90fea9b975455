import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { PERMISSIONS, ROLE_PERMISSIONS, STAFF_ROLES } from '../src/modules/staff/permissions.js'
import { createTestApp, onBackends, type TestApp } from './test-app.js'
import { customerSession, staffSession, type Credentials } from './sessions.js'

describe(`${onBackends}: staff roles`, () => {
  let t: TestApp
  let owner: Credentials
  beforeAll(async () => {
    t = await createTestApp()
    owner = await staffSession(t.app, t.services, 'owner')
  })
  afterAll(() => t?.close())

  it('lists every role with exactly the permissions it holds, and every permission with what it allows', async () => {
    const res = await t.app.inject({ url: '/admin/staff/roles', headers: owner.headers })
    expect(res.statusCode).toBe(200)
    const body = res.json<{ permissions: { name: string; description: string }[]; roles: { role: string; permissions: string[] }[] }>()
    expect(body.permissions.map((p) => p.name)).toEqual([...PERMISSIONS])
    for (const permission of body.permissions) expect(permission.description.length).toBeGreaterThan(0)
    expect(body.roles.map((r) => r.role)).toEqual([...STAFF_ROLES])
    for (const { role, permissions } of body.roles)
      expect(new Set(permissions), role).toEqual(new Set(ROLE_PERMISSIONS[role as (typeof STAFF_ROLES)[number]]))
  })

  it('refuses support staff (no staff:read) and a shopper with 403, an anonymous caller with 401', async () => {
    const support = await staffSession(t.app, t.services, 'support')
    expect((await t.app.inject({ url: '/admin/staff/roles', headers: support.headers })).statusCode).toBe(403)
    const shopper = await customerSession(t.app)
    expect((await t.app.inject({ url: '/admin/staff/roles', headers: shopper.headers })).statusCode).toBe(403)
    const anonymous = await t.app.inject({ url: '/admin/staff/roles' })
    expect(anonymous.statusCode).toBe(401)
    expect(anonymous.headers['content-type']).toContain('application/problem+json')
  })

  it('lets an admin, who may not change staff, still read the roles', async () => {
    const admin = await staffSession(t.app, t.services, 'admin')
    expect((await t.app.inject({ url: '/admin/staff/roles', headers: admin.headers })).statusCode).toBe(200)
  })
})
