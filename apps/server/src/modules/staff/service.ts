import { newId } from '../../platform/ids.js'
import { randomToken, sha256 } from '../../platform/crypto.js'
import { hashPassword, verifyPassword } from '../../platform/auth/passwords.js'
import type { Actor } from '../../platform/auth/actor.js'
import { decodeCursor, pageFrom } from '../../platform/http/pagination.js'
import { Problem, conflict, forbidden, invalid, notFound } from '../../problems.js'
import {
  PERMISSION_DESCRIPTIONS,
  PERMISSIONS,
  ROLE_PERMISSIONS,
  STAFF_ROLES,
  isPermission,
  type Permission,
  type StaffRole,
} from './permissions.js'
import type { StaffRepo } from './repo.js'
import type { StaffAuthority } from './authority.js'

type StaffRow = NonNullable<Awaited<ReturnType<StaffRepo['findStaffById']>>>

export const toStaffView = (row: StaffRow) => ({
  id: row.id,
  email: row.email,
  name: row.name,
  role: row.role,
  active: row.active,
  permissions: [...ROLE_PERMISSIONS[row.role]],
  createdAt: row.created_at.toISOString(),
})

const TOKEN_PREFIX = 'sst_'
// last_used_at is advisory; writing it on every call would turn each API read into a write.
const TOKEN_TOUCH_INTERVAL_MS = 60_000

export function createStaffService(deps: { repo: StaffRepo }) {
  const { repo } = deps

  const authority: StaffAuthority = {
    async actorForSession(session) {
      const staff = await repo.findStaffById(session.subjectId)
      if (!staff || !staff.active) return null
      return { kind: 'staff', staffId: staff.id, role: staff.role, permissions: ROLE_PERMISSIONS[staff.role], session }
    },
    async actorForToken(secret) {
      if (!secret.startsWith(TOKEN_PREFIX)) return null
      const token = await repo.findLiveTokenByHash(sha256(secret))
      if (!token || !token.active) return null
      if (!token.last_used_at || Date.now() - token.last_used_at.getTime() > TOKEN_TOUCH_INTERVAL_MS) await repo.touchToken(token.id)
      // A token never outranks its creator: scopes are cut down to the creator's current role.
      const rolePermissions = ROLE_PERMISSIONS[token.role]
      const permissions = new Set(token.scopes.filter((s): s is Permission => isPermission(s) && rolePermissions.has(s)))
      return { kind: 'staff', staffId: token.staff_id, role: token.role, permissions, tokenId: token.id }
    },
  }

  return {
    authority,

    /** Creates a staff member; the first owner is created from the CLI, the rest by staff with staff:write. */
    async createStaff(input: { email: string; name: string; password: string; role: StaffRole }) {
      if (await repo.findStaffByEmail(input.email))
        throw conflict('A staff member with this email exists', [{ pointer: '/body/email', detail: 'is taken' }])
      const row = await repo.insertStaff({
        id: newId('staff'),
        email: input.email.trim(),
        name: input.name.trim(),
        password_hash: await hashPassword(input.password),
        role: input.role,
      })
      return toStaffView(row)
    },

    /** Checks credentials; the same answer for an unknown email and a wrong password. */
    async authenticate(email: string, password: string) {
      const staff = await repo.findStaffByEmail(email)
      const ok = await verifyPassword(staff?.active ? staff.password_hash : undefined, password)
      if (!ok || !staff) throw new Problem({ type: 'invalid-credentials' })
      return toStaffView(staff)
    },

    async getStaff(id: string) {
      const row = await repo.findStaffById(id)
      if (!row) throw notFound('staff member', id)
      return toStaffView(row)
    },

    /** The fixed roles and what each may do, for staff deciding whom to give which role. */
    describeRoles() {
      return {
        permissions: PERMISSIONS.map((name) => ({ name, description: PERMISSION_DESCRIPTIONS[name] })),
        roles: STAFF_ROLES.map((role) => ({ role, permissions: PERMISSIONS.filter((p) => ROLE_PERMISSIONS[role].has(p)) })),
      }
    },

    async listStaff(limit: number, cursor?: string) {
      const after = decodeCursor(cursor, 1)?.[0] as string | undefined
      return pageFrom(await repo.listStaff(limit, after), limit, toStaffView, (row) => [row.id])
    },

    async updateStaff(actor: Actor, id: string, patch: { name?: string; role?: StaffRole; active?: boolean }) {
      const existing = await repo.findStaffById(id)
      if (!existing) throw notFound('staff member', id)
      if (actor.kind === 'staff' && actor.staffId === id && (patch.role !== undefined || patch.active === false))
        throw forbidden('You cannot change your own role or deactivate yourself')
      const losesOwner = existing.role === 'owner' && ((patch.role !== undefined && patch.role !== 'owner') || patch.active === false)
      const row = await repo.db.transaction().execute(async (tx) => {
        if (losesOwner && (await repo.lockActiveOwners(tx)) <= 1) throw conflict('The shop must keep at least one active owner')
        return repo.updateStaff(id, patch, tx)
      })
      return toStaffView(row!)
    },

    /** Issues an API token. The secret is returned once; only its hash is kept. */
    async createToken(actor: Actor, input: { name: string; scopes: string[] }) {
      if (actor.kind !== 'staff') throw forbidden()
      const errors = input.scopes
        .map((scope, i) => ({ scope, i }))
        .filter(({ scope }) => !isPermission(scope) || !actor.permissions.has(scope))
      if (errors.length > 0) throw invalid(`/body/scopes/${errors[0]!.i}`, `“${errors[0]!.scope}” is not a permission you hold`)
      const secret = TOKEN_PREFIX + randomToken(32)
      const row = await repo.insertToken({
        id: newId('tok'),
        name: input.name.trim(),
        token_hash: sha256(secret),
        prefix: secret.slice(0, TOKEN_PREFIX.length + 6),
        scopes: [...new Set(input.scopes)],
        created_by: actor.staffId,
      })
      return { ...toTokenView(row), token: secret }
    },

    async listTokens(limit: number, cursor?: string) {
      const after = decodeCursor(cursor, 1)?.[0] as string | undefined
      return pageFrom(await repo.listTokens(limit, after), limit, toTokenView, (row) => [row.id])
    },

    async revokeToken(id: string) {
      if (!(await repo.revokeToken(id))) throw notFound('live API token', id)
    },
  }
}

function toTokenView(row: {
  id: string
  name: string
  prefix: string
  scopes: string[]
  created_by: string
  created_at: Date
  last_used_at: Date | null
  revoked_at: Date | null
}) {
  return {
    id: row.id,
    name: row.name,
    prefix: row.prefix,
    scopes: row.scopes,
    createdBy: row.created_by,
    createdAt: row.created_at.toISOString(),
    lastUsedAt: row.last_used_at?.toISOString() ?? null,
    revokedAt: row.revoked_at?.toISOString() ?? null,
  }
}

export type StaffService = ReturnType<typeof createStaffService>
