import type { ProductInput, VariantInput } from '../schemas.js'
import {
  COLUMN_NAMES,
  IMAGE_COLUMNS,
  OPTION_NAME_COLUMNS,
  OPTION_VALUE_COLUMNS,
  PRODUCT_COLUMNS,
  REQUIRED_COLUMNS,
  VARIANT_COLUMNS,
  mapHeader,
  type ColumnIndex,
  type ColumnKey,
} from './columns.js'
import {
  LIMITS,
  isWeightUnit,
  parseBoolean,
  parseHandle,
  parseImageUrl,
  parseInventory,
  parsePosition,
  parseStatus,
  parseTags,
  toGrams,
  tooLong,
  type Status,
} from './fields.js'
import { currencyExponent, parseMoney, type Parsed } from './money.js'
import { readCsvRecords, type CsvRecord } from './records.js'

/** One thing wrong with the file: the line a record starts on, the column (canonical name) and what is wrong. */
export interface CsvProblem {
  line: number
  column: string
  message: string
}

/** In file order: each problem as soon as it is found, each product once its last row has been read and found clean. */
export type CsvItem = { kind: 'problem'; problem: CsvProblem } | { kind: 'product'; line: number; product: ProductInput }

export interface CsvStats {
  /** Data records read (blank lines and the header not counted). */
  rows: number
  /** Distinct handles. */
  products: number
}

/**
 * The one pass both validation and import use, so they cannot disagree about a file.
 * Memory: the current product's rows, plus a handle → first line and a SKU → line map for the
 * whole-file checks (those grow with the catalogue, not with row or description size).
 * A CsvSyntaxError from readCsvRecords passes through: after broken quoting nothing can be trusted.
 */
export async function* groupProductRows(open: () => NodeJS.ReadableStream, currency: string, stats: CsvStats): AsyncGenerator<CsvItem> {
  const exponent = currencyExponent(currency) // a bad currency fails before the file is opened
  let grouper: ProductGrouper | undefined
  for await (const record of readCsvRecords(open)) {
    if (grouper) {
      yield* grouper.push(record)
      continue
    }
    const header = mapHeader(record.cells)
    for (const { column, message } of header.problems) yield { kind: 'problem', problem: { line: record.line, column, message } }
    if (REQUIRED_COLUMNS.some((key) => header.index[key] === undefined)) return
    grouper = new ProductGrouper(header.index, record.cells.length, currency, exponent, stats)
  }
  if (grouper) {
    yield* grouper.end()
    return
  }
  // No header at all: say which columns the file needs.
  for (const { column } of mapHeader([]).problems)
    yield { kind: 'problem', problem: { line: 1, column, message: 'column is missing: the file is empty' } }
}

/** The cells of one record, looked up by column key. */
class Row {
  constructor(
    readonly line: number,
    readonly cells: readonly string[],
    private readonly index: ColumnIndex,
  ) {}

  has(key: ColumnKey): boolean {
    return this.index[key] !== undefined
  }

  /** Untrimmed, for Body (HTML), which is passed through as given. */
  raw(key: ColumnKey): string {
    const position = this.index[key]
    return position === undefined ? '' : (this.cells[position] ?? '')
  }

  text(key: ColumnKey): string {
    return this.raw(key).trim()
  }
}

interface Group {
  handle: string
  line: number
  first: Row
  /** A problem was found: the product is checked to the end but never yielded. */
  bad: boolean
  /** A handle met again after other handles: its rows are checked cell by cell only. */
  orphan: boolean
  product: ProductInput
  optionNames: string[]
  optionValues: Set<string>[]
  /** Option-value combination → the line that has it. */
  combos: Map<string, number>
  variantCount: number
  images: { url: string; alt?: string; position?: number }[]
  imageUrls: Set<string>
}

class ProductGrouper {
  private readonly firstLineByHandle = new Map<string, number>()
  private readonly lineBySku = new Map<string, number>()
  private group: Group | null = null
  private out: CsvItem[] = []

  constructor(
    private readonly index: ColumnIndex,
    private readonly headerLength: number,
    private readonly currency: string,
    private readonly exponent: number,
    private readonly stats: CsvStats,
  ) {}

  push(record: CsvRecord): CsvItem[] {
    this.stats.rows++
    const row = new Row(record.line, record.cells, this.index)
    this.route(row)
    if (record.cells.length > this.headerLength && record.cells.slice(this.headerLength).some((cell) => cell.trim() !== '')) {
      this.problem(
        row,
        `Column ${this.headerLength + 1}`,
        `has a value but the header has only ${this.headerLength} columns; a field containing a comma must be quoted`,
      )
    }
    return this.flush()
  }

  end(): CsvItem[] {
    this.finishGroup()
    return this.flush()
  }

  private flush(): CsvItem[] {
    const items = this.out
    this.out = []
    return items
  }

  private route(row: Row) {
    const handle = row.text('handle')
    if (handle === '') {
      this.problem(row, 'handle', "is required on every row, including a product's extra variant and image rows")
      return
    }
    const group = this.group
    if (group && group.handle === handle) {
      if (group.orphan) this.checkCells(group, row)
      else this.laterRow(group, row)
      return
    }
    this.finishGroup()
    const firstLine = this.firstLineByHandle.get(handle)
    if (firstLine !== undefined) {
      this.group = this.newGroup(handle, row, true)
      this.problem(row, 'handle', `"${handle}" already appeared on line ${firstLine}: all rows of a product must be next to each other`)
      this.checkCells(this.group, row)
      return
    }
    this.firstLineByHandle.set(handle, row.line)
    this.stats.products++
    this.group = this.newGroup(handle, row, false)
    this.check(row, 'handle', parseHandle(handle))
    this.firstRow(this.group, row)
  }

  private newGroup(handle: string, row: Row, orphan: boolean): Group {
    return {
      handle,
      line: row.line,
      first: row,
      bad: orphan,
      orphan,
      product: { handle, title: '', variants: [] },
      optionNames: [],
      optionValues: [],
      combos: new Map(),
      variantCount: 0,
      images: [],
      imageUrls: new Set(),
    }
  }

  /** The first row of a handle: product fields and option names, then its first variant and maybe an image. */
  private firstRow(group: Group, row: Row) {
    const product = group.product
    const title = row.text('title')
    if (title === '') this.problem(row, 'title', 'is required on the first row of a product')
    else this.limit(row, 'title', title, LIMITS.title)
    product.title = title

    if (row.has('body')) {
      const body = row.raw('body')
      this.limit(row, 'body', body, LIMITS.body)
      product.descriptionHtml = body
    }
    if (row.has('vendor')) product.brand = this.nullableText(row, 'vendor', LIMITS.brand)
    if (row.has('type')) product.productType = this.nullableText(row, 'type', LIMITS.productType)
    if (row.has('tags')) product.tags = row.text('tags') === '' ? [] : (this.check(row, 'tags', parseTags(row.text('tags'))) ?? [])
    if (row.has('seoTitle')) product.seoTitle = this.nullableText(row, 'seoTitle', LIMITS.seoTitle)
    if (row.has('seoDescription')) product.seoDescription = this.nullableText(row, 'seoDescription', LIMITS.seoDescription)
    product.status = this.status(row)

    const names = OPTION_NAME_COLUMNS.map((key) => row.text(key))
    const count = names.findLastIndex((name) => name !== '') + 1
    names.slice(0, count).forEach((name, i) => {
      const key = OPTION_NAME_COLUMNS[i]!
      if (name === '') return this.problem(row, key, `is required because Option${count} Name is filled`)
      this.limit(row, key, name, LIMITS.optionName)
      const same = names.slice(0, i).findIndex((earlier) => earlier.toLowerCase() === name.toLowerCase())
      if (same >= 0) this.problem(row, key, `"${name}" repeats Option${same + 1} Name`)
    })
    group.optionNames = names.slice(0, count)
    group.optionValues = group.optionNames.map(() => new Set())

    this.variant(group, row)
    this.image(group, row)
  }

  /** A Status cell wins; without one, Published TRUE means active and anything else draft (Shopify's rule). */
  private status(row: Row): Status {
    const published = row.text('published') === '' ? undefined : this.check(row, 'published', parseBoolean(row.text('published')))
    const status = row.text('status') === '' ? undefined : this.check(row, 'status', parseStatus(row.text('status')))
    return status ?? (published === true ? 'active' : 'draft')
  }

  private laterRow(group: Group, row: Row) {
    for (const key of PRODUCT_COLUMNS) {
      const value = key === 'body' ? row.raw(key) : row.text(key)
      // Repeating the first row's value is harmless (spreadsheet fill-down); a different one is ambiguous.
      if (value.trim() === '' || value === (key === 'body' ? group.first.raw(key) : group.first.text(key))) continue
      this.problem(row, key, `belongs on the first row of "${group.handle}" (line ${group.line}); leave it empty on later rows`)
    }
    const isVariant = this.filled(row, VARIANT_COLUMNS)
    const isImage = this.filled(row, IMAGE_COLUMNS)
    if (isVariant) this.variant(group, row)
    if (isImage) this.image(group, row)
    if (!isVariant && !isImage) this.problem(row, 'price', 'is required: this row has neither a variant nor an image')
  }

  /** A repeated handle's rows: the cell checks still run so one pass reports everything, but nothing is grouped. */
  private checkCells(group: Group, row: Row) {
    if (row === group.first || this.filled(row, VARIANT_COLUMNS)) this.variant(group, row)
    this.image(group, row)
  }

  private variant(group: Group, row: Row) {
    group.variantCount++
    if (group.variantCount === LIMITS.variants + 1 && !group.orphan) {
      this.problem(row, 'handle', `"${group.handle}" has more than ${LIMITS.variants} variants`)
    }
    const variant: VariantInput = { optionValues: group.orphan ? [] : this.optionValues(group, row), prices: [] }

    if (row.has('sku')) {
      const sku = row.text('sku')
      variant.sku = sku === '' ? null : sku
      if (sku !== '' && this.limit(row, 'sku', sku, LIMITS.sku)) {
        const earlier = this.lineBySku.get(sku)
        if (earlier !== undefined) this.problem(row, 'sku', `"${sku}" is already used on line ${earlier}`)
        else this.lineBySku.set(sku, row.line)
      }
    }
    const weight = this.weight(row)
    if (weight !== undefined) variant.weightGrams = weight
    if (row.text('inventoryQty') !== '') {
      const quantity = this.check(row, 'inventoryQty', parseInventory(row.text('inventoryQty')))
      if (quantity !== undefined) variant.inventoryQuantity = quantity
    }
    if (row.has('barcode')) variant.barcode = this.nullableText(row, 'barcode', LIMITS.barcode)

    const priceText = row.text('price')
    const amount = priceText === '' ? this.problem(row, 'price', 'is required on every variant row') : this.money(row, 'price')
    const price: VariantInput['prices'][number] = { currency: this.currency, amount: amount ?? 0 }
    if (row.has('compareAtPrice'))
      price.compareAtAmount = row.text('compareAtPrice') === '' ? null : (this.money(row, 'compareAtPrice') ?? null)
    variant.prices.push(price)

    if (group.variantCount <= LIMITS.variants) group.product.variants.push(variant)
  }

  /**
   * A variant has exactly one value per option name on the first row, and no two variants of a
   * product share a combination (they would be the same variant).
   */
  private optionValues(group: Group, row: Row): string[] {
    const names = group.optionNames
    const values: string[] = []
    let complete = true
    OPTION_VALUE_COLUMNS.forEach((key, i) => {
      const value = row.text(key)
      if (names[i] === '') {
        complete = false // a gap in the option names, already reported on the first row
      } else if (i < names.length) {
        if (value === '') {
          complete = false
          this.problem(row, key, `is required because Option${i + 1} Name is "${names[i]}" (line ${group.line})`)
        } else {
          complete = this.limit(row, key, value, LIMITS.optionValue) && complete
          values.push(value)
        }
      } else if (value !== '') {
        complete = false
        this.problem(
          row,
          key,
          `"${value}" has no option: Option${i + 1} Name is empty on the first row of "${group.handle}" (line ${group.line})`,
        )
      }
    })
    if (!complete) return values

    const combo = JSON.stringify(values)
    const earlier = group.combos.get(combo)
    if (earlier !== undefined) {
      this.problem(
        row,
        'option1Value',
        names.length === 0
          ? `is empty and "${group.handle}" has no options, so its only variant is on line ${earlier}; name an option on its first row to add more`
          : `repeats the option combination ${values.join(' / ')} of line ${earlier}`,
      )
      return values
    }
    group.combos.set(combo, row.line)
    values.forEach((value, i) => {
      const seen = group.optionValues[i]!
      if (seen.has(value)) return
      seen.add(value)
      // Reported once, at the value that crosses the limit.
      if (seen.size === LIMITS.optionValues + 1)
        this.problem(
          row,
          OPTION_VALUE_COLUMNS[i]!,
          `"${value}" gives Option${i + 1} Name "${names[i]}" more than ${LIMITS.optionValues} values`,
        )
    })
    return values
  }

  /** Variant Grams when filled (Shopify's canonical column), else Variant Weight in Variant Weight Unit. */
  private weight(row: Row): number | null | undefined {
    const grams = row.text('grams')
    if (grams !== '') return this.check(row, 'grams', toGrams(grams, 'g'))
    const weight = row.text('weight')
    if (weight !== '') {
      const unit = row.text('weightUnit').toLowerCase()
      if (unit === '') return this.problem(row, 'weightUnit', 'is required when Variant Weight is filled: g, kg, lb or oz')
      if (!isWeightUnit(unit)) return this.problem(row, 'weightUnit', `"${row.text('weightUnit')}" must be g, kg, lb or oz`)
      return this.check(row, 'weight', toGrams(weight, unit))
    }
    return row.has('grams') || row.has('weight') ? null : undefined
  }

  private image(group: Group, row: Row) {
    const url = row.text('imageSrc')
    const alt = row.text('imageAlt')
    const positionText = row.text('imagePosition')
    if (url === '') {
      if (alt !== '' || positionText !== '') this.problem(row, 'imageSrc', 'is required when Image Alt Text or Image Position is filled')
      return
    }
    this.check(row, 'imageSrc', parseImageUrl(url))
    this.limit(row, 'imageAlt', alt, LIMITS.imageAlt)
    const position = positionText === '' ? undefined : this.check(row, 'imagePosition', parsePosition(positionText))
    // Spreadsheets often repeat an image on every variant row; it is still one image.
    if (group.imageUrls.has(url)) return
    group.imageUrls.add(url)
    if (group.imageUrls.size === LIMITS.images + 1) this.problem(row, 'imageSrc', `"${group.handle}" has more than ${LIMITS.images} images`)
    if (group.imageUrls.size > LIMITS.images) return
    group.images.push({ url, ...(alt !== '' && { alt }), ...(position !== undefined && { position }) })
  }

  private finishGroup() {
    const group = this.group
    this.group = null
    if (!group || group.bad) return
    const product = group.product
    product.options = group.optionNames.map((name, i) => ({ name, values: [...group.optionValues[i]!] }))
    // Shopify's spelling of "no options": one option Title with the one value Default Title.
    const only = product.options.length === 1 ? product.options[0]! : undefined
    if (only && only.name === 'Title' && only.values.length === 1 && only.values[0] === 'Default Title') {
      product.options = []
      for (const variant of product.variants) variant.optionValues = []
    }
    if (this.index.imageSrc !== undefined) {
      // Image Position orders the gallery; images without one keep file order after those with one.
      product.images = group.images
        .map((image, i) => ({ image, i }))
        .sort((a, b) => (a.image.position ?? Infinity) - (b.image.position ?? Infinity) || a.i - b.i)
        .map(({ image: { url, alt } }) => ({ url, ...(alt !== undefined && { alt }) }))
    }
    this.out.push({ kind: 'product', line: group.line, product })
  }

  private filled(row: Row, keys: readonly ColumnKey[]): boolean {
    return keys.some((key) => row.text(key) !== '')
  }

  private nullableText(row: Row, key: ColumnKey, max: number): string | null {
    const text = row.text(key)
    if (text === '') return null
    this.limit(row, key, text, max)
    return text
  }

  private money(row: Row, key: 'price' | 'compareAtPrice'): number | undefined {
    return this.check(row, key, parseMoney(row.text(key), this.exponent, this.currency))
  }

  /** True when within the limit. */
  private limit(row: Row, key: ColumnKey, text: string, max: number): boolean {
    const message = tooLong(text, max)
    if (message) this.problem(row, key, message)
    return !message
  }

  private check<T>(row: Row, key: ColumnKey, parsed: Parsed<T>): T | undefined {
    if (parsed.ok) return parsed.value
    this.problem(row, key, parsed.message)
    return undefined
  }

  /** Records a problem against the current product, which will then not be yielded. Returns undefined for `return this.problem(…)`. */
  private problem(row: Row, column: ColumnKey | `Column ${number}`, message: string): undefined {
    const name = column in COLUMN_NAMES ? COLUMN_NAMES[column as ColumnKey] : column
    this.out.push({ kind: 'problem', problem: { line: row.line, column: name, message } })
    if (this.group) this.group.bad = true
    return undefined
  }
}
