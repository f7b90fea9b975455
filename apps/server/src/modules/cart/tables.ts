import type { Generated } from 'kysely'

export interface CartTables {
  cart: {
    id: string
    region_id: string
    currency: string
    customer_id: string | null
    email: string | null
    shipping_option_id: string | null
    country_code: string | null
    created_at: Generated<Date>
    updated_at: Generated<Date>
    expires_at: Date
    completed_at: Date | null
  }
  cart_item: {
    id: string
    cart_id: string
    variant_id: string
    quantity: number
    created_at: Generated<Date>
  }
}
