/**
 * English plurals folded to one key ("shoes" → "shoe", "dresses" → "dress", "batteries" →
 * "battery"), applied to every word before PostgreSQL indexes it and to every searched word. The
 * key only has to be the same for both forms ("series" → "sery" is harmless). The rules are the
 * in-process engine's (memory/normalize.ts foldPlural), kept as a copy on purpose: this engine's
 * index is stored, so a change here needs a reindex, which a change there does not.
 *
 * Snowball's English stemmer is not used: it folds far more than plurals ("fitness" → "fit",
 * "material" → "materi"), so a query found unrelated products and both engines disagreed.
 */

const IRREGULAR = new Map([
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

/** The key a folded word is indexed and searched under. */
export function foldPlural(word: string): string {
  const irregular = IRREGULAR.get(word)
  if (irregular) return irregular
  const n = word.length
  if (n <= 3 || !word.endsWith('s') || /\d/.test(word)) return word
  if (word.endsWith('ss') || word.endsWith('us') || word.endsWith('is')) return word
  if (n > 4 && word.endsWith('ies')) return `${word.slice(0, -3)}y`
  if (['sses', 'xes', 'ches', 'shes', 'zzes'].some((ending) => word.endsWith(ending))) return word.slice(0, -2)
  return word.slice(0, -1)
}
