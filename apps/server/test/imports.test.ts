import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createTestApp, onBackends, type TestApp } from './test-app.js'
import { staffSession, type Credentials } from './sessions.js'

const HEADER =
  'Handle,Title,Body (HTML),Vendor,Type,Tags,Published,Option1 Name,Option1 Value,Variant SKU,Variant Grams,Variant Inventory Qty,Variant Price,Variant Compare At Price,Image Src,Image Alt Text,Status'

const goodFile = (suffix: string, price = '24.00') =>
  [
    HEADER,
    `linen-shirt-${suffix},Linen Shirt,"<p>Cool <b>linen</b><script>x()</script></p>",Nordvik,Shirts,"linen, summer",TRUE,Size,S,LIN-${suffix}-S,300,4,${price},30.00,/media/demo/linen.svg,Linen shirt front,active`,
    `linen-shirt-${suffix},,,,,,,,M,LIN-${suffix}-M,320,2,26.00,,,,`,
    `canvas-tote-${suffix},Canvas Tote,<p>Sturdy.</p>,Haldor,Bags,,TRUE,Title,Default Title,TOTE-${suffix},500,10,15.50,,,,active`,
  ].join('\n')

describe(`${onBackends}: product CSV import and export`, () => {
  let t: TestApp
  let catalogStaff: Credentials
  const countProducts = async () =>
    Number(
      (
        await t.services.database.db
          .selectFrom('product')
          .select((eb) => eb.fn.countAll().as('n'))
          .executeTakeFirstOrThrow()
      ).n,
    )
  const upload = (csv: string, query = '') =>
    t.app.inject({
      method: 'POST',
      url: `/admin/imports${query}`,
      headers: { ...catalogStaff.headers, 'content-type': 'text/csv' },
      payload: csv,
    })

  beforeAll(async () => {
    t = await createTestApp()
    catalogStaff = await staffSession(t.app, t.services, 'catalog')
  })
  afterAll(() => t?.close())

  it('imports a Shopify CSV: variants, prices in minor units, stock, sanitised descriptions', async () => {
    const res = await upload(goodFile('a'))
    expect(res.statusCode).toBe(200)
    expect(res.json()).toEqual({ rows: 3, products: 2, created: 2, updated: 0, dryRun: false })
    const shirt = (await t.app.inject('/store/products/linen-shirt-a')).json()
    expect(shirt.brand).toBe('Nordvik')
    expect(
      shirt.variants.map((v: { sku: string; prices: { amount: number }[]; available: number }) => [
        v.sku,
        v.prices[0]!.amount,
        v.available,
      ]),
    ).toEqual([
      ['LIN-a-S', 2400, 4],
      ['LIN-a-M', 2600, 2],
    ])
    expect(shirt.variants[0].prices[0].compareAtAmount).toBe(3000)
    expect(shirt.descriptionHtml).not.toContain('script')
    expect(shirt.images[0]).toMatchObject({ url: '/media/demo/linen.svg', alt: 'Linen shirt front' })
    const tote = (await t.app.inject('/store/products/canvas-tote-a')).json()
    expect(tote.options).toEqual([])
    expect(tote.variants[0].prices[0].amount).toBe(1550)
  })

  it('re-importing the same file updates by handle and creates no duplicates', async () => {
    await upload(goodFile('b'))
    const before = await countProducts()
    const variantsBefore = (await t.app.inject('/store/products/linen-shirt-b')).json().variants.map((v: { id: string }) => v.id)
    const again = await upload(goodFile('b', '25.00'))
    expect(again.json()).toMatchObject({ created: 0, updated: 2 })
    expect(await countProducts()).toBe(before)
    const shirt = (await t.app.inject('/store/products/linen-shirt-b')).json()
    expect(shirt.variants.map((v: { id: string }) => v.id)).toEqual(variantsBefore)
    expect(shirt.variants[0].prices[0].amount).toBe(2500)
  })

  it('imports nothing from a file with one bad row, and names its line and column', async () => {
    const before = await countProducts()
    const lines = goodFile('c').split('\n')
    lines[2] = lines[2]!.replace('26.00', '26.5x')
    const res = await upload(lines.join('\n'))
    expect(res.statusCode).toBe(422)
    expect(res.json().type).toMatch(/import-invalid$/)
    expect(res.json().errors).toEqual([{ pointer: '/lines/3/Variant Price', detail: expect.stringMatching(/price/i) }])
    expect(await countProducts()).toBe(before)
    expect((await t.app.inject('/store/products/linen-shirt-c')).statusCode).toBe(404)
  })

  it('imports nothing when a SKU belongs to another product already', async () => {
    await upload(goodFile('d'))
    const before = await countProducts()
    const clash = [
      HEADER,
      `other-bag-d,Other Bag,,,,,TRUE,Title,Default Title,TOTE-d,1,1,9.99,,,,active`,
      `fresh-bag-d,Fresh Bag,,,,,TRUE,Title,Default Title,FRESH-d,1,1,9.99,,,,active`,
    ].join('\n')
    const res = await upload(clash)
    expect(res.statusCode).toBe(422)
    expect(res.json().errors[0]).toEqual({ pointer: '/lines/2/Variant SKU', detail: 'SKU TOTE-d belongs to product canvas-tote-d' })
    expect(await countProducts()).toBe(before)
  })

  it('checks without writing on a dry run', async () => {
    const before = await countProducts()
    expect((await upload(goodFile('e'), '?dryRun=true')).json()).toMatchObject({ products: 2, created: 0, dryRun: true })
    expect(await countProducts()).toBe(before)
  })

  it('exports products in the same format, and the export imports back unchanged', async () => {
    await upload(goodFile('f'))
    const exported = await t.app.inject({ url: '/admin/exports/products.csv', headers: catalogStaff.headers })
    expect(exported.statusCode).toBe(200)
    expect(exported.headers['content-type']).toContain('text/csv')
    expect(exported.body.split('\n')[0]).toContain('Handle,Title,Body (HTML)')
    expect(exported.body).toContain('linen-shirt-f')
    const before = await countProducts()
    const back = await upload(exported.body)
    expect(back.statusCode).toBe(200)
    expect(back.json().created).toBe(0)
    expect(await countProducts()).toBe(before)
  })

  it('rejects a body that is not CSV with 415', async () => {
    const res = await t.app.inject({ method: 'POST', url: '/admin/imports', headers: catalogStaff.headers, payload: { rows: [] } })
    expect(res.statusCode).toBe(415)
    expect(res.headers['content-type']).toContain('application/problem+json')
  })

  it('refuses support staff, who may not import', async () => {
    const support = await staffSession(t.app, t.services, 'support')
    const res = await t.app.inject({
      method: 'POST',
      url: '/admin/imports',
      headers: { ...support.headers, 'content-type': 'text/csv' },
      payload: goodFile('g'),
    })
    expect(res.statusCode).toBe(403)
  })
})
