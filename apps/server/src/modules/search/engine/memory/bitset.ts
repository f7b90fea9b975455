/**
 * Sets of document ordinals as plain Uint32Array bitsets: bit `ord & 31` of word `ord >>> 5`.
 * At 100,000 documents one set is 12.5 KB, so a filter value costs little and a membership test
 * is one load and a mask.
 */

export type Bitset = Uint32Array

export const wordsFor = (bits: number) => (bits + 31) >>> 5

export const newBitset = (bits: number): Bitset => new Uint32Array(wordsFor(bits))

export const hasBit = (set: Bitset, ord: number) => (set[ord >>> 5]! & (1 << (ord & 31))) !== 0

export function setBit(set: Bitset, ord: number): void {
  set[ord >>> 5]! |= 1 << (ord & 31)
}

export function clearBit(set: Bitset, ord: number): void {
  set[ord >>> 5]! &= ~(1 << (ord & 31))
}

/** A copy at least `bits` long; the old contents are kept. */
export function growBitset(set: Bitset, bits: number): Bitset {
  const words = wordsFor(bits)
  if (set.length >= words) return set
  const grown = new Uint32Array(words)
  grown.set(set)
  return grown
}

/** `into |= from`, over the shorter of the two. */
export function orInto(into: Bitset, from: Bitset): void {
  const n = Math.min(into.length, from.length)
  for (let i = 0; i < n; i++) into[i]! |= from[i]!
}

export function popcount32(word: number): number {
  let v = word - ((word >>> 1) & 0x55555555)
  v = (v & 0x33333333) + ((v >>> 2) & 0x33333333)
  return (Math.imul((v + (v >>> 4)) & 0x0f0f0f0f, 0x01010101) >>> 24) as number
}

export function cardinality(set: Bitset): number {
  let total = 0
  for (let i = 0; i < set.length; i++) if (set[i] !== 0) total += popcount32(set[i]!)
  return total
}

/** Calls `visit` with each member in ascending order. */
export function forEachBit(set: Bitset, visit: (ord: number) => void): void {
  for (let w = 0; w < set.length; w++) {
    let word = set[w]!
    while (word !== 0) {
      const low = word & -word
      visit((w << 5) + 31 - Math.clz32(low))
      word ^= low
    }
  }
}

/** The set renumbered by `remap` (old ordinal → new ordinal, or -1 for gone), `bits` long. */
export function remapBitset(set: Bitset, remap: Int32Array, bits: number): Bitset {
  const out = newBitset(bits)
  forEachBit(set, (ord) => {
    const to = ord < remap.length ? remap[ord]! : -1
    if (to >= 0) setBit(out, to)
  })
  return out
}
