import { describe, expect, it } from 'vitest'
import { bodyOf, check, draftOf, emptyDraft, localInput, type Promotion, type PromotionDraft } from './promotion-draft'

const draft = (fields: Partial<PromotionDraft>): PromotionDraft => ({ ...emptyDraft(), name: 'Spring', code: 'SPRING', ...fields })

describe('promotion form: the API’s rules checked before sending', () => {
  it('accepts a percentage off the order and sends only the fields its kind takes', () => {
    const spring = draft({ percent: '12.5' })
    expect(check(spring)).toEqual({})
    expect(bodyOf(spring)).toEqual({
      name: 'Spring',
      code: 'SPRING',
      kind: 'percentage',
      basisPoints: 1250,
      target: { scope: 'order' },
      currency: null,
      minSubtotal: null,
      startsAt: null,
      endsAt: null,
      usageLimit: null,
      perCustomerLimit: null,
    })
  })

  it('rejects a percentage above 100, below 0.01 or with three decimals', () => {
    expect(check(draft({ percent: '100.01' })).basisPoints).toBe('At most 100 %')
    expect(check(draft({ percent: '0' })).basisPoints).toBe('At least 0.01 %')
    expect(check(draft({ percent: '12.345' })).basisPoints).toMatch(/two decimals/)
    expect(check(draft({ percent: '100' }))).toEqual({})
  })

  it('rejects a code the API’s pattern refuses, and needs none for an automatic promotion', () => {
    for (const code of ['', 'ab', '-SALE', 'SPRING SALE', 'x'.repeat(41)])
      expect(check(draft({ percent: '5', code })).code, code).toBeDefined()
    expect(check(draft({ percent: '5', code: '', trigger: 'automatic' }))).toEqual({})
    expect(bodyOf(draft({ percent: '5', trigger: 'automatic' })).code).toBeNull()
  })

  it('needs the currency of a fixed amount or a minimum subtotal, and reads amounts in that currency’s minor units', () => {
    expect(check(draft({ kind: 'fixed', amount: '10' })).currency).toBe('A fixed amount needs its currency')
    expect(check(draft({ kind: 'free_shipping', minSubtotal: '50' })).currency).toBe('A minimum subtotal needs its currency')
    expect(check(draft({ kind: 'fixed', amount: '10.005', currency: 'USD' })).amount).toMatch(/USD/)
    const tenOff = draft({ kind: 'fixed', amount: '10', currency: 'JPY', minSubtotal: '5000' })
    expect(check(tenOff)).toEqual({})
    expect(bodyOf(tenOff)).toMatchObject({ amount: 10, currency: 'JPY', minSubtotal: 5000, target: { scope: 'order' } })
    expect(bodyOf(tenOff)).not.toHaveProperty('basisPoints')
  })

  it('needs products or categories when the discount reaches only those', () => {
    expect(check(draft({ percent: '5', scope: 'products' }))['target.productIds']).toBe('Choose at least one product')
    expect(check(draft({ percent: '5', scope: 'categories' }))['target.categoryIds']).toBe('Choose at least one category')
    const shoes = draft({ percent: '5', scope: 'categories', categoryIds: ['cat_1'], productIds: ['prod_left_over'] })
    expect(bodyOf(shoes).target).toEqual({ scope: 'categories', categoryIds: ['cat_1'] })
  })

  it('checks buy X get Y quantities from 1 to 1000 and its products; an empty share means the units are free', () => {
    const errors = check(draft({ kind: 'buy_x_get_y', buyQuantity: '0', getQuantity: '1001' }))
    expect(errors).toMatchObject({
      buyQuantity: expect.any(String),
      getQuantity: expect.any(String),
      productIds: 'Choose at least one product',
    })
    const threeForTwo = draft({ kind: 'buy_x_get_y', buyQuantity: '2', getQuantity: '1', productIds: ['prod_1'] })
    expect(check(threeForTwo)).toEqual({})
    expect(bodyOf(threeForTwo)).toMatchObject({ buyQuantity: 2, getQuantity: 1, productIds: ['prod_1'], basisPoints: 10_000 })
    expect(bodyOf(threeForTwo)).not.toHaveProperty('target')
  })

  it('rejects an end before the start, limits out of range, and a total limit below the uses made', () => {
    expect(check(draft({ percent: '5', startsAt: '2030-03-08T09:00', endsAt: '2030-03-08T09:00' })).endsAt).toBe('Must be after the start')
    expect(check(draft({ percent: '5', usageLimit: '0', perCustomerLimit: '100001' }))).toMatchObject({
      usageLimit: expect.any(String),
      perCustomerLimit: expect.any(String),
    })
    expect(check(draft({ percent: '5', usageLimit: '3' }), 4).usageLimit).toBe('It was used 4 times already')
  })

  it('starts from a stored promotion and sends its times back unchanged when they were not touched', () => {
    const stored: Promotion = {
      id: 'promo_1',
      name: 'Stored',
      code: null,
      kind: 'buy_x_get_y',
      basisPoints: 10_000,
      amount: null,
      currency: 'EUR',
      target: null,
      buyQuantity: 2,
      getQuantity: 1,
      productIds: ['prod_1'],
      minSubtotal: 1999,
      startsAt: '2030-01-01T10:00:30.500Z',
      endsAt: null,
      usageLimit: null,
      perCustomerLimit: 2,
      usageCount: 0,
      active: true,
      createdAt: '2029-12-01T00:00:00.000Z',
    }
    const again = draftOf(stored)
    expect(again).toMatchObject({ trigger: 'automatic', percent: '', minSubtotal: '19.99', perCustomerLimit: '2', productIds: ['prod_1'] })
    expect(again.startsAt).toBe(localInput(stored.startsAt))
    expect(check(again)).toEqual({})
    expect(bodyOf(again, stored)).toMatchObject({ startsAt: '2030-01-01T10:00:30.500Z', minSubtotal: 1999, basisPoints: 10_000 })
  })
})
