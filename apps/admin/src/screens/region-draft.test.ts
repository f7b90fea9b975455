import { describe, expect, it } from 'vitest'
import { checkRegion, countriesError, emptyRegionDraft, regionBodyOf, type RegionDraft } from './region-draft'
import { checkShipping, emptyShippingDraft, shippingBodyOf, type ShippingDraft } from './region-shipping-draft'

const region = (fields: Partial<RegionDraft>): RegionDraft => ({
  ...emptyRegionDraft(),
  handle: 'switzerland',
  name: 'Switzerland',
  currency: 'CHF',
  countries: ['CH', 'LI'],
  rates: { standard: '8.1', reduced: '2.6', zero: '0' },
  ...fields,
})

describe('region form: the API’s rules checked before sending', () => {
  it('sends rates typed as percentages in basis points', () => {
    const swiss = region({ overrides: [{ key: 1, country: 'LI', taxClass: 'reduced', rate: '3.75' }] })
    expect(checkRegion(swiss, true)).toEqual({})
    expect(regionBodyOf(swiss)).toMatchObject({
      taxRates: { standard: 810, reduced: 260, zero: 0 },
      taxOverrides: [{ country: 'LI', taxClass: 'reduced', rate: 375 }],
    })
  })

  it('rejects a rate above 100 %, a malformed handle, currency or country, and no countries', () => {
    expect(checkRegion(region({ rates: { standard: '100.5', reduced: '0', zero: '0' } }), false)['taxRates.standard']).toBe('At most 100 %')
    expect(checkRegion(region({ handle: 'Swiss Region', currency: 'chf' }), true)).toMatchObject({
      handle: expect.any(String),
      currency: expect.any(String),
    })
    expect(checkRegion(region({ countries: ['CHE'] }), false).countries).toMatch(/CHE/)
    expect(checkRegion(region({ countries: [] }), false).countries).toBe('A region needs at least one country')
  })

  it('rejects an override outside the region and a second one for the same country and class', () => {
    const errors = checkRegion(
      region({
        overrides: [
          { key: 1, country: 'DE', taxClass: 'standard', rate: '19' },
          { key: 2, country: 'LI', taxClass: 'standard', rate: '8' },
          { key: 3, country: 'LI', taxClass: 'standard', rate: '7' },
        ],
      }),
      false,
    )
    expect(errors['taxOverrides.0.country']).toBe('Choose one of the region’s countries')
    expect(errors['taxOverrides.2.taxClass']).toBe('LI has a standard override already')
  })

  it('names the country the API says belongs to another region', () => {
    expect(countriesError({ 'countries.1': 'belongs to another region' }, ['CH', 'DE'])).toBe('DE belongs to another region')
  })
})

const option = (fields: Partial<ShippingDraft>): ShippingDraft => ({
  ...emptyShippingDraft(),
  name: 'Post',
  amount: '9.50',
  minDays: '2',
  maxDays: '4',
  ...fields,
})

describe('shipping option form: the API’s rules checked before sending', () => {
  it('sends a flat rate, or weight tiers with an unlimited last one, in minor units', () => {
    expect(checkShipping(option({}), 'EUR')).toEqual({})
    expect(shippingBodyOf(option({ freeAbove: '100' }), 'EUR')).toEqual({
      name: 'Post',
      kind: 'flat',
      amount: 950,
      freeAbove: 10_000,
      minDays: 2,
      maxDays: 4,
    })
    const tiers = option({
      kind: 'weight',
      tiers: [
        { key: 1, upToGrams: '1000', amount: '9.5' },
        { key: 2, upToGrams: '', amount: '19' },
      ],
    })
    expect(checkShipping(tiers, 'EUR')).toEqual({})
    expect(shippingBodyOf(tiers, 'EUR')).toMatchObject({
      tiers: [
        { upToGrams: 1000, amount: 950 },
        { upToGrams: null, amount: 1900 },
      ],
      freeAbove: null,
    })
    expect(shippingBodyOf(tiers, 'EUR')).not.toHaveProperty('amount')
  })

  it('rejects tiers that do not go up in weight, an unlimited tier before the last, and a window that ends before it starts', () => {
    const errors = checkShipping(
      option({
        kind: 'weight',
        tiers: [
          { key: 1, upToGrams: '', amount: '1' },
          { key: 2, upToGrams: '500', amount: '2' },
          { key: 3, upToGrams: '400', amount: '3' },
        ],
        minDays: '5',
        maxDays: '3',
      }),
      'EUR',
    )
    expect(errors).toMatchObject({
      'tiers.0.upToGrams': 'Only the last tier has no upper limit',
      'tiers.2.upToGrams': 'Must be above the tier before',
      maxDays: 'Must not be below the fewest days',
    })
    expect(checkShipping(option({ minDays: '366', amount: '9.999' }), 'EUR')).toMatchObject({
      minDays: expect.any(String),
      amount: expect.any(String),
    })
  })
})
