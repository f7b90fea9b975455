output "endpoint" {
  value = aws_db_instance.this.endpoint
}

# verify-full: TLS with certificate and host name checks. The RDS CA is not in Node's store:
# give the process the RDS bundle with NODE_EXTRA_CA_CERTS (see deploy/terraform/README.md).
output "url_without_password" {
  value = "postgres://${var.username}@${aws_db_instance.this.endpoint}/${var.database_name}?sslmode=verify-full"
}

output "url_with_password" {
  value     = "postgres://${var.username}:${random_password.master.result}@${aws_db_instance.this.endpoint}/${var.database_name}?sslmode=verify-full"
  sensitive = true
}
