import type { Redis } from 'ioredis'
import { randomToken, sha256 } from '../crypto.js'
import type { SessionRecord } from '../auth/actor.js'
import type { SessionStore } from './port.js'

const sessionKey = (id: string) => `session:${id}`
const subjectKey = (kind: string, id: string) => `session-subject:${kind}:${id}`

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
        .set(sessionKey(session.id), JSON.stringify(session), 'PX', input.ttlMs)
        .sadd(members, session.id)
        .pexpire(members, input.ttlMs, 'GT')
        .pexpire(members, input.ttlMs, 'NX')
        .exec()
      return { token, session }
    },
    async find(token) {
      const raw = await redis.get(sessionKey(sha256(token)))
      if (!raw) return null
      const parsed = JSON.parse(raw) as SessionRecord & { expiresAt: string }
      return { ...parsed, expiresAt: new Date(parsed.expiresAt) }
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
  }
}
