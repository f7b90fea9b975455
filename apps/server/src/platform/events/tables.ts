import type { ColumnType, Generated } from 'kysely'

export interface EventTables {
  outbox_event: {
    id: string
    topic: string
    version: Generated<number>
    payload: ColumnType<unknown, string, string>
    created_at: Generated<Date>
    attempts: Generated<number>
    last_error: string | null
    leased_until: Date | null
    published_at: Date | null
  }
  consumed_event: {
    consumer: string
    event_id: string
    consumed_at: Generated<Date>
  }
}
