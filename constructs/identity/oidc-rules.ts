/**
 * The OpenID Connect facts both sides share: the shapes the identity stack accepts for hub origins and
 * claim names, the hub's URLs Keycloak must know, and where a realm's endpoints are. In a module of their
 * own so that the config schema, the chart values and the CLI use them without loading cdktf and the
 * Keycloak bindings.
 */

/** An origin the hub is served at: scheme, host and optional port, no path. */
export const HUB_ORIGIN_PATTERN = /^https?:\/\/[a-z0-9.-]+(:[0-9]{1,5})?$/;

/** A claim name a mapper can emit at the top level of a token (no dots: those nest the claim). */
export const CLAIM_NAME_PATTERN = /^[A-Za-z_][A-Za-z0-9_]*$/;

/** Path of JupyterHub's OAuth callback below a hub origin: the client's only redirect URI. */
export const HUB_CALLBACK_PATH = '/hub/oauth_callback';
/** Where Keycloak sends the browser after logout (the hub's landing page). */
export const HUB_AFTER_LOGOUT_PATH = '/hub/';

/** The origin the hub is served at for a configured hostname (the route always terminates TLS). */
export function hubOrigin(hostname: string): string {
  return `https://${hostname}`;
}

/** The URLs of a hub origin that Keycloak must know: the redirect URI and the post-logout landing page. */
export function hubUrls(origin: string) {
  return {
    origin,
    oauthCallback: `${origin}${HUB_CALLBACK_PATH}`,
    afterLogout: `${origin}${HUB_AFTER_LOGOUT_PATH}`,
  };
}

/** Where the hub finds Keycloak's OpenID Connect endpoints for a realm. */
export function keycloakEndpoints(keycloakUrl: string, realm: string, backchannelUrl = keycloakUrl) {
  const path = `realms/${realm}/protocol/openid-connect`;
  return {
    issuer: `${keycloakUrl}/realms/${realm}`,
    // The browser's (front channel): the public URL.
    authorize: `${keycloakUrl}/${path}/auth`,
    logout: `${keycloakUrl}/${path}/logout`,
    // The hub's own calls (back channel): keycloak.backchannelUrl when set.
    token: `${backchannelUrl}/${path}/token`,
    userinfo: `${backchannelUrl}/${path}/userinfo`,
  };
}
