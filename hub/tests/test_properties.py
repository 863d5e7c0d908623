"""Property-based: hostile claims and spawn requests, generated, against the real classes.

Whatever the identity provider's userinfo holds (any JSON shape) and whatever a client posts as server
options, the policy never raises anything but a tornado HTTPError with a 4xx status, and never grants a
role that the claims do not grant by the rule stated independently below. A bounded budget keeps it
inside CI time; failures are shrunk to a minimal example by hypothesis.
"""

from __future__ import annotations

from types import SimpleNamespace

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from test_thinkube_access import kube_spawner, policy_from, user
from thinkube_access import MAX_CLAIM_ENTRIES, MAX_CLAIM_NAME
from tornado import web

GROUP_NAMES = ["jupyterhub-admins", "jupyterhub-gpu-users", "jupyterhub-users", "staff"]
ROLE_NAMES = ["admin", "gpu-user", "user", "superuser", "offline_access"]

# Names that look like what a realm sends, tricky variants included.
tricky_groups = st.sampled_from(GROUP_NAMES).flatmap(
    lambda g: st.sampled_from([f"/{g}", f"//{g}", f"/x/{g}", g, f"/{g}/", f"/{g.upper()}", f" /{g}"])
)
names = st.one_of(tricky_groups, st.sampled_from(ROLE_NAMES), st.text(max_size=20))
json_values = st.recursive(
    st.one_of(st.none(), st.booleans(), st.integers(), st.floats(allow_nan=False), names),
    lambda children: st.one_of(st.lists(children, max_size=6), st.dictionaries(names, children, max_size=4)),
    max_leaves=12,
)
claim = st.one_of(st.lists(st.one_of(names, json_values), max_size=8), json_values)
user_info = st.fixed_dictionaries({}, optional={"groups": claim, "hub_roles": claim, "roles": claim})
auth_state = st.one_of(st.fixed_dictionaries({"oauth_user": user_info}), json_values)

BUDGET = settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])


def granted_by_rule(policy, info) -> set[str]:
    """The roles the claims grant, stated independently of the module: exact top-level paths in a list
    of strings, or exact client roles, each claim a list of at most MAX_CLAIM_ENTRIES entries."""

    def entries(value):
        if isinstance(value, str):
            value = [value]
        if not isinstance(value, list) or len(value) > MAX_CLAIM_ENTRIES:
            return set()
        return {v for v in value if isinstance(v, str) and 0 < len(v) <= MAX_CLAIM_NAME}

    if not isinstance(info, dict):
        return set()
    groups = entries(info.get("groups"))
    roles = entries(info.get("hub_roles"))
    return {name for name, role in policy.roles.items() if f"/{role.group}" in groups or role.client_role in roles}


@BUDGET
@given(state=auth_state)
def test_no_role_beyond_what_the_claims_grant(values, state):
    policy = policy_from(values)
    info = state.get("oauth_user") if isinstance(state, dict) else None
    expected = granted_by_rule(policy, info)
    roles = {role.name for role in policy.roles_from_claims(info if isinstance(info, dict) else {})}
    assert roles == expected
    assert set(policy.groups_from_auth_state(state)) == {policy.roles[r].group for r in expected}
    best = policy.role_from_auth_state(state)
    assert (best.name if best else None) == next((r for r in ("admin", "gpuUser", "user") if r in expected), None)


@BUDGET
@given(state=auth_state, options=st.dictionaries(names, json_values, max_size=4))
async def test_spawn_requests_get_a_4xx_or_a_granted_profile(values, state, options):
    policy = policy_from(values)
    spawner = kube_spawner(values, user("h", auth_state=state))
    spawner.user_options = options
    try:
        role, _profile = await policy.check_spawn(spawner)
    except web.HTTPError as refused:
        assert 400 <= refused.status_code < 500
        assert len(refused.log_message) < 600
        return
    info = state.get("oauth_user") if isinstance(state, dict) else None
    assert role.name in granted_by_rule(policy, info)
    requested = options.get("profile")
    assert requested is None or requested in role.profiles
    profiles = await policy.profile_list(SimpleNamespace(user=spawner.user))
    assert requested is None or requested in [p["slug"] for p in profiles]
