import type { ExpressionBuilder } from 'kysely'
import type { Db } from '../../platform/db/database.js'
import { redactValues } from '../../platform/scrub.js'
import type { Database } from '../../database.js'
import type { PostalAddress } from '../cart/tables.js'
import type { OrderRepo } from './repo.js'
import type { OrderView } from './schemas.js'

/** Who an erasure is about, and the values that identify them in free text (their email, names, phone, address lines). */
export interface ErasedPerson {
  customerId: string
  /**
   * The email whose guest orders are the person's too, and which orders of other accounts lose;
   * null when the account's address is not verified, so only the account's own orders are touched.
   */
  email: string | null
  values: string[]
}

/**
 * A person's orders: those of their account, and guest orders placed with their email (when one is
 * given). An order of another account that carries this email (typed in by that account's owner)
 * stays that account's.
 */
const ofPerson = (customerId: string, email: string | null) => (eb: ExpressionBuilder<Database, 'orders'>) =>
  email === null
    ? eb('customer_id', '=', customerId)
    : eb.or([
        eb('customer_id', '=', customerId),
        eb.and([eb('customer_id', 'is', null), eb(eb.fn('lower', ['email']), '=', email.toLowerCase())]),
      ])

/** The parts of an address that point at a person; the city and postal code alone do not, and are common words. */
export const identifyingValues = (address: Partial<PostalAddress> | null | undefined): string[] =>
  address
    ? [
        address.firstName,
        address.lastName,
        `${address.firstName ?? ''} ${address.lastName ?? ''}`,
        address.company,
        address.line1,
        address.line2,
        address.phone,
      ].filter((v): v is string => typeof v === 'string')
    : []

/**
 * The orders module's part of the privacy module's export and erasure. Orders are records the shop
 * must keep for accounting, so erasure anonymises them instead of deleting: totals, lines, taxes,
 * payments and history stay; who placed them and where they went do not (docs/privacy.md).
 */
export function createOrderPersonalData(deps: {
  repo: OrderRepo
  view: (orderId: string, audience: 'store' | 'admin') => Promise<OrderView>
}) {
  const { repo } = deps

  return {
    /** A person's orders as the store shows them (history without staff ids), oldest first. */
    async exportFor(customerId: string, email: string | null): Promise<OrderView[]> {
      const rows = await repo.db.selectFrom('orders').select('id').where(ofPerson(customerId, email)).orderBy('id').execute()
      const views: OrderView[] = []
      for (const { id } of rows) views.push(await deps.view(id, 'store'))
      return views
    },

    /**
     * Erasure, in the caller's transaction. The person's orders lose the email, the customer link and
     * both addresses (the order's own country_code stays: it is what the tax charged was based on),
     * get anonymized_at, and have the person's actor id and identifying values taken out of their
     * history and return requests. Orders of other accounts that carry this email lose the email only.
     * Returns the orders and the values searched for, so the payments of those orders can be redacted alike.
     */
    async anonymiseFor(tx: Db, person: ErasedPerson) {
      const orders = await tx
        .selectFrom('orders')
        .select(['id', 'shipping_address', 'billing_address', 'cancel_reason'])
        .where(ofPerson(person.customerId, person.email))
        .orderBy('id')
        .forUpdate()
        .execute()
      const ids = orders.map((o) => o.id)
      const values = [
        ...person.values,
        ...orders.flatMap((o) => [...identifyingValues(o.shipping_address), ...identifyingValues(o.billing_address)]),
      ]
      const redact = (text: string | null) => (text === null ? null : redactValues(text, values))
      const asCustomer = `customer:${person.customerId}`

      if (ids.length > 0) {
        const now = new Date()
        await tx
          .updateTable('orders')
          .set({ email: null, customer_id: null, shipping_address: null, billing_address: null, anonymized_at: now, updated_at: now })
          .where('id', 'in', ids)
          .execute()
        for (const order of orders) {
          const reason = redact(order.cancel_reason)
          if (reason !== order.cancel_reason)
            await tx.updateTable('orders').set({ cancel_reason: reason }).where('id', '=', order.id).execute()
        }
        for (const entry of await tx.selectFrom('order_history').select(['id', 'actor', 'reason']).where('order_id', 'in', ids).execute()) {
          const actor = entry.actor === asCustomer ? 'customer' : entry.actor
          const reason = redact(entry.reason)
          if (actor !== entry.actor || reason !== entry.reason)
            await tx.updateTable('order_history').set({ actor, reason }).where('id', '=', entry.id).execute()
        }
        for (const request of await tx
          .selectFrom('order_return')
          .select(['id', 'requested_by', 'reason'])
          .where('order_id', 'in', ids)
          .execute()) {
          const requestedBy = request.requested_by === asCustomer ? 'customer' : request.requested_by
          const reason = redact(request.reason)
          if (requestedBy !== request.requested_by || reason !== request.reason)
            await tx.updateTable('order_return').set({ requested_by: requestedBy, reason }).where('id', '=', request.id).execute()
        }
      }
      const email = person.email
      const others =
        email === null
          ? []
          : await tx
              .updateTable('orders')
              .set({ email: null, updated_at: new Date() })
              .where((eb) => eb(eb.fn('lower', ['email']), '=', email.toLowerCase()))
              .returning('id')
              .execute()
      return { orderIds: ids, otherAccountsOrders: others.length, values }
    },
  }
}
