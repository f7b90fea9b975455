/** What the orders module announces, and the payload of each topic (versioned; see docs/events.md). */
export const ORDER_TOPICS = {
  created: 'order.created',
  updated: 'order.updated',
  shipped: 'fulfillment.shipped',
  moneyToReturn: 'order.money_to_return',
  analytics: 'analytics.events',
} as const

/** order.created v1: a checkout placed an order (payment not yet authorized). */
export interface OrderCreatedV1 {
  orderId: string
  number: number
  customerId: string | null
  email: string | null
  currency: string
  total: number
  items: { variantId: string; productId: string; sku: string | null; quantity: number; total: number }[]
}

/** order.updated v1: one or more of an order's statuses moved. */
export interface OrderUpdatedV1 {
  orderId: string
  number: number
  customerId: string | null
  status: string
  paymentStatus: string
  fulfillmentStatus: string
  changed: string[]
}

/** fulfillment.shipped v1: a parcel of an order left with the carrier. */
export interface FulfillmentShippedV1 {
  orderId: string
  fulfillmentId: string
  carrier: string | null
  trackingNumber: string | null
  trackingUrl: string | null
}

/** order.money_to_return v1: money reached an order that was already canceled; void or refund it. */
export interface MoneyToReturnV1 {
  orderId: string
  paymentId: string
  action: 'void' | 'refund'
  amount: number
}

/** analytics.events v1: one thing a shopper did that the shop counts. */
export interface AnalyticsEventV1 {
  type: 'order_placed' | 'order_canceled' | 'cart_item_added' | 'checkout_started'
  at: string
  /** What it happened to: an order id, a cart id. */
  subject: string
  currency?: string
  value?: number
  items?: { productId: string | null; variantId: string | null; quantity: number; revenue?: number }[]
}
