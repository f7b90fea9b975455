/** Cookie names. Staff and shoppers have separate sessions, so signing into the admin never signs a shopper in. */
export const CUSTOMER_COOKIE = 'ss_customer'
export const STAFF_COOKIE = 'ss_staff'
/** Readable by page scripts (not HttpOnly) so a browser app can echo it in X-CSRF-Token. */
export const CSRF_COOKIE = 'ss_csrf'
export const CSRF_HEADER = 'x-csrf-token'
