"""End to end in a real headless browser (Playwright for Python driving Debian's Chromium):
`streamlit run app.py` on localhost analyses a bundled example, and the highlighted sentences
must be in the rendered page. A screenshot is saved in tests/artifacts/."""
from __future__ import annotations

from browser import ROOT, chromium, needs_chromium, streamlit_server

pytestmark = needs_chromium()


def test_desk_in_a_real_browser(tmp_path):
    with streamlit_server(f"sqlite:///{tmp_path}/browser.db", tmp_path / "no-secrets.toml") as url, \
            chromium() as context:
        page = context.new_page()
        page.goto(f"{url}/?example=lu-quet-son-vy.txt")
        # the first visit loads the models: allow two minutes
        page.locator("span.s").first.wait_for(timeout=120_000)
        page.wait_for_timeout(1000)
        statuses = page.locator("span.s").evaluate_all("els => els.map(e => e.dataset.status)")
        assert len(statuses) > 5
        assert {"attributed", "anonymous_source", "unattributed"} <= set(statuses)
        text = page.locator("body").inner_text()
        assert "Kiểm tra nhận định và nguồn tin" in text and "Trần Đức Khải" in text
        titles = page.locator("span.s.attributed").evaluate_all("els => els.map(e => e.title)")
        assert any("Trần Đức Khải (person)" in t for t in titles)  # the hover shows source, cue and confidence
        artifacts = ROOT / "tests" / "artifacts"
        artifacts.mkdir(exist_ok=True)
        page.screenshot(path=str(artifacts / "desk.png"), full_page=True)
        assert (artifacts / "desk.png").stat().st_size > 10_000
