import { Type } from 'typebox'
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox'
import { signIn, signOut, type SignInDeps } from '../../platform/auth/sign-in.js'
import { STAFF_COOKIE } from '../../platform/http/cookies.js'
import { Page, PageQuery } from '../../platform/http/pagination.js'
import { NoContent } from '../../platform/http/schemas.js'
import { forbidden } from '../../problems.js'
import type { StaffService } from './service.js'
import {
  CreateStaffBody,
  CreateTokenBody,
  CreatedTokenView,
  RolesView,
  StaffLoginBody,
  StaffParams,
  StaffSessionView,
  StaffView,
  TokenParams,
  TokenView,
  UpdateStaffBody,
} from './schemas.js'

export interface StaffRoutesOptions {
  staff: StaffService
  signIn: SignInDeps
  sessionTtlMs: number
}

export const staffRoutes: FastifyPluginAsyncTypebox<StaffRoutesOptions> = async (app, { staff, signIn: signInDeps, sessionTtlMs }) => {
  const tags = ['staff']

  app.post(
    '/admin/auth/login',
    {
      schema: { tags, summary: 'Staff sign-in (sets the staff session cookie)', body: StaffLoginBody, response: { 200: StaffSessionView } },
      config: { auth: 'public' },
    },
    async (req, reply) => {
      const { subject, csrfToken } = await signIn(signInDeps, req, reply, {
        kind: 'staff',
        email: req.body.email,
        cookie: STAFF_COOKIE,
        ttlMs: sessionTtlMs,
        authenticate: () => staff.authenticate(req.body.email, req.body.password),
      })
      return { staff: subject, csrfToken }
    },
  )

  app.post(
    '/admin/auth/logout',
    {
      schema: { tags, summary: 'Ends the staff session', response: { 204: NoContent } },
      config: { auth: 'public' },
    },
    async (req, reply) => {
      await signOut(signInDeps.sessions, req, reply, 'staff', STAFF_COOKIE)
      return reply.status(204).send(null)
    },
  )

  app.get(
    '/admin/auth/session',
    {
      schema: { tags, summary: 'The signed-in staff member and their CSRF token', response: { 200: StaffSessionView } },
      config: { auth: { staff: 'catalog:read' } },
    },
    async (req) => {
      const actor = req.actor
      if (actor.kind !== 'staff' || !actor.session) throw forbidden('Not a staff browser session')
      return { staff: await staff.getStaff(actor.staffId), csrfToken: actor.session.csrfToken }
    },
  )

  app.get(
    '/admin/staff',
    {
      schema: { tags, summary: 'List staff', querystring: Type.Object(PageQuery), response: { 200: Page(StaffView) } },
      config: { auth: { staff: 'staff:read' } },
    },
    (req) => staff.listStaff(req.query.limit, req.query.cursor),
  )

  app.get(
    '/admin/staff/roles',
    {
      schema: { tags, summary: 'The staff roles and the permissions each holds', response: { 200: RolesView } },
      config: { auth: { staff: 'staff:read' } },
    },
    () => staff.describeRoles(),
  )

  app.post(
    '/admin/staff',
    {
      schema: { tags, summary: 'Add a staff member', body: CreateStaffBody, response: { 201: StaffView } },
      config: { auth: { staff: 'staff:write' }, audit: { action: 'staff.create', targetType: 'staff' } },
    },
    async (req, reply) => reply.status(201).send(await staff.createStaff(req.body)),
  )

  app.patch(
    '/admin/staff/:staffId',
    {
      schema: {
        tags,
        summary: 'Change a staff member’s name, role or access',
        params: StaffParams,
        body: UpdateStaffBody,
        response: { 200: StaffView },
      },
      config: { auth: { staff: 'staff:write' }, audit: { action: 'staff.update', targetType: 'staff', targetParam: 'staffId' } },
    },
    (req) => staff.updateStaff(req.actor, req.params.staffId, req.body),
  )

  app.get(
    '/admin/api-tokens',
    {
      schema: {
        tags,
        summary: 'List API tokens (never their secrets)',
        querystring: Type.Object(PageQuery),
        response: { 200: Page(TokenView) },
      },
      config: { auth: { staff: 'tokens:write' } },
    },
    (req) => staff.listTokens(req.query.limit, req.query.cursor),
  )

  app.post(
    '/admin/api-tokens',
    {
      schema: {
        tags,
        summary: 'Create an API token; the secret is shown once',
        body: CreateTokenBody,
        response: { 201: CreatedTokenView },
      },
      config: { auth: { staff: 'tokens:write' }, audit: { action: 'api_token.create', targetType: 'api_token' } },
    },
    async (req, reply) => reply.status(201).send(await staff.createToken(req.actor, req.body)),
  )

  app.delete(
    '/admin/api-tokens/:tokenId',
    {
      schema: { tags, summary: 'Revoke an API token', params: TokenParams, response: { 204: NoContent } },
      config: { auth: { staff: 'tokens:write' }, audit: { action: 'api_token.revoke', targetType: 'api_token', targetParam: 'tokenId' } },
    },
    async (req, reply) => {
      await staff.revokeToken(req.params.tokenId)
      return reply.status(204).send(null)
    },
  )
}
