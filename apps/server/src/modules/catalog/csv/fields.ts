import type { Parsed } from './money.js'

/**
 * Parsers for single cells. Each takes the trimmed text of a non-empty cell and returns a value or a
 * message that completes "<Column> …" for the person fixing the file. Limits mirror schemas.ts.
 */

export const LIMITS = {
  handle: 200,
  title: 300,
  body: 100_000,
  brand: 200,
  productType: 200,
  tag: 100,
  tags: 100,
  seoTitle: 300,
  seoDescription: 1000,
  optionName: 100,
  optionValue: 100,
  optionValues: 100,
  sku: 100,
  barcode: 100,
  imageUrl: 2000,
  imageAlt: 500,
  images: 50,
  variants: 250,
  weightGrams: 10_000_000,
  inventory: 10_000_000,
} as const

const ok = <T>(value: T): Parsed<T> => ({ ok: true, value })
const fail = (message: string): Parsed<never> => ({ ok: false, message })

export function tooLong(text: string, max: number): string | null {
  return text.length > max ? `is ${text.length} characters long; the limit is ${max}` : null
}

export function parseHandle(text: string): Parsed<string> {
  const long = tooLong(text, LIMITS.handle)
  if (long) return fail(long)
  if (!/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(text))
    return fail(`"${text}" is not a handle: use lower-case letters and digits joined by single hyphens, like blue-t-shirt`)
  return ok(text)
}

/** Shopify writes TRUE/FALSE; spreadsheets and newer exports write true/false. */
export function parseBoolean(text: string): Parsed<boolean> {
  const lower = text.toLowerCase()
  if (lower === 'true') return ok(true)
  if (lower === 'false') return ok(false)
  return fail(`"${text}" must be TRUE or FALSE`)
}

export type Status = 'active' | 'draft' | 'archived'

export function parseStatus(text: string): Parsed<Status> {
  const lower = text.toLowerCase()
  if (lower === 'active' || lower === 'draft' || lower === 'archived') return ok(lower)
  return fail(`"${text}" must be active, draft or archived`)
}

/** Comma-separated, blanks dropped, repeats dropped (Shopify treats tags as a set). */
export function parseTags(text: string): Parsed<string[]> {
  const tags = [
    ...new Set(
      text
        .split(',')
        .map((tag) => tag.trim())
        .filter((tag) => tag !== ''),
    ),
  ]
  const long = tags.find((tag) => tag.length > LIMITS.tag)
  if (long !== undefined) return fail(`has a tag of ${long.length} characters ("${long.slice(0, 20)}…"); the limit is ${LIMITS.tag}`)
  if (tags.length > LIMITS.tags) return fail(`has ${tags.length} tags; the limit is ${LIMITS.tags}`)
  return ok(tags)
}

export function parseInventory(text: string): Parsed<number> {
  if (!/^\d+$/.test(text)) return fail(`"${text}" must be a whole number of 0 or more`)
  const quantity = Number(text)
  if (quantity > LIMITS.inventory) return fail(`"${text}" is above the limit of ${LIMITS.inventory}`)
  return ok(quantity)
}

export function parsePosition(text: string): Parsed<number> {
  if (!/^\d{1,6}$/.test(text) || Number(text) < 1) return fail(`"${text}" must be a whole number of 1 or more`)
  return ok(Number(text))
}

/** The schema's own description: an uploaded /media/… path or an https URL. */
export function parseImageUrl(text: string): Parsed<string> {
  const long = tooLong(text, LIMITS.imageUrl)
  if (long) return fail(long)
  if (!/^https:\/\/[^\s/]+\S*$/.test(text) && !/^\/media\/\S+$/.test(text))
    return fail(`"${text}" must be an https:// URL or a /media/ path`)
  return ok(text)
}

/** Grams per unit, times 10^9 so that lb (453.59237 g) and oz (28.349523125 g) are exact integers. */
const NANOGRAMS_PER_UNIT = { g: 10n ** 9n, kg: 10n ** 12n, lb: 453_592_370_000n, oz: 28_349_523_125n } as const
export type WeightUnit = keyof typeof NANOGRAMS_PER_UNIT

export function isWeightUnit(text: string): text is WeightUnit {
  return Object.hasOwn(NANOGRAMS_PER_UNIT, text)
}

/**
 * A decimal weight in a unit → whole grams, rounded half up. Exact: the digits become a BigInt, so
 * "2.2 lb" is 997.9032 g → 998 g without any binary fraction along the way.
 */
export function toGrams(text: string, unit: WeightUnit): Parsed<number> {
  const match = /^(\d{1,12})(?:\.(\d{1,9}))?$/.exec(text)
  if (!match) return fail(`"${text}" must be a number of 0 or more, like 250 or 1.5`)
  const fraction = match[2] ?? ''
  const numerator = BigInt(match[1]! + fraction) * NANOGRAMS_PER_UNIT[unit]
  const denominator = 10n ** 9n * 10n ** BigInt(fraction.length)
  const grams = (numerator * 2n + denominator) / (denominator * 2n)
  if (grams > BigInt(LIMITS.weightGrams)) return fail(`"${text}" ${unit} is above the limit of ${LIMITS.weightGrams} g`)
  return ok(Number(grams))
}
