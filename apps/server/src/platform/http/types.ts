import type { Actor, AuthRule } from '../auth/actor.js'

/** An audit entry a route asks for; target id is read from the named route param, or the reply. */
export interface AuditRule {
  action: string
  targetType: string
  targetParam?: string
}

declare module 'fastify' {
  interface FastifyContextConfig {
    /** Who may call the route. Required on every route: the app refuses to start without it. */
    auth?: AuthRule
    /** Records the call in the audit log when it succeeds (every staff write; reads of personal data). */
    audit?: AuditRule
  }
  interface FastifyRequest {
    actor: Actor
    /** The raw session token from the cookie, so logout can revoke exactly that session. */
    sessionToken?: string
  }
}
