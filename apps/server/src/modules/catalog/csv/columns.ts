/**
 * The Shopify product CSV columns this layer knows. Keys are ours; values are the header text Shopify
 * writes. Errors name columns by these canonical names so messages read the same whatever case the
 * file's header used.
 */
export const COLUMN_NAMES = {
  handle: 'Handle',
  title: 'Title',
  body: 'Body (HTML)',
  vendor: 'Vendor',
  type: 'Type',
  tags: 'Tags',
  published: 'Published',
  option1Name: 'Option1 Name',
  option1Value: 'Option1 Value',
  option2Name: 'Option2 Name',
  option2Value: 'Option2 Value',
  option3Name: 'Option3 Name',
  option3Value: 'Option3 Value',
  sku: 'Variant SKU',
  grams: 'Variant Grams',
  inventoryQty: 'Variant Inventory Qty',
  price: 'Variant Price',
  compareAtPrice: 'Variant Compare At Price',
  barcode: 'Variant Barcode',
  imageSrc: 'Image Src',
  imagePosition: 'Image Position',
  imageAlt: 'Image Alt Text',
  seoTitle: 'SEO Title',
  seoDescription: 'SEO Description',
  status: 'Status',
  // Read only: an alternative to Variant Grams. Shopify itself writes a Weight Unit next to Grams
  // as a display hint, which is why a unit on its own means nothing.
  weight: 'Variant Weight',
  weightUnit: 'Variant Weight Unit',
} as const

export type ColumnKey = keyof typeof COLUMN_NAMES

/** What the writer emits, in Shopify's column order (a subset of a full Shopify export). */
export const EXPORT_COLUMNS: readonly ColumnKey[] = [
  'handle',
  'title',
  'body',
  'vendor',
  'type',
  'tags',
  'published',
  'option1Name',
  'option1Value',
  'option2Name',
  'option2Value',
  'option3Name',
  'option3Value',
  'sku',
  'grams',
  'inventoryQty',
  'price',
  'compareAtPrice',
  'barcode',
  'imageSrc',
  'imagePosition',
  'imageAlt',
  'seoTitle',
  'seoDescription',
  'status',
]

/** Without these no row can be read, so a header lacking one stops validation at line 1. */
export const REQUIRED_COLUMNS: readonly ColumnKey[] = ['handle', 'title', 'price']

export const OPTION_NAME_COLUMNS = ['option1Name', 'option2Name', 'option3Name'] as const
export const OPTION_VALUE_COLUMNS = ['option1Value', 'option2Value', 'option3Value'] as const

/** Product-level columns: filled on the first row of a handle only. */
export const PRODUCT_COLUMNS: readonly ColumnKey[] = [
  'title',
  'body',
  'vendor',
  'type',
  'tags',
  'published',
  'seoTitle',
  'seoDescription',
  'status',
  ...OPTION_NAME_COLUMNS,
]

/** Filling any of these makes a row a variant row (Variant Weight Unit alone does not: see above). */
export const VARIANT_COLUMNS: readonly ColumnKey[] = [
  ...OPTION_VALUE_COLUMNS,
  'sku',
  'grams',
  'weight',
  'inventoryQty',
  'price',
  'compareAtPrice',
  'barcode',
]

export const IMAGE_COLUMNS: readonly ColumnKey[] = ['imageSrc', 'imagePosition', 'imageAlt']

const KEY_BY_HEADER = new Map<string, ColumnKey>(Object.entries(COLUMN_NAMES).map(([key, name]) => [name.toLowerCase(), key as ColumnKey]))

export interface HeaderProblem {
  column: string
  message: string
}

/** Where each known column sits in the file. Matching is case-insensitive and ignores surrounding blanks. */
export type ColumnIndex = Partial<Record<ColumnKey, number>>

export function mapHeader(cells: readonly string[]): { index: ColumnIndex; problems: HeaderProblem[] } {
  const index: ColumnIndex = {}
  const problems: HeaderProblem[] = []
  cells.forEach((cell, position) => {
    const key = KEY_BY_HEADER.get(cell.trim().toLowerCase())
    if (!key) return // unknown columns (Gift Card, Variant Tax Code, …) are Shopify's, not ours
    const earlier = index[key]
    if (earlier !== undefined) {
      problems.push({
        column: COLUMN_NAMES[key],
        message: `appears twice in the header (columns ${earlier + 1} and ${position + 1}); the first is used`,
      })
      return
    }
    index[key] = position
  })
  for (const key of REQUIRED_COLUMNS) {
    if (index[key] === undefined) problems.push({ column: COLUMN_NAMES[key], message: 'column is missing from the header row' })
  }
  return { index, problems }
}
