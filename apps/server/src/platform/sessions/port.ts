import type { SessionRecord } from '../auth/actor.js'

export interface NewSession {
  subjectKind: 'customer' | 'staff'
  subjectId: string
  ip?: string
  userAgent?: string
  ttlMs: number
}

/** What a person may see of their sessions in a data export: never the token or anything derived from it. */
export interface SessionInfo {
  /** Null for a session started before the store kept it. */
  createdAt: Date | null
  expiresAt: Date
  ip: string | null
  userAgent: string | null
}

/**
 * Where browser sessions live: the database by default, Redis when configured.
 * The cookie carries a random token; stores keep only its SHA-256, so a leaked
 * store (or backup) cannot be replayed as a cookie.
 */
export interface SessionStore {
  create(input: NewSession): Promise<{ token: string; session: SessionRecord }>
  find(token: string): Promise<SessionRecord | null>
  revoke(token: string): Promise<void>
  /** Ends every session of one person: after a password change, reset or erasure. */
  revokeAllFor(subjectKind: 'customer' | 'staff', subjectId: string): Promise<void>
  /** The live sessions of one person, for their data export. */
  listFor(subjectKind: 'customer' | 'staff', subjectId: string): Promise<SessionInfo[]>
  /** Removes expired sessions (a no-op where the store expires them itself). */
  purgeExpired(): Promise<void>
}
