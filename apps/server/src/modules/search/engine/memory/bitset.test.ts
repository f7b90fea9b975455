import { describe, expect, it } from 'vitest'
import { cardinality, clearBit, forEachBit, growBitset, hasBit, newBitset, orInto, remapBitset, setBit } from './bitset.js'

const members = (set: Uint32Array) => {
  const out: number[] = []
  forEachBit(set, (ord) => out.push(ord))
  return out
}

describe('memory search bitsets', () => {
  it('sets, tests and clears members across word boundaries', () => {
    const set = newBitset(100)
    for (const ord of [0, 31, 32, 63, 99]) setBit(set, ord)
    expect(members(set)).toEqual([0, 31, 32, 63, 99])
    expect(hasBit(set, 31)).toBe(true)
    expect(hasBit(set, 30)).toBe(false)
    clearBit(set, 31)
    expect(hasBit(set, 31)).toBe(false)
    expect(cardinality(set)).toBe(4)
  })

  it('unions and keeps members when it grows', () => {
    const a = newBitset(64)
    const b = newBitset(64)
    setBit(a, 1)
    setBit(b, 40)
    orInto(a, b)
    const grown = growBitset(a, 1000)
    setBit(grown, 999)
    expect(members(grown)).toEqual([1, 40, 999])
  })

  it('renumbers members and drops the ones mapped to -1', () => {
    const set = newBitset(8)
    for (const ord of [0, 2, 5, 7]) setBit(set, ord)
    const remap = Int32Array.from([0, -1, 1, -1, -1, 2, -1, 3])
    expect(members(remapBitset(set, remap, 4))).toEqual([0, 1, 2, 3])
  })
})
