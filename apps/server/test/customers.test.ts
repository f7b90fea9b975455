import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createTestApp, onBackends, type TestApp } from './test-app.js'
import { cookiesFrom, customerSession, staffSession } from './sessions.js'

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
      mail = box.items.find((m: { to: string }) => m.to === c.email)
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
