import { currencyDigits } from '@shopstack/sdk'

/**
 * What staff typed ("12.5", "12.50", "1250") as integer minor units, without floating point: the
 * digits are joined as text. Undefined when it is not an amount of that currency.
 */
export function toMinorUnits(text: string, currency: string): number | undefined {
  const digits = currencyDigits(currency)
  const match = /^(\d{1,12})(?:[.,](\d+))?$/.exec(text.trim())
  if (!match) return undefined
  const fraction = match[2] ?? ''
  if (fraction.length > digits) return undefined
  return Number(match[1]! + fraction.padEnd(digits, '0'))
}
