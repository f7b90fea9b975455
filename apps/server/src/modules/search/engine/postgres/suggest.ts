import { sql } from 'kysely'
import type { Db } from '../../../../platform/db/database.js'
import type { Suggestion } from '../port.js'
import { clean } from './document-row.js'
import { highlight } from './highlight.js'
import { markedPositions, tsquery, type TextMatch } from './matching.js'
import { allExactly, allOf, anyWord } from './tsquery.js'
import { understand } from './understand.js'

const MAX_SUGGESTIONS = 50
/** Products looked at per wanted suggestion: titles repeat, and repeats are dropped. */
const OVERSAMPLE = 4
/** A last word shorter than this, alone, is too broad to rank titles by (see below). */
const BROAD_PREFIX = 3

/**
 * As-you-type suggestions, read as a search reads its text (typos, the last word as a beginning from
 * one letter, synonyms): categories and brands whose names match every word, each kind at most a
 * quarter of `limit`, those on most products first; then products whose titles match, best title
 * match and best seller first, one per distinct title.
 */
export async function suggest(db: Db, prefix: string, currency: string, limit: number): Promise<Suggestion[]> {
  const wanted = Number.isFinite(limit) ? Math.min(MAX_SUGGESTIONS, Math.max(0, Math.trunc(limit))) : 0
  if (wanted === 0) return []
  const { clauses } = await understand(db, String(prefix ?? ''), 1)
  if (clauses.length === 0) return []
  const text: TextMatch = { query: allOf(clauses), words: anyWord(clauses), exact: allExactly(clauses) }
  const quota = Math.ceil(wanted / 4)
  // One or two typed letters begin a good share of all titles: ranking them all would cost more
  // than it tells, so best sellers come first, straight from the sales index.
  const broad = clauses.length === 1 && clauses[0]!.alternatives.some((alt) => alt.prefix && [...alt.words[0]!].length < BROAD_PREFIX)
  const byTitleMatch = sql`
    ts_rank_cd(d.title_vector, ${tsquery(text.query)}) + case when d.title_vector @@ ${tsquery(text.exact)} then 1 else 0 end desc,
    d.sales desc, d.product_id`
  const labelsOf = (kind: 'category' | 'brand') => sql`
    select kind, id, label, docs, ${markedPositions(sql`vector`, text)} as marked from search_label
    where kind = ${kind} and vector @@ ${tsquery(text.query)} order by docs desc, label, id limit ${quota}`
  const [labels, products] = await Promise.all([
    sql<{ kind: 'brand' | 'category'; id: string; label: string; docs: number; marked: number[] }>`
      (${labelsOf('category')}) union all (${labelsOf('brand')})`.execute(db),
    sql<{ product_id: string; title: string; marked: number[] }>`
      select d.product_id, d.title, ${markedPositions(sql`d.title_vector`, text)} as marked
      from search_document d
      where d.title_vector @@ ${tsquery(text.query)}
        and d.prices ? ${clean(String(currency ?? ''))}
      order by ${broad ? sql`d.sales desc, d.created_at desc, d.product_id desc` : byTitleMatch}
      limit ${wanted * OVERSAMPLE}`.execute(db),
  ])
  const named: Suggestion[] = labels.rows
    .sort((a, b) =>
      a.kind !== b.kind ? (a.kind === 'category' ? -1 : 1) : b.docs - a.docs || (a.label < b.label ? -1 : a.label > b.label ? 1 : 0),
    )
    .map((row) => ({ kind: row.kind, id: row.id, label: row.label, highlightedLabel: highlight(row.label, row.marked) }))
  const titles = new Set<string>()
  const productSuggestions: Suggestion[] = []
  for (const row of products.rows) {
    if (productSuggestions.length >= wanted - named.length) break
    if (titles.has(row.title)) continue
    titles.add(row.title)
    productSuggestions.push({ kind: 'product', id: row.product_id, label: row.title, highlightedLabel: highlight(row.title, row.marked) })
  }
  return [...named, ...productSuggestions].slice(0, wanted)
}
