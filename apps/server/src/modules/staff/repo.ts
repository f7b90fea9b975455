import type { Db } from '../../platform/db/database.js'
import type { StaffRole } from './permissions.js'

export function createStaffRepo(db: Db) {
  return {
    db,
    findStaffById: (id: string, tx: Db = db) => tx.selectFrom('staff_user').selectAll().where('id', '=', id).executeTakeFirst(),
    findStaffByEmail: (email: string, tx: Db = db) =>
      tx
        .selectFrom('staff_user')
        .selectAll()
        .where((eb) => eb(eb.fn('lower', ['email']), '=', email.toLowerCase()))
        .executeTakeFirst(),
    insertStaff: (row: { id: string; email: string; name: string; password_hash: string; role: StaffRole }, tx: Db = db) =>
      tx.insertInto('staff_user').values(row).returningAll().executeTakeFirstOrThrow(),
    updateStaff: (id: string, patch: { name?: string; role?: StaffRole; active?: boolean; password_hash?: string }, tx: Db = db) =>
      tx
        .updateTable('staff_user')
        .set({ ...patch, updated_at: new Date() })
        .where('id', '=', id)
        .returningAll()
        .executeTakeFirst(),
    listStaff: (limit: number, after: string | undefined, tx: Db = db) =>
      tx
        .selectFrom('staff_user')
        .selectAll()
        .$if(after !== undefined, (q) => q.where('id', '>', after!))
        .orderBy('id')
        .limit(limit + 1)
        .execute(),
    /** Locks the active owners' rows, so two demotions cannot both see "another owner remains". */
    lockActiveOwners: async (tx: Db) =>
      (await tx.selectFrom('staff_user').select('id').where('role', '=', 'owner').where('active', '=', true).forUpdate().execute()).length,
    insertToken: (
      row: { id: string; name: string; token_hash: string; prefix: string; scopes: string[]; created_by: string },
      tx: Db = db,
    ) => tx.insertInto('api_token').values(row).returningAll().executeTakeFirstOrThrow(),
    findLiveTokenByHash: (hash: string, tx: Db = db) =>
      tx
        .selectFrom('api_token')
        .innerJoin('staff_user', 'staff_user.id', 'api_token.created_by')
        .select([
          'api_token.id',
          'api_token.scopes',
          'api_token.last_used_at',
          'staff_user.id as staff_id',
          'staff_user.role',
          'staff_user.active',
        ])
        .where('api_token.token_hash', '=', hash)
        .where('api_token.revoked_at', 'is', null)
        .executeTakeFirst(),
    touchToken: (id: string, tx: Db = db) => tx.updateTable('api_token').set({ last_used_at: new Date() }).where('id', '=', id).execute(),
    listTokens: (limit: number, after: string | undefined, tx: Db = db) =>
      tx
        .selectFrom('api_token')
        .select(['id', 'name', 'prefix', 'scopes', 'created_by', 'created_at', 'last_used_at', 'revoked_at'])
        .$if(after !== undefined, (q) => q.where('id', '>', after!))
        .orderBy('id')
        .limit(limit + 1)
        .execute(),
    revokeToken: (id: string, tx: Db = db) =>
      tx
        .updateTable('api_token')
        .set({ revoked_at: new Date() })
        .where('id', '=', id)
        .where('revoked_at', 'is', null)
        .returning('id')
        .executeTakeFirst(),
  }
}

export type StaffRepo = ReturnType<typeof createStaffRepo>
