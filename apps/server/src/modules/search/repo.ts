import { sql } from 'kysely'
import type { Db } from '../../platform/db/database.js'

export function createSearchRepo(db: Db) {
  return {
    db,
    synonymGroups: () => db.selectFrom('search_synonym_group').selectAll().orderBy('id').limit(10_000).execute(),
    findSynonymGroup: (id: string) => db.selectFrom('search_synonym_group').selectAll().where('id', '=', id).executeTakeFirst(),
    insertSynonymGroup: (id: string, words: string[]) => db.insertInto('search_synonym_group').values({ id, words }).execute(),
    updateSynonymGroup: (id: string, words: string[]) =>
      db.updateTable('search_synonym_group').set({ words, updated_at: new Date() }).where('id', '=', id).executeTakeFirst(),
    deleteSynonymGroup: (id: string) => db.deleteFrom('search_synonym_group').where('id', '=', id).executeTakeFirst(),

    stopWords: () => db.selectFrom('search_stop_word').select('word').orderBy('word').limit(10_000).execute(),
    replaceStopWords: (words: string[]) =>
      db.transaction().execute(async (tx) => {
        await tx.deleteFrom('search_stop_word').execute()
        if (words.length > 0)
          await tx
            .insertInto('search_stop_word')
            .values(words.map((word) => ({ word })))
            .execute()
      }),

    /** Adds the counted searches of each query in one statement. */
    recordZeroResults: async (counts: Map<string, number>) => {
      if (counts.size === 0) return
      const queries = [...counts.keys()]
      const searches = queries.map((q) => counts.get(q)!)
      await sql`
        insert into search_zero_result (query, searches)
        select * from unnest(${queries}::text[], ${searches}::int[])
        on conflict (query) do update set searches = search_zero_result.searches + excluded.searches, last_at = now()`.execute(db)
    },
    deleteZeroResult: (query: string) => db.deleteFrom('search_zero_result').where('query', '=', query).executeTakeFirst(),
    zeroResults: (limit: number, offset: number) =>
      db.selectFrom('search_zero_result').selectAll().orderBy('searches', 'desc').orderBy('query').limit(limit).offset(offset).execute(),
  }
}

export type SearchRepo = ReturnType<typeof createSearchRepo>
