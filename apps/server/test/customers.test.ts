import { sql } from 'kysely'
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'
import { createCustomerRepo } from '../src/modules/customers/repo.js'
import { createCustomerService } from '../src/modules/customers/service.js'
import { createTestApp, onBackends, type TestApp } from './test-app.js'
import { cookiesFrom, customerSession, staffSession, verificationToken } from './sessions.js'

const address = {
  firstName: 'Ada',
  lastName: 'Lovelace',
  line1: '12 St James Sq',
  city: 'London',
  postalCode: 'SW1Y 4JH',
  countryCode: 'gb',
}

describe(`${onBackends}: customers`, () => {
  let t: TestApp
  beforeAll(async () => {
    t = await createTestApp({ LOGIN_ATTEMPTS_PER_ACCOUNT: '3' })
  })
  afterAll(() => t?.close())

  it('registers, signs in with an HttpOnly SameSite=Lax signed cookie and reads /store/me', async () => {
    const email = `reg-${Date.now()}@example.test`
    const reg = await t.app.inject({ method: 'POST', url: '/store/auth/register', payload: { email, password: 'correct horse battery' } })
    expect(reg.statusCode).toBe(201)
    const cookie = reg.cookies.find((c) => c.name === 'ss_customer')!
    expect(cookie.httpOnly).toBe(true)
    expect(cookie.sameSite).toBe('Lax')
    expect(cookie.value).toContain('.') // signed
    const me = await t.app.inject({ url: '/store/me', headers: { cookie: cookiesFrom(reg) } })
    expect(me.json().customer.email).toBe(email)
    expect(me.headers['cache-control']).toContain('no-store')
    const hash = await t.services.database.db
      .selectFrom('customer')
      .select('password_hash')
      .where('email', '=', email)
      .executeTakeFirstOrThrow()
    expect(hash.password_hash).toMatch(/^\$argon2id\$/)
  })

  it('refuses a duplicate email with 409 and a short password with 422', async () => {
    const { email } = await customerSession(t.app)
    expect(
      (
        await t.app.inject({
          method: 'POST',
          url: '/store/auth/register',
          payload: { email: email.toUpperCase(), password: 'correct horse battery' },
        })
      ).statusCode,
    ).toBe(409)
    const short = await t.app.inject({
      method: 'POST',
      url: '/store/auth/register',
      payload: { email: 'x@example.test', password: 'short' },
    })
    expect(short.statusCode).toBe(422)
    expect(short.json().errors[0].pointer).toBe('/body/password')
  })

  it('answers an unknown email and a wrong password the same way', async () => {
    const { email } = await customerSession(t.app)
    const wrong = await t.app.inject({ method: 'POST', url: '/store/auth/login', payload: { email, password: 'wrong password!!' } })
    const unknown = await t.app.inject({
      method: 'POST',
      url: '/store/auth/login',
      payload: { email: `nobody-${Date.now()}@example.test`, password: 'wrong password!!' },
    })
    expect(wrong.statusCode).toBe(401)
    expect(unknown.statusCode).toBe(401)
    expect(wrong.json()).toEqual({ ...unknown.json() })
  })

  it('refuses sign-in after too many failures on one account, with Retry-After', async () => {
    const { email } = await customerSession(t.app)
    for (let i = 0; i < 3; i++)
      await t.app.inject({ method: 'POST', url: '/store/auth/login', payload: { email, password: 'wrong password!!' } })
    const locked = await t.app.inject({ method: 'POST', url: '/store/auth/login', payload: { email, password: 'correct horse battery' } })
    expect(locked.statusCode).toBe(429)
    expect(Number(locked.headers['retry-after'])).toBeGreaterThan(0)
  })

  it('rotates the session on sign-in and revokes it on sign-out', async () => {
    const first = await customerSession(t.app)
    const login = await t.app.inject({
      method: 'POST',
      url: '/store/auth/login',
      headers: { cookie: first.cookie },
      payload: { email: first.email, password: 'correct horse battery' },
    })
    expect(login.statusCode).toBe(200)
    expect((await t.app.inject({ url: '/store/me', headers: { cookie: first.cookie } })).statusCode).toBe(401)
    const second = cookiesFrom(login)
    const csrf = login.json().csrfToken
    expect((await t.app.inject({ url: '/store/me', headers: { cookie: second } })).statusCode).toBe(200)
    const out = await t.app.inject({ method: 'POST', url: '/store/auth/logout', headers: { cookie: second, 'x-csrf-token': csrf } })
    expect(out.statusCode).toBe(204)
    expect((await t.app.inject({ url: '/store/me', headers: { cookie: second } })).statusCode).toBe(401)
  })

  it('keeps addresses private: another customer gets 404 for them', async () => {
    const alice = await customerSession(t.app)
    const bob = await customerSession(t.app)
    const created = await t.app.inject({
      method: 'POST',
      url: '/store/me/addresses',
      headers: alice.headers,
      payload: { ...address, isDefaultShipping: true },
    })
    expect(created.statusCode).toBe(201)
    expect(created.json().countryCode).toBe('GB')
    const id = created.json().id
    expect((await t.app.inject({ url: `/store/me/addresses/${id}`, headers: alice.headers })).statusCode).toBe(200)
    expect((await t.app.inject({ url: `/store/me/addresses/${id}`, headers: bob.headers })).statusCode).toBe(404)
    expect(
      (await t.app.inject({ method: 'PATCH', url: `/store/me/addresses/${id}`, headers: bob.headers, payload: { city: 'Paris' } }))
        .statusCode,
    ).toBe(404)
    expect((await t.app.inject({ method: 'DELETE', url: `/store/me/addresses/${id}`, headers: bob.headers })).statusCode).toBe(404)
    expect((await t.app.inject({ url: '/store/me/addresses', headers: bob.headers })).json().items).toEqual([])
    const still = await t.app.inject({ url: `/store/me/addresses/${id}`, headers: alice.headers })
    expect(still.json().city).toBe('London')
  })

  it('keeps one default shipping address', async () => {
    const c = await customerSession(t.app)
    await t.app.inject({ method: 'POST', url: '/store/me/addresses', headers: c.headers, payload: { ...address, isDefaultShipping: true } })
    await t.app.inject({
      method: 'POST',
      url: '/store/me/addresses',
      headers: c.headers,
      payload: { ...address, city: 'Bath', isDefaultShipping: true },
    })
    const items = (await t.app.inject({ url: '/store/me/addresses', headers: c.headers })).json().items
    expect(items.filter((a: { isDefaultShipping: boolean }) => a.isDefaultShipping).map((a: { city: string }) => a.city)).toEqual(['Bath'])
  })

  it('changes the password, ending other sessions', async () => {
    const c = await customerSession(t.app)
    const other = await t.app.inject({
      method: 'POST',
      url: '/store/auth/login',
      payload: { email: c.email, password: 'correct horse battery' },
    })
    const wrong = await t.app.inject({
      method: 'POST',
      url: '/store/me/password',
      headers: c.headers,
      payload: { currentPassword: 'not it at all', newPassword: 'a brand new passphrase' },
    })
    expect(wrong.statusCode).toBe(422)
    const res = await t.app.inject({
      method: 'POST',
      url: '/store/me/password',
      headers: c.headers,
      payload: { currentPassword: 'correct horse battery', newPassword: 'a brand new passphrase' },
    })
    expect(res.statusCode).toBe(200)
    expect((await t.app.inject({ url: '/store/me', headers: { cookie: cookiesFrom(other) } })).statusCode).toBe(401)
    expect((await t.app.inject({ url: '/store/me', headers: { cookie: cookiesFrom(res) } })).statusCode).toBe(200)
    expect(
      (await t.app.inject({ method: 'POST', url: '/store/auth/login', payload: { email: c.email, password: 'a brand new passphrase' } }))
        .statusCode,
    ).toBe(200)
  })

  it('resets a forgotten password with the emailed token, once', async () => {
    const c = await customerSession(t.app)
    const owner = await staffSession(t.app, t.services, 'owner')
    const unknown = await t.app.inject({ method: 'POST', url: '/store/auth/password-reset', payload: { email: 'nobody@example.test' } })
    expect(unknown.statusCode).toBe(202)
    expect((await t.app.inject({ method: 'POST', url: '/store/auth/password-reset', payload: { email: c.email } })).statusCode).toBe(202)

    let mail: { to: string; text: string } | undefined
    for (let i = 0; i < 50 && !mail; i++) {
      const box = (await t.app.inject({ url: '/admin/dev/mailbox', headers: owner.headers })).json()
      mail = box.items.find((m: { to: string; text: string }) => m.to === c.email && m.text.includes('/account/reset-password'))
      if (!mail) await new Promise((r) => setTimeout(r, 20))
    }
    const token = decodeURIComponent(/token=([^\s]+)/.exec(mail!.text)![1]!)
    const reset = await t.app.inject({
      method: 'POST',
      url: '/store/auth/password-reset/confirm',
      payload: { token, newPassword: 'reset passphrase ok' },
    })
    expect(reset.statusCode).toBe(204)
    expect((await t.app.inject({ url: '/store/me', headers: { cookie: c.cookie } })).statusCode).toBe(401)
    expect(
      (await t.app.inject({ method: 'POST', url: '/store/auth/login', payload: { email: c.email, password: 'reset passphrase ok' } }))
        .statusCode,
    ).toBe(200)
    const replay = await t.app.inject({
      method: 'POST',
      url: '/store/auth/password-reset/confirm',
      payload: { token, newPassword: 'another passphrase' },
    })
    expect(replay.statusCode).toBe(422)
    // The link went to the account's address, so using it proves the address too.
    const after = await t.app.inject({
      method: 'POST',
      url: '/store/auth/login',
      payload: { email: c.email, password: 'reset passphrase ok' },
    })
    expect(after.json().customer.emailVerified).toBe(true)
  })

  describe('email verification', () => {
    const verify = (token: string) => t.app.inject({ method: 'POST', url: '/store/auth/verify-email', payload: { token } })
    const meOf = async (headers: Record<string, string>) =>
      (await t.app.inject({ url: '/store/me', headers })).json<{ customer: { emailVerified: boolean } }>().customer

    it('mails a link on registration that verifies the address once; staff see it verified', async () => {
      const c = await customerSession(t.app)
      expect(await meOf(c.headers)).toMatchObject({ emailVerified: false })
      const mail = (await t.services.mailbox.list(500)).find((m) => m.to === c.email)!
      expect(mail.text).toContain(`${t.services.config.storefrontUrl}/account/verify-email?token=`)
      const token = await verificationToken(t.services, c.email)

      expect((await verify(token)).statusCode).toBe(204)
      expect(await meOf(c.headers)).toMatchObject({ emailVerified: true })
      const replay = await verify(token)
      expect(replay.statusCode).toBe(422)
      expect(replay.json()).toMatchObject({ errors: [{ pointer: '/body/token', detail: 'is invalid, expired or already used' }] })
      const owner = await staffSession(t.app, t.services, 'owner')
      expect((await t.app.inject({ url: `/admin/customers/${c.id}`, headers: owner.headers })).json()).toMatchObject({
        emailVerified: true,
      })
      const listed = await t.app.inject({ url: `/admin/customers?email=${encodeURIComponent(c.email)}`, headers: owner.headers })
      expect(listed.json().items).toMatchObject([{ id: c.id, emailVerified: true }])
      // Only its hash is stored.
      const stored = await t.services.database.db.selectFrom('email_verification').selectAll().where('customer_id', '=', c.id).execute()
      expect(stored).toMatchObject([{ email: c.email, used_at: expect.any(Date) }])
      expect(JSON.stringify(stored)).not.toContain(token)
    })

    it('rejects an unknown or expired token with 422 at /body/token', async () => {
      const c = await customerSession(t.app)
      expect((await verify('x'.repeat(43))).json()).toMatchObject({ status: 422, errors: [{ pointer: '/body/token' }] })
      await t.services.database.db
        .updateTable('email_verification')
        .set({ expires_at: new Date(Date.now() - 1000) })
        .where('customer_id', '=', c.id)
        .execute()
      const expired = await verify(await verificationToken(t.services, c.email))
      expect(expired.statusCode).toBe(422)
      expect(await meOf(c.headers)).toMatchObject({ emailVerified: false })
    })

    it('a change of address clears the verification, and a link sent to the old address no longer verifies', async () => {
      const db = t.services.database.db
      const c = await customerSession(t.app)
      const oldLink = await verificationToken(t.services, c.email)
      // No route changes an address yet; staff with SQL access can, and the database clears the proof.
      const moved = `moved-${Date.now()}@example.test`
      await sql`update customer set email = ${moved} where id = ${c.id}`.execute(db)
      const stale = await verify(oldLink)
      expect(stale.statusCode).toBe(422)
      expect(stale.json().errors[0].detail).toMatch(/no longer/)
      expect(await meOf(c.headers)).toMatchObject({ emailVerified: false })

      const resend = await t.app.inject({ method: 'POST', url: '/store/me/email-verification', headers: c.headers })
      expect(resend.statusCode).toBe(202)
      expect((await verify(await verificationToken(t.services, moved))).statusCode).toBe(204)
      expect(await meOf(c.headers)).toMatchObject({ emailVerified: true })
      expect((await t.app.inject({ method: 'POST', url: '/store/me/email-verification', headers: c.headers })).statusCode).toBe(409)

      await sql`update customer set email = ${`again-${moved}`} where id = ${c.id}`.execute(db)
      expect(await meOf(c.headers)).toMatchObject({ emailVerified: false })
      // Case is not a change: the shop compares addresses in lower case.
      await verifyAgain(c.headers, `again-${moved}`)
      await sql`update customer set email = upper(email) where id = ${c.id}`.execute(db)
      expect(await meOf(c.headers)).toMatchObject({ emailVerified: true })
    })

    async function verifyAgain(headers: Record<string, string>, email: string) {
      expect((await t.app.inject({ method: 'POST', url: '/store/me/email-verification', headers })).statusCode).toBe(202)
      expect((await verify(await verificationToken(t.services, email))).statusCode).toBe(204)
    }

    it('refuses a fresh link to an anonymous caller, and throttles them per account', async () => {
      expect((await t.app.inject({ method: 'POST', url: '/store/me/email-verification' })).statusCode).toBe(401)
      const c = await customerSession(t.app)
      const ask = () => t.app.inject({ method: 'POST', url: '/store/me/email-verification', headers: c.headers })
      for (let i = 0; i < 3; i++) expect((await ask()).statusCode).toBe(202)
      const refused = await ask()
      expect(refused.statusCode).toBe(429)
      expect(Number(refused.headers['retry-after'])).toBeGreaterThan(0)
    })

    it('registers even when the verification mail cannot be sent, and logs the failure', async () => {
      const log = { error: vi.fn() }
      const customers = createCustomerService({
        repo: createCustomerRepo(t.services.database.db),
        mailer: { send: () => Promise.reject(new Error('SMTP is down')) },
        sessions: t.services.sessions,
        storefrontUrl: 'https://shop.example',
        log,
      })
      const created = await customers.register({ email: `nomail-${Date.now()}@example.test`, password: 'correct horse battery' })
      expect(created).toMatchObject({ emailVerified: false })
      expect(log.error).toHaveBeenCalledWith({ err: expect.any(Error) }, 'email verification mail failed')
    })
  })

  it('records staff reads of a customer in the audit log', async () => {
    const c = await customerSession(t.app)
    const support = await staffSession(t.app, t.services, 'support')
    const owner = await staffSession(t.app, t.services, 'owner')
    expect((await t.app.inject({ url: `/admin/customers/${c.id}/addresses`, headers: support.headers })).statusCode).toBe(200)
    const log = (await t.app.inject({ url: `/admin/audit-log?targetId=${c.id}`, headers: owner.headers })).json()
    expect(log.items[0]).toMatchObject({ action: 'customer.addresses.read', targetType: 'customer', targetId: c.id, actorKind: 'staff' })
    expect(log.items[0].requestId).toBeTruthy()
    expect(log.items[0].ip).toBeTruthy()
    expect((await t.app.inject({ url: '/admin/audit-log', headers: support.headers })).statusCode).toBe(403)
  })
})
