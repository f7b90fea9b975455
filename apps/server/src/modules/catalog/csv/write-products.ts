import { Readable } from 'node:stream'
import { pipeline } from 'node:stream/promises'
import { stringify } from 'csv-stringify'
import type { ProductInput } from '../schemas.js'
import { COLUMN_NAMES, EXPORT_COLUMNS, type ColumnKey } from './columns.js'
import { currencyExponent, formatMoney } from './money.js'

export type ExportProduct = ProductInput & { id?: string }

const POSITION = new Map(EXPORT_COLUMNS.map((key, i) => [key, i]))

/**
 * Writes products in Shopify's layout: the first row of a handle carries the product fields and its
 * first variant and image; each further row carries the next variant and/or the next image. Prices are
 * the `currency` price of each variant, in that currency's decimals.
 *
 * Streams: one product is in memory at a time and `out` is written with backpressure, then ended.
 * Resolves to the number of data rows written (the header not counted). Rejects, and destroys `out`,
 * for a product the format cannot express (a variant without a price in `currency`, a tag containing
 * a comma), so a partial file never looks like a complete export.
 */
export async function writeProductCsv(
  products: AsyncIterable<ExportProduct> | Iterable<ExportProduct>,
  out: NodeJS.WritableStream,
  options: { currency?: string } = {},
): Promise<number> {
  const currency = options.currency ?? 'USD'
  const exponent = currencyExponent(currency)
  let rows = 0
  async function* records() {
    for await (const product of products) {
      for (const record of productRows(product, currency, exponent)) {
        rows++
        yield record
      }
    }
  }
  await pipeline(
    Readable.from(records()),
    stringify({
      header: true,
      columns: EXPORT_COLUMNS.map((key) => COLUMN_NAMES[key]),
      // Quote any field holding \n, \r\n or \r, so a multi-line Body (HTML) stays one field.
      quote_record_delimiter: true,
    }),
    out,
  )
  return rows
}

function* productRows(product: ExportProduct, currency: string, exponent: number): Generator<string[]> {
  const label = product.id ? `${product.handle} (${product.id})` : product.handle
  const options = product.options ?? []
  const images = product.images ?? []
  const rowCount = Math.max(product.variants.length, images.length, 1)
  for (let i = 0; i < rowCount; i++) {
    const cells: string[] = new Array(EXPORT_COLUMNS.length).fill('')
    const set = (key: ColumnKey, value: string | number | null | undefined) => {
      if (value !== null && value !== undefined) cells[POSITION.get(key)!] = String(value)
    }
    set('handle', product.handle)
    if (i === 0) {
      const status = product.status ?? 'draft'
      set('title', product.title)
      set('body', product.descriptionHtml)
      set('vendor', product.brand)
      set('type', product.productType)
      set('tags', tagsCell(product.tags ?? [], label))
      set('published', status === 'active' ? 'TRUE' : 'FALSE')
      set('status', status)
      set('seoTitle', product.seoTitle)
      set('seoDescription', product.seoDescription)
      // Shopify spells "no options" as an option Title with the value Default Title.
      const names = options.length > 0 ? options.map((option) => option.name) : ['Title']
      names.forEach((name, n) => set((['option1Name', 'option2Name', 'option3Name'] as const)[n]!, name))
    }
    const variant = product.variants[i]
    if (variant) {
      const values = options.length > 0 ? (variant.optionValues ?? []) : ['Default Title']
      values.forEach((value, n) => set((['option1Value', 'option2Value', 'option3Value'] as const)[n]!, value))
      const price = variant.prices.find((candidate) => candidate.currency === currency)
      if (!price) throw new Error(`Product ${label}: variant ${variant.sku ?? i + 1} has no ${currency} price to export`)
      set('sku', variant.sku)
      set('grams', variant.weightGrams)
      set('inventoryQty', variant.inventoryQuantity)
      set('price', formatMoney(price.amount, exponent))
      if (price.compareAtAmount !== null && price.compareAtAmount !== undefined)
        set('compareAtPrice', formatMoney(price.compareAtAmount, exponent))
      set('barcode', variant.barcode)
    }
    const image = images[i]
    if (image) {
      set('imageSrc', image.url)
      set('imagePosition', i + 1)
      set('imageAlt', image.alt)
    }
    yield cells
  }
}

/** The Tags cell is comma-separated, so a tag with a comma would come back as two tags. */
function tagsCell(tags: string[], label: string): string {
  const bad = tags.find((tag) => tag.includes(','))
  if (bad !== undefined) throw new Error(`Product ${label}: tag "${bad}" contains a comma, which the Tags column cannot hold`)
  return tags.join(', ')
}
