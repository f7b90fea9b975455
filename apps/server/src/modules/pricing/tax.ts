import { FULL_BASIS_POINTS, assertMinorUnits, mulDivHalfUp } from './rounding.js'

/** A *tax class* groups products taxed alike: most goods are standard, some (food, books) reduced, some zero-rated. */
export type TaxClass = 'standard' | 'reduced' | 'zero'

/** A rate in basis points for each tax class (2000 = 20 %). */
export type TaxRatesByClass = Record<TaxClass, number>

/** Two-letter ISO 3166-1 country code, upper case ('DE', 'FR'). */
export type CountryCode = string

/**
 * The tax rates of a *tax region*: one default rate per class, and per-country overrides for the
 * countries inside the region whose rates differ (an EU store charging the buyer's country's VAT).
 */
export interface RegionTaxRates {
  default: TaxRatesByClass
  countries?: Record<CountryCode, Partial<TaxRatesByClass>>
}

/** The rate for a class when shipping to a country: the country's override if it has one, else the region default. */
export function resolveTaxRate(region: RegionTaxRates, taxClass: TaxClass, country: CountryCode): number {
  const rate = region.countries?.[country.toUpperCase()]?.[taxClass] ?? region.default[taxClass]
  assertMinorUnits(rate, `tax rate for ${taxClass} in ${country}`)
  return rate
}

/**
 * The tax on one line's amount (already net of its discount). *Exclusive* prices have tax added on top:
 * tax = amount × rate ÷ 10000. *Inclusive* prices already contain it, so we take out the net part and the
 * rest is tax: tax = amount − amount × 10000 ÷ (10000 + rate). Both divisions round half up, once per line.
 */
export function taxOf(amount: number, rateBasisPoints: number, pricesIncludeTax: boolean): number {
  if (!pricesIncludeTax) return mulDivHalfUp(amount, rateBasisPoints, FULL_BASIS_POINTS)
  return amount - mulDivHalfUp(amount, FULL_BASIS_POINTS, FULL_BASIS_POINTS + rateBasisPoints)
}
