import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { randomToken } from './crypto.js'

/** SESSION_SECRET when set; otherwise one generated on first start and kept in the data folder. */
export function resolveSessionSecret(configured: string | undefined, dataDir: string): string {
  if (configured) return configured
  const file = join(dataDir, 'session-secret')
  if (existsSync(file)) return readFileSync(file, 'utf8').trim()
  mkdirSync(dataDir, { recursive: true })
  const secret = randomToken(48)
  writeFileSync(file, secret, { mode: 0o600 })
  return secret
}
