'use client'

import { useRouter } from 'next/navigation'
import { useEffect, useState } from 'react'

interface Statuses {
  status: string
  paymentStatus: string
  fulfillmentStatus: string
}

/**
 * Keeps the order page current: listens to the order's event stream and re-renders the page when
 * the order moves (paid, shipped, delivered, cancelled), without a reload.
 */
export function LiveOrderStatus({ orderId, shown }: { orderId: string; shown: Statuses }) {
  const router = useRouter()
  const [note, setNote] = useState('')
  useEffect(() => {
    const source = new EventSource(`/account/orders/${orderId}/live`)
    const differs = (s: Statuses) =>
      s.status !== shown.status || s.paymentStatus !== shown.paymentStatus || s.fulfillmentStatus !== shown.fulfillmentStatus
    source.addEventListener('status', (e) => {
      // A move between rendering and connecting is caught here.
      if (differs(JSON.parse((e as MessageEvent<string>).data) as Statuses)) router.refresh()
    })
    const moved = (message: string) => () => {
      setNote(message)
      router.refresh()
    }
    source.addEventListener('order.updated', moved('Your order was updated.'))
    source.addEventListener('fulfillment.shipped', moved('Your order has shipped.'))
    return () => source.close()
  }, [orderId, shown.status, shown.paymentStatus, shown.fulfillmentStatus, router])
  return (
    <p role="status" aria-live="polite" className="sr-only">
      {note}
    </p>
  )
}
