import { describe, expect, it } from 'vitest'
import { formEncode } from './form.js'

describe('stripe form encoding', () => {
  it('writes objects and lists in Stripe’s bracket notation, and leaves out what is undefined', () => {
    const body = formEncode({
      amount: 3240,
      confirm: true,
      metadata: { payment_id: 'pay_1' },
      expand: ['payment_method'],
      description: undefined,
    })
    expect(body).toBe('amount=3240&confirm=true&metadata%5Bpayment_id%5D=pay_1&expand%5B0%5D=payment_method')
    expect(Object.fromEntries(new URLSearchParams(body))).toEqual({
      amount: '3240',
      confirm: 'true',
      'metadata[payment_id]': 'pay_1',
      'expand[0]': 'payment_method',
    })
  })

  it('escapes what a URL would misread', () => {
    const body = formEncode({ return_url: 'https://shop.example/checkout/payment-return?payment=pay_1&x=a b' })
    expect(new URLSearchParams(body).get('return_url')).toBe('https://shop.example/checkout/payment-return?payment=pay_1&x=a b')
  })
})
