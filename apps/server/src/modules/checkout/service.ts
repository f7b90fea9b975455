import type { FastifyBaseLogger } from 'fastify'
import type { Db } from '../../platform/db/database.js'
import type { Idempotency } from '../../platform/idempotency/idempotency.js'
import { requestHash } from '../../platform/idempotency/idempotency.js'
import { newId } from '../../platform/ids.js'
import { Problem, conflict, type FieldProblem } from '../../problems.js'
import type { CartService, Shopper } from '../cart/service.js'
import type { PricedCart } from '../cart/price-cart.js'
import type { InventoryService } from '../inventory/service.js'
import type { OrderService } from '../orders/service.js'
import type { OrderPayments, PaymentSnapshot } from '../orders/payments-port.js'
import type { OrderView } from '../orders/schemas.js'
import { shopperKeyOf, type PromotionService } from '../promotions/service.js'

export interface CheckoutInput {
  cartId: string
  /** From the payment provider's tokenization; absent only when the order costs nothing. */
  paymentToken?: string
}

export interface CheckoutResult {
  order: OrderView
  payment: { id: string; status: string; nextAction: PaymentSnapshot['nextAction'] } | null
}

/** What is missing before a cart can become an order; pointers name the cart's fields. */
function readiness(priced: PricedCart, input: CheckoutInput): FieldProblem[] {
  const { cart, lines, totals } = priced
  const missing: FieldProblem[] = []
  if (lines.length === 0) missing.push({ pointer: '/cart/items', detail: 'the cart is empty' })
  if (!cart.email) missing.push({ pointer: '/cart/email', detail: 'is required' })
  if (!cart.shipping_address) missing.push({ pointer: '/cart/shippingAddress', detail: 'is required' })
  if (!cart.shipping_option_id) missing.push({ pointer: '/cart/shippingOptionId', detail: 'is required' })
  else if (!totals.shipping.available) missing.push({ pointer: '/cart/shippingOptionId', detail: 'cannot carry this cart' })
  if (totals.total > 0 && !input.paymentToken) missing.push({ pointer: '/body/paymentToken', detail: 'is required' })
  return missing
}

/**
 * Checkout: a cart becomes an order. In one transaction the cart is locked and priced afresh, the
 * promotions' uses are counted, the stock is reserved, the order and its payment are written, and
 * the cart is closed; any refusal rolls all of it back. The card is authorized after the commit (a
 * provider call never holds a transaction open), and the payment's outcome moves the order.
 * The whole exchange runs once per Idempotency-Key: racing retries get the first answer.
 */
export function createCheckoutService(deps: {
  db: Db
  cart: CartService
  orders: OrderService
  inventory: InventoryService
  promotions: PromotionService
  payments: OrderPayments
  idempotency: Idempotency
  emailOfCustomer: (customerId: string, tx: Db) => Promise<string | null>
  log: FastifyBaseLogger
}) {
  const { db, cart, orders, inventory, promotions, payments, idempotency, log } = deps

  async function place(shopper: Shopper, input: CheckoutInput): Promise<{ statusCode: number; body: CheckoutResult }> {
    const orderId = newId('ord')
    const actor = shopper.customerId ? `customer:${shopper.customerId}` : 'guest'
    const payment = await db.transaction().execute(async (tx) => {
      const priced = await cart.lockForCheckout(shopper, input.cartId, tx)
      if (!priced.cart.email && shopper.customerId) priced.cart.email = await deps.emailOfCustomer(shopper.customerId, tx)
      const missing = readiness(priced, input)
      if (missing.length > 0) throw new Problem({ type: 'validation', detail: 'The cart is not ready for checkout', errors: missing })
      if (priced.unavailable.length > 0)
        throw conflict(
          'Some items in the cart are no longer sold; remove them to continue',
          priced.unavailable.map((item) => ({ pointer: `/cart/items/${item.id}`, detail: 'is no longer available' })),
        )
      const { totals } = priced
      // The shopper expects the code they entered: charging without it would change the price under them.
      if (priced.cart.promotion_code && totals.rejectedCode)
        throw new Problem({
          type: 'promotion-unavailable',
          detail: `The code ${priced.cart.promotion_code} cannot be used on this cart (${totals.rejectedCode}); remove it to continue`,
          errors: [{ pointer: '/cart/promotionCode', detail: totals.rejectedCode }],
        })
      await promotions.redeem(tx, {
        orderId,
        shopperKey: shopperKeyOf(shopper.customerId, priced.cart.email),
        email: priced.cart.email,
        applied: totals.appliedPromotions.filter((p) => p.code !== undefined || p.amount > 0),
      })
      await inventory.reserve(
        tx,
        priced.lines.map(({ item }) => ({ variantId: item.variant_id, quantity: item.quantity })),
        { reference: orderId },
      )
      await orders.create(tx, priced, { orderId, customerId: shopper.customerId, actor })
      await cart.complete(priced.cart.id, tx)
      if (totals.total === 0) {
        const order = await orders.lock(orderId, tx)
        await orders.move(tx, order, { status: 'confirmed', payment_status: 'not_required' }, 'system', 'nothing to pay')
        return null
      }
      return payments.createPayment(tx, { orderId, amount: totals.total, currency: priced.cart.currency, token: input.paymentToken! })
    })

    let outcome = payment
    if (payment) {
      let asked = true
      try {
        outcome = await payments.authorize(payment.id)
        // Still pending after asking: the processor could not be reached and gave no answer.
        asked = outcome.status !== 'pending'
      } catch (error) {
        log.error({ err: error, orderId, paymentId: payment.id }, 'authorization failed to complete')
        asked = false
      }
      if (!asked) {
        // Undo the placement and say so, rather than leave an order the shopper cannot pay and a
        // cart they cannot find. A hold the processor made anyway is voided when it reports it.
        await orders.abandonUnauthorized(orderId)
        await payments.voidPayment(payment.id, 'system').catch((error: unknown) => log.error({ err: error }, 'void failed'))
        throw new Problem({
          type: 'payment-provider-error',
          detail: 'The payment could not be processed just now; nothing was charged and the cart is as it was. Try again.',
        })
      }
    }
    if (outcome?.status === 'failed')
      throw new Problem({
        type: 'payment-declined',
        detail: declineMessage(outcome.failureReason),
        errors: [{ pointer: '/body/paymentToken', detail: outcome.failureReason ?? 'declined' }],
      })
    return {
      statusCode: 201,
      body: {
        order: await orders.view(orderId, 'store'),
        payment: outcome ? { id: outcome.id, status: outcome.status, nextAction: outcome.nextAction } : null,
      },
    }
  }

  return {
    checkout(shopper: Shopper, input: CheckoutInput, idempotencyKey: string) {
      const hash = requestHash({ input, customerId: shopper.customerId })
      return idempotency.run<CheckoutResult>('checkout', idempotencyKey, hash, () => place(shopper, input))
    },
  }
}

function declineMessage(reason: string | null): string {
  switch (reason) {
    case 'insufficient_funds':
      return 'The card was declined: insufficient funds. Try another card.'
    case 'authentication_failed':
      return 'The card’s security check was not completed. Try again or use another card.'
    case 'expired_card':
      return 'The card has expired. Try another card.'
    default:
      return 'The card was declined. Try another card.'
  }
}

export type CheckoutService = ReturnType<typeof createCheckoutService>
