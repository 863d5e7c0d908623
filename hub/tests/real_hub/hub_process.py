"""The real JupyterHub 5.5.0, configured by chart 4.4.0's own jupyterhub_config.py over dist/rendered
(test/e2e/local_hub/jupyterhub_config.py, the same harness the login e2e uses with Keycloak), logging
in against the small identity provider beside this file. Everything listens on 127.0.0.1."""

from __future__ import annotations

import json
import os
import secrets
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from urllib.parse import quote

import requests

REPO = Path(__file__).resolve().parents[3]
CHART = REPO.parent / "shared" / "charts" / "jupyterhub-4.4.0"
PUBLIC_HUB = "https://notebooks.thinkube.example.org"
PUBLIC_KEYCLOAK = "https://auth.thinkube.example.org"
CLIENT_ID = "jupyterhub"


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class HubProcess:
    def __init__(self, idp_url: str, client_secret: str, values_rewrite: dict[str, str] | None = None, singleuser=None):
        venv_bin = Path(sys.executable).parent  # the hub venv that runs these tests
        chp = REPO / "node_modules" / ".bin" / "configurable-http-proxy"
        for needed in (chp, CHART, REPO / "dist" / "rendered" / "jupyterhub.k8s.yaml"):
            if not needed.exists():
                raise RuntimeError(f"{needed} is missing: run npm ci and npm run render (and keep ../shared)")
        self.port = free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        self.workdir = Path(tempfile.mkdtemp(prefix="thinkube-real-hub-"))
        self.log_path = self.workdir / "hub.log"
        self.observer_token = secrets.token_hex(24)
        self.api_port = free_port()
        rewrite = []
        for old, new in ((PUBLIC_KEYCLOAK, idp_url), (PUBLIC_HUB, self.url)):
            rewrite += [[old, new], [quote(old, safe=""), quote(new, safe="")]]
        rewrite += [[old, new] for old, new in (values_rewrite or {}).items()]
        env = {
            **os.environ,
            "PATH": f"{venv_bin}:{os.environ['PATH']}",
            "PYTHONPATH": f"{REPO / 'test' / 'e2e' / 'chart_hub'}:{REPO / 'test' / 'e2e' / 'local_hub'}",
            "THINKUBE_E2E_RELEASE": str(REPO / "dist" / "rendered" / "jupyterhub.k8s.yaml"),
            "THINKUBE_E2E_CHART": str(CHART),
            "THINKUBE_E2E_REWRITE": json.dumps(rewrite),
            "THINKUBE_E2E_WORKDIR": str(self.workdir),
            "THINKUBE_E2E_HUB_URL": self.url,
            "THINKUBE_E2E_HUB_API_PORT": str(self.api_port),
            "THINKUBE_E2E_PROXY_API_PORT": str(free_port()),
            "THINKUBE_E2E_CHP": str(chp),
            "THINKUBE_E2E_SINGLEUSER": singleuser or str(venv_bin / "jupyterhub-singleuser"),
            "THINKUBE_E2E_OBSERVER_TOKEN": self.observer_token,
            "OAUTH_CLIENT_SECRET": client_secret,
        }
        self._log = open(self.log_path, "w")  # closed in stop()
        config = REPO / "test" / "e2e" / "local_hub" / "jupyterhub_config.py"
        self.process = subprocess.Popen(
            [str(venv_bin / "jupyterhub"), "--config", str(config)],
            cwd=self.workdir,
            env=env,
            stdout=self._log,
            stderr=subprocess.STDOUT,
            start_new_session=True,
        )
        self.wait_until(lambda: self.healthy(), 120, "the hub to answer /hub/health")

    def healthy(self) -> bool:
        if self.process.poll() is not None:
            raise RuntimeError(f"the hub exited ({self.process.returncode}):\n{self.log()[-3000:]}")
        try:
            return requests.get(f"{self.url}/hub/health", timeout=5).status_code == 200
        except requests.RequestException:
            return False

    def log(self) -> str:
        return self.log_path.read_text(errors="replace")

    def wait_until(self, condition, seconds: float, what: str):
        deadline = time.monotonic() + seconds
        while time.monotonic() < deadline:
            result = condition()
            if result:
                return result
            time.sleep(0.25)
        raise TimeoutError(f"waited {seconds} s for {what}; hub log:\n{self.log()[-3000:]}")

    def api(self, method: str, path: str, **kwargs) -> requests.Response:
        headers = {"Authorization": f"token {self.observer_token}"}
        return requests.request(method, f"{self.url}/hub/api{path}", headers=headers, timeout=30, **kwargs)

    def log_in(self, username: str) -> requests.Session:
        """The OAuth code flow a browser makes, with the identity provider's form filled in (login_as)."""
        session = requests.Session()
        to_idp = session.get(f"{self.url}/hub/oauth_login", allow_redirects=False, timeout=30)
        assert to_idp.status_code == 302, to_idp.text
        back = session.get(to_idp.headers["Location"] + f"&login_as={username}", allow_redirects=False, timeout=30)
        assert back.status_code == 302, back.text
        session.last_login = session.get(back.headers["Location"], allow_redirects=False, timeout=30)
        session.get(f"{self.url}/hub/home", timeout=30)  # sets the _xsrf cookie a browser would send back
        return session

    def as_user(self, session: requests.Session, method: str, path: str, **kwargs) -> requests.Response:
        headers = {"X-XSRFToken": session.cookies.get("_xsrf", "")}
        return session.request(method, f"{self.url}/hub/api{path}", headers=headers, timeout=30, **kwargs)

    def stop(self) -> None:
        if self.process.poll() is None:
            os.killpg(self.process.pid, signal.SIGTERM)
            try:
                self.process.wait(30)
            except subprocess.TimeoutExpired:
                os.killpg(self.process.pid, signal.SIGKILL)
                self.process.wait()
        # The proxy and the hub's services run in sessions of their own; a hub that exited without
        # cleaning up (the failure this harness exists to catch) leaves them behind: stop them by PID.
        for pid in self._children():
            try:
                os.kill(pid, signal.SIGKILL)
            except ProcessLookupError:
                pass
        self._log.close()
        shutil.rmtree(self.workdir, ignore_errors=True)

    def _children(self) -> list[int]:
        """PIDs of processes this hub started: those running in its work folder or naming its ports."""
        marks = (str(self.workdir), f"127.0.0.1:{self.port}", f"127.0.0.1:{self.api_port}")
        found = []
        for entry in Path("/proc").iterdir():
            if not entry.name.isdigit() or int(entry.name) == os.getpid():
                continue
            try:
                cmdline = (entry / "cmdline").read_bytes().replace(b"\0", b" ").decode(errors="replace")
                cwd = os.readlink(entry / "cwd")
            except OSError:
                continue
            if cwd.startswith(str(self.workdir)) or any(mark in cmdline for mark in marks):
                found.append(int(entry.name))
        return found
