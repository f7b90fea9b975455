import type { ExpressionBuilder, Insertable, Updateable } from 'kysely'
import type { Db } from '../../platform/db/database.js'
import type { Database } from '../../database.js'
import type { CartTables } from './tables.js'

/**
 * A person's carts: bound to their account, or anonymous carts that carry their email. Without an
 * email (the account's address is not verified) only the account's own.
 */
const ofPerson = (customerId: string, email: string | null) => (eb: ExpressionBuilder<Database, 'cart'>) =>
  email === null
    ? eb('customer_id', '=', customerId)
    : eb.or([
        eb('customer_id', '=', customerId),
        eb.and([eb('customer_id', 'is', null), eb(eb.fn('lower', ['email']), '=', email.toLowerCase())]),
      ])

export function createCartRepo(db: Db) {
  return {
    db,
    findCart: (id: string, tx: Db = db, options: { forUpdate?: boolean } = {}) =>
      tx
        .selectFrom('cart')
        .selectAll()
        .where('id', '=', id)
        .$if(!!options.forUpdate, (q) => q.forUpdate())
        .executeTakeFirst(),
    findOpenCartOf: (customerId: string, tx: Db = db) =>
      tx
        .selectFrom('cart')
        .selectAll()
        .where('customer_id', '=', customerId)
        .where('completed_at', 'is', null)
        .where('expires_at', '>', new Date())
        .orderBy('updated_at', 'desc')
        .limit(1)
        .executeTakeFirst(),
    insertCart: (row: Insertable<CartTables['cart']>, tx: Db = db) => tx.insertInto('cart').values(row).execute(),
    updateCart: (id: string, patch: Updateable<CartTables['cart']>, tx: Db = db) =>
      tx
        .updateTable('cart')
        .set({ ...patch, updated_at: new Date() })
        .where('id', '=', id)
        .execute(),
    listItems: (cartId: string, tx: Db = db) =>
      tx.selectFrom('cart_item').selectAll().where('cart_id', '=', cartId).orderBy('created_at').orderBy('id').limit(1000).execute(),
    findItem: (cartId: string, itemId: string, tx: Db = db) =>
      tx.selectFrom('cart_item').selectAll().where('cart_id', '=', cartId).where('id', '=', itemId).executeTakeFirst(),
    findItemByVariant: (cartId: string, variantId: string, tx: Db = db) =>
      tx.selectFrom('cart_item').selectAll().where('cart_id', '=', cartId).where('variant_id', '=', variantId).executeTakeFirst(),
    insertItem: (row: Insertable<CartTables['cart_item']>, tx: Db = db) => tx.insertInto('cart_item').values(row).execute(),
    setItemQuantity: (itemId: string, quantity: number, tx: Db = db) =>
      tx.updateTable('cart_item').set({ quantity }).where('id', '=', itemId).execute(),
    deleteItem: (itemId: string, tx: Db = db) => tx.deleteFrom('cart_item').where('id', '=', itemId).execute(),

    cartsOfPerson: (customerId: string, email: string | null, tx: Db = db) =>
      tx.selectFrom('cart').selectAll().where(ofPerson(customerId, email)).orderBy('id').execute(),
    itemsOfCarts: (cartIds: string[], tx: Db = db) =>
      cartIds.length
        ? tx.selectFrom('cart_item').selectAll().where('cart_id', 'in', cartIds).orderBy('created_at').orderBy('id').execute()
        : Promise.resolve([]),
    /** Items go with their cart (on delete cascade). */
    deleteCartsOfPerson: async (customerId: string, email: string | null, tx: Db) =>
      (await tx.deleteFrom('cart').where(ofPerson(customerId, email)).returning('id').execute()).length,
    /** Carts of other accounts that carry this email (typed in by someone else) keep their items, not the email. */
    clearEmail: (email: string, tx: Db) =>
      tx
        .updateTable('cart')
        .set({ email: null, updated_at: new Date() })
        .where((eb) => eb(eb.fn('lower', ['email']), '=', email.toLowerCase()))
        .execute(),
  }
}

export type CartRepo = ReturnType<typeof createCartRepo>
