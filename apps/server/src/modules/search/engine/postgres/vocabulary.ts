/**
 * What the index knows about a query's words: one statement for the words themselves, one more only
 * when some word is not in the vocabulary and may be a typo, and one for the synonyms of corrections.
 */
import { sql } from 'kysely'
import type { Db } from '../../../../platform/db/database.js'
import { oneEditAway } from './edit-distance.js'
import { MAX_COMPLETIONS, type Candidate, type PlannedWord, type SynonymGroup, type WordFacts } from './interpret.js'
import { foldPlural } from '../plural.js'

/** Nearest vocabulary words by trigram distance looked at per typo; the edit distance then decides. */
const NEAREST = 32
/** Past this length trigram distance finds typos well, and the one-edit neighbourhood grows large. */
const NEIGHBOURHOOD_MAX_LENGTH = 12
/** Below this, the folded prefix alone finds every word the last word begins. */
const COMPLETION_MIN_LENGTH = 3
/** Words beginning with the last word looked at for completions, the most common first. */
const COMPLETION_SCAN = 50

type SynonymRow = [number, string]

function toGroups(rows: SynonymRow[]): SynonymGroup[] {
  const groups = new Map<number, string[][]>()
  for (const [group, phrase] of rows) groups.set(group, [...(groups.get(group) ?? []), phrase.split(' ')])
  return [...groups.values()]
}

/** Synonym groups with a phrase starting with one of `words` (indexed forms). */
const synonymGroupsSql = (words: string[]) => sql`
  coalesce((
    select json_agg(json_build_array(group_no, phrase)) from search_engine_synonym
    where group_no in (select group_no from search_engine_synonym where first_word = any(${words}::text[]))
  ), '[]')`

/**
 * Completion facts of a last word: whether any vocabulary word begins with it, and the words that
 * begin with it but that its folded prefix misses: "batteri" begins "batteries", indexed as
 * "battery". Words are letters and digits only, so they carry no LIKE wildcard.
 */
function completionColumns(last: string | null) {
  const scanned = last !== null && [...last].length >= COMPLETION_MIN_LENGTH ? last : null
  return sql`
    exists(select 1 from search_term where term like ${last}::text || '%') as last_completes,
    array(select term from search_term where term like ${scanned}::text || '%' order by docs desc, term limit ${COMPLETION_SCAN}) as beginning`
}

function completions(last: string | null, beginning: string[]): string[] {
  if (last === null) return []
  const prefix = foldPlural(last)
  return beginning.filter((term) => !foldPlural(term).startsWith(prefix)).slice(0, MAX_COMPLETIONS)
}

type FactsRow = { known: string[]; stop_words: string[]; synonyms: SynonymRow[]; last_completes: boolean; beginning: string[] }

/** The query's words in the vocabulary, its stop words and synonym groups, and the completions of `last`. */
export async function wordFacts(db: Db, words: string[], last: string | null): Promise<WordFacts> {
  const result = await sql<FactsRow>`
    select
      array(select distinct key from search_term where key = any(${[...new Set(words.map(foldPlural))]}::text[])) as known,
      array(select word from search_engine_stop_word where word = any(${words}::text[])) as stop_words,
      ${synonymGroupsSql([...new Set(words.map(foldPlural))])} as synonyms,
      ${completionColumns(last)}`.execute(db)
  const row = result.rows[0]!
  return {
    known: new Set(words.filter((word) => row.known.includes(foldPlural(word)))),
    stopWords: new Set(row.stop_words),
    synonyms: toGroups(row.synonyms),
    completed: last,
    lastCompletes: row.last_completes,
    completions: completions(last, row.beginning),
  }
}

/** Completion facts for another last word (when stop words or repeats moved the end of the query). */
export async function completionFacts(db: Db, last: string): Promise<Pick<WordFacts, 'completed' | 'lastCompletes' | 'completions'>> {
  const result = await sql<Pick<FactsRow, 'last_completes' | 'beginning'>>`select ${completionColumns(last)}`.execute(db)
  const row = result.rows[0]!
  return { completed: last, lastCompletes: row.last_completes, completions: completions(last, row.beginning) }
}

/** Synonym groups of words found by typo correction. */
export async function synonymGroups(db: Db, words: string[]): Promise<SynonymGroup[]> {
  const result = await sql<{ synonyms: SynonymRow[] }>`select ${synonymGroupsSql([...new Set(words.map(foldPlural))])} as synonyms`.execute(
    db,
  )
  return toGroups(result.rows[0]!.synonyms)
}

/**
 * Vocabulary words near each word to correct: the nearest by trigram distance (for a last word also
 * by word similarity, which finds the word it begins), plus every word one edit away, looked up exactly.
 */
export async function candidates(db: Db, items: PlannedWord[]): Promise<Map<string, Candidate[]>> {
  const words = items.map((item) => item.word)
  const prefixes = items.filter((item) => item.prefix).map((item) => item.word)
  const neighbours = [
    ...new Set(items.flatMap((item) => ([...item.word].length <= NEIGHBOURHOOD_MAX_LENGTH ? oneEditAway(item.word) : []))),
  ]
  const result = await sql<{ word: string | null; term: string; docs: number }>`
    select asked.word, n.term, n.docs from unnest(${words}::text[]) as asked(word)
      cross join lateral (select term, docs from search_term order by term <-> asked.word limit ${NEAREST}) n
    union
    select asked.word, n.term, n.docs from unnest(${prefixes}::text[]) as asked(word)
      cross join lateral (select term, docs from search_term order by asked.word <<-> term limit ${NEAREST}) n
    union
    select null, term, docs from search_term where term = any(${neighbours}::text[])`.execute(db)
  const shared = result.rows.filter((row) => row.word === null)
  const byWord = new Map<string, Candidate[]>(words.map((word) => [word, [...shared]]))
  for (const row of result.rows) if (row.word !== null) byWord.get(row.word)?.push(row)
  return byWord
}
