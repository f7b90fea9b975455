import type { Db } from '../../platform/db/database.js'
import { newId } from '../../platform/ids.js'
import type { PrivacyRepo } from './repo.js'
import type { ConsentsView } from './schemas.js'
import type { ConsentPurpose } from './tables.js'

export interface ConsentDecision {
  purpose: ConsentPurpose
  granted: boolean
  /** Where it was made: account, checkout, registration, admin. */
  source: string
}

/**
 * Consents: each decision is a new row with its time and source, so a withdrawal never erases the
 * grant it withdraws and the shop can show when and where a shopper agreed to what.
 */
export function createConsentService(deps: { repo: PrivacyRepo }) {
  const { repo } = deps

  async function view(customerId: string, tx: Db = repo.db): Promise<ConsentsView> {
    const rows = await repo.listConsents(customerId, tx)
    const latest = rows.filter((r) => r.purpose === 'marketing').at(-1)
    return {
      current: {
        marketing: latest
          ? { granted: latest.granted, source: latest.source, at: latest.at.toISOString() }
          : { granted: false, source: null, at: null },
      },
      history: rows.map((r) => ({ purpose: r.purpose, granted: r.granted, source: r.source, at: r.at.toISOString() })),
    }
  }

  return {
    view,

    /** Appends a decision in the caller's transaction (registration records the opt-in with the account). */
    record: (tx: Db, customerId: string, decision: ConsentDecision) =>
      repo.insertConsent({ id: newId('cons'), customer_id: customerId, ...decision }, tx),

    /** A shopper gives or withdraws a consent; answers with the state and the whole history. */
    async decide(customerId: string, decision: ConsentDecision): Promise<ConsentsView> {
      return repo.db.transaction().execute(async (tx) => {
        await repo.insertConsent({ id: newId('cons'), customer_id: customerId, ...decision }, tx)
        return view(customerId, tx)
      })
    },

    /**
     * Erasure deletes the history outright: consent is the legal basis for marketing to a person, and
     * once the person is gone there is no processing left for it to justify (docs/privacy.md).
     */
    eraseFor: (tx: Db, customerId: string) => repo.deleteConsents(customerId, tx),
  }
}

export type ConsentService = ReturnType<typeof createConsentService>
