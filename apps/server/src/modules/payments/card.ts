import type { FieldProblem } from '../../problems.js'

export type CardBrand = 'visa' | 'mastercard' | 'amex' | 'discover' | 'diners' | 'jcb' | 'unionpay' | 'unknown'

/** What a shopper types into a card form. The number (PAN) and CVC live only as long as the request. */
export interface CardInput {
  number: string
  cvc: string
  expMonth: number
  expYear: number
  holderName?: string
}

/** The card without its secrets: all that is ever kept. */
export interface CardSummary {
  brand: CardBrand
  last4: string
  expMonth: number
  expYear: number
}

/** The digits of a card number as typed; spaces between groups are allowed, anything else is not. */
export function cardDigits(number: string): string | undefined {
  const digits = number.replace(/ /g, '')
  return /^\d{12,19}$/.test(digits) ? digits : undefined
}

/** The Luhn (mod 10) check every card number carries in its last digit; catches typos, not fraud. */
export function luhnValid(digits: string): boolean {
  let sum = 0
  for (let i = 0; i < digits.length; i++) {
    let digit = Number(digits[digits.length - 1 - i])
    if (i % 2 === 1) {
      digit *= 2
      if (digit > 9) digit -= 9
    }
    sum += digit
  }
  return sum % 10 === 0
}

const inRange = (digits: string, length: number, low: number, high: number) => {
  const prefix = Number(digits.slice(0, length))
  return prefix >= low && prefix <= high
}

/** The card network, from the issuer prefix (IIN ranges as the networks publish them). */
export function cardBrand(digits: string): CardBrand {
  if (digits.startsWith('4')) return 'visa'
  if (inRange(digits, 2, 51, 55) || inRange(digits, 4, 2221, 2720)) return 'mastercard'
  if (inRange(digits, 2, 34, 34) || inRange(digits, 2, 37, 37)) return 'amex'
  if (digits.startsWith('6011') || digits.startsWith('65') || inRange(digits, 3, 644, 649) || inRange(digits, 6, 622126, 622925))
    return 'discover'
  if (inRange(digits, 4, 3528, 3589)) return 'jcb'
  if (inRange(digits, 3, 300, 305) || digits.startsWith('36') || inRange(digits, 2, 38, 39)) return 'diners'
  if (digits.startsWith('62')) return 'unionpay'
  return 'unknown'
}

/**
 * Checks a card as typed and returns its summary, or every field problem at once. Problem details
 * never repeat what was sent: an error message is a place card numbers leak from.
 */
export function checkCard(card: CardInput, now = new Date()): { summary: CardSummary; digits: string } | { problems: FieldProblem[] } {
  const problems: FieldProblem[] = []
  const digits = cardDigits(card.number)
  if (!digits) problems.push({ pointer: '/body/number', detail: 'must be 12 to 19 digits (spaces allowed)' })
  else if (!luhnValid(digits)) problems.push({ pointer: '/body/number', detail: 'is not a valid card number' })
  if (!/^\d{3,4}$/.test(card.cvc)) problems.push({ pointer: '/body/cvc', detail: 'must be 3 or 4 digits' })
  if (!Number.isInteger(card.expMonth) || card.expMonth < 1 || card.expMonth > 12)
    problems.push({ pointer: '/body/expMonth', detail: 'must be a month from 1 to 12' })
  else if (expired(card.expMonth, card.expYear, now)) problems.push({ pointer: '/body/expYear', detail: 'the card has expired' })
  if (problems.length > 0 || !digits) return { problems }
  return { summary: { brand: cardBrand(digits), last4: digits.slice(-4), expMonth: card.expMonth, expYear: card.expYear }, digits }
}

/** A card is good through the last day of its expiry month (UTC). */
export function expired(expMonth: number, expYear: number, now = new Date()): boolean {
  const year = now.getUTCFullYear()
  return expYear < year || (expYear === year && expMonth < now.getUTCMonth() + 1)
}
