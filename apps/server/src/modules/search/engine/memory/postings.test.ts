import { describe, expect, it } from 'vitest'
import { PostingStore, PostingTriples } from './postings.js'
import { packFrequencies, fieldFrequency, FIELD } from './scorer.js'

const list = (store: PostingStore, term: number) => {
  const out: [number, number][] = []
  store.forEach(term, (doc, tf) => out.push([doc, tf]))
  return out
}

describe('memory search posting lists', () => {
  it('groups bulk postings by term, keeping ordinal order', () => {
    const triples = new PostingTriples()
    for (const [term, doc, tf] of [
      [1, 0, 5],
      [0, 0, 1],
      [1, 1, 2],
      [0, 2, 3],
      [2, 2, 4],
    ] as const)
      triples.push(term, doc, tf)
    const store = PostingStore.fromTriples(3, triples)
    expect(list(store, 0)).toEqual([
      [0, 1],
      [2, 3],
    ])
    expect(list(store, 1)).toEqual([
      [0, 5],
      [1, 2],
    ])
    expect(store.count(2)).toBe(1)
  })

  it('appends upserted postings after the bulk ones and merges them on compaction, dropping retired documents', () => {
    const triples = new PostingTriples()
    triples.push(0, 0, 1)
    triples.push(0, 1, 1)
    const store = PostingStore.fromTriples(1, triples)
    store.add(0, 2, 7)
    store.add(1, 2, 1)
    expect(list(store, 0)).toEqual([
      [0, 1],
      [1, 1],
      [2, 7],
    ])
    store.compact(2, Int32Array.from([0, -1, 1]))
    expect(list(store, 0)).toEqual([
      [0, 1],
      [1, 7],
    ])
    expect(list(store, 1)).toEqual([[1, 1]])
    expect(store.deltaSize).toBe(0)
  })

  it('counts how often a term names a product rather than only describing it', () => {
    const triples = new PostingTriples()
    triples.push(0, 0, packFrequencies([1, 0, 0, 0, 0, 0], 0))
    triples.push(0, 1, packFrequencies([0, 0, 0, 0, 0, 4], 0))
    const store = PostingStore.fromTriples(1, triples)
    store.add(0, 2, packFrequencies([0, 1, 0, 0, 0, 0], 0))
    expect(store.namingCount(0)).toBe(2)
    expect(store.count(0)).toBe(3)
  })

  it('packs field frequencies, saturating each field', () => {
    const packed = packFrequencies([9, 1, 0, 2, 3, 40], 0)
    expect(
      [FIELD.title, FIELD.brand, FIELD.category, FIELD.type, FIELD.attribute, FIELD.description].map((f) => fieldFrequency(packed, f)),
    ).toEqual([3, 1, 0, 2, 3, 15])
  })
})
