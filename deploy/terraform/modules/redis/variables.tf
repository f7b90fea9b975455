variable "name" {
  description = "Resource name prefix."
  type        = string
}

variable "vpc_id" {
  type = string
}

variable "subnet_ids" {
  type = list(string)
}

variable "allowed_security_group_ids" {
  description = "Security groups allowed to connect on 6379."
  type        = list(string)
}

variable "node_type" {
  type = string
}

variable "num_cache_clusters" {
  description = "Primary plus replicas; 2 or more turns on automatic failover across zones."
  type        = number
}

variable "kms_key_arn" {
  type    = string
  default = null
}
