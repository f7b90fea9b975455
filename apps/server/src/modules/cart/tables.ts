import type { Generated, JSONColumnType } from 'kysely'

/** A postal address as a cart and an order hold it. */
export interface PostalAddress {
  firstName: string
  lastName: string
  company?: string | null
  line1: string
  line2?: string | null
  city: string
  region?: string | null
  postalCode: string
  countryCode: string
  phone?: string | null
}

export interface CartTables {
  cart: {
    id: string
    region_id: string
    currency: string
    customer_id: string | null
    email: string | null
    shipping_option_id: string | null
    country_code: string | null
    promotion_code: string | null
    shipping_address: JSONColumnType<PostalAddress | null, string | null, string | null>
    billing_address: JSONColumnType<PostalAddress | null, string | null, string | null>
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
