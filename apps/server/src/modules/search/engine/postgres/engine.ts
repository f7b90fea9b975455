import { sql } from 'kysely'
import type { Db } from '../../../../platform/db/database.js'
import type { SearchEngine } from '../port.js'
import { storeDictionary } from './dictionary.js'
import { rebuildIndex } from './rebuild.js'
import { search } from './search.js'
import { suggest } from './suggest.js'
import { removeDocuments, upsertDocuments } from './write.js'

/**
 * PostgreSQL full-text search (SEARCH_ENGINE=postgres), on PostgreSQL or PGlite: one index in the
 * database, shared by every process, written in the same database the catalog lives in.
 */
export function createPostgresSearchEngine(db: Db): SearchEngine {
  return {
    name: 'postgres',
    replaceAll: (documents) => rebuildIndex(db, documents),
    upsert: (documents) => upsertDocuments(db, documents),
    remove: (productIds) => removeDocuments(db, productIds),
    search: (query) => search(db, query),
    suggest: (prefix, currency, limit) => suggest(db, prefix, currency, limit),
    setDictionary: (dictionary) => storeDictionary(db, dictionary),
    size: async () => (await sql<{ n: number }>`select count(*)::int as n from search_document`.execute(db)).rows[0]!.n,
  }
}
