// A stand-in for the one package Harbor imports from go.pinniped.dev (v0.37.0), which the Go module
// proxy of the project's machines refuses ("Go module host not permitted"). Harbor uses it only for its
// own OIDC login redirect, unused with database authentication. scripts/install-tools.sh points Harbor's
// go.mod at this folder with a replace directive.
module go.pinniped.dev

go 1.26.0

require golang.org/x/oauth2 v0.36.0
