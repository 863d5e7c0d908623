"""Runs the synthesized hub configuration on this machine, the way the chart's jupyterhub_config.py
runs it in the hub pod: the values' hub.config applied to `c`, then every hub.extraConfig snippet in
key order with z2jh.get_config reading the values (hub.extraFiles written where the values say).

The test harness (test/e2e/support/local-hub.ts) hands over the values with only the Keycloak and hub
URLs pointed at the local servers. What cannot exist outside Kubernetes is adapted below, and only that:
the spawner (a local process standing in for KubeSpawner, fed the same policy callables), ports, the
database file, and a read-only observer service the tests use to look at auth state.
"""

import json
import os
import sys
import types
from pathlib import Path

c = get_config()  # noqa: F821  (traitlets provides get_config in config files)

values = json.loads(Path(os.environ["THINKUBE_E2E_VALUES"]).read_text())
workdir = Path(os.environ["THINKUBE_E2E_WORKDIR"])


def z2jh_get_config(key, default=None):
    """The chart's z2jh.get_config: a dotted key into the values."""
    node = values
    for part in key.split("."):
        if not isinstance(node, dict) or part not in node:
            return default
        node = node[part]
    return node


z2jh = types.ModuleType("z2jh")
z2jh.get_config = z2jh_get_config
sys.modules["z2jh"] = z2jh

# 1. hub.config, as the chart applies it.
for section, settings in values["hub"]["config"].items():
    c[section].update(settings)

# 2. Local adaptations (what Kubernetes provides in the real deployment).
sys.path.insert(0, str(Path(__file__).parent))
from local_profile_spawner import LocalProfileSpawner  # noqa: E402

c.JupyterHub.spawner_class = LocalProfileSpawner
c.JupyterHub.bind_url = os.environ["THINKUBE_E2E_HUB_URL"]
c.JupyterHub.hub_bind_url = f"http://127.0.0.1:{os.environ['THINKUBE_E2E_HUB_API_PORT']}"
c.ConfigurableHTTPProxy.api_url = f"http://127.0.0.1:{os.environ['THINKUBE_E2E_PROXY_API_PORT']}"
c.ConfigurableHTTPProxy.command = [os.environ["THINKUBE_E2E_CHP"]]
c.ConfigurableHTTPProxy.pid_file = str(workdir / "proxy.pid")
c.JupyterHub.db_url = f"sqlite:///{workdir / 'jupyterhub.sqlite'}"
c.JupyterHub.cookie_secret_file = str(workdir / "jupyterhub_cookie_secret")
c.JupyterHub.pid_file = str(workdir / "jupyterhub.pid")
c.Spawner.cmd = [os.environ["THINKUBE_E2E_SINGLEUSER"]]
c.Spawner.args = ["--allow-root"] if os.geteuid() == 0 else []
c.Spawner.default_url = "/api"  # jupyter_server's own API page: proof the user's server answers
c.LocalProfileSpawner.volume_mounts = list((values["singleuser"]["storage"].get("extraVolumeMounts") or {}).values())
c.LocalProfileSpawner.storage_capacity = values["singleuser"]["storage"]["capacity"]
c.JupyterHub.services = [{"name": "e2e-observer", "api_token": os.environ["THINKUBE_E2E_OBSERVER_TOKEN"]}]
c.JupyterHub.load_roles = [
    {
        "name": "e2e-observer",
        # admin:groups: the escalation test writes the hub's group records as an admin or service can.
        "scopes": ["admin:users", "admin:auth_state", "admin:servers", "list:users", "admin:groups"],
        "services": ["e2e-observer"],
    }
]

# 3. hub.extraConfig, in key order, as the chart runs it.
for key in sorted(values["hub"].get("extraConfig") or {}):
    code = values["hub"]["extraConfig"][key]
    exec(compile(code, f"extraConfig/{key}", "exec"), {"c": c, "get_config": z2jh_get_config, "__name__": key})

# The stand-in spawner takes the policy's profile list exactly as KubeSpawner does.
c.LocalProfileSpawner.profile_list = c.KubeSpawner.profile_list
