import { Type } from 'typebox'
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox'
import { Page, PageQuery } from '../../platform/http/pagination.js'
import { IsoTime } from '../../platform/http/schemas.js'
import type { AuditService } from './service.js'

const AuditEntryView = Type.Object({
  id: Type.String(),
  at: IsoTime,
  actorKind: Type.String(),
  actorId: Type.Union([Type.String(), Type.Null()]),
  action: Type.String(),
  targetType: Type.Union([Type.String(), Type.Null()]),
  targetId: Type.Union([Type.String(), Type.Null()]),
  ip: Type.Union([Type.String(), Type.Null()]),
  requestId: Type.Union([Type.String(), Type.Null()]),
  details: Type.Record(Type.String(), Type.Unknown()),
})

const AuditQuery = Type.Object({
  ...PageQuery,
  actorId: Type.Optional(Type.String({ maxLength: 100 })),
  action: Type.Optional(Type.String({ maxLength: 100 })),
  targetType: Type.Optional(Type.String({ maxLength: 100 })),
  targetId: Type.Optional(Type.String({ maxLength: 100 })),
})

export const auditRoutes: FastifyPluginAsyncTypebox<{ audit: AuditService }> = async (app, { audit }) => {
  app.get(
    '/admin/audit-log',
    {
      schema: {
        tags: ['audit'],
        summary: 'Staff actions and personal-data reads, newest first',
        querystring: AuditQuery,
        response: { 200: Page(AuditEntryView) },
      },
      config: { auth: { staff: 'audit:read' } },
    },
    (req) => {
      const { limit, cursor, ...filters } = req.query
      return audit.list(filters, limit, cursor)
    },
  )
}
