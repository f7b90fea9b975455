import { assertMinorUnits } from './rounding.js'

/**
 * To *prorate* is to split one integer amount across lines in proportion to their weights, so that
 * the parts add up to exactly the amount. We need it to spread an order-level discount (say 10.00 off
 * the order) over the lines, because tax is computed per line after discounts and tax classes differ
 * between lines. Method: largest remainder (Hamilton). Each part starts as floor(total × w ÷ Σw); the
 * units left over go one each to the lines with the largest remainders, ties to the earliest line.
 * Compare Vendure's `order-calculator/prorate.ts`, which solves the same problem.
 *
 * Example: prorate(1000, [1, 1, 1]) → [334, 333, 333].
 * All weights zero is only allowed for a zero total (there is nothing to weigh the split by).
 */
export function prorate(total: number, weights: readonly number[]): number[] {
  assertMinorUnits(total, 'total')
  weights.forEach((w, i) => assertMinorUnits(w, `weights[${i}]`))
  const weightSum = weights.reduce((acc, w) => acc + BigInt(w), 0n)
  if (weightSum === 0n) {
    if (total === 0) return weights.map(() => 0)
    throw new RangeError(`cannot prorate ${total} over weights that sum to zero`)
  }
  // BigInt: total × weight can exceed 2^53 for large orders, and the remainders must be exact.
  const bigTotal = BigInt(total)
  const parts = weights.map((w) => (bigTotal * BigInt(w)) / weightSum)
  const remainders = weights.map((w) => (bigTotal * BigInt(w)) % weightSum)
  let leftover = Number(bigTotal - parts.reduce((acc, p) => acc + p, 0n)) // always < weights.length
  const order = weights
    .map((_, i) => i)
    .sort((x, y) => (remainders[y]! > remainders[x]! ? 1 : remainders[y]! < remainders[x]! ? -1 : x - y))
  for (const i of order) {
    if (leftover === 0) break
    parts[i] = parts[i]! + 1n
    leftover -= 1
  }
  return parts.map(Number)
}
