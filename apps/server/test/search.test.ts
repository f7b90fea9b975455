import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createTestApp, onBackends, type TestApp } from './test-app.js'
import { staffSession, type Credentials } from './sessions.js'
import { productInput } from './fixtures.js'
import { checkout, openShop, readyCart, stockedVariant, tokenize } from './shop.js'

interface Response {
  total: number
  interpretedAs: string | null
  items: { id: string; title: string; inStock: boolean; price: { min: number } | null }[]
}

for (const engine of ['memory', 'postgres'] as const) {
  describe(`${onBackends}: search stays fresh and is managed by staff (${engine} engine)`, () => {
    let t: TestApp
    let owner: Credentials
    const search = async (q: string, extra = '') => {
      const res = await t.app.inject(`/store/search?q=${encodeURIComponent(q)}${extra}`)
      expect(res.statusCode, res.body).toBe(200)
      return res.json<Response>()
    }
    /** Polls until `ok` holds, up to a second: the freshness promise. */
    const within = async (what: string, ok: () => Promise<boolean>) => {
      const deadline = Date.now() + 1000
      while (!(await ok())) {
        if (Date.now() > deadline) throw new Error(`not visible within a second: ${what}`)
        await new Promise((resolve) => setTimeout(resolve, 25))
      }
    }

    beforeAll(async () => {
      t = await createTestApp({ SEARCH_ENGINE: engine })
      owner = await staffSession(t.app, t.services, 'owner')
      // The relay keeps the shared PostgreSQL index fresh (the in-process one tails the outbox itself).
      t.services.outbox.start(50)
      await t.services.search.begin()
    })
    afterAll(() => t?.close())

    it('finds a product created through the API within a second, then its new price, then that it sold out', async () => {
      const created = await t.app.inject({
        method: 'POST',
        url: '/admin/products',
        headers: owner.headers,
        payload: productInput({ title: 'Quokka Velvet Slipper', handle: `quokka-velvet-slipper-${engine}` }),
      })
      expect(created.statusCode).toBe(201)
      const product = created.json<{ id: string; variants: { id: string; sku: string; optionValues: string[] }[] }>()
      await within('created', async () => (await search('quokka slipper')).items.some((i) => i.id === product.id))

      const repriced = await t.app.inject({
        method: 'PATCH',
        url: `/admin/products/${product.id}`,
        headers: owner.headers,
        payload: {
          variants: product.variants.map((v) => ({ sku: v.sku, optionValues: v.optionValues, prices: [{ currency: 'USD', amount: 777 }] })),
        },
      })
      expect(repriced.statusCode, repriced.body).toBe(200)
      await within('repriced', async () => (await search('quokka', '&maxPrice=800')).items.some((i) => i.id === product.id))
      // The same query as before the change: its cached answer (old card, old price) must be gone.
      expect((await search('quokka slipper')).items.find((i) => i.id === product.id)?.price?.min).toBe(777)

      // Sold out: the one variant with stock goes to zero.
      const adjusted = await t.app.inject({
        method: 'POST',
        url: '/admin/inventory/adjustments',
        headers: owner.headers,
        payload: { variantId: product.variants[0]!.id, delta: -5, reason: 'correction' },
      })
      expect(adjusted.statusCode, adjusted.body).toBe(200)
      await within('sold out', async () => !(await search('quokka', '&inStock=true')).items.some((i) => i.id === product.id))
      expect((await search('quokka')).items.find((i) => i.id === product.id)?.inStock).toBe(false)

      await t.app.inject({ method: 'PATCH', url: `/admin/products/${product.id}`, headers: owner.headers, payload: { status: 'archived' } })
      await within('archived', async () => (await search('quokka')).total === 0)
    })

    it('applies synonyms and stop words staff set, at once', async () => {
      await t.app.inject({
        method: 'POST',
        url: '/admin/products',
        headers: owner.headers,
        payload: productInput({ title: 'Wombat Hoodie', handle: `wombat-hoodie-${engine}` }),
      })
      await within('hoodie', async () => (await search('wombat hoodie')).total > 0)
      expect((await search('sweatshirt')).total).toBe(0)
      const group = await t.app.inject({
        method: 'POST',
        url: '/admin/search/synonyms',
        headers: owner.headers,
        payload: { words: ['Hoodie', 'sweatshirt'] },
      })
      expect(group.statusCode, group.body).toBe(201)
      expect(group.json()).toMatchObject({ words: ['hoodie', 'sweatshirt'] })
      expect((await search('sweatshirt')).items.map((i) => i.title)).toContain('Wombat Hoodie')

      const stop = await t.app.inject({
        method: 'PUT',
        url: '/admin/search/stop-words',
        headers: owner.headers,
        payload: { words: ['cosy', 'The'] },
      })
      expect(stop.json()).toEqual({ words: ['cosy', 'the'] })
      const withStops = await search('the cosy wombat hoodie')
      expect(withStops.items.map((i) => i.title)).toContain('Wombat Hoodie')
      expect(withStops.interpretedAs).toBe('wombat hoodie')

      const bad = await t.app.inject({
        method: 'POST',
        url: '/admin/search/synonyms',
        headers: owner.headers,
        payload: { words: ['same', 'Same'] },
      })
      expect(bad.statusCode).toBe(422)
      const id = group.json<{ id: string }>().id
      expect((await t.app.inject({ method: 'DELETE', url: `/admin/search/synonyms/${id}`, headers: owner.headers })).statusCode).toBe(204)
      expect((await search('sweatshirt')).total).toBe(0)
    })

    it('ranks by units sold when asked for bestsellers, as orders are placed', async () => {
      const shop = await openShop(t)
      const slow = await stockedVariant(t, shop, 50, 1000)
      const fast = await stockedVariant(t, shop, 50, 1000)
      const rename = (productId: string, title: string) =>
        t.app.inject({ method: 'PATCH', url: `/admin/products/${productId}`, headers: owner.headers, payload: { title } })
      await rename(slow.productId, 'Numbat Lantern Classic')
      await rename(fast.productId, 'Numbat Lantern Deluxe')
      await checkout(t, await readyCart(t, shop, [{ variantId: slow.variantId, quantity: 1 }]), await tokenize(t))
      await checkout(t, await readyCart(t, shop, [{ variantId: fast.variantId, quantity: 3 }]), await tokenize(t))
      await within('sales counted', async () => {
        const ranked = (await search('numbat lantern', '&sort=bestselling')).items.map((i) => i.id)
        return ranked[0] === fast.productId && ranked[1] === slow.productId
      })
    })

    it('keeps indexing after a product with odd attribute names, and never fails on them in a query', async () => {
      const odd = await t.app.inject({
        method: 'POST',
        url: '/admin/products',
        headers: owner.headers,
        payload: productInput({
          title: 'Platypus Odd Lamp',
          handle: `platypus-odd-lamp-${engine}`,
          attributes: { constructor: 'brass', __proto__: 'x' } as never,
          options: [{ name: 'constructor', values: ['One'] }],
          variants: [{ ...productInput().variants[0]!, optionValues: ['One'] }],
        }),
      })
      expect(odd.statusCode, odd.body).toBe(201)
      await t.app.inject({
        method: 'POST',
        url: '/admin/products',
        headers: owner.headers,
        payload: productInput({ title: 'Platypus Plain Lamp', handle: `platypus-plain-lamp-${engine}` }),
      })
      await within('after the odd one', async () =>
        (await search('platypus plain lamp')).items.some((i) => i.title === 'Platypus Plain Lamp'),
      )
      for (const filter of ['constructor:x', '__proto__:x', 'toString:y'])
        expect((await t.app.inject(`/store/search?q=lamp&filter=${encodeURIComponent(filter)}`)).statusCode, filter).toBe(200)
      const unknown = (await t.app.inject('/store/search?q=platypus&filter=nosuch:x')).json<{
        total: number
        facets: { attributes: { values: unknown[] }[] }
      }>()
      expect(unknown.total).toBe(0)
      expect(unknown.facets.attributes.flatMap((a) => a.values)).toEqual([])
    })

    it('sees a backorder switch: a sold-out variant allowed to oversell is in stock again', async () => {
      const created = await t.app.inject({
        method: 'POST',
        url: '/admin/products',
        headers: owner.headers,
        payload: productInput({
          title: 'Echidna Backorder Kettle',
          handle: `echidna-backorder-kettle-${engine}`,
          options: [{ name: 'Size', values: ['One'] }],
          variants: [{ ...productInput().variants[0]!, optionValues: ['One'], inventoryQuantity: 0 }],
        }),
      })
      const variantId = created.json<{ variants: { id: string }[] }>().variants[0]!.id
      await within('indexed, out of stock', async () => (await search('echidna kettle')).items[0]?.inStock === false)
      await t.app.inject({
        method: 'PUT',
        url: `/admin/inventory/${variantId}/backorder`,
        headers: owner.headers,
        payload: { allowed: true },
      })
      await within('in stock on backorder', async () => (await search('echidna kettle', '&inStock=true')).total === 1)
    })

    it('records queries that found nothing, for staff to read, each time one is asked (cached answers too)', async () => {
      await search('Zzyzx  Gizmo')
      await search('zzyzx gizmo')
      await search('zzyzx gizmo')
      await t.services.search.catchUp()
      const res = await t.app.inject({ url: '/admin/search/zero-results', headers: owner.headers })
      expect(res.json<{ items: { query: string; searches: number }[] }>().items).toContainEqual(
        expect.objectContaining({ query: 'zzyzx gizmo', searches: 3 }),
      )
    })

    it('takes a query off the zero-result report when staff dismiss it, until shoppers search for it again', async () => {
      await search('Xqzzy  Flurbo')
      await t.services.search.catchUp()
      const reported = async () =>
        (await t.app.inject({ url: '/admin/search/zero-results?limit=100', headers: owner.headers }))
          .json<{ items: { query: string; searches: number }[] }>()
          .items.find((r) => r.query === 'xqzzy flurbo')
      expect(await reported()).toMatchObject({ searches: 1 })
      const dismiss = (query: string, headers: Record<string, string> = owner.headers) =>
        t.app.inject({ method: 'DELETE', url: `/admin/search/zero-results?query=${encodeURIComponent(query)}`, headers })

      const support = await staffSession(t.app, t.services, 'support')
      expect((await dismiss('xqzzy flurbo', support.headers)).statusCode).toBe(403)
      // Written as the report keeps it or as typed: the same query.
      expect((await dismiss('XQZZY  flurbo')).statusCode).toBe(204)
      expect(await reported()).toBeUndefined()
      expect((await dismiss('xqzzy flurbo')).statusCode).toBe(404)
      expect((await dismiss('')).statusCode).toBe(422)

      await search('xqzzy flurbo')
      await t.services.search.catchUp()
      expect(await reported()).toMatchObject({ searches: 1 })
    })

    it('answers a repeated search with the same ETag, and 304 to a client that holds it, until the index changes', async () => {
      await t.app.inject({
        method: 'POST',
        url: '/admin/products',
        headers: owner.headers,
        payload: productInput({ title: 'Platypus Rain Shell', handle: `platypus-rain-shell-${engine}` }),
      })
      await within('indexed', async () => (await search('platypus shell')).total === 1)
      const url = '/store/search?q=platypus%20shell'
      const first = await t.app.inject(url)
      const etag = first.headers.etag as string
      expect(first.headers['cache-control']).toBe('public, no-cache')
      expect((await t.app.inject(url)).headers.etag).toBe(etag)
      const revalidated = await t.app.inject({ url, headers: { 'if-none-match': etag } })
      expect(revalidated.statusCode).toBe(304)
      expect(revalidated.body).toBe('')

      await t.app.inject({
        method: 'POST',
        url: '/admin/products',
        headers: owner.headers,
        payload: productInput({ title: 'Platypus Trail Shell', handle: `platypus-trail-shell-${engine}` }),
      })
      await within('second indexed', async () => (await search('platypus shell')).total === 2)
      const changed = await t.app.inject({ url, headers: { 'if-none-match': etag } })
      expect(changed.statusCode).toBe(200)
      expect(changed.headers.etag).not.toBe(etag)
    })

    it('lets catalog staff manage search and refuses support staff', async () => {
      const support = await staffSession(t.app, t.services, 'support')
      const refused = await t.app.inject({
        method: 'PUT',
        url: '/admin/search/stop-words',
        headers: support.headers,
        payload: { words: [] },
      })
      expect(refused.statusCode).toBe(403)
      expect((await t.app.inject({ url: '/admin/search/synonyms', headers: support.headers })).statusCode).toBe(200)
      expect((await t.app.inject({ url: '/admin/search/synonyms' })).statusCode).toBe(401)
    })
  })
}
