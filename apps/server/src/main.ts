import { performance } from 'node:perf_hooks'
import { loadConfig, type Config } from './config.js'
import { buildApp, buildServices, type Services } from './app.js'
import { migrate } from './platform/db/migrations.js'
import { parseArgs } from './cli-args.js'
import { seedDemoShop, DEMO_STAFF } from './seed.js'
import { STAFF_ROLES, type StaffRole } from './modules/staff/permissions.js'

const USAGE = `shopstack <command>   (default: all)

  all                     API and workers in one process (default for one machine)
  serve                   HTTP API only
  work                    background jobs only
  migrate                 apply database migrations and exit
  seed                    seed the demo shop (skipped when products exist)
  staff create --email E --name N --password P [--role owner|admin|catalog|support]
  import products FILE.csv [--currency USD]
  export products [FILE.csv] [--currency USD]
  search reindex          rebuild the search index (postgres: here and now; memory: every running process)
`

async function open(config: Config): Promise<Services> {
  const services = await buildServices(config)
  const applied = await migrate(services.database.db)
  if (applied.length > 0) console.log(`migrations applied: ${applied.map((m) => `${m.version}_${m.name}`).join(', ')}`)
  return services
}

async function serve(config: Config, withWorkers: boolean) {
  const started = performance.now()
  const services = await open(config)
  if (config.seedDemo) {
    const seeded = await seedDemoShop(services, { withStaff: config.env !== 'production' })
    if (seeded) console.log(`demo shop seeded: ${seeded.products} products in ${seeded.seconds.toFixed(1)} s`)
  }
  // The index builds while the server starts listening; /ready answers 503 until it is complete.
  const searchStarted = performance.now()
  const searchReady = services.search.begin().then(
    async () =>
      console.log(
        `search index ready: ${await services.search.size()} products in ${((performance.now() - searchStarted) / 1000).toFixed(2)} s (${config.searchEngine})`,
      ),
    (error: unknown) => console.error('search index failed to build:', error),
  )
  const app = await buildApp(services)
  const stopWorkers = withWorkers ? startWorkers(services) : () => {}
  await app.listen({ host: config.host, port: config.port })
  const base = `http://localhost:${config.port}`
  console.log(
    [
      `shopstack is up in ${((performance.now() - started) / 1000).toFixed(2)} s (database: ${services.database.engine}, cache: ${services.redis ? 'redis' : 'in-process'})`,
      `  store API   ${base}/store/products`,
      `  API docs    ${base}/docs`,
      `  admin       ${base}/admin`,
      `  health      ${base}/health  ${base}/ready  ${base}/metrics`,
      config.env !== 'production' ? `  demo staff  ${DEMO_STAFF.email} / ${DEMO_STAFF.password}  (sign in at ${base}/admin)` : '',
    ]
      .filter(Boolean)
      .join('\n'),
  )
  void searchReady
  const shutdown = async (signal: string) => {
    app.log.info({ signal }, 'shutting down')
    stopWorkers()
    await app.close()
    await services.close()
    process.exit(0)
  }
  process.once('SIGINT', () => void shutdown('SIGINT'))
  process.once('SIGTERM', () => void shutdown('SIGTERM'))
}

/** Housekeeping the API does not do on its request path. */
function startWorkers(services: Services): () => void {
  const sweep = async () => {
    await services.sessions.purgeExpired()
    await services.customers.purgeStaleResets()
    await services.customers.purgeStaleVerifications()
    await services.outbox.purgePublished()
    await services.idempotency.purgeOlderThan()
    await services.payments.purgeExpiredTokens()
  }
  // Orders left waiting for a payment past the deadline give their stock back.
  const expire = () => services.orders.expirePending(services.config.pendingOrderTtlMinutes * 60_000)
  // The outbox relay: delivers committed events to their consumers.
  services.outbox.start()
  const timer = setInterval(() => void sweep().catch((error: unknown) => console.error('sweep failed', error)), 10 * 60_000)
  const expiryTimer = setInterval(() => void expire().catch((error: unknown) => console.error('order expiry failed', error)), 60_000)
  timer.unref()
  expiryTimer.unref()
  return () => {
    clearInterval(timer)
    clearInterval(expiryTimer)
    void services.outbox.stop()
  }
}

async function main() {
  const { positional, flags } = parseArgs(process.argv.slice(2))
  const [command = 'all', ...rest] = positional
  if (flags.help || command === 'help') {
    console.log(USAGE)
    return
  }
  const config = loadConfig()

  switch (command) {
    case 'all':
      return serve(config, true)
    case 'serve':
      return serve(config, false)
    case 'work': {
      const services = await open(config)
      startWorkers(services)
      const keepAlive = setInterval(() => {}, 1 << 30)
      console.log('shopstack worker running (event relay, order expiry, session and token sweeps)')
      process.once('SIGTERM', () => {
        clearInterval(keepAlive)
        void services.close().then(() => process.exit(0))
      })
      return
    }
    case 'migrate': {
      const services = await open(config)
      await services.close()
      return
    }
    case 'seed': {
      const services = await open(config)
      const seeded = await seedDemoShop(services, { withStaff: config.env !== 'production' })
      console.log(seeded ? `seeded ${seeded.products} products` : 'catalog not empty; nothing seeded')
      return services.close()
    }
    case 'staff': {
      if (rest[0] !== 'create') break
      const role = (flags.role ?? 'owner') as StaffRole
      if (!STAFF_ROLES.includes(role)) throw new Error(`--role must be one of ${STAFF_ROLES.join(', ')}`)
      const [email, name, password] = [flags.email, flags.name, flags.password]
      if (typeof email !== 'string' || typeof name !== 'string' || typeof password !== 'string' || password.length < 10)
        throw new Error('staff create needs --email, --name and --password (at least 10 characters)')
      const services = await open(config)
      const staff = await services.staff.createStaff({ email, name, password, role })
      console.log(`created ${staff.role} ${staff.email} (${staff.id})`)
      return services.close()
    }
    case 'search': {
      if (rest[0] !== 'reindex') break
      const services = await open(config)
      try {
        const started = performance.now()
        const outcome = await services.search.requestReindex()
        console.log(
          outcome.rebuilt
            ? `search index rebuilt: ${outcome.documents} products in ${((performance.now() - started) / 1000).toFixed(2)} s`
            : 'reindex requested: every running API process rebuilds its index within a second',
        )
      } finally {
        await services.close()
      }
      return
    }
    case 'import':
    case 'export': {
      if (rest[0] !== 'products') break
      const { runImportCommand, runExportCommand } = await import('./modules/catalog/import-commands.js')
      const services = await open(config)
      const currency = typeof flags.currency === 'string' ? flags.currency : 'USD'
      try {
        if (command === 'import') {
          if (!rest[1]) throw new Error('import products needs a FILE.csv')
          process.exitCode = await runImportCommand(services, rest[1], currency)
        } else await runExportCommand(services, rest[1], currency)
      } finally {
        await services.close()
      }
      return
    }
  }
  console.error(USAGE)
  process.exitCode = 2
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error)
  process.exit(1)
})
