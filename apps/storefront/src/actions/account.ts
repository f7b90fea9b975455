'use server'

import { cookies } from 'next/headers'
import { redirect } from 'next/navigation'
import { refresh } from 'next/cache'
import { shopperApi, problemOf, type ApiError } from '@/lib/api'

export type FormResult = { ok: true; message?: string } | { ok: false; error: ApiError } | null

const text = (form: FormData, name: string) => String(form.get(name) ?? '').trim()
const failed = (error: unknown, response: Response): FormResult => ({ ok: false, error: problemOf(error, response.status) })

export async function register(_state: FormResult, form: FormData): Promise<FormResult> {
  const { error, response } = await (
    await shopperApi()
  ).POST('/store/auth/register', {
    body: {
      email: text(form, 'email'),
      password: String(form.get('password') ?? ''),
      firstName: text(form, 'firstName') || undefined,
      lastName: text(form, 'lastName') || undefined,
      marketingConsent: form.get('marketing') === 'on',
    },
  })
  if (error) return failed(error, response)
  refresh()
  redirect('/account')
}

export async function signIn(_state: FormResult, form: FormData): Promise<FormResult> {
  const { error, response } = await (
    await shopperApi()
  ).POST('/store/auth/login', {
    body: { email: text(form, 'email'), password: String(form.get('password') ?? '') },
  })
  if (error) return failed(error, response)
  refresh()
  const next = text(form, 'next')
  redirect(next.startsWith('/') && !next.startsWith('//') ? next : '/account')
}

export async function signOut() {
  await (await shopperApi()).POST('/store/auth/logout')
  const jar = await cookies()
  for (const name of ['ss_customer', 'ss_csrf']) jar.delete(name)
  refresh()
  redirect('/')
}

export async function requestPasswordReset(_state: FormResult, form: FormData): Promise<FormResult> {
  const { error, response } = await (await shopperApi()).POST('/store/auth/password-reset', { body: { email: text(form, 'email') } })
  if (error) return failed(error, response)
  return { ok: true, message: 'If an account uses that address, a link to set a new password is on its way.' }
}

export async function resetPassword(_state: FormResult, form: FormData): Promise<FormResult> {
  const { error, response } = await (
    await shopperApi()
  ).POST('/store/auth/password-reset/confirm', {
    body: { token: text(form, 'token'), newPassword: String(form.get('password') ?? '') },
  })
  if (error) return failed(error, response)
  return { ok: true, message: 'Your password is set. Sign in with it now.' }
}

export async function saveAddress(_state: FormResult, form: FormData): Promise<FormResult> {
  const optional = (name: string) => text(form, name) || null
  const { error, response } = await (
    await shopperApi()
  ).POST('/store/me/addresses', {
    body: {
      firstName: text(form, 'firstName'),
      lastName: text(form, 'lastName'),
      line1: text(form, 'line1'),
      line2: optional('line2'),
      city: text(form, 'city'),
      region: optional('region'),
      postalCode: text(form, 'postalCode'),
      countryCode: text(form, 'countryCode'),
      phone: optional('phone'),
      isDefaultShipping: form.get('default') === 'on',
    },
  })
  if (error) return failed(error, response)
  refresh()
  return { ok: true, message: 'Address saved.' }
}

export async function deleteAddress(form: FormData) {
  await (await shopperApi()).DELETE('/store/me/addresses/{addressId}', { params: { path: { addressId: text(form, 'addressId') } } })
  refresh()
}

export async function setMarketingConsent(form: FormData) {
  await (await shopperApi()).PUT('/store/me/consents/marketing', { body: { granted: form.get('granted') === 'true', source: 'account' } })
  refresh()
}

export async function eraseAccount(_state: FormResult, form: FormData): Promise<FormResult> {
  const { error, response } = await (await shopperApi()).DELETE('/store/me', { body: { password: String(form.get('password') ?? '') } })
  if (error) return failed(error, response)
  const jar = await cookies()
  for (const name of ['ss_customer', 'ss_csrf', 'ss_cart']) jar.delete(name)
  refresh()
  redirect('/?account=deleted')
}
