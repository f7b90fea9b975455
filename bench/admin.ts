/**
 * `npm run bench:admin`: the admin's products list with a large catalog. Bulk-loads --products
 * (100,000) into a fresh shop (--backend embedded | postgres), starts the API, signs in an owner in
 * Debian's Chromium, and times, over --runs page loads each:
 *   - cold: a new browser context (no HTTP cache) opening /admin/products, from navigation to the
 *     first 50 rows on screen (the screen is usable then: React has rendered and bound them);
 *   - warm: a reload in the same context (scripts from the cache);
 *   - search: typing a word in the list's search box until the rows answer it;
 * and the API's GET /admin/products?limit=50 on its own. Prints the median and the worst of each,
 * and the size of the admin's files (raw and gzip).
 */
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { gzipSync } from 'node:zlib'
import { fileURLToPath } from 'node:url'
import { chromium, type Browser } from 'playwright-core'
import { parseArgs } from '../apps/server/src/cli-args.js'
import { CHROMIUM, CHROMIUM_ARGS } from '../apps/storefront/test/harness.js'
import { childEnv, prepareBackend } from './backends.js'
import { freePort, runNode, SERVER_BUILD, SERVER_MAIN, startNode, waitForStatus } from './servers.js'

const { flags } = parseArgs(process.argv.slice(2))
const products = Number(flags.products ?? 100_000)
const runs = Number(flags.runs ?? 5)
const backendName = flags.backend === 'postgres' ? 'postgres' : 'embedded'
const SEEDER = fileURLToPath(new URL('./seed-catalog.ts', import.meta.url))
const ADMIN_BUILD = fileURLToPath(new URL('../apps/admin/scripts/build.mjs', import.meta.url))
const ADMIN_ASSETS = fileURLToPath(new URL('../apps/admin/dist/assets/', import.meta.url))
const OWNER = { email: 'bench-owner@example.com', password: 'bench-owner-password' }

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!
const ms = (value: number) => `${Math.round(value).toLocaleString('en')} ms`

function bundleSizes() {
  return readdirSync(ADMIN_ASSETS)
    .filter((name) => /\.(js|css)$/.test(name))
    .map((name) => {
      const bytes = readFileSync(join(ADMIN_ASSETS, name))
      return { name, kb: bytes.length / 1024, gzipKb: gzipSync(bytes, { level: 9 }).length / 1024 }
    })
}

async function timeListLoads(browser: Browser, base: string) {
  const cold: number[] = []
  const warm: number[] = []
  const search: number[] = []
  for (let run = 0; run < runs; run++) {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } })
    const page = await context.newPage()
    await page.goto(`${base}/admin/login`)
    await page.getByLabel('Email').fill(OWNER.email)
    await page.getByLabel(/^Password/).fill(OWNER.password)
    await page.getByRole('button', { name: 'Sign in' }).click()
    await page.waitForURL((url) => !url.pathname.endsWith('/login'))
    // A fresh context signed in, its HTTP cache emptied: the cold load of the list.
    const session = await context.newCDPSession(page)
    await session.send('Network.clearBrowserCache')
    for (const [times, go] of [
      [cold, () => page.goto(`${base}/admin/products`)],
      [warm, () => page.reload()],
    ] as const) {
      await go()
      await page.locator('[data-testid="products-table"] tbody tr:nth-child(50)').waitFor()
      times.push(await page.evaluate(() => performance.now()))
    }
    const started = Date.now()
    const firstBefore = await page.locator('[data-testid="products-table"] tbody tr a').first().textContent()
    await page.getByLabel('Search').fill('merino')
    await page.waitForURL(/q=merino/)
    // Rows that answer the search: another first row, and no fetch in flight. (This file has no DOM types.)
    await page.waitForFunction((before) => {
      type Found = { textContent: string | null; getAttribute(name: string): string | null; querySelector(s: string): Found | null }
      const table = (globalThis as unknown as { document: { querySelector(s: string): Found | null } }).document.querySelector(
        '[data-testid="products-table"]',
      )
      return table?.querySelector('tbody tr a')?.textContent !== before && table?.getAttribute('aria-busy') === 'false'
    }, firstBefore)
    // The box waits 250 ms for typing to pause before it asks; that pause is part of what staff see.
    search.push(Date.now() - started)
    await context.close()
  }
  return { cold, warm, search }
}

async function main() {
  await runNode('build', SERVER_BUILD, [], process.env)
  await runNode('admin build', ADMIN_BUILD, [], process.env)
  const prepared = await prepareBackend(backendName)
  if ('skipped' in prepared) throw new Error(prepared.skipped)
  const { backend, release } = prepared
  try {
    const env = childEnv(backend, { NODE_ENV: 'development', LOG_LEVEL: 'warn', SEED_DEMO: 'false' })
    console.log(`loading ${products.toLocaleString('en')} products into ${backend.label} …`)
    const seeded = performance.now()
    await runNode('seeder', SEEDER, ['--products', String(products)], env)
    console.log(`  loaded in ${((performance.now() - seeded) / 1000).toFixed(0)} s`)
    await runNode(
      'staff',
      SERVER_MAIN,
      ['staff', 'create', '--email', OWNER.email, '--name', 'Bench Owner', '--password', OWNER.password],
      env,
    )
    const port = await freePort()
    const base = `http://127.0.0.1:${port}`
    const server = startNode('api', SERVER_MAIN, ['serve'], {
      ...env,
      PORT: String(port),
      HOST: '127.0.0.1',
      RATE_LIMIT_AUTHENTICATED_PER_MINUTE: '100000',
    })
    try {
      await waitForStatus(server, `${base}/ready`, 200, 600_000)
      const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS, headless: true })
      try {
        const loads = await timeListLoads(browser, base)
        // The API alone: what one page of the list costs it.
        const login = await fetch(`${base}/admin/auth/login`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify(OWNER),
        })
        const cookie = login.headers
          .getSetCookie()
          .map((c) => c.split(';')[0])
          .join('; ')
        const api: number[] = []
        const apiSearch: number[] = []
        const stock: number[] = []
        const stockSearch: number[] = []
        const stockLow: number[] = []
        for (let i = 0; i < 20; i++)
          for (const [times, path] of [
            [api, '/admin/products?limit=50&sort=newest'],
            [apiSearch, '/admin/products?limit=50&sort=newest&q=merino'],
            [stock, '/admin/inventory?limit=50'],
            [stockSearch, '/admin/inventory?limit=50&q=merino'],
            [stockLow, '/admin/inventory?limit=50&availableAtMost=5'],
          ] as const) {
            const started = performance.now()
            const response = await fetch(`${base}${path}`, { headers: { cookie } })
            await response.arrayBuffer()
            if (!response.ok) throw new Error(`GET ${path}: ${response.status}`)
            times.push(performance.now() - started)
          }
        console.log(
          `\nadmin products list, ${products.toLocaleString('en')} products, ${backend.label}, ${runs} runs, ${new Date().toISOString()}\n`,
        )
        for (const [name, times] of [
          ['cold load → 50 rows on screen', loads.cold],
          ['warm reload → 50 rows on screen', loads.warm],
          ['search typed → rows answer it', loads.search],
          ['API GET /admin/products?limit=50', api],
          ['API … &q=merino', apiSearch],
          ['API GET /admin/inventory?limit=50', stock],
          ['API … &q=merino', stockSearch],
          ['API … &availableAtMost=5', stockLow],
        ] as const)
          console.log(`  ${name.padEnd(36)} median ${ms(median(times)).padStart(9)}   worst ${ms(Math.max(...times)).padStart(9)}`)
        console.log('\nadmin files:')
        for (const file of bundleSizes())
          console.log(`  ${file.name.padEnd(28)} ${file.kb.toFixed(0).padStart(5)} KB   gzip ${file.gzipKb.toFixed(0).padStart(4)} KB`)
      } finally {
        await browser.close()
      }
    } finally {
      await server.stop()
    }
  } finally {
    await release()
  }
}

await main()
