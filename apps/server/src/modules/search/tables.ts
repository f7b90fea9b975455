import type { Generated } from 'kysely'

export interface SearchAdminTables {
  search_synonym_group: { id: string; words: string[]; created_at: Generated<Date>; updated_at: Generated<Date> }
  search_stop_word: { word: string; created_at: Generated<Date> }
  search_zero_result: { query: string; searches: number; first_at: Generated<Date>; last_at: Generated<Date> }
}
