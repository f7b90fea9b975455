import type { Metadata } from 'next'
import { notFound } from 'next/navigation'
import { isOrderId } from '@/lib/ids'
import { OrderDetails } from '@/components/order-details'
import { LiveOrderStatus } from '@/components/live-order-status'
import { requireCustomer } from '@/lib/account'
import { orderForShopper } from '@/lib/order-access'

type Props = { params: Promise<{ orderId: string }> }

export const metadata: Metadata = { title: 'Order', robots: { index: false } }

/** One of the signed-in shopper's orders (the link in order mail lands here). */
export default async function AccountOrderPage({ params }: Props) {
  const { orderId } = await params
  await requireCustomer(`/account/orders/${orderId}`)
  if (!isOrderId(orderId)) notFound()
  const order = await orderForShopper(orderId)
  if (!order) notFound()
  return (
    <>
      <OrderDetails order={order} heading={`Order #${order.number}`} />
      <LiveOrderStatus
        orderId={order.id}
        shown={{ status: order.status, paymentStatus: order.paymentStatus, fulfillmentStatus: order.fulfillmentStatus }}
      />
    </>
  )
}
