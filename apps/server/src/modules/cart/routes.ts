import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox'
import { shopperOf, type CartService } from './service.js'
import { AddItemBody, CartItemParams, CartParams, CartPatch, CartView, CreateCartBody, UpdateItemBody } from './schemas.js'

/** Anonymous shoppers have carts too, so every route is public; the service enforces who owns a cart. */
export const cartRoutes: FastifyPluginAsyncTypebox<{ cart: CartService }> = async (app, { cart }) => {
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
    async (req, reply) => reply.status(201).send(await cart.createCart(shopperOf(req.actor), req.body)),
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
