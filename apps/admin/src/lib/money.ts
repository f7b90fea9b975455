/** Minor-unit digits of a currency (2 for EUR, 0 for JPY), as Intl knows them. */
export function currencyDigits(currency: string): number {
  return new Intl.NumberFormat('en', { style: 'currency', currency }).resolvedOptions().maximumFractionDigits ?? 2
}

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

/** Minor units as the text an amount field starts with ("12.50"). */
export function toAmountText(minor: number, currency: string): string {
  const digits = currencyDigits(currency)
  if (digits === 0) return String(minor)
  const text = String(minor).padStart(digits + 1, '0')
  return `${text.slice(0, -digits)}.${text.slice(-digits)}`
}
