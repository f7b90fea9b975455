import type { Insertable, Updateable } from 'kysely'
import type { Db } from '../../platform/db/database.js'
import type { CustomerTables } from './tables.js'

type AddressInsert = Insertable<CustomerTables['customer_address']>
type AddressUpdate = Updateable<CustomerTables['customer_address']>

export function createCustomerRepo(db: Db) {
  return {
    db,
    findCustomerById: (id: string, tx: Db = db) => tx.selectFrom('customer').selectAll().where('id', '=', id).executeTakeFirst(),
    findCustomerByEmail: (email: string, tx: Db = db) =>
      tx
        .selectFrom('customer')
        .selectAll()
        .where((eb) => eb(eb.fn('lower', ['email']), '=', email.toLowerCase()))
        .executeTakeFirst(),
    insertCustomer: (
      row: { id: string; email: string; password_hash: string; first_name: string | null; last_name: string | null; phone: string | null },
      tx: Db = db,
    ) => tx.insertInto('customer').values(row).returningAll().executeTakeFirstOrThrow(),
    updateCustomer: (
      id: string,
      patch: {
        first_name?: string | null
        last_name?: string | null
        phone?: string | null
        password_hash?: string
        email_verified_at?: Date
      },
      tx: Db = db,
    ) =>
      tx
        .updateTable('customer')
        .set({ ...patch, updated_at: new Date() })
        .where('id', '=', id)
        .returningAll()
        .executeTakeFirst(),
    listCustomers: (limit: number, after: string | undefined, email: string | undefined, tx: Db = db) =>
      tx
        .selectFrom('customer')
        .select(['id', 'email', 'first_name', 'last_name', 'phone', 'email_verified_at', 'created_at', 'updated_at'])
        .$if(!!email, (q) => q.where((eb) => eb(eb.fn('lower', ['email']), 'like', `%${email!.toLowerCase().replace(/[\\%_]/g, '\\$&')}%`)))
        .$if(after !== undefined, (q) => q.where('id', '<', after!))
        .orderBy('id', 'desc')
        .limit(limit + 1)
        .execute(),

    listAddresses: (customerId: string, tx: Db = db) =>
      tx.selectFrom('customer_address').selectAll().where('customer_id', '=', customerId).orderBy('id').limit(100).execute(),
    countAddresses: async (customerId: string, tx: Db = db) =>
      Number(
        (
          await tx
            .selectFrom('customer_address')
            .select((eb) => eb.fn.countAll().as('n'))
            .where('customer_id', '=', customerId)
            .executeTakeFirstOrThrow()
        ).n,
      ),
    /** Scoped by owner: another customer's address id simply finds nothing. */
    findAddress: (customerId: string, id: string, tx: Db = db) =>
      tx.selectFrom('customer_address').selectAll().where('id', '=', id).where('customer_id', '=', customerId).executeTakeFirst(),
    insertAddress: (row: AddressInsert, tx: Db = db) =>
      tx.insertInto('customer_address').values(row).returningAll().executeTakeFirstOrThrow(),
    updateAddress: (customerId: string, id: string, patch: AddressUpdate, tx: Db = db) =>
      tx
        .updateTable('customer_address')
        .set({ ...patch, updated_at: new Date() })
        .where('id', '=', id)
        .where('customer_id', '=', customerId)
        .returningAll()
        .executeTakeFirst(),
    deleteAddress: (customerId: string, id: string, tx: Db = db) =>
      tx.deleteFrom('customer_address').where('id', '=', id).where('customer_id', '=', customerId).returning('id').executeTakeFirst(),
    /** Before an address becomes the default, the previous default stops being one. */
    clearDefaultFlags: async (customerId: string, flags: { shipping?: boolean; billing?: boolean }, tx: Db = db) => {
      if (!flags.shipping && !flags.billing) return
      await tx
        .updateTable('customer_address')
        .set({ ...(flags.shipping ? { is_default_shipping: false } : {}), ...(flags.billing ? { is_default_billing: false } : {}) })
        .where('customer_id', '=', customerId)
        .execute()
    },

    /** Retires every unused reset link of a customer (after a reset or a password change). */
    retireResets: (customerId: string, tx: Db = db) =>
      tx
        .updateTable('password_reset')
        .set({ used_at: new Date() })
        .where('customer_id', '=', customerId)
        .where('used_at', 'is', null)
        .execute(),
    deleteStaleResets: (before: Date, tx: Db = db) => tx.deleteFrom('password_reset').where('expires_at', '<', before).execute(),
    insertReset: (row: { token_hash: string; customer_id: string; expires_at: Date }, tx: Db = db) =>
      tx.insertInto('password_reset').values(row).execute(),
    /** Marks a live reset token used and returns its customer, atomically: a token works once. */
    consumeReset: (tokenHash: string, tx: Db = db) =>
      tx
        .updateTable('password_reset')
        .set({ used_at: new Date() })
        .where('token_hash', '=', tokenHash)
        .where('used_at', 'is', null)
        .where('expires_at', '>', new Date())
        .returning('customer_id')
        .executeTakeFirst(),

    insertVerification: (row: { token_hash: string; customer_id: string; email: string; expires_at: Date }, tx: Db = db) =>
      tx.insertInto('email_verification').values(row).execute(),
    /** Marks a live verification token used and returns its customer and address, atomically: a token works once. */
    consumeVerification: (tokenHash: string, tx: Db = db) =>
      tx
        .updateTable('email_verification')
        .set({ used_at: new Date() })
        .where('token_hash', '=', tokenHash)
        .where('used_at', 'is', null)
        .where('expires_at', '>', new Date())
        .returning(['customer_id', 'email'])
        .executeTakeFirst(),
    /** Verifies the customer's email if it is still `email`; returns nothing when the address has changed since. */
    markEmailVerified: (customerId: string, email: string, tx: Db = db) =>
      tx
        .updateTable('customer')
        .set({ email_verified_at: new Date(), updated_at: new Date() })
        .where('id', '=', customerId)
        .where((eb) => eb(eb.fn('lower', ['email']), '=', email.toLowerCase()))
        .returning('id')
        .executeTakeFirst(),
    /** Retires every unused verification link of a customer once their address is verified. */
    retireVerifications: (customerId: string, tx: Db = db) =>
      tx
        .updateTable('email_verification')
        .set({ used_at: new Date() })
        .where('customer_id', '=', customerId)
        .where('used_at', 'is', null)
        .execute(),
    deleteStaleVerifications: (before: Date, tx: Db = db) => tx.deleteFrom('email_verification').where('expires_at', '<', before).execute(),

    /** Held for the rest of an erasure's transaction: no cart or order can be bound to the customer meanwhile. */
    lockCustomer: (id: string, tx: Db) => tx.selectFrom('customer').selectAll().where('id', '=', id).forUpdate().executeTakeFirst(),
    deleteAddresses: async (customerId: string, tx: Db) =>
      (await tx.deleteFrom('customer_address').where('customer_id', '=', customerId).returning('id').execute()).length,
    deleteResets: (customerId: string, tx: Db) => tx.deleteFrom('password_reset').where('customer_id', '=', customerId).execute(),
    deleteVerifications: (customerId: string, tx: Db) =>
      tx.deleteFrom('email_verification').where('customer_id', '=', customerId).execute(),
    deleteCustomer: (id: string, tx: Db) => tx.deleteFrom('customer').where('id', '=', id).execute(),
  }
}

export type CustomerRepo = ReturnType<typeof createCustomerRepo>
