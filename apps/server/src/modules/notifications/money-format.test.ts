import { describe, expect, it } from 'vitest'
import { formatMoney } from './money-format.js'

describe('formatMoney', () => {
  it.each([
    [3240, 'USD', '$32.40'],
    [5, 'USD', '$0.05'],
    [0, 'EUR', '€0.00'],
    [123456789, 'USD', '$1,234,567.89'],
    [1500, 'JPY', '¥1,500'],
    [12345, 'KWD', 'KWD 12.345'],
    [-250, 'USD', '-$2.50'],
  ])('%i %s → %s', (amount, currency, expected) => {
    expect(formatMoney(amount, currency).replace(/\u00a0/g, ' ')).toBe(expected)
  })
})
