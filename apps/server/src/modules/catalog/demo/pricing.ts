import type { VariantInput } from '../schemas.js'

export type Price = VariantInput['prices'][number]

/** How a price ends: 49.99, 49.50 or 50.00. */
export type PriceEnding = 99 | 50 | 0

/**
 * EUR per USD as an integer fraction: prices are minor units, so conversion stays in
 * integer arithmetic and never produces a float amount.
 */
const EUR_PER_USD = { numerator: 92, denominator: 100 } as const

/** `percent` of a whole-unit amount, rounded half up, never below one unit. */
export function scaleWholeUnits(wholeUnits: number, percent: number): number {
  return Math.max(1, Math.floor((wholeUnits * percent + 50) / 100))
}

/** Shops set charm prices in each currency, so convert whole units and re-apply the ending. */
export function usdToEurWholeUnits(usdWholeUnits: number): number {
  const { numerator, denominator } = EUR_PER_USD
  return Math.max(1, Math.floor((usdWholeUnits * numerator + denominator / 2) / denominator))
}

/** 50 whole units with ending 99 is 4999 minor units; with ending 50 it is 4950. */
export function retailAmount(wholeUnits: number, ending: PriceEnding): number {
  if (ending === 99) return wholeUnits * 100 - 1
  if (ending === 50) return wholeUnits * 100 - 50
  return wholeUnits * 100
}

/** USD and EUR prices for one variant; `compareAtWholeUnits` marks it as on sale. */
export function variantPrices(usdWholeUnits: number, ending: PriceEnding, compareAtWholeUnits: number | null): Price[] {
  const eurWholeUnits = usdToEurWholeUnits(usdWholeUnits)
  const usd: Price = { currency: 'USD', amount: retailAmount(usdWholeUnits, ending) }
  const eur: Price = { currency: 'EUR', amount: retailAmount(eurWholeUnits, ending) }
  if (compareAtWholeUnits !== null) {
    // Rounding could collapse a small discount to nothing; a sale price must stay below the original.
    usd.compareAtAmount = retailAmount(Math.max(compareAtWholeUnits, usdWholeUnits + 1), ending)
    eur.compareAtAmount = retailAmount(Math.max(usdToEurWholeUnits(compareAtWholeUnits), eurWholeUnits + 1), ending)
  }
  return [usd, eur]
}
