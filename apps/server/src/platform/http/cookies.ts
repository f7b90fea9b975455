/** Cookie names. Staff and shoppers have separate sessions, so signing into the admin never signs a shopper in. */
export const CUSTOMER_COOKIE = 'ss_customer'
export const STAFF_COOKIE = 'ss_staff'
/**
 * Readable by page scripts (not HttpOnly) so a browser app can echo it in X-CSRF-Token; one per
 * session kind, so signing into the admin does not overwrite the shopper's token.
 */
export const CSRF_COOKIE: Record<string, string> = { ss_customer: 'ss_csrf', ss_staff: 'ss_staff_csrf' }
export const CSRF_HEADER = 'x-csrf-token'
/** The anonymous shopper's cart id: HttpOnly, since only the server (API or storefront SSR) reads it. */
export const CART_COOKIE = 'ss_cart'
