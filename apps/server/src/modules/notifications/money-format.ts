/** Formats integer minor units for people: the currency's own number of decimals, never float maths on the amount. */
export function formatMoney(amount: number, currency: string, locale = 'en-US'): string {
  const format = new Intl.NumberFormat(locale, { style: 'currency', currency })
  const digits = format.resolvedOptions().maximumFractionDigits ?? 2
  const negative = amount < 0
  const units = Math.abs(amount)
  const scale = 10 ** digits
  const whole = Math.floor(units / scale)
  const fraction = units % scale
  // Intl gets a decimal string, so no binary fraction ever stands between the stored cents and the text.
  const text = format.format(`${negative ? '-' : ''}${whole}.${String(fraction).padStart(digits, '0')}` as unknown as number)
  return text
}
