import fp from 'fastify-plugin'
import type { FastifyInstance, FastifyRequest } from 'fastify'
import { ANONYMOUS, type Actor, type AuthRule } from '../auth/actor.js'
import type { SessionStore } from '../sessions/port.js'
import { safeEqual } from '../crypto.js'
import { Problem, forbidden, unauthenticated } from '../../problems.js'
import { CSRF_HEADER, CUSTOMER_COOKIE, STAFF_COOKIE } from './cookies.js'
import type { StaffAuthority } from '../../modules/staff/authority.js'

export interface AuthPluginOptions {
  sessions: SessionStore
  staff: StaffAuthority
  /** Routes registered by third-party plugins (docs UI, static media) that are public by nature. */
  publicPrefixes: string[]
}

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS'])

/**
 * Resolves the caller once per request (bearer token, staff cookie on /admin, customer cookie),
 * then enforces the route's declared rule and CSRF for cookie-authenticated writes.
 * A route without an `auth` rule is a startup error: nobody can forget to decide.
 */
export const authPlugin = fp<AuthPluginOptions>(async (app: FastifyInstance, { sessions, staff, publicPrefixes }) => {
  app.decorateRequest('actor', null as never)
  app.decorateRequest('sessionToken', undefined)

  app.addHook('onRoute', (route) => {
    if (route.config?.auth !== undefined) return
    if (publicPrefixes.some((prefix) => route.url.startsWith(prefix))) {
      route.config = { ...route.config, auth: 'public' }
      return
    }
    throw new Error(`route ${String(route.method)} ${route.url} declares no auth rule (config.auth)`)
  })

  app.addHook('onRequest', async (req) => {
    req.actor = await resolveActor(req)
  })

  app.addHook('preHandler', async (req) => {
    // Unmatched URLs (404) have no rule; they fall through to the not-found handler.
    const rule = req.routeOptions.config.auth
    if (rule === undefined) return
    enforce(rule, req.actor)
    checkCsrf(req)
  })

  async function resolveActor(req: FastifyRequest): Promise<Actor> {
    const authorization = req.headers.authorization
    if (authorization) {
      const match = /^Bearer\s+(\S+)$/i.exec(authorization)
      const actor = match ? await staff.actorForToken(match[1]!) : null
      // A bad token is a hard 401 rather than a silent downgrade to anonymous.
      if (!actor) throw new Problem({ type: 'unauthenticated', detail: 'The API token is invalid or revoked' })
      return actor
    }
    if (req.url.startsWith('/admin')) {
      const staffActor = await fromCookie(req, STAFF_COOKIE)
      if (staffActor) return staffActor
    }
    return (await fromCookie(req, CUSTOMER_COOKIE)) ?? ANONYMOUS
  }

  async function fromCookie(req: FastifyRequest, name: string): Promise<Actor | null> {
    const raw = req.cookies[name]
    if (!raw) return null
    const unsigned = req.unsignCookie(raw)
    if (!unsigned.valid || !unsigned.value) return null
    const session = await sessions.find(unsigned.value)
    if (!session) return null
    if (name === STAFF_COOKIE && session.subjectKind === 'staff') {
      const actor = await staff.actorForSession(session)
      if (actor) req.sessionToken = unsigned.value
      return actor
    }
    if (name === CUSTOMER_COOKIE && session.subjectKind === 'customer') {
      req.sessionToken = unsigned.value
      return { kind: 'customer', customerId: session.subjectId, session }
    }
    return null
  }
})

function enforce(rule: AuthRule, actor: Actor) {
  if (rule === 'public') return
  if (actor.kind === 'anonymous') throw unauthenticated()
  if (rule === 'customer') {
    if (actor.kind !== 'customer') throw forbidden('This route is for signed-in shoppers')
    return
  }
  if (actor.kind !== 'staff') throw forbidden('Staff only')
  if (!actor.permissions.has(rule.staff)) throw forbidden(`Requires the ${rule.staff} permission`)
}

/**
 * Cookies ride along on cross-site requests; a header the attacker's page cannot read or set does not.
 * Bearer-token calls carry no ambient credential and need no token.
 */
function checkCsrf(req: FastifyRequest) {
  if (SAFE_METHODS.has(req.method)) return
  const actor = req.actor
  const session = actor.kind === 'customer' ? actor.session : actor.kind === 'staff' ? actor.session : undefined
  if (!session) return
  const sent = req.headers[CSRF_HEADER]
  if (typeof sent !== 'string' || !safeEqual(sent, session.csrfToken)) throw new Problem({ type: 'csrf' })
}

