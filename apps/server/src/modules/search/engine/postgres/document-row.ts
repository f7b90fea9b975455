/** A search document as the row the index stores, with its text already cut into folded words. */
import type { SearchDocument } from '../port.js'
import { indexWordsOf, wordsOf } from './text.js'

/** A description is the weakest field; past this it only makes vectors bigger. */
const MAX_DESCRIPTION = 20_000
/** Joins the parts of an attribute value or a facet value in one string; no part can contain it (see clean). */
export const SEPARATOR = '\u001f'

export interface DocumentRow {
  product_id: string
  handle: string
  title: string
  brand: string | null
  category_ids: string[]
  category_names: string[]
  collection_ids: string[]
  /** name SEPARATOR value */
  attribute_values: string[]
  in_stock: boolean
  /** Currency → [min, max], minor units. */
  prices: Record<string, [number, number]>
  thumbnail: string | null
  created_at: string
  sales: number
  /** The document's distinct words as typed (folded, plurals kept): the vocabulary typos are corrected to. */
  terms: string[]
  /** Indexed words (plurals folded) per weight: title A, brand and categories B, the rest C, description D. */
  a_words: string
  b_words: string
  c_words: string
  d_words: string
}

/** PostgreSQL text cannot hold NUL, and the separator must stay a separator. */
export const clean = (text: string) => String(text).replaceAll('\u0000', '').replaceAll(SEPARATOR, '')
const cleanAll = (texts: readonly string[] | undefined) => (texts ?? []).map(clean)
const whole = (value: number) => (Number.isFinite(value) ? Math.round(value) : 0)
const unique = <T>(items: T[]) => [...new Set(items)]

/** Ids without repeats; names stay paired with their ids when the document pairs them. */
function categories(doc: SearchDocument): { ids: string[]; names: string[] } {
  const ids = cleanAll(doc.categoryIds)
  const names = cleanAll(doc.categoryNames)
  if (ids.length !== names.length) return { ids: unique(ids), names: unique(names) }
  const pairs = new Map<string, string>()
  ids.forEach((id, i) => pairs.has(id) || pairs.set(id, names[i]!))
  return { ids: [...pairs.keys()], names: [...pairs.values()] }
}

export function toRow(doc: SearchDocument): DocumentRow {
  const attributes = Object.entries(doc.attributes ?? {}).map(
    ([name, values]) => [clean(name).trim().toLowerCase(), cleanAll(values)] as const,
  )
  const { ids, names } = categories(doc)
  const fields = {
    a: [doc.title],
    b: [doc.brand, ...names],
    c: [...(doc.tags ?? []), doc.productType, ...attributes.flatMap(([, values]) => values)],
    d: [doc.description?.slice(0, MAX_DESCRIPTION)],
  }
  const join = (texts: (string | null | undefined)[], words: (text: string | null | undefined) => string) =>
    texts.map(words).filter(Boolean).join(' ')
  const words = {
    a_words: join(fields.a, indexWordsOf),
    b_words: join(fields.b, indexWordsOf),
    c_words: join(fields.c, indexWordsOf),
    d_words: join(fields.d, indexWordsOf),
  }
  const terms = new Set(join(Object.values(fields).flat(), wordsOf).split(' '))
  terms.delete('')
  const prices: Record<string, [number, number]> = {}
  for (const [currency, range] of Object.entries(doc.prices ?? {}))
    if (Number.isFinite(range?.min)) prices[clean(currency)] = [whole(range.min), whole(Number.isFinite(range.max) ? range.max : range.min)]
  return {
    product_id: clean(doc.id),
    handle: clean(doc.handle ?? ''),
    title: clean(doc.title ?? ''),
    brand: doc.brand ? clean(doc.brand) : null,
    category_ids: ids,
    category_names: names,
    collection_ids: unique(cleanAll(doc.collectionIds)),
    attribute_values: unique(attributes.flatMap(([name, values]) => values.map((value) => `${name}${SEPARATOR}${value}`))),
    in_stock: Boolean(doc.inStock),
    prices,
    thumbnail: doc.thumbnail ? clean(doc.thumbnail) : null,
    created_at: new Date(Number.isFinite(doc.createdAt) ? doc.createdAt : 0).toISOString(),
    sales: whole(doc.sales ?? 0),
    terms: [...terms].sort(),
    ...words,
  }
}

/** A brand or a category as a suggestion. */
export interface Label {
  kind: 'brand' | 'category'
  id: string
  label: string
}

/**
 * The labels a row carries. A category is known by name only when the document gives one name per
 * id, in the same order; otherwise it is left out of suggestions rather than mislabelled.
 */
export function labelsOf(row: Pick<DocumentRow, 'brand' | 'category_ids' | 'category_names'>): Label[] {
  const labels: Label[] = []
  if (row.brand?.trim()) labels.push({ kind: 'brand', id: row.brand, label: row.brand })
  if (row.category_ids.length === row.category_names.length)
    row.category_ids.forEach((id, i) => labels.push({ kind: 'category', id, label: row.category_names[i]! }))
  return labels
}

/** The facet values a row counts towards (search_facet_count.facet_value); 'total' counts documents. */
export function facetValuesOf(row: Pick<DocumentRow, 'brand' | 'category_ids' | 'attribute_values'>): string[] {
  return [
    'total',
    ...(row.brand !== null ? [`brand${SEPARATOR}${row.brand}`] : []),
    ...row.category_ids.map((id) => `category${SEPARATOR}${id}`),
    ...row.attribute_values.map((value) => `attribute${SEPARATOR}${value}`),
  ]
}
