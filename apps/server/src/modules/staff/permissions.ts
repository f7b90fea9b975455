/**
 * What staff may do. A route under /admin declares the one permission it needs;
 * a role is a fixed set of permissions; an API token carries a subset of its creator's.
 */
export const PERMISSIONS = [
  'catalog:read',
  'catalog:write',
  'imports:write',
  'customers:read',
  'customers:write',
  'orders:read',
  'promotions:read',
  'promotions:write',
  'orders:write',
  'settings:write',
  'staff:read',
  'staff:write',
  'tokens:write',
  'audit:read',
  'dev:read',
] as const

export type Permission = (typeof PERMISSIONS)[number]

/** What each permission lets staff do, in the words the admin shows next to the roles. */
export const PERMISSION_DESCRIPTIONS: Record<Permission, string> = {
  'catalog:read': 'See products, categories, collections, stock and search settings',
  'catalog:write': 'Create and change products, categories, collections, stock and search settings',
  'imports:write': 'Import and export the catalog as files',
  'customers:read': 'See customers, their addresses and consents, and export their personal data',
  'customers:write': 'Erase a customer’s personal data',
  'orders:read': 'See orders and the dashboard',
  'promotions:read': 'See promotions',
  'promotions:write': 'Create and change promotions',
  'orders:write': 'Capture, refund, fulfil and cancel orders; handle returns',
  'settings:write': 'Change regions, taxes and shipping options',
  'staff:read': 'See the staff and their roles',
  'staff:write': 'Add staff, change their roles, deactivate them',
  'tokens:write': 'Create, see and revoke API tokens',
  'audit:read': 'Read the audit log',
  'dev:read': 'Read the development mailbox',
}

export const STAFF_ROLES = ['owner', 'admin', 'catalog', 'support'] as const
export type StaffRole = (typeof STAFF_ROLES)[number]

const everything = new Set<Permission>(PERMISSIONS)

export const ROLE_PERMISSIONS: Record<StaffRole, ReadonlySet<Permission>> = {
  owner: everything,
  // An admin runs the shop but cannot change who works in it.
  admin: new Set(PERMISSIONS.filter((p) => p !== 'staff:write')),
  catalog: new Set<Permission>(['catalog:read', 'catalog:write', 'imports:write']),
  support: new Set<Permission>(['catalog:read', 'customers:read', 'customers:write', 'orders:read', 'orders:write']),
}

export function isPermission(value: string): value is Permission {
  return (PERMISSIONS as readonly string[]).includes(value)
}
