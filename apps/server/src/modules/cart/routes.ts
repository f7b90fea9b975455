import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox'
import type { FastifyReply } from 'fastify'
import { CART_COOKIE } from '../../platform/http/cookies.js'
import { notFound } from '../../problems.js'
import { shopperOf, type CartService } from './service.js'
import { AddItemBody, CartItemParams, CartParams, CartPatch, CartView, CreateCartBody, UpdateItemBody } from './schemas.js'

/** Anonymous shoppers have carts too, so every route is public; the service enforces who owns a cart. */
export interface CartRoutesOptions {
  cart: CartService
  ttlMs: number
  secureCookies: boolean
}

/** Remembers a browser's cart, so a reload or a later visit finds it (API clients keep the id themselves). */
export function setCartCookie(reply: FastifyReply, cartId: string, ttlMs: number, secure: boolean) {
  reply.setCookie(CART_COOKIE, cartId, { path: '/', httpOnly: true, sameSite: 'lax', secure, maxAge: Math.floor(ttlMs / 1000) })
}

export const cartRoutes: FastifyPluginAsyncTypebox<CartRoutesOptions> = async (app, { cart, ttlMs, secureCookies }) => {
  const tags = ['cart']

  app.post(
    '/store/carts',
    {
      schema: {
        tags,
        summary: 'Start a cart in a region (the first region by name when none is given); keep its id',
        body: CreateCartBody,
        response: { 201: CartView },
      },
      config: { auth: 'public' },
    },
    async (req, reply) => {
      const created = await cart.createCart(shopperOf(req.actor), req.body)
      setCartCookie(reply, created.id, ttlMs, secureCookies)
      return reply.status(201).send(created)
    },
  )

  app.get(
    '/store/carts/current',
    {
      schema: {
        tags,
        summary: 'The cart this browser holds (cookie), else the signed-in customer’s open cart; 404 when there is none',
        response: { 200: CartView },
      },
      config: { auth: 'public' },
    },
    async (req) => {
      const shopper = shopperOf(req.actor)
      const fromCookie = req.cookies[CART_COOKIE]
      if (fromCookie && /^cart_[0-9A-Za-z]{1,64}$/.test(fromCookie)) {
        const held = await cart.getCart(shopper, fromCookie).catch(() => null)
        if (held) return held
      }
      const own = shopper.customerId ? await cart.currentCartOf(shopper.customerId) : null
      if (!own) throw notFound('cart')
      return own
    },
  )

  app.get(
    '/store/carts/:cartId',
    {
      schema: { tags, summary: 'A cart with its lines and totals, priced now', params: CartParams, response: { 200: CartView } },
      config: { auth: 'public' },
    },
    (req) => cart.getCart(shopperOf(req.actor), req.params.cartId),
  )

  app.patch(
    '/store/carts/:cartId',
    {
      schema: {
        tags,
        summary: 'Set the email, country or shipping option of a cart',
        params: CartParams,
        body: CartPatch,
        response: { 200: CartView },
      },
      config: { auth: 'public' },
    },
    (req) => cart.updateCart(shopperOf(req.actor), req.params.cartId, req.body),
  )

  app.post(
    '/store/carts/:cartId/items',
    {
      schema: {
        tags,
        summary: 'Add a variant to a cart (quantities merge); the price comes from the catalog',
        params: CartParams,
        body: AddItemBody,
        response: { 200: CartView },
      },
      config: { auth: 'public' },
    },
    (req) => cart.addItem(shopperOf(req.actor), req.params.cartId, req.body),
  )

  app.patch(
    '/store/carts/:cartId/items/:itemId',
    {
      schema: {
        tags,
        summary: 'Change the quantity of a cart line',
        params: CartItemParams,
        body: UpdateItemBody,
        response: { 200: CartView },
      },
      config: { auth: 'public' },
    },
    (req) => cart.updateItem(shopperOf(req.actor), req.params.cartId, req.params.itemId, req.body),
  )

  app.delete(
    '/store/carts/:cartId/items/:itemId',
    {
      schema: { tags, summary: 'Remove a line from a cart', params: CartItemParams, response: { 200: CartView } },
      config: { auth: 'public' },
    },
    (req) => cart.removeItem(shopperOf(req.actor), req.params.cartId, req.params.itemId),
  )
}
