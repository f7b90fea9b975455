/** The SQL shared by incremental writes and rebuilds: rows in as JSON, stored columns and vectors out. */
import { sql, type RawBuilder } from 'kysely'
import type { Db } from '../../../../platform/db/database.js'
import type { DocumentRow } from './document-row.js'

const COLUMNS = [
  'product_id',
  'handle',
  'title',
  'brand',
  'category_ids',
  'category_names',
  'collection_ids',
  'attribute_values',
  'in_stock',
  'prices',
  'thumbnail',
  'created_at',
  'sales',
  'vector',
  'title_vector',
]

export const DOCUMENT_COLUMNS = sql.raw(COLUMNS.join(', '))

export const UPDATE_DOCUMENT = sql.raw(
  COLUMNS.slice(1)
    .map((column) => `${column} = excluded.${column}`)
    .join(', '),
)

/**
 * The document columns of rows passed as one JSON parameter, whatever the batch size, then `terms`.
 * Weights: title A, brand and category names B, tags, product type and attribute values C, description D.
 */
export function documentSource(rows: DocumentRow[]): RawBuilder<unknown> {
  return sql`
    select r.product_id, r.handle, r.title, r.brand, r.category_ids, r.category_names, r.collection_ids, r.attribute_values,
      r.in_stock, r.prices, r.thumbnail, r.created_at, r.sales,
      setweight(to_tsvector('shopstack_search', r.a_words), 'A') || setweight(to_tsvector('shopstack_search', r.b_words), 'B')
        || setweight(to_tsvector('shopstack_search', r.c_words), 'C') || setweight(to_tsvector('shopstack_search', r.d_words), 'D')
        as vector,
      to_tsvector('shopstack_search', r.a_words) as title_vector,
      r.terms
    from jsonb_to_recordset(${JSON.stringify(rows)}::jsonb) as r(
      product_id text, handle text, title text, brand text, category_ids text[], category_names text[], collection_ids text[],
      attribute_values text[], in_stock boolean, prices jsonb, thumbnail text, created_at timestamptz, sales integer, terms text[],
      a_words text, b_words text, c_words text, d_words text)
    order by r.product_id`
}

/** search_price rows from the prices of the documents `where` picks. */
export function insertPrices(tx: Db, where: RawBuilder<unknown>) {
  return sql`
    insert into search_price (product_id, currency, min_amount, max_amount, in_stock)
    select d.product_id, p.key, (p.value ->> 0)::bigint, (p.value ->> 1)::bigint, d.in_stock
    from search_document d, jsonb_each(d.prices) as p
    where ${where}`.execute(tx)
}

/** Each row's words, for search_document_terms. */
export function insertTerms(tx: Db, rows: DocumentRow[]) {
  const terms = rows.map((row) => ({ product_id: row.product_id, terms: row.terms }))
  return sql`
    insert into search_document_terms (product_id, terms)
    select * from jsonb_to_recordset(${JSON.stringify(terms)}::jsonb) as t(product_id text, terms text[]) order by 1
    on conflict (product_id) do update set terms = excluded.terms`.execute(tx)
}
