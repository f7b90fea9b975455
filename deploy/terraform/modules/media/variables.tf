variable "bucket_name" {
  description = "Globally unique bucket name."
  type        = string
}

variable "kms_key_arn" {
  type    = string
  default = null
}

variable "noncurrent_version_days" {
  description = "Days a replaced or deleted object version is kept (undo window)."
  type        = number
  default     = 30
}
