"""Runs JupyterHub on this machine the way the chart's hub pod runs it.

The configuration is the chart's own: test/e2e/chart_hub/chart_config.py runs chart 4.4.0's
`files/hub/jupyterhub_config.py` and `z2jh.py` over the release the real chart rendered
(dist/rendered: the hub Secret's values.yaml and the ConfigMap laid out as the pod mounts them,
hub.extraFiles at their mount paths, hub.extraConfig run as the chart runs it). What cannot exist
outside Kubernetes is swapped below, and only that:

1. the public and Keycloak URLs in the values point at the local servers (before the chart reads them);
2. the spawner: a local process (local_profile_spawner.py) fed the very profile list callable and
   pre-spawn hook the chart configured for KubeSpawner;
3. the proxy: started by the hub on a local port (in the chart it is its own pod), and the hub's own
   bind and connect URLs, the idle culler's hub URL, pid files;
4. an observer service, with its role, for the tests to read users and auth state.
"""

import json
import os
import secrets
from pathlib import Path

# Both on PYTHONPATH, which test/e2e/support/local-hub.ts sets.
from chart_config import chart_config
from local_profile_spawner import LocalProfileSpawner

c = get_config()  # noqa: F821  (traitlets provides get_config in config files)

workdir = Path(os.environ["THINKUBE_E2E_WORKDIR"])
hub_url = os.environ["THINKUBE_E2E_HUB_URL"]
hub_api = f"http://127.0.0.1:{os.environ['THINKUBE_E2E_HUB_API_PORT']}"
proxy_api_port = os.environ["THINKUBE_E2E_PROXY_API_PORT"]

# The keys the Terraform cluster stack writes into the chart's Secret; fresh for this hub.
generated_keys = {
    key: secrets.token_hex(32)
    for key in (
        "hub.config.ConfigurableHTTPProxy.auth_token",
        "hub.config.CryptKeeper.keys",
        "hub.config.JupyterHub.cookie_secret",
    )
}
# The Service environment Kubernetes gives the hub container.
service_env = {
    "POD_NAMESPACE": "jupyterhub",
    "HUB_SERVICE_HOST": "127.0.0.1",
    "HUB_SERVICE_PORT": os.environ["THINKUBE_E2E_HUB_API_PORT"],
    "PROXY_API_SERVICE_HOST": "127.0.0.1",
    "PROXY_API_SERVICE_PORT": proxy_api_port,
    "PROXY_PUBLIC_SERVICE_HOST": "127.0.0.1",
    "PROXY_PUBLIC_SERVICE_PORT": hub_url.rsplit(":", 1)[1],
}
chart = chart_config(
    Path(os.environ["THINKUBE_E2E_RELEASE"]),
    Path(os.environ["THINKUBE_E2E_CHART"]),
    workdir / "root",
    generated_keys,
    service_env,
    dict(json.loads(os.environ["THINKUBE_E2E_REWRITE"])),  # 1.
)
c.merge(chart)

# 2. The spawner.
c.JupyterHub.spawner_class = LocalProfileSpawner
c.LocalProfileSpawner.profile_list = chart.KubeSpawner.profile_list
mounts = chart.KubeSpawner.volume_mounts
mounts = list(mounts.values()) if isinstance(mounts, dict) else list(mounts)
# The shared volume's mount (the policy makes it writable or read-only); the home is the process's cwd.
c.LocalProfileSpawner.volume_mounts = [m for m in mounts if isinstance(m, dict) and m.get("name") == "shared"]
c.LocalProfileSpawner.storage_capacity = chart.KubeSpawner.storage_capacity
c.Spawner.cmd = [os.environ["THINKUBE_E2E_SINGLEUSER"]]
c.Spawner.args = ["--allow-root"] if os.geteuid() == 0 else []
c.Spawner.default_url = "/api"  # jupyter_server's own API page: proof the user's server answers

# 3. The proxy and the hub's addresses.
c.ConfigurableHTTPProxy.should_start = True
c.ConfigurableHTTPProxy.api_url = f"http://127.0.0.1:{proxy_api_port}"
c.ConfigurableHTTPProxy.command = [os.environ["THINKUBE_E2E_CHP"]]
c.ConfigurableHTTPProxy.pid_file = str(workdir / "proxy.pid")
c.JupyterHub.bind_url = hub_url
c.JupyterHub.hub_bind_url = hub_api
c.JupyterHub.hub_connect_url = hub_api
c.JupyterHub.pid_file = str(workdir / "jupyterhub.pid")
c.JupyterHub.cleanup_servers = True  # local processes: nothing may outlive the test's hub
services = []
for service in chart.JupyterHub.services:
    command = [
        f"--url={hub_api}/hub/api" if arg.startswith("--url=http://localhost:8081") else arg
        for arg in service.get("command", [])
    ]
    services.append({**service, **({"command": command} if command else {})})

# 4. The observer.
services.append({"name": "e2e-observer", "api_token": os.environ["THINKUBE_E2E_OBSERVER_TOKEN"]})
c.JupyterHub.services = services
c.JupyterHub.load_roles = [
    *chart.JupyterHub.load_roles,
    {
        "name": "e2e-observer",
        # admin:groups: the escalation test writes the hub's group records as an admin or service can.
        "scopes": ["admin:users", "admin:auth_state", "admin:servers", "list:users", "admin:groups"],
        "services": ["e2e-observer"],
    },
]
