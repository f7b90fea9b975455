import type { ColumnType, Generated } from 'kysely'

export interface IdempotencyTables {
  idempotency_key: {
    scope: string
    key: string
    request_hash: string
    state: 'running' | 'done'
    status_code: number | null
    response: ColumnType<unknown, string | null, string | null>
    created_at: Generated<Date>
    completed_at: Date | null
  }
}
