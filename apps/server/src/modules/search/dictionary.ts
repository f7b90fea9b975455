import { newId } from '../../platform/ids.js'
import type { Outbox } from '../../platform/events/outbox.js'
import { invalid, notFound } from '../../problems.js'
import type { SearchEngine } from './engine/port.js'
import type { SearchRepo } from './repo.js'

/** Lower case, single spaces: how synonyms and stop words are kept and compared. */
export const normalizeWord = (word: string) => word.trim().toLowerCase().replace(/\s+/g, ' ')

function cleanWords(words: string[], pointer: string): string[] {
  const cleaned = [...new Set(words.map(normalizeWord).filter(Boolean))]
  if (cleaned.length < 2) throw invalid(pointer, 'a synonym group needs at least two different words')
  return cleaned
}

/**
 * Synonyms and stop words, managed by staff. Each change is stored, applied to this process's engine
 * at once, and announced (search.dictionary_changed) so every other process reloads it too.
 */
export function createSearchDictionary(deps: { repo: SearchRepo; outbox: Outbox; engine: SearchEngine; applied: () => void }) {
  const { repo, outbox, engine } = deps

  async function load() {
    const [groups, stopWords] = await Promise.all([repo.synonymGroups(), repo.stopWords()])
    await engine.setDictionary({ synonyms: groups.map((g) => g.words), stopWords: stopWords.map((w) => w.word) })
    deps.applied()
  }

  async function changed() {
    await load()
    await outbox.emit(repo.db, 'search.dictionary_changed', {})
  }

  const view = (row: { id: string; words: string[] }) => ({ id: row.id, words: row.words })

  return {
    load,

    async listSynonyms() {
      return { items: (await repo.synonymGroups()).map(view), nextCursor: null }
    },

    async createSynonymGroup(words: string[]) {
      const id = newId('syn')
      await repo.insertSynonymGroup(id, cleanWords(words, '/body/words'))
      await changed()
      return view((await repo.findSynonymGroup(id))!)
    },

    async updateSynonymGroup(id: string, words: string[]) {
      const result = await repo.updateSynonymGroup(id, cleanWords(words, '/body/words'))
      if (Number(result.numUpdatedRows) === 0) throw notFound('synonym group', id)
      await changed()
      return view((await repo.findSynonymGroup(id))!)
    },

    async deleteSynonymGroup(id: string) {
      const result = await repo.deleteSynonymGroup(id)
      if (Number(result.numDeletedRows) === 0) throw notFound('synonym group', id)
      await changed()
    },

    async stopWords() {
      return { words: (await repo.stopWords()).map((w) => w.word) }
    },

    async replaceStopWords(words: string[]) {
      const cleaned = [...new Set(words.map(normalizeWord).filter(Boolean))].sort()
      await repo.replaceStopWords(cleaned)
      await changed()
      return { words: cleaned }
    },
  }
}

export type SearchDictionaryService = ReturnType<typeof createSearchDictionary>
