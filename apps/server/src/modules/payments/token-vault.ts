import { randomBytes } from 'node:crypto'
import type { Db } from '../../platform/db/database.js'
import { sha256 } from '../../platform/crypto.js'
import { Problem, invalid } from '../../problems.js'
import { checkCard, type CardInput, type CardSummary } from './card.js'
import type { CardTokenView } from './schemas.js'
import { TEST_PROVIDER, testBehaviourOf } from './test-cards.js'

/** A token is worth having for the length of a checkout, not longer. */
export const TOKEN_TTL_MS = 30 * 60_000

/** A card as checkout may charge it: the summary and what the test provider is to do with it. */
export interface VaultedCard extends CardSummary {
  provider: string
  testBehaviour: string | null
}

/**
 * Card tokens: the card number is checked and then forgotten. What is kept is a hash of the token
 * (a stolen table yields nothing to charge with), the brand, last four digits and expiry, and the
 * test provider's behaviour for the number. A token is single use and expires.
 */
export function createTokenVault(deps: { db: Db; provider: string }) {
  const { db } = deps

  return {
    async tokenize(card: CardInput): Promise<CardTokenView> {
      const checked = checkCard(card)
      if ('problems' in checked)
        throw new Problem({
          type: 'validation',
          detail: checked.problems.map((p) => `${p.pointer} ${p.detail}`).join('; '),
          errors: checked.problems,
        })
      const { summary, digits } = checked
      // Hex so the token matches the id pattern checkout validates (`ptok_` + letters and digits).
      const token = `ptok_${randomBytes(24).toString('hex')}`
      const expiresAt = new Date(Date.now() + TOKEN_TTL_MS)
      await db
        .insertInto('payment_token')
        .values({
          token_hash: sha256(token),
          provider: deps.provider,
          brand: summary.brand,
          last4: summary.last4,
          exp_month: summary.expMonth,
          exp_year: summary.expYear,
          test_behaviour: deps.provider === TEST_PROVIDER ? testBehaviourOf(digits) : null,
          expires_at: expiresAt,
        })
        .execute()
      return { token, ...summary, expiresAt: expiresAt.toISOString() }
    },

    /**
     * Spends a token inside the caller's transaction: one conditional UPDATE, so a token raced by
     * two checkouts pays for one of them only.
     */
    async consume(tx: Db, token: string): Promise<VaultedCard> {
      const row = await tx
        .updateTable('payment_token')
        .set({ used_at: new Date() })
        .where('token_hash', '=', sha256(token))
        .where('used_at', 'is', null)
        .where('expires_at', '>', new Date())
        .returningAll()
        .executeTakeFirst()
      if (!row) throw invalid('/body/paymentToken', 'is unknown, expired or already used')
      return {
        provider: row.provider,
        brand: row.brand as CardSummary['brand'],
        last4: row.last4,
        expMonth: row.exp_month,
        expYear: row.exp_year,
        testBehaviour: row.test_behaviour,
      }
    },

    /** Forgets tokens a day past their expiry (used ones included: their payment keeps the card summary). */
    async purgeExpired(olderThanMs = 24 * 3_600_000) {
      await db
        .deleteFrom('payment_token')
        .where('expires_at', '<', new Date(Date.now() - olderThanMs))
        .execute()
    },
  }
}

export type TokenVault = ReturnType<typeof createTokenVault>
