import type { Metadata } from 'next'
import { ResetForm, ResetRequestForm } from '@/components/account-forms'

export const metadata: Metadata = { title: 'Reset your password', robots: { index: false } }

type Props = { searchParams: Promise<{ token?: string }> }

/** Without a token: ask for the link. With one (from the mail): choose the new password. */
export default async function ResetPasswordPage({ searchParams }: Props) {
  const { token } = await searchParams
  return (
    <div className="mx-auto max-w-md space-y-6">
      <h1 className="text-2xl font-bold">{token ? 'Choose a new password' : 'Reset your password'}</h1>
      {token ? <ResetForm token={token} /> : <ResetRequestForm />}
    </div>
  )
}
