import { describe, expect, it } from 'vitest'
import { boundedDamerau, boundedPrefixDamerau } from './edit-distance.js'
import { product } from './fixtures/catalog.js'
import { MemoryIndex } from './memory-index.js'
import { corrections } from './query-plan.js'
import { TypoDictionary } from './typo-dictionary.js'
import { termOf } from './normalize.js'

describe('memory search edit distance', () => {
  it.each([
    ['jacket', 'jacket', 0],
    ['jaket', 'jacket', 1],
    ['jakcet', 'jacket', 1],
    ['jcaket', 'jacket', 1],
    ['hoodie', 'hoody', 2],
    ['kashmeer', 'cashmere', 2],
  ])('%s is %i edits from %s', (a, b, distance) => {
    expect(boundedDamerau(a, b, 3)).toBe(distance)
  })

  it('gives up past the bound', () => {
    expect(boundedDamerau('sneaker', 'sweater', 1)).toBe(2)
    expect(boundedDamerau('a', 'abcdef', 2)).toBe(3)
  })

  it('measures the distance to the nearest beginning of a word', () => {
    expect(boundedPrefixDamerau('jakc', 'jacket', 1)).toBe(1)
    expect(boundedPrefixDamerau('jack', 'jacket', 1)).toBe(0)
    expect(boundedPrefixDamerau('xyz', 'jacket', 1)).toBe(2)
  })
})

describe('memory search typo dictionary', () => {
  const terms = ['jacket', 'jeans', 'cashmere', 'boot', 'hat']
  const built = new TypoDictionary()
  built.build(terms.length, (id) => [terms[id]!])
  const found = (dictionary: TypoDictionary, word: string, edits: number) => {
    const out: string[] = []
    dictionary.candidates([word], edits, (id) => {
      if (boundedDamerau(word, terms[id]!, edits) <= edits) out.push(terms[id]!)
    })
    return out.sort()
  }

  it('finds a term from a missing, extra, wrong or swapped letter', () => {
    for (const typo of ['jaket', 'jacket', 'jackets', 'jacjet', 'jacekt']) expect(found(built, typo, 1)).toContain('jacket')
  })

  it('finds a term two edits away only when two are allowed', () => {
    expect(found(built, 'kashmeer', 1)).toEqual([])
    expect(found(built, 'kashmeer', 2)).toEqual(['cashmere'])
  })

  it('finds terms added after the build', () => {
    const dictionary = new TypoDictionary()
    dictionary.build(3, (id) => [terms[id]!])
    dictionary.add(3, 'boot')
    expect(found(dictionary, 'bot', 1)).toEqual(['boot'])
  })

  it('keeps no entries for words with digits', () => {
    const dictionary = new TypoDictionary()
    dictionary.build(1, () => ['x200'])
    expect(dictionary.byteLength).toBe(4)
  })
})

describe('memory search typo thresholds', () => {
  const index = new MemoryIndex()
  index.beginBulk()
  for (const [id, title] of [
    ['1', 'Hat'],
    ['2', 'Boot'],
    ['3', 'Leather Jacket'],
    ['4', 'Cashmere Sunglasses'],
    ['5', 'Running Shoes'],
  ])
    index.upsert(product(id!, title!))
  index.endBulk()
  const corrected = (word: string) => corrections(word, termOf(word), index).map((c) => index.terms.terms[c.id])

  it('corrects nothing below four letters', () => {
    expect(corrected('hst')).toEqual([])
  })

  it('corrects one typo from four letters, not two', () => {
    expect(corrected('bood')).toEqual(['boot'])
    expect(corrected('laether')).toEqual(['leather'])
    expect(corrected('laethre')).toEqual([])
  })

  it('corrects two typos from eight letters, not three', () => {
    expect(corrected('kashmeer')).toEqual(['cashmere'])
    expect(corrected('kashmeir')).toEqual([])
  })

  it('matches a typo against the plural as written, not only the folded term', () => {
    expect(corrected('sunglsases')).toEqual(['sunglass'])
    expect(corrected('shoez')).toEqual(['shoe'])
  })

  it('corrects the beginning of a last word that is still being typed', () => {
    expect(corrections('jakc', 'jakc', index, true).map((c) => index.terms.terms[c.id])).toEqual(['jacket'])
  })
})
