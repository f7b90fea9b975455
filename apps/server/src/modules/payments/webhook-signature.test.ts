import { describe, expect, it } from 'vitest'
import { signatureHeader, verifySignature, SIGNATURE_TOLERANCE_SECONDS } from './webhook-signature.js'

const SECRET = 'whsec-test-0123456789abcdef0123456789abcdef'
const BODY = '{"id":"tevt_1","type":"charge.authorized","data":{"reference":"tch_1"}}'
const NOW = 1_780_000_000

describe('webhook signatures', () => {
  it('accepts a body signed with the secret, now', () => {
    expect(verifySignature(SECRET, BODY, signatureHeader(SECRET, BODY, NOW), NOW)).toEqual({ ok: true })
  })

  it('has the documented shape: t=<unix seconds>,v1=<hex HMAC-SHA256 of "<t>.<body>">', () => {
    expect(signatureHeader(SECRET, BODY, NOW)).toMatch(new RegExp(`^t=${NOW},v1=[0-9a-f]{64}$`))
  })

  it('refuses a forged signature, another secret, and a body changed after signing', () => {
    const forged = `t=${NOW},v1=${'ab'.repeat(32)}`
    expect(verifySignature(SECRET, BODY, forged, NOW)).toEqual({ ok: false, reason: 'mismatch' })
    expect(verifySignature(SECRET, BODY, signatureHeader('another-secret', BODY, NOW), NOW)).toEqual({ ok: false, reason: 'mismatch' })
    const tampered = BODY.replace('authorized', 'failed')
    expect(verifySignature(SECRET, tampered, signatureHeader(SECRET, BODY, NOW), NOW)).toEqual({ ok: false, reason: 'mismatch' })
  })

  it('refuses a signature whose timestamp was moved (the timestamp is signed too)', () => {
    const header = signatureHeader(SECRET, BODY, NOW).replace(`t=${NOW}`, `t=${NOW + 10}`)
    expect(verifySignature(SECRET, BODY, header, NOW)).toEqual({ ok: false, reason: 'mismatch' })
  })

  it('refuses a delivery older or newer than the tolerance, however well signed', () => {
    const old = signatureHeader(SECRET, BODY, NOW - SIGNATURE_TOLERANCE_SECONDS - 1)
    expect(verifySignature(SECRET, BODY, old, NOW)).toEqual({ ok: false, reason: 'timestamp' })
    const future = signatureHeader(SECRET, BODY, NOW + SIGNATURE_TOLERANCE_SECONDS + 1)
    expect(verifySignature(SECRET, BODY, future, NOW)).toEqual({ ok: false, reason: 'timestamp' })
    const edge = signatureHeader(SECRET, BODY, NOW - SIGNATURE_TOLERANCE_SECONDS)
    expect(verifySignature(SECRET, BODY, edge, NOW)).toEqual({ ok: true })
  })

  it('lets a replay inside the tolerance verify: the event id, recorded once, is what stops it', () => {
    const header = signatureHeader(SECRET, BODY, NOW)
    expect(verifySignature(SECRET, BODY, header, NOW + 60)).toEqual({ ok: true })
    expect(verifySignature(SECRET, BODY, header, NOW + SIGNATURE_TOLERANCE_SECONDS + 60)).toEqual({ ok: false, reason: 'timestamp' })
  })

  it('rejects a missing or malformed header', () => {
    expect(verifySignature(SECRET, BODY, undefined, NOW)).toEqual({ ok: false, reason: 'missing' })
    expect(verifySignature(SECRET, BODY, '', NOW)).toEqual({ ok: false, reason: 'missing' })
    for (const header of ['v1=abc', `t=${NOW}`, `t=soon,v1=${'a'.repeat(64)}`, `t=${NOW},v1=XYZ`, `t=${NOW},t=${NOW},v1=${'a'.repeat(64)}`])
      expect(verifySignature(SECRET, BODY, header, NOW), header).toEqual({ ok: false, reason: 'malformed' })
  })

  it('accepts any one of several v1 signatures, as while a secret is rotated', () => {
    const good = signatureHeader(SECRET, BODY, NOW).split(',v1=')[1]
    expect(verifySignature(SECRET, BODY, `t=${NOW},v1=${'0'.repeat(64)},v1=${good}`, NOW)).toEqual({ ok: true })
  })

  it('reads the first value when a header arrives twice', () => {
    expect(verifySignature(SECRET, BODY, [signatureHeader(SECRET, BODY, NOW), 'junk'], NOW)).toEqual({ ok: true })
  })
})
