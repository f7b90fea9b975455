import type { Metadata } from 'next'
import { setMarketingConsent } from '@/actions/account'
import { EraseAccountForm } from '@/components/account-forms'
import { requireCustomer } from '@/lib/account'
import { shopperApi } from '@/lib/api'

export const metadata: Metadata = { title: 'Privacy and your data', robots: { index: false } }

export default async function PrivacyPage() {
  await requireCustomer('/account/privacy')
  const { data } = await (await shopperApi()).GET('/store/me/consents')
  const marketing = data?.current.marketing.granted ?? false
  return (
    <div className="max-w-2xl space-y-10">
      <h1 className="text-2xl font-bold">Privacy and your data</h1>
      <section aria-labelledby="consent" className="space-y-3">
        <h2 id="consent" className="text-lg font-semibold">
          Marketing email
        </h2>
        <p>{marketing ? 'You receive our news and offers.' : 'You do not receive marketing email.'}</p>
        <form action={setMarketingConsent}>
          <input type="hidden" name="granted" value={marketing ? 'false' : 'true'} />
          <button type="submit" className="rounded-md border border-ink px-4 py-2">
            {marketing ? 'Stop marketing email' : 'Send me news and offers'}
          </button>
        </form>
      </section>
      <section aria-labelledby="download" className="space-y-3">
        <h2 id="download" className="text-lg font-semibold">
          Download your data
        </h2>
        <p>Everything we hold about you (profile, addresses, orders, consents) as one JSON file.</p>
        <a href="/account/export" download className="inline-block rounded-md border border-ink px-4 py-2">
          Download my data
        </a>
      </section>
      <section aria-labelledby="delete" className="space-y-3">
        <h2 id="delete" className="text-lg font-semibold">
          Delete your account
        </h2>
        <p>
          Your account, addresses and personal details are erased and you are signed out everywhere. Orders stay in our books for tax law,
          without your name or address.
        </p>
        <EraseAccountForm />
      </section>
    </div>
  )
}
