import type { BrandName } from '../brands.js'
import type { ColourName } from '../colours.js'

/** One value of a non-colour option; percentages scale the product's base price and weight. */
export interface Choice {
  value: string
  pricePercent: number
  weightPercent: number
}

export type VariantScheme =
  | { kind: 'size-and-colour'; sizes: readonly string[]; palette: readonly ColourName[] }
  | { kind: 'shoe-size-and-colour'; smallestEu: number; largestEu: number; palette: readonly ColourName[] }
  | { kind: 'colour'; palette: readonly ColourName[] }
  /** A single option such as Capacity; the product offers a consecutive run of 2+ choices. */
  | { kind: 'choice'; optionName: string; choices: readonly Choice[] }
  | { kind: 'default' }

export type Season = 'summer' | 'winter'

/** Everything needed to invent plausible products for one leaf category. */
export interface ProductBlueprint {
  categoryHandle: string
  productType: string
  audience?: 'men' | 'women'
  /** Nouns of one grammatical number per blueprint, so pitches read right ("is" vs "are"). */
  nouns: readonly string[]
  styles: readonly string[]
  materials: readonly string[]
  /** Electronics read oddly with a material in the title; clothes read oddly without. */
  materialInTitle: boolean
  /** Model names (always in the title) for gear that is sold by model, e.g. shoes and headphones. */
  models?: readonly string[]
  brands: readonly BrandName[]
  /** Whole currency units (USD). */
  priceUsd: readonly [number, number]
  weightGrams: readonly [number, number]
  variants: VariantScheme
  attributes?: Readonly<Record<string, readonly string[]>>
  features: readonly string[]
  /** Completes "The <title> is/are …". */
  pitches: readonly string[]
  care?: string
  seasons?: readonly Season[]
  giftable?: boolean
  /** Relative share of the catalog. */
  frequency: number
}

export const APPAREL_SIZES = ['XS', 'S', 'M', 'L', 'XL'] as const
