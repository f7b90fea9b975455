import type { FastifyInstance, LightMyRequestResponse } from 'fastify'
import type { Services } from '../src/app.js'
import type { StaffRole } from '../src/modules/staff/permissions.js'

/** What a browser would send back: the session cookie and the CSRF header for writes. */
export interface Credentials {
  cookie: string
  csrf: string
  headers: { cookie: string; 'x-csrf-token': string }
}

export function cookiesFrom(response: LightMyRequestResponse): string {
  return response.cookies.map((c) => `${c.name}=${c.value}`).join('; ')
}

function credentials(response: LightMyRequestResponse): Credentials {
  if (response.statusCode >= 300) throw new Error(`sign-in failed: ${response.statusCode} ${response.body}`)
  const cookie = cookiesFrom(response)
  const csrf = response.json<{ csrfToken: string }>().csrfToken
  return { cookie, csrf, headers: { cookie, 'x-csrf-token': csrf } }
}

let counter = 0
const unique = (what: string) => `${what}-${process.pid}-${Date.now()}-${++counter}@example.test`

export async function staffSession(app: FastifyInstance, services: Services, role: StaffRole): Promise<Credentials & { email: string }> {
  const email = unique(role)
  await services.staff.createStaff({ email, name: `Test ${role}`, password: 'correct horse battery', role })
  const response = await app.inject({ method: 'POST', url: '/admin/auth/login', payload: { email, password: 'correct horse battery' } })
  return { ...credentials(response), email }
}

export async function customerSession(
  app: FastifyInstance,
  email = unique('shopper'),
): Promise<Credentials & { email: string; id: string }> {
  const response = await app.inject({
    method: 'POST',
    url: '/store/auth/register',
    payload: { email, password: 'correct horse battery', firstName: 'Ada', lastName: 'Lovelace' },
  })
  return { ...credentials(response), email, id: response.json<{ customer: { id: string } }>().customer.id }
}

/** The token of the newest email verification link mailed to `email` (the dev mailbox). */
export async function verificationToken(services: Services, email: string): Promise<string> {
  const mail = (await services.mailbox.list(500)).find(
    (m) => m.to.toLowerCase() === email.toLowerCase() && m.text.includes('/account/verify-email?token='),
  )
  if (!mail) throw new Error(`no verification mail to ${email}`)
  return decodeURIComponent(/verify-email\?token=([^\s]+)/.exec(mail.text)![1]!)
}

/** Verifies a customer's email as they would, by following the link mailed to them. */
export async function verifyEmail(app: FastifyInstance, services: Services, email: string): Promise<void> {
  const response = await app.inject({
    method: 'POST',
    url: '/store/auth/verify-email',
    payload: { token: await verificationToken(services, email) },
  })
  if (response.statusCode !== 204) throw new Error(`verification failed: ${response.statusCode} ${response.body}`)
}
