/** The EAN-13 check digit: weights 1 and 3 alternate from the left over the first 12 digits. */
export function ean13CheckDigit(twelveDigits: string): number {
  if (!/^\d{12}$/.test(twelveDigits)) throw new RangeError(`EAN-13 needs 12 digits, got "${twelveDigits}"`)
  let sum = 0
  for (let i = 0; i < 12; i++) sum += Number(twelveDigits[i]) * (i % 2 === 0 ? 1 : 3)
  return (10 - (sum % 10)) % 10
}

export function isValidEan13(code: string): boolean {
  return /^\d{13}$/.test(code) && ean13CheckDigit(code.slice(0, 12)) === Number(code[12])
}

const MAX_SERIAL = 9_999_999_999
const LOW_DIGITS = 100_000

/** Adds digit × weight for each of `count` digits of `value`, rightmost first, weights alternating from `firstWeight`. */
function weightedDigitSum(value: number, count: number, firstWeight: 1 | 3): number {
  let sum = 0
  let weight: number = firstWeight
  for (let i = 0; i < count; i++, value = (value - (value % 10)) / 10, weight = 4 - weight) sum += (value % 10) * weight
  return sum
}

/** Zero-padded; formatting a small integer is about twice as fast as formatting the whole 12-digit body. */
const fiveDigits = (value: number) => String(LOW_DIGITS + value).slice(1)

/**
 * Barcodes under GS1 prefix 20 are reserved for in-store use, so demo barcodes never
 * collide with a real product; a running serial keeps them unique within a catalog.
 * The serial is split in two small integers so the arithmetic stays fast: a 100k-product
 * catalog needs about a million barcodes.
 */
export function demoBarcode(serial: number): string {
  if (!Number.isInteger(serial) || serial < 0 || serial > MAX_SERIAL) throw new RangeError(`Barcode serial out of range: ${serial}`)
  const low = serial % LOW_DIGITS
  const high = (serial - low) / LOW_DIGITS
  // Body "20" + high (5 digits) + low (5 digits); the rightmost body digit has weight 3.
  const sum = 2 * 1 + 0 * 3 + weightedDigitSum(high, 5, 1) + weightedDigitSum(low, 5, 3)
  return `20${fiveDigits(high)}${fiveDigits(low)}${(10 - (sum % 10)) % 10}`
}
