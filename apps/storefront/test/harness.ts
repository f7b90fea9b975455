import { spawn, spawnSync, type ChildProcess } from 'node:child_process'
import { randomBytes } from 'node:crypto'
import { existsSync, mkdirSync, mkdtempSync, rmSync, statSync } from 'node:fs'
import { createServer } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import pg from 'pg'

const ROOT = fileURLToPath(new URL('../../../', import.meta.url))
const STOREFRONT = join(ROOT, 'apps/storefront')
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium'
export const hasChromium = existsSync(CHROMIUM)

/** The flags this machine's Chromium needs headless (no sandbox as root, no calls home). */
export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
]

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer()
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number }
      server.close(() => resolve(port))
    })
    server.on('error', reject)
  })
}

async function waitFor(url: string, child: ChildProcess, log: () => string, timeoutMs: number) {
  const deadline = Date.now() + timeoutMs
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`${url}: process exited (${child.exitCode})\n${log()}`)
    try {
      if ((await fetch(url)).ok) return
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 250))
  }
  throw new Error(`${url} not ready within ${timeoutMs} ms\n${log()}`)
}

function spawnLogged(command: string, args: string[], env: NodeJS.ProcessEnv, cwd = ROOT) {
  const child = spawn(command, args, { cwd, env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] })
  let output = ''
  const keep = (chunk: Buffer) => {
    output = (output + chunk.toString()).slice(-20_000)
  }
  child.stdout!.on('data', keep)
  child.stderr!.on('data', keep)
  return { child, log: () => output }
}

/**
 * Builds the storefront once per machine state: `next build` when .next is missing. Suites in other
 * test workers may ask at the same moment; one builds (holding a lock folder) and the rest wait for it.
 */
export function buildStorefront() {
  const built = () => existsSync(join(STOREFRONT, '.next/BUILD_ID'))
  if (built() && process.env.STOREFRONT_REBUILD !== '1') return
  const lock = join(STOREFRONT, '.next-build.lock')
  let waited = false
  for (;;) {
    try {
      mkdirSync(lock)
      break
    } catch {
      waited = true
      try {
        // A lock left by a build that crashed is taken over after ten minutes.
        if (Date.now() - statSync(lock).mtimeMs > 10 * 60_000) rmSync(lock, { recursive: true, force: true })
      } catch {
        // released meanwhile
      }
      Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 1000)
    }
  }
  try {
    // Another worker's build just finished: use it, even when a rebuild was asked for.
    if (built() && (waited || process.env.STOREFRONT_REBUILD !== '1')) return
    const result = spawnSync(process.execPath, [join(ROOT, 'node_modules/next/dist/bin/next'), 'build'], {
      cwd: STOREFRONT,
      env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1' },
      encoding: 'utf8',
    })
    if (result.status !== 0) throw new Error(`next build failed:\n${result.stdout}\n${result.stderr}`)
  } finally {
    rmSync(lock, { recursive: true, force: true })
  }
}

/**
 * Waits until the API has delivered every event of the demo seed: until then its relay keeps telling
 * the storefront to drop cached pages, which measurements and tests should not see.
 */
export async function outboxDrained(api: string, timeoutMs: number) {
  const deadline = Date.now() + timeoutMs
  while (Date.now() < deadline) {
    const metrics = await (await fetch(`${api}/metrics`)).text()
    if (/^shopstack_outbox_pending_events 0$/m.test(metrics)) return
    await new Promise((r) => setTimeout(r, 500))
  }
  throw new Error(`the API's outbox was not drained within ${timeoutMs} ms`)
}

export interface Shop {
  api: string
  storefront: string
  stop(): Promise<void>
}

/**
 * A whole shop for browser tests: the API (all roles, demo catalog seeded) on PGlite in a temporary
 * folder, or on a fresh PostgreSQL database and Redis when TEST_DATABASE_URL / TEST_REDIS_URL are
 * set, and the built storefront in front of it; each on a free port.
 */
export async function startShop(
  options: { storefrontEnv?: NodeJS.ProcessEnv; waitForOutbox?: boolean; storefront?: boolean } = {},
): Promise<Shop> {
  const [apiPort, storefrontPort] = [await freePort(), await freePort()]
  const dataDir = mkdtempSync(join(tmpdir(), 'shopstack-browser-'))
  const api = `http://127.0.0.1:${apiPort}`
  const revalidateSecret = randomBytes(18).toString('base64url')
  const storefront = `http://127.0.0.1:${storefrontPort}`
  let dropDatabase = async () => {}
  const env: NodeJS.ProcessEnv = {
    NODE_ENV: 'development',
    LOG_LEVEL: 'warn',
    PORT: String(apiPort),
    HOST: '127.0.0.1',
    DATA_DIR: dataDir,
    SEED_DEMO: 'true',
    STOREFRONT_URL: storefront,
    TRUST_PROXY: '127.0.0.1,::1',
    // Without a storefront there is nobody to tell about catalog changes.
    STOREFRONT_REVALIDATE_SECRET: options.storefront === false ? '' : revalidateSecret,
    // Shoppers in these tests all come from one address.
    RATE_LIMIT_ANONYMOUS_PER_MINUTE: '100000',
    PAYMENT_TOKENS_PER_IP: '1000',
    DATABASE_URL: '',
    REDIS_URL: '',
  }
  if (process.env.TEST_DATABASE_URL) {
    const name = `shopstack_browser_${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`
    const admin = new pg.Client({ connectionString: process.env.TEST_DATABASE_URL })
    await admin.connect()
    await admin.query(`create database ${name}`)
    await admin.end()
    const url = new URL(process.env.TEST_DATABASE_URL)
    url.pathname = `/${name}`
    env.DATABASE_URL = url.toString()
    dropDatabase = async () => {
      const client = new pg.Client({ connectionString: process.env.TEST_DATABASE_URL })
      await client.connect()
      await client.query(`drop database if exists ${name} with (force)`)
      await client.end()
    }
  }
  if (process.env.TEST_REDIS_URL) {
    env.REDIS_URL = process.env.TEST_REDIS_URL
    env.REDIS_KEY_PREFIX = `shopstack-browser:${apiPort}:`
  }
  const server = spawnLogged(process.execPath, [join(ROOT, 'apps/server/dist/main.js'), 'all'], env)
  await waitFor(`${api}/ready`, server.child, server.log, 180_000)

  // The admin's tests need the API only (it serves the admin app itself).
  const next = options.storefront === false ? undefined : await startStorefront()
  async function startStorefront() {
    const started = spawnLogged(
      process.execPath,
      [join(ROOT, 'node_modules/next/dist/bin/next'), 'start', '--port', String(storefrontPort), '--hostname', '127.0.0.1'],
      {
        NODE_ENV: 'production',
        NEXT_TELEMETRY_DISABLED: '1',
        SHOPSTACK_API_URL: api,
        SHOPSTACK_PUBLIC_API_URL: api,
        STOREFRONT_URL: storefront,
        SHOP_DEFAULT_REGION: 'north-america',
        STOREFRONT_REVALIDATE_SECRET: revalidateSecret,
        ...options.storefrontEnv,
      },
      STOREFRONT,
    )
    await waitFor(`${storefront}/robots.txt`, started.child, started.log, 60_000)
    return started
  }
  // The storefront is up to take the seed's revalidation calls; measurements let them finish first.
  if (options.waitForOutbox) await outboxDrained(api, 600_000)

  return {
    api,
    storefront,
    async stop() {
      for (const child of [next?.child, server.child]) {
        if (!child) continue
        if (child.exitCode !== null) continue
        const exited = new Promise((r) => child.once('exit', r))
        child.kill('SIGTERM')
        await Promise.race([exited, new Promise((r) => setTimeout(r, 10_000))])
        if (child.exitCode === null) child.kill('SIGKILL')
      }
      await dropDatabase()
      rmSync(dataDir, { recursive: true, force: true })
    },
  }
}

/** Builds the API bundle the shop runs (the same one `npm start` runs). */
export function buildServer() {
  const result = spawnSync(process.execPath, [join(ROOT, 'apps/server/scripts/build.mjs')], { encoding: 'utf8' })
  if (result.status !== 0) throw new Error(`server build failed:\n${result.stdout}\n${result.stderr}`)
}
