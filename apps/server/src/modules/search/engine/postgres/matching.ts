/**
 * The parts every query is made of: where documents come from, how a document's price in the
 * query's currency is read, and how its words are matched and ranked. Each tsquery is to_tsquery
 * over a bound parameter: immutable, so PostgreSQL computes it once while planning, not once per row.
 */
import { sql, type RawBuilder } from 'kysely'

export type Sql = RawBuilder<unknown>

export interface TextMatch {
  /** tsquery text that documents must match (tsquery.ts allOf or anyOf). */
  query: string
  /** tsquery text of each searched word alone, for highlighting (tsquery.ts anyWord). */
  words: string
  /** tsquery text of the words as typed, the last one not as a beginning (tsquery.ts allExactly). */
  exact: string
  /**
   * The partial-match fallback: each clause's tsquery, and how many of them a document must match
   * (the most that any document passing the filters matches).
   */
  partial?: { clauses: string[]; level: number }
}

/** Documents `d` priced in a currency, that price, and their stock flag. */
export interface Source {
  from: Sql
  priced: Sql
  minPrice: Sql
  inStock: Sql
}

/** Led by the documents (their words or their own indexes): the price is read from the row. */
export function documentLed(currency: string): Source {
  return {
    from: sql`search_document d`,
    priced: sql`d.prices ? ${currency}`,
    minPrice: sql`(d.prices -> ${currency} ->> 0)::bigint`,
    inStock: sql`d.in_stock`,
  }
}

/** Led by price (browsing by price): the currency's price index drives, documents are joined. */
export function priceLed(currency: string): Source {
  return {
    from: sql`search_price p join search_document d on d.product_id = p.product_id`,
    priced: sql`p.currency = ${currency}`,
    minPrice: sql`p.min_amount`,
    inStock: sql`d.in_stock`,
  }
}

/**
 * A title holding every searched word outranks any number of matches elsewhere, and a title holding
 * them as typed ("cap", not "cape" for "cap") outranks one that only begins with the last of them.
 */
const TITLE_BONUS = 1
const EXACT_TITLE_BONUS = 0.5

export const tsquery = (text: string) => sql`to_tsquery('shopstack_search', ${text})`

export function textCondition(text: TextMatch | null): Sql {
  if (!text) return sql`true`
  if (!text.partial) return sql`d.vector @@ ${tsquery(text.query)}`
  return sql`d.vector @@ ${tsquery(text.query)} and ${clausesMatched(text.partial.clauses)} >= ${text.partial.level}`
}

export function score(text: TextMatch | null): Sql {
  if (!text) return sql`0::real`
  return sql`ts_rank_cd(d.vector, ${tsquery(text.query)})
    + case when d.title_vector @@ ${tsquery(text.query)} then ${TITLE_BONUS}::real else 0 end
    + case when d.title_vector @@ ${tsquery(text.exact)} then ${EXACT_TITLE_BONUS}::real else 0 end`
}

/** How many of the clauses a document matches. */
export function clausesMatched(clauses: string[]): Sql {
  return sql`(select count(*)::int from unnest(array[${sql.join(clauses.map(tsquery))}]) as c(q) where d.vector @@ c.q)`
}

/** 1-based positions of the words of a title (or label) vector that match a searched word. */
export function markedPositions(vector: Sql, text: TextMatch | null): Sql {
  if (!text) return sql`'{}'::int[]`
  return sql`array(
    select pos from unnest(${vector}) as u(lexeme, positions, weights), unnest(u.positions) as pos
    where array_to_tsvector(array[u.lexeme]) @@ ${tsquery(text.words)})`
}

/** The conditions AND-ed (true when there are none). */
export const whereAll = (conditions: Sql[]): Sql =>
  conditions.length === 0
    ? sql`true`
    : sql.join(
        conditions.map((c) => sql`(${c})`),
        sql` and `,
      )
