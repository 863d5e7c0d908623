/**
 * The OpenID Connect authorization-code flow with PKCE, as a browser and the hub perform it, done with
 * plain HTTP: Keycloak's login form is filled in, the redirect to the hub's callback is read (not
 * followed: the hub need not run), and the code is exchanged at the token endpoint.
 */
import { createHash, randomBytes } from 'node:crypto';

export interface LoginResult {
  readonly idToken: Record<string, unknown>;
  readonly accessToken: string;
  readonly userinfo: Record<string, unknown>;
}

export interface AuthorizeRequest {
  readonly keycloakUrl: string;
  readonly realm: string;
  readonly clientId: string;
  readonly redirectUri: string;
  /** false: leave PKCE out, to see it refused. */
  readonly pkce?: boolean;
}

function authorizeUrl(req: AuthorizeRequest, state: string, challenge?: string): string {
  const query = new URLSearchParams({
    client_id: req.clientId,
    redirect_uri: req.redirectUri,
    response_type: 'code',
    scope: 'openid profile email',
    state,
    ...(challenge ? { code_challenge: challenge, code_challenge_method: 'S256' } : {}),
  });
  return `${req.keycloakUrl}/realms/${req.realm}/protocol/openid-connect/auth?${query}`;
}

/** The first answer to an authorization request, without following redirects. */
export async function authorize(req: AuthorizeRequest): Promise<Response> {
  const challenge = req.pkce === false ? undefined : createHash('sha256').update('x').digest('base64url');
  return fetch(authorizeUrl(req, 'probe', challenge), { redirect: 'manual' });
}

/** The cookies a browser keeps for one site, as a `cookie` header (paths and expiry left out). */
export class CookieJar {
  private readonly cookies = new Map<string, string>();
  keep(response: Response): void {
    for (const cookie of response.headers.getSetCookie()) {
      const [pair] = cookie.split(';');
      const [name, ...value] = (pair ?? '').split('=');
      if (name) this.cookies.set(name.trim(), value.join('='));
    }
  }
  get(name: string): string | undefined {
    return this.cookies.get(name);
  }
  header(): string {
    return [...this.cookies].map(([k, v]) => `${k}=${v}`).join('; ');
  }
}

/**
 * Keycloak's login form for an authorization request, filled in and sent as a browser does. Returns where
 * Keycloak sends the browser back (the client's redirect URI with the code), checked to start with `redirectUri`.
 */
export async function submitKeycloakLogin(
  authorizationUrl: string,
  credentials: { username: string; password: string },
  redirectUri: string,
): Promise<string> {
  const cookies = new CookieJar();
  const form = await fetch(authorizationUrl, { redirect: 'manual' });
  cookies.keep(form);
  const html = await form.text();
  const action = html.match(/<form[^>]*id="kc-form-login"[^>]*action="([^"]+)"/)?.[1];
  if (form.status !== 200 || !action)
    throw new Error(`no Keycloak login form (HTTP ${form.status}): ${html.slice(0, 500)}`);

  const submitted = await fetch(action.replaceAll('&amp;', '&'), {
    method: 'POST',
    redirect: 'manual',
    headers: { cookie: cookies.header(), 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({ ...credentials, credentialId: '' }),
  });
  const location = submitted.headers.get('location') ?? '';
  if (submitted.status !== 302 || !location.startsWith(`${redirectUri}?`)) {
    throw new Error(`login did not redirect to ${redirectUri} (HTTP ${submitted.status}, location "${location}")`);
  }
  return location;
}

export async function logInWithCode(
  req: AuthorizeRequest & { clientSecret: string; username: string; password: string },
): Promise<LoginResult> {
  const verifier = randomBytes(32).toString('base64url');
  const challenge = createHash('sha256').update(verifier).digest('base64url');
  const state = randomBytes(8).toString('hex');
  const location = await submitKeycloakLogin(
    authorizeUrl(req, state, challenge),
    { username: req.username, password: req.password },
    req.redirectUri,
  );
  const back = new URL(location).searchParams;
  if (back.get('state') !== state) throw new Error(`state came back as "${back.get('state')}", sent "${state}"`);

  const base = `${req.keycloakUrl}/realms/${req.realm}/protocol/openid-connect`;
  const tokenResponse = await fetch(`${base}/token`, {
    method: 'POST',
    headers: {
      authorization: `Basic ${Buffer.from(`${encodeURIComponent(req.clientId)}:${encodeURIComponent(req.clientSecret)}`).toString('base64')}`,
      'content-type': 'application/x-www-form-urlencoded',
    },
    body: new URLSearchParams({
      grant_type: 'authorization_code',
      code: back.get('code') ?? '',
      redirect_uri: req.redirectUri,
      code_verifier: verifier,
    }),
  });
  const tokens = (await tokenResponse.json()) as { id_token?: string; access_token?: string; error?: string };
  if (!tokenResponse.ok || !tokens.id_token || !tokens.access_token) {
    throw new Error(`token exchange failed (HTTP ${tokenResponse.status}): ${JSON.stringify(tokens)}`);
  }
  const userinfo = await fetch(`${base}/userinfo`, { headers: { authorization: `Bearer ${tokens.access_token}` } });
  const payload = tokens.id_token.split('.')[1] ?? '';
  return {
    idToken: JSON.parse(Buffer.from(payload, 'base64url').toString('utf8')),
    accessToken: tokens.access_token,
    userinfo: (await userinfo.json()) as Record<string, unknown>,
  };
}
