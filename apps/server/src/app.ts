import Fastify, { type FastifyBaseLogger, type FastifyInstance, type FastifyServerOptions } from 'fastify'
import AjvCompiler from '@fastify/ajv-compiler'
import { Type } from 'typebox'
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox'
import cookie from '@fastify/cookie'
import { Gauge } from 'prom-client'
import cors from '@fastify/cors'
import rateLimit from '@fastify/rate-limit'
import swagger from '@fastify/swagger'
import swaggerUi from '@fastify/swagger-ui'
import fastifyStatic from '@fastify/static'
import type { Redis } from 'ioredis'
import { pino, type LoggerOptions } from 'pino'
import { randomUUID } from 'node:crypto'
import { mkdirSync } from 'node:fs'
import { join } from 'node:path'
import type { Config } from './config.js'
import { Problem } from './problems.js'
import { openDatabase, type DatabaseHandle } from './platform/db/database.js'
import { isSchemaCurrent } from './platform/db/migrations.js'
import { connectRedis } from './platform/redis.js'
import { createMemoryCache } from './platform/cache/memory-cache.js'
import { createRedisCache } from './platform/cache/redis-cache.js'
import { createMemoryGenerations, createRedisGenerations } from './platform/cache/generations.js'
import { createDbSessionStore } from './platform/sessions/db-session-store.js'
import { createRedisSessionStore } from './platform/sessions/redis-session-store.js'
import { createMemoryLimiter } from './platform/rate-limit/memory-limiter.js'
import { createRedisLimiter } from './platform/rate-limit/redis-limiter.js'
import { createDevMailbox } from './platform/mail/dev-mailbox.js'
import { createSmtpMailer } from './platform/mail/smtp-mailer.js'
import { createLocalMedia } from './platform/media/local-media.js'
import { resolveSessionSecret } from './platform/session-secret.js'
import { loggerOptions } from './platform/telemetry/logger.js'
import { installMetrics } from './platform/telemetry/metrics.js'
import { installErrorHandling } from './platform/http/error-handler.js'
import { installSecurityHeaders } from './platform/http/security-headers.js'
import { installStrictSchemas } from './platform/http/strict-schemas.js'
import { authPlugin } from './platform/http/auth-plugin.js'
import { systemRoutes } from './platform/http/system-routes.js'
import { adminApp, findAdminBuild } from './platform/http/admin-app.js'
import { devRoutes } from './platform/http/dev-routes.js'
import { ProblemSchema } from './platform/http/schemas.js'
import type { SignInDeps } from './platform/auth/sign-in.js'
import { createAuditService } from './modules/audit/service.js'
import { createRegionRepo } from './modules/regions/repo.js'
import { createRegionService } from './modules/regions/service.js'
import { regionRoutes } from './modules/regions/routes.js'
import { inventoryRoutes } from './modules/inventory/routes.js'
import { createOutbox } from './platform/events/outbox.js'
import { createIdempotency } from './platform/idempotency/idempotency.js'
import { installAuditHook } from './modules/audit/audit-hook.js'
import { auditRoutes } from './modules/audit/routes.js'
import { reportRoutes } from './modules/reports/routes.js'
import { createStaffRepo } from './modules/staff/repo.js'
import { createStaffService } from './modules/staff/service.js'
import { staffRoutes } from './modules/staff/routes.js'
import { createCustomerRepo } from './modules/customers/repo.js'
import { createCustomerService } from './modules/customers/service.js'
import { customerRoutes } from './modules/customers/routes.js'
import { createInventoryService } from './modules/inventory/service.js'
import { createCatalogRepo } from './modules/catalog/repo.js'
import { createCatalogService } from './modules/catalog/service.js'
import { createTaxonomyService } from './modules/catalog/taxonomy.js'
import { catalogStoreRoutes } from './modules/catalog/store-routes.js'
import { catalogAdminRoutes } from './modules/catalog/admin-routes.js'
import { mediaRoutes } from './modules/catalog/media-routes.js'
import { sitemapRoutes } from './modules/catalog/sitemap-routes.js'
import { createImportService } from './modules/catalog/import-service.js'
import { importRoutes } from './modules/catalog/import-routes.js'
import { createImportJobs } from './modules/catalog/import-jobs.js'
import { createCartRepo } from './modules/cart/repo.js'
import { createCartService } from './modules/cart/service.js'
import { cartRoutes, setCartCookie } from './modules/cart/routes.js'
import { CART_COOKIE } from './platform/http/cookies.js'
import { createPromotionRepo } from './modules/promotions/repo.js'
import { createPromotionService } from './modules/promotions/service.js'
import { promotionRoutes } from './modules/promotions/routes.js'
import { createOrderRepo } from './modules/orders/repo.js'
import { createOrderService } from './modules/orders/service.js'
import { createFulfillmentService } from './modules/orders/fulfillments.js'
import { createReturnService } from './modules/orders/returns.js'
import { storeOrderRoutes } from './modules/orders/store-routes.js'
import { liveOrderRoutes } from './modules/orders/live-routes.js'
import { createOrderLive } from './modules/orders/live.js'
import { adminOrderRoutes } from './modules/orders/admin-routes.js'
import { createCheckoutService } from './modules/checkout/service.js'
import { checkoutRoutes } from './modules/checkout/routes.js'
import { registerOrderNotifications } from './modules/notifications/service.js'
import { registerStorefrontRevalidation } from './modules/catalog/storefront-revalidation.js'
import { createSearchRepo } from './modules/search/repo.js'
import { createSearchService } from './modules/search/service.js'
import { createStoreSearch } from './modules/search/store-search.js'
import { createStoreSuggest } from './modules/search/store-suggest.js'
import { createAnswerCache } from './modules/search/answer-cache.js'
import { searchRoutes } from './modules/search/routes.js'
import { createMemorySearchEngine } from './modules/search/engine/memory/index.js'
import { createPostgresSearchEngine } from './modules/search/engine/postgres/index.js'
import { createPrivacyRepo } from './modules/privacy/repo.js'
import { createConsentService } from './modules/privacy/consents.js'
import { createPrivacyService } from './modules/privacy/service.js'
import { privacyRoutes } from './modules/privacy/routes.js'

import { createPaymentService } from './modules/payments/service.js'
import { createTestProvider } from './modules/payments/test-provider.js'
import { resolveWebhookSecret } from './modules/payments/webhook-secret.js'
import { paymentRoutes } from './modules/payments/routes.js'
import { paymentWebhookRoutes } from './modules/payments/webhook-routes.js'
import { testProviderRoutes } from './modules/payments/test-provider-routes.js'
import { STRIPE_PROVIDER, createStripeProvider } from './modules/payments/stripe/provider.js'
import { TEST_PROVIDER } from './modules/payments/test-cards.js'

export interface AppOverrides {
  /** An already-open database (tests hand in a snapshot); otherwise opened from config. */
  database?: DatabaseHandle
  redis?: Redis
  /** Test seam: answers the Stripe provider's API calls in-process, so tests never reach api.stripe.com. */
  stripeFetch?: typeof globalThis.fetch
}

/** Builds the services: the one place that picks adapters from configuration. */
export async function buildServices(config: Config, overrides: AppOverrides = {}) {
  const database =
    overrides.database ??
    (await openDatabase(
      config.databaseUrl
        ? { kind: 'postgres', url: config.databaseUrl, poolSize: config.databasePoolSize }
        : { kind: 'pglite', dataDir: join(config.dataDir, 'pg') },
    ))
  // One logger for the HTTP layer and the services, so redaction applies everywhere.
  const logger = pino(loggerOptions(config) as LoggerOptions)
  const redis = overrides.redis ?? (config.redisUrl ? await connectRedis(config.redisUrl, config.redisKeyPrefix, logger) : undefined)
  const db = database.db

  const cache = redis ? createRedisCache(redis) : createMemoryCache(config.cacheMaxEntries)
  const localCache = redis ? createMemoryCache(config.cacheMaxEntries) : undefined
  const generations = redis ? createRedisGenerations(redis) : createMemoryGenerations()
  const sessions = redis ? createRedisSessionStore(redis) : createDbSessionStore(db)
  const limiter = redis ? createRedisLimiter(redis) : createMemoryLimiter()
  const mailbox = createDevMailbox(join(config.dataDir, 'mailbox'), config.mailFrom)
  const mailer = config.smtpUrl ? createSmtpMailer(config.smtpUrl, config.mailFrom) : mailbox
  mkdirSync(config.mediaDir, { recursive: true })
  const media = createLocalMedia(config.mediaDir)

  const outbox = createOutbox({ db, log: logger })
  const idempotency = createIdempotency({ db })
  const audit = createAuditService({ db })
  const staff = createStaffService({ repo: createStaffRepo(db) })
  const inventory = createInventoryService({ db, outbox })
  const catalogRepo = createCatalogRepo(db)
  const catalog = createCatalogService({ repo: catalogRepo, inventory, cache, localCache, generations, outbox })
  const taxonomy = createTaxonomyService({ repo: catalogRepo, invalidate: catalog.invalidate, outbox })
  const regions = createRegionService({ repo: createRegionRepo(db), generations })
  const promotions = createPromotionService({ repo: createPromotionRepo(db) })
  const cart = createCartService({ repo: createCartRepo(db), catalog, regions, promotions, ttlMs: config.cartTtlHours * 3_600_000 })
  const imports = createImportService({ db, repo: catalogRepo, catalog, inventory })
  const importJobs = createImportJobs({ db, imports, log: logger })
  const consents = createConsentService({ repo: createPrivacyRepo(db) })
  const customers = createCustomerService({
    repo: createCustomerRepo(db),
    mailer,
    sessions,
    storefrontUrl: config.storefrontUrl,
    log: logger,
    recordConsent: (tx, customerId, decision) => consents.record(tx, customerId, { purpose: 'marketing', ...decision }),
  })
  const stripe = config.stripeSecretKey
    ? createStripeProvider({
        secretKey: config.stripeSecretKey,
        webhookSecret: config.stripeWebhookSecret!,
        returnUrl: (paymentId) => `${config.storefrontUrl}/checkout/payment-return?payment=${encodeURIComponent(paymentId)}`,
        ...(overrides.stripeFetch && { fetch: overrides.stripeFetch }),
      })
    : undefined
  // Test cards pay for anything: production offers them only when the operator asked for a demo shop.
  const testPayments =
    config.env === 'production' && !config.testCardsInProduction
      ? undefined
      : createTestProvider({
          db,
          webhookSecret: resolveWebhookSecret(config),
          challengeUrl: (reference) => `${config.publicUrl}/store/payments/test/challenges/${reference}`,
        })
  const payments = createPaymentService({
    db,
    outbox,
    providers: { ...(testPayments && { [TEST_PROVIDER]: testPayments }), ...(stripe && { [STRIPE_PROVIDER]: stripe }) },
    log: logger,
    defaultProvider: stripe ? STRIPE_PROVIDER : TEST_PROVIDER,
  })
  const orderRepo = createOrderRepo(db)
  const orders = createOrderService({ repo: orderRepo, inventory, promotions, payments, outbox, reopenCart: cart.reopen, log: logger })
  const fulfillments = createFulfillmentService({ repo: orderRepo, orders, inventory, outbox })
  const returns = createReturnService({ repo: orderRepo, orders, inventory, payments })
  registerOrderNotifications({ outbox, orders, mailer, storefrontUrl: config.storefrontUrl, log: logger })
  if (config.storefrontRevalidateSecret)
    registerStorefrontRevalidation({
      outbox,
      catalog,
      url: config.storefrontRevalidateUrl ?? `${config.storefrontUrl}/api/revalidate`,
      secret: config.storefrontRevalidateSecret,
    })
  const checkout = createCheckoutService({
    db,
    cart,
    orders,
    inventory,
    promotions,
    payments,
    idempotency,
    emailOfCustomer: async (customerId, tx) => (await customers.getCustomer(customerId, tx)).email,
    log: logger,
  })
  const privacy = createPrivacyService({
    db,
    consents,
    customers,
    cart,
    orders,
    payments,
    promotions,
    // With Redis, the database table may still hold sessions from before Redis was configured.
    sessionStores: redis ? [sessions, createDbSessionStore(db)] : [sessions],
    outbox,
    idempotency,
    audit,
    mailbox,
    limiter,
    log: logger,
  })

  const search = createSearchService({
    engine: config.searchEngine === 'postgres' ? createPostgresSearchEngine(db) : createMemorySearchEngine(),
    db,
    repo: createSearchRepo(db),
    outbox,
    catalog,
    inventory,
    unitsSold: (productIds) => orders.unitsSold(productIds),
    generations,
    log: logger,
  })
  // One cache for both routes: a minute at most for what no event announces.
  const answers = createAnswerCache({ maxBytes: config.searchCacheMb * 1024 * 1024, ttlMs: 60_000 })
  const storeSearch = createStoreSearch({ search, catalog, cache: answers })
  const storeSuggest = createStoreSuggest({ search, cache: answers })
  const orderLive = createOrderLive({ db, log: logger })

  return {
    config,
    logger,
    outbox,
    idempotency,
    database,
    redis,
    cache,
    sessions,
    limiter,
    mailbox,
    media,
    audit,
    staff,
    inventory,
    catalog,
    taxonomy,
    imports,
    importJobs,
    regions,
    cart,
    customers,
    promotions,
    orders,
    fulfillments,
    returns,
    checkout,
    payments,
    testPayments,
    consents,
    privacy,
    search,
    storeSearch,
    storeSuggest,
    orderLive,
    async close() {
      await importJobs.drain()
      await orderLive.stop()
      await search.stop()
      await outbox.stop()
      await generations.close()
      await database.close()
      // QUIT lets replies still on the wire arrive; a connection that is already gone just ends.
      if (redis && !overrides.redis) {
        if (redis.status === 'ready') await redis.quit().catch(() => redis.disconnect())
        else redis.disconnect()
      }
    },
  }
}

export type Services = Awaited<ReturnType<typeof buildServices>>

const REQUEST_ID = /^[\w.-]{1,100}$/

const validatorPool = AjvCompiler()
/**
 * Query strings, paths and headers are text, so their numbers and booleans are coerced from it; a
 * JSON body already has types, and coercing it would turn a null sent for "none" into 0 wherever a
 * field takes a number or null (a weight, a compare-at price, a free-shipping threshold).
 */
const exactBodies: NonNullable<NonNullable<FastifyServerOptions['schemaController']>['compilersFactory']>['buildValidator'] = (
  externalSchemas,
  options,
) => {
  const coercing = validatorPool(externalSchemas, options)
  const exact = validatorPool(externalSchemas, {
    ...options,
    customOptions: { ...(options?.customOptions as Record<string, unknown>), coerceTypes: false },
  } as typeof options)
  return (route) => (route.httpPart === 'body' ? exact : coercing)(route)
}
const trustHops = (hops: number) => (_address: string, hop: number) => hop < hops

/** Builds the HTTP app over the services. */
export async function buildApp(services: Services): Promise<FastifyInstance> {
  const { config } = services
  const production = config.env === 'production'
  const app = Fastify({
    loggerInstance: services.logger as FastifyBaseLogger,
    bodyLimit: config.bodyLimitBytes,
    // A hop count believes that many proxies nearest the server, and no further.
    trustProxy: typeof config.trustProxy === 'number' ? trustHops(config.trustProxy) : config.trustProxy,
    // A caller's own request id is kept (so traces join up across services), if it is sane.
    genReqId: (req) => {
      const sent = req.headers['x-request-id']
      return typeof sent === 'string' && REQUEST_ID.test(sent) ? sent : randomUUID()
    },
    ajv: { customOptions: { removeAdditional: false, coerceTypes: 'array', useDefaults: true, allErrors: true } },
    schemaController: { compilersFactory: { buildValidator: exactBodies } },
  }).withTypeProvider<TypeBoxTypeProvider>()

  // Hooks on every request use the callback form where they have nothing to await: an async
  // hook costs a promise per request, measurable on the cached read path.
  app.addHook('onRequest', (req, reply, done) => {
    reply.header('x-request-id', req.id)
    done()
  })
  installErrorHandling(app)
  installSecurityHeaders(app, { production })
  installStrictSchemas(app)
  const registry = installMetrics(app)
  app.addSchema(ProblemSchema)

  await app.register(cookie, { secret: resolveSessionSecret(config.sessionSecret, config.dataDir) })
  // Storefront pages call a few public store routes from the browser (suggestions, card
  // tokenization: the card goes to the API, never to the storefront's server). No credentials:
  // sessions travel through the storefront's server, not through cross-origin calls.
  await app.register(cors, {
    origin: [new URL(config.storefrontUrl).origin, ...config.corsOrigins],
    methods: ['GET', 'HEAD', 'POST'],
    credentials: false,
    maxAge: 600,
  })
  await app.register(swagger, {
    openapi: {
      openapi: '3.1.0',
      info: {
        title: 'shopstack commerce API',
        version: '0.1.0',
        description: 'Store (/store) and admin (/admin) APIs. Errors are RFC 9457 problem+json.',
      },
      servers: [{ url: config.publicUrl }],
      components: {
        securitySchemes: {
          customerSession: { type: 'apiKey', in: 'cookie', name: 'ss_customer' },
          staffSession: { type: 'apiKey', in: 'cookie', name: 'ss_staff' },
          apiToken: { type: 'http', scheme: 'bearer' },
        },
      },
    },
  })
  await app.register(authPlugin, {
    sessions: services.sessions,
    staff: services.staff.authority,
    publicPrefixes: ['/docs', '/media/', '/admin/assets/'],
  })
  installAuditHook(app, services.audit)
  await app.register(rateLimit, {
    global: true,
    timeWindow: 60_000,
    max: (req) => (req.actor?.kind === 'anonymous' ? config.rateLimitAnonymousPerMinute : config.rateLimitAuthenticatedPerMinute),
    keyGenerator: (req) => {
      const actor = req.actor
      if (!actor || actor.kind === 'anonymous') return `ip:${req.ip}`
      if (actor.kind === 'customer') return `customer:${actor.customerId}`
      return actor.tokenId ? `token:${actor.tokenId}` : `staff:${actor.staffId}`
    },
    ...(services.redis ? { redis: services.redis, nameSpace: 'ratelimit:' } : {}),
    // If Redis is down, serve without the limit rather than fail every request; /ready reports the outage.
    skipOnError: true,
    errorResponseBuilder: (_req, context) =>
      new Problem({ type: 'too-many-requests', detail: `At most ${context.max} requests per minute; retry in ${context.after}` }),
  })
  await app.register(swaggerUi, { routePrefix: '/docs', staticCSP: true })
  await app.register(fastifyStatic, {
    root: config.mediaDir,
    prefix: '/media/',
    // Media names are content hashes or fixed demo files: safe to cache for long.
    maxAge: '7d',
    immutable: false,
    decorateReply: false,
  })

  const signIn: SignInDeps = {
    limiter: services.limiter,
    sessions: services.sessions,
    attemptsPerAccount: config.loginAttemptsPerAccount,
    attemptsPerIp: config.loginAttemptsPerIp,
    secureCookies: production,
  }
  const readinessChecks: Record<string, () => Promise<boolean>> = {
    database: async () => (await services.database.ping(), true),
    migrations: () => isSchemaCurrent(services.database.db),
  }
  if (services.redis) readinessChecks.redis = async () => (await services.redis!.ping()) === 'PONG'
  // Not ready for traffic while the search index is being built (serve and all begin it at start).
  readinessChecks.search = async () => services.search.readiness() !== 'building'

  new Gauge({
    name: 'shopstack_outbox_pending_events',
    help: 'Events committed but not yet delivered; one that keeps growing means the relay (work role) is behind or down',
    registers: [registry],
    async collect() {
      this.set(await services.outbox.pending())
    },
  })
  await app.register(systemRoutes, { registry, readinessChecks })
  const adminBuild = config.adminDir ?? findAdminBuild()
  if (adminBuild) await app.register(adminApp, { root: adminBuild })
  else app.log.warn('the admin app is not built (npm run build -w @shopstack/admin): /admin serves the API only')
  app.get(
    '/openapi.json',
    {
      schema: { hide: true, response: { 200: Type.Object({}, { additionalProperties: true, description: 'The OpenAPI 3.1 document' }) } },
      config: { auth: 'public' },
    },
    async () => app.swagger(),
  )
  await app.register(staffRoutes, { staff: services.staff, signIn, sessionTtlMs: config.staffSessionTtlHours * 3_600_000 })
  const cartTtlMs = config.cartTtlHours * 3_600_000
  await app.register(customerRoutes, {
    customers: services.customers,
    signIn,
    sessionTtlMs: config.customerSessionTtlHours * 3_600_000,
    // The browser's anonymous cart follows the shopper into their account.
    onSignIn: async (customerId, req, reply) => {
      const cartId = await services.cart.adoptOnSignIn(customerId, req.cookies[CART_COOKIE])
      if (cartId) setCartCookie(reply, cartId, cartTtlMs, production)
    },
  })
  await app.register(catalogStoreRoutes, { catalog: services.catalog, taxonomy: services.taxonomy })
  await app.register(sitemapRoutes, { catalog: services.catalog })
  await app.register(catalogAdminRoutes, { catalog: services.catalog, taxonomy: services.taxonomy })
  await app.register(mediaRoutes, { media: services.media })
  await app.register(importRoutes, { imports: services.imports, jobs: services.importJobs, limitBytes: config.importLimitBytes })
  await app.register(auditRoutes, { audit: services.audit })
  await app.register(reportRoutes, { db: services.database.db })
  await app.register(regionRoutes, { regions: services.regions })
  await app.register(inventoryRoutes, { inventory: services.inventory })
  await app.register(cartRoutes, { cart: services.cart, ttlMs: cartTtlMs, secureCookies: production })
  await app.register(promotionRoutes, { promotions: services.promotions })
  await app.register(checkoutRoutes, { checkout: services.checkout })
  await app.register(searchRoutes, { search: services.search, storeSearch: services.storeSearch, storeSuggest: services.storeSuggest })
  await app.register(storeOrderRoutes, {
    orders: services.orders,
    returns: services.returns,
    limiter: services.limiter,
    lookupsPerIp: config.loginAttemptsPerIp,
  })
  await app.register(liveOrderRoutes, { orders: services.orders, live: services.orderLive })
  await app.register(adminOrderRoutes, { orders: services.orders, fulfillments: services.fulfillments, returns: services.returns })
  await app.register(paymentRoutes, { payments: services.payments, limiter: services.limiter, tokensPerIp: config.paymentTokensPerIp })
  await app.register(paymentWebhookRoutes, { payments: services.payments })
  if (services.testPayments) await app.register(testProviderRoutes, { provider: services.testPayments, payments: services.payments })
  await app.register(privacyRoutes, {
    privacy: services.privacy,
    consents: services.consents,
    limiter: services.limiter,
    attemptsPerAccount: config.loginAttemptsPerAccount,
  })
  if (!production) await app.register(devRoutes, { mailbox: services.mailbox })
  return app
}
