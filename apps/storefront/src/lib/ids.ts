/** Order ids as the API issues them; anything else is not worth asking the API about. */
export const isOrderId = (value: string) => /^ord_[0-9A-Za-z]{10,40}$/.test(value)
