"""The hub's configuration exactly as the chart's hub pod builds it, on a machine without Kubernetes.

The release the real chart rendered (the hub Secret and ConfigMap) is laid out as the pod mounts them,
under a temporary root instead of `/`: `/usr/local/etc/jupyterhub/{secret,config}/<key>` and each
`hub.extraFiles` entry at its mountPath. Then the chart's own `z2jh.py` and `jupyterhub_config.py` (from
the chart folder, unchanged but for that mount root) run and fill a traitlets Config, running the
values' `hub.extraConfig` as the chart does. What only a cluster provides comes from the caller: the
environment of the hub container (service hosts and ports, POD_NAMESPACE) and the generated keys the
Terraform cluster stack would have written into the Secret.
"""

from __future__ import annotations

import base64
import os
import sys
from collections.abc import Mapping
from pathlib import Path
from typing import Any

import yaml
from traitlets.config import Config

MOUNT_ROOT = "/usr/local/etc/jupyterhub"


def _rendered(release_yaml: Path) -> tuple[dict[str, str], dict[str, str]]:
    """The hub Secret's data (decoded) and the hub ConfigMap's data from the rendered release."""
    secret: dict[str, str] = {}
    config: dict[str, str] = {}
    for doc in yaml.safe_load_all(release_yaml.read_text()):
        if not doc:
            continue
        name = doc.get("metadata", {}).get("name")
        if doc.get("kind") == "Secret" and name == "hub":
            secret = {k: base64.b64decode(v).decode() for k, v in (doc.get("data") or {}).items()}
            secret.update(doc.get("stringData") or {})
        elif doc.get("kind") == "ConfigMap" and name == "hub":
            config = dict(doc.get("data") or {})
    if "values.yaml" not in secret:
        raise RuntimeError(f"{release_yaml} holds no hub Secret with values.yaml: render the chart first")
    return secret, config


def chart_config(
    release_yaml: Path,
    chart_dir: Path,
    root: Path,
    generated_keys: Mapping[str, str],
    environment: Mapping[str, str],
    rewrite: Mapping[str, str] | None = None,
) -> Config:
    """Runs the chart's hub configuration against the rendered release; returns the filled Config.

    `rewrite` replaces text in the mounted values (e.g. the public URLs with local ones): only what a
    laptop cannot have changes, and the caller says what.
    """
    secret, config_map = _rendered(release_yaml)
    mount = root / MOUNT_ROOT.lstrip("/")
    values_text = secret["values.yaml"].replace(MOUNT_ROOT, str(mount))
    for old, new in (rewrite or {}).items():
        values_text = values_text.replace(old, new)
    secret["values.yaml"] = values_text
    secret.update(generated_keys)
    for folder, files in (("secret", secret), ("config", config_map)):
        (mount / folder).mkdir(parents=True, exist_ok=True)
        for key, text in files.items():
            (mount / folder / key).write_text(text)
    # hub.extraFiles: mounted from the Secret at their mountPath (now under the root).
    values = yaml.safe_load(values_text)
    for name, spec in ((values.get("hub") or {}).get("extraFiles") or {}).items():
        target = Path(spec["mountPath"])
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(spec.get("stringData") or secret.get(name, ""))

    # The chart's own two files, mounted (from the ConfigMap) into the configuration directory. Its
    # jupyterhub_config.py puts that directory on sys.path, which is how z2jh and the modules of
    # hub.extraFiles placed there are imported, here as in the pod.
    for name in ("z2jh.py", "jupyterhub_config.py"):
        (mount / name).write_text((chart_dir / "files" / "hub" / name).read_text().replace(MOUNT_ROOT, str(mount)))
    os.environ.update(environment)
    sys.modules.pop("z2jh", None)

    c = Config()
    config_file = mount / "jupyterhub_config.py"
    namespace: dict[str, Any] = {"get_config": lambda: c, "__file__": str(config_file)}
    exec(compile(config_file.read_text(), str(config_file), "exec"), namespace)
    return c
