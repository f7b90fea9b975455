/**
 * Incremental writes: documents, their prices and the counts derived from them, one transaction per
 * chunk. Writers take one advisory lock, so two processes indexing the same product at once never
 * count it twice.
 */
import { sql } from 'kysely'
import type { Db } from '../../../../platform/db/database.js'
import type { SearchDocument } from '../port.js'
import { applyCounts, type Counted } from './counts.js'
import { toRow, type DocumentRow } from './document-row.js'
import { DOCUMENT_COLUMNS, documentSource, insertPrices, insertTerms, UPDATE_DOCUMENT } from './document-sql.js'

/** Documents per statement: a few MB of JSON at most. */
export const CHUNK = 500
/** pg_advisory_xact_lock key of the search index writers (a constant no other lock uses). */
const INDEX_WRITE_LOCK = 6_022_140_857

export const lockIndex = (tx: Db) => sql`select pg_advisory_xact_lock(${INDEX_WRITE_LOCK})`.execute(tx)

function previous(tx: Db, ids: string[]): Promise<Counted[]> {
  return sql<Counted>`
    select coalesce(t.terms, '{}') as terms, d.brand, d.category_ids, d.category_names, d.attribute_values, d.in_stock, d.prices
    from search_document d left join search_document_terms t on t.product_id = d.product_id
    where d.product_id = any(${ids}::text[]) order by d.product_id`
    .execute(tx)
    .then((result) => result.rows)
}

/** The last version of each product wins when a batch names one twice. */
export function latestRows(documents: SearchDocument[]): DocumentRow[] {
  return [...new Map(documents.map((doc) => [String(doc.id), toRow(doc)])).values()]
}

/** Adds or replaces documents; the next search sees them. */
export async function upsertDocuments(db: Db, documents: SearchDocument[]): Promise<void> {
  const rows = latestRows(documents)
  for (let i = 0; i < rows.length; i += CHUNK) {
    const chunk = rows.slice(i, i + CHUNK)
    const ids = chunk.map((row) => row.product_id)
    await db.transaction().execute(async (tx) => {
      await lockIndex(tx)
      const before = await previous(tx, ids)
      await sql`
        insert into search_document (${DOCUMENT_COLUMNS})
        select ${DOCUMENT_COLUMNS} from (${documentSource(chunk)}) as r
        on conflict (product_id) do update set ${UPDATE_DOCUMENT}`.execute(tx)
      await insertTerms(tx, chunk)
      await sql`delete from search_price where product_id = any(${ids}::text[])`.execute(tx)
      await insertPrices(tx, sql`d.product_id = any(${ids}::text[])`)
      await applyCounts(tx, before, chunk)
    })
  }
}

/** Takes products out of the index; unknown ids are ignored. */
export async function removeDocuments(db: Db, productIds: string[]): Promise<void> {
  const ids = [...new Set(productIds.map(String))]
  for (let i = 0; i < ids.length; i += CHUNK) {
    const chunk = ids.slice(i, i + CHUNK)
    await db.transaction().execute(async (tx) => {
      await lockIndex(tx)
      const before = await previous(tx, chunk)
      await sql`delete from search_price where product_id = any(${chunk}::text[])`.execute(tx)
      await sql`delete from search_document where product_id = any(${chunk}::text[])`.execute(tx)
      await sql`delete from search_document_terms where product_id = any(${chunk}::text[])`.execute(tx)
      await applyCounts(tx, before, [])
    })
  }
}
