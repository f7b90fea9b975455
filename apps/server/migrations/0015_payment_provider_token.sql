-- Payments whose card the storefront tokenized with the provider's own script (Stripe.js): the
-- provider's token (a Stripe PaymentMethod id, pm_…) is kept to authorize with. It is no card
-- data: only the provider, with the shop's secret key, can charge it, and only once.

alter table payment add column provider_token text;
