import type { Generated } from 'kysely'
import type { PaymentStatus } from './schemas.js'

export interface PaymentTables {
  payment_token: {
    token_hash: string
    provider: string
    brand: string
    last4: string
    exp_month: number
    exp_year: number
    test_behaviour: string | null
    created_at: Generated<Date>
    expires_at: Date
    used_at: Date | null
  }
  payment: {
    id: string
    order_id: string
    provider: string
    status: PaymentStatus
    amount: number
    currency: string
    authorized_amount: Generated<number>
    captured_amount: Generated<number>
    refunded_amount: Generated<number>
    capture_pending: Generated<number>
    refund_pending: Generated<number>
    in_flight: 'authorize' | 'void' | null
    card_brand: string | null
    card_last4: string | null
    card_exp_month: number | null
    card_exp_year: number | null
    test_behaviour: string | null
    provider_token: string | null
    provider_reference: string | null
    next_action_url: string | null
    failure_reason: string | null
    created_at: Generated<Date>
    updated_at: Generated<Date>
  }
  payment_transaction: {
    id: string
    payment_id: string
    kind: 'authorize' | 'capture' | 'void' | 'refund'
    amount: number
    status: 'pending' | 'requires_action' | 'succeeded' | 'failed'
    provider_reference: string | null
    failure_reason: string | null
    actor: string
    reason: string | null
    created_at: Generated<Date>
    completed_at: Date | null
  }
  payment_webhook_event: {
    provider: string
    event_id: string
    type: string
    received_at: Generated<Date>
  }
  test_provider_charge: {
    reference: string
    merchant_reference: string
    status: 'requires_action' | 'authorized' | 'failed' | 'voided'
    amount: number
    currency: string
    authorized_amount: Generated<number>
    captured_amount: Generated<number>
    refunded_amount: Generated<number>
    failure_reason: string | null
    created_at: Generated<Date>
    updated_at: Generated<Date>
  }
}
