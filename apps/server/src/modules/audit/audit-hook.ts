import type { FastifyInstance } from 'fastify'
import type { AuditService } from './service.js'

const WRITES = new Set(['POST', 'PUT', 'PATCH', 'DELETE'])

/**
 * Records, after a successful response: every staff write (named by the route's `audit` rule,
 * or by method and route when it has none) and every read a route marks as touching personal data.
 */
export function installAuditHook(app: FastifyInstance, audit: AuditService) {
  app.addHook('onSend', (req, reply, payload, done) => {
    const actor = req.actor
    const rule = req.routeOptions.config.audit
    const isStaffWrite = actor?.kind === 'staff' && WRITES.has(req.method)
    // Nothing to record on most requests: answer without a promise.
    if (reply.statusCode >= 400 || (!rule && !isStaffWrite)) return done(null, payload)

    let targetId: string | null = null
    if (rule?.targetParam) targetId = (req.params as Record<string, string>)[rule.targetParam] ?? null
    else if (rule && req.method === 'POST' && typeof payload === 'string' && payload.startsWith('{')) {
      // A create's target is the id it returned. A list's first id is not its target: a list has none.
      targetId = /"id":"([^"]+)"/.exec(payload.slice(0, 200))?.[1] ?? null
    }
    audit
      .record({
        actorKind: actor.kind,
        actorId: actor.kind === 'staff' ? actor.staffId : actor.kind === 'customer' ? actor.customerId : null,
        action: rule?.action ?? `${req.method} ${req.routeOptions.url}`,
        targetType: rule?.targetType ?? null,
        targetId,
        ip: req.ip,
        requestId: req.id,
        details: actor.kind === 'staff' && actor.tokenId ? { via: 'api_token', tokenId: actor.tokenId } : {},
      })
      .then(() => done(null, payload), done)
  })
}
