import { sql } from 'kysely'
import type { Db } from '../../../../platform/db/database.js'
import type { SearchFilters, SearchQuery, SearchResult } from '../port.js'
import { clean } from './document-row.js'
import { countFacets } from './facets.js'
import { everyFilter, filterSql } from './filters.js'
import { findHits } from './hits.js'
import { clausesMatched, documentLed, tsquery, whereAll, type TextMatch } from './matching.js'
import { allExactly, allOf, anyOf, anyWord, clauseQuery } from './tsquery.js'
import { understand } from './understand.js'

/** The deepest page and the largest page served whatever the caller asks; the service bounds both far lower. */
const MAX_OFFSET = 10_000
const MAX_LIMIT = 1_000
/** A last word of one letter is matched whole in a search ("t" of "red t" is not every word in t). */
const MIN_PREFIX_LENGTH = 2

const wholeIn = (value: number, max: number) => (Number.isFinite(value) ? Math.min(max, Math.max(0, Math.trunc(value))) : 0)

/**
 * Every word must match. When no document passing the filters has them all, the results are the
 * documents matching the most words that any of them matches (the partial-match fallback).
 */
export async function search(db: Db, query: SearchQuery): Promise<SearchResult> {
  const { clauses, interpretedAs } = await understand(db, String(query.text ?? ''), MIN_PREFIX_LENGTH)
  const filters = query.filters ?? {}
  const currency = clean(String(query.currency ?? ''))
  const run = async (text: TextMatch | null) => {
    const [found, facets] = await Promise.all([
      findHits(db, {
        text,
        currency,
        filters,
        sort: query.sort,
        offset: wholeIn(query.offset, MAX_OFFSET),
        limit: wholeIn(query.limit, MAX_LIMIT),
      }),
      query.facets ? countFacets(db, { text, currency, filters, priceBuckets: query.priceBuckets }) : null,
    ])
    return { ...found, facets, interpretedAs }
  }
  if (clauses.length === 0) return run(null)
  const words = anyWord(clauses)
  const exact = allExactly(clauses)
  const every = await run({ query: allOf(clauses), words, exact })
  if (every.total > 0 || clauses.length === 1) return every
  const partial = { query: anyOf(clauses), words, exact }
  const level = await mostClausesMatched(db, currency, filters, partial.query, clauses.map(clauseQuery))
  return level > 0 ? run({ ...partial, partial: { clauses: clauses.map(clauseQuery), level } }) : every
}

async function mostClausesMatched(db: Db, currency: string, filters: SearchFilters, query: string, clauses: string[]): Promise<number> {
  const source = documentLed(currency)
  const where = whereAll([source.priced, sql`d.vector @@ ${tsquery(query)}`, ...everyFilter(filterSql(filters, source))])
  const result = await sql<{
    level: number | null
  }>`select max(${clausesMatched(clauses)}) as level from ${source.from} where ${where}`.execute(db)
  return result.rows[0]?.level ?? 0
}
