output "bucket_name" {
  value = aws_s3_bucket.this.id
}

output "bucket_arn" {
  value = aws_s3_bucket.this.arn
}

output "bucket_url" {
  value = "s3://${aws_s3_bucket.this.id}"
}

output "access_policy_arn" {
  value = aws_iam_policy.access.arn
}
