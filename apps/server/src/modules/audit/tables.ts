import type { ColumnType, Generated } from 'kysely'

export interface AuditTables {
  audit_log: {
    id: string
    at: Generated<Date>
    actor_kind: string
    actor_id: string | null
    action: string
    target_type: string | null
    target_id: string | null
    ip: string | null
    request_id: string | null
    details: ColumnType<Record<string, unknown>, string | undefined, never>
  }
}
