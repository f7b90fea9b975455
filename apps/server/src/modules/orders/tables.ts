import type { Generated, JSONColumnType } from 'kysely'
import type { PostalAddress } from '../cart/tables.js'
import type { FulfillmentState, OrderFulfillmentStatus, OrderStatus, ReturnState } from './state-machine.js'

export interface AppliedPromotion {
  id: string
  code?: string
  amount: number
}

export interface OrderTables {
  orders: {
    id: string
    number: Generated<number>
    cart_id: string
    customer_id: string | null
    email: string | null
    region_id: string
    currency: string
    prices_include_tax: boolean
    country_code: string
    status: OrderStatus
    payment_status: string
    fulfillment_status: OrderFulfillmentStatus
    subtotal: number
    discount_total: number
    shipping_total: number
    tax_total: number
    total: number
    shipping_option_id: string | null
    shipping_method: string | null
    shipping_amount: number
    shipping_discount: number
    shipping_tax: number
    shipping_address: JSONColumnType<PostalAddress | null, string | null, string | null>
    billing_address: JSONColumnType<PostalAddress | null, string | null, string | null>
    promotion_code: string | null
    promotions: JSONColumnType<AppliedPromotion[], string, string>
    cancel_reason: string | null
    placed_at: Generated<Date>
    canceled_at: Date | null
    anonymized_at: Date | null
    updated_at: Generated<Date>
  }
  order_line: {
    id: string
    order_id: string
    position: number
    variant_id: string | null
    product_id: string | null
    sku: string | null
    title: string
    variant_title: string
    thumbnail: string | null
    quantity: number
    unit_price: number
    subtotal: number
    discount: number
    tax: number
    total: number
    fulfilled_quantity: Generated<number>
    returned_quantity: Generated<number>
  }
  order_history: {
    id: string
    seq: Generated<number>
    order_id: string
    field: string
    from_value: string | null
    to_value: string | null
    actor: string
    reason: string | null
    at: Generated<Date>
  }
  fulfillment: {
    id: string
    order_id: string
    status: FulfillmentState
    carrier: string | null
    tracking_number: string | null
    tracking_url: string | null
    created_at: Generated<Date>
    shipped_at: Date | null
    delivered_at: Date | null
  }
  fulfillment_line: { fulfillment_id: string; order_line_id: string; quantity: number }
  order_return: {
    id: string
    order_id: string
    status: ReturnState
    reason: string | null
    restock: boolean
    refund_amount: number | null
    requested_by: string
    created_at: Generated<Date>
    received_at: Date | null
    refunded_at: Date | null
  }
  return_line: { return_id: string; order_line_id: string; quantity: number }
}
