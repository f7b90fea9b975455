import type { Generated } from 'kysely'

export interface SessionTables {
  session: {
    id: string
    subject_kind: 'customer' | 'staff'
    subject_id: string
    csrf_token: string
    ip: string | null
    user_agent: string | null
    created_at: Generated<Date>
    expires_at: Date
  }
}
