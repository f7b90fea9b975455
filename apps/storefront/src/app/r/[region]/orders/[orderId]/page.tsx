import type { Metadata } from 'next'
import { notFound } from 'next/navigation'
import { isOrderId } from '@/lib/ids'
import { OrderDetails } from '@/components/order-details'
import { orderForShopper } from '@/lib/order-access'

type Props = { params: Promise<{ orderId: string }> }

export const metadata: Metadata = { title: 'Your order', robots: { index: false } }

/** The confirmation a shopper lands on after checkout (guests through the cookie checkout set). */
export default async function OrderPage({ params }: Props) {
  const { orderId } = await params
  if (!isOrderId(orderId)) notFound()
  const order = await orderForShopper(orderId)
  if (!order) notFound()
  return <OrderDetails order={order} heading={`Thank you! Order #${order.number}`} />
}
