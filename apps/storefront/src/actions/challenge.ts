'use server'

import { redirect } from 'next/navigation'
import { shopperApi } from '@/lib/api'
import { isOrderId } from '@/lib/ids'

const REFERENCE = /^tch_[0-9A-Za-z]{10,40}$/

/** The card holder's answer to the test processor's challenge; the order follows by the processor's webhook. */
export async function answerChallenge(form: FormData) {
  const reference = String(form.get('reference') ?? '')
  const orderId = String(form.get('orderId') ?? '')
  if (!REFERENCE.test(reference) || !isOrderId(orderId)) redirect('/')
  await (
    await shopperApi()
  ).POST('/store/payments/test/challenges/{reference}', {
    params: { path: { reference } },
    body: { approve: form.get('approve') === 'true' },
  })
  redirect(`/orders/${orderId}`)
}
