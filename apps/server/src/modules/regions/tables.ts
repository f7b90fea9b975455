import type { ColumnType, Generated } from 'kysely'

export type TaxClass = 'standard' | 'reduced' | 'zero'
export interface WeightTier {
  upToGrams: number | null
  amount: number
}

export interface RegionTables {
  region: {
    id: string
    handle: string
    name: string
    currency: string
    prices_include_tax: Generated<boolean>
    tax_standard_bp: number
    tax_reduced_bp: number
    tax_zero_bp: Generated<number>
    created_at: Generated<Date>
    updated_at: Generated<Date>
  }
  region_country: { country_code: string; region_id: string }
  region_tax_override: { region_id: string; country_code: string; tax_class: TaxClass; rate_bp: number }
  shipping_option: {
    id: string
    region_id: string
    name: string
    kind: 'flat' | 'weight'
    amount: number | null
    tiers: ColumnType<WeightTier[] | null, string | null, string | null>
    free_above: number | null
    min_days: number
    max_days: number
    active: Generated<boolean>
    created_at: Generated<Date>
  }
}
