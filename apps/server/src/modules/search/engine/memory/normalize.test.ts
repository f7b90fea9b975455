import { describe, expect, it } from 'vitest'
import { foldPlural, normalizeText, scanWords, type RawWord } from './normalize.js'

const words = (text: string, max?: number) => {
  const out: RawWord[] = []
  scanWords(normalizeText(text), (word) => out.push(word), max)
  return out
}

describe('memory search normalizer', () => {
  it('lower-cases and folds accents and ligatures', () => {
    expect(normalizeText('Crème Brûlée')).toBe('creme brulee')
    expect(normalizeText('Fjällbrise Straße Œuvre')).toBe('fjallbrise strasse oeuvre')
    expect(normalizeText('ÉTOILE')).toBe('etoile')
  })

  it('cuts text into words at anything but letters and digits', () => {
    expect(words('Linen shirt, 100% cotton; (size: M)').map((w) => w.joined)).toEqual(['linen', 'shirt', '100', 'cotton', 'size', 'm'])
  })

  it('keeps a hyphenated word whole and as its parts', () => {
    expect(words('Merino T-Shirt')).toEqual([
      { joined: 'merino', parts: ['merino'] },
      { joined: 'tshirt', parts: ['t', 'shirt'] },
    ])
  })

  it('drops apostrophes inside a word', () => {
    expect(words("Men's Shirts’ Collection").map((w) => w.joined)).toEqual(['mens', 'shirts', 'collection'])
  })

  it('treats emoji, symbols and SQL or regex syntax as separators', () => {
    expect(words("🔥 boots'; DROP TABLE product;-- .*[a-z]+ (?<x>)").map((w) => w.joined)).toEqual([
      'boots',
      'drop',
      'table',
      'product',
      'az',
      'x',
    ])
  })

  it('reads letters of any script', () => {
    expect(words('Чай 緑茶 שמלה').map((w) => w.joined)).toEqual(['чаи', '緑茶', 'שמלה'])
  })

  it('stops after the given number of words and cuts very long words', () => {
    expect(words('a b c d e', 3)).toHaveLength(3)
    expect(words('x'.repeat(1000))[0]!.joined).toHaveLength(40)
  })
})

describe('memory search plural folding', () => {
  it.each([
    ['shoes', 'shoe'],
    ['shoe', 'shoe'],
    ['dresses', 'dress'],
    ['dress', 'dress'],
    ['boxes', 'box'],
    ['batteries', 'battery'],
    ['battery', 'battery'],
    ['watches', 'watch'],
    ['glasses', 'glass'],
    ['knives', 'knife'],
    ['boots', 'boot'],
    ['cactus', 'cactus'],
    ['bus', 'bus'],
    ['10s', '10s'],
  ])('folds %s to %s', (word, folded) => {
    expect(foldPlural(word)).toBe(folded)
  })
})
