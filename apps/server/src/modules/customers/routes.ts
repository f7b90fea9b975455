import { Type } from 'typebox'
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox'
import type { FastifyReply, FastifyRequest } from 'fastify'
import { signIn, signOut, startSession, throttle, type SignInDeps } from '../../platform/auth/sign-in.js'
import { CUSTOMER_COOKIE } from '../../platform/http/cookies.js'
import { Page, PageQuery } from '../../platform/http/pagination.js'
import { NoContent } from '../../platform/http/schemas.js'
import { unauthenticated } from '../../problems.js'
import type { CustomerService } from './service.js'
import {
  AddressBody,
  AddressParams,
  AddressPatchBody,
  AddressView,
  ChangePasswordBody,
  CustomerAddressParams,
  CustomerParams,
  CustomerSessionView,
  CustomerView,
  LoginBody,
  MeView,
  RegisterBody,
  ResetBody,
  ResetRequestBody,
  UpdateMeBody,
  VerifyEmailBody,
} from './schemas.js'

export interface CustomerRoutesOptions {
  customers: CustomerService
  signIn: SignInDeps
  sessionTtlMs: number
  /** Runs after a shopper signs in or registers: the cart module adopts the browser's anonymous cart. */
  onSignIn?: (customerId: string, req: FastifyRequest, reply: FastifyReply) => Promise<void>
}

/** The signed-in shopper's id; the route's 'customer' rule has already refused everyone else. */
function me(req: FastifyRequest) {
  if (req.actor.kind !== 'customer') throw unauthenticated()
  return req.actor
}

const AddressList = Page(AddressView)

export const customerRoutes: FastifyPluginAsyncTypebox<CustomerRoutesOptions> = async (
  app,
  { customers, signIn: signInDeps, sessionTtlMs, onSignIn },
) => {
  const tags = ['customers']
  const signInCustomer = async (req: FastifyRequest, reply: FastifyReply, email: string, password: string) => {
    const result = await signIn(signInDeps, req, reply, {
      kind: 'customer',
      email,
      cookie: CUSTOMER_COOKIE,
      ttlMs: sessionTtlMs,
      authenticate: () => customers.authenticate(email, password),
    })
    await onSignIn?.(result.subject.id, req, reply)
    return result
  }

  app.post(
    '/store/auth/register',
    {
      schema: { tags, summary: 'Create a shopper account and sign in', body: RegisterBody, response: { 201: CustomerSessionView } },
      config: { auth: 'public' },
    },
    async (req, reply) => {
      await throttle(signInDeps.limiter, `register:ip:${req.ip}`, signInDeps.attemptsPerIp)
      await customers.register(req.body)
      const { subject, csrfToken } = await signInCustomer(req, reply, req.body.email, req.body.password)
      return reply.status(201).send({ customer: subject, csrfToken })
    },
  )

  app.post(
    '/store/auth/login',
    {
      schema: { tags, summary: 'Shopper sign-in (sets the session cookie)', body: LoginBody, response: { 200: CustomerSessionView } },
      config: { auth: 'public' },
    },
    async (req, reply) => {
      const { subject, csrfToken } = await signInCustomer(req, reply, req.body.email, req.body.password)
      return { customer: subject, csrfToken }
    },
  )

  app.post(
    '/store/auth/logout',
    {
      schema: { tags, summary: 'Ends this session', response: { 204: NoContent } },
      config: { auth: 'public' },
    },
    async (req, reply) => {
      await signOut(signInDeps.sessions, req, reply, 'customer', CUSTOMER_COOKIE)
      return reply.status(204).send(null)
    },
  )

  app.post(
    '/store/auth/password-reset',
    {
      schema: {
        tags,
        summary: 'Email a reset link; answers 202 whether or not the account exists',
        body: ResetRequestBody,
        response: { 202: NoContent },
      },
      config: { auth: 'public' },
    },
    async (req, reply) => {
      await throttle(signInDeps.limiter, `reset:ip:${req.ip}`, signInDeps.attemptsPerIp)
      await customers.requestPasswordReset(req.body.email)
      return reply.status(202).send(null)
    },
  )

  app.post(
    '/store/auth/password-reset/confirm',
    {
      schema: {
        tags,
        summary: 'Set a new password with the emailed token; ends all sessions',
        body: ResetBody,
        response: { 204: NoContent },
      },
      config: { auth: 'public' },
    },
    async (req, reply) => {
      await customers.resetPassword(req.body.token, req.body.newPassword)
      return reply.status(204).send(null)
    },
  )

  app.post(
    '/store/auth/verify-email',
    {
      schema: {
        tags,
        summary: 'Verify the account’s email address with the mailed token (single use, 48 hours)',
        description: '422 at /body/token when the token is unknown, expired, used, or was sent to an address the account no longer has.',
        body: VerifyEmailBody,
        response: { 204: NoContent },
      },
      config: { auth: 'public' },
    },
    async (req, reply) => {
      await throttle(signInDeps.limiter, `verify-email:ip:${req.ip}`, signInDeps.attemptsPerIp)
      await customers.verifyEmail(req.body.token)
      return reply.status(204).send(null)
    },
  )

  app.post(
    '/store/me/email-verification',
    {
      schema: {
        tags,
        summary: 'Mail a fresh link to verify the account’s email address; 409 when it is verified already',
        response: { 202: NoContent },
      },
      config: { auth: 'customer' },
    },
    async (req, reply) => {
      const actor = me(req)
      await throttle(signInDeps.limiter, `email-verification:${actor.customerId}`, signInDeps.attemptsPerAccount)
      await customers.requestEmailVerification(actor.customerId)
      return reply.status(202).send(null)
    },
  )

  app.get(
    '/store/me',
    {
      schema: { tags, summary: 'The signed-in shopper and the CSRF token for their writes', response: { 200: MeView } },
      config: { auth: 'customer' },
    },
    async (req, reply) => {
      reply.header('cache-control', 'private, no-store')
      const actor = me(req)
      return { customer: await customers.getCustomer(actor.customerId), csrfToken: actor.session.csrfToken }
    },
  )

  app.patch(
    '/store/me',
    {
      schema: { tags, summary: 'Update name and phone', body: UpdateMeBody, response: { 200: CustomerView } },
      config: { auth: 'customer' },
    },
    (req) => customers.updateProfile(me(req).customerId, req.body),
  )

  app.post(
    '/store/me/password',
    {
      schema: {
        tags,
        summary: 'Change password; other sessions end, this one is renewed',
        body: ChangePasswordBody,
        response: { 200: CustomerSessionView },
      },
      config: { auth: 'customer' },
    },
    async (req, reply) => {
      const actor = me(req)
      // A stolen session must not become a free password-guessing oracle.
      await throttle(signInDeps.limiter, `password-change:${actor.customerId}`, signInDeps.attemptsPerAccount)
      await customers.changePassword(actor.customerId, req.body.currentPassword, req.body.newPassword)
      const csrfToken = await startSession(signInDeps, req, reply, {
        kind: 'customer',
        subjectId: actor.customerId,
        cookie: CUSTOMER_COOKIE,
        ttlMs: sessionTtlMs,
      })
      return { customer: await customers.getCustomer(actor.customerId), csrfToken }
    },
  )

  app.get(
    '/store/me/addresses',
    {
      schema: { tags, summary: 'The shopper’s saved addresses', response: { 200: AddressList } },
      config: { auth: 'customer' },
    },
    (req) => customers.listAddresses(me(req).customerId),
  )

  app.post(
    '/store/me/addresses',
    {
      schema: { tags, summary: 'Save an address', body: AddressBody, response: { 201: AddressView } },
      config: { auth: 'customer' },
    },
    async (req, reply) => reply.status(201).send(await customers.addAddress(me(req).customerId, req.body)),
  )

  app.get(
    '/store/me/addresses/:addressId',
    {
      schema: { tags, summary: 'One saved address', params: AddressParams, response: { 200: AddressView } },
      config: { auth: 'customer' },
    },
    (req) => customers.getAddress(me(req).customerId, req.params.addressId),
  )

  app.patch(
    '/store/me/addresses/:addressId',
    {
      schema: { tags, summary: 'Edit a saved address', params: AddressParams, body: AddressPatchBody, response: { 200: AddressView } },
      config: { auth: 'customer' },
    },
    (req) => customers.updateAddress(me(req).customerId, req.params.addressId, req.body),
  )

  app.delete(
    '/store/me/addresses/:addressId',
    {
      schema: { tags, summary: 'Delete a saved address', params: AddressParams, response: { 204: NoContent } },
      config: { auth: 'customer' },
    },
    async (req, reply) => {
      await customers.deleteAddress(me(req).customerId, req.params.addressId)
      return reply.status(204).send(null)
    },
  )

  // Staff views of customers. Each read of personal data is audited.
  app.get(
    '/admin/customers',
    {
      schema: {
        tags,
        summary: 'List customers, newest first',
        querystring: Type.Object({ ...PageQuery, email: Type.Optional(Type.String({ maxLength: 254 })) }),
        response: { 200: Page(CustomerView) },
      },
      config: { auth: { staff: 'customers:read' }, audit: { action: 'customer.list', targetType: 'customer' } },
    },
    (req) => customers.listCustomers(req.query.limit, req.query.cursor, req.query.email),
  )

  app.get(
    '/admin/customers/:customerId',
    {
      schema: { tags, summary: 'One customer', params: CustomerParams, response: { 200: CustomerView } },
      config: { auth: { staff: 'customers:read' }, audit: { action: 'customer.read', targetType: 'customer', targetParam: 'customerId' } },
    },
    (req) => customers.getCustomer(req.params.customerId),
  )

  app.get(
    '/admin/customers/:customerId/addresses',
    {
      schema: { tags, summary: 'A customer’s addresses', params: CustomerParams, response: { 200: AddressList } },
      config: {
        auth: { staff: 'customers:read' },
        audit: { action: 'customer.addresses.read', targetType: 'customer', targetParam: 'customerId' },
      },
    },
    async (req) => {
      await customers.getCustomer(req.params.customerId)
      return customers.listAddresses(req.params.customerId)
    },
  )

  app.get(
    '/admin/customers/:customerId/addresses/:addressId',
    {
      schema: { tags, summary: 'One of a customer’s addresses', params: CustomerAddressParams, response: { 200: AddressView } },
      config: {
        auth: { staff: 'customers:read' },
        audit: { action: 'customer.address.read', targetType: 'customer', targetParam: 'customerId' },
      },
    },
    (req) => customers.getAddress(req.params.customerId, req.params.addressId),
  )
}
