import type { Metadata } from 'next'
import Link from 'next/link'
import { signOut } from '@/actions/account'
import { RegisterForm, SignInForm } from '@/components/account-forms'
import { currentCustomer } from '@/lib/account'
import { shopperApi } from '@/lib/api'
import { money } from '@/lib/money'

export const metadata: Metadata = { title: 'Your account', robots: { index: false } }

type Props = { searchParams: Promise<{ next?: string }> }

export default async function AccountPage({ searchParams }: Props) {
  const customer = await currentCustomer()
  if (!customer)
    return (
      <div className="grid gap-12 md:grid-cols-2">
        <SignInForm next={(await searchParams).next} />
        <RegisterForm />
      </div>
    )
  const { data } = await (await shopperApi()).GET('/store/orders', { params: { query: { limit: 20 } } })
  const orders = data?.items ?? []
  return (
    <div className="space-y-10">
      <div className="flex flex-wrap items-center justify-between gap-4">
        <div>
          <h1 className="text-2xl font-bold">Hello{customer.firstName ? `, ${customer.firstName}` : ''}</h1>
          <p className="text-muted">{customer.email}</p>
        </div>
        <form action={signOut}>
          <button type="submit" className="rounded-md border border-line px-4 py-2">
            Sign out
          </button>
        </form>
      </div>
      <nav aria-label="Account" className="flex flex-wrap gap-4">
        <Link href="/account/addresses" className="underline underline-offset-4">
          Addresses
        </Link>
        <Link href="/account/privacy" className="underline underline-offset-4">
          Privacy and your data
        </Link>
      </nav>
      <section aria-labelledby="orders">
        <h2 id="orders" className="mb-3 text-xl font-semibold">
          Your orders
        </h2>
        {orders.length === 0 ? (
          <p className="text-muted">No orders yet.</p>
        ) : (
          <table className="w-full text-left text-sm">
            <thead className="border-b border-line">
              <tr>
                <th className="py-2">Order</th>
                <th>Placed</th>
                <th>Status</th>
                <th className="text-right">Total</th>
              </tr>
            </thead>
            <tbody>
              {orders.map((o) => (
                <tr key={o.id} className="border-b border-line">
                  <td className="py-2">
                    <Link href={`/account/orders/${o.id}`} className="underline underline-offset-4">
                      #{o.number}
                    </Link>
                  </td>
                  <td>{new Date(o.placedAt).toLocaleDateString('en-US', { dateStyle: 'medium' })}</td>
                  <td>{o.status}</td>
                  <td className="text-right">{money(o.total, o.currency)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </section>
    </div>
  )
}
