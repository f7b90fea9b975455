import type { RequestBody } from '@shopstack/sdk'
import { toMinorUnits } from '../lib/money'
import type { ProductDraft } from './draft'

/**
 * The API's rules for a product (ProductInput in apps/server/src/modules/catalog/schemas.ts),
 * checked here first so staff see every mistake at once, next to its field.
 */
export const PRODUCT_LIMITS = {
  title: 300,
  handle: 200,
  brand: 200,
  productType: 200,
  descriptionHtml: 100_000,
  seoTitle: 300,
  seoDescription: 1000,
  tag: 100,
  tags: 100,
  options: 3,
  optionName: 100,
  optionValue: 100,
  optionValues: 100,
  variants: 250,
  sku: 100,
  barcode: 100,
  weightGrams: 10_000_000,
  stock: 10_000_000,
  amount: 100_000_000_00,
  imageAlt: 500,
  images: 50,
  categories: 50,
  collections: 50,
} as const

export const HANDLE_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/

type Body = RequestBody<'/admin/products', 'post'>
export type Errors = Record<string, string>

const wholeNumber = (text: string, max: number): number | undefined =>
  /^\d{1,9}$/.test(text.trim()) && Number(text.trim()) <= max ? Number(text.trim()) : undefined

/** Every problem in the draft, keyed by field path (variants.2.prices.EUR, options.0.name, …). */
export function checkProduct(draft: ProductDraft, mode: 'create' | 'edit'): Errors {
  const errors: Errors = {}
  const L = PRODUCT_LIMITS
  const tooLong = (field: keyof ProductDraft & keyof typeof L, value: string) => {
    if (value.length > L[field]) errors[field] = `At most ${L[field]} characters`
  }
  if (draft.title.trim() === '') errors.title = 'A product needs a title'
  tooLong('title', draft.title)
  if (!HANDLE_PATTERN.test(draft.handle)) errors.handle = 'Lower-case letters and digits, words joined by single hyphens'
  tooLong('handle', draft.handle)
  tooLong('brand', draft.brand)
  tooLong('productType', draft.productType)
  tooLong('descriptionHtml', draft.descriptionHtml)
  tooLong('seoTitle', draft.seoTitle)
  tooLong('seoDescription', draft.seoDescription)
  if (draft.tags.length > L.tags) errors.tags = `At most ${L.tags} tags`
  else if (draft.tags.some((t) => t.length > L.tag)) errors.tags = `A tag has at most ${L.tag} characters`
  if (draft.categoryHandles.length > L.categories) errors.categoryHandles = `At most ${L.categories} categories`
  if (draft.collectionHandles.length > L.collections) errors.collectionHandles = `At most ${L.collections} collections`

  if (draft.options.length > L.options) errors.options = `At most ${L.options} options`
  const names = new Set<string>()
  draft.options.forEach((option, i) => {
    const name = option.name.trim()
    if (name === '') errors[`options.${i}.name`] = 'Name the option (Size, Colour, …)'
    else if (name.length > L.optionName) errors[`options.${i}.name`] = `At most ${L.optionName} characters`
    else if (names.has(name.toLowerCase())) errors[`options.${i}.name`] = 'Two options have this name'
    names.add(name.toLowerCase())
    if (option.values.length === 0) errors[`options.${i}.values`] = 'Add at least one value'
    else if (option.values.length > L.optionValues) errors[`options.${i}.values`] = `At most ${L.optionValues} values`
    else if (option.values.some((v) => v.length > L.optionValue))
      errors[`options.${i}.values`] = `A value has at most ${L.optionValue} characters`
  })

  if (draft.variants.length === 0) errors.variants = 'A product needs at least one variant'
  if (draft.variants.length > L.variants) errors.variants = `At most ${L.variants} variants: fewer option values`
  const skus = new Map<string, number>()
  draft.variants.forEach((variant, i) => {
    const sku = variant.sku.trim()
    if (sku.length > L.sku) errors[`variants.${i}.sku`] = `At most ${L.sku} characters`
    else if (sku && skus.has(sku)) errors[`variants.${i}.sku`] = `Same SKU as variant ${skus.get(sku)! + 1}`
    if (sku) skus.set(sku, i)
    if (variant.barcode.length > L.barcode) errors[`variants.${i}.barcode`] = `At most ${L.barcode} characters`
    const priced = Object.entries(variant.prices).filter(([, text]) => text.trim() !== '')
    if (priced.length === 0) errors[`variants.${i}.prices`] = 'Give a price in at least one currency'
    for (const [currency, text] of Object.entries(variant.compareAt)) {
      if (text.trim() === '') continue
      const amount = toMinorUnits(text, currency)
      if (amount === undefined || amount > L.amount) errors[`variants.${i}.compareAt.${currency}`] = `Not an amount in ${currency}`
      else if (!(variant.prices[currency] ?? '').trim()) errors[`variants.${i}.compareAt.${currency}`] = `Give the price in ${currency} too`
    }
    for (const [currency, text] of priced) {
      const amount = toMinorUnits(text, currency)
      if (amount === undefined) errors[`variants.${i}.prices.${currency}`] = `Not an amount in ${currency}`
      else if (amount > L.amount) errors[`variants.${i}.prices.${currency}`] = 'Too large'
    }
    if (variant.weightGrams.trim() && wholeNumber(variant.weightGrams, L.weightGrams) === undefined)
      errors[`variants.${i}.weightGrams`] = 'Whole grams, 0 or more'
    if (mode === 'create' && wholeNumber(variant.stock || '0', L.stock) === undefined)
      errors[`variants.${i}.stock`] = 'A whole number of units, 0 or more'
  })

  if (draft.images.length > L.images) errors.images = `At most ${L.images} images`
  draft.images.forEach((image, i) => {
    if (image.alt.length > L.imageAlt) errors[`images.${i}.alt`] = `At most ${L.imageAlt} characters`
  })
  return errors
}

/**
 * The API body for a checked draft. `prices` is sent in the order kept in `sentCurrencies`, so an
 * error the API reports at variants/2/prices/1 can be shown at the field for that currency.
 */
export function productBody(draft: ProductDraft, mode: 'create' | 'edit') {
  const sentCurrencies: string[][] = []
  const nullable = (text: string) => (text.trim() === '' ? null : text.trim())
  const body: Body = {
    handle: draft.handle,
    title: draft.title.trim(),
    status: draft.status,
    descriptionHtml: draft.descriptionHtml,
    brand: nullable(draft.brand),
    productType: nullable(draft.productType),
    tags: draft.tags,
    seoTitle: nullable(draft.seoTitle),
    seoDescription: nullable(draft.seoDescription),
    options: draft.options.map((o) => ({ name: o.name.trim(), values: o.values })),
    variants: draft.variants.map((variant) => {
      const priced = Object.entries(variant.prices).filter(([, text]) => text.trim() !== '')
      sentCurrencies.push(priced.map(([currency]) => currency))
      return {
        sku: nullable(variant.sku),
        optionValues: variant.optionValues,
        weightGrams: variant.weightGrams.trim() ? Number(variant.weightGrams.trim()) : null,
        barcode: nullable(variant.barcode),
        prices: priced.map(([currency, text]) => {
          const was = (variant.compareAt[currency] ?? '').trim()
          return { currency, amount: toMinorUnits(text, currency)!, compareAtAmount: was ? toMinorUnits(was, currency)! : null }
        }),
        ...(mode === 'create' && { inventoryQuantity: Number(variant.stock || '0') }),
      }
    }),
    categoryHandles: draft.categoryHandles,
    collectionHandles: draft.collectionHandles,
    images: draft.images.map((i) => ({ url: i.url, alt: i.alt, ...(i.width && i.height && { width: i.width, height: i.height }) })),
  }
  return { body, sentCurrencies }
}

/** The API's field errors (variants.1.prices.0.amount) as the form's keys (variants.1.prices.EUR). */
export function formErrors(apiErrors: Errors, sentCurrencies: string[][]): Errors {
  const errors: Errors = {}
  for (const [field, message] of Object.entries(apiErrors)) {
    const price = /^variants\.(\d+)\.prices\.(\d+)(\.compareAtAmount)?/.exec(field)
    const currency = price ? sentCurrencies[Number(price[1])]?.[Number(price[2])] : undefined
    const key = currency
      ? `variants.${price![1]}.${price![3] ? 'compareAt' : 'prices'}.${currency}`
      : field.replace(/^variants\.(\d+)\.inventoryQuantity$/, 'variants.$1.stock')
    errors[key] = message
  }
  return errors
}
