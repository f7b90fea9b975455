import type { Generated, JSONColumnType } from 'kysely'

export interface PromotionRule {
  basisPoints?: number
  amount?: number
  target?: { scope: 'order' } | { scope: 'products'; productIds: string[] } | { scope: 'categories'; categoryIds: string[] }
  buyQuantity?: number
  getQuantity?: number
  productIds?: string[]
}

export interface PromotionTables {
  promotion: {
    id: string
    name: string
    code: string | null
    kind: 'percentage' | 'fixed' | 'free_shipping' | 'buy_x_get_y'
    rule: JSONColumnType<PromotionRule, string, string>
    currency: string | null
    min_subtotal: number | null
    starts_at: Date | null
    ends_at: Date | null
    usage_limit: number | null
    per_customer_limit: number | null
    usage_count: Generated<number>
    active: Generated<boolean>
    created_at: Generated<Date>
    updated_at: Generated<Date>
  }
  promotion_usage: {
    promotion_id: string
    order_id: string
    shopper_key: string | null
    /** The hash of the order's email (as a guest's shopper_key is), so a person's uses as a customer and as a guest add up. */
    email_key: string | null
    amount: number
    created_at: Generated<Date>
  }
}
