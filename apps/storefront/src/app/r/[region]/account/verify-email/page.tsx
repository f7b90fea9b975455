import type { Metadata } from 'next'
import Link from 'next/link'
import { shopperApi } from '@/lib/api'

export const metadata: Metadata = { title: 'Verify your email', robots: { index: false } }

type Props = { searchParams: Promise<{ token?: string }> }

/** The link mailed at registration lands here; the token is checked once. */
export default async function VerifyEmailPage({ searchParams }: Props) {
  const { token } = await searchParams
  const { error } = token ? await (await shopperApi()).POST('/store/auth/verify-email', { body: { token } }) : { error: true }
  return (
    <div className="mx-auto max-w-md space-y-4 py-12 text-center">
      <h1 className="text-2xl font-bold">{error ? 'This link does not work' : 'Your email is verified'}</h1>
      <p className="text-muted">{error ? 'It may have expired or been used already. Sign in to get a new one.' : 'Thank you.'}</p>
      <Link href="/account" className="underline underline-offset-4">
        Your account
      </Link>
    </div>
  )
}
