import { describe, expect, it } from 'vitest'
import { Problem } from '../../problems.js'
import {
  captureRefusal,
  capturable,
  checkAmount,
  refundRefusal,
  refundable,
  settledStatus,
  voidRefusal,
  type PaymentAmounts,
} from './amounts.js'

const payment = (overrides: Partial<PaymentAmounts> = {}): PaymentAmounts => ({
  status: 'authorized',
  authorized_amount: 10_000,
  captured_amount: 0,
  refunded_amount: 0,
  capture_pending: 0,
  refund_pending: 0,
  in_flight: null,
  ...overrides,
})

const shape = (problem: Problem) => ({ status: problem.status, pointer: problem.errors?.[0]?.pointer, detail: problem.detail })

describe('payment amounts: what is left', () => {
  it('counts holds of operations still waiting for the provider as taken', () => {
    expect(capturable(payment({ captured_amount: 3000, capture_pending: 2000 }))).toBe(5000)
    expect(refundable(payment({ captured_amount: 6000, refunded_amount: 1000, refund_pending: 500 }))).toBe(4500)
  })
})

describe('payment amounts: status after money moved', () => {
  it.each([
    [{ authorized_amount: 10_000, captured_amount: 4000, refunded_amount: 0 }, 'partially_captured'],
    [{ authorized_amount: 10_000, captured_amount: 10_000, refunded_amount: 0 }, 'captured'],
    [{ authorized_amount: 10_000, captured_amount: 10_000, refunded_amount: 2500 }, 'partially_refunded'],
    [{ authorized_amount: 10_000, captured_amount: 10_000, refunded_amount: 10_000 }, 'refunded'],
    [{ authorized_amount: 10_000, captured_amount: 4000, refunded_amount: 4000 }, 'refunded'],
    [{ authorized_amount: 10_000, captured_amount: 6000, refunded_amount: 1000 }, 'partially_refunded'],
  ] as const)('%o is %s', (amounts, status) => expect(settledStatus(amounts)).toBe(status))
})

describe('payment amounts: guards', () => {
  it('rejects amounts that are not positive whole minor units with 422 at /body/amount', () => {
    for (const amount of [0, -1, 1.5, Number.NaN, Number.MAX_SAFE_INTEGER + 2])
      expect(() => checkAmount(amount), String(amount)).toThrow(
        expect.objectContaining({ status: 422, errors: [expect.objectContaining({ pointer: '/body/amount' })] }),
      )
    expect(() => checkAmount(1)).not.toThrow()
  })

  it('explains a capture over what is left as 422 at /body/amount, naming the limit', () => {
    expect(shape(captureRefusal(payment({ captured_amount: 4000 }), 7000))).toEqual({
      status: 422,
      pointer: '/body/amount',
      detail: 'at most 6000 can be captured (asked for 7000)',
    })
  })

  it('refuses a capture in a state that takes none with 409', () => {
    for (const status of ['pending', 'requires_action', 'voided', 'failed', 'captured', 'partially_refunded', 'refunded'] as const)
      expect(captureRefusal(payment({ status }), 100).status, status).toBe(409)
    expect(captureRefusal(payment({ in_flight: 'void' }), 100).detail).toBe('The payment is being voided')
    expect(captureRefusal(payment({ status: 'partially_captured', captured_amount: 6000, capture_pending: 4000 }), 1).status).toBe(409)
  })

  it('explains a refund over captured less refunded as 422, and refuses refunds before any capture with 409', () => {
    expect(shape(refundRefusal(payment({ status: 'captured', captured_amount: 10_000, refunded_amount: 9000 }), 2000))).toEqual({
      status: 422,
      pointer: '/body/amount',
      detail: 'at most 1000 can be refunded (asked for 2000)',
    })
    expect(refundRefusal(payment(), 100).status).toBe(409)
    expect(refundRefusal(payment({ status: 'refunded', captured_amount: 100, refunded_amount: 100 }), 1).status).toBe(409)
  })

  it('refuses a void once anything is captured, or while a capture waits for the provider, with 409', () => {
    expect(voidRefusal(payment({ status: 'partially_captured', captured_amount: 1 })).detail).toMatch(/refund it instead/)
    expect(voidRefusal(payment({ capture_pending: 1 })).detail).toMatch(/refund it instead/)
    expect(voidRefusal(payment({ status: 'voided' })).status).toBe(409)
    expect(voidRefusal(payment({ status: 'pending', in_flight: 'authorize' })).detail).toBe('The payment is being authorized')
  })
})
