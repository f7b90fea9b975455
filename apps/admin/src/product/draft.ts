import { decimalAmount, type ResponseBody } from '@shopstack/sdk'

export type ProductView = ResponseBody<'/admin/products/{productId}', 'get'>
export type ProductStatus = ProductView['status']

export interface OptionDraft {
  name: string
  values: string[]
}

export interface VariantDraft {
  /** The option values, one per option: also the variant's identity while editing. */
  optionValues: string[]
  sku: string
  /** Amounts as typed, by currency; an empty one is not sold in that currency. */
  prices: Record<string, string>
  /** The "was" price shown struck through, by currency; empty for none. */
  compareAt: Record<string, string>
  barcode: string
  weightGrams: string
  /** Units at the default location; set on create only (stock moves through Inventory after). */
  stock: string
}

export interface ImageDraft {
  url: string
  alt: string
  /** Pixels, as measured at upload: the store reserves the space before the photo arrives. */
  width?: number
  height?: number
}

/** The product form's state: text as typed, turned into the API's body only once it checks. */
export interface ProductDraft {
  title: string
  handle: string
  status: ProductStatus
  brand: string
  productType: string
  descriptionHtml: string
  tags: string[]
  seoTitle: string
  seoDescription: string
  options: OptionDraft[]
  variants: VariantDraft[]
  categoryHandles: string[]
  collectionHandles: string[]
  images: ImageDraft[]
}

export const emptyDraft = (): ProductDraft => ({
  title: '',
  handle: '',
  status: 'draft',
  brand: '',
  productType: '',
  descriptionHtml: '',
  tags: [],
  seoTitle: '',
  seoDescription: '',
  options: [],
  variants: [{ optionValues: [], sku: '', prices: {}, compareAt: {}, barcode: '', weightGrams: '', stock: '0' }],
  categoryHandles: [],
  collectionHandles: [],
  images: [],
})

/** "Linen Shirt — Summer '26" → "linen-shirt-summer-26": the handle the API accepts. */
export function handleFrom(title: string): string {
  return title
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 200)
    .replace(/-+$/, '')
}

const keyOf = (values: string[]) => JSON.stringify(values)

/**
 * The variants the options call for: one per combination of their values, in the order staff
 * listed them. A combination already in the form keeps what was typed for it.
 */
export function variantsFor(options: OptionDraft[], current: VariantDraft[]): VariantDraft[] {
  const usable = options.filter((o) => o.values.length > 0)
  let combinations: string[][] = [[]]
  for (const option of usable) combinations = combinations.flatMap((prefix) => option.values.map((value) => [...prefix, value]))
  const existing = new Map(current.map((v) => [keyOf(v.optionValues), v]))
  // With no options there is one variant: keep the one being edited, whatever its old values.
  if (usable.length === 0) return [current[0] ? { ...current[0], optionValues: [] } : emptyDraft().variants[0]!]
  return combinations.map(
    (values) =>
      existing.get(keyOf(values)) ?? { optionValues: values, sku: '', prices: {}, compareAt: {}, barcode: '', weightGrams: '', stock: '0' },
  )
}

/** A product as the form edits it. */
export function draftFromProduct(product: ProductView): ProductDraft {
  return {
    title: product.title,
    handle: product.handle,
    status: product.status,
    brand: product.brand ?? '',
    productType: product.productType ?? '',
    descriptionHtml: product.descriptionHtml,
    tags: product.tags,
    seoTitle: product.seoTitle ?? '',
    seoDescription: product.seoDescription ?? '',
    options: product.options.map((o) => ({ name: o.name, values: o.values })),
    variants: product.variants.map((v) => ({
      optionValues: v.optionValues,
      sku: v.sku ?? '',
      prices: Object.fromEntries(v.prices.map((p) => [p.currency, decimalAmount(p.amount, p.currency)])),
      compareAt: Object.fromEntries(
        v.prices.flatMap((p) => (p.compareAtAmount === null ? [] : [[p.currency, decimalAmount(p.compareAtAmount, p.currency)]])),
      ),
      barcode: v.barcode ?? '',
      weightGrams: v.weightGrams === null ? '' : String(v.weightGrams),
      stock: String(v.available),
    })),
    categoryHandles: product.categories.map((c) => c.handle),
    collectionHandles: product.collections.map((c) => c.handle),
    images: product.images.map((i) => ({ url: i.url, alt: i.alt, ...(i.width && i.height && { width: i.width, height: i.height }) })),
  }
}
