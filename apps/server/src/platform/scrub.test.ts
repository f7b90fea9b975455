import { describe, expect, it } from 'vitest'
import { needlesOf, scrubStrings } from './scrub.js'

describe('scrubStrings', () => {
  const needles = needlesOf(['Ada@Example.test', 'cus_01ABC', ' '])

  it('nulls every string equal to a needle, in any case, at any depth', () => {
    const payload = { email: 'ada@example.TEST', customerId: 'cus_01ABC', items: [{ by: 'cus_01ABC', sku: 'X' }], total: 5 }
    expect(scrubStrings(payload, needles)).toEqual({
      changed: true,
      value: { email: null, customerId: null, items: [{ by: null, sku: 'X' }], total: 5 },
    })
  })

  it('leaves strings that only contain a needle, and says nothing changed when nothing matched', () => {
    const payload = { note: 'wrote to ada@example.test', other: 'bob@example.test' }
    const result = scrubStrings(payload, needles)
    expect(result).toEqual({ changed: false, value: payload })
    expect(result.value).toBe(payload)
  })

  it('ignores blank values', () => {
    expect(needles.has('')).toBe(false)
    expect(scrubStrings({ a: '' }, needles).changed).toBe(false)
  })
})
