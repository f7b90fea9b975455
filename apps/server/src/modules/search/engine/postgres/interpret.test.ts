import { describe, expect, it } from 'vitest'
import { correct, MAX_QUERY_WORDS, planWords, queryWords, scanQuery, toClauses, type PlannedWord, type WordFacts } from './interpret.js'
import { allOf, anyOf, anyWord } from './tsquery.js'

const facts = (known: string[], extra: Partial<WordFacts> = {}): WordFacts => ({
  known: new Set(known),
  stopWords: new Set(),
  synonyms: [],
  completed: null,
  lastCompletes: false,
  completions: [],
  ...extra,
})
const word = (text: string, prefix = false): PlannedWord => ({ word: text, prefix, completions: [], corrections: [], shown: text })

describe('search interpretation: query words', () => {
  it('drops stop words and repeats, unless only stop words are left', () => {
    const stop = new Set(['the', 'for'])
    expect(queryWords(scanQuery('the jacket for the rain'), stop, 2).words).toEqual(['jacket', 'rain'])
    expect(queryWords(scanQuery('the for'), stop, 2).words).toEqual(['the', 'for'])
  })

  it('keeps at most 16 words', () => {
    const text = Array.from({ length: 40 }, (_, i) => `w${i}`).join(' ')
    expect(queryWords(scanQuery(text), new Set(), 2).words).toHaveLength(MAX_QUERY_WORDS)
  })

  it('reads the last word as a beginning unless a space follows it or it is too short', () => {
    expect(queryWords(scanQuery('rain jack'), new Set(), 2).lastIsPrefix).toBe(true)
    expect(queryWords(scanQuery('rain jack '), new Set(), 2).lastIsPrefix).toBe(false)
    expect(queryWords(scanQuery('rain j'), new Set(), 2).lastIsPrefix).toBe(false)
    expect(queryWords(scanQuery('rain j'), new Set(), 1).lastIsPrefix).toBe(true)
  })
})

describe('search interpretation: typos', () => {
  it('asks for a correction only for unknown words of 4 letters or more', () => {
    const { toCorrect } = planWords({ words: ['cap', 'jakcet', 'rain'], lastIsPrefix: false }, facts(['rain']))
    expect(toCorrect.map((w) => w.word)).toEqual(['jakcet'])
  })

  it('takes a last word that begins a known word as it is', () => {
    const { toCorrect } = planWords({ words: ['jack'], lastIsPrefix: true }, facts([], { completed: 'jack', lastCompletes: true }))
    expect(toCorrect).toEqual([])
  })

  it('keeps every correction at the nearest distance, whole words and common ones first', () => {
    const corrected = correct(word('shoo'), [
      { term: 'shop', docs: 5 },
      { term: 'shoe', docs: 9 },
      { term: 'shoot', docs: 50 },
      { term: 'sho', docs: 1 },
      { term: 'shelf', docs: 100 },
    ])
    expect(corrected.corrections).toEqual(['shoot', 'shoe', 'shop', 'sho'])
    expect(corrected.shown).toBe('shoot')
  })

  it('allows one typo from 4 letters and two from 8', () => {
    expect(correct(word('jckt'), [{ term: 'jacket', docs: 1 }]).corrections).toEqual([])
    expect(correct(word('jcket'), [{ term: 'jacket', docs: 1 }]).corrections).toEqual(['jacket'])
    expect(correct(word('haevyweihgt'), [{ term: 'heavyweight', docs: 1 }]).corrections).toEqual(['heavyweight'])
  })

  it('corrects a last word to the beginning of a word only when its first two letters are right', () => {
    expect(correct(word('jakc', true), [{ term: 'jacket', docs: 1 }]).corrections).toEqual(['jacket'])
    expect(correct(word('ajck', true), [{ term: 'jacket', docs: 1 }]).corrections).toEqual([])
    expect(correct(word('jakc', false), [{ term: 'jacket', docs: 1 }]).corrections).toEqual([])
  })

  it('leaves a word with nothing near as it is', () => {
    expect(correct(word('xyzzy'), [{ term: 'jacket', docs: 1 }])).toEqual(word('xyzzy'))
  })
})

describe('search interpretation: clauses', () => {
  const groups = [
    [['tee'], ['t', 'shirt'], ['tshirt']],
    [['jumper'], ['sweater']],
  ]

  it('turns a run of words that is a synonym phrase into one clause', () => {
    const clauses = toClauses([word('red'), word('t'), word('shirt')], groups)
    expect(clauses.map((c) => c.shown)).toEqual(['red', 't shirt'])
    expect(allOf(clauses)).toBe("('red') & ('t' <-> 'shirt' | 'tee' | 'tshirt')")
  })

  it('expands a word to its group, plurals folded', () => {
    const clauses = toClauses([word('jumpers')], groups)
    expect(allOf(clauses)).toBe("('jumper' | 'sweater')")
    expect(clauses[0]!.shown).toBe('jumpers')
  })

  it('matches a last word as a beginning and by its completions', () => {
    const clauses = toClauses([{ ...word('boxe', true), completions: ['boxes'] }], [])
    expect(allOf(clauses)).toBe("('boxe':* | 'box')")
    expect(anyWord(clauses)).toBe("'boxe':* | 'box'")
  })

  it('searches a corrected word by its corrections', () => {
    const clauses = toClauses([{ ...word('shoo'), corrections: ['shoe', 'shop'], shown: 'shoe' }, word('red')], [])
    expect(anyOf(clauses)).toBe("('shoe' | 'shop') | ('red')")
    expect(clauses[0]!.shown).toBe('shoe')
  })
})
