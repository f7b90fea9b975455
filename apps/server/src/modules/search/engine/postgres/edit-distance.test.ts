import { describe, expect, it } from 'vitest'
import { distances, oneEditAway } from './edit-distance.js'

describe('search edit distance', () => {
  it.each([
    ['jacket', 'jacket', 0],
    ['jakcet', 'jacket', 1],
    ['jcket', 'jacket', 1],
    ['jacklet', 'jacket', 1],
    ['jxcket', 'jacket', 1],
    ['jckt', 'jacket', 2],
    ['', 'abc', 3],
    ['crème', 'creme', 1],
  ])('%s → %s is %i', (word, term, expected) => {
    expect(distances(word, term).whole).toBe(expected)
  })

  it('measures to the closest beginning of a longer word', () => {
    expect(distances('jakc', 'jacket')).toMatchObject({ prefix: 1, prefixLength: 4 })
    expect(distances('jack', 'jacket')).toMatchObject({ prefix: 0, prefixLength: 4 })
    expect(distances('swe', 'sweater')).toMatchObject({ whole: 4, prefix: 0, prefixLength: 3 })
  })

  it('counts letters outside the basic plane as one', () => {
    expect(distances('𝒜bc', 'abc').whole).toBe(1)
  })

  it('lists every string one edit away', () => {
    const near = oneEditAway('ab')
    expect(near).toEqual(expect.arrayContaining(['a', 'b', 'ba', 'xab', 'axb', 'abx', 'xb', 'ax']))
    expect(near).not.toContain('ab')
    expect(near.every((candidate) => distances('ab', candidate).whole === 1)).toBe(true)
  })
})
