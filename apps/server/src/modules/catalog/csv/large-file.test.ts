import { createReadStream, createWriteStream } from 'node:fs'
import { rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { setFlagsFromString } from 'node:v8'
import { runInNewContext } from 'node:vm'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { readProductCsv, validateProductCsv } from './read-products.js'
import { writeProductCsv, type ExportProduct } from './write-products.js'

const PRODUCTS = 10_000
const ROWS = 50_000 // 5 rows a product: 4 variants, 5 images
const MAX_HEAP_GROWTH = 150 * 1024 * 1024

// A forced collection before each reading makes heapUsed mean "live objects", not "garbage not yet collected".
setFlagsFromString('--expose-gc')
const gc = runInNewContext('gc') as () => void

const file = join(tmpdir(), `product-csv-${process.pid}-${Date.now()}.csv`)

function* catalogue(): Generator<ExportProduct> {
  const body = `<p>${'Soft, durable and made to last. '.repeat(12)}</p>\n<ul>\n<li>Machine washable</li>\n</ul>`
  for (let p = 0; p < PRODUCTS; p++) {
    yield {
      handle: `product-${p}`,
      title: `Product ${p}`,
      descriptionHtml: body,
      status: p % 3 === 0 ? 'draft' : 'active',
      brand: `Brand ${p % 50}`,
      productType: 'Shirts',
      tags: ['cotton', `batch-${p % 100}`],
      seoTitle: null,
      seoDescription: null,
      options: [{ name: 'Size', values: ['S', 'M', 'L', 'XL'] }],
      variants: ['S', 'M', 'L', 'XL'].map((size, v) => ({
        sku: `P${p}-${size}`,
        optionValues: [size],
        weightGrams: 200 + v,
        barcode: null,
        inventoryQuantity: v,
        prices: [{ currency: 'USD', amount: 1999 + v, compareAtAmount: null }],
      })),
      images: Array.from({ length: 5 }, (_, i) => ({ url: `https://cdn.example.com/p/${p}/${i}.jpg`, alt: `Product ${p}, view ${i + 1}` })),
    }
  }
}

const mb = (bytes: number) => Math.round((bytes / 1024 / 1024) * 10) / 10

describe('product csv: a 50,000-row file', () => {
  beforeAll(async () => {
    const rows = await writeProductCsv(catalogue(), createWriteStream(file))
    expect(rows).toBe(ROWS)
  }, 120_000)

  afterAll(() => rm(file, { force: true }))

  it('validates and reads with bounded heap growth', async () => {
    const open = () => createReadStream(file)
    gc()
    const before = process.memoryUsage().heapUsed
    let peak = before
    const sample = () => {
      peak = Math.max(peak, process.memoryUsage().heapUsed)
    }
    // Validation gives no per-row callback, so sample on a timer; reading samples per product as well.
    const timer = setInterval(sample, 5)
    const started = performance.now()

    const report = await validateProductCsv(open)
    const validated = performance.now()
    let products = 0
    let variants = 0
    for await (const { product } of readProductCsv(open)) {
      products++
      variants += product.variants.length
      if (products % 500 === 0) sample()
    }
    const read = performance.now()
    clearInterval(timer)
    sample()
    gc()
    const after = process.memoryUsage().heapUsed

    console.info(
      `50,000 rows: validate ${Math.round(validated - started)} ms, read ${Math.round(read - validated)} ms; ` +
        `heap before ${mb(before)} MB, peak growth ${mb(peak - before)} MB, retained growth ${mb(after - before)} MB`,
    )
    expect(report).toEqual({ rows: ROWS, products: PRODUCTS, errors: [], errorCount: 0 })
    expect({ products, variants }).toEqual({ products: PRODUCTS, variants: PRODUCTS * 4 })
    expect(peak - before).toBeLessThan(MAX_HEAP_GROWTH)
    expect(after - before).toBeLessThan(MAX_HEAP_GROWTH)
  }, 120_000)
})
