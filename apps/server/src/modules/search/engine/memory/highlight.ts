import { MAX_TERM_LENGTH, normalizeText, termOf } from './normalize.js'

const HTML_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' }
const HTML_SPECIAL = /[&<>"']/g

export const escapeHtml = (text: string) => text.replace(HTML_SPECIAL, (c) => HTML_ESCAPES[c]!)

/** A word of the original text, marks included, with the joiners the tokenizer accepts inside a word. */
const WORD = /[\p{L}\p{N}\p{M}]+(?:['’\u2010\u2011-][\p{L}\p{N}\p{M}]+)*/gu
const HYPHENS = /[\u2010\u2011-]/
const APOSTROPHES = /['’]/g

const termOfText = (text: string) => termOf(normalizeText(text).replace(APOSTROPHES, '').slice(0, MAX_TERM_LENGTH))

/**
 * The text HTML-escaped, with each word whose term is in `matched` wrapped in <mark>…</mark>. A
 * hyphenated word is marked whole when its joined form matched ("T-Shirt" for "tshirt"), else part
 * by part ("T-<mark>Shirt</mark>" for "shirt").
 */
export function highlight(text: string, matched: ReadonlySet<string>): string {
  if (matched.size === 0) return escapeHtml(text)
  let out = ''
  let last = 0
  for (const found of text.matchAll(WORD)) {
    const word = found[0]
    const start = found.index
    out += escapeHtml(text.slice(last, start))
    last = start + word.length
    if (matched.has(termOfText(word.replace(/[\u2010\u2011-]/g, '')))) {
      out += `<mark>${escapeHtml(word)}</mark>`
      continue
    }
    if (!HYPHENS.test(word)) {
      out += escapeHtml(word)
      continue
    }
    out += word
      .split(/([\u2010\u2011-])/)
      .map((part, i) => (i % 2 === 0 && matched.has(termOfText(part)) ? `<mark>${escapeHtml(part)}</mark>` : escapeHtml(part)))
      .join('')
  }
  return out + escapeHtml(text.slice(last))
}
