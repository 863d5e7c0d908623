"""The role policy, against the real JupyterHub 5.5.0, OAuthenticator 17.4.0 and KubeSpawner 7.0.0."""

from __future__ import annotations

import asyncio
import base64
import copy
import json
import logging
import time
from types import SimpleNamespace

import pytest
from conftest import HUB
from kubespawner import KubeSpawner
from oauthenticator.generic import GenericOAuthenticator
from thinkube_access import (
    MAX_CLAIM_ENTRIES,
    AccessPolicy,
    GpuCapacity,
    NodeGpus,
    claim_strings,
    parse_bytes,
    top_level_group,
    validate_access_values,
)
from tornado import web
from traitlets import TraitError
from traitlets.config import Config

# The cluster most tests assume: one schedulable node with one GPU of the configured resource.
ONE_GPU_NODE = NodeGpus(name="gpu-node-1", schedulable=True, gpus=1)


def listing(*nodes: NodeGpus, calls: list | None = None):
    """A node lookup that answers `nodes` (in place of KubeSpawner's client; the e2e uses the real one)."""

    async def list_nodes(spawner, resource, request_timeout):
        if calls is not None:
            calls.append(resource)
        return list(nodes)

    return list_nodes


def policy_from(values, list_nodes=None, clock=None) -> AccessPolicy:
    gpu = values["custom"]["thinkube"]["gpu"]
    capacity = (
        GpuCapacity(
            gpu["resourceName"],
            gpu["capacityCacheSeconds"],
            gpu["apiTimeoutSeconds"],
            list_nodes or listing(ONE_GPU_NODE),
            **({"clock": clock} if clock else {}),
        )
        if gpu
        else None
    )
    return AccessPolicy.from_values(values["custom"]["thinkube"], values["singleuser"]["profileList"], capacity)


def user(name: str, *groups: str, roles=(), hub_groups=None, auth_state=None):
    """A hub user as KubeSpawner and the policy see it.

    Its auth state holds what Keycloak sent: `groups` as full paths ("/jupyterhub-users"), the hub
    client's `roles`. Its hub group records (`hub_groups`) are what the hub's group API can rewrite;
    by default they match the claims, as OAuthenticator's manage_groups leaves them after a login.
    """
    state = (
        auth_state
        if auth_state is not None
        else {"oauth_user": {"groups": [f"/{g}" for g in groups], "hub_roles": list(roles)}}
    )

    async def get_auth_state():
        return state

    records = groups if hub_groups is None else hub_groups
    return SimpleNamespace(
        name=name,
        id=1,
        url=f"/user/{name}/",
        groups=[SimpleNamespace(name=g) for g in records],
        get_auth_state=get_auth_state,
    )


def authenticator(values) -> GenericOAuthenticator:
    """The hub's authenticator, configured from the synthesized values and the policy."""
    c = Config()
    c.GenericOAuthenticator.update(values["hub"]["config"]["GenericOAuthenticator"])
    policy_from(values).configure(c)
    return GenericOAuthenticator(config=c)


class CallbackRequest:
    """The OAuth callback request as OAuthenticator reads it: the code, and the PKCE state cookie."""

    def get_argument(self, name: str) -> str:
        assert name == "code"
        return "authorization-code"

    def get_state_cookie(self) -> str:
        state = {"state_id": "state", "code_verifier": "verifier"}
        return base64.urlsafe_b64encode(json.dumps(state).encode()).decode()


async def log_in(auth: GenericOAuthenticator, userinfo: dict) -> dict:
    """A login through OAuthenticator's public authenticate(), with Keycloak's answers given here.

    Only the two calls that would go to Keycloak are replaced (the token request and userinfo; both are
    OAuthenticator's documented extension points); the auth model, groups and admin status are computed
    by OAuthenticator itself, as after a real callback.
    """

    async def get_token_info(handler, params):
        assert params["code_verifier"] == "verifier"  # PKCE is on, as the values require
        return {"access_token": "access", "refresh_token": "refresh", "token_type": "Bearer"}

    async def token_to_user(token_info):
        return userinfo

    auth.get_token_info = get_token_info
    auth.token_to_user = token_to_user
    return await auth.authenticate(CallbackRequest())


def kube_spawner(values, the_user, list_nodes=None, **options) -> KubeSpawner:
    """A real KubeSpawner (mocked Kubernetes client) configured like the chart would; `list_nodes`
    answers the policy's node lookup (default: one GPU node)."""
    c = Config()
    for section, settings in values["hub"]["config"].items():
        c[section].update(settings)
    c.KubeSpawner.storage_capacity = values["singleuser"]["storage"]["capacity"]
    c.KubeSpawner.volume_mounts = list(values["singleuser"]["storage"]["extraVolumeMounts"].values())
    policy_from(values, list_nodes).configure(c)
    spawner = KubeSpawner(config=c, user=the_user, _mock=True)
    spawner.user_options = options
    spawner.log = logging.getLogger("test")
    return spawner


# -- the chart's hub.config is made of real traits ---------------------------------------------


def test_every_hub_config_key_is_a_real_configurable_trait(values):
    from jupyterhub.app import JupyterHub

    classes = {"JupyterHub": JupyterHub, "GenericOAuthenticator": GenericOAuthenticator, "KubeSpawner": KubeSpawner}
    unknown = []
    for section, settings in values["hub"]["config"].items():
        cls = classes[section]
        traits = cls.class_traits(config=True)
        unknown += [f"{section}.{key}" for key in settings if key not in traits]
    assert unknown == []


def test_the_authenticator_takes_the_values(values):
    c = Config()
    c.GenericOAuthenticator.update(values["hub"]["config"]["GenericOAuthenticator"])
    auth = GenericOAuthenticator(config=c)
    assert auth.enable_pkce is True
    assert auth.manage_groups is True
    assert auth.allowed_groups == {"jupyterhub-admins", "jupyterhub-gpu-users", "jupyterhub-users"}
    assert auth.admin_groups == {"jupyterhub-admins"}
    assert auth.token_url.endswith("/realms/thinkube/protocol/openid-connect/token")


def test_the_client_secret_comes_from_the_environment(values, monkeypatch):
    monkeypatch.setenv("OAUTH_CLIENT_SECRET", "from-the-secret")
    assert GenericOAuthenticator().client_secret == "from-the-secret"
    assert "OAUTH_CLIENT_SECRET" in values["hub"]["extraEnv"]


# -- the extraConfig snippet, run as the chart runs it -------------------------------------------


def test_extra_config_snippet_registers_the_policy(values, z2jh):
    # The module is importable here as in the hub pod, where it sits in the chart's config directory
    # (on sys.path); the login e2e runs the snippet inside the chart's own jupyterhub_config.py.
    c = Config()
    code = values["hub"]["extraConfig"]["thinkube-access"]
    exec(compile(code, "extraConfig/thinkube-access", "exec"), {"c": c, "get_config": z2jh.get_config})
    assert callable(c.KubeSpawner.profile_list)
    assert callable(c.Spawner.pre_spawn_hook)
    assert callable(c.GenericOAuthenticator.auth_state_groups_key)


def test_the_mounted_module_is_this_file(values):
    assert values["hub"]["extraFiles"]["thinkube-access"]["stringData"] == (HUB / "thinkube_access.py").read_text()


# -- custom.thinkube against its schema (the TypeScript side's one declaration, as JSON Schema) ------


def test_the_mounted_schema_is_this_file_beside_the_module(values):
    schema = values["hub"]["extraFiles"]["thinkube-access-schema"]
    assert schema["stringData"] == (HUB / "thinkube_access.schema.json").read_text()
    module = values["hub"]["extraFiles"]["thinkube-access"]["mountPath"]
    assert schema["mountPath"] == module.removesuffix(".py") + ".schema.json"


def test_the_committed_values_fit_the_schema(values):
    validate_access_values(values["custom"]["thinkube"])


def test_a_block_from_another_version_stops_the_hub_naming_every_field(values):
    drifted = copy.deepcopy(values["custom"]["thinkube"])
    del drifted["roles"]["user"]["limits"]["ephemeralStorage"]
    drifted["roles"]["admin"]["sharedVolume"] = "rw"
    drifted["quota"] = 3
    with pytest.raises(ValueError) as refused:
        validate_access_values(drifted)
    message = str(refused.value)
    assert message.startswith("custom.thinkube does not fit its schema (thinkube_access.schema.json)")
    assert "custom.thinkube: Additional properties are not allowed ('quota' was unexpected)" in message
    assert "custom.thinkube.roles.admin.sharedVolume: 'rw' is not one of ['read-only', 'read-write']" in message
    assert "custom.thinkube.roles.user.limits: 'ephemeralStorage' is a required property" in message


def test_the_extra_config_snippet_checks_the_block_before_registering_anything(values, z2jh):
    del values["custom"]["thinkube"]["roles"]["gpuUser"]
    c = Config()
    code = values["hub"]["extraConfig"]["thinkube-access"]
    with pytest.raises(ValueError, match="custom.thinkube.roles: 'gpuUser' is a required property"):
        exec(compile(code, "extraConfig/thinkube-access", "exec"), {"c": c, "get_config": z2jh.get_config})
    assert "profile_list" not in c.KubeSpawner


# -- groups --------------------------------------------------------------------------------------


async def test_a_top_level_group_path_grants_its_role_and_nothing_else_counts(values):
    c = Config()
    c.GenericOAuthenticator.update(values["hub"]["config"]["GenericOAuthenticator"])
    policy_from(values).configure(c)
    auth = GenericOAuthenticator(config=c)
    auth_model = await log_in(auth, {"preferred_username": "ada", "groups": ["/jupyterhub-admins", "/other/nested"]})
    assert auth_model["groups"] == ["jupyterhub-admins"]
    assert auth_model["admin"] is True
    assert await auth.check_allowed("ada", auth_model) is True


async def test_a_user_in_no_allowed_group_is_refused_by_the_authenticator(values):
    c = Config()
    c.GenericOAuthenticator.update(values["hub"]["config"]["GenericOAuthenticator"])
    policy_from(values).configure(c)
    auth = GenericOAuthenticator(config=c)
    model = await log_in(auth, {"preferred_username": "eve", "groups": ["/staff"]})
    assert model["admin"] is False
    assert not await auth.check_allowed("eve", model)


def test_claims_are_read_as_bounded_lists_of_names():
    assert claim_strings(["/a", "/a", "b", "", None, 3, {"x": 1}]) == ["/a", "b"]
    assert claim_strings("/a") == ["/a"]
    for junk in (None, 3, 2.5, {"groups": ["/a"]}, True):
        assert claim_strings(junk) == []
    assert claim_strings(["/a"] * (MAX_CLAIM_ENTRIES + 1)) == []
    assert claim_strings(["x" * 256]) == []


def test_only_top_level_full_paths_name_a_group():
    assert top_level_group("/jupyterhub-admins") == "jupyterhub-admins"
    for not_top_level in ("jupyterhub-admins", "//jupyterhub-admins", "/x/jupyterhub-admins", "/", "", "/a/"):
        assert top_level_group(not_top_level) is None


# -- profiles each role sees ---------------------------------------------------------------------


@pytest.mark.parametrize(
    ("groups", "expected"),
    [
        (("jupyterhub-admins",), ["cpu-small", "cpu-large", "gpu"]),
        (("jupyterhub-gpu-users",), ["cpu-small", "cpu-large", "gpu"]),
        (("jupyterhub-users",), ["cpu-small"]),
        (("jupyterhub-users", "jupyterhub-admins"), ["cpu-small", "cpu-large", "gpu"]),
        (("staff",), []),
        ((), []),
    ],
)
async def test_profile_list_per_role(values, groups, expected):
    profiles = await policy_from(values).profile_list(SimpleNamespace(user=user("u", *groups)))
    assert [p["slug"] for p in profiles] == expected
    if profiles:
        assert [p["default"] for p in profiles].count(True) == 1


async def test_the_default_moves_when_the_role_may_not_start_it(values):
    values["singleuser"]["profileList"][0]["default"] = False
    values["singleuser"]["profileList"][1]["default"] = True  # cpu-large, which users may not start
    profiles = await policy_from(values).profile_list(SimpleNamespace(user=user("u", "jupyterhub-users")))
    assert profiles == [dict(profiles[0], default=True)]


# -- server-side enforcement (async: KubeSpawner needs a running event loop to be constructed) --


async def test_a_user_starts_an_allowed_profile_with_the_shared_volume_read_only(values):
    spawner = kube_spawner(values, user("bob", "jupyterhub-users"), profile="cpu-small")
    await spawner.pre_spawn_hook(spawner)
    assert [m["readOnly"] for m in spawner.volume_mounts if m["name"] == "shared"] == [True]


async def test_an_admin_gets_the_shared_volume_writable(values):
    spawner = kube_spawner(values, user("ada", "jupyterhub-admins"), profile="gpu")
    await spawner.pre_spawn_hook(spawner)
    assert [m["readOnly"] for m in spawner.volume_mounts if m["name"] == "shared"] == [False]


async def test_a_forbidden_profile_is_refused_with_a_clear_message(values):
    spawner = kube_spawner(values, user("bob", "jupyterhub-users"), profile="gpu")
    with pytest.raises(web.HTTPError) as refused:
        await spawner.pre_spawn_hook(spawner)
    assert refused.value.status_code == 403
    assert refused.value.log_message == "profile 'gpu' is not available to role user; allowed: cpu-small"


async def test_an_unknown_profile_is_refused(values):
    spawner = kube_spawner(values, user("bob", "jupyterhub-users"), profile="../../etc")
    with pytest.raises(web.HTTPError) as refused:
        await spawner.pre_spawn_hook(spawner)
    assert refused.value.status_code == 403


async def test_crafted_resource_options_are_refused(values):
    spawner = kube_spawner(values, user("bob", "jupyterhub-users"), profile="cpu-small", cpu_limit=64)
    with pytest.raises(web.HTTPError) as refused:
        await spawner.pre_spawn_hook(spawner)
    assert refused.value.status_code == 400
    assert "unsupported server option(s) cpu_limit" in refused.value.log_message


async def test_a_user_in_no_role_cannot_start_anything(values):
    spawner = kube_spawner(values, user("eve", "staff"))
    with pytest.raises(web.HTTPError) as refused:
        await spawner.pre_spawn_hook(spawner)
    assert refused.value.status_code == 403
    assert refused.value.log_message == "eve has no hub role (in Keycloak: a hub group or client role)"


async def test_a_profile_above_the_role_caps_is_refused_even_if_listed(values):
    # A hand-edited profile list that offers users more than their caps: the caps still hold.
    values["custom"]["thinkube"]["roles"]["user"]["profiles"].append("cpu-large")
    spawner = kube_spawner(values, user("bob", "jupyterhub-users"), profile="cpu-large")
    with pytest.raises(web.HTTPError) as refused:
        await spawner.pre_spawn_hook(spawner)
    assert refused.value.log_message == (
        "profile 'cpu-large' exceeds the limits of role user: 8 CPU > 2; 32Gi memory > 4Gi"
    )


@pytest.mark.parametrize(
    ("name", "group", "profile", "home"),
    [
        ("ada", "jupyterhub-admins", "cpu-small", "50Gi"),
        ("gus", "jupyterhub-gpu-users", "gpu", "20Gi"),
        ("bob", "jupyterhub-users", "cpu-small", "10Gi"),
    ],
)
async def test_each_role_gets_its_own_home_size(values, name, group, profile, home):
    spawner = kube_spawner(values, user(name, group), profile=profile)
    await spawner.pre_spawn_hook(spawner)
    await spawner.load_user_options()
    pvc = spawner.get_pvc_manifest()
    assert pvc.spec.resources.requests["storage"] == home


async def test_the_home_size_follows_the_role_at_each_start(values):
    # The spawner object outlives a start: a user made admin meanwhile asks for the admin's size (a new
    # claim gets it; KubeSpawner leaves an existing one as it is).
    spawner = kube_spawner(values, user("bob", "jupyterhub-users"), profile="cpu-small")
    await spawner.pre_spawn_hook(spawner)
    assert spawner.storage_capacity == "10Gi"
    spawner.user = user("bob", "jupyterhub-admins")
    await spawner.pre_spawn_hook(spawner)
    assert spawner.storage_capacity == "50Gi"


async def test_a_home_above_the_role_size_from_a_profile_override_is_refused(values):
    # A hand-edited profile whose override asks for a larger home, applied after pre_spawn_hook.
    small = next(p for p in values["singleuser"]["profileList"] if p["slug"] == "cpu-small")
    small["kubespawner_override"]["storage_capacity"] = "500Gi"
    policy = policy_from(values)
    spawner = kube_spawner(values, user("bob", "jupyterhub-users"), profile="cpu-small")
    await policy.pre_spawn_hook(spawner)
    await spawner.load_user_options()
    with pytest.raises(web.HTTPError) as refused:
        await policy.check_pod(spawner, await spawner.get_pod_manifest())
    assert refused.value.status_code == 403
    assert "home 500Gi > 10Gi" in refused.value.log_message


async def test_kubespawner_itself_applies_only_allowed_profiles(values):
    spawner = kube_spawner(values, user("gus", "jupyterhub-gpu-users"), profile="gpu")
    await spawner.load_user_options()
    assert spawner.extra_resource_limits == {"ephemeral-storage": "10Gi", "nvidia.com/gpu": "1"}
    assert spawner.cpu_limit == 8

    refused = kube_spawner(values, user("bob", "jupyterhub-users"), profile="gpu")
    with pytest.raises(ValueError):
        await refused.load_user_options()


async def test_the_spawn_form_shows_only_allowed_profiles(values):
    spawner = kube_spawner(values, user("bob", "jupyterhub-users"))
    form = await spawner.get_options_form()
    assert "cpu-small" in form
    assert "cpu-large" not in form and "gpu" not in form.replace("nvidia", "")


def test_sizes_parse_in_both_spellings():
    assert parse_bytes("4G") == parse_bytes("4Gi") == 4 * 2**30
    assert parse_bytes("512M") == 512 * 2**20
    assert parse_bytes(1024) == parse_bytes("1024") == 1024
    # JupyterHub's ByteSpecification decides what a size is: anything else is refused, not guessed.
    for bad in ("4X", "4GB", "lots"):
        with pytest.raises(TraitError):
            parse_bytes(bad)


def test_the_module_cannot_take_the_hub_down():
    source = (HUB / "thinkube_access.py").read_text()
    for forbidden in ("sys.exit", "import requests", "urllib", "http.client", "socket", "subprocess", "time.sleep"):
        assert forbidden not in source


async def test_shared_access_never_leaks_between_spawners(values):
    admin = kube_spawner(values, user("ada", "jupyterhub-admins"), profile="cpu-small")
    plain = kube_spawner(values, user("bob", "jupyterhub-users"), profile="cpu-small")
    plain.volume_mounts = admin.volume_mounts  # the very same config objects
    await admin.pre_spawn_hook(admin)
    await plain.pre_spawn_hook(plain)
    assert [m["readOnly"] for m in admin.volume_mounts if m["name"] == "shared"] == [False]
    assert [m["readOnly"] for m in plain.volume_mounts if m["name"] == "shared"] == [True]


# -- roles claim (the identity stack's client roles) ---------------------------------------------


async def auth_model_for(values, user_info, name="dee"):
    auth = authenticator(values)
    return auth, await log_in(auth, {"preferred_username": name, **user_info})


async def test_a_directly_granted_admin_role_makes_an_admin_without_any_group(values):
    auth, model = await auth_model_for(values, {"groups": [], "hub_roles": ["admin"]})
    assert model["groups"] == ["jupyterhub-admins"]
    assert model["admin"] is True
    assert await auth.check_allowed("dee", model) is True


async def test_the_user_role_lets_a_person_in_without_being_admin(values):
    auth, model = await auth_model_for(values, {"hub_roles": ["user"]})
    assert model["groups"] == ["jupyterhub-users"]
    assert model["admin"] is False
    assert await auth.check_allowed("dee", model) is True
    policy = policy_from(values)
    dee = user("dee", auth_state={"oauth_user": {"hub_roles": ["user"]}})
    assert [p["slug"] for p in await policy.profile_list(kube_spawner(values, dee))] == ["cpu-small"]


async def test_roles_and_groups_together_give_the_most_capable_role(values):
    claims = {"groups": ["/jupyterhub-users"], "hub_roles": ["gpu-user"]}
    _, model = await auth_model_for(values, claims)
    assert sorted(model["groups"]) == ["jupyterhub-gpu-users", "jupyterhub-users"]
    assert policy_from(values).role_from_auth_state({"oauth_user": claims}).name == "gpuUser"


async def test_roles_of_other_clients_or_unknown_roles_grant_nothing(values):
    auth, model = await auth_model_for(values, {"hub_roles": ["superuser", "offline_access"], "roles": ["admin"]})
    assert model["groups"] == []
    assert not await auth.check_allowed("dee", model)


def test_the_values_carry_the_roles_claim_and_client_roles(values):
    thinkube = values["custom"]["thinkube"]
    assert thinkube["rolesClaim"] == "hub_roles"
    assert {name: role["clientRole"] for name, role in thinkube["roles"].items()} == {
        "admin": "admin",
        "gpuUser": "gpu-user",
        "user": "user",
    }


# -- hardening (issue 10): each of these passed an escalation or crashed before ------------------


async def test_hub_group_records_written_through_the_group_api_grant_nothing(values):
    # An admin or service token added bob to the admins group in the hub's database; Keycloak still
    # says he is a user. Before: the policy read the records and gave him the GPU profile.
    bob = user("bob", "jupyterhub-users", hub_groups=["jupyterhub-users", "jupyterhub-admins"])
    policy = policy_from(values)
    assert [p["slug"] for p in await policy.profile_list(SimpleNamespace(user=bob))] == ["cpu-small"]
    spawner = kube_spawner(values, bob, profile="gpu")
    with pytest.raises(web.HTTPError) as refused:
        await spawner.pre_spawn_hook(spawner)
    assert refused.value.status_code == 403


async def test_a_demotion_in_keycloak_counts_at_the_next_spawn_whatever_the_records_say(values):
    ada = user("ada", "jupyterhub-users", hub_groups=["jupyterhub-admins"])
    spawner = kube_spawner(values, ada, profile="cpu-large")
    with pytest.raises(web.HTTPError):
        await spawner.pre_spawn_hook(spawner)


@pytest.mark.parametrize(
    "claimed",
    [
        ["//jupyterhub-admins"],  # before: not admin for the authenticator, admin for the policy
        ["/platform/jupyterhub-admins"],  # a subgroup anyone with subgroup rights can create
        ["jupyterhub-admins"],  # a bare name, as a realm with full paths off sends any such subgroup
    ],
)
async def test_only_the_top_level_admins_group_makes_an_admin(values, claimed):
    auth, model = await auth_model_for(values, {"groups": claimed})
    assert model["admin"] is False
    assert not await auth.check_allowed("dee", model)
    gus = user("gus", auth_state={"oauth_user": {"groups": claimed}})
    assert await policy_from(values).profile_list(SimpleNamespace(user=gus)) == []


@pytest.mark.parametrize(
    "user_info",
    [
        {"groups": {"/jupyterhub-admins": True}},
        {"groups": 7, "hub_roles": None},
        {"groups": None, "hub_roles": {"admin": 1}},
        {"groups": [None, 3, ["/jupyterhub-admins"]], "hub_roles": [["admin"]]},
        {"groups": ["/jupyterhub-admins"] * (MAX_CLAIM_ENTRIES + 1)},
    ],
)
async def test_malformed_claims_grant_nothing_and_crash_nothing(values, user_info):
    auth, model = await auth_model_for(values, user_info)
    assert model["groups"] == []
    assert not await auth.check_allowed("dee", model)
    spawner = kube_spawner(values, user("dee", auth_state={"oauth_user": user_info}), profile="cpu-small")
    with pytest.raises(web.HTTPError) as refused:
        await spawner.pre_spawn_hook(spawner)
    assert refused.value.status_code == 403


@pytest.mark.parametrize("auth_state", [None, {}, {"oauth_user": None}, {"oauth_user": "x"}, []])
async def test_missing_or_malformed_auth_state_is_no_role(values, auth_state):
    assert await policy_from(values).profile_list(SimpleNamespace(user=user("x", auth_state=auth_state))) == []


def test_a_huge_group_claim_is_read_in_linear_time():
    import time

    policy = AccessPolicy([], [], None, "groups", "hub_roles")
    claim = {"oauth_user": {"groups": [f"/g{i}" for i in range(MAX_CLAIM_ENTRIES)]}}
    started = time.perf_counter()
    for _ in range(100):
        policy.groups_from_auth_state(claim)
    assert time.perf_counter() - started < 2  # 100 000 entries; a quadratic pass took minutes


async def test_refusals_quote_at_most_a_short_part_of_what_was_asked(values):
    spawner = kube_spawner(values, user("bob", "jupyterhub-users"), profile="x" * 1_000_000)
    with pytest.raises(web.HTTPError) as refused:
        await spawner.pre_spawn_hook(spawner)
    assert len(refused.value.log_message) < 300
    many = kube_spawner(values, user("bob", "jupyterhub-users"), **{f"opt{i}" * 1000: 1 for i in range(50)})
    with pytest.raises(web.HTTPError) as refused:
        await many.pre_spawn_hook(many)
    assert len(refused.value.log_message) < 600


def test_the_refresh_the_model_relies_on_cannot_be_turned_off(values):
    c = Config()
    c.GenericOAuthenticator.update(values["hub"]["config"]["GenericOAuthenticator"])
    c.GenericOAuthenticator.refresh_pre_spawn = False
    c.GenericOAuthenticator.enable_auth_state = False
    policy_from(values).configure(c)
    auth = GenericOAuthenticator(config=c)
    assert auth.refresh_pre_spawn is True
    assert auth.enable_auth_state is True
    assert auth.auth_refresh_age == 300
    for section in ("GenericOAuthenticator", "Authenticator"):
        for age in (0, -1, float("inf"), float("nan"), 10**9, True):
            off = Config()
            off[section].auth_refresh_age = age
            with pytest.raises(ValueError, match=r"auth_refresh_age must be a number of seconds from 1 to 3600"):
                policy_from(values).configure(off)


async def test_servers_get_a_node_disk_limit_and_a_role_cap_holds_it(values):
    # Issue 10.7: without an ephemeral-storage limit one user could fill a node's disk.
    spawner = kube_spawner(values, user("gus", "jupyterhub-gpu-users"), profile="gpu")
    await spawner.load_user_options()
    assert spawner.extra_resource_limits == {"ephemeral-storage": "10Gi", "nvidia.com/gpu": "1"}
    assert spawner.extra_resource_guarantees == {"ephemeral-storage": "1Gi"}
    # A hand-edited profile asking for more node disk than the role allows is refused.
    entry = next(p for p in values["singleuser"]["profileList"] if p["slug"] == "cpu-small")
    entry["kubespawner_override"]["extra_resource_limits"] = {"ephemeral-storage": "500Gi"}
    bob = kube_spawner(values, user("bob", "jupyterhub-users"), profile="cpu-small")
    with pytest.raises(web.HTTPError) as refused:
        await bob.pre_spawn_hook(bob)
    assert "500Gi node disk > 20Gi" in refused.value.log_message


# -- a demotion in Keycloak reaches running servers (issue 10.5) ---------------------------------


def running_user(values, name, profile, *claimed_groups, writable=False):
    stopped = []
    the_user = user(name, *claimed_groups)
    spawner = SimpleNamespace(
        active=True,
        user_options={"profile": profile},
        volume_mounts=[{"name": "shared", "mountPath": "/home/jovyan/shared", "readOnly": not writable}],
    )

    async def stop(server_name):
        stopped.append(server_name)

    the_user.spawners = {"": spawner}
    the_user.stop = stop
    return the_user, stopped


async def test_a_demoted_user_loses_the_gpu_server_at_the_next_refresh(values):
    policy = policy_from(values)
    gus, stopped = running_user(values, "gus", "gpu", "jupyterhub-users")  # was a GPU user, is a user now
    names = await policy.stop_servers_beyond_role(gus, await gus.get_auth_state(), logging.getLogger("t"))
    assert names == [""] and stopped == [""]


async def test_a_demoted_admin_loses_the_writable_shared_volume(values):
    policy = policy_from(values)
    ada, stopped = running_user(values, "ada", "cpu-small", "jupyterhub-gpu-users", writable=True)
    await policy.stop_servers_beyond_role(ada, await ada.get_auth_state(), logging.getLogger("t"))
    assert stopped == [""]


async def test_servers_within_the_role_keep_running(values):
    policy = policy_from(values)
    bob, stopped = running_user(values, "bob", "cpu-small", "jupyterhub-users")
    await policy.stop_servers_beyond_role(bob, await bob.get_auth_state(), logging.getLogger("t"))
    assert stopped == []


def test_the_authenticator_is_configured_by_the_generic_section(values):
    c = Config()
    c.GenericOAuthenticator.update(values["hub"]["config"]["GenericOAuthenticator"])
    policy_from(values).configure(c)
    authenticator_class = c.JupyterHub.authenticator_class
    assert issubclass(authenticator_class, GenericOAuthenticator)
    auth = authenticator_class(config=c)
    assert auth.client_id == "jupyterhub"  # the GenericOAuthenticator section still configures it


async def log_in_while_the_code_exchange_fails(values, error: BaseException):
    """A login through the hub's own authenticator (the policy's subclass) whose token request raises `error`."""
    c = Config()
    c.GenericOAuthenticator.update(values["hub"]["config"]["GenericOAuthenticator"])
    policy_from(values).configure(c)
    auth = c.JupyterHub.authenticator_class(config=c)

    async def get_token_info(handler, params):
        raise error

    auth.get_token_info = get_token_info
    return await auth.authenticate(CallbackRequest())


@pytest.mark.parametrize(
    "failure",
    [ConnectionRefusedError(111, "Connection refused"), "599", "502"],
    ids=["connection refused", "no answer (599)", "bad gateway"],
)
async def test_a_login_while_the_identity_provider_is_down_is_a_503_saying_so(values, failure):
    from tornado.httpclient import HTTPClientError

    error = HTTPClientError(int(failure)) if isinstance(failure, str) else failure
    with pytest.raises(web.HTTPError) as refused:
        await log_in_while_the_code_exchange_fails(values, error)
    assert refused.value.status_code == 503
    assert refused.value.log_message.startswith("the identity provider (Keycloak) cannot be reached: ")


async def test_a_login_keycloak_refuses_is_not_called_an_outage(values):
    from tornado.httpclient import HTTPClientError

    with pytest.raises(HTTPClientError):
        await log_in_while_the_code_exchange_fails(values, HTTPClientError(400, "invalid_grant"))


async def test_a_stop_that_fails_is_logged_and_the_request_goes_on(values):
    policy = policy_from(values)
    gus, _ = running_user(values, "gus", "gpu", "jupyterhub-users")

    async def unreachable(server_name):
        raise ConnectionRefusedError("the cluster API is down")

    gus.stop = unreachable
    log = Log()
    assert await policy.stop_servers_beyond_role(gus, await gus.get_auth_state(), log) == []
    assert any("could not stop gus's server" in e for e in log.errors)


async def test_a_server_still_starting_is_left_to_the_next_recheck(values):
    policy = policy_from(values)
    gus, stopped = running_user(values, "gus", "gpu", "jupyterhub-users")
    gus.spawners[""].pending = "spawn"
    assert await policy.stop_servers_beyond_role(gus, await gus.get_auth_state(), logging.getLogger("t")) == []
    assert stopped == []


async def test_a_server_started_without_a_named_profile_is_judged_by_what_it_got(values):
    policy = policy_from(values)
    gus, stopped = running_user(values, "gus", "gpu", "jupyterhub-users")
    spawner = gus.spawners[""]
    spawner.user_options = {}  # started before the profile was recorded: the GPU default
    spawner.cpu_limit, spawner.mem_limit = 8.0, 32 * 2**30
    spawner.extra_resource_limits = {"nvidia.com/gpu": "1"}
    assert await policy.stop_servers_beyond_role(gus, await gus.get_auth_state(), logging.getLogger("t")) == [""]


# -- GPU profiles only where a node can take them -------------------------------------------------


class Log:
    def __init__(self):
        self.warnings = []
        self.errors = []

    def warning(self, message, *args):
        self.warnings.append(message % args)

    def error(self, message, *args):
        self.errors.append(message % args)

    def info(self, *args):
        pass


def gpu_user(name="gus"):
    return user(name, "jupyterhub-gpu-users")


async def offered(policy, the_user, log=None):
    profiles = await policy.profile_list(SimpleNamespace(user=the_user, log=log or Log()))
    return profiles


async def test_gpu_profiles_are_offered_while_a_schedulable_node_has_the_resource(values):
    profiles = await offered(policy_from(values), gpu_user())
    assert [p["slug"] for p in profiles] == ["cpu-small", "cpu-large", "gpu"]
    assert "GPU servers are not offered" not in profiles[0]["description"]


@pytest.mark.parametrize(
    "nodes",
    [
        (),
        (NodeGpus("cpu-node", True, 0),),
        (NodeGpus("gpu-node-cordoned", False, 4), NodeGpus("cpu-node", True, 0)),
    ],
    ids=["no nodes", "no GPU node", "only a cordoned GPU node"],
)
async def test_without_a_gpu_node_gpu_profiles_are_hidden_and_the_form_says_why(values, nodes):
    policy = policy_from(values, listing(*nodes))
    profiles = await offered(policy, gpu_user())
    assert [p["slug"] for p in profiles] == ["cpu-small", "cpu-large"]
    default = next(p for p in profiles if p["default"])
    assert default["description"].endswith("(GPU servers are not offered right now: no GPU node is available.)")
    # A user whose role has no GPU profile is told nothing about GPUs.
    plain = await offered(policy, user("bob", "jupyterhub-users"))
    assert all("GPU" not in p["description"] for p in plain)


async def test_a_gpu_spawn_no_node_can_take_is_refused_with_409(values):
    spawner = kube_spawner(values, gpu_user(), listing(NodeGpus("cpu-node", True, 0)), profile="gpu")
    with pytest.raises(web.HTTPError) as refused:
        await spawner.pre_spawn_hook(spawner)
    assert refused.value.status_code == 409
    assert refused.value.log_message == (
        "profile 'gpu' needs 1 nvidia.com/gpu on one node, but no schedulable node has that many "
        "(largest: 0; no schedulable node has nvidia.com/gpu)"
    )


async def test_more_gpus_than_any_single_node_has_is_refused_with_409(values):
    gpu_entry = next(p for p in values["singleuser"]["profileList"] if p["slug"] == "gpu")
    gpu_entry["kubespawner_override"]["extra_resource_limits"]["nvidia.com/gpu"] = "2"
    values["custom"]["thinkube"]["roles"]["gpuUser"]["limits"]["gpus"] = 2
    two_nodes = listing(NodeGpus("a", True, 1), NodeGpus("b", True, 1))  # two GPUs, but not on one node
    policy = policy_from(values, two_nodes)
    assert [p["slug"] for p in await offered(policy, gpu_user())] == ["cpu-small", "cpu-large"]
    spawner = SimpleNamespace(user=gpu_user(), user_options={"profile": "gpu"}, log=Log(), storage_capacity=None)
    with pytest.raises(web.HTTPError) as refused:
        await policy.check_spawn(spawner)
    assert refused.value.status_code == 409
    assert "needs 2 nvidia.com/gpu on one node" in refused.value.log_message
    assert "(largest: 1; a=1, b=1)" in refused.value.log_message


async def test_a_failing_node_list_hides_gpu_profiles_logs_why_and_refuses_gpu_spawns(values):
    async def failing(spawner, resource, request_timeout):
        raise ConnectionError("connection refused")

    policy = policy_from(values, failing)
    log = Log()
    profiles = await offered(policy, gpu_user(), log)
    assert [p["slug"] for p in profiles] == ["cpu-small", "cpu-large"]
    assert profiles[0]["description"].endswith(
        "(GPU servers are not offered right now: GPU nodes could not be checked.)"
    )
    assert log.warnings == ["thinkube: GPU profiles hidden: the node list failed (ConnectionError: connection refused)"]
    spawner = SimpleNamespace(user=gpu_user(), user_options={"profile": "gpu"}, log=log, storage_capacity=None)
    with pytest.raises(web.HTTPError) as refused:
        await policy.check_spawn(spawner)
    assert refused.value.status_code == 503


async def test_a_slow_node_list_costs_at_most_the_timeout_and_the_form_still_renders(values):
    values["custom"]["thinkube"]["gpu"]["apiTimeoutSeconds"] = 0.2

    async def hanging(spawner, resource, request_timeout):
        await asyncio.sleep(30)

    policy = policy_from(values, hanging)
    started = time.monotonic()
    profiles = await offered(policy, gpu_user())
    assert time.monotonic() - started < 2
    assert [p["slug"] for p in profiles] == ["cpu-small", "cpu-large"]


async def test_the_node_list_is_cached_for_the_configured_time(values):
    calls = []
    now = [1000.0]
    policy = policy_from(values, listing(ONE_GPU_NODE, calls=calls), clock=lambda: now[0])
    for _ in range(3):
        await offered(policy, gpu_user())
    assert calls == ["nvidia.com/gpu"]
    now[0] += values["custom"]["thinkube"]["gpu"]["capacityCacheSeconds"] + 1
    await offered(policy, gpu_user())
    assert calls == ["nvidia.com/gpu", "nvidia.com/gpu"]


# -- what is started is what was checked ------------------------------------------------------------


async def test_a_spawn_without_a_profile_records_the_default_it_starts(values):
    spawner = kube_spawner(values, user("gus", "jupyterhub-gpu-users"))
    spawner.user_options = {}
    await policy_from(values).pre_spawn_hook(spawner)
    assert spawner.user_options == {"profile": "cpu-small"}
    await spawner.load_user_options()
    assert spawner.cpu_limit == 2


async def test_a_cpu_server_after_a_gpu_server_on_the_same_spawner_gets_no_gpu(values):
    policy = policy_from(values)
    spawner = kube_spawner(values, user("gus", "jupyterhub-gpu-users"), profile="gpu")
    await policy.pre_spawn_hook(spawner)
    await spawner.load_user_options()
    assert spawner.extra_resource_limits.get("nvidia.com/gpu") == "1"
    assert spawner.extra_pod_config.get("runtimeClassName") == "nvidia"

    spawner.user_options = {"profile": "cpu-small"}  # the same spawner object, started again
    await policy.pre_spawn_hook(spawner)
    await spawner.load_user_options()
    assert "nvidia.com/gpu" not in spawner.extra_resource_limits
    assert "runtimeClassName" not in spawner.extra_pod_config
    pod = await spawner.get_pod_manifest()
    assert "nvidia.com/gpu" not in (pod.spec.containers[0].resources.limits or {})


async def test_the_pod_kubespawner_builds_is_held_against_the_role_caps(values):
    policy = policy_from(values)
    gus = user("gus", "jupyterhub-gpu-users")
    spawner = kube_spawner(values, gus, profile="gpu")
    await policy.pre_spawn_hook(spawner)
    await spawner.load_user_options()
    pod = await spawner.get_pod_manifest()
    assert await policy.check_pod(spawner, pod) is pod  # within the GPU user's caps

    # The same pod for someone who is a plain user by now.
    spawner.user = user("gus", "jupyterhub-users")
    with pytest.raises(web.HTTPError) as refused:
        await policy.check_pod(spawner, pod)
    assert refused.value.status_code == 403
    assert "1 GPU > 0" in refused.value.log_message and "8 CPU > 2" in refused.value.log_message


def test_the_pod_check_is_kubespawners_modify_pod_hook(values):
    c = Config()
    policy = policy_from(values)
    policy.configure(c)
    assert c.KubeSpawner.modify_pod_hook == policy.check_pod


async def test_profile_names_and_descriptions_reach_the_form_as_text(values):
    values["singleuser"]["profileList"][0]["display_name"] = '<img src=x onerror="alert(1)">'
    values["singleuser"]["profileList"][0]["description"] = "R&D <script>steal()</script>"
    spawner = kube_spawner(values, user("bob", "jupyterhub-users"))
    form = await spawner.get_options_form()
    assert "<img src=x" not in form and "<script>steal()" not in form
    assert "&lt;img src=x onerror=&quot;alert(1)&quot;&gt;" in form
    assert "R&amp;D &lt;script&gt;steal()&lt;/script&gt;" in form


# -- the node lookup ----------------------------------------------------------------------------------


async def test_a_node_still_registering_hides_nothing(values):
    gpu_node = SimpleNamespace(
        metadata=SimpleNamespace(name="gpu-1"),
        spec=SimpleNamespace(unschedulable=None),
        status=SimpleNamespace(
            allocatable={"nvidia.com/gpu": "1"}, conditions=[SimpleNamespace(type="Ready", status="True")]
        ),
    )
    registering = SimpleNamespace(metadata=SimpleNamespace(name="new-1"), spec=None, status=None)

    class Api:
        async def list_node(self, _request_timeout=None):
            return SimpleNamespace(items=[registering, gpu_node])

    from thinkube_access import nodes_from_kubespawner

    nodes = await nodes_from_kubespawner(SimpleNamespace(api=Api()), "nvidia.com/gpu", 3)
    assert nodes == [NodeGpus(name="gpu-1", schedulable=True, gpus=1)]


async def test_a_lookup_whose_callers_were_all_cancelled_is_not_reused_after_the_cache_expires(values):
    now = [1000.0]
    answers = [1, 0]
    gate = asyncio.Event()

    async def list_nodes(spawner, resource, request_timeout):
        count = answers.pop(0)
        if count:
            await gate.wait()  # the first lookup is slow; its caller gives up
        return [NodeGpus(name="n", schedulable=True, gpus=count)]

    capacity = GpuCapacity("nvidia.com/gpu", 30, 3, list_nodes, clock=lambda: now[0])
    caller = asyncio.ensure_future(capacity.largest(SimpleNamespace()))
    await asyncio.sleep(0)
    caller.cancel()
    gate.set()
    await asyncio.sleep(0.01)
    assert (await capacity.largest(SimpleNamespace()))[0] == 1  # within the cache period: the cached answer
    now[0] += 31
    assert (await capacity.largest(SimpleNamespace()))[0] == 0  # a new lookup, not the finished one
