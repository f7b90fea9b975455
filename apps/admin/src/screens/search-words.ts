/** The API's rules for synonym groups and stop words (the search module's schemas.ts), checked here before sending. */
export const WORD_LIMITS = { word: 100, groupWords: 50, stopWords: 1000 } as const

/** Lower case, single spaces: how the API keeps and compares synonyms and stop words. */
export const normalizeWord = (word: string) => word.trim().toLowerCase().replace(/\s+/g, ' ')

/** Why the API would refuse these words as a synonym group, or undefined. */
export function synonymError(words: string[]): string | undefined {
  if (words.some((w) => w.length > WORD_LIMITS.word)) return `A word has at most ${WORD_LIMITS.word} characters`
  if (words.length > WORD_LIMITS.groupWords) return `At most ${WORD_LIMITS.groupWords} words in a group`
  if (new Set(words.map(normalizeWord).filter(Boolean)).size < 2) return 'A synonym group needs at least two different words'
  return undefined
}

/** Why the API would refuse these stop words, or undefined. */
export function stopWordsError(words: string[]): string | undefined {
  if (words.some((w) => w.trim().length === 0)) return 'A stop word cannot be empty'
  if (words.some((w) => w.length > WORD_LIMITS.word)) return `A word has at most ${WORD_LIMITS.word} characters`
  if (words.length > WORD_LIMITS.stopWords) return `At most ${WORD_LIMITS.stopWords} stop words`
  return undefined
}
