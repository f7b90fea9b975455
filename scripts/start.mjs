// `npm start`: the API (with its workers) on :4000 and the storefront on :3000, on one machine.
// Builds what is missing or stale first, then runs both and stops both when either stops or on Ctrl-C.
import { spawn, spawnSync } from 'node:child_process'
import { randomBytes } from 'node:crypto'
import { existsSync, readdirSync, statSync } from 'node:fs'
import { fileURLToPath } from 'node:url'

const root = fileURLToPath(new URL('..', import.meta.url))
const storefront = `${root}apps/storefront`
const only = process.argv[2] // "api" or "storefront" starts one of them

function newest(dir) {
  let time = 0
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = `${dir}/${entry.name}`
    time = Math.max(time, entry.isDirectory() ? newest(path) : statSync(path).mtimeMs)
  }
  return time
}

function storefrontIsBuilt() {
  const marker = `${storefront}/.next/BUILD_ID`
  if (!existsSync(marker)) return false
  const built = statSync(marker).mtimeMs
  const sources = Math.max(newest(`${storefront}/src`), newest(`${root}packages/sdk/src`), statSync(`${storefront}/next.config.ts`).mtimeMs)
  return built > sources
}

function run(command, args, options = {}) {
  const result = spawnSync(command, args, { stdio: 'inherit', ...options })
  if (result.status !== 0) process.exit(result.status ?? 1)
}

// Product changes drop the storefront's cached pages at once; both sides share this secret.
const revalidateSecret = process.env.STOREFRONT_REVALIDATE_SECRET ?? (only ? undefined : randomBytes(24).toString('base64url'))

const children = []
function start(name, command, args, env, cwd = root) {
  const child = spawn(command, args, { stdio: 'inherit', cwd, env: { ...process.env, ...env } })
  child.on('exit', (code, signal) => {
    console.log(`${name} stopped (${signal ?? code})`)
    for (const other of children) if (other !== child && other.exitCode === null) other.kill('SIGTERM')
    process.exitCode = code ?? 1
  })
  children.push(child)
}

for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => children.forEach((c) => c.exitCode === null && c.kill(signal)))

if (only !== 'storefront') {
  run(process.execPath, [`${root}apps/server/scripts/build.mjs`])
  // The admin app the API serves at /admin (built again when its sources changed).
  run(process.execPath, [`${root}apps/admin/scripts/build.mjs`])
  start('API', process.execPath, ['--enable-source-maps', `${root}apps/server/dist/main.js`, 'all'], {
    // The storefront calls the API from this machine on behalf of shoppers and says who they are.
    TRUST_PROXY: process.env.TRUST_PROXY ?? '127.0.0.1,::1',
    ...(revalidateSecret && { STOREFRONT_REVALIDATE_SECRET: revalidateSecret }),
  })
}
if (only !== 'api') {
  const next = `${root}node_modules/next/dist/bin/next`
  if (!storefrontIsBuilt()) {
    console.log('building the storefront (first start, or its sources changed) …')
    run(process.execPath, [next, 'build'], { cwd: storefront, env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1' } })
  }
  // Pages read the catalog from the API: open the storefront once the API answers.
  if (only !== 'storefront') {
    const health = `http://127.0.0.1:${process.env.PORT ?? '4000'}/health`
    for (let tries = 0; tries < 600; tries++) {
      if (
        await fetch(health).then(
          (r) => r.ok,
          () => false,
        )
      )
        break
      await new Promise((resolve) => setTimeout(resolve, 200))
    }
  }
  start(
    'storefront',
    process.execPath,
    [next, 'start', '--port', process.env.STOREFRONT_PORT ?? '3000'],
    {
      NEXT_TELEMETRY_DISABLED: '1',
      ...(revalidateSecret && { STOREFRONT_REVALIDATE_SECRET: revalidateSecret }),
      SHOPSTACK_API_URL: process.env.SHOPSTACK_API_URL ?? `http://127.0.0.1:${process.env.PORT ?? '4000'}`,
      SHOPSTACK_PUBLIC_API_URL: process.env.SHOPSTACK_PUBLIC_API_URL ?? `http://localhost:${process.env.PORT ?? '4000'}`,
    },
    storefront,
  )
}
