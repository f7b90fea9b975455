import { formatMoney } from '@shopstack/sdk'

/** The one way prices are shown: minor units through Intl.NumberFormat, never floats kept anywhere. */
export const money = (amount: number, currency: string) => formatMoney(amount, currency, 'en-US')

export function priceRange(range: { min: number; max: number; currency: string } | null | undefined): string {
  if (!range) return 'Unavailable'
  return range.min === range.max ? money(range.min, range.currency) : `From ${money(range.min, range.currency)}`
}

/** "12.50" from 1250 USD, "1250" from 1250 JPY: a decimal string built from the integer, for structured data. */
export function decimalAmount(amount: number, currency: string): string {
  const digits = new Intl.NumberFormat('en', { style: 'currency', currency }).resolvedOptions().maximumFractionDigits ?? 2
  if (digits === 0) return String(amount)
  const sign = amount < 0 ? '-' : ''
  const padded = String(Math.abs(amount)).padStart(digits + 1, '0')
  return `${sign}${padded.slice(0, -digits)}.${padded.slice(-digits)}`
}
