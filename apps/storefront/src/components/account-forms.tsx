'use client'

import Link from 'next/link'
import { useActionState } from 'react'
import { register, requestPasswordReset, resetPassword, signIn, eraseAccount, saveAddress, type FormResult } from '@/actions/account'
import { FormMessage } from './form-message'

const input = 'mt-1 w-full rounded-md border border-line px-3 py-2'
const button = 'rounded-md bg-brand px-4 py-2 font-semibold text-paper hover:bg-brand-dark disabled:bg-muted'

function Field({ name, label, ...props }: { name: string; label: string } & React.InputHTMLAttributes<HTMLInputElement>) {
  const id = `${props.form ?? ''}${name}-${label.replace(/\W/g, '')}`
  return (
    <div>
      <label htmlFor={id} className="block text-sm font-medium">
        {label}
      </label>
      <input id={id} name={name} required className={input} {...props} />
    </div>
  )
}

export function SignInForm({ next }: { next?: string }) {
  const [result, action, pending] = useActionState<FormResult, FormData>(signIn, null)
  return (
    <form action={action} className="space-y-4" aria-labelledby="sign-in">
      <h2 id="sign-in" className="text-xl font-semibold">
        Sign in
      </h2>
      <Field name="email" label="Email" type="email" autoComplete="email" />
      <Field name="password" label="Password" type="password" autoComplete="current-password" />
      <input type="hidden" name="next" value={next ?? ''} />
      <FormMessage result={result} />
      <div className="flex items-center gap-4">
        <button type="submit" disabled={pending} className={button}>
          Sign in
        </button>
        <Link href="/account/reset-password" className="text-sm underline underline-offset-4">
          Forgot your password?
        </Link>
      </div>
    </form>
  )
}

export function RegisterForm() {
  const [result, action, pending] = useActionState<FormResult, FormData>(register, null)
  return (
    <form action={action} className="space-y-4" aria-labelledby="register">
      <h2 id="register" className="text-xl font-semibold">
        Create an account
      </h2>
      <div className="grid gap-4 sm:grid-cols-2">
        <Field name="firstName" label="First name" autoComplete="given-name" required={false} />
        <Field name="lastName" label="Last name" autoComplete="family-name" required={false} />
      </div>
      <Field name="email" label="Email address" type="email" autoComplete="email" />
      <Field name="password" label="Choose a password (8 characters or more)" type="password" autoComplete="new-password" minLength={8} />
      <label className="flex items-center gap-2 text-sm">
        <input type="checkbox" name="marketing" /> Email me news and offers (you can change this at any time)
      </label>
      <FormMessage result={result} />
      <button type="submit" disabled={pending} className={button}>
        Create account
      </button>
    </form>
  )
}

export function ResetRequestForm() {
  const [result, action, pending] = useActionState<FormResult, FormData>(requestPasswordReset, null)
  return (
    <form action={action} className="space-y-4">
      <Field name="email" label="Email" type="email" autoComplete="email" />
      <FormMessage result={result} />
      <button type="submit" disabled={pending} className={button}>
        Email me a link
      </button>
    </form>
  )
}

export function ResetForm({ token }: { token: string }) {
  const [result, action, pending] = useActionState<FormResult, FormData>(resetPassword, null)
  return (
    <form action={action} className="space-y-4">
      <input type="hidden" name="token" value={token} />
      <Field name="password" label="New password (8 characters or more)" type="password" autoComplete="new-password" minLength={8} />
      <FormMessage result={result} />
      <button type="submit" disabled={pending} className={button}>
        Set password
      </button>
      {result?.ok && (
        <Link href="/account" className="ml-4 underline underline-offset-4">
          Sign in
        </Link>
      )}
    </form>
  )
}

export function AddressForm({ countries }: { countries: string[] }) {
  const [result, action, pending] = useActionState<FormResult, FormData>(saveAddress, null)
  const names = new Intl.DisplayNames(['en'], { type: 'region' })
  return (
    <form action={action} className="grid gap-4 sm:grid-cols-2" aria-labelledby="new-address">
      <h2 id="new-address" className="text-lg font-semibold sm:col-span-2">
        Add an address
      </h2>
      <Field name="firstName" label="First name" autoComplete="given-name" />
      <Field name="lastName" label="Last name" autoComplete="family-name" />
      <div className="sm:col-span-2">
        <Field name="line1" label="Address" autoComplete="address-line1" />
      </div>
      <div className="sm:col-span-2">
        <Field name="line2" label="Apartment, suite (optional)" autoComplete="address-line2" required={false} />
      </div>
      <Field name="city" label="City" autoComplete="address-level2" />
      <Field name="region" label="State or province (optional)" autoComplete="address-level1" required={false} />
      <Field name="postalCode" label="Postal code" autoComplete="postal-code" />
      <div>
        <label htmlFor="address-country" className="block text-sm font-medium">
          Country
        </label>
        <select id="address-country" name="countryCode" className={input} autoComplete="country">
          {countries.map((c) => (
            <option key={c} value={c}>
              {names.of(c) ?? c}
            </option>
          ))}
        </select>
      </div>
      <label className="flex items-center gap-2 text-sm sm:col-span-2">
        <input type="checkbox" name="default" /> Use as my default shipping address
      </label>
      <div className="sm:col-span-2">
        <FormMessage result={result} />
        <button type="submit" disabled={pending} className={button}>
          Save address
        </button>
      </div>
    </form>
  )
}

export function EraseAccountForm() {
  const [result, action, pending] = useActionState<FormResult, FormData>(eraseAccount, null)
  return (
    <form action={action} className="space-y-3">
      <Field name="password" label="Your password, to confirm" type="password" autoComplete="current-password" />
      <FormMessage result={result} />
      <button type="submit" disabled={pending} className="rounded-md bg-danger px-4 py-2 font-semibold text-paper">
        Delete my account
      </button>
    </form>
  )
}
