import { describe, expect, it } from 'vitest'
import { escapeHtml, highlight } from './highlight.js'

describe('search highlight', () => {
  it('escapes every HTML-significant character', () => {
    expect(escapeHtml(`<a href="x">Tom & Jerry's</a>`)).toBe('&lt;a href=&quot;x&quot;&gt;Tom &amp; Jerry&#39;s&lt;/a&gt;')
  })

  it('marks words by their 1-based position, keeping the original spelling', () => {
    expect(highlight('Crème Brûlée Torch', [1, 3])).toBe('<mark>Crème</mark> Brûlée <mark>Torch</mark>')
  })

  it('counts positions over words only, skipping symbols and emoji', () => {
    expect(highlight('🔥 <Best> & "Mug"', [1, 2])).toBe('🔥 &lt;<mark>Best</mark>&gt; &amp; &quot;<mark>Mug</mark>&quot;')
  })

  it('ignores positions past the last word', () => {
    expect(highlight('Mug', [9])).toBe('Mug')
  })
})
