variable "name" {
  description = "Prefix of every resource name."
  type        = string
  default     = "shopstack"
}

variable "environment" {
  description = "Environment name (production, staging, …); part of resource names."
  type        = string
  default     = "production"
}

variable "region" {
  description = "AWS region."
  type        = string
}

variable "tags" {
  description = "Extra tags on every resource."
  type        = map(string)
  default     = {}
}

# ---- network: the VPC is not created here; pass the one the cluster runs in ------------------

variable "vpc_id" {
  description = "VPC that holds the cluster and the data stores."
  type        = string
}

variable "private_subnet_ids" {
  description = "Private subnets (at least two, in different zones) for RDS and ElastiCache."
  type        = list(string)

  validation {
    condition     = length(var.private_subnet_ids) >= 2
    error_message = "RDS and ElastiCache subnet groups need subnets in at least two availability zones."
  }
}

variable "app_security_group_ids" {
  description = "Security groups of the workloads allowed to reach PostgreSQL and Redis (EKS node or pod security groups)."
  type        = list(string)
}

# ---- PostgreSQL ------------------------------------------------------------------------------

variable "db_instance_class" {
  description = "RDS instance class."
  type        = string
  default     = "db.t4g.medium"
}

variable "db_allocated_storage_gb" {
  description = "Initial storage in GiB."
  type        = number
  default     = 20
}

variable "db_max_allocated_storage_gb" {
  description = "Upper bound for storage autoscaling in GiB."
  type        = number
  default     = 200
}

variable "db_multi_az" {
  description = "Standby in a second zone with automatic failover."
  type        = bool
  default     = true
}

variable "db_backup_retention_days" {
  description = "Days of automated backups (point-in-time recovery window)."
  type        = number
  default     = 14
}

variable "db_deletion_protection" {
  description = "Refuse to delete the database; turn off deliberately before a destroy."
  type        = bool
  default     = true
}

# ---- Redis -----------------------------------------------------------------------------------

variable "redis_node_type" {
  description = "ElastiCache node type."
  type        = string
  default     = "cache.t4g.small"
}

variable "redis_replicas" {
  description = "Number of cache nodes (primary + replicas); 2 or more enables automatic failover."
  type        = number
  default     = 2
}

# ---- media and encryption --------------------------------------------------------------------

variable "media_bucket_name" {
  description = "Globally unique name of the media bucket."
  type        = string
}

variable "kms_key_arn" {
  description = "Customer-managed KMS key for RDS, ElastiCache, S3 and Secrets Manager; null uses the AWS-managed keys."
  type        = string
  default     = null
}

variable "stripe_secret_key" {
  description = "Stripe secret key (sk_live_… or a restricted rk_live_… key): the card processor. Production refuses to start without one."
  type        = string
  sensitive   = true
}

variable "stripe_webhook_secret" {
  description = "Signing secret (whsec_…) of the Stripe webhook endpoint <PUBLIC_URL>/store/payments/webhooks/stripe."
  type        = string
  sensitive   = true
}
