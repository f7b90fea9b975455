import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createTestApp, onBackends, type TestApp } from './test-app.js'

describe(`${onBackends}: platform`, () => {
  let t: TestApp
  beforeAll(async () => {
    t = await createTestApp()
  })
  afterAll(() => t?.close())

  it('answers liveness and readiness', async () => {
    expect((await t.app.inject('/health')).json()).toEqual({ status: 'ok' })
    const ready = await t.app.inject('/ready')
    expect(ready.statusCode).toBe(200)
    expect(ready.json().checks.migrations).toBe('ok')
  })
})
