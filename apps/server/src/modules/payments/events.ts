/** Payload of `payment.completed` (version 1): a payment was authorized and the order can go ahead. */
export interface PaymentCompletedV1 {
  paymentId: string
  orderId: string
  amount: number
  currency: string
  status: 'authorized'
}

/** Payload of `payment.failed` (version 1): the card was declined or the challenge failed. */
export interface PaymentFailedV1 {
  paymentId: string
  orderId: string
  amount: number
  currency: string
  status: 'failed'
  failureReason: string
}

export const PAYMENT_COMPLETED = 'payment.completed'
export const PAYMENT_FAILED = 'payment.failed'
