import { createHmac } from 'node:crypto'
import { safeEqual } from '../../platform/crypto.js'

export const SIGNATURE_HEADER = 'shopstack-signature'
/** How far a signature's timestamp may be from now; older deliveries are refused as replays. */
export const SIGNATURE_TOLERANCE_SECONDS = 300

export type SignatureCheck = { ok: true } | { ok: false; reason: 'missing' | 'malformed' | 'timestamp' | 'mismatch' }

const hmac = (secret: string, timestamp: number | string, rawBody: string) =>
  createHmac('sha256', secret).update(`${timestamp}.${rawBody}`).digest('hex')

/** `t=<unix seconds>,v1=<hex HMAC-SHA256(secret, "<t>.<raw body>")>`: the timestamp is signed too, so it cannot be moved. */
export function signatureHeader(secret: string, rawBody: string, nowSeconds = Math.floor(Date.now() / 1000)): string {
  return `t=${nowSeconds},v1=${hmac(secret, nowSeconds, rawBody)}`
}

/**
 * Verifies a signature header against the exact bytes received (a re-serialised body would not
 * match). Several v1 entries are allowed so a sender can sign with an old and a new secret while
 * the secret is rotated; each is compared in constant time.
 */
export function verifySignature(
  secret: string,
  rawBody: string,
  header: string | string[] | undefined,
  nowSeconds = Math.floor(Date.now() / 1000),
): SignatureCheck {
  const value = Array.isArray(header) ? header[0] : header
  if (!value) return { ok: false, reason: 'missing' }
  const parts = value.split(',').map((part) => part.trim().split('='))
  const timestamps = parts.filter(([key]) => key === 't').map(([, v]) => v ?? '')
  const signatures = parts.filter(([key, v]) => key === 'v1' && v && /^[0-9a-f]{64}$/.test(v)).map(([, v]) => v!)
  if (timestamps.length !== 1 || !/^\d{1,12}$/.test(timestamps[0]!) || signatures.length === 0) return { ok: false, reason: 'malformed' }
  const timestamp = Number(timestamps[0])
  if (Math.abs(nowSeconds - timestamp) > SIGNATURE_TOLERANCE_SECONDS) return { ok: false, reason: 'timestamp' }
  const expected = hmac(secret, timestamps[0]!, rawBody)
  // Every candidate is compared, so the time taken does not say which one (if any) matched.
  const matched = signatures.map((signature) => safeEqual(signature, expected)).includes(true)
  return matched ? { ok: true } : { ok: false, reason: 'mismatch' }
}
