import { createHash, randomBytes, timingSafeEqual } from 'node:crypto'

/** 256 bits from the OS CSPRNG, URL-safe. */
export const randomToken = (bytes = 32) => randomBytes(bytes).toString('base64url')

export const sha256 = (value: string) => createHash('sha256').update(value).digest('hex')

/** Compares secrets in constant time, so response time says nothing about how much matched. */
export function safeEqual(a: string, b: string): boolean {
  const left = Buffer.from(a)
  const right = Buffer.from(b)
  return left.length === right.length && timingSafeEqual(left, right)
}
