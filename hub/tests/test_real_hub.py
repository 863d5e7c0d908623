"""The access policy as the real JupyterHub 5.5.0 calls it: the chart's own hub configuration over
dist/rendered, a real configurable-http-proxy and real single-user servers (local processes), logging
in with the OAuth code flow against a small identity provider that can disable accounts and go down
(real_hub/). What only JupyterHub itself does (counting failed spawns, storing options, refreshing
before a spawn) is reached here and nowhere else."""

from __future__ import annotations

import secrets

import pytest
from real_hub.hub_process import HubProcess
from real_hub.identity_provider import IdentityProvider

# The re-check period, shortened so a test need not wait five minutes (the values say 300 s).
RECHECK = 2


@pytest.fixture(scope="module")
def idp():
    provider = IdentityProvider("jupyterhub", secrets.token_hex(16)).start()
    provider.add("ada", "jupyterhub-admins")
    provider.add("bob", "jupyterhub-users")
    provider.add("gus", "jupyterhub-gpu-users")
    provider.add("dan", "jupyterhub-users")
    provider.add("eve", "jupyterhub-gpu-users")
    yield provider
    provider.stop()


@pytest.fixture(scope="module")
def hub(idp):
    process = HubProcess(idp.url, idp.client_secret, {"recheckSeconds: 300": f"recheckSeconds: {RECHECK}"})
    yield process
    process.stop()


def server_of(hub, name):
    return hub.api("GET", f"/users/{name}").json()["servers"].get("")


def test_refused_spawns_are_answers_and_never_take_the_hub_down(hub):
    bob = hub.log_in("bob")
    for _ in range(8):  # the chart's consecutiveFailureLimit is 5
        refused = hub.as_user(bob, "POST", "/users/bob/server", json={"profile": "gpu"})
        assert refused.status_code == 403
        assert "profile 'gpu' is not available to role user" in refused.json()["message"]
    assert hub.healthy()
    assert "consecutive spawn" not in hub.log()
    assert server_of(hub, "bob") is None


def test_the_spawn_form_shows_a_refusal_on_the_form(hub):
    bob = hub.log_in("bob")
    form = bob.post(f"{hub.url}/hub/spawn/bob", data={"profile": "gpu", "_xsrf": bob.cookies.get("_xsrf")}, timeout=30)
    assert form.status_code == 403
    assert "is not available to role user" in form.text


@pytest.mark.parametrize("body", [[], "gpu", 42, None, True])
def test_server_options_that_are_not_an_object_are_a_400_and_are_not_kept(hub, body):
    bob = hub.log_in("bob")
    refused = hub.as_user(bob, "POST", "/users/bob/server", json=body)
    if body is None:  # JSON null: no options, the default profile
        assert refused.status_code in (201, 202)
        hub.wait_until(lambda: (server_of(hub, "bob") or {}).get("ready"), 60, "bob's server")
        assert hub.as_user(bob, "DELETE", "/users/bob/server").status_code in (202, 204)
        hub.wait_until(lambda: server_of(hub, "bob") is None, 60, "bob's server to stop")
        return
    assert refused.status_code == 400
    assert "server options must be a JSON object" in refused.json()["message"]
    # Nothing was stored: the next start with no options starts the default profile.
    started = hub.as_user(bob, "POST", "/users/bob/server")
    assert started.status_code in (201, 202), started.text
    hub.wait_until(lambda: (server_of(hub, "bob") or {}).get("ready"), 60, "bob's server")
    assert hub.as_user(bob, "DELETE", "/users/bob/server").status_code in (202, 204)
    hub.wait_until(lambda: server_of(hub, "bob") is None, 60, "bob's server to stop")


def test_another_accounts_auth_state_grants_nothing(hub):
    ada, bob = hub.log_in("ada"), hub.log_in("bob")
    ada_state = hub.api("GET", "/users/ada").json()["auth_state"]
    assert hub.api("PATCH", "/users/bob", json={"auth_state": ada_state}).status_code == 200
    refused = hub.as_user(bob, "POST", "/users/bob/server", json={"profile": "gpu"})
    assert refused.status_code == 403
    assert server_of(hub, "bob") is None
    assert "another person than the one who logged in" in hub.log()
    del ada


def test_a_claims_only_auth_state_is_a_new_login_not_a_500(hub):
    bob = hub.log_in("bob")
    claims = {"oauth_user": {"sub": "x", "preferred_username": "bob", "groups": ["/jupyterhub-admins"]}}
    assert hub.api("PATCH", "/users/bob", json={"auth_state": claims}).status_code == 200
    refused = hub.as_user(bob, "POST", "/users/bob/server", json={"profile": "gpu"})
    assert refused.status_code == 403
    assert server_of(hub, "bob") is None


def test_a_new_account_with_a_former_users_name_is_refused(hub, idp):
    first = hub.log_in("dan")
    assert first.last_login.status_code == 302
    idp.delete("dan")
    idp.add("dan", "jupyterhub-users")  # someone else registers the freed name
    second = hub.log_in("dan")
    assert second.last_login.status_code == 403
    assert "belongs to another account of the identity provider" in second.last_login.text


def test_the_identity_provider_down_during_a_spawn_is_a_503(hub, idp):
    gus = hub.log_in("gus")
    idp.down = True
    try:
        refused = hub.as_user(gus, "POST", "/users/gus/server", json={"profile": "cpu-small"})
    finally:
        idp.down = False
    assert refused.status_code == 503
    assert "identity provider (Keycloak) cannot be reached" in refused.json()["message"]
    assert hub.healthy()


def test_a_disabled_account_loses_its_servers_without_making_a_request(hub, idp):
    eve = hub.log_in("eve")
    assert hub.as_user(eve, "POST", "/users/eve/server", json={"profile": "gpu"}).status_code in (201, 202)
    hub.wait_until(lambda: (server_of(hub, "eve") or {}).get("ready"), 60, "eve's server")

    # An outage first: nothing is known, nothing is stopped (two re-check periods pass).
    idp.down = True
    hub.wait_until(lambda: hub.log().count("could not re-check eve") >= 2, 10 * RECHECK, "two re-checks")
    idp.down = False
    assert server_of(hub, "eve") is not None

    # Then a demotion in the identity provider, with no request from eve: the GPU server stops.
    idp.accounts["eve"].groups = ["/jupyterhub-users"]
    idp.expire_access_tokens()
    hub.wait_until(lambda: server_of(hub, "eve") is None, 60, "eve's GPU server to stop")

    # And a disabled account: its (allowed) server stops too.
    assert hub.as_user(eve, "POST", "/users/eve/server", json={"profile": "cpu-small"}).status_code in (201, 202)
    hub.wait_until(lambda: (server_of(hub, "eve") or {}).get("ready"), 60, "eve's server")
    idp.accounts["eve"].enabled = False
    idp.expire_access_tokens()
    hub.wait_until(lambda: server_of(hub, "eve") is None, 60, "eve's server to stop")
    assert "the identity provider refused eve" in hub.log()


def test_real_start_failures_still_count(idp):
    """A hub whose servers cannot start at all: its failures are counted as before (JupyterHub warns,
    and would exit at the limit), while refusals in between count for nothing."""
    broken = HubProcess(idp.url, idp.client_secret, singleuser="/nonexistent/jupyterhub-singleuser")
    try:
        gus, bob = broken.log_in("gus"), broken.log_in("bob")
        for _ in range(2):
            broken.as_user(gus, "POST", "/users/gus/server", json={"profile": "cpu-small"})
            broken.wait_until(lambda: server_of(broken, "gus") is None, 60, "the failed spawn to end")
            assert broken.as_user(bob, "POST", "/users/bob/server", json={"profile": "gpu"}).status_code == 403
        broken.wait_until(lambda: "2 consecutive spawns failed" in broken.log(), 30, "the failure warning")
        assert broken.healthy()
    finally:
        broken.stop()
