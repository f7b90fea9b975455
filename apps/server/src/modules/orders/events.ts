/** What the orders module announces, and the payload of each topic (versioned; see docs/events.md). */
export const ORDER_TOPICS = {
  created: 'order.created',
  updated: 'order.updated',
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
