import type { Redis } from 'ioredis'
import { randomToken, sha256 } from '../crypto.js'
import type { SessionRecord } from '../auth/actor.js'
import type { SessionStore } from './port.js'

const sessionKey = (id: string) => `session:${id}`
const subjectKey = (kind: string, id: string) => `session-subject:${kind}:${id}`

/** The stored value: the session and what its person may see of it in a data export. */
type Stored = Omit<SessionRecord, 'expiresAt'> & { expiresAt: string; createdAt?: string; ip?: string | null; userAgent?: string | null }

/** Sessions as Redis keys that expire by themselves, plus a set per person for "sign out everywhere". */
export function createRedisSessionStore(redis: Redis): SessionStore {
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
      const members = subjectKey(session.subjectKind, session.subjectId)
      await redis
        .multi()
        .set(
          sessionKey(session.id),
          JSON.stringify({
            ...session,
            createdAt: new Date().toISOString(),
            ip: input.ip ?? null,
            userAgent: input.userAgent?.slice(0, 500) ?? null,
          }),
          'PX',
          input.ttlMs,
        )
        .sadd(members, session.id)
        .pexpire(members, input.ttlMs, 'GT')
        .pexpire(members, input.ttlMs, 'NX')
        .exec()
      return { token, session }
    },
    async find(token) {
      const raw = await redis.get(sessionKey(sha256(token)))
      if (!raw) return null
      const parsed = JSON.parse(raw) as Stored
      return {
        id: parsed.id,
        subjectKind: parsed.subjectKind,
        subjectId: parsed.subjectId,
        csrfToken: parsed.csrfToken,
        expiresAt: new Date(parsed.expiresAt),
      }
    },
    async revoke(token) {
      const id = sha256(token)
      const raw = await redis.get(sessionKey(id))
      await redis.del(sessionKey(id))
      if (raw) {
        const session = JSON.parse(raw) as SessionRecord
        await redis.srem(subjectKey(session.subjectKind, session.subjectId), id)
      }
    },
    // Redis expires session keys by itself.
    purgeExpired: async () => {},
    async revokeAllFor(subjectKind, subjectId) {
      const members = subjectKey(subjectKind, subjectId)
      const ids = await redis.smembers(members)
      await redis.del(members, ...ids.map(sessionKey))
    },
    async listFor(subjectKind, subjectId) {
      const ids = await redis.smembers(subjectKey(subjectKind, subjectId))
      if (ids.length === 0) return []
      // The set may still name sessions that expired by themselves.
      const live = (await redis.mget(...ids.map(sessionKey))).filter((raw): raw is string => raw !== null)
      return live
        .map((raw) => JSON.parse(raw) as Stored)
        .map((s) => ({
          createdAt: s.createdAt ? new Date(s.createdAt) : null,
          expiresAt: new Date(s.expiresAt),
          ip: s.ip ?? null,
          userAgent: s.userAgent ?? null,
        }))
        .sort((a, b) => (a.createdAt?.getTime() ?? 0) - (b.createdAt?.getTime() ?? 0))
    },
  }
}
