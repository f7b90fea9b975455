import { describe, expect, it } from 'vitest'
import { parseBoolean, parseHandle, parseImageUrl, parseInventory, parseTags, toGrams } from './fields.js'

describe('product csv: cells', () => {
  it('converts weights in g, kg, lb and oz to whole grams, rounding half up', () => {
    expect(toGrams('250', 'g')).toEqual({ ok: true, value: 250 })
    expect(toGrams('200.0', 'g')).toEqual({ ok: true, value: 200 })
    expect(toGrams('0.5', 'g')).toEqual({ ok: true, value: 1 })
    expect(toGrams('1.5', 'kg')).toEqual({ ok: true, value: 1500 })
    expect(toGrams('1', 'lb')).toEqual({ ok: true, value: 454 }) // 453.59237
    expect(toGrams('2.2', 'lb')).toEqual({ ok: true, value: 998 }) // 997.903214
    expect(toGrams('16', 'oz')).toEqual({ ok: true, value: 454 }) // exactly 1 lb
    expect(toGrams('1', 'oz')).toEqual({ ok: true, value: 28 })
  })

  it('rejects negative, non-numeric and oversized weights', () => {
    expect(toGrams('-1', 'g')).toMatchObject({ ok: false })
    expect(toGrams('heavy', 'kg')).toMatchObject({ ok: false })
    expect(toGrams('10001', 'kg')).toMatchObject({ ok: false, message: expect.stringContaining('above the limit') })
  })

  it('rejects inventory that is negative or fractional', () => {
    expect(parseInventory('0')).toEqual({ ok: true, value: 0 })
    expect(parseInventory('-3')).toMatchObject({ ok: false })
    expect(parseInventory('2.5')).toMatchObject({ ok: false })
  })

  it('reads Published case-insensitively and rejects anything but true/false', () => {
    expect(parseBoolean('TRUE')).toEqual({ ok: true, value: true })
    expect(parseBoolean('false')).toEqual({ ok: true, value: false })
    expect(parseBoolean('yes')).toMatchObject({ ok: false })
  })

  it('rejects handles that are not lower-case words joined by hyphens', () => {
    expect(parseHandle('blue-t-shirt-2')).toEqual({ ok: true, value: 'blue-t-shirt-2' })
    for (const handle of ['Blue', 'blue--shirt', '-blue', 'blue shirt', 'blue_shirt', 'a'.repeat(201)])
      expect(parseHandle(handle), handle).toMatchObject({ ok: false })
  })

  it('splits tags on commas, trimming and dropping blanks and repeats', () => {
    expect(parseTags(' cotton,summer ,, cotton')).toEqual({ ok: true, value: ['cotton', 'summer'] })
    expect(parseTags('x'.repeat(101))).toMatchObject({ ok: false })
  })

  it('accepts https URLs and /media/ paths only', () => {
    expect(parseImageUrl('https://cdn.example.com/a.jpg')).toMatchObject({ ok: true })
    expect(parseImageUrl('/media/a.jpg')).toMatchObject({ ok: true })
    for (const url of ['http://cdn.example.com/a.jpg', 'javascript:alert(1)', 'a.jpg', 'https:// spaced'])
      expect(parseImageUrl(url), url).toMatchObject({ ok: false })
  })
})
