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

  it('requires a strong SESSION_SECRET in production, and a real card processor unless test cards are asked for', () => {
    expect(() => loadConfig({ NODE_ENV: 'production' })).toThrow(/SESSION_SECRET is required/)
    expect(() => loadConfig({ NODE_ENV: 'production', SESSION_SECRET: 'short' })).toThrow(/at least 32/)
    expect(() => loadConfig({ NODE_ENV: 'production', SESSION_SECRET: 'x'.repeat(40) })).toThrow(/DATABASE_URL is required/)
    const production = { NODE_ENV: 'production', SESSION_SECRET: 'x'.repeat(40), DATABASE_URL: 'postgres://db/shop' }
    expect(() => loadConfig(production)).toThrow(/a card processor is required/)
    const demo = { ...production, PAYMENT_TEST_CARDS_IN_PRODUCTION: 'true' }
    expect(() => loadConfig(demo)).toThrow(/PAYMENT_WEBHOOK_SECRET is required/)
    expect(() => loadConfig({ ...demo, PAYMENT_WEBHOOK_SECRET: 'short' })).toThrow(/PAYMENT_WEBHOOK_SECRET must be at least 32/)
    expect(loadConfig({ ...demo, PAYMENT_WEBHOOK_SECRET: 'w'.repeat(40) }).testCardsInProduction).toBe(true)
  })

  it('turns Stripe on with a secret key and its webhook secret, which then stands in for PAYMENT_WEBHOOK_SECRET in production', () => {
    const stripe = { STRIPE_SECRET_KEY: 'sk_live_abc123', STRIPE_WEBHOOK_SECRET: 'whsec_abc123' }
    expect(loadConfig({}).stripeSecretKey).toBeUndefined()
    expect(loadConfig(stripe)).toMatchObject({ stripeSecretKey: 'sk_live_abc123', stripeWebhookSecret: 'whsec_abc123' })
    expect(() => loadConfig({ STRIPE_SECRET_KEY: 'sk_test_abc123' })).toThrow(
      /STRIPE_WEBHOOK_SECRET is required when STRIPE_SECRET_KEY is set/,
    )
    expect(() => loadConfig({ ...stripe, STRIPE_SECRET_KEY: 'pk_live_abc123' })).toThrow(/STRIPE_SECRET_KEY must be a Stripe secret key/)
    expect(() => loadConfig({ ...stripe, STRIPE_WEBHOOK_SECRET: 'abc123' })).toThrow(
      /STRIPE_WEBHOOK_SECRET must be a Stripe signing secret/,
    )
    // A secret is never repeated in the message, which ends up in logs.
    const message = (() => {
      try {
        loadConfig({ ...stripe, STRIPE_SECRET_KEY: 'sk_live abc123' })
      } catch (error) {
        return (error as Error).message
      }
    })()
    expect(message).toMatch(/STRIPE_SECRET_KEY must be/)
    expect(message).not.toContain('abc123')
    const production = { NODE_ENV: 'production', SESSION_SECRET: 'x'.repeat(40), DATABASE_URL: 'postgres://db/shop' }
    expect(loadConfig({ ...production, ...stripe }).paymentWebhookSecret).toBeUndefined()
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
