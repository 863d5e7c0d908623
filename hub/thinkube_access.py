"""Role-based access for the Thinkube hub: who sees which profiles, and what each role may start.

Runs inside the hub. The chart mounts this file (hub.extraFiles) and the snippet in
hub/extra_config/ wires it into the configuration. The policy itself is data, synthesized from the
project's typed configuration into the chart values (custom.thinkube), so this module holds logic only.

Design rules, because this code runs on every login and spawn in a process many users share:
- A role comes from the identity provider's claims only (auth state, refreshed before each spawn):
  the hub's own group records are written by whoever holds an admin or service token, so they grant
  nothing here. One function reads the claims (roles_from_claims); the authenticator's group
  settings and the spawn checks both get their answer from it.
- Groups count by their full path ("/jupyterhub-admins"), never by a bare name that any subgroup can
  carry; the hub client's roles (Keycloak client roles, the identity stack's mapper) count as well.
- Claims are untrusted input: bounded, type-checked, linear time; a malformed claim grants nothing.
- One network call only: the node list, to know whether any node can take a GPU profile, through
  KubeSpawner's own async Kubernetes client, with a timeout, cached for a few seconds, and never
  fatal (an API that fails or is slow hides GPU profiles and logs why). No blocking I/O; never exit the
  process; a user the policy does not know gets an empty profile list and a short 403, nothing else.
- Enforced on the server: the spawn form only shows what a role may start, and the pre-spawn hook
  refuses anything else, however the request was made (crafted form data, the REST API).
"""

from __future__ import annotations

import asyncio
import time
from collections.abc import Awaitable, Callable, Iterable, Mapping
from dataclasses import dataclass
from typing import Any

from jupyterhub.traitlets import ByteSpecification
from tornado import web

# Highest first: a user with several roles gets the most capable one.
ROLE_ORDER = ("admin", "gpuUser", "user")

# The only user option a profile-based spawn accepts. KubeSpawner would also read
# "profile-option-*" keys, but Thinkube profiles define no profile_options.
PROFILE_OPTION = "profile"

# Claims come from the identity provider but arrive as untrusted data. A claim over these bounds
# grants nothing (it is not trimmed to something that might).
MAX_CLAIM_ENTRIES = 1000
MAX_CLAIM_NAME = 255
# How much of a requested name a refusal repeats back.
MAX_ECHO = 64

# The extended resource of node-local disk (profiles limit it; roles cap it).
EPHEMERAL_STORAGE = "ephemeral-storage"

# What the model relies on (see configure): auth state kept and re-read from Keycloak before a spawn.
DEFAULT_AUTH_REFRESH_AGE = 300


_BYTES = ByteSpecification()


def parse_bytes(value: str | int | float) -> int:
    """Bytes of a size as KubeSpawner writes it (4G: JupyterHub's ByteSpecification, units of 1024) or as
    Kubernetes does (4Gi, for storage and ephemeral-storage): the same number, since ByteSpecification's
    K/M/G/T are Kubernetes' binary Ki/Mi/Gi/Ti. A plain number is bytes."""
    if isinstance(value, str):
        value = value.strip()
        if value.isdigit():
            return int(value)
        if value.endswith("i"):
            value = value[:-1]
    return _BYTES.validate(None, value)


def shorten(value: Any) -> str:
    """A value as a refusal may quote it: at most MAX_ECHO characters."""
    text = str(value)
    return text if len(text) <= MAX_ECHO else f"{text[:MAX_ECHO]}..."


def claim_strings(value: Any) -> list[str]:
    """A claim that should be a list of names: its distinct non-empty strings, in order.

    A single string counts as a one-entry list (some mappers send one); anything else (a dict, a
    number, null) or a list longer than MAX_CLAIM_ENTRIES is no entries at all.
    """
    if isinstance(value, str):
        value = [value]
    if not isinstance(value, (list, tuple)) or len(value) > MAX_CLAIM_ENTRIES:
        return []
    seen: set[str] = set()
    names: list[str] = []
    for item in value:
        if isinstance(item, str) and 0 < len(item) <= MAX_CLAIM_NAME and item not in seen:
            seen.add(item)
            names.append(item)
    return names


def top_level_group(path: str) -> str | None:
    """The name of a top-level Keycloak group from its full path ("/jupyterhub-users"), else None.

    Only full paths count: with "full group path" off, Keycloak sends a subgroup
    "/anything/jupyterhub-admins" as the bare "jupyterhub-admins", so a bare name proves nothing about
    which group it is. "//name" and "/parent/child" are not top-level groups either.
    """
    if len(path) > 1 and path[0] == "/" and "/" not in path[1:]:
        return path[1:]
    return None


def user_info_of(auth_state: Any) -> Mapping[str, Any]:
    """The userinfo OAuthenticator keeps in auth state, or nothing when it is missing or malformed."""
    user_info = auth_state.get("oauth_user") if isinstance(auth_state, Mapping) else None
    return user_info if isinstance(user_info, Mapping) else {}


@dataclass(frozen=True)
class Role:
    name: str
    group: str
    client_role: str
    profiles: tuple[str, ...]
    max_cpu: float
    max_memory: float
    max_gpus: int
    max_home_storage: float
    max_ephemeral_storage: float
    shared_writable: bool


@dataclass(frozen=True)
class Profile:
    slug: str
    entry: Mapping[str, Any]  # the KubeSpawner profile_list entry

    @property
    def override(self) -> Mapping[str, Any]:
        return self.entry.get("kubespawner_override", {})

    def cpu(self) -> float:
        return float(self.override.get("cpu_limit", 0) or 0)

    def memory(self) -> float:
        return parse_bytes(self.override.get("mem_limit", 0) or 0)

    def gpus(self, resource: str | None = None) -> int:
        """GPUs the profile asks for: of `resource` (the configured GPU resource, MIG slices included)
        and of any `*/gpu` resource."""
        limits = self.override.get("extra_resource_limits", {}) or {}
        return sum(int(v) for k, v in limits.items() if k == resource or k.endswith("/gpu"))

    def ephemeral_storage(self) -> float:
        limits = self.override.get("extra_resource_limits", {}) or {}
        return parse_bytes(limits.get(EPHEMERAL_STORAGE, 0) or 0)


@dataclass(frozen=True)
class NodeGpus:
    name: str
    schedulable: bool
    gpus: int


async def nodes_from_kubespawner(spawner: Any, resource: str, request_timeout: float) -> list[NodeGpus]:
    """Every node with its allocatable count of `resource`, through KubeSpawner's own client."""
    nodes = await spawner.api.list_node(_request_timeout=request_timeout)
    result = []
    for node in nodes.items:
        allocatable = (node.status.allocatable or {}) if node.status else {}
        ready = any(c.type == "Ready" and c.status == "True" for c in (node.status.conditions or []))
        cordoned = bool(node.spec and node.spec.unschedulable)
        try:
            count = int(str(allocatable.get(resource, "0")))
        except ValueError:
            count = 0
        result.append(NodeGpus(name=node.metadata.name, schedulable=ready and not cordoned, gpus=count))
    return result


class GpuCapacity:
    """The largest count of the GPU resource any schedulable node offers (allocatable), cached.

    A failed or slow lookup gives None ("unknown"), which is cached too, so that an API in trouble
    costs one timeout per cache period, not one per page load.
    """

    def __init__(
        self,
        resource: str,
        cache_seconds: float = 30,
        timeout_seconds: float = 3,
        list_nodes: Callable[[Any, str, float], Awaitable[list[NodeGpus]]] = nodes_from_kubespawner,
        clock: Callable[[], float] = time.monotonic,
    ):
        self.resource = resource
        self.cache_seconds = cache_seconds
        self.timeout_seconds = timeout_seconds
        self.list_nodes = list_nodes
        self.clock = clock
        self._cached: tuple[float, int | None, str] | None = None
        self._inflight: asyncio.Future | None = None

    async def largest(self, spawner: Any) -> tuple[int | None, str]:
        """(largest count on one schedulable node or None when unknown, what was seen)."""
        now = self.clock()
        if self._cached and now - self._cached[0] < self.cache_seconds:
            return self._cached[1], self._cached[2]
        if self._inflight is None:
            self._inflight = asyncio.ensure_future(self._lookup(spawner))
        inflight = self._inflight
        try:
            largest, seen = await asyncio.shield(inflight)
        finally:
            if self._inflight is inflight and inflight.done():
                self._inflight = None
        return largest, seen

    async def _lookup(self, spawner: Any) -> tuple[int | None, str]:
        try:
            nodes = await asyncio.wait_for(
                self.list_nodes(spawner, self.resource, self.timeout_seconds), self.timeout_seconds
            )
            usable = [n for n in nodes if n.schedulable and n.gpus > 0]
            largest = max((n.gpus for n in usable), default=0)
            seen = ", ".join(f"{n.name}={n.gpus}" for n in usable) or f"no schedulable node has {self.resource}"
        except Exception as error:  # any failure of the API: unknown, never fatal
            largest, seen = None, f"the node list failed ({type(error).__name__}: {shorten(error)})"
            log = getattr(spawner, "log", None)
            if log is not None:
                log.warning("thinkube: GPU profiles hidden: %s", seen)
        self._cached = (self.clock(), largest, seen)
        return largest, seen


class AccessPolicy:
    """The roles and profiles of one hub, and the checks made with them."""

    def __init__(
        self,
        roles: Iterable[Role],
        profiles: Iterable[Profile],
        shared_volume_name: str | None,
        groups_claim: str = "groups",
        roles_claim: str | None = None,
        gpu_capacity: GpuCapacity | None = None,
    ):
        self.roles = {role.name: role for role in roles}
        self.profiles = {profile.slug: profile for profile in profiles}
        self.shared_volume_name = shared_volume_name
        self.groups_claim = groups_claim
        self.roles_claim = roles_claim
        self.gpu_capacity = gpu_capacity
        self.gpu_resource = gpu_capacity.resource if gpu_capacity else None

    @classmethod
    def from_values(
        cls,
        values: Mapping[str, Any],
        profile_list: Iterable[Mapping[str, Any]],
        gpu_capacity: GpuCapacity | None = None,
    ) -> AccessPolicy:
        """Builds the policy from the chart values: custom.thinkube and singleuser.profileList.

        `gpu_capacity` replaces the node lookup the values describe (tests)."""
        roles = []
        for name in ROLE_ORDER:
            spec = values["roles"][name]
            limits = spec["limits"]
            roles.append(
                Role(
                    name=name,
                    group=spec["group"],
                    client_role=spec["clientRole"],
                    profiles=tuple(spec["profiles"]),
                    max_cpu=float(limits["cpu"]),
                    max_memory=parse_bytes(limits["memory"]),
                    max_gpus=int(limits["gpus"]),
                    max_home_storage=parse_bytes(limits["homeStorage"]),
                    max_ephemeral_storage=parse_bytes(limits["ephemeralStorage"]),
                    shared_writable=spec["sharedVolume"] == "read-write",
                )
            )
        profiles = [Profile(slug=entry["slug"], entry=entry) for entry in profile_list]
        gpu = values.get("gpu")
        if gpu_capacity is None and gpu:
            gpu_capacity = GpuCapacity(
                gpu["resourceName"], float(gpu["capacityCacheSeconds"]), float(gpu["apiTimeoutSeconds"])
            )
        return cls(
            roles,
            profiles,
            values.get("sharedVolumeName"),
            values.get("groupsClaim", "groups"),
            values.get("rolesClaim"),
            gpu_capacity,
        )

    # -- who is who: the identity provider's claims, and nothing else ---------------------------

    def roles_from_claims(self, user_info: Mapping[str, Any]) -> list[Role]:
        """Every role the claims grant, most capable first.

        A role is granted by membership of its top-level group (the groups claim, full paths) or by
        the hub client's role itself (the roles claim: Keycloak sends it whether the role was given
        to a group or to the person directly).
        """
        groups = {top_level_group(path) for path in claim_strings(user_info.get(self.groups_claim))}
        granted = set(claim_strings(user_info.get(self.roles_claim))) if self.roles_claim else set()
        found = []
        for role_name in ROLE_ORDER:
            role = self.roles.get(role_name)
            if role and (role.group in groups or role.client_role in granted):
                found.append(role)
        return found

    def role_from_auth_state(self, auth_state: Any) -> Role | None:
        roles = self.roles_from_claims(user_info_of(auth_state))
        return roles[0] if roles else None

    def groups_from_auth_state(self, auth_state: Any) -> list[str]:
        """OAuthenticator's auth_state_groups_key: the hub groups are the groups of the granted roles.

        So allowed_groups and admin_groups, which OAuthenticator compares with this list, give the
        same answer as the spawn checks below, which read the same claims.
        """
        return [role.group for role in self.roles_from_claims(user_info_of(auth_state))]

    async def _role_of(self, spawner: Any) -> Role | None:
        # The auth state is the one refreshed from Keycloak (refresh_pre_spawn, auth_refresh_age),
        # not the hub's group records, which the group API lets admin and service tokens rewrite.
        return self.role_from_auth_state(await spawner.user.get_auth_state())

    # -- what they may start -----------------------------------------------------------------

    def allowed_profiles(self, role: Role | None) -> list[Profile]:
        if role is None:
            return []
        # Keep the configured order; a slug the role names but the hub lacks (GPU profiles when
        # the cluster has no GPUs) is simply not offered.
        return [p for slug, p in self.profiles.items() if slug in role.profiles]

    async def profile_list(self, spawner: Any) -> list[dict[str, Any]]:
        """KubeSpawner.profile_list as a callable: the profiles the user's role allows, GPU profiles
        only while some schedulable node can take them."""
        allowed = self.allowed_profiles(await self._role_of(spawner))
        note = None
        if self.gpu_capacity and any(p.gpus(self.gpu_resource) > 0 for p in allowed):
            largest, _ = await self.gpu_capacity.largest(spawner)
            fits = [p for p in allowed if p.gpus(self.gpu_resource) <= (largest or 0)]
            if len(fits) < len(allowed):
                note = "GPU servers are not offered right now: " + (
                    "no GPU node is available." if largest is not None else "GPU nodes could not be checked."
                )
            allowed = fits
        entries = [dict(p.entry) for p in allowed]
        # Exactly one default: the configured one when the role may start it, else the first.
        default_index = next((i for i, e in enumerate(entries) if e.get("default")), 0)
        for i, entry in enumerate(entries):
            entry["default"] = i == default_index
        if note and entries:
            # Said where the user looks: under the server size they would otherwise pick.
            first = entries[default_index]
            first["description"] = f"{first.get('description', '')} ({note})".strip()
        return entries

    async def check_spawn(self, spawner: Any) -> Role:
        """Refuses a spawn the user's role does not allow, with a short message that says why."""
        user_name = shorten(getattr(spawner.user, "name", "?"))
        role = await self._role_of(spawner)
        if role is None:
            raise web.HTTPError(403, f"{user_name} has no hub role (in Keycloak: a hub group or client role)")

        options = spawner.user_options if isinstance(spawner.user_options, Mapping) else {}
        unknown = sorted(str(k) for k in options if k != PROFILE_OPTION)
        if unknown:
            listed = ", ".join(shorten(k) for k in unknown[:5]) + (", ..." if len(unknown) > 5 else "")
            raise web.HTTPError(400, f"unsupported server option(s) {listed}; only '{PROFILE_OPTION}' may be chosen")

        allowed = self.allowed_profiles(role)
        if not allowed:
            raise web.HTTPError(403, f"role {role.name} has no profile available on this hub")
        requested = options.get(PROFILE_OPTION)
        if requested is None:
            profile = next((p for p in allowed if p.entry.get("default")), allowed[0])
        else:
            profile = self.profiles.get(requested) if isinstance(requested, str) else None
            if profile is None or profile not in allowed:
                names = ", ".join(p.slug for p in allowed)
                raise web.HTTPError(
                    403, f"profile '{shorten(requested)}' is not available to role {role.name}; allowed: {names}"
                )

        # Caps, checked on what would really be started (a profile could have been edited by hand).
        problems = []
        if profile.cpu() > role.max_cpu:
            problems.append(f"{profile.cpu():g} CPU > {role.max_cpu:g}")
        if profile.memory() > role.max_memory:
            problems.append(f"{profile.memory() / 2**30:g}Gi memory > {role.max_memory / 2**30:g}Gi")
        if profile.gpus(self.gpu_resource) > role.max_gpus:
            problems.append(f"{profile.gpus(self.gpu_resource)} GPU > {role.max_gpus}")
        if profile.ephemeral_storage() > role.max_ephemeral_storage:
            problems.append(
                f"{profile.ephemeral_storage() / 2**30:g}Gi node disk > {role.max_ephemeral_storage / 2**30:g}Gi"
            )
        home = getattr(spawner, "storage_capacity", None)
        if home and parse_bytes(home) > role.max_home_storage:
            problems.append(f"home {home} > {role.max_home_storage / 2**30:g}Gi")
        if problems:
            raise web.HTTPError(
                403, f"profile '{profile.slug}' exceeds the limits of role {role.name}: {'; '.join(problems)}"
            )
        # A GPU server only where a node can take it: otherwise it would stay Pending until the spawn
        # times out, with no reason given.
        wanted = profile.gpus(self.gpu_resource)
        if wanted > 0 and self.gpu_capacity:
            largest, seen = await self.gpu_capacity.largest(spawner)
            if largest is None:
                raise web.HTTPError(503, f"profile '{profile.slug}' needs a GPU node, and {seen}; try again shortly")
            if largest < wanted:
                raise web.HTTPError(
                    409,
                    f"profile '{profile.slug}' needs {wanted} {self.gpu_resource} on one node, but no schedulable "
                    f"node has that many (largest: {largest}; {seen})",
                )
        return role

    def apply_shared_volume_access(self, spawner: Any, role: Role) -> None:
        """Mounts the shared volume read-only, or writable for roles that may write to it.

        Builds new mount entries instead of editing them in place: the entries come from config,
        and an in-place edit could leak one user's access into the next spawner that reads it.
        """
        if not self.shared_volume_name:
            return
        read_only = not role.shared_writable

        def adjusted(mount: Any) -> Any:
            if isinstance(mount, dict) and mount.get("name") == self.shared_volume_name:
                return {**mount, "readOnly": read_only}
            return mount

        mounts = getattr(spawner, "volume_mounts", None)
        if isinstance(mounts, dict):
            spawner.volume_mounts = {key: adjusted(m) for key, m in mounts.items()}
        elif mounts:
            spawner.volume_mounts = [adjusted(m) for m in mounts]

    def _beyond_role(self, spawner: Any, role: Role | None) -> str | None:
        """Why a running server is more than `role` allows now, or None when it is within it."""
        if role is None:
            return "no hub role any more"
        options = spawner.user_options if isinstance(spawner.user_options, Mapping) else {}
        slug = options.get(PROFILE_OPTION)
        if slug is not None and slug not in [p.slug for p in self.allowed_profiles(role)]:
            return f"profile '{shorten(slug)}' is not available to role {role.name} any more"
        mounts = getattr(spawner, "volume_mounts", None) or []
        mounts = list(mounts.values()) if isinstance(mounts, Mapping) else list(mounts)
        writable = any(
            isinstance(m, Mapping) and m.get("name") == self.shared_volume_name and m.get("readOnly") is False
            for m in mounts
        )
        if writable and not role.shared_writable:
            return f"the shared volume is read-only for role {role.name} now"
        return None

    async def stop_servers_beyond_role(self, user: Any, auth_state: Any, log: Any) -> list[str]:
        """Stops the user's running servers that their refreshed role no longer allows (a GPU, a writable
        shared volume): a demotion in Keycloak takes effect at the next auth refresh, not at the server's
        end. Returns the names of the servers stopped."""
        role = self.role_from_auth_state(auth_state)
        stopped = []
        for name, spawner in list((getattr(user, "spawners", None) or {}).items()):
            if not getattr(spawner, "active", False):
                continue
            reason = self._beyond_role(spawner, role)
            if reason:
                log.warning("thinkube: stopping %s's server %r: %s", user.name, name, reason)
                await user.stop(name)
                stopped.append(name)
        return stopped

    async def pre_spawn_hook(self, spawner: Any) -> None:
        role = await self.check_spawn(spawner)
        self.apply_shared_volume_access(spawner, role)
        spawner.log.info(
            "thinkube: %s starts as role %s with profile %s",
            spawner.user.name,
            role.name,
            shorten((spawner.user_options or {}).get(PROFILE_OPTION, "(default)")),
        )

    # -- wiring ------------------------------------------------------------------------------

    def configure(self, c: Any, spawner_class: str = "KubeSpawner") -> None:
        """Registers the policy with a JupyterHub config object.

        The model needs auth state kept and re-read from Keycloak before every spawn (so a role taken
        away in Keycloak is gone at the next spawn): those settings are forced here, last in the
        configuration, and a refresh age that turns refreshing off stops the hub from starting.
        """
        auth = c.GenericOAuthenticator
        for section in (c.Authenticator, auth):
            age = section.get("auth_refresh_age") if "auth_refresh_age" in section else None
            if age is not None and not (isinstance(age, (int, float)) and age > 0):
                raise ValueError(
                    f"auth_refresh_age must be a positive number of seconds (got {age!r}): the access "
                    "policy re-reads each user's role from Keycloak through it"
                )
        auth.enable_auth_state = True
        auth.refresh_pre_spawn = True
        if "auth_refresh_age" not in auth and "auth_refresh_age" not in c.Authenticator:
            auth.auth_refresh_age = DEFAULT_AUTH_REFRESH_AGE
        auth.auth_state_groups_key = self.groups_from_auth_state
        c.JupyterHub.authenticator_class = role_enforcing_authenticator(self)
        getattr(c, spawner_class).profile_list = self.profile_list
        c.Spawner.pre_spawn_hook = self.pre_spawn_hook


def role_enforcing_authenticator(policy: AccessPolicy) -> type:
    """GenericOAuthenticator that, after each auth refresh, stops servers the refreshed role no longer
    allows. A refresh that fails (the user must log in again) stops nothing: an expired session is not
    a demotion. Configured through the GenericOAuthenticator section, as before (a subclass reads it)."""
    from oauthenticator.generic import GenericOAuthenticator

    class ThinkubeOAuthenticator(GenericOAuthenticator):
        async def refresh_user(self, user: Any, handler: Any = None, **kwargs: Any) -> Any:
            refreshed = await super().refresh_user(user, handler, **kwargs)
            if isinstance(refreshed, Mapping):
                await policy.stop_servers_beyond_role(user, refreshed.get("auth_state"), self.log)
            elif refreshed is True:
                await policy.stop_servers_beyond_role(user, await user.get_auth_state(), self.log)
            return refreshed

    return ThinkubeOAuthenticator
