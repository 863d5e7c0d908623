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
import copy
import html
import json
import time
from collections.abc import Awaitable, Callable, Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import jsonschema
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

# What the model relies on (see configure): auth state kept and re-read from Keycloak before a spawn,
# and after a request at most this old. A longer age (or an infinite one) would leave a demotion
# unnoticed for as long, so the hub refuses to start with one over the bound.
DEFAULT_AUTH_REFRESH_AGE = 300
MAX_AUTH_REFRESH_AGE = 3600
# How often the owners of running servers are re-checked with the identity provider (custom.thinkube.
# recheckSeconds), and how long one user's re-check may take.
DEFAULT_RECHECK_SECONDS = 300
RECHECK_TIMEOUT = 30


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


def gpu_count(limits: Mapping[str, Any], resource: str | None) -> int:
    """GPUs in resource limits: of `resource` (the configured GPU resource, MIG slices included) and of
    any `*/gpu` resource."""
    return sum(int(v) for k, v in limits.items() if k == resource or k.endswith("/gpu"))


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
    # The size of the home volume made for a user of this role (a quantity, as KubeSpawner's
    # storage_capacity takes it), and the most any of the role's servers may ask for.
    home_storage: str
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
        return gpu_count(self.override.get("extra_resource_limits", {}) or {}, resource)

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
        if node.status is None:
            # Still registering: it can take no server yet, and must not hide the others' GPUs.
            continue
        allocatable = node.status.allocatable or {}
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
        if self._inflight is None or self._inflight.done():
            inflight = asyncio.ensure_future(self._lookup(spawner))
            # The lookup forgets itself when it ends, whoever still waits for it: if every caller was
            # cancelled, a finished lookup must not stand in for the next one.
            inflight.add_done_callback(self._forget_lookup)
            self._inflight = inflight
        return await asyncio.shield(self._inflight)

    def _forget_lookup(self, finished: asyncio.Future) -> None:
        if self._inflight is finished:
            self._inflight = None

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


# The JSON Schema of custom.thinkube, written from the project's one declaration of the block
# (constructs/jupyterhub/access-policy-schema.ts, `npm run schema:hub`); the chart mounts it beside this
# module (hub.extraFiles), as it sits beside it in hub/.
SCHEMA_FILE = Path(__file__).with_name("thinkube_access.schema.json")


def validate_access_values(values: Any, schema_file: Path = SCHEMA_FILE) -> None:
    """Checks custom.thinkube against its schema before anything reads it, at the hub's start: a block
    from another version of the project stops the hub with one message naming every field that does not
    fit, rather than a KeyError in the first login or spawn."""
    schema = json.loads(schema_file.read_text())
    errors = sorted(
        jsonschema.Draft202012Validator(schema).iter_errors(values), key=lambda e: [str(p) for p in e.absolute_path]
    )
    if errors:
        fields = "\n".join(
            f"  custom.thinkube{''.join(f'.{p}' for p in error.absolute_path)}: {error.message}" for error in errors
        )
        raise ValueError(
            f"custom.thinkube does not fit its schema ({schema_file.name}); synthesize the values and the hub's "
            f"files with the same version of the project:\n{fields}"
        )


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
        recheck_seconds: float = DEFAULT_RECHECK_SECONDS,
    ):
        self.roles = {role.name: role for role in roles}
        self.recheck_seconds = recheck_seconds
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
                    home_storage=str(limits["homeStorage"]),
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
            float(values.get("recheckSeconds", DEFAULT_RECHECK_SECONDS)),
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
        # KubeSpawner's form template does not escape: names and descriptions are text, never markup.
        for entry in entries:
            for key in ("display_name", "description"):
                if key in entry:
                    entry[key] = html.escape(str(entry[key]))
        return entries

    def resolve_profile(self, role: Role, options: Mapping[str, Any]) -> Profile:
        """The profile a spawn with `options` starts for `role`, or a refusal saying why.

        With no profile named, the role's default: the same one KubeSpawner picks from profile_list.
        """
        unknown = sorted(str(k) for k in options if k != PROFILE_OPTION)
        if unknown:
            listed = ", ".join(shorten(k) for k in unknown[:5]) + (", ..." if len(unknown) > 5 else "")
            raise web.HTTPError(400, f"unsupported server option(s) {listed}; only '{PROFILE_OPTION}' may be chosen")
        allowed = self.allowed_profiles(role)
        if not allowed:
            raise web.HTTPError(403, f"role {role.name} has no profile available on this hub")
        requested = options.get(PROFILE_OPTION)
        if requested is None:
            return next((p for p in allowed if p.entry.get("default")), allowed[0])
        profile = self.profiles.get(requested) if isinstance(requested, str) else None
        if profile is None or profile not in allowed:
            names = ", ".join(p.slug for p in allowed)
            raise web.HTTPError(
                403, f"profile '{shorten(requested)}' is not available to role {role.name}; allowed: {names}"
            )
        return profile

    def _over_caps(self, role: Role, cpu: float, memory: float, gpus: int, disk: float) -> list[str]:
        problems = []
        if cpu > role.max_cpu:
            problems.append(f"{cpu:g} CPU > {role.max_cpu:g}")
        if memory > role.max_memory:
            problems.append(f"{memory / 2**30:g}Gi memory > {role.max_memory / 2**30:g}Gi")
        if gpus > role.max_gpus:
            problems.append(f"{gpus} GPU > {role.max_gpus}")
        if disk > role.max_ephemeral_storage:
            problems.append(f"{disk / 2**30:g}Gi node disk > {role.max_ephemeral_storage / 2**30:g}Gi")
        return problems

    async def check_spawn(self, spawner: Any, options: Any = None, auth_state: Any = None) -> tuple[Role, Profile]:
        """Refuses a spawn the user's role does not allow, with a short message that says why.

        `options` are the requested server options (default: the spawner's) and `auth_state` the
        refreshed one (default: the user's stored auth state)."""
        user_name = shorten(getattr(spawner.user, "name", "?"))
        if auth_state is None:
            auth_state = await spawner.user.get_auth_state()
        role = self.role_from_auth_state(auth_state)
        if role is None:
            raise web.HTTPError(403, f"{user_name} has no hub role (in Keycloak: a hub group or client role)")
        if options is None:
            options = spawner.user_options
        if not isinstance(options, Mapping):
            raise web.HTTPError(400, options_error(options))
        profile = self.resolve_profile(role, options)

        # Caps, checked on what would really be started (a profile could have been edited by hand).
        problems = self._over_caps(
            role, profile.cpu(), profile.memory(), profile.gpus(self.gpu_resource), profile.ephemeral_storage()
        )
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
        return role, profile

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

    def reset_profile_overrides(self, spawner: Any) -> None:
        """Puts back, before a start, every setting a profile overrides as it was configured.

        KubeSpawner merges a profile's dict overrides (GPU limits, node selector, pod config) into the
        spawner's own dicts, and a user's spawner object lives on between starts: without this, a
        CPU server started after a GPU one would keep the GPU."""
        keys = {k for p in self.profiles.values() for k in p.override}
        pristine = getattr(spawner, "_thinkube_pristine", None)
        if pristine is None:
            # The first start of this spawner object in this hub process: nothing is overridden yet.
            pristine = {k: copy.deepcopy(getattr(spawner, k)) for k in keys if hasattr(spawner, k)}
            spawner._thinkube_pristine = pristine
        for key, value in pristine.items():
            setattr(spawner, key, copy.deepcopy(value))

    def _beyond_role(self, spawner: Any, role: Role | None) -> str | None:
        """Why a running server is more than `role` allows now, or None when it is within it."""
        if role is None:
            return "no hub role any more"
        options = spawner.user_options if isinstance(spawner.user_options, Mapping) else {}
        slug = options.get(PROFILE_OPTION)
        if slug is None:
            # Started before the profile was recorded: judged by what the spawner was given.
            problems = self._over_caps(role, *self._applied(spawner))
            if problems:
                return f"the server exceeds the limits of role {role.name} now: {'; '.join(problems)}"
        elif slug not in [p.slug for p in self.allowed_profiles(role)]:
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

    def _applied(self, spawner: Any) -> tuple[float, float, int, float]:
        """(CPU, memory, GPUs, node disk) a spawner's settings give its server."""
        limits = getattr(spawner, "extra_resource_limits", None) or {}
        return (
            float(getattr(spawner, "cpu_limit", None) or 0),
            float(parse_bytes(getattr(spawner, "mem_limit", None) or 0)),
            gpu_count(limits, self.gpu_resource),
            float(parse_bytes(limits.get(EPHEMERAL_STORAGE, 0) or 0)),
        )

    async def stop_servers(self, user: Any, log: Any, reason_for: Callable[[Any], str | None]) -> list[str]:
        """Stops each running server of `user` that `reason_for` gives a reason for; returns their names.

        A server still starting or stopping is left to the next re-check (stopping it mid-start breaks
        JupyterHub's own wait), and a stop that fails is logged, never raised: the request that
        triggered the check goes on."""
        stopped = []
        for name, spawner in list((getattr(user, "spawners", None) or {}).items()):
            if not getattr(spawner, "active", False) or getattr(spawner, "pending", None):
                continue
            reason = reason_for(spawner)
            if not reason:
                continue
            log.warning("thinkube: stopping %s's server %r: %s", user.name, name, reason)
            try:
                await user.stop(name)
            except Exception as error:  # the cluster API down: try again at the next re-check
                log.error("thinkube: could not stop %s's server %r: %s", user.name, name, shorten(error))
                continue
            stopped.append(name)
        return stopped

    async def stop_servers_beyond_role(self, user: Any, auth_state: Any, log: Any) -> list[str]:
        """Stops the user's running servers that their refreshed role no longer allows (a GPU, a writable
        shared volume): a demotion in Keycloak takes effect at the next auth refresh, not at the server's
        end. Returns the names of the servers stopped."""
        role = self.role_from_auth_state(auth_state)
        return await self.stop_servers(user, log, lambda spawner: self._beyond_role(spawner, role))

    async def pre_spawn_hook(self, spawner: Any) -> None:
        role, profile = await self.check_spawn(spawner)
        # Record the profile that is started, also when none was named: KubeSpawner then applies
        # exactly this one, and the re-checks judge the server by it.
        options = {**spawner.user_options, PROFILE_OPTION: profile.slug}
        spawner.user_options = options
        orm_spawner = getattr(spawner, "orm_spawner", None)
        if orm_spawner is not None:
            orm_spawner.user_options = options
        self.reset_profile_overrides(spawner)
        self.apply_shared_volume_access(spawner, role)
        # The home is made at the role's size when KubeSpawner first creates the user's claim; an existing
        # claim keeps the size it was made with (KubeSpawner never resizes one).
        spawner.storage_capacity = role.home_storage
        spawner.log.info("thinkube: %s starts as role %s with profile %s", spawner.user.name, role.name, profile.slug)

    async def check_pod(self, spawner: Any, pod: Any) -> Any:
        """KubeSpawner's modify_pod_hook: the pod KubeSpawner built, held against the role's caps.

        The last check, on what would really run: whatever a profile entry, a merged override or a
        later change to KubeSpawner put into it."""
        role = self.role_from_auth_state(await spawner.user.get_auth_state())
        if role is None:
            raise web.HTTPError(403, f"{shorten(spawner.user.name)} has no hub role")
        cpu = memory = disk = 0.0
        gpus = 0
        for container in pod.spec.containers or []:
            limits = (container.resources.limits if container.resources else None) or {}
            cpu += parse_cpu(limits.get("cpu", 0))
            memory += parse_bytes(limits.get("memory", 0) or 0)
            disk += parse_bytes(limits.get(EPHEMERAL_STORAGE, 0) or 0)
            gpus += gpu_count(limits, self.gpu_resource)
        problems = self._over_caps(role, cpu, memory, gpus, disk)
        # A profile's override applied after pre_spawn_hook could have asked for a larger home.
        home = getattr(spawner, "storage_capacity", None)
        if home and parse_bytes(home) > parse_bytes(role.home_storage):
            problems.append(f"home {home} > {role.home_storage}")
        if problems:
            raise web.HTTPError(403, f"the server's pod exceeds the limits of role {role.name}: {'; '.join(problems)}")
        return pod

    # -- before a spawn is started: a refusal is an answer, not a failed spawn --------------------

    async def admit_spawn(self, handler: Any, user: Any, server_name: str, options: Any) -> Any:
        """Checks a spawn request before JupyterHub starts the spawn; returns the options to start with.

        JupyterHub counts every exception of a started spawn toward its consecutive failure limit and
        exits when it is reached, so a refusal made inside the spawn (the pre-spawn hook) would let a
        few refused requests take the hub down. Refused here, it is the request's answer (400, 403,
        409, 503) and the spawn never starts; the pre-spawn hook still checks again, inside."""
        if options is not None and not isinstance(options, Mapping):
            raise web.HTTPError(400, options_error(options))
        spawner = user.get_spawner(server_name, replace_failed=True)
        # With no options JupyterHub reuses the stored ones; a malformed stored value (written before
        # this check) is replaced by "the default profile" instead of failing every later start.
        stored = getattr(spawner.orm_spawner, "user_options", None)
        if options is None and not isinstance(stored, Mapping):
            options = {}
        # The role from a refresh made now, for this request (JupyterHub refreshes a user at most once
        # per request, and the refresh at the top of this request may have been an outage's no-op).
        getattr(handler, "_refreshed_users", set()).discard(user.name)
        handler._thinkube_spawn_request = True
        refreshed = await handler.refresh_auth(user, force=True)
        if refreshed is None:
            raise web.HTTPError(403, f"the login of {shorten(user.name)} has ended: log in again")
        await self.check_spawn(spawner, options if options is not None else stored, await user.get_auth_state())
        return options

    def spawn_handlers(self) -> list[tuple[str, type]]:
        """JupyterHub's two handlers that start servers (the spawn page and the server API), with the
        policy's check before the spawn. Given to JupyterHub by the authenticator, whose handlers take
        precedence over the built-in ones on the same routes."""
        from jupyterhub.apihandlers.users import UserServerAPIHandler
        from jupyterhub.handlers.pages import SpawnHandler

        policy = self

        class Admitting:
            async def spawn_single_user(self, user, server_name="", options=None):
                options = await policy.admit_spawn(self, user, server_name, options)
                return await super().spawn_single_user(user, server_name, options=options)

        class AdmittingSpawnHandler(Admitting, SpawnHandler):
            pass

        class AdmittingServerAPIHandler(Admitting, UserServerAPIHandler):
            pass

        # The same routes as jupyterhub/handlers/pages.py and apihandlers/users.py (JupyterHub 5.5).
        return [
            (r"/spawn", AdmittingSpawnHandler),
            (r"/spawn/([^/]+)", AdmittingSpawnHandler),
            (r"/spawn/([^/]+)/([^/]+)", AdmittingSpawnHandler),
            (r"/api/users/([^/]+)/server", AdmittingServerAPIHandler),
            (r"/api/users/([^/]+)/servers/([^/]*)", AdmittingServerAPIHandler),
        ]

    # -- wiring ------------------------------------------------------------------------------

    def configure(self, c: Any, spawner_class: str = "KubeSpawner") -> None:
        """Registers the policy with a JupyterHub config object.

        The model needs auth state kept and re-read from Keycloak before every spawn and at least every
        MAX_AUTH_REFRESH_AGE seconds (so a role taken away in Keycloak is gone soon): those settings are
        forced here, last in the configuration, and a refresh age out of bounds stops the hub from
        starting.
        """
        auth = c.GenericOAuthenticator
        for section in (c.Authenticator, auth):
            age = section.get("auth_refresh_age") if "auth_refresh_age" in section else None
            if age is not None and not (
                isinstance(age, (int, float)) and not isinstance(age, bool) and 0 < age <= MAX_AUTH_REFRESH_AGE
            ):
                raise ValueError(
                    f"auth_refresh_age must be a number of seconds from 1 to {MAX_AUTH_REFRESH_AGE} (got {age!r}): "
                    "the access policy re-reads each user's role from Keycloak through it"
                )
        auth.enable_auth_state = True
        auth.refresh_pre_spawn = True
        if "auth_refresh_age" not in auth and "auth_refresh_age" not in c.Authenticator:
            auth.auth_refresh_age = DEFAULT_AUTH_REFRESH_AGE
        auth.auth_state_groups_key = self.groups_from_auth_state
        c.JupyterHub.authenticator_class = role_enforcing_authenticator(self)
        getattr(c, spawner_class).profile_list = self.profile_list
        c.Spawner.pre_spawn_hook = self.pre_spawn_hook
        c.KubeSpawner.modify_pod_hook = self.check_pod


def options_error(options: Any) -> str:
    return (
        f'server options must be a JSON object such as {{"{PROFILE_OPTION}": "<slug>"}}, '
        f"got {type(options).__name__} {shorten(json.dumps(options, default=str))}"
    )


def parse_cpu(value: Any) -> float:
    """CPUs of a Kubernetes CPU quantity ("2", "500m", 1.5)."""
    text = str(value).strip()
    return float(text[:-1]) / 1000 if text.endswith("m") else float(text or 0)


# -- the person behind a hub user -------------------------------------------------------------------

# Where the auth state keeps the identity a hub user is bound to at first login.
IDENTITY_KEY = "thinkube_identity"


class Verdict:
    """What the identity provider said of a user's session when the hub asked again."""

    REFRESHED = "refreshed"  # the same person, with fresh claims
    REFUSED = "refused"  # the account, the session or the person is not what it was: the role ends
    UNAVAILABLE = "unavailable"  # no answer (connection, timeout, 5xx): nothing is known, nothing changes


class IdentityProviderUnavailable(web.HTTPError):
    def __init__(self, reason: str):
        super().__init__(503, f"the identity provider (Keycloak) cannot be reached: {reason}; try again shortly")


def _is_outage(error: BaseException) -> bool:
    from tornado.httpclient import HTTPClientError

    if isinstance(error, HTTPClientError):
        return error.code >= 500 or error.code == 599 or error.code < 400
    return isinstance(error, (OSError, asyncio.TimeoutError))


def role_enforcing_authenticator(policy: AccessPolicy) -> type:
    """GenericOAuthenticator that binds each hub user to one identity-provider account and re-asks the
    identity provider, at every refresh and periodically for the owners of running servers:

    - a login whose account (`sub`) is not the one the hub user was bound to is refused;
    - a refresh whose userinfo is another person (sub or user name) grants nothing and fails;
    - a refresh the identity provider refuses (invalid_grant, userinfo 401) stops the user's servers;
    - a refresh that finds the identity provider unreachable changes nothing (503 for a spawn);
    - a refreshed role that no longer allows a running server stops it.

    Configured through the GenericOAuthenticator section, as before (a subclass reads it)."""
    from oauthenticator.generic import GenericOAuthenticator
    from tornado.ioloop import PeriodicCallback

    class ThinkubeOAuthenticator(GenericOAuthenticator):
        async def authenticate(self, handler: Any, data: Any = None, **kwargs: Any) -> Any:
            try:
                model = await super().authenticate(handler, data, **kwargs)
            except Exception as error:
                # The code exchange or userinfo got no answer: a page saying so, not a 500.
                if _is_outage(error):
                    self.log.warning("thinkube: a login could not reach the identity provider: %s", shorten(error))
                    raise IdentityProviderUnavailable(shorten(error)) from error
                raise
            if not isinstance(model, Mapping):
                return model
            sub = user_info_of(model.get("auth_state")).get("sub")
            if not isinstance(sub, str) or not sub:
                raise web.HTTPError(403, "the identity provider sent no subject (sub) for this account")
            existing = handler.find_user(model["name"]) if handler is not None else None
            if existing is not None:
                bound = bound_identity(await existing.get_auth_state())
                if bound and bound.get("sub") != sub:
                    self.log.warning(
                        "thinkube: refused a login as %s: the hub user is bound to another account", model["name"]
                    )
                    raise web.HTTPError(
                        403,
                        f"the hub user {shorten(model['name'])} belongs to another account of the identity "
                        "provider; an operator must hand the name over first",
                    )
            model["auth_state"][IDENTITY_KEY] = {"sub": sub, "username": model["name"]}
            return model

        async def ask_again(self, user: Any, handler: Any = None) -> tuple[str, Any]:
            """(verdict, the refreshed auth model or the reason)."""
            auth_state = await user.get_auth_state()
            tokens = auth_state.get("token_response") if isinstance(auth_state, Mapping) else None
            if not isinstance(tokens, Mapping) or "access_token" not in tokens:
                return Verdict.REFUSED, "the auth state holds no token to refresh with"
            model = None
            try:
                model = await self._token_to_auth_model(dict(tokens))
            except Exception as error:
                if _is_outage(error):
                    return Verdict.UNAVAILABLE, f"userinfo: {shorten(error)}"
                # 4xx: the access token is no longer good; the refresh token decides.
            if model is None:
                refresh_token = auth_state.get("refresh_token")
                if not refresh_token:
                    return Verdict.REFUSED, "the access token is refused and there is no refresh token"
                try:
                    token_info = await self.get_token_info(
                        handler, self.build_refresh_token_request_params(refresh_token)
                    )
                except Exception as error:
                    if _is_outage(error):
                        return Verdict.UNAVAILABLE, f"token: {shorten(error)}"
                    return Verdict.REFUSED, f"the refresh token is refused ({_oauth_error(error)})"
                token_info.setdefault("refresh_token", refresh_token)
                try:
                    model = await self._token_to_auth_model(token_info)
                except Exception as error:
                    if _is_outage(error):
                        return Verdict.UNAVAILABLE, f"userinfo: {shorten(error)}"
                    return Verdict.REFUSED, f"userinfo refused a fresh token ({shorten(error)})"
            bound = bound_identity(auth_state) or {"sub": None, "username": user.name}
            sub = user_info_of(model.get("auth_state")).get("sub")
            if model.get("name") != user.name or (bound.get("sub") is not None and sub != bound.get("sub")):
                return Verdict.REFUSED, "the refreshed identity is another person than the one who logged in"
            model["auth_state"][IDENTITY_KEY] = {"sub": sub, "username": user.name}
            return Verdict.REFRESHED, model

        async def refresh_user(self, user: Any, handler: Any = None, **kwargs: Any) -> Any:
            if not self.enable_auth_state:
                return True
            verdict, outcome = await self.ask_again(user, handler)
            if verdict == Verdict.UNAVAILABLE:
                self.log.warning("thinkube: could not re-check %s: %s", user.name, outcome)
                if getattr(handler, "_thinkube_spawn_request", False):
                    raise IdentityProviderUnavailable(outcome)
                return True  # an outage is not a demotion: keep what is known
            if verdict == Verdict.REFUSED:
                self.log.warning("thinkube: the identity provider refused %s: %s", user.name, outcome)
                await policy.stop_servers(user, self.log, lambda _spawner: f"the login was refused ({outcome})")
                return False
            await policy.stop_servers_beyond_role(user, outcome.get("auth_state"), self.log)
            return outcome

        # -- the periodic re-check of everyone with a running server --------------------------------

        def get_handlers(self, app: Any) -> list:
            self._start_rechecks(app)
            return [*super().get_handlers(app), *policy.spawn_handlers()]

        def _start_rechecks(self, app: Any) -> None:
            if getattr(self, "_recheck", None) is not None or not policy.recheck_seconds:
                return
            self._recheck = PeriodicCallback(lambda: self.recheck_running(app), policy.recheck_seconds * 1000)
            self._recheck.start()

        async def recheck_running(self, app: Any) -> None:
            """Re-asks the identity provider about every user with a running server, one at a time: a
            person whose access ended, who makes no request, loses the servers within one period."""
            for user in list(app.users.values()):
                if not any(getattr(s, "active", False) for s in user.spawners.values()):
                    continue
                try:
                    refreshed = await asyncio.wait_for(self.refresh_user(user), RECHECK_TIMEOUT)
                    if isinstance(refreshed, Mapping):
                        # Keep the rotated tokens, as a refresh through a request does.
                        await user.save_auth_state(refreshed["auth_state"])
                        if refreshed.get("admin") is not None:
                            user.admin = refreshed["admin"]
                            app.db.commit()
                        user._auth_refreshed = time.monotonic()
                except Exception as error:  # never fatal: the next period tries again
                    self.log.error("thinkube: re-check of %s failed: %s", user.name, shorten(error))

    return ThinkubeOAuthenticator


def bound_identity(auth_state: Any) -> Mapping[str, Any] | None:
    bound = auth_state.get(IDENTITY_KEY) if isinstance(auth_state, Mapping) else None
    return bound if isinstance(bound, Mapping) else None


def _oauth_error(error: BaseException) -> str:
    """The OAuth error code of a refused token request ("invalid_grant"), for the log."""
    response = getattr(error, "response", None)
    try:
        body = json.loads(response.body) if response is not None and response.body else {}
    except ValueError:
        body = {}
    return str(body.get("error") or getattr(error, "code", None) or shorten(error))
