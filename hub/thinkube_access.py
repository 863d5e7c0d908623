"""Role-based access for the Thinkube hub: who sees which profiles, and what each role may start.

Runs inside the hub. The chart mounts this file (hub.extraFiles) and the snippet in
hub/extra_config/ wires it into the configuration. The policy itself is data, synthesized from the
project's typed configuration into the chart values (custom.thinkube), so this module holds logic only.

Design rules, because this code runs on every spawn in a process many users share:
- No network calls and no blocking I/O: everything needed is in memory.
- Never exit the process and never let an unexpected group or option crash the hub: a user the policy does
  not know gets an empty profile list and a clear 403, nothing else.
- Enforced on the server: the spawn form only shows what a role may start, and the pre-spawn hook
  refuses anything else, however the request was made (crafted form data, the REST API).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Iterable, Mapping

from tornado import web

# Highest first: a user in several groups gets the most capable of their roles.
ROLE_ORDER = ("admin", "gpuUser", "user")

# The only user option a profile-based spawn accepts. KubeSpawner would also read
# "profile-option-*" keys, but Thinkube profiles define no profile_options.
PROFILE_OPTION = "profile"

BINARY_UNITS = {"K": 2**10, "M": 2**20, "G": 2**30, "T": 2**40}


def parse_bytes(value: str | int | float) -> float:
    """Bytes of a KubeSpawner/Kubernetes size: 4G, 4Gi and plain numbers alike."""
    if isinstance(value, (int, float)):
        return float(value)
    text = str(value).strip()
    suffix = text.rstrip("i")[-1:] if text else ""
    if suffix.upper() in BINARY_UNITS:
        number = text.rstrip("i")[:-1]
        return float(number) * BINARY_UNITS[suffix.upper()]
    return float(text)


def normalize_groups(groups: Iterable[Any] | None) -> list[str]:
    """Group names as the policy spells them.

    Keycloak's group-membership mapper sends full paths ("/jupyterhub-users") unless "full group
    path" is off. The identity stack turns it off; should a realm still send paths, a top-level
    group "/name" is read as "name". Nested groups ("/parent/child") keep their path (without the
    leading "/") and so never match a short name by accident.
    """
    names: list[str] = []
    for group in groups or ():
        if not isinstance(group, str) or not group.strip("/"):
            continue
        name = group[1:] if group.startswith("/") else group
        if name not in names:
            names.append(name)
    return names


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

    def gpus(self) -> int:
        limits = self.override.get("extra_resource_limits", {}) or {}
        return sum(int(v) for k, v in limits.items() if k.endswith("/gpu"))


class AccessPolicy:
    """The roles and profiles of one hub, and the checks made with them."""

    def __init__(
        self,
        roles: Iterable[Role],
        profiles: Iterable[Profile],
        shared_volume_name: str | None,
        groups_claim: str = "groups",
        roles_claim: str | None = None,
    ):
        self.roles = {role.name: role for role in roles}
        self.profiles = {profile.slug: profile for profile in profiles}
        self.shared_volume_name = shared_volume_name
        self.groups_claim = groups_claim
        self.roles_claim = roles_claim

    @classmethod
    def from_values(cls, values: Mapping[str, Any], profile_list: Iterable[Mapping[str, Any]]) -> "AccessPolicy":
        """Builds the policy from the chart values: custom.thinkube and singleuser.profileList."""
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
                    shared_writable=spec["sharedVolume"] == "read-write",
                )
            )
        profiles = [Profile(slug=entry["slug"], entry=entry) for entry in profile_list]
        return cls(
            roles,
            profiles,
            values.get("sharedVolumeName"),
            values.get("groupsClaim", "groups"),
            values.get("rolesClaim"),
        )

    # -- who is who --------------------------------------------------------------------------

    def groups_from_auth_state(self, auth_state: Mapping[str, Any] | None) -> list[str]:
        """OAuthenticator's auth_state_groups_key: the hub groups a user's claims entitle them to.

        Two ways into a role, both from the identity provider's userinfo: membership of the role's
        group (the groups claim, normalized), or the role itself (the roles claim: the hub client's
        roles, which Keycloak sends whether granted through a group or to the person directly). A
        role from the roles claim counts as its group, so allowed_groups and admin_groups, compared
        by OAuthenticator, and the profile and cap checks below all see one answer.
        """
        user_info = (auth_state or {}).get("oauth_user") or {}
        groups = normalize_groups(user_info.get(self.groups_claim))
        granted = user_info.get(self.roles_claim) if self.roles_claim else None
        if isinstance(granted, str):
            granted = [granted]
        if isinstance(granted, (list, tuple)):
            for role_name in ROLE_ORDER:
                role = self.roles.get(role_name)
                if role and role.client_role in granted and role.group not in groups:
                    groups.append(role.group)
        return groups

    def role_for(self, group_names: Iterable[str]) -> Role | None:
        names = set(normalize_groups(group_names))
        for role_name in ROLE_ORDER:
            role = self.roles.get(role_name)
            if role and role.group in names:
                return role
        return None

    def _role_of(self, spawner: Any) -> Role | None:
        return self.role_for(group.name for group in getattr(spawner.user, "groups", []) or [])

    # -- what they may start -----------------------------------------------------------------

    def allowed_profiles(self, role: Role | None) -> list[Profile]:
        if role is None:
            return []
        # Keep the configured order; a slug the role names but the hub lacks (GPU profiles when
        # the cluster has no GPUs) is simply not offered.
        return [p for slug, p in self.profiles.items() if slug in role.profiles]

    def profile_list(self, spawner: Any) -> list[dict[str, Any]]:
        """KubeSpawner.profile_list as a callable: only the profiles the user's role allows."""
        allowed = self.allowed_profiles(self._role_of(spawner))
        entries = [dict(p.entry) for p in allowed]
        # Exactly one default: the configured one when the role may start it, else the first.
        default_index = next((i for i, e in enumerate(entries) if e.get("default")), 0)
        for i, entry in enumerate(entries):
            entry["default"] = i == default_index
        return entries

    def check_spawn(self, spawner: Any) -> Role:
        """Refuses a spawn the user's role does not allow, with a message that says why."""
        user_name = getattr(spawner.user, "name", "?")
        role = self._role_of(spawner)
        if role is None:
            raise web.HTTPError(403, f"{user_name} is in none of the groups that may start a server")

        options = dict(spawner.user_options or {})
        unknown = sorted(k for k in options if k != PROFILE_OPTION)
        if unknown:
            raise web.HTTPError(
                400,
                f"unsupported server option(s) {', '.join(unknown)}; only '{PROFILE_OPTION}' may be chosen",
            )

        allowed = self.allowed_profiles(role)
        if not allowed:
            raise web.HTTPError(403, f"role {role.name} has no profile available on this hub")
        requested = options.get(PROFILE_OPTION)
        if requested is None:
            profile = next((p for p in allowed if p.entry.get("default")), allowed[0])
        else:
            profile = self.profiles.get(str(requested))
            if profile is None or profile not in allowed:
                names = ", ".join(p.slug for p in allowed)
                raise web.HTTPError(
                    403, f"profile '{requested}' is not available to role {role.name}; allowed: {names}"
                )

        # Caps, checked on what would really be started (a profile could have been edited by hand).
        problems = []
        if profile.cpu() > role.max_cpu:
            problems.append(f"{profile.cpu():g} CPU > {role.max_cpu:g}")
        if profile.memory() > role.max_memory:
            problems.append(f"{profile.memory() / 2**30:g}Gi memory > {role.max_memory / 2**30:g}Gi")
        if profile.gpus() > role.max_gpus:
            problems.append(f"{profile.gpus()} GPU > {role.max_gpus}")
        home = getattr(spawner, "storage_capacity", None)
        if home and parse_bytes(home) > role.max_home_storage:
            problems.append(f"home {home} > {role.max_home_storage / 2**30:g}Gi")
        if problems:
            raise web.HTTPError(
                403, f"profile '{profile.slug}' exceeds the limits of role {role.name}: {'; '.join(problems)}"
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

    def pre_spawn_hook(self, spawner: Any) -> None:
        role = self.check_spawn(spawner)
        self.apply_shared_volume_access(spawner, role)
        spawner.log.info(
            "thinkube: %s starts as role %s with profile %s",
            spawner.user.name,
            role.name,
            (spawner.user_options or {}).get(PROFILE_OPTION, "(default)"),
        )

    # -- wiring ------------------------------------------------------------------------------

    def configure(self, c: Any, spawner_class: str = "KubeSpawner") -> None:
        """Registers the policy with a JupyterHub config object."""
        c.GenericOAuthenticator.auth_state_groups_key = self.groups_from_auth_state
        getattr(c, spawner_class).profile_list = self.profile_list
        c.Spawner.pre_spawn_hook = self.pre_spawn_hook
