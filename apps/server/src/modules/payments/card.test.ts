import { describe, expect, it } from 'vitest'
import { cardBrand, cardDigits, checkCard, expired, luhnValid } from './card.js'
import { TEST_CARDS, testBehaviourOf } from './test-cards.js'

const NOW = new Date('2026-05-15T12:00:00Z')
const card = (overrides: Partial<Parameters<typeof checkCard>[0]> = {}) => ({
  number: '4242 4242 4242 4242',
  cvc: '737',
  expMonth: 12,
  expYear: 2030,
  ...overrides,
})

describe('card checks: Luhn', () => {
  it('accepts numbers whose check digit is right', () => {
    for (const number of ['4242424242424242', '5555555555554444', '378282246310005', '6011111111111117', '3056930009020004'])
      expect(luhnValid(number), number).toBe(true)
  })

  it('rejects a number with one digit changed or two neighbours swapped', () => {
    expect(luhnValid('4242424242424241')).toBe(false)
    expect(luhnValid('4242424242424224')).toBe(false)
    expect(luhnValid('2424242424242424')).toBe(false)
  })
})

describe('card checks: digits', () => {
  it('accepts 12 to 19 digits with spaces between groups', () => {
    expect(cardDigits('4242 4242 4242 4242')).toBe('4242424242424242')
    expect(cardDigits('123456789012')).toBe('123456789012')
    expect(cardDigits('1234567890123456789')).toBe('1234567890123456789')
  })

  it('rejects too few or too many digits, dashes, letters and other characters', () => {
    for (const number of [
      '12345678901',
      '12345678901234567890',
      '4242-4242-4242-4242',
      '4242424242424a42',
      '',
      '４２４２４２４２４２４２４２４２',
    ])
      expect(cardDigits(number), number).toBeUndefined()
  })
})

describe('card checks: brand', () => {
  it.each([
    ['4242424242424242', 'visa'],
    ['5555555555554444', 'mastercard'],
    ['2223003122003222', 'mastercard'],
    ['378282246310005', 'amex'],
    ['371449635398431', 'amex'],
    ['6011111111111117', 'discover'],
    ['6445644564456445', 'discover'],
    ['3566002020360505', 'jcb'],
    ['3056930009020004', 'diners'],
    ['36227206271667', 'diners'],
    ['6200000000000005', 'unionpay'],
    ['9999999999999995', 'unknown'],
  ])('names %s as %s', (number, brand) => expect(cardBrand(number)).toBe(brand))
})

describe('card checks: the whole card', () => {
  it('returns brand, last four and expiry, and nothing of the number beyond that', () => {
    const checked = checkCard(card(), NOW)
    expect(checked).toEqual({
      summary: { brand: 'visa', last4: '4242', expMonth: 12, expYear: 2030 },
      digits: '4242424242424242',
    })
  })

  it('rejects a bad number, CVC and month at once, with field pointers that never repeat what was sent', () => {
    const sent = card({ number: '4242 4242 4242 4241', cvc: '73', expMonth: 13 })
    const checked = checkCard(sent, NOW)
    expect(checked).toEqual({
      problems: [
        { pointer: '/body/number', detail: 'is not a valid card number' },
        { pointer: '/body/cvc', detail: 'must be 3 or 4 digits' },
        { pointer: '/body/expMonth', detail: 'must be a month from 1 to 12' },
      ],
    })
    const text = JSON.stringify(checked)
    for (const fragment of ['4241', '4242', '73"']) expect(text).not.toContain(fragment)
  })

  it('rejects a number of the wrong length and a CVC with letters', () => {
    const checked = checkCard(card({ number: '4242', cvc: '12a' }), NOW)
    expect(checked).toEqual({
      problems: [
        { pointer: '/body/number', detail: 'must be 12 to 19 digits (spaces allowed)' },
        { pointer: '/body/cvc', detail: 'must be 3 or 4 digits' },
      ],
    })
  })

  it('accepts a 4-digit CVC', () => {
    expect('summary' in checkCard(card({ number: '378282246310005', cvc: '1234' }), NOW)).toBe(true)
  })
})

describe('card checks: expiry', () => {
  it('keeps a card good through the last day of its month', () => {
    expect(expired(5, 2026, NOW)).toBe(false)
    expect(expired(5, 2026, new Date('2026-05-31T23:59:59Z'))).toBe(false)
    expect(expired(5, 2026, new Date('2026-06-01T00:00:00Z'))).toBe(true)
  })

  it('rejects a card that expired last month or last year at /body/expYear', () => {
    expect(expired(4, 2026, NOW)).toBe(true)
    expect(expired(12, 2025, NOW)).toBe(true)
    expect(checkCard(card({ expMonth: 4, expYear: 2026 }), NOW)).toEqual({
      problems: [{ pointer: '/body/expYear', detail: 'the card has expired' }],
    })
  })
})

describe('test cards', () => {
  it('are valid Visa numbers, each with its behaviour, and any other number succeeds', () => {
    for (const number of Object.keys(TEST_CARDS)) {
      expect(luhnValid(number), number).toBe(true)
      expect(cardBrand(number)).toBe('visa')
    }
    expect(testBehaviourOf('4000000000000002')).toBe('decline')
    expect(testBehaviourOf('4000000000009995')).toBe('insufficient_funds')
    expect(testBehaviourOf('4000000000003220')).toBe('challenge')
    expect(testBehaviourOf('5555555555554444')).toBe('succeed')
  })
})
