/**
 * English plurals folded to one key, shared by both engines so a word matches alike in each.
 * Snowball's English stemmer is not used: it folds far more than plurals ("fitness" → "fit").
 * The PostgreSQL engine stores folded words, so a change here needs `shopstack search reindex`.
 */

/** Plural forms that no suffix rule folds. */
const IRREGULAR_PLURALS = new Map([
  ['knives', 'knife'],
  ['leaves', 'leaf'],
  ['shelves', 'shelf'],
  ['halves', 'half'],
  ['scarves', 'scarf'],
  ['wolves', 'wolf'],
  ['loaves', 'loaf'],
  ['children', 'child'],
  ['feet', 'foot'],
  ['teeth', 'tooth'],
  ['mice', 'mouse'],
  ['geese', 'goose'],
])

function hasDigit(word: string): boolean {
  for (let i = 0; i < word.length; i++) {
    const c = word.charCodeAt(i)
    if (c >= 48 && c <= 57) return true
  }
  return false
}

/**
 * The singular key of an English word: shoes → shoe, dresses → dress, boxes → box, batteries →
 * battery. It is a matching key, not a word to show: it only has to map both forms to one string,
 * so "series" → "sery" is harmless as long as both sides fold alike.
 */
export function foldPlural(word: string): string {
  const irregular = IRREGULAR_PLURALS.get(word)
  if (irregular) return irregular
  const n = word.length
  if (n <= 3 || word.charCodeAt(n - 1) !== 115 /* s */ || hasDigit(word)) return word
  if (word.endsWith('ss') || word.endsWith('us') || word.endsWith('is')) return word
  if (n > 4 && word.endsWith('ies')) return `${word.slice(0, -3)}y`
  if (word.endsWith('sses') || word.endsWith('xes') || word.endsWith('ches') || word.endsWith('shes') || word.endsWith('zzes'))
    return word.slice(0, -2)
  return word.slice(0, -1)
}
