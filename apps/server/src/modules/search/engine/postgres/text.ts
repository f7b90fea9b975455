/**
 * Words as this engine sees them, on both sides: documents are cut into words here before
 * PostgreSQL builds their vectors, and queries are cut the same way, so a document word and a query
 * word always agree on where a word starts and ends ("t-shirt" is "t" + "shirt" in both).
 */
import { foldPlural } from '../plural.js'

/** Letters and decimal digits, with the combining marks that belong to them; everything else separates words. */
const WORD = /[\p{L}\p{Nd}][\p{L}\p{Nd}\p{M}]*/gu

/** Letters that have no decomposition in Unicode but that shoppers type without their stroke or ligature. */
const FOLDED_LETTERS: Record<string, string> = { ß: 'ss', æ: 'ae', œ: 'oe', ø: 'o', ł: 'l', đ: 'd', ð: 'd', þ: 'th', ı: 'i' }
const FOLDABLE = new RegExp(`[${Object.keys(FOLDED_LETTERS).join('')}]`, 'g')
/** A compatibility decomposition can bring in spaces or symbols (Arabic ligatures do); a word keeps none. */
const NOT_A_WORD = /[^\p{L}\p{Nd}]/gu

/** Longer words are cut to this many code units on both sides: a pasted blob costs no more than a word. */
export const MAX_WORD_LENGTH = 64

/** Lower case, accents and ligatures removed: "Crème Brûlée" → "creme brulee". */
export function fold(word: string): string {
  return word
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(FOLDABLE, (letter) => FOLDED_LETTERS[letter]!)
    .replace(NOT_A_WORD, '')
}

export interface Token {
  /** The folded word. */
  word: string
  /** Where the original word starts and ends in the text. */
  start: number
  end: number
}

/** The words of a text with their places in it, in order. */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = []
  for (const match of text.matchAll(WORD)) {
    const word = fold(match[0]).slice(0, MAX_WORD_LENGTH)
    if (word) tokens.push({ word, start: match.index, end: match.index + match[0].length })
  }
  return tokens
}

/** The folded words of a text, space separated. */
export function wordsOf(text: string | null | undefined): string {
  return text
    ? tokenize(text)
        .map((token) => token.word)
        .join(' ')
    : ''
}

/** The words of a text as they are indexed, plurals folded, space separated: what PostgreSQL's parser is given. */
export function indexWordsOf(text: string | null | undefined): string {
  return text
    ? tokenize(text)
        .map((token) => foldPlural(token.word))
        .join(' ')
    : ''
}
