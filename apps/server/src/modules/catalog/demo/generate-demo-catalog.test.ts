import { mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { isValidEan13 } from './barcode.js'
import { writeDemoImages } from './demo-images.js'
import { demoProducts, generateDemoCatalog, type DemoCatalog, type DemoProduct } from './generate-demo-catalog.js'

const HANDLE = /^[a-z0-9]+(?:-[a-z0-9]+)*$/

const allVariants = (products: readonly DemoProduct[]) => products.flatMap((product) => product.variants)

function duplicatesOf(values: Iterable<string>): string[] {
  const seen = new Set<string>()
  const duplicates: string[] = []
  for (const value of values) {
    if (seen.has(value)) duplicates.push(value)
    seen.add(value)
  }
  return duplicates
}

describe('demo catalog: shape and defaults', () => {
  const catalog = generateDemoCatalog()

  it('generates at least 500 products by default', () => {
    expect(catalog.products.length).toBeGreaterThanOrEqual(500)
  })

  it('gives every product a valid, unique handle', () => {
    for (const product of catalog.products) expect(product.handle).toMatch(HANDLE)
    expect(duplicatesOf(catalog.products.map((product) => product.handle))).toEqual([])
  })

  it('gives every variant a unique SKU and a valid EAN-13 barcode', () => {
    const variants = allVariants(catalog.products)
    expect(duplicatesOf(variants.map((variant) => variant.sku ?? ''))).toEqual([])
    for (const variant of variants) expect(isValidEan13(variant.barcode ?? ''), variant.barcode ?? 'missing').toBe(true)
  })

  it('prices every variant in both USD and EUR with non-negative integer minor units', () => {
    const isMinorUnits = (amount: number) => Number.isInteger(amount) && amount >= 0
    const problems = allVariants(catalog.products).filter((variant) => {
      const currencies = variant.prices.map((price) => price.currency).sort()
      const badAmount = variant.prices.some(
        (price) =>
          !isMinorUnits(price.amount) ||
          (price.compareAtAmount != null && (!isMinorUnits(price.compareAtAmount) || price.compareAtAmount <= price.amount)),
      )
      return currencies.join() !== 'EUR,USD' || badAmount
    })
    expect(problems).toEqual([])
  })

  it('gives every variant one option value per product option', () => {
    for (const product of catalog.products) {
      for (const variant of product.variants) expect(variant.optionValues?.length ?? 0).toBe(product.options?.length ?? 0)
    }
  })

  it('only refers to categories and collections that exist', () => {
    const categoryHandles = new Set(catalog.categories.map((category) => category.handle))
    const collectionHandles = new Set(catalog.collections.map((collection) => collection.handle))
    for (const product of catalog.products) {
      expect(product.categoryHandles?.length).toBeGreaterThan(0)
      for (const handle of product.categoryHandles ?? []) expect(categoryHandles.has(handle), handle).toBe(true)
      for (const handle of product.collectionHandles ?? []) expect(collectionHandles.has(handle), handle).toBe(true)
    }
    for (const collection of catalog.collections) {
      expect(
        catalog.products.some((product) => product.collectionHandles?.includes(collection.handle)),
        collection.handle,
      ).toBe(true)
    }
  })

  it('lists categories parents-first, with unique handles', () => {
    const listed = new Set<string>()
    for (const category of catalog.categories) {
      expect(category.handle).toMatch(HANDLE)
      if (category.parentHandle) expect(listed.has(category.parentHandle), `${category.handle} before ${category.parentHandle}`).toBe(true)
      expect(listed.has(category.handle)).toBe(false)
      listed.add(category.handle)
    }
  })

  it('has a category path at least three levels deep', () => {
    const parentOf = new Map(catalog.categories.map((category) => [category.handle, category.parentHandle ?? null]))
    const depth = (handle: string): number => {
      const parent = parentOf.get(handle)
      return parent ? 1 + depth(parent) : 1
    }
    expect(Math.max(...catalog.categories.map((category) => depth(category.handle)))).toBeGreaterThanOrEqual(3)
  })

  it('uses at least five brands', () => {
    expect(new Set(catalog.products.map((product) => product.brand)).size).toBeGreaterThanOrEqual(5)
  })

  it('mostly publishes products, keeping a few drafts, sold-out variants and sale prices', () => {
    const drafts = catalog.products.filter((product) => product.status === 'draft').length
    expect(drafts).toBeGreaterThan(0)
    expect(drafts / catalog.products.length).toBeLessThan(0.12)
    const variants = allVariants(catalog.products)
    expect(variants.some((variant) => variant.inventoryQuantity === 0)).toBe(true)
    for (const variant of variants) expect(variant.inventoryQuantity).toBeGreaterThanOrEqual(0)
    for (const variant of variants) expect(variant.inventoryQuantity).toBeLessThanOrEqual(200)
    expect(variants.some((variant) => variant.prices.some((price) => price.compareAtAmount != null))).toBe(true)
  })

  it('describes products with safe, simple HTML, SEO text and 1-3 local images with alt text', () => {
    for (const product of catalog.products) {
      expect(product.descriptionHtml).toMatch(/^<p>/)
      expect(product.descriptionHtml).not.toMatch(/<(?!\/?(p|ul|li)>)/)
      expect(product.seoTitle).toBeTruthy()
      expect(product.seoDescription?.length).toBeLessThanOrEqual(160)
      expect(product.images?.length).toBeGreaterThanOrEqual(1)
      expect(product.images?.length).toBeLessThanOrEqual(3)
      for (const image of product.images ?? []) {
        expect(image.url).toMatch(/^\/media\/demo\/[a-z0-9-]+\.svg$/)
        expect(image.alt).toContain(product.title)
      }
    }
  })
})

describe('demo catalog: determinism and scale', () => {
  it('produces the same catalog for the same seed', () => {
    const first = JSON.stringify(generateDemoCatalog({ count: 300, seed: 7 }))
    const second = JSON.stringify(generateDemoCatalog({ count: 300, seed: 7 }))
    expect(second).toBe(first)
  })

  it('produces a different catalog for a different seed', () => {
    const first = generateDemoCatalog({ count: 50, seed: 1 }).products.map((product) => product.handle)
    const second = generateDemoCatalog({ count: 50, seed: 2 }).products.map((product) => product.handle)
    expect(second).not.toEqual(first)
  })

  it('streams the same products that the catalog holds, and a bigger count keeps the smaller one as a prefix', () => {
    const streamed = JSON.stringify([...demoProducts(120, 99)])
    expect(JSON.stringify(generateDemoCatalog({ count: 120, seed: 99 }).products)).toBe(streamed)
    expect(JSON.stringify(generateDemoCatalog({ count: 200, seed: 99 }).products.slice(0, 120))).toBe(streamed)
  })

  it('keeps handles, SKUs and barcodes unique at 20,000 products', () => {
    const handles = new Set<string>()
    const skus = new Set<string>()
    const barcodes = new Set<string>()
    let variantCount = 0
    const invalidHandles: string[] = []
    for (const product of demoProducts(20_000, 3)) {
      if (!HANDLE.test(product.handle)) invalidHandles.push(product.handle)
      handles.add(product.handle)
      for (const variant of product.variants) {
        variantCount++
        skus.add(variant.sku ?? '')
        barcodes.add(variant.barcode ?? '')
      }
    }
    expect(invalidHandles).toEqual([])
    expect(handles.size).toBe(20_000)
    expect(skus.size).toBe(variantCount)
    expect(barcodes.size).toBe(variantCount)
  })

  it('rejects a negative or fractional count', () => {
    expect(() => generateDemoCatalog({ count: -1 })).toThrow(RangeError)
    expect(() => generateDemoCatalog({ count: 1.5 })).toThrow(RangeError)
  })
})

describe('demo catalog: images', () => {
  let mediaDir: string
  let catalog: DemoCatalog

  beforeAll(async () => {
    mediaDir = await mkdtemp(join(tmpdir(), 'shopstack-demo-images-'))
    catalog = generateDemoCatalog({ count: 40, seed: 11 })
  })

  afterAll(async () => {
    await rm(mediaDir, { recursive: true, force: true })
  })

  it('writes every referenced image as a valid-looking 800×800 SVG', async () => {
    const result = await writeDemoImages(mediaDir, catalog.products)
    const expected = new Set(
      catalog.products.flatMap((product) => (product.images ?? []).map((image) => image.url.replace('/media/demo/', ''))),
    )
    expect(result).toEqual({ written: expected.size, skipped: 0 })
    expect(new Set(await readdir(join(mediaDir, 'demo')))).toEqual(expected)

    const product = catalog.products[0] as DemoProduct
    const svg = await readFile(join(mediaDir, 'demo', (product.images?.[0]?.url ?? '').replace('/media/demo/', '')), 'utf8')
    expect(svg).toMatch(/^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg" width="800" height="800" viewBox="0 0 800 800"/)
    expect(svg.trimEnd()).toMatch(/<\/svg>$/)
    expect(svg).toContain('<linearGradient')
    expect(svg).not.toMatch(/https?:\/\/(?!www\.w3\.org\/2000\/svg)/)
  })

  it('escapes titles so the SVG stays well-formed', async () => {
    const products = [{ handle: 'odd-title', title: 'Salt & Pepper <Mill> "Deluxe"', images: [{ url: '/media/demo/odd-title.svg' }] }]
    await writeDemoImages(mediaDir, products)
    const svg = await readFile(join(mediaDir, 'demo', 'odd-title.svg'), 'utf8')
    expect(svg).toContain('Salt &amp; Pepper &lt;Mill&gt; &quot;Deluxe&quot;')
    expect(svg).not.toContain('<Mill>')
  })

  it('skips files that already exist and ignores URLs outside /media/demo', async () => {
    const existing = join(mediaDir, 'demo', 'kept.svg')
    await writeFile(existing, '<svg>custom</svg>')
    const result = await writeDemoImages(mediaDir, [
      { handle: 'kept', title: 'Kept', images: [{ url: '/media/demo/kept.svg' }] },
      { handle: 'elsewhere', title: 'Elsewhere', images: [{ url: 'https://cdn.example.com/a.svg' }, { url: '/media/demo/../escape.svg' }] },
    ])
    expect(result).toEqual({ written: 0, skipped: 1 })
    expect(await readFile(existing, 'utf8')).toBe('<svg>custom</svg>')
  })
})
