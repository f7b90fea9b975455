import type { FastifyReply, FastifyRequest } from 'fastify'
import { Problem } from '../../problems.js'
import type { AttemptLimiter } from '../rate-limit/port.js'
import type { SessionStore } from '../sessions/port.js'
import { clearSessionCookies, setSessionCookies } from '../http/session-cookies.js'

const WINDOW_MS = 15 * 60_000

export interface SignInDeps {
  limiter: AttemptLimiter
  sessions: SessionStore
  attemptsPerAccount: number
  attemptsPerIp: number
  secureCookies: boolean
}

/** The per-account sign-in counter's key; it holds the email for up to the window, so erasure resets it. */
export const accountThrottleKey = (kind: 'customer' | 'staff', email: string) => `signin:${kind}:account:${email.toLowerCase()}`

/** Counts one attempt against `key` and refuses with 429 and Retry-After past the limit. */
export async function throttle(limiter: AttemptLimiter, key: string, limit: number, detail = 'Too many attempts; try again later') {
  const attempt = await limiter.hit(key, limit, WINDOW_MS)
  if (!attempt.allowed)
    throw new Problem({ type: 'too-many-requests', detail, headers: { 'retry-after': String(attempt.retryAfterSeconds) } })
}

/** Starts a fresh session and sets its cookies; returns the CSRF token the browser must echo. */
export async function startSession(
  deps: SignInDeps,
  req: FastifyRequest,
  reply: FastifyReply,
  input: { kind: 'customer' | 'staff'; subjectId: string; cookie: string; ttlMs: number },
): Promise<string> {
  const { token, session } = await deps.sessions.create({
    subjectKind: input.kind,
    subjectId: input.subjectId,
    ip: req.ip,
    userAgent: req.headers['user-agent'],
    ttlMs: input.ttlMs,
  })
  setSessionCookies(reply, input.cookie, token, session.csrfToken, input.ttlMs, deps.secureCookies)
  return session.csrfToken
}

/**
 * The sign-in steps shoppers and staff share: throttle by account and by IP, check the password,
 * end any session the browser already had (no fixation), start a fresh one and set its cookies.
 */
export async function signIn<T>(
  deps: SignInDeps,
  req: FastifyRequest,
  reply: FastifyReply,
  input: { kind: 'customer' | 'staff'; email: string; cookie: string; ttlMs: number; authenticate: () => Promise<T & { id: string }> },
): Promise<{ subject: T; csrfToken: string }> {
  const accountKey = accountThrottleKey(input.kind, input.email)
  const [byIp, byAccount] = await Promise.all([
    deps.limiter.hit(`signin:${input.kind}:ip:${req.ip}`, deps.attemptsPerIp, WINDOW_MS),
    deps.limiter.hit(accountKey, deps.attemptsPerAccount, WINDOW_MS),
  ])
  const refused = !byIp.allowed ? byIp : !byAccount.allowed ? byAccount : null
  if (refused)
    throw new Problem({
      type: 'too-many-requests',
      detail: 'Too many sign-in attempts; try again later',
      headers: { 'retry-after': String(refused.retryAfterSeconds) },
    })

  const subject = await input.authenticate()
  await deps.limiter.reset(accountKey)

  const previous = req.cookies[input.cookie] && req.unsignCookie(req.cookies[input.cookie]!)
  if (previous && previous.valid && previous.value) await deps.sessions.revoke(previous.value)
  const csrfToken = await startSession(deps, req, reply, {
    kind: input.kind,
    subjectId: subject.id,
    cookie: input.cookie,
    ttlMs: input.ttlMs,
  })
  return { subject, csrfToken }
}

/** Ends the session of the given kind only: staff sign-out never ends the shopper's session in the same browser. */
export async function signOut(
  sessions: SessionStore,
  req: FastifyRequest,
  reply: FastifyReply,
  kind: 'customer' | 'staff',
  cookie: string,
) {
  if (req.sessionToken && req.actor.kind === kind) await sessions.revoke(req.sessionToken)
  clearSessionCookies(reply, cookie)
}
