import { Type } from 'typebox'
import { Email, Id, IsoTime, Password } from '../../platform/http/schemas.js'
import { PERMISSIONS, STAFF_ROLES, type Permission, type StaffRole as Role } from './permissions.js'

export const StaffRole = Type.Unsafe<Role>({ type: 'string', enum: [...STAFF_ROLES] })
export const PermissionName = Type.Unsafe<Permission>({ type: 'string', enum: [...PERMISSIONS] })

export const StaffView = Type.Object({
  id: Type.String(),
  email: Type.String(),
  name: Type.String(),
  role: StaffRole,
  active: Type.Boolean(),
  permissions: Type.Array(Type.String()),
  createdAt: IsoTime,
})

export const StaffLoginBody = Type.Object({ email: Email, password: Type.String({ minLength: 1, maxLength: 200 }) })
export const StaffSessionView = Type.Object({ staff: StaffView, csrfToken: Type.String() })

export const CreateStaffBody = Type.Object({
  email: Email,
  name: Type.String({ minLength: 1, maxLength: 200 }),
  password: Password,
  role: StaffRole,
})
export const UpdateStaffBody = Type.Object({
  name: Type.Optional(Type.String({ minLength: 1, maxLength: 200 })),
  role: Type.Optional(StaffRole),
  active: Type.Optional(Type.Boolean()),
})
export const StaffParams = Type.Object({ staffId: Id('staff') })

export const TokenView = Type.Object({
  id: Type.String(),
  name: Type.String(),
  prefix: Type.String(),
  scopes: Type.Array(Type.String()),
  createdBy: Type.String(),
  createdAt: IsoTime,
  lastUsedAt: Type.Union([IsoTime, Type.Null()]),
  revokedAt: Type.Union([IsoTime, Type.Null()]),
})
export const CreatedTokenView = Type.Object({
  ...TokenView.properties,
  token: Type.String({ description: 'The secret; shown only in this response' }),
})
export const CreateTokenBody = Type.Object({
  name: Type.String({ minLength: 1, maxLength: 100 }),
  scopes: Type.Array(PermissionName, { minItems: 1, maxItems: PERMISSIONS.length }),
})
export const RolesView = Type.Object({
  permissions: Type.Array(Type.Object({ name: PermissionName, description: Type.String() }), {
    description: 'Every permission, in a fixed order, with what it lets staff do',
  }),
  roles: Type.Array(Type.Object({ role: StaffRole, permissions: Type.Array(PermissionName) }), {
    description: 'Every role with the permissions it holds; roles are fixed, not configured',
  }),
})

export const TokenParams = Type.Object({ tokenId: Id('tok') })
