import type { Generated } from 'kysely'

export interface CustomerTables {
  customer: {
    id: string
    email: string
    password_hash: string
    first_name: string | null
    last_name: string | null
    phone: string | null
    /** When the customer proved they receive mail at `email`; null until then, and again after a change of address. */
    email_verified_at: Generated<Date | null>
    created_at: Generated<Date>
    updated_at: Generated<Date>
  }
  customer_address: {
    id: string
    customer_id: string
    first_name: string
    last_name: string
    company: string | null
    line1: string
    line2: string | null
    city: string
    region: string | null
    postal_code: string
    country_code: string
    phone: string | null
    is_default_shipping: Generated<boolean>
    is_default_billing: Generated<boolean>
    created_at: Generated<Date>
    updated_at: Generated<Date>
  }
  password_reset: {
    token_hash: string
    customer_id: string
    expires_at: Date
    used_at: Date | null
    created_at: Generated<Date>
  }
  email_verification: {
    token_hash: string
    customer_id: string
    /** The address the link was mailed to: it verifies that address only. */
    email: string
    expires_at: Date
    used_at: Date | null
    created_at: Generated<Date>
  }
}
