/**
 * Text normalisation shared by indexing, querying and highlighting, so that a word is reduced to
 * the same term wherever it appears: lower case, accents folded (é → e), apostrophes dropped
 * ("men's" → "mens"), plurals folded to a singular key (shoes → shoe, batteries → battery).
 */

import { foldPlural } from '../plural.js'

/** Longer words are cut to this many UTF-16 units on both sides, so a pasted blob cannot cost more than a word. */
export const MAX_TERM_LENGTH = 40

const NON_ASCII = /[\u0080-\uffff]/
const COMBINING_MARKS = /\p{M}/gu
/** Letters that NFKD leaves whole but shoppers type without the stroke or ligature. */
const SPECIAL_LETTERS: Record<string, string> = { ß: 'ss', æ: 'ae', œ: 'oe', ø: 'o', ł: 'l', đ: 'd', ð: 'd', þ: 'th', ı: 'i' }
const SPECIAL_LETTER = /[ßæœøłđðþı]/g
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u

/** Lower case with accents and ligatures folded; ASCII text (nearly all of a catalog) skips the Unicode work. */
export function normalizeText(text: string): string {
  const lower = text.toLowerCase()
  if (!NON_ASCII.test(lower)) return lower
  return lower
    .normalize('NFKD')
    .replace(COMBINING_MARKS, '')
    .replace(SPECIAL_LETTER, (letter) => SPECIAL_LETTERS[letter]!)
}

function isWordChar(text: string, i: number): boolean {
  const c = text.charCodeAt(i)
  if (c < 128) return (c >= 97 && c <= 122) || (c >= 48 && c <= 57) || (c >= 65 && c <= 90)
  if (c >= 0xd800 && c <= 0xdbff) return LETTER_OR_DIGIT.test(text.slice(i, i + 2))
  if (c >= 0xdc00 && c <= 0xdfff) return i > 0 && LETTER_OR_DIGIT.test(text.slice(i - 1, i + 1))
  return LETTER_OR_DIGIT.test(text[i]!)
}

const isApostrophe = (c: number) => c === 39 || c === 0x2019
const isHyphen = (c: number) => c === 45 || c === 0x2010 || c === 0x2011

/**
 * One word of text as the tokenizer sees it: `joined` is the whole run with hyphens and apostrophes
 * removed ("t-shirt" → "tshirt"), `parts` its hyphen-separated pieces (one piece when unhyphenated).
 */
export interface RawWord {
  joined: string
  parts: string[]
}

/**
 * Calls `onWord` for each word of already-normalised text, up to `maxWords`. A word is a run of
 * letters and digits, possibly joined by apostrophes or hyphens inside it.
 */
export function scanWords(text: string, onWord: (word: RawWord) => void, maxWords = Infinity): void {
  const n = text.length
  let i = 0
  let words = 0
  while (i < n && words < maxWords) {
    while (i < n && !isWordChar(text, i)) i++
    if (i >= n) break
    const parts: string[] = []
    let part = ''
    let start = i
    for (;;) {
      while (i < n && isWordChar(text, i)) i++
      part += text.slice(start, i)
      const c = text.charCodeAt(i)
      if (i + 1 < n && (isApostrophe(c) || isHyphen(c)) && isWordChar(text, i + 1)) {
        if (isHyphen(c)) {
          parts.push(part)
          part = ''
        }
        start = ++i
        continue
      }
      break
    }
    parts.push(part)
    words++
    onWord({ joined: truncate(parts.join('')), parts: parts.length > 1 ? parts.map(truncate) : [truncate(parts[0]!)] })
  }
}

const truncate = (word: string) => (word.length > MAX_TERM_LENGTH ? word.slice(0, MAX_TERM_LENGTH) : word)

export { foldPlural }

/** The term a normalised word is indexed and searched under. */
export const termOf = (word: string) => foldPlural(word)
