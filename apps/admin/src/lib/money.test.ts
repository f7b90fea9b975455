import { describe, expect, it } from 'vitest'
import { decimalAmount } from '@shopstack/sdk'
import { toMinorUnits } from './money'

describe('amounts typed by staff', () => {
  it('become integer minor units, by the currency’s digits, without floating point', () => {
    expect(toMinorUnits('12.5', 'USD')).toBe(1250)
    expect(toMinorUnits('12,50', 'EUR')).toBe(1250)
    expect(toMinorUnits('0.07', 'USD')).toBe(7)
    expect(toMinorUnits('1999', 'JPY')).toBe(1999)
    // 0.1 + 0.2 is no concern: 4.35 × 100 is 434.99999… as a float, 435 here.
    expect(toMinorUnits('4.35', 'USD')).toBe(435)
  })

  it('refuse what is not an amount of that currency', () => {
    for (const text of ['', 'abc', '1.234', '-5', '1e3', '12.', '.5']) expect(toMinorUnits(text, 'USD'), text).toBeUndefined()
    expect(toMinorUnits('10.5', 'JPY')).toBeUndefined()
  })

  it('start fields from minor units', () => {
    expect(decimalAmount(1250, 'USD')).toBe('12.50')
    expect(decimalAmount(7, 'EUR')).toBe('0.07')
    expect(decimalAmount(1999, 'JPY')).toBe('1999')
  })
})
