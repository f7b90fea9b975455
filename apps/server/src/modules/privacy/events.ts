/** What the privacy module announces (versioned; see docs/events.md). */
export const PRIVACY_TOPICS = {
  customerErased: 'customer.erased',
} as const

/**
 * customer.erased v1: a customer's personal data was erased. It carries no personal data itself;
 * a consumer that keeps its own copy of customer data (a mailing list, a CRM, a search index)
 * deletes what it holds under this customer id.
 */
export interface CustomerErasedV1 {
  customerId: string
  /** ISO 8601, UTC. */
  at: string
}
