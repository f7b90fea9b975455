import type { AuditTables } from './modules/audit/tables.js'
import type { CatalogTables } from './modules/catalog/tables.js'
import type { CustomerTables } from './modules/customers/tables.js'
import type { InventoryTables } from './modules/inventory/tables.js'
import type { StaffTables } from './modules/staff/tables.js'
import type { SessionTables } from './platform/sessions/tables.js'
import type { EventTables } from './platform/events/tables.js'
import type { RegionTables } from './modules/regions/tables.js'
import type { IdempotencyTables } from './platform/idempotency/tables.js'
import type { CartTables } from './modules/cart/tables.js'
import type { PromotionTables } from './modules/promotions/tables.js'
import type { OrderTables } from './modules/orders/tables.js'
import type { SearchAdminTables } from './modules/search/tables.js'
import type { PaymentTables } from './modules/payments/tables.js'
import type { PrivacyTables } from './modules/privacy/tables.js'

/** Every table, as each module declares its own. Modules still touch only the tables they own. */
export interface Database
  extends
    AuditTables,
    CatalogTables,
    CustomerTables,
    InventoryTables,
    StaffTables,
    SessionTables,
    EventTables,
    RegionTables,
    IdempotencyTables,
    CartTables,
    PromotionTables,
    OrderTables,
    PaymentTables,
    PrivacyTables,
    SearchAdminTables {
  schema_migration: { version: number; name: string; checksum: string; applied_at: Date }
}
