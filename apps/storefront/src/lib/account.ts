import 'server-only'
import { cookies } from 'next/headers'
import { redirect } from 'next/navigation'
import type { ResponseBody } from '@shopstack/sdk'
import { shopperApi } from './api'

export type Customer = ResponseBody<'/store/me', 'get'>['customer']

/** The signed-in shopper, or null. */
export async function currentCustomer(): Promise<Customer | null> {
  if (!(await cookies()).has('ss_customer')) return null
  const { data } = await (await shopperApi()).GET('/store/me')
  return data?.customer ?? null
}

/** For pages only a signed-in shopper may see: anyone else goes to sign in, and comes back after. */
export async function requireCustomer(back: string): Promise<Customer> {
  const customer = await currentCustomer()
  if (!customer) redirect(`/account?next=${encodeURIComponent(back)}`)
  return customer
}
