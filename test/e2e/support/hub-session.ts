/**
 * A person's session with a running hub, over plain HTTP as a browser makes it: the hub's login redirect
 * to Keycloak, Keycloak's login form, the hub's callback with the hub's own state cookie (the hub then
 * exchanges the code with Keycloak itself), then the hub's pages and API with the session cookie and its
 * XSRF token (or, for the chart's default DummyAuthenticator, the hub's own login form: logInWithPassword).
 * `hubUrl` is where the hub's proxy is reached in the test (a gateway stand-in); Keycloak
 * sends the browser back to the hub's public callback URL, whose query is delivered to `hubUrl`.
 */
import { CookieJar, submitKeycloakLogin } from './oidc-login.js';

export interface HubSession {
  readonly username: string;
  /** A request to the hub with the session's cookies (and its XSRF token), redirects not followed. */
  request(path: string, init?: RequestInit): Promise<Response>;
  /** The hub's REST API (`path` below /hub/api), as the session; JSON in and out. */
  api(method: string, path: string, body?: unknown): Promise<Response>;
  /** A new API token of the person's (for their server's own API), valid for an hour. */
  newToken(note: string): Promise<string>;
}

/** The status of `user`'s server's own API (jupyter-server's status) through the proxy; 0 when nothing answered. */
export function serverStatus(hubUrl: string, user: string, token: string): Promise<number> {
  return fetch(`${hubUrl}/user/${user}/api/status`, {
    headers: { authorization: `token ${token}` },
    redirect: 'manual',
    signal: AbortSignal.timeout(10_000),
  }).then(
    (r) => r.status,
    () => 0,
  );
}

/** Requests to the hub carrying the cookies it set (and its XSRF token), redirects not followed. */
function hubClient(hubUrl: string) {
  const cookies = new CookieJar();
  const request = async (path: string, init: RequestInit = {}) => {
    const xsrf = cookies.get('_xsrf');
    const response = await fetch(`${hubUrl}${path}`, {
      redirect: 'manual',
      ...init,
      headers: {
        cookie: cookies.header(),
        ...(xsrf ? { 'x-xsrftoken': xsrf } : {}),
        ...(init.headers as Record<string, string> | undefined),
      },
    });
    cookies.keep(response);
    return response;
  };
  return { cookies, request };
}

/** After the login's last redirect: the session, once a hub page has set the XSRF cookie. */
async function session(client: ReturnType<typeof hubClient>, username: string): Promise<HubSession> {
  const { cookies, request } = client;
  if (!cookies.get('jupyterhub-hub-login')) throw new Error(`the hub did not log ${username} in (no login cookie)`);
  const home = await request('/hub/home');
  if (home.status !== 200 || !cookies.get('_xsrf')) {
    throw new Error(`the hub's home page after login: HTTP ${home.status}, XSRF cookie ${cookies.get('_xsrf')}`);
  }
  const api: HubSession['api'] = (method, path, body) =>
    request(`/hub/api${path}`, {
      method,
      ...(body === undefined ? {} : { body: JSON.stringify(body), headers: { 'content-type': 'application/json' } }),
    });
  return {
    username,
    request,
    api,
    async newToken(note) {
      const response = await api('POST', `/users/${username}/tokens`, { note, expires_in: 3600 });
      if (response.status !== 201) throw new Error(`a token for ${username}: HTTP ${response.status}`);
      return ((await response.json()) as { token: string }).token;
    },
  };
}

export async function logInToHub(
  hubUrl: string,
  publicCallback: string,
  credentials: { username: string; password: string },
): Promise<HubSession> {
  const client = hubClient(hubUrl);
  const start = await client.request('/hub/oauth_login');
  const authorization = start.headers.get('location') ?? '';
  if (start.status !== 302 || !authorization) {
    throw new Error(`the hub's login did not redirect to Keycloak (HTTP ${start.status}): ${await start.text()}`);
  }
  const back = await submitKeycloakLogin(authorization, credentials, publicCallback);
  const callback = await client.request(`/hub/oauth_callback${new URL(back).search}`);
  if (callback.status !== 302) {
    throw new Error(
      `the hub's callback did not log ${credentials.username} in (HTTP ${callback.status}): ${(await callback.text()).slice(0, 800)}`,
    );
  }
  return session(client, credentials.username);
}

/** A login at the hub's own form (the chart's default DummyAuthenticator, or any password authenticator). */
export async function logInWithPassword(
  hubUrl: string,
  credentials: { username: string; password: string },
): Promise<HubSession> {
  const client = hubClient(hubUrl);
  const form = await client.request('/hub/login');
  const xsrf = (await form.text()).match(/name="_xsrf"[^>]*value="([^"]+)"/)?.[1] ?? client.cookies.get('_xsrf') ?? '';
  const posted = await client.request('/hub/login', {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({ ...credentials, _xsrf: xsrf }),
  });
  if (posted.status !== 302) {
    const page = (await posted.text()).replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ');
    throw new Error(
      `the hub's login form refused ${credentials.username} (HTTP ${posted.status}): ${page.slice(0, 600)}`,
    );
  }
  return session(client, credentials.username);
}
