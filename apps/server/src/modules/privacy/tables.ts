import type { Generated } from 'kysely'

export type ConsentPurpose = 'marketing'

export interface PrivacyTables {
  consent: {
    id: string
    customer_id: string
    purpose: ConsentPurpose
    granted: boolean
    source: string
    at: Generated<Date>
  }
}
