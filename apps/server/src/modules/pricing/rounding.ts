/**
 * Integer money arithmetic. Money is always an integer count of minor units (cents); a
 * percentage is basis points (1 bp = 0.01 %, so 10000 = 100 %). Every division rounds
 * explicitly, and the one rule is half up: a remainder of exactly half a minor unit goes up.
 */

/** 100 % in basis points. */
export const FULL_BASIS_POINTS = 10_000

/** Fails loudly on a value that is not a non-negative safe integer: a bug in the caller, not a shopper error. */
export function assertMinorUnits(value: number, what: string): void {
  if (!Number.isSafeInteger(value) || value < 0) throw new RangeError(`${what} must be a non-negative safe integer, got ${value}`)
}

/**
 * a × b ÷ c, rounded half up, for non-negative safe integers (c > 0): the single place money is divided,
 * so rounding is the same everywhere. Falls back to BigInt when a × b would leave the exact range of a double.
 */
export function mulDivHalfUp(a: number, b: number, c: number): number {
  assertMinorUnits(a, 'a')
  assertMinorUnits(b, 'b')
  assertMinorUnits(c, 'c')
  if (c === 0) throw new RangeError('c must be positive')
  const product = a * b
  if (Number.isSafeInteger(product)) {
    const remainder = product % c
    const quotient = (product - remainder) / c // exact: product - remainder is a multiple of c
    return remainder >= c - remainder ? quotient + 1 : quotient
  }
  const big = BigInt(a) * BigInt(b)
  const divisor = BigInt(c)
  const remainder = big % divisor
  const quotient = big / divisor + (remainder >= divisor - remainder ? 1n : 0n)
  const result = Number(quotient)
  if (!Number.isSafeInteger(result)) throw new RangeError(`${a} × ${b} ÷ ${c} is above the safe integer range`)
  return result
}

/** The share of `amount` given in basis points, rounded half up: the only way a percentage becomes money. */
export function percentOf(amount: number, basisPoints: number): number {
  return mulDivHalfUp(amount, basisPoints, FULL_BASIS_POINTS)
}

/** Adds up minor-unit amounts (a tiny helper so totals read as sums). */
export function sum(values: readonly number[]): number {
  return values.reduce((acc, v) => acc + v, 0)
}
