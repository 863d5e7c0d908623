// Package pkce is RFC 7636 (Proof Key for Code Exchange) with the S256 method, in the shape Harbor
// v2.15.2 calls: Generate, and the Challenge, Method and Verifier options of a Code.
package pkce

import (
	"crypto/rand"
	"crypto/sha256"
	"encoding/base64"
	"encoding/hex"
	"fmt"

	"golang.org/x/oauth2"
)

// Code is a PKCE code verifier: 32 random bytes, hex-encoded (64 characters, within RFC 7636's 43-128).
type Code string

// Generate returns a new random verifier.
func Generate() (Code, error) {
	var buf [32]byte
	if _, err := rand.Read(buf[:]); err != nil {
		return "", fmt.Errorf("could not generate PKCE code: %w", err)
	}
	return Code(hex.EncodeToString(buf[:])), nil
}

// Challenge is the code_challenge parameter: base64url(SHA-256(verifier)) without padding.
func (c Code) Challenge() oauth2.AuthCodeOption {
	sum := sha256.Sum256([]byte(c))
	return oauth2.SetAuthURLParam("code_challenge", base64.RawURLEncoding.EncodeToString(sum[:]))
}

// Method is the code_challenge_method parameter.
func (c Code) Method() oauth2.AuthCodeOption {
	return oauth2.SetAuthURLParam("code_challenge_method", "S256")
}

// Verifier is the code_verifier parameter of the token request.
func (c Code) Verifier() oauth2.AuthCodeOption {
	return oauth2.SetAuthURLParam("code_verifier", string(c))
}
