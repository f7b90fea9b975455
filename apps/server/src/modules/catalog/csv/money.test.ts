import { describe, expect, it } from 'vitest'
import { currencyExponent, formatMoney, parseMoney } from './money.js'

const usd = (text: string) => parseMoney(text, 2, 'USD')

describe('product csv: prices', () => {
  it('reads decimal prices into integer cents without floating point', () => {
    expect(usd('19.99')).toEqual({ ok: true, value: 1999 })
    expect(usd('20')).toEqual({ ok: true, value: 2000 })
    expect(usd('0.5')).toEqual({ ok: true, value: 50 })
    expect(usd('0.07')).toEqual({ ok: true, value: 7 })
    // 1.15 * 100 is 114.99999999999999 in binary floating point.
    expect(usd('1.15')).toEqual({ ok: true, value: 115 })
    expect(usd('007.10')).toEqual({ ok: true, value: 710 })
  })

  it('rejects more decimals than the currency has, but accepts exact trailing zeros', () => {
    expect(usd('12.345')).toMatchObject({ ok: false, message: expect.stringContaining('too many decimal places') })
    expect(usd('19.999')).toMatchObject({ ok: false })
    expect(usd('19.990')).toEqual({ ok: true, value: 1999 })
  })

  it('rejects text, signs, symbols and thousands separators', () => {
    for (const text of ['abc', '-1.00', '+1', '$19.99', '19.', '.5', '1e3', '1 000']) {
      expect(usd(text), text).toMatchObject({ ok: false, message: expect.stringContaining('is not a price') })
    }
    expect(usd('1,299.00')).toMatchObject({ ok: false, message: expect.stringContaining('thousands separators') })
    expect(usd('19,99')).toMatchObject({ ok: false, message: expect.stringContaining('comma') })
  })

  it('rejects prices above the schema maximum', () => {
    expect(usd('100000000.00')).toEqual({ ok: true, value: 100_000_000_00 })
    expect(usd('100000000.01')).toMatchObject({ ok: false, message: expect.stringContaining('above the largest price') })
    expect(usd('9'.repeat(40))).toMatchObject({ ok: false })
  })

  it('reads JPY with zero decimals', () => {
    expect(currencyExponent('JPY')).toBe(0)
    expect(parseMoney('1200', 0, 'JPY')).toEqual({ ok: true, value: 1200 })
    expect(parseMoney('1200.00', 0, 'JPY')).toEqual({ ok: true, value: 1200 })
    expect(parseMoney('1200.5', 0, 'JPY')).toMatchObject({ ok: false, message: expect.stringContaining('JPY has no minor units') })
  })

  it('takes exponents from Intl and rejects a malformed currency code', () => {
    expect(currencyExponent('USD')).toBe(2)
    expect(currencyExponent('EUR')).toBe(2)
    expect(currencyExponent('BHD')).toBe(3)
    expect(() => currencyExponent('usd')).toThrow(/ISO 4217/)
  })

  it('formats minor units back to the same text form', () => {
    expect(formatMoney(1999, 2)).toBe('19.99')
    expect(formatMoney(2000, 2)).toBe('20.00')
    expect(formatMoney(5, 2)).toBe('0.05')
    expect(formatMoney(0, 2)).toBe('0.00')
    expect(formatMoney(1200, 0)).toBe('1200')
    expect(formatMoney(1, 3)).toBe('0.001')
    expect(() => formatMoney(1.5, 2)).toThrow(RangeError)
    for (const minor of [0, 1, 99, 100, 12345, 100_000_000_00]) expect(usd(formatMoney(minor, 2))).toEqual({ ok: true, value: minor })
  })
})
