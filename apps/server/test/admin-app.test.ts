import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { createTestApp, onBackends, type TestApp } from './test-app.js'

/** A stand-in build of apps/admin: what the server does with it does not depend on its contents. */
function fakeAdminBuild(): string {
  const root = mkdtempSync(join(tmpdir(), 'shopstack-admin-'))
  mkdirSync(join(root, 'assets'))
  writeFileSync(
    join(root, 'index.html'),
    '<!doctype html><div id="root"></div><script type="module" src="/admin/assets/app-1a2b.js"></script>',
  )
  writeFileSync(join(root, 'assets', 'app-1a2b.js'), 'console.log("admin")')
  return root
}

const page = { 'sec-fetch-dest': 'document', 'sec-fetch-mode': 'navigate', accept: 'text/html,application/xhtml+xml' }

describe(`admin app at /admin (${onBackends})`, () => {
  let t: TestApp
  beforeAll(async () => {
    t = await createTestApp({ ADMIN_DIR: fakeAdminBuild() })
  })
  afterAll(() => t?.close())

  it('answers a page load of any admin screen with the app, so a screen can be reloaded or shared', async () => {
    for (const url of ['/admin', '/admin/', '/admin/products', '/admin/products/prod_01ABC?tab=variants', '/admin/no-such-screen']) {
      const res = await t.app.inject({ method: 'GET', url, headers: page })
      expect(res.statusCode, url).toBe(200)
      expect(res.headers['content-type'], url).toContain('text/html')
      expect(res.body, url).toContain('<div id="root"></div>')
      expect(res.headers['cache-control']).toBe('no-cache')
      expect(res.headers['content-security-policy']).toContain("script-src 'self'")
    }
  })

  it('leaves calls of the API at the same paths to the API', async () => {
    // The SDK's fetch, curl, an integration: no page load, so the route answers (401: nobody signed in).
    for (const headers of [{}, { accept: 'application/json' }, { 'sec-fetch-dest': 'empty', accept: 'text/html' }, { accept: '*/*' }]) {
      const res = await t.app.inject({ method: 'GET', url: '/admin/products', headers })
      expect(res.statusCode, JSON.stringify(headers)).toBe(401)
      expect(res.headers['content-type']).toContain('application/problem+json')
    }
    // Writes and files are never the app, even from a page.
    expect((await t.app.inject({ method: 'POST', url: '/admin/products', headers: page, payload: {} })).statusCode).toBe(401)
    expect((await t.app.inject({ method: 'GET', url: '/admin/exports/products.csv', headers: page })).statusCode).toBe(401)
  })

  it('serves the built files under /admin/assets/, cached for good (their names change with each build)', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/admin/assets/app-1a2b.js', headers: { 'sec-fetch-dest': 'script' } })
    expect(res.statusCode).toBe(200)
    expect(res.body).toBe('console.log("admin")')
    expect(res.headers['cache-control']).toContain('immutable')
    expect((await t.app.inject({ method: 'GET', url: '/admin/assets/missing.js' })).statusCode).toBe(404)
  })
})
