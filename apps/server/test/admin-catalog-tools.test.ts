import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createTestApp, onBackends, type TestApp } from './test-app.js'
import { staffSession, type Credentials } from './sessions.js'
import { productInput } from './fixtures.js'

const HEADER = 'Handle,Title,Option1 Name,Option1 Value,Variant SKU,Variant Inventory Qty,Variant Price,Status'

interface Job {
  id: string
  status: string
  done: number
  products: number | null
  created: number
  errorCount: number
  errors: { line: number; column: string; message: string }[]
}

describe(`${onBackends}: admin catalog tools (locations, stock records, collections, categories, import jobs)`, () => {
  let t: TestApp
  let owner: Credentials
  let catalogStaff: Credentials
  const call = (who: Credentials, method: 'GET' | 'POST' | 'PATCH' | 'DELETE', url: string, payload?: object) =>
    t.app.inject({ method, url, headers: who.headers, ...(payload && { payload }) })
  const newProduct = async (overrides: Parameters<typeof productInput>[0] = {}) => {
    const res = await call(owner, 'POST', '/admin/products', productInput(overrides))
    expect(res.statusCode, res.body).toBe(201)
    return res.json<{ id: string; handle: string; variants: { id: string; sku: string; available: number }[] }>()
  }

  beforeAll(async () => {
    t = await createTestApp()
    owner = await staffSession(t.app, t.services, 'owner')
    catalogStaff = await staffSession(t.app, t.services, 'catalog')
  })
  afterAll(() => t?.close())

  it('adds stock locations; stock received at a new one is recorded there and not sold online', async () => {
    const refused = await call(catalogStaff, 'POST', '/admin/stock-locations', { name: 'Berlin shop' })
    expect(refused.statusCode).toBe(403)
    const created = await call(owner, 'POST', '/admin/stock-locations', { name: 'Berlin shop' })
    expect(created.statusCode, created.body).toBe(201)
    const berlin = created.json<{ id: string; name: string; isDefault: boolean }>()
    expect(berlin).toMatchObject({ name: 'Berlin shop', isDefault: false })
    expect((await call(owner, 'POST', '/admin/stock-locations', { name: 'berlin SHOP' })).statusCode).toBe(409)
    expect((await call(owner, 'POST', '/admin/stock-locations', { name: '   ' })).statusCode).toBe(422)

    const list = (await call(catalogStaff, 'GET', '/admin/stock-locations')).json<{ items: { id: string; isDefault: boolean }[] }>()
    expect(list.items[0]!.isDefault).toBe(true)
    expect(list.items.map((l) => l.id)).toContain(berlin.id)

    const product = await newProduct({
      options: [],
      variants: [{ sku: `LOC-${Date.now()}`, prices: [{ currency: 'USD', amount: 900 }], inventoryQuantity: 2 }],
    })
    const variantId = product.variants[0]!.id
    const received = await call(catalogStaff, 'POST', '/admin/inventory/adjustments', {
      variantId,
      locationId: berlin.id,
      delta: 7,
      reason: 'received',
      note: 'first delivery',
    })
    expect(received.statusCode, received.body).toBe(200)
    expect(received.json()).toMatchObject({ locationId: berlin.id, onHand: 7, reserved: 0, available: 7 })
    // Taking away from a location without a record is not found, not a new negative record.
    const other = (await call(owner, 'POST', '/admin/stock-locations', { name: 'Empty depot' })).json<{ id: string }>()
    expect(
      (await call(owner, 'POST', '/admin/inventory/adjustments', { variantId, locationId: other.id, delta: -1, reason: 'lost' }))
        .statusCode,
    ).toBe(404)
    expect(
      (await call(owner, 'POST', '/admin/inventory/adjustments', { variantId, locationId: 'loc_nowhere', delta: 1, reason: 'received' }))
        .statusCode,
    ).toBe(404)

    const stock = (await call(catalogStaff, 'GET', `/admin/inventory/${variantId}?limit=10`)).json<{
      levels: { locationId: string; locationName: string; onHand: number }[]
      movements: { items: { locationId: string; onHandDelta: number; reason: string; note: string | null }[] }
    }>()
    expect(stock.levels.map((l) => [l.locationName, l.onHand])).toEqual([
      ['Main warehouse', 2],
      ['Berlin shop', 7],
    ])
    expect(stock.movements.items[0]).toMatchObject({ locationId: berlin.id, onHandDelta: 7, reason: 'received', note: 'first delivery' })
    // Online orders reserve at the default location: the store offers its 2, not 9.
    const store = (await t.app.inject(`/store/products/${product.handle}`)).json<{ variants: { available: number }[] }>()
    expect(store.variants[0]!.available).toBe(2)

    const renamed = await call(owner, 'PATCH', `/admin/stock-locations/${berlin.id}`, { name: 'Berlin Mitte' })
    expect(renamed.json()).toMatchObject({ id: berlin.id, name: 'Berlin Mitte' })
  })

  it('lists stock records by SKU or title, by location, and at or below a count, a page at a time', async () => {
    const tag = `rec${Date.now()}`
    const product = await newProduct({
      title: `Record ${tag}`,
      options: [{ name: 'Size', values: ['S', 'M', 'L'] }],
      variants: ['S', 'M', 'L'].map((size, i) => ({
        sku: `${tag}-${size}`,
        optionValues: [size],
        prices: [{ currency: 'USD', amount: 1000 }],
        inventoryQuantity: i * 5,
      })),
    })
    const page1 = (await call(catalogStaff, 'GET', `/admin/inventory?q=${tag}&limit=2`)).json<{
      items: { sku: string; available: number; productId: string; locationName: string }[]
      nextCursor: string | null
    }>()
    expect(page1.items).toHaveLength(2)
    expect(page1.items[0]).toMatchObject({ productId: product.id, locationName: 'Main warehouse' })
    const page2 = (await call(catalogStaff, 'GET', `/admin/inventory?q=${tag}&limit=2&cursor=${page1.nextCursor}`)).json<{
      items: { sku: string }[]
      nextCursor: string | null
    }>()
    expect([...page1.items, ...page2.items].map((i) => i.sku).sort()).toEqual([`${tag}-L`, `${tag}-M`, `${tag}-S`])
    expect(page2.nextCursor).toBeNull()
    const low = (await call(catalogStaff, 'GET', `/admin/inventory?q=${tag.toUpperCase()}&availableAtMost=5&limit=10`)).json<{
      items: { sku: string; available: number }[]
    }>()
    expect(low.items.map((i) => [i.sku, i.available]).sort()).toEqual([
      [`${tag}-M`, 5],
      [`${tag}-S`, 0],
    ])
    // A LIKE wildcard typed by staff is a character, not "anything".
    expect((await call(catalogStaff, 'GET', `/admin/inventory?q=${tag}%25&limit=10`)).json<{ items: unknown[] }>().items).toEqual([])
    expect((await call(catalogStaff, 'GET', '/admin/inventory?limit=500')).statusCode).toBe(422)
    expect((await call(catalogStaff, 'GET', '/admin/inventory?limit=5&cursor=nonsense')).statusCode).toBe(422)
  })

  it('renames and deletes collections and leaf categories; products stay, without them', async () => {
    const collection = (await call(catalogStaff, 'POST', '/admin/collections', { handle: 'winter-edit', title: 'Winter edit' })).json<{
      id: string
    }>()
    const product = await newProduct({ collectionHandles: ['winter-edit'] })
    const renamed = await call(catalogStaff, 'PATCH', `/admin/collections/${collection.id}`, {
      title: 'Winter picks',
      handle: 'winter-picks',
    })
    expect(renamed.statusCode, renamed.body).toBe(200)
    expect(renamed.json()).toMatchObject({ handle: 'winter-picks', title: 'Winter picks' })
    await call(catalogStaff, 'POST', '/admin/collections', { handle: 'summer-edit', title: 'Summer' })
    expect((await call(catalogStaff, 'PATCH', `/admin/collections/${collection.id}`, { handle: 'summer-edit' })).statusCode).toBe(409)
    expect((await call(catalogStaff, 'PATCH', `/admin/collections/${collection.id}`, {})).statusCode).toBe(422)
    const seen = (await call(catalogStaff, 'GET', `/admin/products/${product.id}`)).json<{ collections: { handle: string }[] }>()
    expect(seen.collections.map((c) => c.handle)).toEqual(['winter-picks'])

    expect((await call(catalogStaff, 'DELETE', `/admin/collections/${collection.id}`)).statusCode).toBe(204)
    expect((await call(catalogStaff, 'DELETE', `/admin/collections/${collection.id}`)).statusCode).toBe(404)
    const after = (await call(catalogStaff, 'GET', `/admin/products/${product.id}`)).json<{ collections: unknown[] }>()
    expect(after.collections).toEqual([])

    const parent = (await call(catalogStaff, 'POST', '/admin/categories', { handle: 'outer', name: 'Outer' })).json<{ id: string }>()
    const child = (await call(catalogStaff, 'POST', '/admin/categories', { handle: 'inner', name: 'Inner', parentHandle: 'outer' })).json<{
      id: string
    }>()
    const filed = await newProduct({ categoryHandles: ['inner'] })
    expect((await call(catalogStaff, 'DELETE', `/admin/categories/${parent.id}`)).statusCode).toBe(409)
    expect((await call(catalogStaff, 'DELETE', `/admin/categories/${child.id}`)).statusCode).toBe(204)
    expect((await call(catalogStaff, 'GET', `/admin/products/${filed.id}`)).json<{ categories: unknown[] }>().categories).toEqual([])
    expect((await call(catalogStaff, 'DELETE', `/admin/categories/${parent.id}`)).statusCode).toBe(204)
    const outbox = await t.services.database.db
      .selectFrom('outbox_event')
      .select('payload')
      .where('topic', '=', 'product.changed')
      .execute()
    expect(outbox.some((e) => JSON.stringify(e.payload).includes(filed.id))).toBe(true)
  })

  it('runs an import as a job: progress to completed; a file with a bad row fails with the row and writes nothing', async () => {
    const start = (csv: string, query = '?fileName=products.csv') =>
      t.app.inject({
        method: 'POST',
        url: `/admin/import-jobs${query}`,
        headers: { ...catalogStaff.headers, 'content-type': 'text/csv' },
        payload: csv,
      })
    const until = async (id: string) => {
      for (let i = 0; i < 400; i++) {
        const job = (await call(catalogStaff, 'GET', `/admin/import-jobs/${id}`)).json<Job>()
        if (job.status === 'completed' || job.status === 'failed') return job
        await new Promise((r) => setTimeout(r, 50))
      }
      throw new Error('import job did not finish')
    }
    const suffix = Date.now()
    const rows = Array.from(
      { length: 150 },
      (_, i) => `job-${suffix}-${i},Job product ${i},Title,Default Title,JOB-${suffix}-${i},3,12.50,active`,
    )
    const accepted = await start([HEADER, ...rows].join('\n'))
    expect(accepted.statusCode, accepted.body).toBe(202)
    const done = await until(accepted.json<Job>().id)
    expect(done).toMatchObject({ status: 'completed', products: 150, done: 150, created: 150, errorCount: 0 })
    const imported = (await t.app.inject(`/store/products/job-${suffix}-149`)).json<{ variants: { prices: { amount: number }[] }[] }>()
    expect(imported.variants[0]!.prices[0]!.amount).toBe(1250)

    const before = await t.services.database.db
      .selectFrom('product')
      .select((eb) => eb.fn.countAll().as('n'))
      .executeTakeFirstOrThrow()
    const bad = await start(
      [
        HEADER,
        `bad-${suffix}-a,Fine,Title,Default Title,BAD-${suffix}-A,1,5.00,active`,
        `bad-${suffix}-b,Broken,Title,Default Title,BAD-${suffix}-B,1,five,active`,
      ].join('\n'),
    )
    const failed = await until(bad.json<Job>().id)
    expect(failed.status).toBe('failed')
    expect(failed.errorCount).toBe(1)
    expect(failed.errors[0]).toMatchObject({ line: 3, column: 'Variant Price' })
    const after = await t.services.database.db
      .selectFrom('product')
      .select((eb) => eb.fn.countAll().as('n'))
      .executeTakeFirstOrThrow()
    expect(Number(after.n)).toBe(Number(before.n))

    const list = (await call(catalogStaff, 'GET', '/admin/import-jobs?limit=1')).json<{ items: Job[]; nextCursor: string | null }>()
    expect(list.items[0]!.id).toBe(failed.id)
    expect(list.nextCursor).not.toBeNull()
    expect((await start('', '')).statusCode).toBe(415)
    expect((await start('x', '?fileName=..%2Fetc')).statusCode).toBe(422)
    expect((await call(owner, 'GET', '/admin/import-jobs/imp_01NOTTHERE')).statusCode).toBe(404)
  })

  it('refuses these routes to callers without the permission, and to anonymous callers', async () => {
    const support = await staffSession(t.app, t.services, 'support')
    const jobs = async () => (await call(owner, 'GET', '/admin/import-jobs?limit=100')).json<{ items: unknown[] }>().items.length
    const jobsBefore = await jobs()
    const collection = (await call(owner, 'POST', '/admin/collections', { handle: `keep-${Date.now()}`, title: 'Kept' })).json<{
      id: string
    }>()
    const category = (await call(owner, 'POST', '/admin/categories', { handle: `keep-${Date.now()}`, name: 'Kept' })).json<{ id: string }>()
    // support reads the catalog but does not change it, and does not import.
    expect((await call(support, 'PATCH', `/admin/collections/${collection.id}`, { title: 'Changed' })).statusCode).toBe(403)
    expect((await call(support, 'DELETE', `/admin/collections/${collection.id}`)).statusCode).toBe(403)
    expect((await call(support, 'DELETE', `/admin/categories/${category.id}`)).statusCode).toBe(403)
    expect((await call(support, 'PATCH', '/admin/stock-locations/loc_default', { name: 'Renamed' })).statusCode).toBe(403)
    expect((await call(support, 'GET', '/admin/import-jobs?limit=5')).statusCode).toBe(403)
    const upload = await t.app.inject({
      method: 'POST',
      url: '/admin/import-jobs',
      headers: { ...support.headers, 'content-type': 'text/csv' },
      payload: `${HEADER}\nx,X,Title,Default Title,X-1,1,1.00,active`,
    })
    expect(upload.statusCode).toBe(403)
    for (const url of ['/admin/inventory?limit=5', '/admin/stock-locations', '/admin/import-jobs?limit=5'])
      expect((await t.app.inject({ url })).statusCode, url).toBe(401)
    // Nothing changed.
    expect(
      (await call(owner, 'GET', '/admin/collections?limit=100')).json<{ items: { id: string; title: string }[] }>().items,
    ).toContainEqual(expect.objectContaining({ id: collection.id, title: 'Kept' }))
    const names = (await call(owner, 'GET', '/admin/stock-locations')).json<{ items: { id: string; name: string }[] }>().items
    expect(names.find((l) => l.id === 'loc_default')!.name).toBe('Main warehouse')
    expect(await jobs()).toBe(jobsBefore)
  })
})
