"""End to end in a real headless browser: `streamlit run app.py` served on localhost, Debian's
Chromium loads it, the app analyses a bundled example, and the highlighted sentences must be
in the rendered DOM. A screenshot is saved in tests/artifacts/."""
import os
import shutil
import socket
import subprocess
import sys
import time
import urllib.request

import pytest

from conftest import ROOT

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
pytestmark = pytest.mark.skipif(CHROMIUM is None, reason="Debian's chromium is not installed (.ci/run installs it)")
FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--no-first-run",
         "--disable-background-networking", "--disable-component-update", "--disable-sync", "--disable-quic",
         "--hide-scrollbars", "--window-size=1400,2200"]


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture
def server(tmp_path):
    port = _free_port()
    env = dict(os.environ, CLAIMS_DB_URL=f"sqlite:///{tmp_path}/browser.db")
    proc = subprocess.Popen(
        [sys.executable, "-m", "streamlit", "run", str(ROOT / "app.py"), "--server.headless", "true",
         "--server.port", str(port), "--server.address", "127.0.0.1", "--browser.gatherUsageStats", "false"],
        cwd=ROOT, env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT)
    url = f"http://127.0.0.1:{port}"
    try:
        for _ in range(120):
            try:
                if urllib.request.urlopen(url + "/_stcore/health", timeout=2).read() == b"ok":
                    break
            except OSError:
                time.sleep(0.5)
        else:
            pytest.fail("streamlit did not start")
        yield url
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            proc.kill()


class Browser:
    """Headless Chromium driven over the DevTools protocol (no driver download needed)."""

    def __init__(self, url: str, profile):
        import json

        self.port = _free_port()
        self.proc = subprocess.Popen([CHROMIUM, *FLAGS, f"--user-data-dir={profile}",
                                      f"--remote-debugging-port={self.port}", "--remote-allow-origins=*", url],
                                     stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        ws_url = None
        for _ in range(100):
            try:
                pages = json.loads(urllib.request.urlopen(f"http://127.0.0.1:{self.port}/json/list", timeout=2).read())
                ws_url = next(p["webSocketDebuggerUrl"] for p in pages if p.get("type") == "page")
                break
            except (OSError, StopIteration, ValueError):
                time.sleep(0.2)
        assert ws_url, "chromium did not open its debugging port"
        from websockets.sync.client import connect

        self._conn = connect(ws_url, max_size=50_000_000)
        self.ws = self._conn.__enter__()
        self.next_id = 0

    def call(self, method: str, **params):
        import json

        self.next_id += 1
        self.ws.send(json.dumps({"id": self.next_id, "method": method, "params": params}))
        while True:
            msg = json.loads(self.ws.recv(timeout=60))
            if msg.get("id") == self.next_id:
                return msg.get("result", {})

    def js(self, expression: str):
        return self.call("Runtime.evaluate", expression=expression, returnByValue=True)["result"].get("value")

    def close(self):
        try:
            self._conn.__exit__(None, None, None)
        finally:
            self.proc.terminate()
            self.proc.wait(timeout=10)


def test_desk_in_a_real_browser(server, tmp_path):
    import base64

    browser = Browser(f"{server}/?example=lu-quet-son-vy.txt", tmp_path / "profile")
    try:
        count = 0
        for _ in range(240):  # the first visit loads the models: allow up to two minutes
            count = browser.js("document.querySelectorAll('span.s').length") or 0
            if count:
                break
            time.sleep(0.5)
        assert count > 5, "no highlighted sentence appeared"
        time.sleep(1)
        statuses = browser.js("Array.from(document.querySelectorAll('span.s')).map(e => e.dataset.status)")
        assert {"attributed", "anonymous_source", "unattributed"} <= set(statuses)
        text = browser.js("document.body.innerText")
        assert "Kiểm tra nhận định và nguồn tin" in text and "Trần Đức Khải" in text
        titles = browser.js("Array.from(document.querySelectorAll('span.s.attributed')).map(e => e.title)")
        assert any("Trần Đức Khải (person)" in t for t in titles)  # the hover shows source, cue and confidence
        shot = browser.call("Page.captureScreenshot", format="png")["data"]
        artifacts = ROOT / "tests" / "artifacts"
        artifacts.mkdir(exist_ok=True)
        (artifacts / "desk.png").write_bytes(base64.b64decode(shot))
        assert (artifacts / "desk.png").stat().st_size > 10_000
    finally:
        browser.close()
