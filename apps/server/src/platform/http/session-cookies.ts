import type { FastifyReply } from 'fastify'
import { CSRF_COOKIE } from './cookies.js'

/** HttpOnly, SameSite=Lax, signed; Secure when served over HTTPS in production. */
export function setSessionCookies(reply: FastifyReply, name: string, token: string, csrfToken: string, ttlMs: number, secure: boolean) {
  const maxAge = Math.floor(ttlMs / 1000)
  reply.setCookie(name, token, { path: '/', httpOnly: true, sameSite: 'lax', secure, signed: true, maxAge })
  reply.setCookie(CSRF_COOKIE[name]!, csrfToken, { path: '/', httpOnly: false, sameSite: 'lax', secure, maxAge })
}

export function clearSessionCookies(reply: FastifyReply, name: string) {
  reply.clearCookie(name, { path: '/' })
  reply.clearCookie(CSRF_COOKIE[name]!, { path: '/' })
}
