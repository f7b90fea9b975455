import { Readable } from 'node:stream'
import { Value } from 'typebox/value'
import { describe, expect, it } from 'vitest'
import { Problem } from '../../../problems.js'
import { ProductInput } from '../schemas.js'
import { firstRow, openFixture, openText, productCsv, variantRow, type Cells } from './fixtures/csv-files.js'
import { readProductCsv } from './read-products.js'

async function readAll(open: () => NodeJS.ReadableStream, options: { currency?: string } = {}) {
  const all: { line: number; product: ProductInput }[] = []
  for await (const item of readProductCsv(open, options)) all.push(item)
  return all
}

const products = async (rows: Cells[], options: { currency?: string; header?: string[] } = {}) =>
  (await readAll(openText(productCsv(rows, options)), options)).map((item) => item.product)

const CDN = 'https://cdn.shopify.com/s/files/1/0000/0001/products/'

describe('product csv: reading a Shopify export', () => {
  it('reads a multi-variant, multi-image product and a product without options', async () => {
    const read = await readAll(openFixture('shopify-products.csv'))
    expect(read).toEqual([
      {
        line: 2,
        product: {
          handle: 'classic-tee',
          title: 'Classic Tee',
          descriptionHtml: '<p>Heavyweight cotton, "boxy" fit.</p>\n<ul>\n<li>100% cotton</li>\n</ul>',
          status: 'active',
          brand: 'Acme Apparel',
          productType: 'T-Shirts',
          tags: ['cotton', 'summer', 'basics'],
          seoTitle: 'Classic Tee | Acme',
          seoDescription: 'A heavyweight cotton tee.',
          options: [
            { name: 'Color', values: ['Black', 'White'] },
            { name: 'Size', values: ['S', 'M'] },
          ],
          variants: [
            {
              sku: 'TEE-BLK-S',
              optionValues: ['Black', 'S'],
              weightGrams: 200,
              inventoryQuantity: 12,
              barcode: '0123456789012',
              prices: [{ currency: 'USD', amount: 1999, compareAtAmount: 2500 }],
            },
            {
              sku: 'TEE-BLK-M',
              optionValues: ['Black', 'M'],
              weightGrams: 210,
              inventoryQuantity: 0,
              barcode: null,
              prices: [{ currency: 'USD', amount: 1999, compareAtAmount: 2500 }],
            },
            {
              sku: 'TEE-WHT-S',
              optionValues: ['White', 'S'],
              weightGrams: 200,
              inventoryQuantity: 5,
              barcode: null,
              prices: [{ currency: 'USD', amount: 2100, compareAtAmount: null }],
            },
          ],
          images: [
            { url: `${CDN}tee-black.jpg`, alt: 'Black tee, front' },
            { url: `${CDN}tee-black-back.jpg`, alt: 'Black tee, back' },
            { url: `${CDN}tee-white.jpg` },
            { url: `${CDN}tee-detail.jpg`, alt: 'Stitching detail' },
          ],
        },
      },
      {
        // The first product's Body (HTML) spans lines 2–5 and it has four rows, so the tote starts on line 9.
        line: 9,
        product: {
          handle: 'canvas-tote',
          title: 'Canvas Tote',
          descriptionHtml: '<p>Carries everything.</p>',
          status: 'draft', // Published FALSE, Status empty
          brand: null,
          productType: 'Bags',
          tags: [],
          seoTitle: null,
          seoDescription: null,
          options: [], // Shopify's Title / Default Title
          variants: [
            {
              sku: 'TOTE-1',
              optionValues: [],
              weightGrams: 350,
              inventoryQuantity: 40,
              barcode: null,
              prices: [{ currency: 'USD', amount: 50, compareAtAmount: null }],
            },
          ],
          images: [{ url: `${CDN}tote.jpg` }, { url: '/media/uploads/tote-open.jpg', alt: 'Tote, open' }],
        },
      },
    ])
    for (const { product } of read) expect(Value.Errors(ProductInput, product)).toEqual([])
    // …and that check is not vacuous:
    expect(Value.Check(ProductInput, { ...read[0]!.product, handle: 'Classic Tee' })).toBe(false)
  })

  it('reads the same products from a BOM + CRLF copy of a file', async () => {
    const rows = [firstRow('a', { 'Body (HTML)': '<p>x</p>\n<p>y</p>' }), variantRow('a', 'L'), firstRow('b')]
    const unix = await readAll(openText(productCsv(rows)))
    const windows = await readAll(openText(productCsv(rows, { eol: '\r\n', bom: true })))
    // The CRLF copy's body keeps its CRLF: descriptions are passed through as given.
    expect(
      windows.map(({ line, product }) => ({
        line,
        product: { ...product, descriptionHtml: product.descriptionHtml?.replaceAll('\r\n', '\n') },
      })),
    ).toEqual(unix)
    expect(unix.map((item) => item.line)).toEqual([2, 5])
  })
})

describe('product csv: reading fields', () => {
  it('reads JPY prices as whole yen', async () => {
    const [product] = await products([firstRow('a', { 'Variant Price': '1200', 'Variant Compare At Price': '1500' })], { currency: 'JPY' })
    expect(product!.variants[0]!.prices).toEqual([{ currency: 'JPY', amount: 1200, compareAtAmount: 1500 }])
  })

  it('derives status from Published when Status is empty, and lets Status win', async () => {
    const read = await products([
      firstRow('a', { Published: 'TRUE' }),
      firstRow('b', { Published: 'true', Status: 'archived' }),
      firstRow('c'),
    ])
    expect(read.map((product) => product.status)).toEqual(['active', 'archived', 'draft'])
  })

  it('reads Variant Weight in lb and oz as grams', async () => {
    const header = ['Handle', 'Title', 'Option1 Name', 'Option1 Value', 'Variant Price', 'Variant Weight', 'Variant Weight Unit']
    const rows = [
      {
        Handle: 'a',
        Title: 'A',
        'Option1 Name': 'Size',
        'Option1 Value': 'S',
        'Variant Price': '1',
        'Variant Weight': '2.2',
        'Variant Weight Unit': 'lb',
      },
      { Handle: 'a', 'Option1 Value': 'M', 'Variant Price': '1', 'Variant Weight': '8', 'Variant Weight Unit': 'OZ' },
      { Handle: 'a', 'Option1 Value': 'L', 'Variant Price': '1' },
    ]
    const [product] = await products(rows, { header })
    expect(product!.variants.map((variant) => variant.weightGrams)).toEqual([998, 227, null])
  })

  it('orders images by Image Position and drops a repeated image', async () => {
    const rows = [
      firstRow('a', { 'Image Src': '/media/b.jpg', 'Image Position': '2' }),
      variantRow('a', 'L', { 'Image Src': '/media/b.jpg', 'Image Position': '2' }),
      { Handle: 'a', 'Image Src': '/media/a.jpg', 'Image Position': '1', 'Image Alt Text': 'A' },
    ]
    const [product] = await products(rows)
    expect(product!.images).toEqual([{ url: '/media/a.jpg', alt: 'A' }, { url: '/media/b.jpg' }])
  })

  it('leaves out fields whose columns the file does not have', async () => {
    const read = await products([{ Handle: 'hat', Title: 'Hat', 'Variant Price': '5' }], { header: ['Handle', 'Title', 'Variant Price'] })
    // No Vendor column means "not in this file", not "no brand": an update must not clear it.
    expect(read).toEqual([
      {
        handle: 'hat',
        title: 'Hat',
        status: 'draft',
        options: [],
        variants: [{ optionValues: [], prices: [{ currency: 'USD', amount: 500 }] }],
      },
    ])
  })
})

describe('product csv: reading a bad file', () => {
  it('rejects the first bad row with an import-invalid Problem, after the products before it', async () => {
    const seen: string[] = []
    const read = async () => {
      for await (const { product } of readProductCsv(
        openText(productCsv([firstRow('a'), firstRow('b'), variantRow('b', 'L', { 'Variant Price': '12.345' })])),
      ))
        seen.push(product.handle)
    }
    const error = await read().catch((caught: unknown) => caught)
    expect(error).toBeInstanceOf(Problem)
    expect(error).toMatchObject({
      type: 'import-invalid',
      status: 422,
      errors: [{ pointer: '/lines/4/Variant Price', detail: expect.stringContaining('12.345') }],
    })
    expect(seen).toEqual(['a'])
  })

  it('closes the source when the consumer stops early', async () => {
    const text = productCsv([firstRow('a'), firstRow('b'), firstRow('c')])
    let source: Readable | undefined
    const open = () => (source = Readable.from([text]))
    for await (const { product } of readProductCsv(open)) if (product.handle === 'a') break
    await new Promise((resolve) => setImmediate(resolve))
    expect(source!.destroyed).toBe(true)
  })
})
