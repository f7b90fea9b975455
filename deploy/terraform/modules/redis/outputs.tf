output "primary_endpoint" {
  value = aws_elasticache_replication_group.this.primary_endpoint_address
}

# rediss: (TLS). ElastiCache's certificates chain to a public CA, so Node verifies them as is.
output "url_without_auth_token" {
  value = "rediss://${aws_elasticache_replication_group.this.primary_endpoint_address}:6379"
}

output "url_with_auth_token" {
  value     = "rediss://:${random_password.auth_token.result}@${aws_elasticache_replication_group.this.primary_endpoint_address}:6379"
  sensitive = true
}
