import { Problem } from '../../../problems.js'

/** The schema's MinorUnits maximum: a price above it could never be stored. */
const MAX_MINOR_UNITS = 100_000_000_00

export type Parsed<T> = { ok: true; value: T } | { ok: false; message: string }

/**
 * Digits after the decimal point for a currency (USD 2, JPY 0, BHD 3), as ICU knows them.
 * Throws a validation Problem for a code that is not three capital letters, because a caller
 * passed it, not the file.
 */
export function currencyExponent(currency: string): number {
  if (!/^[A-Z]{3}$/.test(currency)) {
    throw new Problem({
      type: 'validation',
      detail: `"${currency}" is not an ISO 4217 currency code`,
      errors: [{ pointer: '/currency', detail: 'must be three capital letters, like USD' }],
    })
  }
  return new Intl.NumberFormat('en', { style: 'currency', currency }).resolvedOptions().maximumFractionDigits ?? 2
}

/**
 * "19.99" → 1999 for an exponent of 2. Works on the digits as text: parseFloat("19.99") * 100 is
 * 1998.9999999999998, and a price that is off by a cent is a support ticket.
 * Zeros past the exponent are exact and accepted ("1200.00" yen is 1200); any other digit there is not.
 */
export function parseMoney(text: string, exponent: number, currency: string): Parsed<number> {
  if (/^[\d.]*,[\d.,]*$/.test(text))
    return {
      ok: false,
      message: `"${text}" has a comma: write the price without thousands separators and with a decimal point, like 1299.00`,
    }
  const match = /^(\d+)(?:\.(\d+))?$/.exec(text)
  if (!match) return { ok: false, message: `"${text}" is not a price: write digits with an optional decimal point, like 19.99` }
  const whole = match[1]!
  const fraction = match[2] ?? ''
  if (/[1-9]/.test(fraction.slice(exponent))) {
    const allowed = exponent === 0 ? `${currency} has no minor units; write a whole number` : `${currency} has ${exponent} decimal places`
    return { ok: false, message: `"${text}" has too many decimal places: ${allowed}` }
  }
  const digits = (whole + fraction.slice(0, exponent).padEnd(exponent, '0')).replace(/^0+(?=\d)/, '')
  // Compare lengths before converting so a 40-digit string never becomes an imprecise Number.
  if (digits.length > String(MAX_MINOR_UNITS).length || Number(digits) > MAX_MINOR_UNITS) {
    return { ok: false, message: `"${text}" is above the largest price, ${formatMoney(MAX_MINOR_UNITS, exponent)}` }
  }
  return { ok: true, value: Number(digits) }
}

/** 1999 → "19.99", 5 → "0.05", 1200 (JPY, exponent 0) → "1200". The inverse of parseMoney. */
export function formatMoney(minor: number, exponent: number): string {
  if (!Number.isSafeInteger(minor) || minor < 0) throw new RangeError(`${minor} is not an amount in minor units`)
  if (exponent === 0) return String(minor)
  const digits = String(minor).padStart(exponent + 1, '0')
  return `${digits.slice(0, -exponent)}.${digits.slice(-exponent)}`
}
