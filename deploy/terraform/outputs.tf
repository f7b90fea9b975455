# URLs without credentials: safe to print. The full ones are in the Secrets Manager secret.

output "database_url" {
  description = "PostgreSQL URL without the password (TLS with certificate verification)."
  value       = module.postgres.url_without_password
}

output "database_endpoint" {
  description = "RDS endpoint (host:port)."
  value       = module.postgres.endpoint
}

output "redis_url" {
  description = "Redis URL without the auth token (rediss: TLS)."
  value       = module.redis.url_without_auth_token
}

output "media_bucket" {
  description = "Name of the media bucket."
  value       = module.media.bucket_name
}

output "media_bucket_url" {
  description = "S3 URL of the media bucket."
  value       = module.media.bucket_url
}

output "media_access_policy_arn" {
  description = "IAM policy granting read/write on the media bucket; attach it to the app's role (IRSA or Pod Identity)."
  value       = module.media.access_policy_arn
}

output "app_secret_arn" {
  description = "Secrets Manager secret with SESSION_SECRET, DATABASE_URL and REDIS_URL."
  value       = aws_secretsmanager_secret.app.arn
}

output "app_secret_name" {
  description = "Name of that secret (for an ExternalSecret's remoteRef.key)."
  value       = aws_secretsmanager_secret.app.name
}
