import type { Metadata } from 'next'
import { notFound } from 'next/navigation'
import { answerChallenge } from '@/actions/challenge'
import { shopperApi } from '@/lib/api'
import { money } from '@/lib/money'

export const metadata: Metadata = { title: 'Confirm your payment', robots: { index: false } }

type Props = { params: Promise<{ reference: string }>; searchParams: Promise<{ order?: string }> }

/**
 * The test card processor's "bank" page for a card that asks the holder to confirm (3-D Secure);
 * with a real processor the shopper goes to their bank's page instead.
 */
export default async function AuthenticatePage({ params, searchParams }: Props) {
  const { reference } = await params
  const { order } = await searchParams
  if (!/^tch_[0-9A-Za-z]{10,40}$/.test(reference) || !order) notFound()
  const { data } = await (await shopperApi()).GET('/store/payments/test/challenges/{reference}', { params: { path: { reference } } })
  if (!data) notFound()
  return (
    <div className="mx-auto max-w-md space-y-6 py-12 text-center">
      <h1 className="text-2xl font-bold">Confirm your payment</h1>
      <p>
        Your card issuer asks you to confirm a payment of <strong>{money(data.amount, data.currency)}</strong>.
      </p>
      {data.status === 'requires_action' ? (
        <div className="flex justify-center gap-4">
          {[true, false].map((approve) => (
            <form key={String(approve)} action={answerChallenge}>
              <input type="hidden" name="reference" value={reference} />
              <input type="hidden" name="orderId" value={order} />
              <input type="hidden" name="approve" value={String(approve)} />
              <button
                type="submit"
                className={approve ? 'rounded-md bg-brand px-4 py-2 font-semibold text-paper' : 'rounded-md border border-ink px-4 py-2'}
              >
                {approve ? 'Confirm' : 'Decline'}
              </button>
            </form>
          ))}
        </div>
      ) : (
        <p className="text-muted">This payment is already {data.status.replace(/_/g, ' ')}.</p>
      )}
    </div>
  )
}
