import { resolve } from 'node:path'

/**
 * Typed configuration from the environment. Every variable is optional on one machine:
 * each default is the embedded choice. All problems are reported together, one line each.
 */
export interface Config {
  env: 'development' | 'production' | 'test'
  host: string
  port: number
  dataDir: string
  databaseUrl: string | undefined
  databasePoolSize: number
  embeddedInProduction: boolean
  redisUrl: string | undefined
  redisKeyPrefix: string
  sessionSecret: string | undefined
  paymentWebhookSecret: string | undefined
  paymentTokensPerIp: number
  stripeSecretKey: string | undefined
  testCardsInProduction: boolean
  stripeWebhookSecret: string | undefined
  customerSessionTtlHours: number
  staffSessionTtlHours: number
  rateLimitAnonymousPerMinute: number
  rateLimitAuthenticatedPerMinute: number
  loginAttemptsPerAccount: number
  loginAttemptsPerIp: number
  bodyLimitBytes: number
  importLimitBytes: number
  logLevel: 'fatal' | 'error' | 'warn' | 'info' | 'debug' | 'trace' | 'silent'
  smtpUrl: string | undefined
  mailFrom: string
  publicUrl: string
  storefrontUrl: string
  corsOrigins: string[]
  storefrontRevalidateSecret: string | undefined
  storefrontRevalidateUrl: string | undefined
  mediaDir: string
  adminDir: string | undefined
  cacheMaxEntries: number
  seedDemo: boolean
  cartTtlHours: number
  searchEngine: 'memory' | 'postgres'
  searchCacheMb: number
  pendingOrderTtlMinutes: number
  trustProxy: false | number | string[]
}

interface Variable<T> {
  name: string
  description: string
  default: string
  parse(raw: string | undefined, env: NodeJS.ProcessEnv): T
}

class ConfigError extends Error {}

const str = (name: string, description: string, fallback?: string): Variable<string | undefined> => ({
  name,
  description,
  default: fallback ?? '(unset)',
  parse: (raw) => (raw === undefined || raw === '' ? fallback : raw),
})

const int = (name: string, description: string, fallback: number, min = 0, max = Number.MAX_SAFE_INTEGER): Variable<number> => ({
  name,
  description,
  default: String(fallback),
  parse(raw) {
    if (raw === undefined || raw === '') return fallback
    const value = Number(raw)
    if (!Number.isInteger(value) || value < min || value > max)
      throw new ConfigError(`must be a whole number from ${min} to ${max}, got "${raw}"`)
    return value
  },
})

const bool = (name: string, description: string, fallback: boolean): Variable<boolean> => ({
  name,
  description,
  default: String(fallback),
  parse(raw) {
    if (raw === undefined || raw === '') return fallback
    if (['1', 'true', 'yes', 'on'].includes(raw.toLowerCase())) return true
    if (['0', 'false', 'no', 'off'].includes(raw.toLowerCase())) return false
    throw new ConfigError(`must be true or false, got "${raw}"`)
  },
})

const oneOf = <T extends string>(name: string, description: string, values: readonly T[], fallback: T): Variable<T> => ({
  name,
  description,
  default: fallback,
  parse(raw) {
    if (raw === undefined || raw === '') return fallback
    if (!values.includes(raw as T)) throw new ConfigError(`must be one of ${values.join(', ')}, got "${raw}"`)
    return raw as T
  },
})

const url = (name: string, description: string, protocols: string[], fallback?: string): Variable<string | undefined> => ({
  name,
  description,
  default: fallback ?? '(unset)',
  parse(raw) {
    if (raw === undefined || raw === '') return fallback
    let parsed: URL
    try {
      parsed = new URL(raw)
    } catch {
      throw new ConfigError(`must be a URL like ${protocols[0]}//host:port, got something else`)
    }
    if (!protocols.includes(parsed.protocol)) throw new ConfigError(`must start with ${protocols.join(' or ')}`)
    return raw
  },
})

/** The table of every variable: the README's configuration section is generated from it. */
export const VARIABLES = {
  env: oneOf('NODE_ENV', 'development, production or test', ['development', 'production', 'test'] as const, 'development'),
  host: str('HOST', 'Interface the HTTP server binds to', '0.0.0.0'),
  port: int('PORT', 'HTTP port of the API and admin', 4000, 0, 65535),
  dataDir: str('DATA_DIR', 'Folder for the embedded database, media and the dev mailbox', './data'),
  databaseUrl: url('DATABASE_URL', 'PostgreSQL URL; unset: embedded PGlite in DATA_DIR/pg', ['postgres:', 'postgresql:']),
  embeddedInProduction: bool(
    'EMBEDDED_IN_PRODUCTION',
    'Allow the embedded database when NODE_ENV=production (one-machine shops with a persistent DATA_DIR)',
    false,
  ),
  databasePoolSize: int('DATABASE_POOL_SIZE', 'PostgreSQL connections per process', 10, 1, 500),
  redisUrl: url('REDIS_URL', 'Redis URL for cache, sessions and rate limits; unset: in-process', ['redis:', 'rediss:']),
  redisKeyPrefix: str('REDIS_KEY_PREFIX', 'Prefix of every Redis key this shop writes', 'shopstack:') as Variable<string>,
  sessionSecret: str('SESSION_SECRET', 'Key that signs cookies (32+ characters); required in production, else generated into DATA_DIR'),
  paymentWebhookSecret: str(
    'PAYMENT_WEBHOOK_SECRET',
    'Key that signs and verifies the test provider’s webhooks (32+ characters); required in production unless Stripe is configured, else derived from SESSION_SECRET',
  ),
  paymentTokensPerIp: int('PAYMENT_TOKENS_PER_IP', 'Card tokenizations per IP per 15 minutes before refusal (card-testing defence)', 30, 1),
  testCardsInProduction: bool(
    'PAYMENT_TEST_CARDS_IN_PRODUCTION',
    'Accept the built-in test card processor when NODE_ENV=production (a demo shop: test cards then pay for real orders); production otherwise needs STRIPE_SECRET_KEY',
    false,
  ),
  stripeSecretKey: str(
    'STRIPE_SECRET_KEY',
    'Stripe secret key (sk_live_…, sk_test_… or a restricted rk_… key); set: cards are paid through Stripe, the default provider; unset: Stripe is off',
  ),
  stripeWebhookSecret: str(
    'STRIPE_WEBHOOK_SECRET',
    'Signing secret (whsec_…) of the Stripe webhook endpoint PUBLIC_URL/store/payments/webhooks/stripe; required with STRIPE_SECRET_KEY',
  ),
  customerSessionTtlHours: int('CUSTOMER_SESSION_TTL_HOURS', 'How long a shopper stays signed in', 24 * 30, 1),
  staffSessionTtlHours: int('STAFF_SESSION_TTL_HOURS', 'How long a staff session lasts', 12, 1),
  rateLimitAnonymousPerMinute: int('RATE_LIMIT_ANONYMOUS_PER_MINUTE', 'Requests per minute per IP for anonymous callers', 100, 1),
  rateLimitAuthenticatedPerMinute: int(
    'RATE_LIMIT_AUTHENTICATED_PER_MINUTE',
    'Requests per minute per signed-in customer, staff member or token',
    1000,
    1,
  ),
  loginAttemptsPerAccount: int('LOGIN_ATTEMPTS_PER_ACCOUNT', 'Failed sign-ins per account per 15 minutes before refusal', 10, 1),
  loginAttemptsPerIp: int('LOGIN_ATTEMPTS_PER_IP', 'Sign-in attempts per IP per 15 minutes before refusal', 50, 1),
  bodyLimitBytes: int('BODY_LIMIT_BYTES', 'Largest JSON body accepted (413 above)', 1024 * 1024, 1024),
  importLimitBytes: int('IMPORT_LIMIT_BYTES', 'Largest CSV upload accepted by POST /admin/imports', 100 * 1024 * 1024, 1024),
  logLevel: oneOf('LOG_LEVEL', 'pino log level', ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const, 'info'),
  smtpUrl: url('SMTP_URL', 'SMTP server for mail; unset: mail is written to DATA_DIR/mailbox', ['smtp:', 'smtps:']),
  mailFrom: str('MAIL_FROM', 'Sender address of outgoing mail', 'shopstack <shop@localhost>'),
  publicUrl: url('PUBLIC_URL', 'Public URL of this API, used in links', ['http:', 'https:'], 'http://localhost:4000'),
  storefrontUrl: url('STOREFRONT_URL', 'Public URL of the storefront, used in emailed links', ['http:', 'https:'], 'http://localhost:3000'),
  corsOrigins: {
    name: 'CORS_ORIGINS',
    description: 'More browser origins allowed to call the API without credentials, comma-separated (the STOREFRONT_URL origin always is)',
    default: '(unset)',
    parse(raw: string | undefined): string[] {
      if (!raw) return []
      return raw.split(',').map((entry) => {
        const origin = entry.trim()
        let parsed: URL
        try {
          parsed = new URL(origin)
        } catch {
          throw new ConfigError(`"${origin}" is not an origin like https://shop.example.com`)
        }
        if (parsed.origin !== origin)
          throw new ConfigError(`"${origin}" is not an origin like https://shop.example.com (no path, no slash)`)
        return origin
      })
    },
  },
  storefrontRevalidateSecret: str(
    'STOREFRONT_REVALIDATE_SECRET',
    'Shared with the storefront: when set, product changes drop its cached pages at once (npm start sets one)',
  ),
  storefrontRevalidateUrl: url('STOREFRONT_REVALIDATE_URL', 'Where to send those revalidations; default STOREFRONT_URL/api/revalidate', [
    'http:',
    'https:',
  ]),
  mediaDir: str('MEDIA_DIR', 'Folder for product images; default DATA_DIR/media'),
  adminDir: str('ADMIN_DIR', "The admin app's build served at /admin; default apps/admin/dist above the server"),
  cacheMaxEntries: int('CACHE_MAX_ENTRIES', 'Entries kept by the in-process cache', 10_000, 10),
  seedDemo: bool('SEED_DEMO', 'Seed the demo shop on first start when the catalog is empty', true),
  cartTtlHours: int('CART_TTL_HOURS', 'How long a cart lives after its last change', 24 * 7, 1),
  searchEngine: oneOf(
    'SEARCH_ENGINE',
    'memory: an index in each API process, built at start (the default); postgres: full-text search in the database, shared by every process',
    ['memory', 'postgres'] as const,
    'memory',
  ),
  searchCacheMb: int(
    'SEARCH_CACHE_MB',
    'Megabytes of serialised search and suggestion answers each API process keeps (retired by any index change); 0: none',
    32,
    0,
    4096,
  ),
  pendingOrderTtlMinutes: int(
    'PENDING_ORDER_TTL_MINUTES',
    'How long an order may wait for its payment (an abandoned 3-D Secure challenge) before it is cancelled and its stock released',
    30,
    1,
  ),
  trustProxy: {
    name: 'TRUST_PROXY',
    description:
      'Proxies in front of the API whose X-Forwarded-For is believed: a hop count (1 behind one load balancer) or their IPs/CIDRs, comma-separated; unset: none',
    default: '(unset)',
    parse(raw: string | undefined): false | number | string[] {
      if (raw === undefined || raw === '' || raw === 'false') return false
      // "true" would believe every hop, so any client could pick its own IP by sending the header.
      if (raw === 'true')
        throw new ConfigError('must be a hop count or a list of proxy addresses, not true (that lets clients choose their IP)')
      if (/^\d+$/.test(raw)) return Number(raw)
      const entries = raw
        .split(',')
        .map((s) => s.trim())
        .filter(Boolean)
      if (entries.some((e) => !/^[0-9a-fA-F.:/]+$/.test(e))) throw new ConfigError(`must be a hop count or IPs/CIDRs, got "${raw}"`)
      return entries
    },
  },
} satisfies { [K in keyof Config]: Variable<unknown> }

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const problems: string[] = []
  const values: Record<string, unknown> = {}
  for (const [key, variable] of Object.entries(VARIABLES)) {
    try {
      values[key] = (variable as Variable<unknown>).parse(env[variable.name], env)
    } catch (error) {
      if (!(error instanceof ConfigError)) throw error
      problems.push(`${variable.name} ${error.message}`)
    }
  }
  const config = values as unknown as Config
  if (problems.length === 0) {
    config.dataDir = resolve(config.dataDir)
    config.mediaDir = resolve(config.mediaDir ?? `${config.dataDir}/media`)
    if (config.env === 'production' && !config.sessionSecret) problems.push('SESSION_SECRET is required when NODE_ENV=production')
    // In a container the data folder is usually throw-away: an unset DATABASE_URL would lose orders on restart.
    if (config.env === 'production' && !config.databaseUrl && !config.embeddedInProduction)
      problems.push(
        'DATABASE_URL is required when NODE_ENV=production (set EMBEDDED_IN_PRODUCTION=true to run on the embedded database on purpose)',
      )
    if (config.sessionSecret !== undefined && config.sessionSecret.length < 32)
      problems.push('SESSION_SECRET must be at least 32 characters')
    // Test cards "pay" for anything: a production shop must name a real processor, or opt in on purpose.
    if (config.env === 'production' && !config.stripeSecretKey && !config.testCardsInProduction)
      problems.push(
        'a card processor is required when NODE_ENV=production: set STRIPE_SECRET_KEY (or PAYMENT_TEST_CARDS_IN_PRODUCTION=true for a demo shop that takes test cards)',
      )
    // The test provider's webhooks are signed with this secret; production registers it only on request.
    if (config.env === 'production' && config.testCardsInProduction && !config.paymentWebhookSecret)
      problems.push('PAYMENT_WEBHOOK_SECRET is required when PAYMENT_TEST_CARDS_IN_PRODUCTION=true')
    if (config.paymentWebhookSecret !== undefined && config.paymentWebhookSecret.length < 32)
      problems.push('PAYMENT_WEBHOOK_SECRET must be at least 32 characters')
    if (config.stripeSecretKey !== undefined && !/^(sk|rk)_(live|test)_\w+$/.test(config.stripeSecretKey))
      problems.push('STRIPE_SECRET_KEY must be a Stripe secret key (sk_live_…, sk_test_…, rk_live_… or rk_test_…)')
    if (config.stripeSecretKey !== undefined && !config.stripeWebhookSecret)
      problems.push('STRIPE_WEBHOOK_SECRET is required when STRIPE_SECRET_KEY is set (the webhook endpoint’s signing secret)')
    if (config.stripeWebhookSecret !== undefined && !/^whsec_\w+$/.test(config.stripeWebhookSecret))
      problems.push('STRIPE_WEBHOOK_SECRET must be a Stripe signing secret (whsec_…)')
  }
  if (problems.length > 0) throw new Error(`Invalid configuration:\n  - ${problems.join('\n  - ')}`)
  return config
}
