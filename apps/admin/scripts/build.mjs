// Builds the admin app into dist/ (or ADMIN_DIR, where the API will serve it from) when a source
// changed since the last build (npm start, tests).
import { spawnSync } from 'node:child_process'
import { readdirSync, statSync } from 'node:fs'
import { fileURLToPath } from 'node:url'

const root = fileURLToPath(new URL('..', import.meta.url))
const outDir = process.env.ADMIN_DIR ?? `${root}dist`

function newest(path) {
  const stat = statSync(path)
  if (!stat.isDirectory()) return stat.mtimeMs
  return Math.max(stat.mtimeMs, ...readdirSync(path).map((name) => newest(`${path}/${name}`)))
}
const built = (() => {
  try {
    return statSync(`${outDir}/index.html`).mtimeMs
  } catch {
    return 0
  }
})()
const sources = Math.max(...['src', 'index.html', 'vite.config.ts', 'package.json'].map((p) => newest(`${root}${p}`)))

if (built <= sources || process.env.ADMIN_REBUILD === '1') {
  const vite = fileURLToPath(new URL('../../../node_modules/vite/bin/vite.js', import.meta.url))
  // Always a production build: under a test runner NODE_ENV is "test", and React would be bundled in its development form.
  const result = spawnSync(process.execPath, [vite, 'build', '--logLevel', 'warn', '--outDir', outDir, '--emptyOutDir'], {
    cwd: root,
    stdio: 'inherit',
    env: { ...process.env, NODE_ENV: 'production' },
  })
  if (result.status !== 0) process.exit(result.status ?? 1)
}
