import { Writable } from 'node:stream'
import { parse } from 'csv-parse/sync'
import { describe, expect, it } from 'vitest'
import { openFixture, openText } from './fixtures/csv-files.js'
import { readProductCsv, validateProductCsv } from './read-products.js'
import { writeProductCsv, type ExportProduct } from './write-products.js'

/** Writes to a string, as an HTTP response would receive it. */
async function written(products: Iterable<ExportProduct> | AsyncIterable<ExportProduct>, options: { currency?: string } = {}) {
  const chunks: Buffer[] = []
  const out = new Writable({
    write(chunk: Buffer, _encoding, done) {
      chunks.push(chunk)
      done()
    },
  })
  const rows = await writeProductCsv(products, out, options)
  return { rows, text: Buffer.concat(chunks).toString('utf8') }
}

async function readBack(text: string, options: { currency?: string } = {}) {
  const all = []
  for await (const { product } of readProductCsv(openText(text), options)) all.push(product)
  return all
}

const usd = (amount: number, compareAtAmount: number | null = null) => [{ currency: 'USD', amount, compareAtAmount }]

/** Products in the shape readProductCsv gives for a file with every column, so equality is exact. */
const catalogue: ExportProduct[] = [
  {
    id: 'prod_1',
    handle: 'trail-jacket',
    title: 'Trail Jacket, "waterproof"',
    descriptionHtml: '<p>Seam-sealed.</p>\n<p>Packs into its pocket.</p>',
    status: 'active',
    brand: 'Northwind',
    productType: 'Jackets',
    tags: ['outdoor', 'rain'],
    seoTitle: 'Trail Jacket',
    seoDescription: null,
    options: [
      { name: 'Color', values: ['Olive', 'Navy'] },
      { name: 'Size', values: ['M', 'L'] },
    ],
    variants: [
      {
        sku: 'TJ-OLV-M',
        optionValues: ['Olive', 'M'],
        weightGrams: 540,
        barcode: '4006381333931',
        inventoryQuantity: 3,
        prices: usd(12999, 15000),
      },
      {
        sku: 'TJ-OLV-L',
        optionValues: ['Olive', 'L'],
        weightGrams: 560,
        barcode: null,
        inventoryQuantity: 0,
        prices: [...usd(12999), { currency: 'EUR', amount: 11999, compareAtAmount: null }],
      },
      { sku: 'TJ-NVY-M', optionValues: ['Navy', 'M'], weightGrams: null, barcode: null, inventoryQuantity: 7, prices: usd(5) },
    ],
    images: [
      { url: '/media/jacket-olive.jpg', alt: 'Olive, front' },
      { url: 'https://cdn.example.com/jacket-navy.jpg' },
      { url: '/media/a.jpg' },
      { url: '/media/b.jpg', alt: 'Hood' },
    ],
  },
  {
    handle: 'gift-wrap',
    title: 'Gift wrap',
    descriptionHtml: '',
    status: 'archived',
    brand: null,
    productType: null,
    tags: [],
    seoTitle: null,
    seoDescription: null,
    options: [],
    variants: [{ sku: null, optionValues: [], weightGrams: 0, barcode: null, inventoryQuantity: 100, prices: usd(0) }],
    images: [],
  },
]

/** What a file can hold: no id column, and one currency (the EUR price stays behind). */
const asReadBack = (products: ExportProduct[], currency = 'USD') =>
  products.map(({ id: _id, ...product }) => ({
    ...product,
    variants: product.variants.map((variant) => ({ ...variant, prices: variant.prices.filter((price) => price.currency === currency) })),
  }))

describe('product csv: writing', () => {
  it('writes a file that validates cleanly and reads back to equal products', async () => {
    const { rows, text } = await written(catalogue)
    expect(rows).toBe(5) // 4 rows for 3 variants and 4 images, 1 for the gift wrap
    expect(await validateProductCsv(openText(text))).toEqual({ rows: 5, products: 2, errors: [], errorCount: 0 })
    expect(await readBack(text)).toEqual(asReadBack(catalogue))
  })

  it("writes Shopify's row layout: product fields on the first row, then variants and images", async () => {
    const records = parse((await written(catalogue)).text, { columns: true }) as Record<string, string>[]
    expect(Object.keys(records[0]!)).toEqual([
      'Handle',
      'Title',
      'Body (HTML)',
      'Vendor',
      'Type',
      'Tags',
      'Published',
      'Option1 Name',
      'Option1 Value',
      'Option2 Name',
      'Option2 Value',
      'Option3 Name',
      'Option3 Value',
      'Variant SKU',
      'Variant Grams',
      'Variant Inventory Qty',
      'Variant Price',
      'Variant Compare At Price',
      'Variant Barcode',
      'Image Src',
      'Image Position',
      'Image Alt Text',
      'SEO Title',
      'SEO Description',
      'Status',
    ])
    expect(records[0]).toMatchObject({
      Handle: 'trail-jacket',
      Title: 'Trail Jacket, "waterproof"',
      Tags: 'outdoor, rain',
      Published: 'TRUE',
      Status: 'active',
      'Option1 Name': 'Color',
      'Variant Price': '129.99',
      'Variant Compare At Price': '150.00',
      'Image Position': '1',
    })
    expect(records[2]).toMatchObject({
      Handle: 'trail-jacket',
      Title: '',
      'Option1 Name': '',
      'Option1 Value': 'Navy',
      'Variant Price': '0.05',
      'Variant Grams': '',
      'Image Src': '/media/a.jpg',
      'Image Position': '3',
    })
    // More images than variants: an image-only row.
    expect(Object.entries(records[3]!).filter(([, value]) => value !== '')).toEqual([
      ['Handle', 'trail-jacket'],
      ['Image Src', '/media/b.jpg'],
      ['Image Position', '4'],
      ['Image Alt Text', 'Hood'],
    ])
    // No options: Shopify's Title / Default Title, and Published FALSE for anything not active.
    expect(records[4]).toMatchObject({
      Handle: 'gift-wrap',
      'Option1 Name': 'Title',
      'Option1 Value': 'Default Title',
      Published: 'FALSE',
      Status: 'archived',
      'Variant Price': '0.00',
    })
  })

  it('writes JPY prices with no decimals, reading back equal', async () => {
    const product: ExportProduct = {
      ...catalogue[1]!,
      handle: 'tenugui',
      variants: [{ ...catalogue[1]!.variants[0]!, prices: [{ currency: 'JPY', amount: 1200, compareAtAmount: null }] }],
    }
    const { text } = await written([product], { currency: 'JPY' })
    expect(text).toContain(',1200,')
    expect(await readBack(text, { currency: 'JPY' })).toEqual([product])
  })

  it('writes from an async iterable, as a database cursor would give products', async () => {
    async function* cursor() {
      yield* catalogue
    }
    expect((await written(cursor())).rows).toBe(5)
  })

  it('re-exports a Shopify export so that it reads back the same', async () => {
    const original = []
    for await (const { product } of readProductCsv(openFixture('shopify-products.csv'))) original.push(product)
    expect(await readBack((await written(original)).text)).toEqual(original)
  })

  it('rejects a variant with no price in the export currency, and a tag containing a comma', async () => {
    await expect(written(catalogue, { currency: 'GBP' })).rejects.toThrow('trail-jacket (prod_1): variant TJ-OLV-M has no GBP price')
    await expect(written([{ ...catalogue[1]!, tags: ['a,b'] }])).rejects.toThrow('contains a comma')
  })
})
