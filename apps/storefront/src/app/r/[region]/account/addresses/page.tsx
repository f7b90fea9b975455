import type { Metadata } from 'next'
import { deleteAddress } from '@/actions/account'
import { AddressForm } from '@/components/account-forms'
import { requireCustomer } from '@/lib/account'
import { shopperApi } from '@/lib/api'
import { regions } from '@/lib/catalog'

export const metadata: Metadata = { title: 'Addresses', robots: { index: false } }

export default async function AddressesPage() {
  await requireCustomer('/account/addresses')
  const [{ data }, all] = await Promise.all([(await shopperApi()).GET('/store/me/addresses'), regions()])
  const countries = [...new Set(all.flatMap((r) => r.countries))].sort()
  return (
    <div className="space-y-10">
      <h1 className="text-2xl font-bold">Addresses</h1>
      <ul className="grid gap-4 sm:grid-cols-2">
        {(data?.items ?? []).map((a) => (
          <li key={a.id} className="rounded-lg border border-line p-4 text-sm">
            <address className="not-italic">
              {a.firstName} {a.lastName}
              <br />
              {a.line1}
              {a.line2 && (
                <>
                  <br />
                  {a.line2}
                </>
              )}
              <br />
              {a.postalCode} {a.city} {a.region ?? ''}
              <br />
              {a.countryCode}
            </address>
            {a.isDefaultShipping && <p className="mt-2 text-ok">Default shipping address</p>}
            <form action={deleteAddress} className="mt-2">
              <input type="hidden" name="addressId" value={a.id} />
              <button type="submit" className="text-danger underline underline-offset-4">
                Delete <span className="sr-only">the address at {a.line1}</span>
              </button>
            </form>
          </li>
        ))}
      </ul>
      <AddressForm countries={countries} />
    </div>
  )
}
