"""Spawns user servers with the real KubeSpawner 7.0.0 on a real cluster, configured the way the
chart's hub pod configures it (chart_config.py), the access policy included, in the release's namespace.

    python spawn_users.py <rendered release> <chart dir> <requests.json>      (KUBECONFIG: the API server)
    python spawn_users.py --manifests <rendered release> <chart dir> <requests.json>

Each request is {"user", "groups" (Keycloak paths), "roles", "profile"}; with "action": "form" it
asks only for the spawn form KubeSpawner renders for that user (public get_options_form) and prints
{"user", "profiles": [offered slugs], "form": the HTML}. For each other request: the policy's
pre-spawn hook, KubeSpawner's load_user_options (the profile), then KubeSpawner's own manifest builders
and API client create the home PVC and the pod, exactly as its start() does before it waits for the pod
to run (the caller watches them schedule and bind). Prints one JSON line per request:
{"user", "created": [...]} or {"user", "refused": status, "reason"}. With --manifests nothing is sent
to any API server: each line carries the PVC and pod manifests KubeSpawner would create,
{"user", "manifests": [...]} (npm run scan checks them with checkov).
"""

from __future__ import annotations

import asyncio
import json
import logging
import re
import secrets
import sys
import tempfile
from pathlib import Path
from types import SimpleNamespace

from chart_config import chart_config

GENERATED_KEYS = (
    "hub.config.ConfigurableHTTPProxy.auth_token",
    "hub.config.CryptKeeper.keys",
    "hub.config.JupyterHub.cookie_secret",
)
# The hub container's environment from its Services (the chart's config reads them); POD_NAMESPACE is
# the release's.
HUB_ENV = {
    "HUB_SERVICE_HOST": "10.96.0.10",
    "HUB_SERVICE_PORT": "8081",
    "PROXY_API_SERVICE_HOST": "10.96.0.11",
    "PROXY_API_SERVICE_PORT": "8001",
    "PROXY_PUBLIC_SERVICE_HOST": "10.96.0.12",
    "PROXY_PUBLIC_SERVICE_PORT": "80",
}


def hub_user(name: str, groups: list[str], roles: list[str]):
    state = {"oauth_user": {"groups": groups, "hub_roles": roles}}

    async def get_auth_state():
        return state

    return SimpleNamespace(
        name=name, id=abs(hash(name)) % 10_000, url=f"/user/{name}/", groups=[], get_auth_state=get_auth_state
    )


async def spawn(c, request, create: bool = True) -> dict:
    from jupyterhub.objects import Hub
    from kubespawner import KubeSpawner
    from tornado import web

    user = hub_user(request["user"], request.get("groups", []), request.get("roles", []))
    spawner = KubeSpawner(config=c, user=user, hub=Hub(url="http://10.96.0.10:8081/hub/"))
    spawner.log = logging.getLogger("spawn")
    spawner.api_token = secrets.token_hex(16)
    spawner.oauth_client_id = f"jupyterhub-user-{user.name}"
    spawner.user_options = {"profile": request["profile"]} if request.get("profile") else {}
    if request.get("action") == "form":
        form = await spawner.get_options_form()
        return {"user": user.name, "profiles": re.findall(r'value="([^"]+)"', form), "form": form}
    try:
        await spawner.run_pre_spawn_hook()
    except web.HTTPError as refused:
        return {"user": user.name, "refused": refused.status_code, "reason": refused.log_message}
    await spawner.load_user_options()
    if not create:
        serialize = spawner.api.api_client.sanitize_for_serialization
        manifests = [serialize(spawner.get_pvc_manifest())] if spawner.storage_pvc_ensure else []
        manifests.append(serialize(await spawner.get_pod_manifest()))
        for manifest in manifests:  # KubeSpawner creates both in its namespace (the hub's)
            manifest["metadata"]["namespace"] = spawner.namespace
        return {"user": user.name, "manifests": manifests}
    created = []
    # KubeSpawner's public start() makes these same two requests and then waits for the pod to run
    # and its server to answer the hub, which no hub is here to hear: the requests are made directly,
    # with the manifests from its public get_pvc_manifest()/get_pod_manifest().
    if spawner.storage_pvc_ensure:
        pvc = spawner.get_pvc_manifest()
        await spawner._make_create_pvc_request(pvc, spawner.k8s_api_request_timeout)
        created.append(f"PersistentVolumeClaim/{pvc.metadata.name}")
    pod = await spawner.get_pod_manifest()
    await spawner._make_create_pod_request(pod, spawner.k8s_api_request_timeout)
    created.append(f"Pod/{pod.metadata.name}")
    return {"user": user.name, "created": created}


def release_namespace(release: Path) -> str:
    """The namespace the chart rendered its hub into (helm template --namespace): KubeSpawner's."""
    import yaml

    for doc in yaml.safe_load_all(release.read_text()):
        if doc and doc.get("kind") == "Deployment" and doc["metadata"].get("name") == "hub":
            return doc["metadata"].get("namespace") or "default"
    raise RuntimeError(f"{release} holds no hub Deployment: render the chart first")


async def a_node_that_fits_every_profile(spawner, resource, request_timeout):
    from thinkube_access import NodeGpus

    return [NodeGpus(name="any-gpu-node", schedulable=True, gpus=1_000)]


async def main() -> None:
    args = sys.argv[1:]
    create = args[:1] != ["--manifests"]
    release, chart, requests_file = (Path(arg) for arg in (args if create else args[1:])[:3])
    keys = {key: secrets.token_hex(32) for key in GENERATED_KEYS}
    environment = {**HUB_ENV, "POD_NAMESPACE": release_namespace(release)}
    c = chart_config(release, chart, Path(tempfile.mkdtemp(prefix="thinkube-chart-hub-")), keys, environment)
    if not create:
        # No cluster to ask: the manifests are those of a cluster with a node that fits every profile.
        policy = c.Spawner.pre_spawn_hook.__self__
        if policy.gpu_capacity is not None:
            policy.gpu_capacity.list_nodes = a_node_that_fits_every_profile
    for request in json.loads(requests_file.read_text()):
        try:
            print(json.dumps(await spawn(c, request, create)), flush=True)
        except Exception as error:  # reported, not hidden: the test fails on it
            print(json.dumps({"user": request["user"], "error": f"{type(error).__name__}: {error}"}), flush=True)


if __name__ == "__main__":
    logging.basicConfig(level=logging.WARNING)
    asyncio.run(main())
