import { describe, expect, it } from 'vitest'
import { foldPlural } from '../plural.js'
import { fold, indexWordsOf, MAX_WORD_LENGTH, tokenize, wordsOf } from './text.js'

describe('search text: words', () => {
  it('folds case, accents and ligatures', () => {
    expect(fold('Crème')).toBe('creme')
    expect(fold('STRAẞE')).toBe('strasse')
    expect(fold('Łódź')).toBe('lodz')
    expect(fold('Æble')).toBe('aeble')
    expect(fold('ﬁne')).toBe('fine')
  })

  it('cuts words at anything but letters and digits, keeping their places', () => {
    expect(tokenize('T-Shirt, 2-pack!')).toEqual([
      { word: 't', start: 0, end: 1 },
      { word: 'shirt', start: 2, end: 7 },
      { word: '2', start: 9, end: 10 },
      { word: 'pack', start: 11, end: 15 },
    ])
    expect(wordsOf("men's  <b>jacket</b> 🧥")).toBe('men s b jacket b')
  })

  it('keeps combining marks with their letter', () => {
    expect(tokenize('cafe\u0301 noir').map((t) => t.word)).toEqual(['cafe', 'noir'])
  })

  it('cuts overlong words, so a pasted blob is one short word', () => {
    expect(tokenize('x'.repeat(500))[0]!.word).toHaveLength(MAX_WORD_LENGTH)
  })

  it('indexes words with plurals folded', () => {
    expect(indexWordsOf('Chef Knives & Storage Boxes')).toBe('chef knife storage box')
    expect(wordsOf(null)).toBe('')
  })
})

describe('search text: plurals', () => {
  it.each([
    ['shoes', 'shoe'],
    ['dresses', 'dress'],
    ['boxes', 'box'],
    ['batteries', 'battery'],
    ['knives', 'knife'],
    ['dress', 'dress'],
    ['bus', 'bus'],
    ['canvas', 'canva'],
    ['iris', 'iris'],
    ['ps5s', 'ps5s'],
    ['ties', 'tie'],
  ])('%s → %s', (word, key) => {
    expect(foldPlural(word)).toBe(key)
  })
})
