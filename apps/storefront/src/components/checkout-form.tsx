'use client'

import { useRouter } from 'next/navigation'
import { useRef, useState, type FormEvent } from 'react'
import { placeOrder, saveCheckoutDetails, type CheckoutDetails } from '@/actions/checkout'
import type { ApiError } from '@/lib/api'
import { money } from '@/lib/money'

interface Props {
  apiUrl: string
  currency: string
  countries: string[]
  shippingOptions: { id: string; name: string; minDays: number; maxDays: number }[]
  initial: {
    email: string
    address: Partial<Record<keyof CheckoutDetails['address'], string | null>> | null
    shippingOptionId: string | null
  }
}

const countryName = (code: string) => new Intl.DisplayNames(['en'], { type: 'region' }).of(code) ?? code

/** Field errors from the API's problem document, by the field name they point at. */
function fieldErrors(error: ApiError | null): Record<string, string> {
  const out: Record<string, string> = {}
  for (const e of error?.errors ?? []) {
    const name = e.pointer.split('/').at(-1)
    if (name) out[name] = e.detail
  }
  return out
}

/**
 * Details, then payment. The card goes from this page straight to the API's vault, which answers a
 * one-time token; only the token reaches the storefront server, which places the order with it.
 */
export function CheckoutForm({ apiUrl, currency, countries, shippingOptions, initial }: Props) {
  const router = useRouter()
  const [error, setError] = useState<ApiError | null>(null)
  const [busy, setBusy] = useState(false)
  const [total, setTotal] = useState<number | null>(null)
  const attempt = useRef<string | null>(null)
  const errors = fieldErrors(error)
  const a = initial.address ?? {}

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault()
    const form = new FormData(event.currentTarget)
    const text = (name: string) => String(form.get(name) ?? '').trim()
    setBusy(true)
    setError(null)
    try {
      const saved = await saveCheckoutDetails({
        email: text('email'),
        address: {
          firstName: text('firstName'),
          lastName: text('lastName'),
          line1: text('line1'),
          line2: text('line2'),
          city: text('city'),
          region: text('region'),
          postalCode: text('postalCode'),
          countryCode: text('countryCode'),
          phone: text('phone'),
        },
        shippingOptionId: text('shippingOptionId'),
      })
      if (!saved.ok) return setError(saved.error)
      setTotal(saved.cart.totals.total)

      const [month, year] = text('expiry')
        .split('/')
        .map((p) => Number(p.trim()))
      const tokenAnswer = await fetch(`${apiUrl}/store/payments/tokens`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({
          number: text('cardNumber'),
          cvc: text('cvc'),
          expMonth: month,
          expYear: year !== undefined && year < 100 ? 2000 + year : year,
          holderName: text('holderName') || undefined,
        }),
      })
      const tokenBody = (await tokenAnswer.json()) as { token?: string } & ApiError
      if (!tokenAnswer.ok || !tokenBody.token) return setError({ ...tokenBody, status: tokenAnswer.status })

      attempt.current ??= crypto.randomUUID()
      const placed = await placeOrder({ paymentToken: tokenBody.token, idempotencyKey: attempt.current })
      // A refusal is final for this attempt: the next submit is a new one.
      attempt.current = null
      if (!placed.ok) return setError(placed.error)
      const testChallenge = placed.challengeUrl && /\/store\/payments\/test\/challenges\/(tch_\w+)$/.exec(placed.challengeUrl)
      if (testChallenge) router.push(`/checkout/authenticate/${testChallenge[1]}?order=${placed.orderId}`)
      else if (placed.challengeUrl) window.location.assign(placed.challengeUrl)
      else router.push(`/orders/${placed.orderId}`)
    } catch {
      setError({ status: 0, title: 'The shop could not be reached. Nothing was charged; try again.' })
    } finally {
      setBusy(false)
    }
  }

  const field = (name: string, label: string, props: React.InputHTMLAttributes<HTMLInputElement> = {}) => (
    <div>
      <label htmlFor={name} className="block text-sm font-medium">
        {label}
        {props.required === false ? <span className="text-muted"> (optional)</span> : null}
      </label>
      <input
        id={name}
        name={name}
        required
        aria-invalid={errors[name] ? true : undefined}
        aria-describedby={errors[name] ? `${name}-error` : undefined}
        className="mt-1 w-full rounded-md border border-line px-3 py-2"
        {...props}
      />
      {errors[name] && (
        <p id={`${name}-error`} className="mt-1 text-sm text-danger">
          {errors[name]}
        </p>
      )}
    </div>
  )

  return (
    <form onSubmit={submit} className="space-y-8" noValidate={false}>
      <fieldset className="space-y-4">
        <legend className="mb-2 text-lg font-semibold">Contact</legend>
        {field('email', 'Email', { type: 'email', autoComplete: 'email', defaultValue: initial.email })}
      </fieldset>
      <fieldset className="grid gap-4 sm:grid-cols-2">
        <legend className="mb-2 text-lg font-semibold">Shipping address</legend>
        {field('firstName', 'First name', { autoComplete: 'given-name', defaultValue: a.firstName ?? undefined })}
        {field('lastName', 'Last name', { autoComplete: 'family-name', defaultValue: a.lastName ?? undefined })}
        <div className="sm:col-span-2">
          {field('line1', 'Address', { autoComplete: 'address-line1', defaultValue: a.line1 ?? undefined })}
        </div>
        <div className="sm:col-span-2">
          {field('line2', 'Apartment, suite', { autoComplete: 'address-line2', required: false, defaultValue: a.line2 ?? undefined })}
        </div>
        {field('city', 'City', { autoComplete: 'address-level2', defaultValue: a.city ?? undefined })}
        {field('region', 'State or province', { autoComplete: 'address-level1', required: false, defaultValue: a.region ?? undefined })}
        {field('postalCode', 'Postal code', { autoComplete: 'postal-code', defaultValue: a.postalCode ?? undefined })}
        <div>
          <label htmlFor="countryCode" className="block text-sm font-medium">
            Country
          </label>
          <select
            id="countryCode"
            name="countryCode"
            required
            defaultValue={a.countryCode ?? countries[0]}
            autoComplete="country"
            className="mt-1 w-full rounded-md border border-line px-3 py-2"
          >
            {countries.map((c) => (
              <option key={c} value={c}>
                {countryName(c)}
              </option>
            ))}
          </select>
          {errors.countryCode && <p className="mt-1 text-sm text-danger">{errors.countryCode}</p>}
        </div>
        {field('phone', 'Phone', { type: 'tel', autoComplete: 'tel', required: false, defaultValue: a.phone ?? undefined })}
      </fieldset>
      <fieldset>
        <legend className="mb-2 text-lg font-semibold">Shipping</legend>
        <div className="space-y-2">
          {shippingOptions.map((o, i) => (
            <label key={o.id} className="flex items-center gap-3 rounded-md border border-line px-3 py-2">
              <input
                type="radio"
                name="shippingOptionId"
                value={o.id}
                required
                defaultChecked={initial.shippingOptionId ? initial.shippingOptionId === o.id : i === 0}
              />
              <span>
                {o.name}{' '}
                <span className="text-sm text-muted">
                  ({o.minDays}–{o.maxDays} days)
                </span>
              </span>
            </label>
          ))}
        </div>
        {errors.shippingOptionId && <p className="mt-1 text-sm text-danger">{errors.shippingOptionId}</p>}
      </fieldset>
      <fieldset className="grid gap-4 sm:grid-cols-2">
        <legend className="mb-2 text-lg font-semibold">Payment</legend>
        <p className="sm:col-span-2 text-sm text-muted">Your card goes straight to our payment vault; this shop never sees or keeps it.</p>
        <div className="sm:col-span-2">
          {field('cardNumber', 'Card number', { inputMode: 'numeric', autoComplete: 'cc-number', maxLength: 23 })}
        </div>
        {field('expiry', 'Expiry (MM/YY)', { autoComplete: 'cc-exp', placeholder: 'MM/YY', pattern: '\\d{1,2}\\s*/\\s*\\d{2,4}' })}
        {field('cvc', 'Security code', { inputMode: 'numeric', autoComplete: 'cc-csc', maxLength: 4 })}
        <div className="sm:col-span-2">{field('holderName', 'Name on card', { autoComplete: 'cc-name', required: false })}</div>
      </fieldset>
      {total !== null && (
        <p className="text-sm">
          Total to pay, with shipping and tax: <strong>{money(total, currency)}</strong>
        </p>
      )}
      {error && (
        <div role="alert" className="rounded-md border border-danger bg-red-50 p-4 text-sm text-danger" data-testid="checkout-error">
          <p className="font-semibold">{error.title}</p>
          {error.detail && <p>{error.detail}</p>}
        </div>
      )}
      <button
        type="submit"
        disabled={busy}
        className="w-full rounded-md bg-brand px-4 py-3 text-lg font-semibold text-paper hover:bg-brand-dark disabled:bg-muted"
      >
        {busy ? 'Placing your order…' : 'Place order'}
      </button>
    </form>
  )
}
