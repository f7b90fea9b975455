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
const INVALID_TOKEN: Actor = Object.freeze({ kind: 'anonymous', invalidToken: true })

export interface DeclaredRoute {
  method: string
  url: string
  rule: AuthRule
}

const SECURITY: Record<'public' | 'customer' | 'staff', { [scheme: string]: string[] }[]> = {
  public: [],
  customer: [{ customerSession: [] }],
  staff: [{ staffSession: [] }, { apiToken: [] }],
}

declare module 'fastify' {
  interface FastifyInstance {
    /** Every route with its auth rule: the authorization tests walk this list. */
    declaredRoutes: DeclaredRoute[]
  }
}

/**
 * Resolves the caller once per request (bearer token, staff cookie on /admin, customer cookie),
 * then enforces the route's declared rule and CSRF for cookie-authenticated writes.
 * A route without an `auth` rule is a startup error: nobody can forget to decide.
 */
export const authPlugin = fp<AuthPluginOptions>(async (app: FastifyInstance, { sessions, staff, publicPrefixes }) => {
  app.decorateRequest('actor', null as never)
  app.decorateRequest('sessionToken', undefined)

  const declared: DeclaredRoute[] = []
  app.decorate('declaredRoutes', declared)

  app.addHook('onRoute', (route) => {
    if (route.config?.auth === undefined) {
      if (!publicPrefixes.some((prefix) => route.url.startsWith(prefix)))
        throw new Error(`route ${String(route.method)} ${route.url} declares no auth rule (config.auth)`)
      route.config = { ...route.config, auth: 'public' }
    }
    const rule = route.config.auth!
    for (const method of [route.method].flat()) if (method !== 'HEAD') declared.push({ method, url: route.url, rule })
    // The rule also goes into the OpenAPI document as the route's security requirement.
    if (route.schema) route.schema.security = SECURITY[rule === 'public' ? 'public' : rule === 'customer' ? 'customer' : 'staff']
  })

  // Who is calling is known before the rate limiter runs, so limits can differ per caller.
  app.addHook('onRequest', (req, _reply, done) => {
    // Most store traffic carries no credential at all: settle it without a promise.
    if (!req.headers.authorization && !req.headers.cookie) {
      req.actor = ANONYMOUS
      return done()
    }
    resolveActor(req).then((actor) => {
      req.actor = actor
      done()
    }, done)
  })

  // Enforced before the body is parsed or validated: a refused caller learns nothing about the schema.
  app.addHook('preParsing', (req, _reply, payload, done) => {
    // Unmatched URLs (404) have no rule; they fall through to the not-found handler.
    const rule = req.routeOptions.config.auth
    if (rule === undefined) return done(null, payload)
    try {
      if (req.actor.kind === 'anonymous' && req.actor.invalidToken)
        throw new Problem({ type: 'unauthenticated', detail: 'The API token is invalid or revoked' })
      enforce(rule, req.actor)
      // Public routes grant nothing through the cookie, so there is nothing to forge.
      if (rule !== 'public') checkCsrf(req)
    } catch (error) {
      return done(error as Error)
    }
    done(null, payload)
  })

  async function resolveActor(req: FastifyRequest): Promise<Actor> {
    // Only bearer tokens are ours; a Basic header from a staging proxy is not an API token.
    const bearer = /^Bearer\s+(\S+)$/i.exec(req.headers.authorization ?? '')
    if (bearer) {
      const actor = await staff.actorForToken(bearer[1]!)
      // A bad token is a hard 401 (after rate limiting) rather than a silent downgrade to anonymous.
      return actor ?? INVALID_TOKEN
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
