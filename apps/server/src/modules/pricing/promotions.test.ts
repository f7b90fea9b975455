import { describe, expect, it } from 'vitest'
import { applyPromotions, buyXGetYUnits, ineligibility, type DiscountableLine, type Promotion } from './promotions.js'
import { priceShipping } from './shipping.js'

const line = (productId: string, unitPrice: number, quantity: number): DiscountableLine => ({
  productId,
  categoryIds: [],
  unitPrice,
  quantity,
})

describe('pricing: buyXGetYUnits', () => {
  it('discounts the cheapest unit of each complete group, dearest units first', () => {
    // sorted 900 | 500 500 | 300 300 300 300 → groups (900 500 500) (300 300 300), leftover 300
    const lines = [line('a', 300, 4), line('b', 900, 1), line('c', 500, 2), line('x', 50, 9)]
    expect(buyXGetYUnits(lines, 2, 1, ['a', 'b', 'c'])).toEqual([1, 0, 1, 0])
  })

  it('counts a large quantity without listing every unit', () => {
    expect(buyXGetYUnits([line('a', 100, 1_000_001)], 1, 1, ['a'])).toEqual([500_000])
  })
})

describe('pricing: ineligibility', () => {
  const now = new Date('2026-06-15T12:00:00Z')
  const promo = (extra: Partial<Promotion>): Promotion => ({ id: 'p', kind: 'free_shipping', ...extra }) as Promotion

  it('treats the window as starting inclusive and ending exclusive', () => {
    expect(ineligibility(promo({ startsAt: now }), 0, now)).toBeNull()
    expect(ineligibility(promo({ endsAt: now }), 0, now)).toBe('expired')
    expect(ineligibility(promo({ startsAt: new Date(now.getTime() + 1) }), 0, now)).toBe('not-started')
  })

  it('needs the pre-discount subtotal to reach the minimum', () => {
    expect(ineligibility(promo({ minSubtotal: 100 }), 100, now)).toBeNull()
    expect(ineligibility(promo({ minSubtotal: 100 }), 99, now)).toBe('min-subtotal-not-met')
  })
})

describe('pricing: priceShipping', () => {
  const tiers = {
    kind: 'weight' as const,
    tiers: [
      { upToGrams: 1000, amount: 400 },
      { upToGrams: null, amount: 900 },
    ],
    freeAbove: 5000,
  }

  it('prices by the first tier that holds the weight and is free from the threshold on', () => {
    expect(priceShipping(tiers, 1000, 0)).toBe(400)
    expect(priceShipping(tiers, 1001, 4999)).toBe(900)
    expect(priceShipping(tiers, 1001, 5000)).toBe(0)
  })

  it('returns null when no tier holds the parcel', () => {
    expect(priceShipping({ kind: 'weight', tiers: [{ upToGrams: 10, amount: 1 }] }, 11, 0)).toBeNull()
    expect(priceShipping({ kind: 'weight', tiers: [] }, 0, 0)).toBeNull()
  })
})

describe('pricing: applyPromotions', () => {
  it('rejects malformed promotion data instead of mispricing the cart', () => {
    const lines = [line('a', 1000, 1)]
    const target = { scope: 'order' as const }
    expect(() => applyPromotions(lines, [{ id: 'x', kind: 'percentage', basisPoints: 10001, target }])).toThrow(RangeError)
    expect(() => applyPromotions(lines, [{ id: 'x', kind: 'fixed', amount: 1.5, target }])).toThrow(RangeError)
    const bad = { id: 'x', kind: 'buy_x_get_y', buyQuantity: 2, getQuantity: 0, percentOffBasisPoints: 10000, productIds: ['a'] } as const
    expect(() => applyPromotions(lines, [{ ...bad, productIds: ['a'] }])).toThrow(RangeError)
  })
})
