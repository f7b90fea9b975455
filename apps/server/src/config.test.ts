import { describe, expect, it } from 'vitest'
import { loadConfig } from './config.js'

describe('configuration', () => {
  it('defaults every variable to the embedded choice', () => {
    const config = loadConfig({})
    expect(config.port).toBe(4000)
    expect(config.databaseUrl).toBeUndefined()
    expect(config.redisUrl).toBeUndefined()
    expect(config.rateLimitAnonymousPerMinute).toBe(100)
    expect(config.dataDir).toMatch(/data$/)
  })

  it('rejects bad values with one clear line per variable', () => {
    expect(() => loadConfig({ PORT: 'eighty', DATABASE_URL: 'mysql://x', SEED_DEMO: 'maybe', LOG_LEVEL: 'loud' })).toThrow(
      /PORT must be a whole number from 0 to 65535, got "eighty"[\s\S]*DATABASE_URL must start with postgres: or postgresql:[\s\S]*LOG_LEVEL must be one of[\s\S]*SEED_DEMO must be true or false/,
    )
  })

  it('refuses TRUST_PROXY=true, which would let clients choose their IP, and reads hops or addresses', () => {
    expect(() => loadConfig({ TRUST_PROXY: 'true' })).toThrow(/TRUST_PROXY must be a hop count/)
    expect(loadConfig({ TRUST_PROXY: '2' }).trustProxy).toBe(2)
    expect(loadConfig({ TRUST_PROXY: '10.0.0.0/8, 192.168.1.1' }).trustProxy).toEqual(['10.0.0.0/8', '192.168.1.1'])
    expect(loadConfig({}).trustProxy).toBe(false)
  })

  it('requires a strong SESSION_SECRET and PAYMENT_WEBHOOK_SECRET in production', () => {
    expect(() => loadConfig({ NODE_ENV: 'production' })).toThrow(/SESSION_SECRET is required/)
    expect(() => loadConfig({ NODE_ENV: 'production', SESSION_SECRET: 'short' })).toThrow(/at least 32/)
    expect(() => loadConfig({ NODE_ENV: 'production', SESSION_SECRET: 'x'.repeat(40) })).toThrow(/DATABASE_URL is required/)
    const production = { NODE_ENV: 'production', SESSION_SECRET: 'x'.repeat(40), DATABASE_URL: 'postgres://db/shop' }
    expect(() => loadConfig(production)).toThrow(/PAYMENT_WEBHOOK_SECRET is required/)
    expect(() => loadConfig({ ...production, PAYMENT_WEBHOOK_SECRET: 'short' })).toThrow(/PAYMENT_WEBHOOK_SECRET must be at least 32/)
    expect(loadConfig({ ...production, PAYMENT_WEBHOOK_SECRET: 'w'.repeat(40) }).env).toBe('production')
  })
})

describe('README', () => {
  it('lists every configuration variable as config.ts defines it (npm run docs:config)', async () => {
    const { readFileSync } = await import('node:fs')
    const { configTable } = await import('../scripts/config-table.js')
    const { README, readmeWithTable } = await import('../scripts/readme-table.js')
    const readme = readFileSync(README, 'utf8')
    expect(readmeWithTable(readme, configTable())).toBe(readme)
  })
})
