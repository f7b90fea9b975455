/**
 * What staff may do. A route under /admin declares the one permission it needs;
 * a role is a fixed set of permissions; an API token carries a subset of its creator's.
 * The orders and settings permissions are granted now so roles keep their meaning when the
 * order and settings routes arrive; no route uses them yet.
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
