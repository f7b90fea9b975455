import type { Selectable } from 'kysely'
import type { CustomerTables } from './tables.js'

type CustomerRow = Pick<
  Selectable<CustomerTables['customer']>,
  'id' | 'email' | 'first_name' | 'last_name' | 'phone' | 'email_verified_at' | 'created_at'
>
type AddressRow = Selectable<CustomerTables['customer_address']>

export interface AddressInput {
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
  isDefaultShipping?: boolean
  isDefaultBilling?: boolean
}

export const toCustomerView = (row: CustomerRow) => ({
  id: row.id,
  email: row.email,
  firstName: row.first_name,
  lastName: row.last_name,
  phone: row.phone,
  emailVerified: row.email_verified_at !== null,
  createdAt: row.created_at.toISOString(),
})

export const toAddressView = (row: AddressRow) => ({
  id: row.id,
  firstName: row.first_name,
  lastName: row.last_name,
  company: row.company,
  line1: row.line1,
  line2: row.line2,
  city: row.city,
  region: row.region,
  postalCode: row.postal_code,
  countryCode: row.country_code,
  phone: row.phone,
  isDefaultShipping: row.is_default_shipping,
  isDefaultBilling: row.is_default_billing,
})

/** Maps only the fields present, so a PATCH leaves the others alone. */
export function toAddressRow(input: Partial<AddressInput>) {
  const row = {
    first_name: input.firstName,
    last_name: input.lastName,
    company: input.company,
    line1: input.line1,
    line2: input.line2,
    city: input.city,
    region: input.region,
    postal_code: input.postalCode,
    country_code: input.countryCode?.toUpperCase(),
    phone: input.phone,
    is_default_shipping: input.isDefaultShipping,
    is_default_billing: input.isDefaultBilling,
  }
  return Object.fromEntries(Object.entries(row).filter(([, v]) => v !== undefined)) as {
    first_name: string
    last_name: string
    line1: string
    city: string
    postal_code: string
    country_code: string
  } & Partial<Record<'company' | 'line2' | 'region' | 'phone', string | null>> &
    Partial<Record<'is_default_shipping' | 'is_default_billing', boolean>>
}
