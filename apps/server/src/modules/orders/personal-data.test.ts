import { describe, expect, it } from 'vitest'
import { identifyingValues } from './personal-data.js'

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
