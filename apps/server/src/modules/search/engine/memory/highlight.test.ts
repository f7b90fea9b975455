import { describe, expect, it } from 'vitest'
import { highlight } from './highlight.js'

describe('memory search highlighter', () => {
  it('wraps matched words, whatever their case, plural or accents', () => {
    expect(highlight('Leather Chelsea Boots', new Set(['boot', 'leather']))).toBe('<mark>Leather</mark> Chelsea <mark>Boots</mark>')
    expect(highlight('Crème Brûlée Mug', new Set(['creme']))).toBe('<mark>Crème</mark> Brûlée Mug')
  })

  it('escapes HTML in the title, marked or not', () => {
    expect(highlight('<script>alert("x")</script> & Boots', new Set(['boot', 'script']))).toBe(
      '&lt;<mark>script</mark>&gt;alert(&quot;x&quot;)&lt;/<mark>script</mark>&gt; &amp; <mark>Boots</mark>',
    )
    expect(highlight("Tom's <b>Mug</b>", new Set())).toBe('Tom&#39;s &lt;b&gt;Mug&lt;/b&gt;')
  })

  it('marks a hyphenated word whole when it matched joined, else only the matching part', () => {
    expect(highlight('Merino T-Shirt', new Set(['tshirt']))).toBe('Merino <mark>T-Shirt</mark>')
    expect(highlight('Merino T-Shirt', new Set(['shirt']))).toBe('Merino T-<mark>Shirt</mark>')
  })

  it('marks words joined by an apostrophe as one', () => {
    expect(highlight("Men's Boots", new Set(['men']))).toBe('<mark>Men&#39;s</mark> Boots')
  })
})
