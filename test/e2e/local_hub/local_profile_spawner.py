"""A local-process spawner standing in for KubeSpawner in the end-to-end tests.

It takes `profile_list` (the access policy's callable, the same object KubeSpawner gets), renders the
spawn form from it, and on start refuses a profile the list does not hold, as KubeSpawner's
load_user_options does. The pre-spawn hook (the policy's server-side check) runs before it, as in the
hub pod. Resources are not enforced by a local process; what was granted is recorded in its environment.
A laptop has no nodes: `api` answers the policy's node lookup as a cluster with one GPU node would
(test/e2e/kube-spawner.e2e.test.ts asks a real API server instead).
"""

from html import escape
from types import SimpleNamespace

from jupyterhub.spawner import SimpleLocalProcessSpawner
from jupyterhub.utils import maybe_future
from traitlets import Callable, List, Unicode, Union


class OneGpuNodeApi:
    """What KubeSpawner's CoreV1Api.list_node returns for a cluster of one ready node with one GPU."""

    async def list_node(self, _request_timeout=None):
        node = SimpleNamespace(
            metadata=SimpleNamespace(name="local-gpu-node"),
            spec=SimpleNamespace(unschedulable=None),
            status=SimpleNamespace(
                allocatable={"nvidia.com/gpu": "1"}, conditions=[SimpleNamespace(type="Ready", status="True")]
            ),
        )
        return SimpleNamespace(items=[node])


class LocalProfileSpawner(SimpleLocalProcessSpawner):
    api = OneGpuNodeApi()

    profile_list = Union([List(), Callable()], default_value=[], config=True)
    volume_mounts = List(config=True)
    storage_capacity = Unicode("", config=True)

    async def _profiles(self):
        profiles = self.profile_list
        if callable(profiles):
            profiles = await maybe_future(profiles(self))
        return list(profiles or [])

    def _options_form_default(self):
        return self._render_options_form

    async def _render_options_form(self, spawner):
        profiles = await self._profiles()
        if not profiles:
            return "<p>No server profile is available to you.</p>"
        rows = []
        for profile in profiles:
            checked = " checked" if profile.get("default") else ""
            rows.append(
                f'<label class="profile" for="profile-{escape(profile["slug"])}">'
                f'<input type="radio" name="profile" id="profile-{escape(profile["slug"])}" '
                f'value="{escape(profile["slug"])}"{checked}> '
                f"<strong>{escape(profile['display_name'])}</strong> "
                f"{escape(profile.get('description', ''))}</label><br>"
            )
        return "\n".join(rows)

    def options_from_form(self, formdata):
        profile = (formdata.get("profile") or [None])[0]
        return {"profile": profile} if profile else {}

    async def start(self):
        profiles = await self._profiles()
        slug = (self.user_options or {}).get("profile")
        if slug is None:
            profile = next((p for p in profiles if p.get("default")), profiles[0] if profiles else None)
        else:
            profile = next((p for p in profiles if p["slug"] == slug), None)
        if profile is None:
            raise ValueError(f"No such profile: {slug}. Options include: {', '.join(p['slug'] for p in profiles)}")
        override = profile.get("kubespawner_override", {})
        self.environment = dict(self.environment)
        self.environment["THINKUBE_PROFILE"] = profile["slug"]
        self.environment["THINKUBE_CPU_LIMIT"] = str(override.get("cpu_limit", ""))
        self.environment["THINKUBE_MEM_LIMIT"] = str(override.get("mem_limit", ""))
        shared = [m for m in self.volume_mounts if m.get("name") == "shared"]
        if shared:
            self.environment["THINKUBE_SHARED_READONLY"] = str(shared[0].get("readOnly", True)).lower()
        return await super().start()
