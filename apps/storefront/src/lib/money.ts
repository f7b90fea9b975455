import { decimalAmount, formatMoney } from '@shopstack/sdk'

/** The one way prices are shown: minor units through Intl.NumberFormat, never floats kept anywhere. */
export const money = (amount: number, currency: string) => formatMoney(amount, currency, 'en-US')

export function priceRange(range: { min: number; max: number; currency: string } | null | undefined): string {
  if (!range) return 'Unavailable'
  return range.min === range.max ? money(range.min, range.currency) : `From ${money(range.min, range.currency)}`
}

/** A decimal string for structured data, from the integer (shared with the admin through the SDK). */
export { decimalAmount }
