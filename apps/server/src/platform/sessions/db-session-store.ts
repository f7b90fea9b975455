import type { Db } from '../db/database.js'
import { randomToken, sha256 } from '../crypto.js'
import type { SessionRecord } from '../auth/actor.js'
import type { SessionStore } from './port.js'

export function createDbSessionStore(db: Db): SessionStore {
  return {
    async create(input) {
      const token = randomToken()
      const session: SessionRecord = {
        id: sha256(token),
        subjectKind: input.subjectKind,
        subjectId: input.subjectId,
        csrfToken: randomToken(24),
        expiresAt: new Date(Date.now() + input.ttlMs),
      }
      await db
        .insertInto('session')
        .values({
          id: session.id,
          subject_kind: session.subjectKind,
          subject_id: session.subjectId,
          csrf_token: session.csrfToken,
          ip: input.ip ?? null,
          user_agent: input.userAgent?.slice(0, 500) ?? null,
          expires_at: session.expiresAt,
        })
        .execute()
      return { token, session }
    },
    async find(token) {
      const row = await db
        .selectFrom('session')
        .select(['id', 'subject_kind', 'subject_id', 'csrf_token', 'expires_at'])
        .where('id', '=', sha256(token))
        .where('expires_at', '>', new Date())
        .executeTakeFirst()
      return row
        ? { id: row.id, subjectKind: row.subject_kind, subjectId: row.subject_id, csrfToken: row.csrf_token, expiresAt: row.expires_at }
        : null
    },
    async revoke(token) {
      await db.deleteFrom('session').where('id', '=', sha256(token)).execute()
    },
    async purgeExpired() {
      await db.deleteFrom('session').where('expires_at', '<', new Date()).execute()
    },
    async revokeAllFor(subjectKind, subjectId) {
      await db.deleteFrom('session').where('subject_kind', '=', subjectKind).where('subject_id', '=', subjectId).execute()
    },
    async listFor(subjectKind, subjectId) {
      const rows = await db
        .selectFrom('session')
        .select(['created_at', 'expires_at', 'ip', 'user_agent'])
        .where('subject_kind', '=', subjectKind)
        .where('subject_id', '=', subjectId)
        .where('expires_at', '>', new Date())
        .orderBy('created_at')
        .execute()
      return rows.map((r) => ({ createdAt: r.created_at, expiresAt: r.expires_at, ip: r.ip, userAgent: r.user_agent }))
    },
  }
}
