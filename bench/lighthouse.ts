/**
 * `npm run bench:lighthouse`: Lighthouse (mobile preset) on the production build of the storefront,
 * on home, a listing and a product page, with the demo shop behind it on the embedded parts. Prints
 * the four category scores and LCP, CLS and TBT per page, and the aims they are held to.
 *
 * Lighthouse is pinned at 12.2.3: 13 needs Node 22. Chromium is Debian's (/usr/bin/chromium).
 */
import { mkdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import lighthouse from 'lighthouse'
import * as chromeLauncher from 'chrome-launcher'
import { buildServer, buildStorefront, CHROMIUM, CHROMIUM_ARGS, startShop } from '../apps/storefront/test/harness.js'

const AIMS = { performance: 90, accessibility: 95, 'best-practices': 95, seo: 95 } as const
type Category = keyof typeof AIMS

interface PageResult {
  name: string
  url: string
  scores: Record<Category, number>
  lcpMs: number
  cls: number
  tbtMs: number
  /** The elements that moved, when anything did (Lighthouse's layout-shifts audit). */
  shifted: string[]
}

async function audit(port: number, name: string, url: string): Promise<PageResult> {
  // One warm-up load, so the figures are for a visitor after the first (caches filled, server warm).
  await fetch(url)
  const result = await lighthouse(url, { port, output: 'json', logLevel: 'error', onlyCategories: Object.keys(AIMS) })
  if (!result) throw new Error(`lighthouse gave nothing for ${url}`)
  // The whole report, for finding where the time goes: LIGHTHOUSE_REPORTS=<dir>.
  const reports = process.env.LIGHTHOUSE_REPORTS
  if (reports) {
    mkdirSync(reports, { recursive: true })
    writeFileSync(join(reports, `${name}.json`), JSON.stringify(result.lhr, null, 1))
  }
  const { categories, audits } = result.lhr
  const score = (id: Category) => Math.round((categories[id]?.score ?? 0) * 100)
  return {
    name,
    url,
    scores: {
      performance: score('performance'),
      accessibility: score('accessibility'),
      'best-practices': score('best-practices'),
      seo: score('seo'),
    },
    lcpMs: Math.round(audits['largest-contentful-paint']?.numericValue ?? NaN),
    cls: Math.round((audits['cumulative-layout-shift']?.numericValue ?? NaN) * 1000) / 1000,
    tbtMs: Math.round(audits['total-blocking-time']?.numericValue ?? NaN),
    shifted: (
      ((audits['layout-shifts']?.details as { items?: { node?: { snippet?: string } }[] } | undefined)?.items ?? []) as {
        node?: { snippet?: string }
      }[]
    )
      .map((item) => item.node?.snippet ?? '?')
      .slice(0, 3),
  }
}

async function main() {
  buildServer()
  buildStorefront()
  const shop = await startShop({ waitForOutbox: true })
  const chrome = await chromeLauncher.launch({
    chromePath: CHROMIUM,
    // The harness's flags, with the headless mode Lighthouse expects.
    chromeFlags: CHROMIUM_ARGS.map((flag) => (flag === '--headless' ? '--headless=new' : flag)),
  })
  try {
    const listing = `${shop.storefront}/categories/footwear`
    const html = await (await fetch(listing)).text()
    const product = /href="(\/products\/[^"]+)"/.exec(html)?.[1]
    if (!product) throw new Error('no product link on the listing')
    const pages: [string, string][] = [
      ['home', `${shop.storefront}/`],
      ['listing', listing],
      ['product', `${shop.storefront}${product}`],
    ]
    const results: PageResult[] = []
    for (const [name, url] of pages) results.push(await audit(chrome.port, name, url))
    const pad = (text: string | number, width: number) => String(text).padStart(width)
    console.log(`\nLighthouse ${'(mobile preset)'} on the production build, ${new Date().toISOString()}\n`)
    console.log(
      `${'page'.padEnd(8)}  ${pad('perf', 5)}  ${pad('a11y', 5)}  ${pad('best', 5)}  ${pad('seo', 5)}  ${pad('LCP ms', 7)}  ${pad('CLS', 6)}  ${pad('TBT ms', 7)}`,
    )
    for (const r of results)
      console.log(
        `${r.name.padEnd(8)}  ${pad(r.scores.performance, 5)}  ${pad(r.scores.accessibility, 5)}  ${pad(r.scores['best-practices'], 5)}  ${pad(r.scores.seo, 5)}  ${pad(r.lcpMs, 7)}  ${pad(r.cls, 6)}  ${pad(r.tbtMs, 7)}`,
      )
    console.log(
      `\naims: performance ≥ ${AIMS.performance}, accessibility ≥ ${AIMS.accessibility}, best practices ≥ ${AIMS['best-practices']}, SEO ≥ ${AIMS.seo}`,
    )
    for (const r of results) if (r.shifted.length > 0) console.log(`  ${r.name}: moved ${r.shifted.join(' | ')}`)
    for (const r of results) {
      const missed = (Object.keys(AIMS) as Category[]).filter((c) => r.scores[c] < AIMS[c])
      console.log(`  ${r.name}: ${missed.length === 0 ? 'all met' : `NOT met: ${missed.map((c) => `${c} ${r.scores[c]}`).join(', ')}`}`)
    }
  } finally {
    await chrome.kill()
    await shop.stop()
  }
}

await main()
