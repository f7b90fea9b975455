import { describe, expect, it } from 'vitest'
import { TermDictionary } from './term-dictionary.js'

describe('memory search term dictionary', () => {
  it('gives a plural and its singular one term, and remembers how it was spelt', () => {
    const terms = new TermDictionary()
    const shoes = terms.idForToken('shoes')
    expect(terms.idForToken('shoe')).toBe(shoes)
    expect(terms.terms[shoes]).toBe('shoe')
    expect(terms.spellings(shoes)).toEqual(['shoe', 'shoes'])
  })

  it('finds terms by prefix in term order, including terms added after the last lookup', () => {
    const terms = new TermDictionary()
    for (const word of ['jacket', 'jeans', 'jack', 'boot', 'jam']) terms.idForToken(word)
    const names = (prefix: string) => terms.withPrefix(prefix, 100).map((id) => terms.terms[id])
    expect(names('ja')).toEqual(['jack', 'jacket', 'jam'])
    terms.idForToken('jade')
    expect(names('ja')).toEqual(['jack', 'jacket', 'jade', 'jam'])
    expect(names('jac')).toEqual(['jack', 'jacket'])
    expect(names('x')).toEqual([])
  })

  it('looks at no more terms than asked for a short prefix', () => {
    const terms = new TermDictionary()
    for (let i = 0; i < 100; i++) terms.idForToken(`s${i}`)
    expect(terms.withPrefix('s', 10)).toHaveLength(10)
  })

  it('shows a correction in the form nearer to what was typed', () => {
    const terms = new TermDictionary()
    const dress = terms.idForToken('dress')
    terms.idForToken('dresses')
    expect(terms.display(dress, 'dreqs')).toBe('dress')
    expect(terms.display(dress, 'dresess')).toBe('dresses')
  })
})
