import { describe, expect, it } from 'vitest'
import { needlesOf, redactValues, scrubStrings } from './scrub.js'

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

describe('redactValues', () => {
  it('replaces whole-word occurrences in any case, the longest value first', () => {
    expect(redactValues('Called ada LOVELACE about it; Ada said yes', ['Ada', 'Lovelace', 'Ada Lovelace'])).toBe(
      'Called [erased] about it; [erased] said yes',
    )
  })

  it('leaves words that merely contain a value', () => {
    expect(redactValues('Adapter for Adam', ['Ada'])).toBe('Adapter for Adam')
  })

  it('treats values as text, not patterns', () => {
    expect(redactValues('call +1 (555) 0100 or 125', ['+1 (555) 0100', '1.5'])).toBe('call [erased] or 125')
  })

  it('skips values under three characters, which would shred unrelated words', () => {
    expect(redactValues('Jo in Jo’s shop', ['Jo'])).toBe('Jo in Jo’s shop')
  })
})
