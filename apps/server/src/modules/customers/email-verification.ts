import type { Db } from '../../platform/db/database.js'
import { randomToken, sha256 } from '../../platform/crypto.js'
import type { Mailer } from '../../platform/mail/port.js'
import { conflict, invalid, notFound } from '../../problems.js'
import type { CustomerRepo } from './repo.js'

const VERIFICATION_TTL_MS = 48 * 3_600_000

/**
 * Email verification: proof that a customer receives mail at their account's address. Registration
 * takes any address, so until it is verified the address says nothing about who the person is, and
 * the privacy module does not treat guest orders under it as theirs (docs/privacy.md). A link
 * verifies the address it was mailed to, once, within 48 hours.
 */
export function createEmailVerification(deps: {
  repo: CustomerRepo
  mailer: Mailer
  storefrontUrl: string
  log: { error(obj: unknown, msg: string): void }
}) {
  const { repo } = deps

  /** Stores a fresh link's hash in `tx` and returns the mail to send once `tx` has committed. */
  async function issue(customer: { id: string; email: string }, tx: Db) {
    const token = randomToken()
    await repo.insertVerification(
      {
        token_hash: sha256(token),
        customer_id: customer.id,
        email: customer.email,
        expires_at: new Date(Date.now() + VERIFICATION_TTL_MS),
      },
      tx,
    )
    const link = `${deps.storefrontUrl}/account/verify-email?token=${encodeURIComponent(token)}`
    return {
      to: customer.email,
      subject: 'Confirm your email address',
      text: `Confirm that this is your address by opening this link (valid for 48 hours):\n${link}\n\nIf you did not create an account, ignore this message.`,
    }
  }

  /** Sends the mail; a mail failure is logged and never fails the request that asked for it. */
  async function send(mail: Awaited<ReturnType<typeof issue>>) {
    try {
      await deps.mailer.send(mail)
    } catch (error) {
      deps.log.error({ err: error }, 'email verification mail failed')
    }
  }

  return {
    issue,
    send,

    /** Mails a fresh link to a signed-in customer whose address is not verified yet (409 once it is). */
    async resend(customerId: string) {
      const customer = await repo.findCustomerById(customerId)
      if (!customer) throw notFound('customer', customerId)
      if (customer.email_verified_at) throw conflict('The email address is already verified')
      await send(await issue(customer, repo.db))
    },

    /**
     * Verifies the address the token was mailed to, if it is still the account's. The token is spent
     * either way; an unknown, expired or spent token, or one for a previous address, is a 422.
     */
    async verify(token: string) {
      const outcome = await repo.db.transaction().execute(async (tx) => {
        const used = await repo.consumeVerification(sha256(token), tx)
        if (!used) return 'invalid' as const
        if (!(await repo.markEmailVerified(used.customer_id, used.email, tx))) return 'address-changed' as const
        await repo.retireVerifications(used.customer_id, tx)
        return 'verified' as const
      })
      if (outcome === 'invalid') throw invalid('/body/token', 'is invalid, expired or already used')
      if (outcome === 'address-changed') throw invalid('/body/token', 'was sent to an address that is no longer the account’s')
    },

    /** Housekeeping for the worker: links a day past expiry are kept no longer. */
    purgeStale: () => repo.deleteStaleVerifications(new Date(Date.now() - 24 * 3_600_000)),
  }
}

export type EmailVerification = ReturnType<typeof createEmailVerification>
