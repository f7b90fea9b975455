/** The name the built-in test provider is registered under. */
export const TEST_PROVIDER = 'test'

/** What the test provider does when asked to authorize a card: decided by the card number alone. */
export type TestBehaviour = 'succeed' | 'decline' | 'insufficient_funds' | 'challenge'

/** The test provider's card numbers (docs/payments.md). Any other valid number succeeds. */
export const TEST_CARDS: Readonly<Record<string, TestBehaviour>> = {
  '4242424242424242': 'succeed',
  '4000000000000002': 'decline',
  '4000000000009995': 'insufficient_funds',
  '4000000000003220': 'challenge',
}

/** Read once, at tokenization: the number itself is gone by the time the provider is asked. */
export const testBehaviourOf = (digits: string): TestBehaviour => TEST_CARDS[digits] ?? 'succeed'

export const isTestBehaviour = (value: string | null): value is TestBehaviour =>
  value === 'succeed' || value === 'decline' || value === 'insufficient_funds' || value === 'challenge'
