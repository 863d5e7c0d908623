/**
 * The shapes the identity stack accepts for hub origins and claim names, in a module of their own so
 * that the config schema reuses them without loading cdktf and the Keycloak bindings.
 */

/** An origin the hub is served at: scheme, host and optional port, no path. */
export const HUB_ORIGIN_PATTERN = /^https?:\/\/[a-z0-9.-]+(:[0-9]{1,5})?$/;

/** A claim name a mapper can emit at the top level of a token (no dots: those nest the claim). */
export const CLAIM_NAME_PATTERN = /^[A-Za-z_][A-Za-z0-9_]*$/;
