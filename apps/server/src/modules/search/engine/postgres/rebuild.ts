import { randomUUID } from 'node:crypto'
import { sql } from 'kysely'
import type { Db } from '../../../../platform/db/database.js'
import type { SearchDocument } from '../port.js'
import { recount } from './counts.js'
import { DOCUMENT_COLUMNS, documentSource, insertPrices, UPDATE_DOCUMENT } from './document-sql.js'
import { CHUNK, latestRows, lockIndex } from './write.js'

/** A build whose rows are this old was left by a process that stopped; no build runs this long. */
const ABANDONED_AFTER = '1 hour'

/**
 * Builds the index from scratch. Batches are written to search_document_build as they arrive, each
 * in its own statement: the documents usually come from this same database, and on PGlite a
 * transaction held open while the next batch is read would wait for itself. The finished build then
 * replaces the index in one transaction; searches on PostgreSQL keep seeing the old index until it commits.
 */
export async function rebuildIndex(db: Db, documents: AsyncIterable<SearchDocument[]>): Promise<{ documents: number }> {
  const buildId = randomUUID()
  await sql`delete from search_document_build where written_at < now() - ${ABANDONED_AFTER}::interval`.execute(db)
  try {
    for await (const batch of documents) {
      const rows = latestRows(batch)
      for (let i = 0; i < rows.length; i += CHUNK)
        await sql`
          insert into search_document_build (build_id, ${DOCUMENT_COLUMNS}, terms)
          select ${buildId}, r.* from (${documentSource(rows.slice(i, i + CHUNK))}) as r
          on conflict (build_id, product_id) do update set ${UPDATE_DOCUMENT}, terms = excluded.terms`.execute(db)
    }
    const count = await db.transaction().execute(async (tx) => {
      await lockIndex(tx)
      // Delete rather than truncate: truncate would hold every search on PostgreSQL until commit.
      await sql`delete from search_price`.execute(tx)
      await sql`delete from search_document_terms`.execute(tx)
      await sql`delete from search_document`.execute(tx)
      const inserted = await sql`
        insert into search_document (${DOCUMENT_COLUMNS})
        select ${DOCUMENT_COLUMNS} from search_document_build where build_id = ${buildId}`.execute(tx)
      await sql`
        insert into search_document_terms (product_id, terms)
        select product_id, terms from search_document_build where build_id = ${buildId}`.execute(tx)
      await insertPrices(tx, sql`true`)
      await recount(tx)
      return Number(inserted.numAffectedRows ?? 0)
    })
    // The swap leaves as many dead rows as live ones: clear them, and give the planner fresh statistics.
    await sql`vacuum (analyze) search_document, search_document_terms, search_price, search_term, search_label, search_facet_count`.execute(
      db,
    )
    return { documents: count }
  } finally {
    await sql`delete from search_document_build where build_id = ${buildId}`.execute(db)
  }
}
