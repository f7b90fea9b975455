import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox'
import type { FastifyReply, FastifyRequest } from 'fastify'
import { throttle } from '../../platform/auth/sign-in.js'
import { CART_COOKIE, CUSTOMER_COOKIE } from '../../platform/http/cookies.js'
import { NoContent } from '../../platform/http/schemas.js'
import { clearSessionCookies } from '../../platform/http/session-cookies.js'
import type { AttemptLimiter } from '../../platform/rate-limit/port.js'
import { unauthenticated } from '../../problems.js'
import { CustomerParams } from '../customers/schemas.js'
import type { ConsentService } from './consents.js'
import type { PrivacyService } from './service.js'
import { ConsentBody, ConsentsView, EraseMeBody, ErasureView, PersonalDataExport } from './schemas.js'

export interface PrivacyRoutesOptions {
  privacy: PrivacyService
  consents: ConsentService
  limiter: AttemptLimiter
  /** Password confirmations per account per window, as for a password change. */
  attemptsPerAccount: number
}

function me(req: FastifyRequest) {
  if (req.actor.kind !== 'customer') throw unauthenticated()
  return req.actor.customerId
}

/** A download, not a page: browsers save it, and nothing in between keeps a copy. */
function asAttachment(reply: FastifyReply, customerId: string) {
  reply.header('content-disposition', `attachment; filename="shopstack-export-${customerId}.json"`)
  reply.header('cache-control', 'private, no-store')
}

const exportDescription = 'Every field is described in docs/privacy.md. Sent as an attachment named shopstack-export-<customer id>.json.'

export const privacyRoutes: FastifyPluginAsyncTypebox<PrivacyRoutesOptions> = async (
  app,
  { privacy, consents, limiter, attemptsPerAccount },
) => {
  const tags = ['privacy']

  app.get(
    '/store/me/consents',
    {
      schema: {
        tags,
        summary: 'The shopper’s consents: current state and every decision with time and source',
        response: { 200: ConsentsView },
      },
      config: { auth: 'customer' },
    },
    async (req, reply) => {
      reply.header('cache-control', 'private, no-store')
      return consents.view(me(req))
    },
  )

  app.put(
    '/store/me/consents/marketing',
    {
      schema: {
        tags,
        summary: 'Give or withdraw marketing consent; the decision is added to the history',
        body: ConsentBody,
        response: { 200: ConsentsView },
      },
      config: { auth: 'customer' },
    },
    (req) => consents.decide(me(req), { purpose: 'marketing', granted: req.body.granted, source: req.body.source ?? 'account' }),
  )

  app.get(
    '/store/me/export',
    {
      schema: {
        tags,
        summary: 'Download everything the shop holds about the signed-in shopper, as JSON',
        description: exportDescription,
        response: { 200: PersonalDataExport },
      },
      config: { auth: 'customer' },
    },
    async (req, reply) => {
      const customerId = me(req)
      asAttachment(reply, customerId)
      return privacy.exportFor(customerId, 'customer')
    },
  )

  app.delete(
    '/store/me',
    {
      schema: {
        tags,
        summary: 'Erase the signed-in shopper’s account and personal data; confirms with the password and signs out everywhere',
        description: 'Orders are kept, anonymised, for the accounts (docs/privacy.md). 204 on success; 422 when the password is wrong.',
        body: EraseMeBody,
        response: { 204: NoContent },
      },
      config: { auth: 'customer' },
    },
    async (req, reply) => {
      const customerId = me(req)
      // A stolen session must not become a free password-guessing oracle.
      await throttle(limiter, `erase:${customerId}`, attemptsPerAccount)
      await privacy.eraseOwnAccount(customerId, req.body.password, req.id)
      clearSessionCookies(reply, CUSTOMER_COOKIE)
      reply.clearCookie(CART_COOKIE, { path: '/' })
      return reply.status(204).send(null)
    },
  )

  // Staff: each read of a customer's data and each erasure is written to the audit log.
  app.get(
    '/admin/customers/:customerId/consents',
    {
      schema: { tags, summary: 'A customer’s consents and their history', params: CustomerParams, response: { 200: ConsentsView } },
      config: {
        auth: { staff: 'customers:read' },
        audit: { action: 'customer.consents.read', targetType: 'customer', targetParam: 'customerId' },
      },
    },
    (req) => privacy.consentsOf(req.params.customerId),
  )

  app.get(
    '/admin/customers/:customerId/export',
    {
      schema: {
        tags,
        summary: 'Everything the shop holds about a customer, as JSON (to answer an access request)',
        description: exportDescription,
        params: CustomerParams,
        response: { 200: PersonalDataExport },
      },
      config: {
        auth: { staff: 'customers:read' },
        audit: { action: 'customer.export', targetType: 'customer', targetParam: 'customerId' },
      },
    },
    async (req, reply) => {
      asAttachment(reply, req.params.customerId)
      return privacy.exportFor(req.params.customerId, 'staff')
    },
  )

  app.delete(
    '/admin/customers/:customerId',
    {
      schema: {
        tags,
        summary: 'Erase a customer’s personal data (to answer an erasure request); their orders are kept, anonymised',
        description: 'Irreversible. Answers with what was erased; docs/privacy.md says what is kept and why.',
        params: CustomerParams,
        response: { 200: ErasureView },
      },
      config: {
        auth: { staff: 'customers:write' },
        audit: { action: 'customer.erase', targetType: 'customer', targetParam: 'customerId' },
      },
    },
    (req) => privacy.erase(req.params.customerId, { kind: 'staff' }),
  )
}
