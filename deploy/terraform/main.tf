provider "aws" {
  region = var.region

  default_tags {
    tags = merge(var.tags, {
      Application = var.name
      Environment = var.environment
      ManagedBy   = "terraform"
    })
  }
}

locals {
  prefix = "${var.name}-${var.environment}"
}

module "postgres" {
  source = "./modules/postgres"

  name                       = local.prefix
  vpc_id                     = var.vpc_id
  subnet_ids                 = var.private_subnet_ids
  allowed_security_group_ids = var.app_security_group_ids
  instance_class             = var.db_instance_class
  allocated_storage_gb       = var.db_allocated_storage_gb
  max_allocated_storage_gb   = var.db_max_allocated_storage_gb
  multi_az                   = var.db_multi_az
  backup_retention_days      = var.db_backup_retention_days
  deletion_protection        = var.db_deletion_protection
  kms_key_arn                = var.kms_key_arn
}

module "redis" {
  source = "./modules/redis"

  name                       = local.prefix
  vpc_id                     = var.vpc_id
  subnet_ids                 = var.private_subnet_ids
  allowed_security_group_ids = var.app_security_group_ids
  node_type                  = var.redis_node_type
  num_cache_clusters         = var.redis_replicas
  kms_key_arn                = var.kms_key_arn
}

module "media" {
  source = "./modules/media"

  bucket_name = var.media_bucket_name
  kms_key_arn = var.kms_key_arn
}
