import { randomBytes, randomInt } from 'node:crypto'
import { sql } from 'kysely'
import { Value } from 'typebox/value'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { FastifyInstance } from 'fastify'
import { PersonalDataExport } from '../src/modules/privacy/schemas.js'
import { createTestApp, onBackends, type TestApp } from './test-app.js'
import { cookiesFrom, customerSession, staffSession, verifyEmail, type Credentials } from './sessions.js'
import { CARDS, checkout, openShop, readyCart, stockedVariant, tokenize, type Shop } from './shop.js'

const PASSWORD = 'correct horse battery'

/** A person with values distinctive enough that finding one anywhere in the database means it was kept. */
function newPerson() {
  const tag = randomBytes(4).toString('hex')
  const first = `Zephyrine${tag}`
  const last = `Quillfeather${tag}`
  const home = { line1: `17 Marzipan Mews ${tag}`, line2: `Flat 9b Loganberry Court ${tag}`, city: `Umbrellaville${tag}` }
  const work = { line1: `400 Gooseberry Quay ${tag}`, line2: `Floor ${tag} Persimmon House`, city: `Quincetown${tag}` }
  const phone = `+44 7700 ${randomInt(100_000, 999_999)}`
  const address = (where: typeof home) => ({
    firstName: first,
    lastName: last,
    ...where,
    postalCode: '22201',
    countryCode: 'US',
    phone,
  })
  return {
    email: `zephyrine.quillfeather.${tag}@privacy.example`,
    firstName: first,
    lastName: last,
    phone,
    home,
    work,
    shipTo: address(home),
    billTo: address(work),
    /** Everything that must be gone after the erasure. */
    needles: [
      `zephyrine.quillfeather.${tag}@privacy.example`,
      first,
      last,
      phone,
      home.line1,
      home.line2,
      home.city,
      work.line1,
      work.line2,
      work.city,
    ],
  }
}
type Person = ReturnType<typeof newPerson>

interface Placed {
  order: { id: string; totals: { total: number }; items: { id: string }[] }
  payment: { status: string } | null
}

async function register(app: FastifyInstance, person: Person, extra: Record<string, unknown> = {}) {
  const res = await app.inject({
    method: 'POST',
    url: '/store/auth/register',
    payload: {
      email: person.email,
      password: PASSWORD,
      firstName: person.firstName,
      lastName: person.lastName,
      phone: person.phone,
      ...extra,
    },
  })
  expect(res.statusCode, res.body).toBe(201)
  const cookie = cookiesFrom(res)
  const csrf = res.json<{ csrfToken: string }>().csrfToken
  return { cookie, csrf, headers: { cookie, 'x-csrf-token': csrf }, id: res.json<{ customer: { id: string } }>().customer.id }
}

type Hits = string[]

/** Every text, varchar, char, array, json and jsonb column of every table, searched for each needle. */
async function findAnywhere(t: TestApp, needles: string[]): Promise<Hits> {
  const db = t.services.database.db
  const columns = await sql<{ table_name: string; column_name: string }>`
    select c.table_name, c.column_name from information_schema.columns c
    join information_schema.tables tb on tb.table_schema = c.table_schema and tb.table_name = c.table_name and tb.table_type = 'BASE TABLE'
    where c.table_schema = 'public' and c.data_type in ('text', 'character varying', 'character', 'json', 'jsonb', 'ARRAY')
    order by c.table_name, c.column_name`.execute(db)
  expect(columns.rows.length).toBeGreaterThan(100)
  const hits: Hits = []
  for (const { table_name, column_name } of columns.rows) {
    for (const needle of needles) {
      const pattern = `%${needle.replace(/[\\%_]/g, '\\$&')}%`
      const found = await sql<{ n: number }>`
        select count(*)::int as n from ${sql.table(table_name)} where ${sql.ref(column_name)}::text ilike ${pattern}`.execute(db)
      if (found.rows[0]!.n > 0) hits.push(`${table_name}.${column_name}: ${needle}`)
    }
  }
  return hits
}

describe(`${onBackends}: privacy`, () => {
  let t: TestApp
  let shop: Shop
  let variantId: string
  let promotionCode: string
  beforeAll(async () => {
    t = await createTestApp()
    shop = await openShop(t)
    variantId = (await stockedVariant(t, shop, 1000, 1250)).variantId
    promotionCode = `PRIVACY${Date.now()}`
    const promo = await t.app.inject({
      method: 'POST',
      url: '/admin/promotions',
      headers: shop.owner.headers,
      payload: { name: 'Ten off', code: promotionCode, kind: 'percentage', basisPoints: 1000, target: { scope: 'order' } },
    })
    expect(promo.statusCode, promo.body).toBe(201)
  })
  afterAll(() => t?.close())

  /** A paid order from a cart shipped to the person's home and billed to their work address. */
  async function placeOrder(person: Person, who: { headers?: Record<string, string>; email?: string | null }, quantity = 2, code?: string) {
    const headers = who.headers ?? {}
    const cartId = await readyCart(t, shop, [{ variantId, quantity }], { headers, email: who.email ?? null, promotionCode: code })
    const patched = await t.app.inject({
      method: 'PATCH',
      url: `/store/carts/${cartId}`,
      headers,
      payload: { shippingAddress: person.shipTo, billingAddress: person.billTo },
    })
    expect(patched.statusCode, patched.body).toBe(200)
    const res = await checkout(t, cartId, await tokenize(t), { headers })
    expect(res.statusCode, res.body).toBe(201)
    return res.json<Placed>().order
  }

  const staffPost = (url: string, payload: unknown) =>
    t.app.inject({ method: 'POST', url, headers: shop.owner.headers, payload: payload as object })

  it('erases a customer everywhere: no column of any table keeps their email, names, phone or address lines; their orders stay, anonymised, with totals intact', async () => {
    const db = t.services.database.db
    const person = newPerson()
    const me = await register(t.app, person)
    // A verified address makes the guest order and cart under it the person's too.
    await verifyEmail(t.app, t.services, person.email)
    expect(
      (await t.app.inject({ method: 'POST', url: '/store/me/addresses', headers: me.headers, payload: person.shipTo })).statusCode,
    ).toBe(201)
    const consent = await t.app.inject({
      method: 'PUT',
      url: '/store/me/consents/marketing',
      headers: me.headers,
      payload: { granted: true, source: 'checkout' },
    })
    expect(consent.statusCode, consent.body).toBe(200)

    // Two orders of the account (one with a code), then the first shipped and partly returned with a reason naming the person.
    const first = await placeOrder(person, { headers: me.headers }, 2, promotionCode)
    const second = await placeOrder(person, { headers: me.headers }, 1)
    expect(
      (await staffPost(`/admin/orders/${first.id}/fulfillments`, { items: [{ lineId: first.items[0]!.id, quantity: 2 }], ship: true }))
        .statusCode,
    ).toBe(200)
    const returned = await t.app.inject({
      method: 'POST',
      url: `/store/orders/${first.id}/returns`,
      headers: me.headers,
      payload: { items: [{ lineId: first.items[0]!.id, quantity: 1 }], reason: `${person.firstName} ordered the wrong size` },
    })
    expect(returned.statusCode, returned.body).toBe(201)
    const note = await staffPost(`/admin/orders/${second.id}/notes`, {
      note: `Called ${person.firstName} ${person.lastName} on ${person.phone} about ${person.home.line1}`,
    })
    expect(note.statusCode, note.body).toBe(200)
    // Staff type refund reasons; the payment keeps the text on its refund operation.
    expect((await staffPost(`/admin/orders/${second.id}/capture`, {})).statusCode).toBe(200)
    const refund = await staffPost(`/admin/orders/${second.id}/refunds`, {
      amount: 100,
      reason: `Goodwill for ${person.firstName}, late parcel`,
    })
    expect(refund.statusCode, refund.body).toBe(200)
    // Mail goes out (confirmations, shipment) and those events are published; the guest order's stay pending.
    await t.services.outbox.drain()
    const guest = await placeOrder(person, { email: person.email.toUpperCase() }, 3, promotionCode)
    const openCart = await readyCart(t, shop, [{ variantId, quantity: 1 }], { email: person.email })
    expect(openCart).toMatch(/^cart_/)
    const orderIds = [first.id, second.id, guest.id]

    // The search sees the person where they are held, so finding nothing afterwards means something.
    const before = await findAnywhere(t, person.needles)
    for (const place of [
      'customer.email',
      'customer.first_name',
      'customer.phone',
      'customer_address.line1',
      'cart.email',
      'cart.shipping_address',
      'orders.email',
      'orders.shipping_address',
      'orders.billing_address',
      'order_history.reason',
      'order_return.reason',
      'payment_transaction.reason',
      'email_verification.email',
      'outbox_event.payload',
      'idempotency_key.response',
    ])
      expect(
        before.some((hit) => hit.startsWith(`${place}:`)),
        place,
      ).toBe(true)
    expect((await t.services.mailbox.list(500)).some((m) => m.to === person.email)).toBe(true)

    const totalsOf = () =>
      db
        .selectFrom('orders')
        .select(['id', 'subtotal', 'discount_total', 'shipping_amount', 'shipping_total', 'tax_total', 'total', 'prices_include_tax'])
        .where('id', 'in', orderIds)
        .orderBy('id')
        .execute()
    const totalsBefore = await totalsOf()
    const usesBefore = await db
      .selectFrom('promotion_usage')
      .select(['order_id', 'amount'])
      .where('order_id', 'in', orderIds)
      .orderBy('order_id')
      .execute()
    expect(usesBefore).toHaveLength(2)

    const erased = await t.app.inject({ method: 'DELETE', url: '/store/me', headers: me.headers, payload: { password: PASSWORD } })
    expect(erased.statusCode, erased.body).toBe(204)
    const cleared = Object.fromEntries(erased.cookies.map((c) => [c.name, c]))
    for (const name of ['ss_customer', 'ss_csrf', 'ss_cart']) expect(cleared[name]?.value, name).toBe('')

    expect(await findAnywhere(t, person.needles)).toEqual([])
    // The customer id survives only where it is kept on purpose: the audit log and the customer.erased event.
    const idHits = await findAnywhere(t, [me.id])
    expect(idHits.filter((hit) => !hit.startsWith('audit_log.') && hit !== `outbox_event.payload: ${me.id}`)).toEqual([])
    const events = await db.selectFrom('outbox_event').select(['topic', 'payload', 'published_at']).execute()
    const mentioning = events.filter((e) => JSON.stringify(e.payload).includes(me.id))
    expect(mentioning).toEqual([{ topic: 'customer.erased', payload: { customerId: me.id, at: expect.any(String) }, published_at: null }])
    // The guest order's order.created was still pending: it stays, without the email.
    const pendingCreated = events.find((e) => e.topic === 'order.created' && (e.payload as { orderId: string }).orderId === guest.id)
    expect(pendingCreated).toMatchObject({ published_at: null, payload: { email: null } })

    // Orders stay for the accounts: same totals, still adding up, nobody's name on them.
    const after = await db.selectFrom('orders').selectAll().where('id', 'in', orderIds).orderBy('id').execute()
    expect(after).toHaveLength(3)
    for (const order of after) {
      expect(order).toMatchObject({ email: null, customer_id: null, shipping_address: null, billing_address: null, country_code: 'US' })
      expect(order.anonymized_at).toBeInstanceOf(Date)
      const tax = order.prices_include_tax ? 0 : order.tax_total
      expect(order.subtotal - order.discount_total + order.shipping_amount + tax).toBe(order.total)
      const lines = await db.selectFrom('order_line').select(['subtotal', 'total']).where('order_id', '=', order.id).execute()
      expect(lines.reduce((n, l) => n + l.subtotal, 0)).toBe(order.subtotal)
      expect(lines.reduce((n, l) => n + l.total, 0) + order.shipping_total).toBe(order.total)
    }
    expect(await totalsOf()).toEqual(totalsBefore)
    const history = await db.selectFrom('order_history').select(['actor', 'reason']).where('order_id', 'in', orderIds).execute()
    expect(history.map((h) => h.actor)).toContain('customer')
    expect(history.some((h) => h.reason?.includes('[erased] ordered the wrong size'))).toBe(true)
    expect(
      (await db.selectFrom('order_return').select('requested_by').where('order_id', '=', first.id).executeTakeFirstOrThrow()).requested_by,
    ).toBe('customer')
    const usesAfter = await db
      .selectFrom('promotion_usage')
      .select(['order_id', 'amount', 'shopper_key', 'email_key'])
      .where('order_id', 'in', orderIds)
      .orderBy('order_id')
      .execute()
    expect(usesAfter).toEqual(usesBefore.map((u) => ({ ...u, shopper_key: null, email_key: null })))
    const refundReasons = await db
      .selectFrom('payment_transaction')
      .innerJoin('payment', 'payment.id', 'payment_transaction.payment_id')
      .select('payment_transaction.reason')
      .where('payment.order_id', '=', second.id)
      .where('payment_transaction.kind', '=', 'refund')
      .execute()
    expect(refundReasons).toEqual([{ reason: 'Goodwill for [erased], late parcel' }])

    expect(await db.selectFrom('cart').select('id').where('id', '=', openCart).execute()).toEqual([])
    expect(await db.selectFrom('consent').select('id').where('customer_id', '=', me.id).execute()).toEqual([])
    expect((await t.services.mailbox.list(500)).filter((m) => m.to.toLowerCase() === person.email)).toEqual([])
    if (t.services.redis) expect(await t.services.redis.keys(`*${person.email}*`)).toEqual([])
    const audit = await db
      .selectFrom('audit_log')
      .selectAll()
      .where('action', '=', 'customer.erase')
      .where('target_id', '=', me.id)
      .execute()
    expect(audit).toHaveLength(1)
    expect(audit[0]).toMatchObject({ actor_kind: 'customer', actor_id: me.id, ip: null, details: { ordersAnonymized: 3, cartsDeleted: 4 } })
  })

  it('exports profile, addresses, consents, carts, orders (with the guest order placed with the same email) and payments without card numbers, as an attachment', async () => {
    const person = newPerson()
    const me = await register(t.app, person, { marketingConsent: true })
    await verifyEmail(t.app, t.services, person.email)
    expect(
      (await t.app.inject({ method: 'POST', url: '/store/me/addresses', headers: me.headers, payload: person.shipTo })).statusCode,
    ).toBe(201)
    const own = await placeOrder(person, { headers: me.headers }, 1, promotionCode)
    const guest = await placeOrder(person, { email: person.email }, 2)
    const openCart = await readyCart(t, shop, [{ variantId, quantity: 4 }], { headers: me.headers, email: null })

    const res = await t.app.inject({ url: '/store/me/export', headers: me.headers })
    expect(res.statusCode, res.body).toBe(200)
    expect(res.headers['content-type']).toContain('application/json')
    expect(res.headers['content-disposition']).toBe(`attachment; filename="shopstack-export-${me.id}.json"`)
    expect(res.headers['cache-control']).toBe('private, no-store')
    const file = res.json<PersonalDataExport>()
    expect(Value.Check(PersonalDataExport, file), JSON.stringify([...Value.Errors(PersonalDataExport, file)].slice(0, 3))).toBe(true)
    expect(file).toMatchObject({
      format: 'shopstack.personal-data-export',
      version: 1,
      customer: {
        id: me.id,
        email: person.email,
        emailVerified: true,
        firstName: person.firstName,
        lastName: person.lastName,
        phone: person.phone,
      },
      addresses: [{ line1: person.home.line1, line2: person.home.line2 }],
      consents: { current: { marketing: { granted: true, source: 'registration' } }, history: [{ purpose: 'marketing', granted: true }] },
    })
    expect(file.carts.find((c) => c.id === openCart)).toMatchObject({
      status: 'open',
      items: [{ variantId, quantity: 4 }],
      shippingAddress: { countryCode: 'US' },
    })
    expect(file.orders.map((o) => o.id).sort()).toEqual([own.id, guest.id].sort())
    expect(file.orders.find((o) => o.id === guest.id)).toMatchObject({
      customerId: null,
      email: person.email,
      billingAddress: { line1: person.work.line1 },
    })
    const ownOrder = file.orders.find((o) => o.id === own.id)!
    expect(ownOrder.items).toHaveLength(1)
    expect(ownOrder.history.length).toBeGreaterThan(0)
    expect(ownOrder).not.toHaveProperty('payments')
    expect(file.payments.map((p) => p.orderId).sort()).toEqual([own.id, guest.id].sort())
    for (const payment of file.payments) {
      expect(Object.keys(payment.card!).sort()).toEqual(['brand', 'last4'])
      expect(payment).toMatchObject({ status: 'authorized', card: { last4: CARDS.success.slice(-4) } })
    }
    expect(file.promotionUses).toMatchObject([{ orderId: own.id, code: promotionCode }])
    expect(file.sessions.length).toBeGreaterThan(0)
    expect(file.sessions[0]).toHaveProperty('ip')
    // No card number, no session token or anything derived from one.
    expect(res.body).not.toContain(CARDS.success)
    expect(res.body).not.toMatch(/(?<![\w])\d{12,19}(?!\d)/)
    expect(res.body).not.toContain(me.csrf)
    const sessionToken = decodeURIComponent(/ss_customer=([^;]+)/.exec(me.cookie)![1]!).split('.')[0]!
    expect(sessionToken.length).toBeGreaterThan(20)
    expect(res.body).not.toContain(sessionToken)
  })

  it('refuses an unverified account the guest data under its email: whoever registers a guest’s address can neither export nor erase their order', async () => {
    const db = t.services.database.db
    const victim = newPerson()
    const guestOrder = await placeOrder(victim, { email: victim.email }, 1, promotionCode)
    const guestCart = await readyCart(t, shop, [{ variantId, quantity: 1 }], { email: victim.email })
    const attacker = await register(t.app, { ...newPerson(), email: victim.email })
    expect((await t.app.inject({ url: '/store/me', headers: attacker.headers })).json()).toMatchObject({
      customer: { emailVerified: false },
    })

    const exported = await t.app.inject({ url: '/store/me/export', headers: attacker.headers })
    expect(exported.statusCode, exported.body).toBe(200)
    expect(exported.json<PersonalDataExport>()).toMatchObject({ orders: [], payments: [], promotionUses: [] })
    expect(exported.json<PersonalDataExport>().carts.map((c) => c.id)).not.toContain(guestCart)
    for (const value of [victim.home.line1, victim.work.line1, victim.phone, victim.firstName]) expect(exported.body).not.toContain(value)

    const snapshot = async () => ({
      order: await db.selectFrom('orders').selectAll().where('id', '=', guestOrder.id).executeTakeFirstOrThrow(),
      history: await db.selectFrom('order_history').selectAll().where('order_id', '=', guestOrder.id).orderBy('id').execute(),
      uses: await db.selectFrom('promotion_usage').selectAll().where('order_id', '=', guestOrder.id).execute(),
      cart: await db.selectFrom('cart').selectAll().where('id', '=', guestCart).execute(),
      created: await db
        .selectFrom('outbox_event')
        .select('payload')
        .where('topic', '=', 'order.created')
        .where(sql<boolean>`payload->>'orderId' = ${guestOrder.id}`)
        .execute(),
    })
    const before = await snapshot()
    expect(before.order).toMatchObject({
      email: victim.email,
      anonymized_at: null,
      shipping_address: { line1: victim.home.line1 },
      billing_address: { line1: victim.work.line1 },
    })
    expect(before.uses).toHaveLength(1)
    expect(before.cart).toHaveLength(1)
    expect(before.created).toMatchObject([{ payload: { email: victim.email } }])

    const erased = await t.app.inject({ method: 'DELETE', url: '/store/me', headers: attacker.headers, payload: { password: PASSWORD } })
    expect(erased.statusCode, erased.body).toBe(204)
    expect(await db.selectFrom('customer').select('id').where('id', '=', attacker.id).execute()).toEqual([])
    expect(await snapshot()).toEqual(before)
  })

  it('lets staff export and erase by email whether or not it is verified: they confirm who is asking out of band', async () => {
    const person = newPerson()
    const customer = await register(t.app, person)
    const guest = await placeOrder(person, { email: person.email }, 1)
    const support = await staffSession(t.app, t.services, 'support')
    const exported = await t.app.inject({ url: `/admin/customers/${customer.id}/export`, headers: support.headers })
    expect(exported.json<PersonalDataExport>()).toMatchObject({ customer: { emailVerified: false }, orders: [{ id: guest.id }] })
    const erased = await t.app.inject({ method: 'DELETE', url: `/admin/customers/${customer.id}`, headers: support.headers })
    expect(erased.json()).toMatchObject({ ordersAnonymized: 1 })
    expect(await findAnywhere(t, person.needles)).toEqual([])
  })

  it('exports only the caller: another customer gets their own file, an anonymous caller is refused', async () => {
    const person = newPerson()
    const me = await register(t.app, person)
    await placeOrder(person, { headers: me.headers }, 1)
    const other = await customerSession(t.app)
    const theirs = await t.app.inject({ url: '/store/me/export', headers: other.headers })
    expect(theirs.statusCode).toBe(200)
    expect(theirs.json<PersonalDataExport>()).toMatchObject({ customer: { id: other.id }, orders: [], payments: [] })
    expect(theirs.body).not.toContain(person.email)
    expect(theirs.body).not.toContain(me.id)
    expect((await t.app.inject({ url: '/store/me/export' })).statusCode).toBe(401)
  })

  it('keeps marketing consent as a history: granted, then withdrawn, each with its time and source', async () => {
    const me = await customerSession(t.app)
    expect((await t.app.inject({ url: '/store/me/consents', headers: me.headers })).json()).toEqual({
      current: { marketing: { granted: false, source: null, at: null } },
      history: [],
    })
    const put = (payload: object) => t.app.inject({ method: 'PUT', url: '/store/me/consents/marketing', headers: me.headers, payload })
    const granted = await put({ granted: true, source: 'checkout' })
    expect(granted.statusCode, granted.body).toBe(200)
    const withdrawn = await put({ granted: false })
    expect(withdrawn.statusCode).toBe(200)

    const view = (await t.app.inject({ url: '/store/me/consents', headers: me.headers })).json()
    expect(view).toEqual(withdrawn.json())
    expect(view.current.marketing).toMatchObject({ granted: false, source: 'account' })
    expect(view.history).toMatchObject([
      { purpose: 'marketing', granted: true, source: 'checkout' },
      { purpose: 'marketing', granted: false, source: 'account' },
    ])
    const [at1, at2] = view.history.map((h: { at: string }) => Date.parse(h.at))
    expect(at1).toBeLessThanOrEqual(at2)
    expect(Date.now() - at2).toBeLessThan(60_000)

    expect((await put({ granted: true, source: 'admin' })).statusCode).toBe(422)
    expect((await put({ granted: true, extra: 1 })).statusCode).toBe(400)
    // History cannot be rewritten, through the API or through SQL.
    await expect(sql`update consent set granted = true`.execute(t.services.database.db)).rejects.toThrow(/append-only/)
  })

  it('lets staff with customers:read export and read consents and customers:write erase, refuses the catalog role, and audits each', async () => {
    const person = newPerson()
    const customer = await register(t.app, person, { marketingConsent: false })
    await placeOrder(person, { headers: customer.headers }, 1)
    const support = await staffSession(t.app, t.services, 'support')
    const catalog = await staffSession(t.app, t.services, 'catalog')
    const as = (staff: Credentials, method: 'GET' | 'DELETE', path: string) =>
      t.app.inject({ method, url: `/admin/customers/${customer.id}${path}`, headers: staff.headers })

    for (const [method, path] of [
      ['GET', '/export'],
      ['GET', '/consents'],
      ['DELETE', ''],
    ] as const)
      expect((await as(catalog, method, path)).statusCode, `${method} ${path}`).toBe(403)
    const exported = await as(support, 'GET', '/export')
    expect(exported.statusCode).toBe(200)
    expect(exported.headers['content-disposition']).toBe(`attachment; filename="shopstack-export-${customer.id}.json"`)
    expect(exported.json<PersonalDataExport>().customer.email).toBe(person.email)
    expect((await as(support, 'GET', '/consents')).json()).toMatchObject({
      current: { marketing: { granted: false, source: 'registration' } },
    })

    const erased = await as(support, 'DELETE', '')
    expect(erased.statusCode, erased.body).toBe(200)
    expect(erased.json()).toMatchObject({ customerId: customer.id, ordersAnonymized: 1, consentsDeleted: 1 })
    expect((await as(support, 'DELETE', '')).statusCode).toBe(404)
    expect((await as(support, 'GET', '/export')).statusCode).toBe(404)
    expect(await findAnywhere(t, person.needles)).toEqual([])

    const audit = await t.app.inject({ url: `/admin/audit-log?targetId=${customer.id}`, headers: shop.owner.headers })
    const entries = audit.json<{ items: { action: string; actorKind: string; actorId: string }[] }>().items
    for (const action of ['customer.export', 'customer.consents.read', 'customer.erase'])
      expect(
        entries.find((e) => e.action === action),
        action,
      ).toMatchObject({ actorKind: 'staff' })
    expect(entries.filter((e) => e.action === 'customer.erase')).toHaveLength(1)
    const erasedEvent = await t.services.database.db
      .selectFrom('outbox_event')
      .select('payload')
      .where('topic', '=', 'customer.erased')
      .execute()
    expect(erasedEvent.map((e) => e.payload)).toContainEqual({ customerId: customer.id, at: erased.json<{ erasedAt: string }>().erasedAt })
  })

  it('after erasure the person cannot sign in, and the old session cookie is refused with 401', async () => {
    const person = newPerson()
    const me = await register(t.app, person)
    const elsewhere = await t.app.inject({ method: 'POST', url: '/store/auth/login', payload: { email: person.email, password: PASSWORD } })
    const secondBrowser = cookiesFrom(elsewhere)

    const wrong = await t.app.inject({ method: 'DELETE', url: '/store/me', headers: me.headers, payload: { password: 'not the password' } })
    expect(wrong.statusCode).toBe(422)
    expect(wrong.json()).toMatchObject({ errors: [{ pointer: '/body/password' }] })
    expect((await t.app.inject({ url: '/store/me', headers: me.headers })).statusCode).toBe(200)
    expect(
      (await t.app.inject({ method: 'DELETE', url: '/store/me', headers: { cookie: me.cookie }, payload: { password: PASSWORD } }))
        .statusCode,
    ).toBe(403)

    expect(
      (await t.app.inject({ method: 'DELETE', url: '/store/me', headers: me.headers, payload: { password: PASSWORD } })).statusCode,
    ).toBe(204)
    for (const cookie of [me.cookie, secondBrowser])
      expect((await t.app.inject({ url: '/store/me', headers: { cookie } })).statusCode).toBe(401)
    const signIn = await t.app.inject({ method: 'POST', url: '/store/auth/login', payload: { email: person.email, password: PASSWORD } })
    expect(signIn.statusCode).toBe(401)
    expect(signIn.json().type).toMatch(/invalid-credentials$/)
    // The email is free again: the person may come back as a new customer.
    const again = await t.app.inject({ method: 'POST', url: '/store/auth/register', payload: { email: person.email, password: PASSWORD } })
    expect(again.statusCode).toBe(201)
    expect(again.json().customer.id).not.toBe(me.id)
  })
})
