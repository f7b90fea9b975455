import type { FastifyInstance } from 'fastify'

const API_CSP = "default-src 'none'; frame-ancestors 'none'"
// The docs page and the admin app load their own scripts and styles from this origin only (blob:
// images: an upload's preview before it is sent).
const HTML_CSP =
  "default-src 'self'; img-src 'self' data: blob:; style-src 'self' 'unsafe-inline'; script-src 'self'; connect-src 'self'; frame-ancestors 'none'; base-uri 'self'; form-action 'self'"

/** Headers every response carries; the CSP depends on whether the response is a page. */
export function installSecurityHeaders(app: FastifyInstance, options: { production: boolean }) {
  app.addHook('onSend', (_req, reply, payload, done) => {
    const type = String(reply.getHeader('content-type') ?? '')
    reply.header('x-content-type-options', 'nosniff')
    reply.header('referrer-policy', 'strict-origin-when-cross-origin')
    reply.header('x-frame-options', 'DENY')
    reply.header('content-security-policy', type.startsWith('text/html') ? HTML_CSP : API_CSP)
    reply.header('cross-origin-opener-policy', 'same-origin')
    if (options.production) reply.header('strict-transport-security', 'max-age=31536000; includeSubDomains')
    done(null, payload)
  })
}
