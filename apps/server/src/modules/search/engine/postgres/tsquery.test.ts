import { describe, expect, it } from 'vitest'
import { allOf, anyWord } from './tsquery.js'

describe('search tsquery text', () => {
  it('quotes words and folds plurals', () => {
    expect(allOf([{ shown: 'shoes', alternatives: [{ words: ['shoes'] }] }])).toBe("('shoe')")
  })

  it('refuses anything but a folded word, so no input becomes an operator', () => {
    expect(() => allOf([{ shown: 'x', alternatives: [{ words: ["a' | 'b"] }] }])).toThrow(/not a folded word/)
    expect(() => anyWord([{ shown: 'x', alternatives: [{ words: [''] }] }])).toThrow(/not a folded word/)
  })
})
