import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { backend, createTestApp, onBackends, type TestApp } from './test-app.js'
import { staffSession, type Credentials } from './sessions.js'
import { productInput } from './fixtures.js'

describe(`${onBackends}: catalog`, () => {
  let t: TestApp
  let owner: Credentials

  const create = (body: unknown) =>
    t.app.inject({ method: 'POST', url: '/admin/products', headers: owner.headers, payload: body as object })
  const countProducts = async () =>
    Number(
      (
        await t.services.database.db
          .selectFrom('product')
          .select((eb) => eb.fn.countAll().as('n'))
          .executeTakeFirstOrThrow()
      ).n,
    )

  beforeAll(async () => {
    t = await createTestApp()
    owner = await staffSession(t.app, t.services, 'owner')
    for (const [handle, name, parentHandle] of [
      ['apparel', 'Apparel', null],
      ['tops', 'Tops', 'apparel'],
      ['tees', 'T-Shirts', 'tops'],
      ['home', 'Home', null],
    ] as const) {
      const res = await t.app.inject({
        method: 'POST',
        url: '/admin/categories',
        headers: owner.headers,
        payload: { handle, name, parentHandle },
      })
      expect(res.statusCode).toBe(201)
    }
    await t.app.inject({
      method: 'POST',
      url: '/admin/collections',
      headers: owner.headers,
      payload: { handle: 'summer', title: 'Summer' },
    })
  })
  afterAll(() => t?.close())

  it('creates a product with variants, prices in two currencies, stock and a price range', async () => {
    const res = await create(productInput({ categoryHandles: ['tees'], collectionHandles: ['summer'] }))
    expect(res.statusCode).toBe(201)
    const product = res.json()
    expect(product.id).toMatch(/^prod_/)
    expect(product.variants).toHaveLength(2)
    expect(product.variants[0].prices).toEqual([
      { amount: 1899, currency: 'EUR', compareAtAmount: null },
      { amount: 1999, currency: 'USD', compareAtAmount: null },
    ])
    expect(product.variants.map((v: { available: number }) => v.available)).toEqual([5, 0])
    expect(product.priceRanges).toEqual([
      { currency: 'EUR', min: 1899, max: 2099 },
      { currency: 'USD', min: 1999, max: 2199 },
    ])
    expect(product.categories.map((c: { handle: string }) => c.handle)).toEqual(['tees'])
  })

  it('strips scripts and event handlers from descriptions', async () => {
    const res = await create(
      productInput({ descriptionHtml: '<p onclick="steal()">Hi<script>alert(1)</script><a href="javascript:x()">x</a></p>' }),
    )
    expect(res.statusCode).toBe(201)
    const html: string = res.json().descriptionHtml
    expect(html).not.toMatch(/script|onclick|javascript:/)
    expect(html).toContain('<p>Hi')
  })

  it('rejects a body of the wrong shape with 400, a bad value with 422, and stores nothing', async () => {
    const before = await countProducts()
    const missing = await create({ title: 'No handle' })
    expect(missing.statusCode).toBe(400)
    expect(missing.headers['content-type']).toContain('application/problem+json')
    expect(missing.json().errors).toContainEqual({ pointer: '/body/handle', detail: expect.any(String) })

    const badPrice = await create(productInput({ variants: [{ sku: 'X-1', prices: [{ currency: 'USD', amount: 19.99 }] }], options: [] }))
    expect(badPrice.statusCode).toBe(422)
    expect(badPrice.json().errors[0].pointer).toBe('/body/variants/0/prices/0/amount')

    const badCurrency = await create(productInput({ variants: [{ sku: 'X-2', prices: [{ currency: 'usd', amount: 100 }] }], options: [] }))
    expect(badCurrency.statusCode).toBe(422)

    const wrongOptions = await create(
      productInput({ variants: [{ sku: 'X-3', optionValues: ['XL'], prices: [{ currency: 'USD', amount: 100 }] }] }),
    )
    expect(wrongOptions.statusCode).toBe(422)
    expect(wrongOptions.json().errors[0].pointer).toBe('/body/variants/0/optionValues/0')

    const unknownCategory = await create(productInput({ categoryHandles: ['nope'] }))
    expect(unknownCategory.statusCode).toBe(422)
    expect(await countProducts()).toBe(before)
  })

  it('rejects unknown fields instead of dropping them', async () => {
    const before = await countProducts()
    const res = await create({ ...productInput(), price: 1 })
    expect(res.statusCode).toBe(400)
    expect(res.json().errors).toContainEqual({ pointer: '/body/price', detail: 'is not a known field' })
    expect(await countProducts()).toBe(before)
  })

  it('rejects an oversized body with 413 and malformed JSON with 400', async () => {
    const before = await countProducts()
    const huge = productInput({ descriptionHtml: 'x'.repeat(1024 * 1024 + 10) })
    const res = await create(huge)
    expect(res.statusCode).toBe(413)
    expect(res.json().status).toBe(413)
    const malformed = await t.app.inject({
      method: 'POST',
      url: '/admin/products',
      headers: { ...owner.headers, 'content-type': 'application/json' },
      payload: '{"handle":',
    })
    expect(malformed.statusCode).toBe(400)
    expect(await countProducts()).toBe(before)
  })

  it('rejects bad params and query values with 4xx problem details', async () => {
    expect((await t.app.inject({ url: '/admin/products/not-an-id', headers: owner.headers })).statusCode).toBe(422)
    const limit = await t.app.inject({ url: '/store/products?limit=1000' })
    expect(limit.statusCode).toBe(422)
    expect(limit.json().errors[0].pointer).toBe('/query/limit')
    expect((await t.app.inject({ url: '/store/products?cursor=garbage' })).statusCode).toBe(422)
    expect((await t.app.inject({ url: '/store/products?sort=random' })).statusCode).toBe(422)
    expect((await t.app.inject({ url: '/store/products?nope=1' })).statusCode).toBe(400)
  })

  it('refuses a duplicate handle or SKU with 409 and keeps the first product', async () => {
    const first = productInput()
    expect((await create(first)).statusCode).toBe(201)
    expect((await create({ ...productInput(), handle: first.handle })).statusCode).toBe(409)
    const clash = await create(productInput({ variants: [{ ...first.variants[0]!, optionValues: ['S'] }] }))
    expect(clash.statusCode).toBe(409)
  })

  it('lists only active products to shoppers, filtered by category with descendants, brand and price', async () => {
    const draft = await create(productInput({ status: 'draft', categoryHandles: ['tees'] }))
    const cheap = await create(
      productInput({
        brand: 'Cheapco',
        categoryHandles: ['tees'],
        variants: [{ sku: `CHEAP-${Date.now()}`, optionValues: ['S'], prices: [{ currency: 'USD', amount: 500 }] }],
      }),
    )
    const home = await create(productInput({ categoryHandles: ['home'] }))
    const inApparel = (await t.app.inject('/store/products?category=apparel&limit=100')).json()
    const handles = inApparel.items.map((p: { handle: string }) => p.handle)
    expect(handles).toContain(cheap.json().handle)
    expect(handles).not.toContain(draft.json().handle)
    expect(handles).not.toContain(home.json().handle)

    const byBrand = (await t.app.inject('/store/products?brand=Cheapco')).json()
    expect(byBrand.items.map((p: { handle: string }) => p.handle)).toEqual([cheap.json().handle])

    const underSix = (await t.app.inject('/store/products?maxPrice=600&currency=USD')).json()
    expect(underSix.items.every((p: { price: { min: number } }) => p.price.min <= 600)).toBe(true)
    expect(underSix.items.map((p: { handle: string }) => p.handle)).toContain(cheap.json().handle)
  })

  it('pages through every product exactly once, for each sort', async () => {
    for (let i = 0; i < 7; i++)
      await create(
        productInput({
          variants: [{ sku: `PAGE-${Date.now()}-${i}`, prices: [{ currency: 'USD', amount: 1000 + (i % 3) * 100 }] }],
          options: [],
        }),
      )
    for (const sort of ['newest', 'price_asc', 'price_desc', 'title']) {
      const all = (await t.app.inject(`/store/products?limit=100&sort=${sort}`)).json().items.map((p: { id: string }) => p.id)
      const paged: string[] = []
      let cursor: string | null = null
      do {
        const res = await t.app.inject(`/store/products?limit=3&sort=${sort}${cursor ? `&cursor=${cursor}` : ''}`)
        const page: { items: { id: string }[]; nextCursor: string | null } = res.json()
        paged.push(...page.items.map((p) => p.id))
        cursor = page.nextCursor
      } while (cursor)
      expect(paged, sort).toEqual(all)
      expect(new Set(paged).size).toBe(paged.length)
    }
    const prices = (await t.app.inject('/store/products?limit=100&sort=price_asc'))
      .json()
      .items.map((p: { price: { min: number } }) => p.price.min)
    expect(prices).toEqual([...prices].sort((a, b) => a - b))
  })

  it('serves a product by handle with an ETag and answers 304 when it has not changed', async () => {
    const product = (await create(productInput())).json()
    const first = await t.app.inject(`/store/products/${product.handle}`)
    expect(first.statusCode).toBe(200)
    expect(first.headers.etag).toBeTruthy()
    expect(first.headers['cache-control']).toContain('public')
    const again = await t.app.inject({
      url: `/store/products/${product.handle}`,
      headers: { 'if-none-match': first.headers.etag as string },
    })
    expect(again.statusCode).toBe(304)
    expect(again.body).toBe('')
  })

  it('shows the new title right after an update (the cached copy is invalidated)', async () => {
    const product = (await create(productInput())).json()
    const before = await t.app.inject(`/store/products/${product.handle}`)
    expect(before.json().title).toBe(product.title)
    await t.app.inject(`/store/products?limit=100`) // warm the listing cache too
    const patch = await t.app.inject({
      method: 'PATCH',
      url: `/admin/products/${product.id}`,
      headers: owner.headers,
      payload: { title: 'Renamed Tee' },
    })
    expect(patch.statusCode).toBe(200)
    const after = await t.app.inject({
      url: `/store/products/${product.handle}`,
      headers: { 'if-none-match': before.headers.etag as string },
    })
    expect(after.statusCode).toBe(200)
    expect(after.json().title).toBe('Renamed Tee')
    const listed = (await t.app.inject(`/store/products?limit=100`)).json().items.find((p: { id: string }) => p.id === product.id)
    expect(listed.title).toBe('Renamed Tee')
  })

  it.skipIf(backend.cache !== 'redis')('shows a change made through one API instance on another at once', async () => {
    const other = await t.sibling()
    try {
      const product = (await create(productInput())).json()
      expect((await other.app.inject(`/store/products/${product.handle}`)).json().title).toBe(product.title)
      await t.app.inject({
        method: 'PATCH',
        url: `/admin/products/${product.id}`,
        headers: owner.headers,
        payload: { title: 'Changed Elsewhere' },
      })
      let title = ''
      for (let i = 0; i < 50 && title !== 'Changed Elsewhere'; i++) {
        title = (await other.app.inject(`/store/products/${product.handle}`)).json().title
        if (title !== 'Changed Elsewhere') await new Promise((r) => setTimeout(r, 10))
      }
      expect(title).toBe('Changed Elsewhere')
    } finally {
      await other.close()
    }
  })

  it('hides an archived product from the store but keeps it for staff', async () => {
    const product = (await create(productInput())).json()
    expect((await t.app.inject(`/store/products/${product.handle}`)).statusCode).toBe(200)
    const archived = await t.app.inject({ method: 'POST', url: `/admin/products/${product.id}/archive`, headers: owner.headers })
    expect(archived.json().status).toBe('archived')
    expect((await t.app.inject(`/store/products/${product.handle}`)).statusCode).toBe(404)
    expect((await t.app.inject({ url: `/admin/products/${product.id}`, headers: owner.headers })).statusCode).toBe(200)
    const filtered = (await t.app.inject({ url: '/admin/products?status=archived', headers: owner.headers })).json()
    expect(filtered.items.map((p: { id: string }) => p.id)).toContain(product.id)
  })

  it('keeps variant ids when variants are edited by SKU', async () => {
    const product = (await create(productInput())).json()
    const [small] = product.variants
    const edited = productInput().variants.map((v, i) => ({ ...v, sku: product.variants[i].sku }))
    edited[0]!.prices = [{ currency: 'USD', amount: 2500 }]
    const res = await t.app.inject({
      method: 'PATCH',
      url: `/admin/products/${product.id}`,
      headers: owner.headers,
      payload: { variants: edited },
    })
    expect(res.statusCode).toBe(200)
    expect(res.json().variants[0].id).toBe(small.id)
    expect(res.json().variants[0].prices).toEqual([{ amount: 2500, currency: 'USD', compareAtAmount: null }])
    expect(res.json().priceRanges.find((r: { currency: string }) => r.currency === 'USD')).toEqual({
      currency: 'USD',
      min: 2199,
      max: 2500,
    })
  })

  it('returns the category tree', async () => {
    const tree = (await t.app.inject('/store/categories')).json().items
    const apparel = tree.find((c: { handle: string }) => c.handle === 'apparel')
    expect(apparel.children[0].handle).toBe('tops')
    expect(apparel.children[0].children[0].handle).toBe('tees')
  })

  it('uploads an image and serves it with cache headers', async () => {
    const png = Buffer.from('89504e470d0a1a0a0000000d4948445200000001000000010806000000', 'hex')
    const res = await t.app.inject({
      method: 'POST',
      url: '/admin/media',
      headers: { ...owner.headers, 'content-type': 'image/png' },
      payload: png,
    })
    expect(res.statusCode).toBe(201)
    // Measured from the bytes (a 1×1 PNG header), to be sent with the URL so pages reserve the space.
    expect(res.json()).toMatchObject({ width: 1, height: 1 })
    const served = await t.app.inject(res.json().url)
    expect(served.statusCode).toBe(200)
    expect(served.headers['cache-control']).toContain('max-age=')
    expect(served.rawPayload.equals(png)).toBe(true)
    const wrongType = await t.app.inject({
      method: 'POST',
      url: '/admin/media',
      headers: { ...owner.headers, 'content-type': 'text/html' },
      payload: '<script>',
    })
    expect(wrongType.statusCode).toBe(415)
    // Bytes that are not the picture the Content-Type names are refused, not stored.
    const mislabelled = await t.app.inject({
      method: 'POST',
      url: '/admin/media',
      headers: { ...owner.headers, 'content-type': 'image/jpeg' },
      payload: png,
    })
    expect(mislabelled.statusCode).toBe(415)
    const notAnImage = await t.app.inject({
      method: 'POST',
      url: '/admin/media',
      headers: { ...owner.headers, 'content-type': 'image/png' },
      payload: Buffer.from('<svg onload="alert(1)"/>'),
    })
    expect(notAnImage.statusCode).toBe(415)
    // The size given with the URL is kept on the product.
    const product = await t.app.inject({
      method: 'POST',
      url: '/admin/products',
      headers: owner.headers,
      payload: productInput({ images: [{ url: res.json().url, alt: 'One pixel', width: 1, height: 1 }] }),
    })
    expect(product.json().images[0]).toMatchObject({ width: 1, height: 1, alt: 'One pixel' })
  })
})
