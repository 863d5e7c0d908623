"""Fixtures: the chart values exactly as the project synthesized them into dist/."""

from __future__ import annotations

import os
import sys
import tempfile
import types
from pathlib import Path
from typing import Any

import pytest
import yaml

REPO = Path(__file__).resolve().parents[2]
HUB = REPO / "hub"

RELEASE_MANIFEST = REPO / "dist" / "k8s" / "0003-jupyterhub.k8s.yaml"


def _offline_kubeconfig() -> None:
    """KubeSpawner 7 loads a kube config when constructed, even with _mock=True, and the client
    library reads KUBECONFIG when first imported. Point it, before that import, at a config whose
    server is a closed port: constructing clients never connects, and no test may reach a cluster."""
    path = Path(tempfile.mkdtemp(prefix="thinkube-kubeconfig-")) / "config"
    path.write_text(
        yaml.safe_dump(
            {
                "apiVersion": "v1",
                "kind": "Config",
                "clusters": [{"name": "none", "cluster": {"server": "https://127.0.0.1:9"}}],
                "users": [{"name": "none", "user": {"token": "unused"}}],
                "contexts": [
                    {
                        "name": "none",
                        "context": {"cluster": "none", "user": "none", "namespace": "jupyterhub"},
                    }
                ],
                "current-context": "none",
            }
        )
    )
    os.environ["KUBECONFIG"] = str(path)
    os.environ.pop("KUBERNETES_SERVICE_HOST", None)


_offline_kubeconfig()


def synthesized_values() -> dict[str, Any]:
    """The values in the committed Argo CD Application (what the chart really receives)."""
    docs = [d for d in yaml.safe_load_all(RELEASE_MANIFEST.read_text()) if d]
    app = next(d for d in docs if d["kind"] == "Application")
    return app["spec"]["source"]["helm"]["valuesObject"]


def get_config_from(values: dict[str, Any]):
    """The chart's z2jh.get_config: a dotted key into the values."""

    def get_config(key: str, default: Any = None) -> Any:
        node: Any = values
        for part in key.split("."):
            if not isinstance(node, dict) or part not in node:
                return default
            node = node[part]
        return node

    return get_config


@pytest.fixture
def values() -> dict[str, Any]:
    return synthesized_values()


@pytest.fixture
def z2jh(values, monkeypatch):
    """A stand-in for the chart's z2jh module, reading the synthesized values."""
    module = types.ModuleType("z2jh")
    module.get_config = get_config_from(values)
    monkeypatch.setitem(sys.modules, "z2jh", module)
    return module
