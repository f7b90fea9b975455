/** Browser events that keep the header's cart count (components/cart-link.tsx) current. */
export const CART_CHANGED = 'shopstack:cart-changed'
export const CART_COUNT = 'shopstack:cart-count'

/** The cart changed somewhere the header cannot see (an action's answer): ask again. */
export const announceCartChanged = () => window.dispatchEvent(new Event(CART_CHANGED))
