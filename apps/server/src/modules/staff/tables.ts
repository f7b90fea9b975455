import type { Generated } from 'kysely'
import type { StaffRole } from './permissions.js'

export interface StaffTables {
  staff_user: {
    id: string
    email: string
    name: string
    password_hash: string
    role: StaffRole
    active: Generated<boolean>
    created_at: Generated<Date>
    updated_at: Generated<Date>
  }
  api_token: {
    id: string
    name: string
    token_hash: string
    prefix: string
    scopes: string[]
    created_by: string
    created_at: Generated<Date>
    last_used_at: Date | null
    revoked_at: Date | null
  }
}
