import { describe, expect, it } from 'vitest'
import { Problem } from '../../problems.js'
import { assertMove, canMove, deriveFulfillmentStatus } from './state-machine.js'

describe('order state machine', () => {
  it.each([
    ['order', 'pending', 'confirmed', true],
    ['order', 'pending', 'canceled', true],
    ['order', 'confirmed', 'completed', true],
    ['order', 'confirmed', 'canceled', true],
    ['order', 'pending', 'completed', false],
    ['order', 'canceled', 'confirmed', false],
    ['order', 'completed', 'canceled', false],
    ['fulfillment', 'packed', 'shipped', true],
    ['fulfillment', 'shipped', 'delivered', true],
    ['fulfillment', 'packed', 'delivered', false],
    ['fulfillment', 'shipped', 'canceled', false],
    ['fulfillment', 'delivered', 'shipped', false],
    ['return', 'requested', 'received', true],
    ['return', 'received', 'refunded', true],
    ['return', 'requested', 'refunded', false],
    ['return', 'refunded', 'received', false],
  ] as const)('%s %s → %s allowed: %s', (machine, from, to, allowed) => {
    expect(canMove(machine, from as never, to as never)).toBe(allowed)
  })

  it('refuses an illegal move with a 409 problem', () => {
    expect(() => assertMove('order', 'canceled', 'confirmed')).toThrow(Problem)
    try {
      assertMove('order', 'canceled', 'confirmed')
    } catch (error) {
      expect((error as Problem).status).toBe(409)
      expect((error as Problem).detail).toBe('An order that is canceled cannot become confirmed')
    }
  })
})

describe('derived fulfilment status', () => {
  it.each([
    [5, [], 'not_fulfilled'],
    [5, [{ state: 'packed', units: 2 }], 'partially_fulfilled'],
    [5, [{ state: 'packed', units: 5 }], 'fulfilled'],
    [5, [{ state: 'shipped', units: 2 }], 'partially_shipped'],
    [
      5,
      [
        { state: 'shipped', units: 2 },
        { state: 'packed', units: 3 },
      ],
      'partially_shipped',
    ],
    [
      5,
      [
        { state: 'shipped', units: 2 },
        { state: 'shipped', units: 3 },
      ],
      'shipped',
    ],
    [
      5,
      [
        { state: 'delivered', units: 2 },
        { state: 'shipped', units: 3 },
      ],
      'partially_delivered',
    ],
    [5, [{ state: 'delivered', units: 5 }], 'delivered'],
    [5, [{ state: 'canceled', units: 5 }], 'not_fulfilled'],
  ] as const)('%i units, %j → %s', (units, fulfilments, expected) => {
    expect(deriveFulfillmentStatus(units, [...fulfilments])).toBe(expected)
  })

  it('is canceled when a canceled order never packed anything', () => {
    expect(deriveFulfillmentStatus(3, [], true)).toBe('canceled')
  })
})
