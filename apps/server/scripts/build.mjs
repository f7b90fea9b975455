// Bundles the server's TypeScript into dist/main.js (dependencies stay in node_modules).
// One bundle starts in a fraction of the time a per-file TypeScript loader needs.
import { build } from 'esbuild'
import { readFileSync, readdirSync, statSync } from 'node:fs'
import { fileURLToPath } from 'node:url'

const root = fileURLToPath(new URL('..', import.meta.url))
const { dependencies } = JSON.parse(readFileSync(`${root}package.json`, 'utf8'))
// Pure-ESM libraries spread over hundreds of small files are bundled in: resolving and loading
// them one by one took ~400 ms of every start. Everything else (native addons, WebAssembly,
// CommonJS packages with their own file lookups) stays in node_modules.
const BUNDLED = new Set(['typebox', 'kysely'])
const external = Object.keys(dependencies).filter((name) => !BUNDLED.has(name))
/** The newest modification time among the sources: the bundle is rebuilt only when something changed. */
function newestSource(dir) {
  let newest = 0
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = `${dir}/${entry.name}`
    newest = Math.max(newest, entry.isDirectory() ? newestSource(path) : statSync(path).mtimeMs)
  }
  return newest
}
const bundle = `${root}dist/main.js`
const bundleTime = (() => {
  try {
    return statSync(bundle).mtimeMs
  } catch {
    return 0
  }
})()
const upToDate =
  bundleTime >
  Math.max(newestSource(`${root}src`), statSync(`${root}package.json`).mtimeMs, statSync(fileURLToPath(import.meta.url)).mtimeMs)

if (!upToDate)
  await build({
    entryPoints: [`${root}src/main.ts`],
    outfile: `${root}dist/main.js`,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    external: [...external, ...external.map((name) => `${name}/*`)],
    sourcemap: true,
    logLevel: 'warning',
  })
