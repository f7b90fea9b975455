terraform {
  required_version = ">= 1.6.0, < 2.0.0"

  required_providers {
    aws = {
      source  = "hashicorp/aws"
      version = "~> 5.80"
    }
    random = {
      source  = "hashicorp/random"
      version = "~> 3.6"
    }
  }

  # The state holds the generated passwords and SESSION_SECRET in clear text: keep it in an
  # encrypted, access-controlled backend, never on a laptop or in git. For example:
  #
  # backend "s3" {
  #   bucket         = "example-terraform-state"
  #   key            = "shopstack/production.tfstate"
  #   region         = "eu-west-1"
  #   encrypt        = true
  #   dynamodb_table = "terraform-locks"
  # }
}
