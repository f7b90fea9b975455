import type { FastifyServerOptions } from 'fastify'
import type { Config } from '../../config.js'

/** Paths whose values never reach a log line: credentials, tokens, card data. */
export const REDACTED_PATHS = [
  'req.headers.authorization',
  'req.headers.cookie',
  'req.headers["x-csrf-token"]',
  'res.headers["set-cookie"]',
  '*.password',
  '*.newPassword',
  '*.currentPassword',
  '*.token',
  '*.secret',
  '*.cardNumber',
  '*.cvc',
  // A card form's own field names: `number` is too common a key to redact everywhere.
  'body.number',
  'req.body.number',
  'card.number',
  '*.card.number',
  '*.card.cvc',
]

export function loggerOptions(config: Config): FastifyServerOptions['logger'] {
  return {
    level: config.logLevel,
    redact: { paths: REDACTED_PATHS, censor: '[redacted]' },
    base: { service: 'shopstack' },
  }
}
