import { Writable } from 'node:stream'
import { pino } from 'pino'
import { describe, expect, it } from 'vitest'
import { loadConfig } from '../../config.js'
import { loggerOptions } from './logger.js'

describe('structured logs', () => {
  it('redact credentials, tokens and card data', () => {
    const lines: string[] = []
    const sink = new Writable({ write: (chunk, _enc, done) => (lines.push(String(chunk)), done()) })
    const log = pino(loggerOptions(loadConfig({})) as pino.LoggerOptions, sink)
    log.info(
      {
        req: { headers: { authorization: 'Bearer sst_secret', cookie: 'ss_customer=abc', 'x-csrf-token': 'csrf' } },
        body: { password: 'hunter2-hunter2', token: 'reset-token', cardNumber: '4242424242424242', cvc: '123', number: '5555555555554444' },
        card: { number: '4000000000000002', cvc: '456' },
        payment: { card: { number: '4000000000009995', cvc: '789' } },
      },
      'request',
    )
    const line = lines.join('')
    for (const secret of [
      'sst_secret',
      'ss_customer=abc',
      'hunter2',
      'reset-token',
      '4242424242424242',
      '"123"',
      '4000000000000002',
      '"456"',
      '4000000000009995',
      '"789"',
      '5555555555554444',
    ])
      expect(line).not.toContain(secret)
    expect(line).toContain('[redacted]')
    expect(JSON.parse(line).service).toBe('shopstack')
  })
})
