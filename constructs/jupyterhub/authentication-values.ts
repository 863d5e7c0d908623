/**
 * The chart values that make the hub log people in through Keycloak: GenericOAuthenticator's settings
 * and the client secret's environment variable. Who may log in and who is admin are the roles' groups,
 * which hub/thinkube_access.py derives from the token (decision 0003).
 */
import { hubUrls, keycloakEndpoints } from '../identity/oidc-rules.js';
import { OIDC_CLIENT_SECRET } from '../names.js';

export interface AuthenticationProps {
  /** Keycloak's public URL (the browser's), e.g. `https://auth.example.org`. */
  readonly keycloakUrl: string;
  /** Where the hub itself reaches Keycloak, when not at the public URL. */
  readonly backchannelUrl?: string;
  readonly realm: string;
  readonly clientId: string;
  readonly usernameClaim: string;
  readonly scopes: readonly string[];
  /** The origin the hub is served at (`https://<hostname>`). */
  readonly hubOrigin: string;
  /** The hub groups of the three roles: all may log in, the admin role's group is admin. */
  readonly roleGroups: { readonly admin: string; readonly gpuUser: string; readonly user: string };
  /** How old the stored tokens may be before the hub refreshes them from Keycloak, in seconds. */
  readonly authRefreshAgeSeconds: number;
}

/** `hub.config.GenericOAuthenticator` and the secret it reads from the environment. */
export function authenticationValues(props: AuthenticationProps) {
  const endpoints = keycloakEndpoints(props.keycloakUrl, props.realm, props.backchannelUrl);
  const urls = hubUrls(props.hubOrigin);
  const logoutUrl =
    `${endpoints.logout}?post_logout_redirect_uri=${encodeURIComponent(urls.afterLogout)}` +
    `&client_id=${encodeURIComponent(props.clientId)}`;
  return {
    GenericOAuthenticator: {
      client_id: props.clientId,
      // client_secret is not here: OAuthenticator reads OAUTH_CLIENT_SECRET, set from a Secret below.
      oauth_callback_url: urls.oauthCallback,
      authorize_url: endpoints.authorize,
      token_url: endpoints.token,
      userdata_url: endpoints.userinfo,
      logout_redirect_url: logoutUrl,
      login_service: 'Keycloak',
      username_claim: props.usernameClaim,
      scope: [...props.scopes],
      enable_pkce: true,
      // auth_state_groups_key is set by hub/thinkube_access.py: a callable that reads userinfo
      // (top-level group paths such as "/jupyterhub-users", and the hub client's roles) and returns
      // the groups of the roles they grant, which allowed_groups/admin_groups are compared with.
      // The same module decides profiles and caps from the same claims (decision 0003).
      manage_groups: true,
      allowed_groups: [props.roleGroups.admin, props.roleGroups.gpuUser, props.roleGroups.user],
      admin_groups: [props.roleGroups.admin],
      // Keep tokens and re-read them from Keycloak before each spawn: the role is decided from
      // them. hub/thinkube_access.py forces these on and refuses to start with refreshing off.
      enable_auth_state: true,
      refresh_pre_spawn: true,
      auth_refresh_age: props.authRefreshAgeSeconds,
    },
    extraEnv: {
      OAUTH_CLIENT_SECRET: { valueFrom: { secretKeyRef: { ...OIDC_CLIENT_SECRET } } },
    },
  };
}
