import type { Permission, StaffRole } from '../../modules/staff/permissions.js'

export interface SessionRecord {
  id: string
  subjectKind: 'customer' | 'staff'
  subjectId: string
  csrfToken: string
  expiresAt: Date
}

/** Who is calling. Resolved once per request from a cookie or a bearer token. */
export type Actor =
  | { kind: 'anonymous'; invalidToken?: boolean }
  | { kind: 'customer'; customerId: string; session: SessionRecord }
  | {
      kind: 'staff'
      staffId: string
      role: StaffRole
      permissions: ReadonlySet<Permission>
      session?: SessionRecord
      tokenId?: string
    }

/**
 * Who may call a route, declared beside it:
 * - 'public': anyone, signed in or not;
 * - 'customer': a signed-in shopper;
 * - { staff: permission }: a staff session or API token holding that permission.
 */
export type AuthRule = 'public' | 'customer' | { staff: Permission }

export const ANONYMOUS: Actor = Object.freeze({ kind: 'anonymous' })
