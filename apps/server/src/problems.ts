/**
 * The one error type a client ever sees, and the catalogue of its `type` slugs.
 * RFC 9457: `type` is a URI; ours are `https://shopstack.dev/problems/<slug>`.
 * Services throw Problem; the HTTP error handler writes it as application/problem+json.
 */
export const PROBLEM_TYPES = {
  validation: { status: 422, title: 'Validation failed', when: 'A field is present but its value breaks a rule.' },
  'bad-request': {
    status: 400,
    title: 'Bad request',
    when: 'The request cannot be parsed or misses required parts (malformed JSON, wrong shape).',
  },
  unauthenticated: { status: 401, title: 'Authentication required', when: 'No valid session or API token was presented.' },
  forbidden: { status: 403, title: 'Forbidden', when: 'The caller is known but may not do this.' },
  csrf: {
    status: 403,
    title: 'CSRF token missing or wrong',
    when: 'A cookie-authenticated write came without the session’s X-CSRF-Token header.',
  },
  'not-found': { status: 404, title: 'Not found', when: 'The resource does not exist, or the caller may not know that it does.' },
  conflict: {
    status: 409,
    title: 'Conflict',
    when: 'The request clashes with current state (a unique handle or SKU is taken, an illegal transition).',
  },
  'out-of-stock': {
    status: 409,
    title: 'Out of stock',
    when: 'A reservation asked for more units than are available; errors[] names each short line.',
  },
  'promotion-unavailable': {
    status: 409,
    title: 'Promotion unavailable',
    when: 'A checkout used a promotion that reached its usage limit (in total or for this customer) meanwhile.',
  },
  'payload-too-large': { status: 413, title: 'Payload too large', when: 'The body is above the configured limit.' },
  'unsupported-media-type': { status: 415, title: 'Unsupported media type', when: 'The Content-Type is not one this route reads.' },
  'invalid-credentials': {
    status: 401,
    title: 'Invalid email or password',
    when: 'A sign-in failed; deliberately the same for unknown email and wrong password.',
  },
  'too-many-requests': { status: 429, title: 'Too many requests', when: 'A rate limit was reached; Retry-After says when to try again.' },
  'import-invalid': {
    status: 422,
    title: 'Import file has errors',
    when: 'A CSV import found bad rows; nothing was imported; errors[] names each row and column.',
  },
  'payment-declined': {
    status: 402,
    title: 'Payment declined',
    when: 'The card was declined at checkout (detail says why); no order was kept open and the stock was released.',
  },
  'invalid-signature': {
    status: 400,
    title: 'Invalid signature',
    when: 'A payment webhook’s signature header is missing, malformed, forged, or its timestamp is outside the tolerance.',
  },
  'payment-provider-error': {
    status: 502,
    title: 'Payment provider error',
    when: 'The payment provider could not be reached or refused a capture, void or refund (the payment is as it was before), or a checkout could not authorize the card (nothing was charged; the cart is back).',
  },
  internal: { status: 500, title: 'Internal server error', when: 'A bug or an unavailable dependency. No detail is ever leaked.' },
  unavailable: { status: 503, title: 'Service unavailable', when: 'A dependency (database, Redis) is not reachable.' },
} as const

export type ProblemType = keyof typeof PROBLEM_TYPES

/** A problem with one field; `pointer` is a JSON Pointer into the request (`/body/title`, `/query/limit`). */
export interface FieldProblem {
  pointer: string
  detail: string
}

export class Problem extends Error {
  readonly type: ProblemType
  readonly status: number
  readonly title: string
  readonly detail: string | undefined
  readonly errors: FieldProblem[] | undefined
  readonly headers: Record<string, string> | undefined

  constructor(init: { type: ProblemType; detail?: string; errors?: FieldProblem[]; status?: number; headers?: Record<string, string> }) {
    const entry = PROBLEM_TYPES[init.type]
    super(init.detail ?? entry.title)
    this.type = init.type
    this.status = init.status ?? entry.status
    this.title = entry.title
    this.detail = init.detail
    this.errors = init.errors
    this.headers = init.headers
  }

  toJSON(instance?: string) {
    return {
      type: `https://shopstack.dev/problems/${this.type}`,
      title: this.title,
      status: this.status,
      ...(this.detail ? { detail: this.detail } : {}),
      ...(instance ? { instance } : {}),
      ...(this.errors ? { errors: this.errors } : {}),
    }
  }
}

export const notFound = (what: string, id?: string) =>
  new Problem({ type: 'not-found', detail: id ? `No ${what} ${id}` : `No such ${what}` })

export const conflict = (detail: string, errors?: FieldProblem[]) => new Problem({ type: 'conflict', detail, errors })

export const invalid = (pointer: string, detail: string) => new Problem({ type: 'validation', detail, errors: [{ pointer, detail }] })

export const unauthenticated = () => new Problem({ type: 'unauthenticated' })

export const forbidden = (detail?: string) => new Problem({ type: 'forbidden', detail })
