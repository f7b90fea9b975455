import type { Db } from '../../platform/db/database.js'
import { newId } from '../../platform/ids.js'
import { decodeCursor, pageFrom } from '../../platform/http/pagination.js'

export interface AuditEntry {
  actorKind: string
  actorId: string | null
  action: string
  targetType?: string | null
  targetId?: string | null
  ip?: string | null
  requestId?: string | null
  details?: Record<string, unknown>
}

export interface AuditFilters {
  actorId?: string
  action?: string
  targetType?: string
  targetId?: string
}

/** The append-only record of what staff did and whose personal data they read. */
export function createAuditService(deps: { db: Db }) {
  const { db } = deps
  return {
    async record(entry: AuditEntry, tx: Db = db) {
      await tx
        .insertInto('audit_log')
        .values({
          id: newId('aud'),
          actor_kind: entry.actorKind,
          actor_id: entry.actorId,
          action: entry.action,
          target_type: entry.targetType ?? null,
          target_id: entry.targetId ?? null,
          ip: entry.ip ?? null,
          request_id: entry.requestId ?? null,
          details: JSON.stringify(entry.details ?? {}),
        })
        .execute()
    },

    /** Newest first. */
    async list(filters: AuditFilters, limit: number, cursor?: string) {
      const after = decodeCursor(cursor, 1)?.[0] as string | undefined
      const rows = await db
        .selectFrom('audit_log')
        .selectAll()
        .$if(!!filters.actorId, (q) => q.where('actor_id', '=', filters.actorId!))
        .$if(!!filters.action, (q) => q.where('action', '=', filters.action!))
        .$if(!!filters.targetType, (q) => q.where('target_type', '=', filters.targetType!))
        .$if(!!filters.targetId, (q) => q.where('target_id', '=', filters.targetId!))
        .$if(after !== undefined, (q) => q.where('id', '<', after!))
        .orderBy('id', 'desc')
        .limit(limit + 1)
        .execute()
      return pageFrom(
        rows,
        limit,
        (row) => ({
          id: row.id,
          at: row.at.toISOString(),
          actorKind: row.actor_kind,
          actorId: row.actor_id,
          action: row.action,
          targetType: row.target_type,
          targetId: row.target_id,
          ip: row.ip,
          requestId: row.request_id,
          details: row.details as Record<string, unknown>,
        }),
        (row) => [row.id],
      )
    },
  }
}

export type AuditService = ReturnType<typeof createAuditService>
