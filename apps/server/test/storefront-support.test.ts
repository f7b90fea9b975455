import { createServer, type IncomingMessage } from 'node:http'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createTestApp, onBackends, type TestApp } from './test-app.js'
import { staffSession, type Credentials } from './sessions.js'
import { productInput } from './fixtures.js'

/** What the storefront needs from the API besides the store routes: sitemap pages and CORS for the browser's own calls. */
describe(`${onBackends}: API support for the storefront`, () => {
  let t: TestApp
  let owner: Credentials

  beforeAll(async () => {
    t = await createTestApp({ STOREFRONT_URL: 'https://shop.example.com', CORS_ORIGINS: 'https://preview.example.com' })
    owner = await staffSession(t.app, t.services, 'owner')
  })
  afterAll(() => t?.close())

  it('lists every active product for sitemaps, in pages, and leaves drafts and archived ones out', async () => {
    const create = async (status: string) => {
      const res = await t.app.inject({
        method: 'POST',
        url: '/admin/products',
        headers: owner.headers,
        payload: { ...productInput(), status },
      })
      expect(res.statusCode, res.body).toBe(201)
      return res.json<{ handle: string }>().handle
    }
    const active = [await create('active'), await create('active'), await create('active')]
    const hidden = [await create('draft'), await create('archived')]
    const listed: string[] = []
    let cursor: string | undefined
    do {
      const res = await t.app.inject({ url: `/store/sitemap/products?limit=2${cursor ? `&cursor=${cursor}` : ''}` })
      expect(res.statusCode, res.body).toBe(200)
      const page = res.json<{ items: { handle: string; updatedAt: string }[]; nextCursor: string | null }>()
      expect(page.items.length).toBeLessThanOrEqual(2)
      for (const item of page.items) expect(Date.parse(item.updatedAt)).not.toBeNaN()
      listed.push(...page.items.map((i) => i.handle))
      cursor = page.nextCursor ?? undefined
    } while (cursor)
    for (const handle of active) expect(listed).toContain(handle)
    for (const handle of hidden) expect(listed).not.toContain(handle)
    expect(new Set(listed).size).toBe(listed.length)

    expect((await t.app.inject({ url: '/store/sitemap/products?limit=10001' })).statusCode).toBe(422)
    expect((await t.app.inject({ url: '/store/sitemap/products?cursor=nonsense' })).statusCode).toBe(422)
  })

  it('lets the storefront’s origins call the API from the browser without credentials, and no other origin', async () => {
    for (const origin of ['https://shop.example.com', 'https://preview.example.com']) {
      const preflight = await t.app.inject({
        method: 'OPTIONS',
        url: '/store/payments/tokens',
        headers: { origin, 'access-control-request-method': 'POST', 'access-control-request-headers': 'content-type' },
      })
      expect(preflight.statusCode).toBe(204)
      expect(preflight.headers['access-control-allow-origin']).toBe(origin)
      expect(preflight.headers['access-control-allow-credentials']).toBeUndefined()
    }
    const foreign = await t.app.inject({ url: '/store/search/suggest?q=te', headers: { origin: 'https://evil.example.net' } })
    expect(foreign.headers['access-control-allow-origin']).toBeUndefined()
  })

  it('refuses a CORS origin setting that is not an origin', async () => {
    await expect(createTestApp({ CORS_ORIGINS: 'https://shop.example.com/path' })).rejects.toThrow(/CORS_ORIGINS/)
  })
})

describe(`${onBackends}: storefront revalidation`, () => {
  let t: TestApp
  let owner: Credentials
  const received: { authorization: string | undefined; body: { handles: string[]; catalog: boolean } }[] = []
  let status = 200
  const storefront = createServer((req: IncomingMessage, res) => {
    let body = ''
    req.on('data', (chunk: Buffer) => (body += chunk.toString()))
    req.on('end', () => {
      received.push({ authorization: req.headers.authorization, body: JSON.parse(body) as never })
      res.writeHead(status).end()
    })
  })

  beforeAll(async () => {
    await new Promise<void>((resolve) => storefront.listen(0, '127.0.0.1', resolve))
    const { port } = storefront.address() as { port: number }
    t = await createTestApp({
      STOREFRONT_REVALIDATE_SECRET: 'a-shared-secret',
      STOREFRONT_REVALIDATE_URL: `http://127.0.0.1:${port}/api/revalidate`,
    })
    owner = await staffSession(t.app, t.services, 'owner')
  })
  afterAll(async () => {
    await t?.close()
    storefront.close()
  })

  const drain = async () => {
    while ((await t.services.outbox.drain()) > 0);
  }

  it('tells the storefront which product changed, with the shared secret, and asks again when it was down', async () => {
    const input = productInput()
    const created = await t.app.inject({ method: 'POST', url: '/admin/products', headers: owner.headers, payload: input })
    expect(created.statusCode).toBe(201)
    const product = created.json<{ id: string; variants: { id: string }[] }>()
    status = 503
    await drain()
    const failed = received.length
    expect(failed).toBeGreaterThan(0)
    status = 200
    await drain()
    const changes = received.filter((r) => r.body.handles.includes(input.handle) && r.body.catalog)
    expect(changes.length).toBeGreaterThanOrEqual(1)
    expect(received.every((r) => r.authorization === 'Bearer a-shared-secret')).toBe(true)

    // A stock change retires only that product's page.
    received.length = 0
    const adjusted = await t.app.inject({
      method: 'POST',
      url: '/admin/inventory/adjustments',
      headers: owner.headers,
      payload: { variantId: product.variants[0]!.id, delta: 3, reason: 'correction' },
    })
    expect(adjusted.statusCode, adjusted.body).toBe(200)
    await drain()
    expect(received.map((r) => r.body)).toContainEqual({ handles: [input.handle], catalog: false })
  })
})
