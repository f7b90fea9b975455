import { sql } from 'kysely'
import type { Db } from '../../../../platform/db/database.js'
import type { SearchDictionary } from '../port.js'
import { indexWordsOf, wordsOf } from './text.js'
import { lockIndex } from './write.js'

/**
 * Stores the synonyms and stop words in the database, where every process's next query reads them,
 * whichever process was given them. Synonym phrases are kept as indexed words (plurals folded, so
 * "tees" is "tee"); stop words as typed words.
 */
export async function storeDictionary(db: Db, dictionary: SearchDictionary): Promise<void> {
  const groups = (dictionary.synonyms ?? [])
    .map((group) => [...new Set(group.map((phrase) => indexWordsOf(String(phrase))).filter(Boolean))])
    .filter((group) => group.length >= 2)
  const synonyms = groups.flatMap((group, groupNo) =>
    group.map((phrase) => ({ group_no: groupNo, phrase, first_word: phrase.split(' ')[0]! })),
  )
  const stopWords = [...new Set((dictionary.stopWords ?? []).flatMap((word) => wordsOf(String(word)).split(' ')).filter(Boolean))]
  await db.transaction().execute(async (tx) => {
    // Every process stores the dictionary it is given, often at the same moment: one at a time, so
    // the second replaces the first's rows instead of colliding with them.
    await lockIndex(tx)
    await sql`delete from search_engine_synonym`.execute(tx)
    await sql`delete from search_engine_stop_word`.execute(tx)
    await sql`
      insert into search_engine_synonym (group_no, phrase, first_word)
      select * from jsonb_to_recordset(${JSON.stringify(synonyms)}::jsonb) as s(group_no integer, phrase text, first_word text)`.execute(tx)
    await sql`insert into search_engine_stop_word (word) select unnest(${stopWords}::text[])`.execute(tx)
  })
}
