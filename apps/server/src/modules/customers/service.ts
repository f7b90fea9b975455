import type { Db } from '../../platform/db/database.js'
import { newId } from '../../platform/ids.js'
import { randomToken, sha256 } from '../../platform/crypto.js'
import { hashPassword, verifyPassword } from '../../platform/auth/passwords.js'
import type { Mailer } from '../../platform/mail/port.js'
import type { SessionStore } from '../../platform/sessions/port.js'
import { decodeCursor, pageFrom } from '../../platform/http/pagination.js'
import { Problem, conflict, invalid, notFound } from '../../problems.js'
import { createEmailVerification } from './email-verification.js'
import type { CustomerRepo } from './repo.js'
import { toAddressRow, toAddressView, toCustomerView, type AddressInput } from './views.js'

const RESET_TTL_MS = 60 * 60_000

export interface CustomerServiceDeps {
  repo: CustomerRepo
  mailer: Mailer
  sessions: SessionStore
  storefrontUrl: string
  log: { error(obj: unknown, msg: string): void }
  /** Records a consent decision in the caller's transaction (the privacy module keeps consents). */
  recordConsent?: (tx: Db, customerId: string, decision: { granted: boolean; source: string }) => Promise<unknown>
}

const MAX_ADDRESSES = 50

export function createCustomerService(deps: CustomerServiceDeps) {
  const { repo } = deps
  const verification = createEmailVerification(deps)

  async function ownAddress(customerId: string, addressId: string) {
    const address = await repo.findAddress(customerId, addressId)
    // Another customer's address is indistinguishable from one that does not exist.
    if (!address) throw notFound('address', addressId)
    return address
  }

  return {
    async register(input: {
      email: string
      password: string
      firstName?: string
      lastName?: string
      phone?: string
      marketingConsent?: boolean
    }) {
      if (await repo.findCustomerByEmail(input.email))
        throw conflict('An account with this email already exists; sign in or reset the password', [
          { pointer: '/body/email', detail: 'is taken' },
        ])
      const passwordHash = await hashPassword(input.password)
      // The account, the answer to the opt-in and the verification link exist together or not at all.
      const { row, mail } = await repo.db.transaction().execute(async (tx) => {
        const row = await repo.insertCustomer(
          {
            id: newId('cus'),
            email: input.email.trim(),
            password_hash: passwordHash,
            first_name: input.firstName?.trim() || null,
            last_name: input.lastName?.trim() || null,
            phone: input.phone?.trim() || null,
          },
          tx,
        )
        if (input.marketingConsent !== undefined && deps.recordConsent)
          await deps.recordConsent(tx, row.id, { granted: input.marketingConsent, source: 'registration' })
        return { row, mail: await verification.issue(row, tx) }
      })
      await verification.send(mail)
      return toCustomerView(row)
    },

    async authenticate(email: string, password: string) {
      const customer = await repo.findCustomerByEmail(email)
      if (!(await verifyPassword(customer?.password_hash, password)) || !customer) throw new Problem({ type: 'invalid-credentials' })
      return toCustomerView(customer)
    },

    async getCustomer(id: string, tx: Db = repo.db) {
      const row = await repo.findCustomerById(id, tx)
      if (!row) throw notFound('customer', id)
      return toCustomerView(row)
    },

    async listCustomers(limit: number, cursor: string | undefined, email?: string) {
      const after = decodeCursor(cursor, 1)?.[0] as string | undefined
      return pageFrom(await repo.listCustomers(limit, after, email), limit, toCustomerView, (row) => [row.id])
    },

    async updateProfile(id: string, patch: { firstName?: string | null; lastName?: string | null; phone?: string | null }) {
      const row = await repo.updateCustomer(id, { first_name: patch.firstName, last_name: patch.lastName, phone: patch.phone })
      if (!row) throw notFound('customer', id)
      return toCustomerView(row)
    },

    /** Changes the password and ends every session; the caller starts a fresh one. */
    async changePassword(id: string, currentPassword: string, newPassword: string) {
      const customer = await repo.findCustomerById(id)
      if (!customer) throw notFound('customer', id)
      if (!(await verifyPassword(customer.password_hash, currentPassword)))
        throw invalid('/body/currentPassword', 'is not your current password')
      const passwordHash = await hashPassword(newPassword)
      await repo.db.transaction().execute(async (tx) => {
        await repo.updateCustomer(id, { password_hash: passwordHash }, tx)
        await repo.retireResets(id, tx)
      })
      await deps.sessions.revokeAllFor('customer', id)
    },

    /**
     * Always answers the same way, whether or not the email has an account, and sends the mail
     * off the request path so timing does not tell either.
     */
    async requestPasswordReset(email: string) {
      const customer = await repo.findCustomerByEmail(email)
      if (!customer) return
      const token = randomToken()
      await repo.insertReset({ token_hash: sha256(token), customer_id: customer.id, expires_at: new Date(Date.now() + RESET_TTL_MS) })
      const link = `${deps.storefrontUrl}/account/reset-password?token=${encodeURIComponent(token)}`
      deps.mailer
        .send({
          to: customer.email,
          subject: 'Reset your password',
          text: `Someone asked to reset the password of your account.\n\nSet a new one here (valid for one hour):\n${link}\n\nIf it was not you, ignore this message.`,
        })
        .catch((error: unknown) => deps.log.error({ err: error }, 'password reset mail failed'))
    },

    async resetPassword(token: string, newPassword: string) {
      // Hashed before the transaction: argon2 takes tens of milliseconds and must not hold the database.
      const passwordHash = await hashPassword(newPassword)
      const customerId = await repo.db.transaction().execute(async (tx) => {
        const used = await repo.consumeReset(sha256(token), tx)
        if (!used) throw invalid('/body/token', 'is invalid, expired or already used')
        // The link was mailed to the account's address, so using it proves the address too.
        await repo.updateCustomer(used.customer_id, { password_hash: passwordHash, email_verified_at: new Date() }, tx)
        await repo.retireResets(used.customer_id, tx)
        return used.customer_id
      })
      await deps.sessions.revokeAllFor('customer', customerId)
    },

    /** Housekeeping for the worker: reset links a day past expiry are kept no longer. */
    async purgeStaleResets() {
      await repo.deleteStaleResets(new Date(Date.now() - 24 * 3_600_000))
    },

    /** Verifies the account's address with the mailed token (422 at /body/token when it cannot). */
    verifyEmail: verification.verify,
    /** Mails a signed-in customer a fresh verification link (409 when the address is already verified). */
    requestEmailVerification: verification.resend,
    /** Housekeeping for the worker: verification links a day past expiry are kept no longer. */
    async purgeStaleVerifications() {
      await verification.purgeStale()
    },

    async listAddresses(customerId: string) {
      return { items: (await repo.listAddresses(customerId)).map(toAddressView), nextCursor: null }
    },

    async getAddress(customerId: string, addressId: string) {
      return toAddressView(await ownAddress(customerId, addressId))
    },

    async addAddress(customerId: string, input: AddressInput) {
      if ((await repo.countAddresses(customerId)) >= MAX_ADDRESSES) throw conflict(`An account keeps at most ${MAX_ADDRESSES} addresses`)
      return repo.db.transaction().execute(async (tx) => {
        await repo.clearDefaultFlags(customerId, { shipping: input.isDefaultShipping, billing: input.isDefaultBilling }, tx)
        const row = await repo.insertAddress({ id: newId('addr'), customer_id: customerId, ...toAddressRow(input) }, tx)
        return toAddressView(row)
      })
    },

    async updateAddress(customerId: string, addressId: string, patch: Partial<AddressInput>) {
      await ownAddress(customerId, addressId)
      return repo.db.transaction().execute(async (tx) => {
        await repo.clearDefaultFlags(customerId, { shipping: patch.isDefaultShipping, billing: patch.isDefaultBilling }, tx)
        const row = await repo.updateAddress(customerId, addressId, toAddressRow(patch), tx)
        return toAddressView(row!)
      })
    },

    async deleteAddress(customerId: string, addressId: string) {
      if (!(await repo.deleteAddress(customerId, addressId))) throw notFound('address', addressId)
    },

    /** The profile and saved addresses, for the person's data export; never the password hash or reset links. */
    async personalData(customerId: string) {
      const row = await repo.findCustomerById(customerId)
      if (!row) throw notFound('customer', customerId)
      return { profile: toCustomerView(row), addresses: (await repo.listAddresses(customerId)).map(toAddressView) }
    },

    /** A signed-in session is not enough to erase an account: a borrowed or stolen browser must not do it. */
    async confirmPassword(customerId: string, password: string) {
      const row = await repo.findCustomerById(customerId)
      if (!row) throw notFound('customer', customerId)
      if (!(await verifyPassword(row.password_hash, password))) throw invalid('/body/password', 'is not your current password')
    },

    /**
     * Locks the customer for an erasure running in `tx` and returns what identifies them, so the other
     * modules can find their traces (email, when verified) and free text can be searched for their names.
     */
    async lockForErasure(tx: Db, customerId: string) {
      const row = await repo.lockCustomer(customerId, tx)
      if (!row) throw notFound('customer', customerId)
      return { profile: toCustomerView(row), addresses: (await repo.listAddresses(customerId, tx)).map(toAddressView) }
    },

    /** Deletes the customer, their addresses, password reset and verification links, in the erasure's transaction. */
    async erase(tx: Db, customerId: string) {
      const addresses = await repo.deleteAddresses(customerId, tx)
      await repo.deleteResets(customerId, tx)
      await repo.deleteVerifications(customerId, tx)
      await repo.deleteCustomer(customerId, tx)
      return { addresses }
    },
  }
}

export type CustomerService = ReturnType<typeof createCustomerService>
