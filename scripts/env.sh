# Source this to use the tools scripts/install-tools.sh built:  . scripts/env.sh
export THINKUBE_CACHE="${THINKUBE_CACHE:-$HOME/.cache/thinkube-jupyterhub}"
export PATH="$THINKUBE_CACHE/bin:$PATH"
export HELM_BIN="$THINKUBE_CACHE/bin/helm"
# OpenTofu with the providers from the local mirror (the machine's own TF_CLI_CONFIG_FILE may name a
# file that does not exist); cdktf runs it under this name. Users with registry access may instead
# leave TF_CLI_CONFIG_FILE unset and use their own terraform/tofu (docs/terraform.md, "Terraform providers").
export TF_CLI_CONFIG_FILE="$THINKUBE_CACHE/terraform/tofurc"
export TERRAFORM_BINARY_NAME="$THINKUBE_CACHE/bin/tofu"
export CHECKPOINT_DISABLE=1
