# One secret whose keys are the server's environment variable names, so a secret-sync tool
# (External Secrets Operator, the Secrets Store CSI driver) maps it 1:1 onto the Kubernetes
# Secret "shopstack-secrets" that deploy/k8s expects.

resource "random_password" "session_secret" {
  length  = 64
  special = false
}

resource "aws_secretsmanager_secret" "app" {
  name        = "${var.name}/${var.environment}/app"
  description = "shopstack server secrets: SESSION_SECRET, STRIPE_SECRET_KEY, STRIPE_WEBHOOK_SECRET, DATABASE_URL, REDIS_URL"
  kms_key_id  = var.kms_key_arn

  # A deleted secret can be restored for a week; an accidental destroy is not instant loss.
  recovery_window_in_days = 7
}

resource "aws_secretsmanager_secret_version" "app" {
  secret_id = aws_secretsmanager_secret.app.id
  secret_string = jsonencode({
    # Rotating it signs every shopper and staff member out: do it deliberately.
    SESSION_SECRET        = random_password.session_secret.result
    STRIPE_SECRET_KEY     = var.stripe_secret_key
    STRIPE_WEBHOOK_SECRET = var.stripe_webhook_secret
    DATABASE_URL          = module.postgres.url_with_password
    REDIS_URL             = module.redis.url_with_auth_token
  })
}
