import type { Generated } from 'kysely'

export interface InventoryTables {
  stock_location: {
    id: string
    name: string
    is_default: Generated<boolean>
    created_at: Generated<Date>
  }
  inventory_movement: {
    id: string
    variant_id: string
    location_id: string
    on_hand_delta: number
    reserved_delta: number
    reason: string
    note: string | null
    reference: string | null
    actor: string | null
    created_at: Generated<Date>
  }
  inventory_level: {
    variant_id: string
    location_id: string
    on_hand: Generated<number>
    reserved: Generated<number>
    allow_backorder: Generated<boolean>
    updated_at: Generated<Date>
  }
}
