import { describe, expect, it } from 'vitest'
import { resolveTaxRate, taxOf, type RegionTaxRates } from './tax.js'

describe('pricing: taxOf', () => {
  it('adds tax on top of exclusive amounts, rounding half up', () => {
    expect(taxOf(1000, 2000, false)).toBe(200)
    expect(taxOf(5, 1000, false)).toBe(1) // 0.5
    expect(taxOf(1999, 2000, false)).toBe(400) // 399.8
    expect(taxOf(1000, 0, false)).toBe(0)
  })

  it('takes the contained tax out of inclusive amounts', () => {
    expect(taxOf(1200, 2000, true)).toBe(200) // net 1000
    expect(taxOf(999, 2000, true)).toBe(166) // net 832.5 → 833
    expect(taxOf(105, 500, true)).toBe(5) // net 100
    expect(taxOf(1000, 0, true)).toBe(0)
    expect(taxOf(0, 2000, true)).toBe(0)
  })
})

describe('pricing: resolveTaxRate', () => {
  const region: RegionTaxRates = {
    default: { standard: 2000, reduced: 1000, zero: 0 },
    countries: { DE: { standard: 1900, reduced: 700 } },
  }

  it('uses the region default for countries without an override', () => {
    expect(resolveTaxRate(region, 'standard', 'FR')).toBe(2000)
    expect(resolveTaxRate({ default: region.default }, 'reduced', 'DE')).toBe(1000)
  })

  it('uses a country override per class and falls back for classes it leaves out', () => {
    expect(resolveTaxRate(region, 'standard', 'DE')).toBe(1900)
    expect(resolveTaxRate(region, 'reduced', 'de')).toBe(700)
    expect(resolveTaxRate(region, 'zero', 'DE')).toBe(0)
  })
})
