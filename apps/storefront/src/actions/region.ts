'use server'

import { cookies } from 'next/headers'
import { redirect } from 'next/navigation'
import { regions } from '@/lib/catalog'
import { REGION_COOKIE } from '@/lib/region'

/** Remembers the shopper's region for a year; an unknown id is ignored. */
export async function chooseRegion(form: FormData) {
  const id = String(form.get('regionId') ?? '')
  if ((await regions()).some((r) => r.id === id))
    (await cookies()).set({ name: REGION_COOKIE, value: id, path: '/', sameSite: 'lax', maxAge: 365 * 24 * 3600, httpOnly: true })
  const back = String(form.get('back') ?? '/')
  redirect(back.startsWith('/') && !back.startsWith('//') ? back : '/')
}
