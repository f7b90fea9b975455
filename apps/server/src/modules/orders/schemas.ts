import { Type, type Static } from 'typebox'
import { Email, Id, IsoTime } from '../../platform/http/schemas.js'
import { PageQuery } from '../../platform/http/pagination.js'
import { Currency, MinorUnits } from '../catalog/schemas.js'
import { PostalAddress } from '../cart/schemas.js'
import { FULFILLMENT_STATUSES, ORDER_STATUSES } from './state-machine.js'

const Money = Type.Integer({ description: 'Minor units of the order’s currency' })
const Nullable = <T extends Parameters<typeof Type.Union>[0][number]>(schema: T) => Type.Union([schema, Type.Null()])
const OrderStatus = Type.Enum(ORDER_STATUSES)
const FulfillmentStatus = Type.Enum(FULFILLMENT_STATUSES)

export const OrderParams = Type.Object({ orderId: Id('ord') })
export const FulfillmentParams = Type.Object({ orderId: Id('ord'), fulfillmentId: Id('ful') })
export const ReturnParams = Type.Object({ orderId: Id('ord'), returnId: Id('ret') })

export const OrderLineView = Type.Object({
  id: Type.String(),
  variantId: Nullable(Type.String()),
  productId: Nullable(Type.String()),
  sku: Nullable(Type.String()),
  title: Type.String(),
  variantTitle: Type.String(),
  thumbnail: Nullable(Type.String()),
  quantity: Type.Integer(),
  unitPrice: Money,
  subtotal: Money,
  discount: Money,
  tax: Money,
  total: Money,
  fulfilledQuantity: Type.Integer(),
  returnedQuantity: Type.Integer(),
})

export const OrderPaymentView = Type.Object({
  id: Type.String(),
  provider: Type.String(),
  status: Type.String(),
  amount: Money,
  authorizedAmount: Money,
  capturedAmount: Money,
  refundedAmount: Money,
  card: Nullable(Type.Object({ brand: Type.String(), last4: Type.String(), expMonth: Type.Integer(), expYear: Type.Integer() })),
  nextAction: Nullable(Type.Object({ type: Type.Literal('redirect'), url: Type.String() })),
  failureReason: Nullable(Type.String()),
})

export const FulfillmentView = Type.Object({
  id: Type.String(),
  status: Type.String(),
  carrier: Nullable(Type.String()),
  trackingNumber: Nullable(Type.String()),
  trackingUrl: Nullable(Type.String()),
  items: Type.Array(Type.Object({ lineId: Type.String(), quantity: Type.Integer() })),
  createdAt: IsoTime,
  shippedAt: Nullable(IsoTime),
  deliveredAt: Nullable(IsoTime),
})

export const ReturnView = Type.Object({
  id: Type.String(),
  status: Type.String(),
  reason: Nullable(Type.String()),
  restock: Type.Boolean(),
  refundAmount: Nullable(Money),
  items: Type.Array(Type.Object({ lineId: Type.String(), quantity: Type.Integer() })),
  createdAt: IsoTime,
  receivedAt: Nullable(IsoTime),
  refundedAt: Nullable(IsoTime),
})

export const HistoryEntryView = Type.Object({
  field: Type.String(),
  from: Nullable(Type.String()),
  to: Nullable(Type.String()),
  /** customer, staff, system or provider; the admin also sees who (`staff:stf_…`). */
  actor: Type.String(),
  reason: Nullable(Type.String()),
  at: IsoTime,
})

export const OrderView = Type.Object({
  id: Type.String(),
  number: Type.Integer(),
  status: OrderStatus,
  paymentStatus: Type.String(),
  fulfillmentStatus: FulfillmentStatus,
  email: Nullable(Type.String()),
  customerId: Nullable(Type.String()),
  regionId: Type.String(),
  currency: Type.String(),
  countryCode: Type.String(),
  pricesIncludeTax: Type.Boolean(),
  items: Type.Array(OrderLineView),
  shipping: Type.Object({
    optionId: Nullable(Type.String()),
    method: Nullable(Type.String()),
    amount: Money,
    discount: Money,
    tax: Money,
    total: Money,
  }),
  shippingAddress: Nullable(PostalAddress),
  billingAddress: Nullable(PostalAddress),
  promotionCode: Nullable(Type.String()),
  promotions: Type.Array(Type.Object({ id: Type.String(), code: Type.Optional(Type.String()), amount: Money })),
  totals: Type.Object({
    subtotal: Money,
    discountTotal: Money,
    shippingTotal: Money,
    taxTotal: Money,
    total: Money,
    capturedTotal: Money,
    refundedTotal: Money,
  }),
  payments: Type.Array(OrderPaymentView),
  fulfillments: Type.Array(FulfillmentView),
  returns: Type.Array(ReturnView),
  history: Type.Array(HistoryEntryView),
  cancelReason: Nullable(Type.String()),
  placedAt: IsoTime,
  canceledAt: Nullable(IsoTime),
})
export type OrderView = Static<typeof OrderView>

export const OrderSummaryView = Type.Object({
  id: Type.String(),
  number: Type.Integer(),
  status: OrderStatus,
  paymentStatus: Type.String(),
  fulfillmentStatus: FulfillmentStatus,
  email: Nullable(Type.String()),
  customerId: Nullable(Type.String()),
  currency: Type.String(),
  total: Money,
  itemCount: Type.Integer(),
  placedAt: IsoTime,
})
export type OrderSummaryView = Static<typeof OrderSummaryView>

export const StoreOrderQuery = Type.Object({ ...PageQuery })

export const AdminOrderQuery = Type.Object({
  ...PageQuery,
  status: Type.Optional(OrderStatus),
  paymentStatus: Type.Optional(Type.String({ maxLength: 40 })),
  fulfillmentStatus: Type.Optional(FulfillmentStatus),
  customerId: Type.Optional(Id('cus')),
  email: Type.Optional(Type.String({ maxLength: 254 })),
  number: Type.Optional(Type.Integer({ minimum: 1 })),
  currency: Type.Optional(Currency),
  placedFrom: Type.Optional(IsoTime),
  placedTo: Type.Optional(IsoTime),
  totalMin: Type.Optional(MinorUnits),
  totalMax: Type.Optional(MinorUnits),
})
export type AdminOrderQuery = Static<typeof AdminOrderQuery>

export const GuestLookupBody = Type.Object({ orderId: Id('ord'), email: Email })

const LineQuantities = Type.Array(Type.Object({ lineId: Id('oline'), quantity: Type.Integer({ minimum: 1, maximum: 1000 }) }), {
  minItems: 1,
  maxItems: 500,
})

export const CancelBody = Type.Object({ reason: Type.String({ minLength: 1, maxLength: 500 }) })
export const CaptureBody = Type.Object({
  amount: Type.Optional(
    Type.Integer({ minimum: 1, maximum: 100_000_000_00, description: 'Default: all that is authorized and not captured' }),
  ),
})
export const RefundBody = Type.Object({
  amount: Type.Integer({ minimum: 1, maximum: 100_000_000_00 }),
  reason: Type.String({ minLength: 1, maxLength: 500 }),
})
export const FulfillBody = Type.Object({
  items: LineQuantities,
  carrier: Type.Optional(Type.String({ minLength: 1, maxLength: 100 })),
  trackingNumber: Type.Optional(Type.String({ minLength: 1, maxLength: 100 })),
  trackingUrl: Type.Optional(Type.String({ format: 'uri', maxLength: 500 })),
  /** Ship at once (the parcel left with the carrier); otherwise it is packed and shipped later. */
  ship: Type.Optional(Type.Boolean()),
})
export const ShipBody = Type.Object({
  carrier: Type.Optional(Type.String({ minLength: 1, maxLength: 100 })),
  trackingNumber: Type.Optional(Type.String({ minLength: 1, maxLength: 100 })),
  trackingUrl: Type.Optional(Type.String({ format: 'uri', maxLength: 500 })),
})
export const ReturnBody = Type.Object({
  items: LineQuantities,
  reason: Type.Optional(Type.String({ maxLength: 500 })),
  restock: Type.Optional(Type.Boolean()),
})
/** A shopper asks; whether the goods go back on the shelf is for staff to decide when they arrive. */
export const StoreReturnBody = Type.Object({ items: LineQuantities, reason: Type.Optional(Type.String({ maxLength: 500 })) })
export const ReturnRefundBody = Type.Object({
  amount: Type.Optional(Type.Integer({ minimum: 0, maximum: 100_000_000_00, description: 'Default: what the returned units cost' })),
})
export const NoteBody = Type.Object({ note: Type.String({ minLength: 1, maxLength: 2000 }) })
