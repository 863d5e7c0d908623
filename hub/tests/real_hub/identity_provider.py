"""A small OpenID Connect provider for driving the real hub: the endpoints GenericOAuthenticator uses
(authorize, token, userinfo), answering as Keycloak does, with the knobs a test needs that a real
Keycloak makes slow to reach: disable or delete an account, give a name to a new account, change a
person's groups, expire access tokens, go down.

What Keycloak answers and this mirrors (checked against Keycloak 26 in the login e2e):
- a refresh for a disabled or deleted account, or an ended session: 400 {"error": "invalid_grant"};
- userinfo with an access token that is no longer good: 401;
- the authorization-code grant checks the client secret and the PKCE verifier (S256).

Listens on 127.0.0.1 only, in a thread of the test process.
"""

from __future__ import annotations

import base64
import hashlib
import json
import secrets
import threading
import time
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import parse_qs, urlencode, urlparse

REALM_PATH = "/realms/thinkube/protocol/openid-connect"


@dataclass
class Account:
    username: str
    groups: list[str]
    sub: str = field(default_factory=lambda: secrets.token_hex(8))
    enabled: bool = True


class IdentityProvider:
    def __init__(self, client_id: str, client_secret: str, access_token_seconds: float = 300):
        self.client_id = client_id
        self.client_secret = client_secret
        self.access_token_seconds = access_token_seconds
        self.accounts: dict[str, Account] = {}
        self.down = False  # True: every request is dropped without an answer, as a host that is gone
        self._codes: dict[str, tuple[str, str | None]] = {}  # code -> (sub, code_challenge)
        self._access: dict[str, tuple[str, float]] = {}  # token -> (sub, expiry)
        self._refresh: dict[str, str] = {}  # token -> sub
        self._lock = threading.Lock()
        self._server = ThreadingHTTPServer(("127.0.0.1", 0), self._handler_class())
        self._server.daemon_threads = True
        self.url = f"http://127.0.0.1:{self._server.server_address[1]}"
        self._thread = threading.Thread(target=self._server.serve_forever, daemon=True)

    def start(self) -> IdentityProvider:
        self._thread.start()
        return self

    def stop(self) -> None:
        self._server.shutdown()
        self._server.server_close()

    # -- what a test does in the identity provider's console ------------------------------------

    def add(self, username: str, *groups: str) -> Account:
        account = Account(username, [f"/{g}" for g in groups])
        with self._lock:
            self.accounts[username] = account
        return account

    def delete(self, username: str) -> None:
        with self._lock:
            self.accounts.pop(username, None)

    def expire_access_tokens(self) -> None:
        with self._lock:
            self._access.clear()

    def account_by_sub(self, sub: str) -> Account | None:
        return next((a for a in self.accounts.values() if a.sub == sub), None)

    # -- the protocol ------------------------------------------------------------------------------

    def _handler_class(self):
        provider = self

        class Handler(BaseHTTPRequestHandler):
            def log_message(self, *args):  # quiet: the hub's log says what matters
                pass

            def _drop_if_down(self) -> bool:
                if provider.down:
                    self.close_connection = True
                    self.connection.close()
                    return True
                return False

            def _answer(self, status: int, body: dict | None = None, headers: dict | None = None):
                data = json.dumps(body or {}).encode()
                self.send_response(status)
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(len(data)))
                for key, value in (headers or {}).items():
                    self.send_header(key, value)
                self.end_headers()
                self.wfile.write(data)

            def do_GET(self):
                if self._drop_if_down():
                    return
                url = urlparse(self.path)
                query = {k: v[0] for k, v in parse_qs(url.query).items()}
                if url.path == f"{REALM_PATH}/auth":
                    # No login form: the test names the person (login_as), as if they had typed it.
                    account = provider.accounts.get(query.get("login_as", ""))
                    if account is None or not account.enabled or query.get("client_id") != provider.client_id:
                        return self._answer(400, {"error": "invalid_request"})
                    code = secrets.token_urlsafe(16)
                    provider._codes[code] = (account.sub, query.get("code_challenge"))
                    target = f"{query['redirect_uri']}?{urlencode({'code': code, 'state': query.get('state', '')})}"
                    return self._answer(302, headers={"Location": target})
                if url.path == f"{REALM_PATH}/userinfo":
                    token = self.headers.get("Authorization", "").removeprefix("Bearer ")
                    with provider._lock:
                        sub, expiry = provider._access.get(token, (None, 0))
                        account = provider.account_by_sub(sub) if sub else None
                    if account is None or not account.enabled or expiry < time.time():
                        return self._answer(401, {"error": "invalid_token"})
                    return self._answer(
                        200,
                        {
                            "sub": account.sub,
                            "preferred_username": account.username,
                            "email": f"{account.username}@example.org",
                            "groups": list(account.groups),
                        },
                    )
                return self._answer(404, {"error": "not_found"})

            def do_POST(self):
                if self._drop_if_down():
                    return
                length = int(self.headers.get("Content-Length", "0"))
                form = {k: v[0] for k, v in parse_qs(self.rfile.read(length).decode()).items()}
                if urlparse(self.path).path != f"{REALM_PATH}/token":
                    return self._answer(404, {"error": "not_found"})
                if not self._client_ok(form):
                    return self._answer(401, {"error": "unauthorized_client"})
                grant = form.get("grant_type")
                with provider._lock:
                    if grant == "authorization_code":
                        sub, challenge = provider._codes.pop(form.get("code", ""), (None, None))
                        verifier = form.get("code_verifier", "")
                        digest = base64.urlsafe_b64encode(hashlib.sha256(verifier.encode()).digest()).rstrip(b"=")
                        if sub is None or (challenge and digest.decode() != challenge):
                            return self._answer(400, {"error": "invalid_grant", "error_description": "Code not valid"})
                    elif grant == "refresh_token":
                        sub = provider._refresh.pop(form.get("refresh_token", ""), None)
                        account = provider.account_by_sub(sub) if sub else None
                        if account is None or not account.enabled:
                            return self._answer(
                                400, {"error": "invalid_grant", "error_description": "Token is not active"}
                            )
                    else:
                        return self._answer(400, {"error": "unsupported_grant_type"})
                    access, refresh = secrets.token_urlsafe(24), secrets.token_urlsafe(24)
                    provider._access[access] = (sub, time.time() + provider.access_token_seconds)
                    provider._refresh[refresh] = sub  # rotated, as Keycloak can be set to
                return self._answer(
                    200,
                    {
                        "access_token": access,
                        "refresh_token": refresh,
                        "token_type": "Bearer",
                        "expires_in": int(provider.access_token_seconds),
                        "scope": "openid profile email",
                    },
                )

            def _client_ok(self, form: dict) -> bool:
                header = self.headers.get("Authorization", "")
                if header.startswith("Basic "):
                    client_id, _, secret = base64.b64decode(header[6:]).decode().partition(":")
                else:
                    client_id, secret = form.get("client_id", ""), form.get("client_secret", "")
                return client_id == provider.client_id and secret == provider.client_secret

        return Handler
