import type { Db } from '../../platform/db/database.js'
import type { Outbox } from '../../platform/events/outbox.js'
import type { Idempotency } from '../../platform/idempotency/idempotency.js'
import type { SessionStore } from '../../platform/sessions/port.js'
import type { AttemptLimiter } from '../../platform/rate-limit/port.js'
import { accountThrottleKey } from '../../platform/auth/sign-in.js'
import type { AuditService } from '../audit/service.js'
import type { CartService } from '../cart/service.js'
import type { CustomerService } from '../customers/service.js'
import type { OrderService } from '../orders/service.js'
import type { PaymentService } from '../payments/service.js'
import type { PromotionService } from '../promotions/service.js'
import type { ConsentService } from './consents.js'
import { PRIVACY_TOPICS, type CustomerErasedV1 } from './events.js'
import type { ConsentsView, ErasureView, PersonalDataExport } from './schemas.js'

export interface PrivacyServiceDeps {
  db: Db
  consents: ConsentService
  customers: Pick<CustomerService, 'getCustomer' | 'personalData' | 'confirmPassword' | 'lockForErasure' | 'erase'>
  cart: Pick<CartService, 'cartsOf' | 'eraseCartsOf'>
  orders: Pick<OrderService, 'exportFor' | 'anonymiseFor'>
  payments: Pick<PaymentService, 'listForOrder' | 'redactFor'>
  promotions: Pick<PromotionService, 'usesOf' | 'forgetShopper'>
  /** The session store in use first; any other listed store may still hold sessions from before a switch. */
  sessionStores: SessionStore[]
  outbox: Pick<Outbox, 'emit' | 'forget'>
  idempotency: Pick<Idempotency, 'forget'>
  audit: Pick<AuditService, 'record'>
  /** The dev mailbox; mail sent over SMTP is not kept by the shop. */
  mailbox: { forget(address: string): Promise<number> }
  limiter: AttemptLimiter
  log: { error(obj: unknown, msg: string): void }
}

/** Who asked for an erasure: the customer themself, or staff (whose request the audit hook records). */
export type ErasureRequester = { kind: 'customer'; requestId?: string } | { kind: 'staff' }

/**
 * The email under which guest orders, carts and promotion uses count as the person's, or null when
 * only what is linked to the account counts. Registration does not prove that the person owns the
 * address they typed, so a customer's own request reaches guest data under it only once the address
 * is verified; staff verify the person's identity out of band before they act (docs/privacy.md).
 */
function matchingEmail(profile: { email: string; emailVerified: boolean }, by: 'customer' | 'staff'): string | null {
  return by === 'staff' || profile.emailVerified ? profile.email : null
}

interface AddressLike {
  firstName?: string | null
  lastName?: string | null
  company?: string | null
  line1?: string | null
  line2?: string | null
  phone?: string | null
}

/** Strings that name a person in free text: their names, phone and address lines. */
function identifyingValues(profile: AddressLike, addresses: AddressLike[]): string[] {
  return [profile, ...addresses]
    .flatMap((a) => [
      a.firstName,
      a.lastName,
      a.firstName && a.lastName ? `${a.firstName} ${a.lastName}` : null,
      a.company,
      a.line1,
      a.line2,
      a.phone,
    ])
    .filter((v): v is string => typeof v === 'string' && v.length > 0)
}

/**
 * The GDPR rights over one customer's data, across the modules that hold it: the export (art. 15
 * and 20) and the erasure (art. 17). Each module reads and erases its own tables through its
 * service; this module decides what goes into the file and runs the erasure as one transaction.
 * What is kept, and why, is written down in docs/privacy.md.
 */
export function createPrivacyService(deps: PrivacyServiceDeps) {
  const { consents, customers, cart, orders, payments, promotions, outbox, idempotency } = deps

  async function revokeSessions(customerId: string) {
    for (const store of deps.sessionStores) await store.revokeAllFor('customer', customerId)
  }

  const service = {
    /**
     * Everything held about one customer, as the export file's document (404 for an unknown customer).
     * `by` says who asked: the customer's own file has guest data under their email only once it is verified.
     */
    async exportFor(customerId: string, by: 'customer' | 'staff'): Promise<PersonalDataExport> {
      const { profile, addresses } = await customers.personalData(customerId)
      const email = matchingEmail(profile, by)
      const [consentView, carts, orderViews, promotionUses] = await Promise.all([
        consents.view(customerId),
        cart.cartsOf(customerId, email),
        orders.exportFor(customerId, email),
        promotions.usesOf(customerId, email),
      ])
      const paymentList = []
      for (const order of orderViews) paymentList.push(...(await payments.listForOrder(order.id)))
      const sessions = []
      for (const store of deps.sessionStores) sessions.push(...(await store.listFor('customer', customerId)))
      return {
        format: 'shopstack.personal-data-export',
        version: 1,
        exportedAt: new Date().toISOString(),
        customer: profile,
        addresses,
        consents: consentView,
        carts,
        // Payments are listed once, on their own, with the card reduced to brand and last four digits.
        orders: orderViews.map(({ payments: _payments, ...order }) => order),
        payments: paymentList.map((p) => ({
          id: p.id,
          orderId: p.orderId,
          provider: p.provider,
          status: p.status,
          currency: p.currency,
          amount: p.amount,
          authorizedAmount: p.authorizedAmount,
          capturedAmount: p.capturedAmount,
          refundedAmount: p.refundedAmount,
          card: p.card ? { brand: p.card.brand, last4: p.card.last4 } : null,
          createdAt: p.createdAt,
        })),
        promotionUses,
        sessions: sessions.map((s) => ({
          createdAt: s.createdAt?.toISOString() ?? null,
          expiresAt: s.expiresAt.toISOString(),
          ip: s.ip,
          userAgent: s.userAgent,
        })),
      }
    },

    /** A customer's consents as staff see them (404 for an unknown customer). */
    async consentsOf(customerId: string): Promise<ConsentsView> {
      await customers.getCustomer(customerId)
      return consents.view(customerId)
    },

    /**
     * Erases a customer's personal data. Everything in the database changes in one transaction: the
     * customer, their addresses, consents, carts, reset and verification links are deleted; their
     * orders are kept for the accounts but anonymised, with the reasons of their payment operations
     * redacted; promotion uses, events and stored idempotent answers stop pointing at them;
     * customer.erased goes out. Guest data under the email is the person's only as `matchingEmail`
     * says. Sessions end before (so a failure there erases nothing) and again after (a sign-in that
     * raced the transaction); the dev mailbox and the sign-in counter are files and keys outside the
     * database, cleared after the commit.
     */
    async erase(customerId: string, requester: ErasureRequester): Promise<ErasureView> {
      await revokeSessions(customerId)
      const erasedAt = new Date()
      const { counts, profile, email } = await deps.db.transaction().execute(async (tx) => {
        const { profile, addresses } = await customers.lockForErasure(tx, customerId)
        const email = matchingEmail(profile, requester.kind)
        const consentsDeleted = await consents.eraseFor(tx, customerId)
        const cartsDeleted = await cart.eraseCartsOf(tx, customerId, email)
        const promotionUsesUnlinked = await promotions.forgetShopper(tx, customerId, email)
        // The account's own email is searched for in free text either way: on its own orders it is the person's.
        const values = [profile.email, ...identifyingValues(profile, addresses)]
        const anonymised = await orders.anonymiseFor(tx, { customerId, email, values })
        await payments.redactFor(tx, anonymised.orderIds, anonymised.values)
        const erased = await customers.erase(tx, customerId)
        // Before customer.erased is written: that event names the customer id on purpose.
        const keys = email === null ? [customerId] : [email, customerId]
        const events = await outbox.forget(tx, keys)
        const idempotencyKeysDeleted = await idempotency.forget(tx, keys)
        const counts = {
          addressesDeleted: erased.addresses,
          consentsDeleted,
          cartsDeleted,
          ordersAnonymized: anonymised.orderIds.length,
          promotionUsesUnlinked,
          eventsDeleted: events.deleted,
          eventsScrubbed: events.scrubbed,
          idempotencyKeysDeleted,
        }
        // Staff erasures are recorded by the audit hook with the staff member; a customer's own is
        // recorded here, without their IP address, which would be personal data kept after the fact.
        if (requester.kind === 'customer')
          await deps.audit.record(
            {
              actorKind: 'customer',
              actorId: customerId,
              action: 'customer.erase',
              targetType: 'customer',
              targetId: customerId,
              requestId: requester.requestId ?? null,
              details: counts,
            },
            tx,
          )
        await outbox.emit<CustomerErasedV1>(tx, PRIVACY_TOPICS.customerErased, { customerId, at: erasedAt.toISOString() })
        return { counts, profile, email }
      })

      // The erasure has committed; a failure below must not report it as failed, only be seen.
      let mailDeleted = 0
      try {
        await revokeSessions(customerId)
        // Mail to an unverified address may be another person's (a guest's order mail), like their orders.
        if (email !== null) mailDeleted = await deps.mailbox.forget(email)
        await deps.limiter.reset(accountThrottleKey('customer', profile.email))
      } catch (error) {
        deps.log.error({ err: error, customerId }, 'clean-up after an erasure failed; sessions were already ended before it')
      }
      return { customerId, erasedAt: erasedAt.toISOString(), ...counts, mailDeleted }
    },

    /** A shopper erases their own account, confirming with their password (422 at /body/password when wrong). */
    async eraseOwnAccount(customerId: string, password: string, requestId?: string): Promise<ErasureView> {
      await customers.confirmPassword(customerId, password)
      return service.erase(customerId, { kind: 'customer', requestId })
    },
  }
  return service
}

export type PrivacyService = ReturnType<typeof createPrivacyService>
