import { describe, expect, it } from 'vitest'
import { identifyingValues, redactValues } from './personal-data.js'

describe('orders personal data: redactValues', () => {
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

describe('orders personal data: identifyingValues', () => {
  it('takes names, company, street lines and phone; not city, postal code or country', () => {
    const values = identifyingValues({
      firstName: 'Ada',
      lastName: 'Lovelace',
      company: null,
      line1: '1 Main St',
      line2: null,
      city: 'London',
      postalCode: 'N1',
      countryCode: 'GB',
      phone: '+44 20',
    })
    expect(values.sort()).toEqual(['+44 20', '1 Main St', 'Ada', 'Ada Lovelace', 'Lovelace'].sort())
  })
})
