"""End to end in a real headless browser (Playwright for Python driving Debian's Chromium):
`streamlit run app.py` on localhost analyses a bundled example; the highlighted sentences are in
the page, a click on a sentence opens its detail panel, a click on a row of the claims table
outlines the sentence and scrolls it into view, and the printable HTML export keeps its colours
in print. A screenshot is saved in tests/artifacts/."""
from __future__ import annotations

from browser import ROOT, chromium, needs_chromium, streamlit_server
from claims import desk, store

pytestmark = needs_chromium()


def in_view(locator) -> bool:
    return locator.evaluate("e => { const r = e.getBoundingClientRect();"
                            " return r.top >= 0 && r.bottom <= window.innerHeight; }")


def test_desk_in_a_real_browser(tmp_path):
    with streamlit_server(f"sqlite:///{tmp_path}/browser.db", tmp_path / "no-secrets.toml") as url, \
            chromium() as context:
        page = context.new_page()
        page.goto(f"{url}/?example=lu-quet-son-vy.txt")
        # a progress bar follows the analysis (the first one loads the models: several seconds)
        bar = page.locator('[data-testid="stProgress"]')
        bar.wait_for(timeout=60_000)
        assert bar.inner_text().startswith("Đang")
        page.locator("span.s").first.wait_for(timeout=120_000)
        assert bar.count() == 0  # and it is gone when the article is there
        page.wait_for_timeout(1000)
        statuses = page.locator("span.s").evaluate_all("els => els.map(e => e.dataset.status)")
        assert len(statuses) > 5
        assert {"attributed", "anonymous_source", "unattributed"} <= set(statuses)
        assert "Kiểm tra nhận định và nguồn tin" in page.locator("body").inner_text()
        assert "Trần Đức Khải" in page.locator("div.article").inner_text()  # in the component's shadow root
        titles = page.locator("span.s.attributed").evaluate_all("els => els.map(e => e.title)")
        assert any("Trần Đức Khải (cá nhân)" in t for t in titles)  # the hover, in Vietnamese

        # a click on a sentence opens its detail panel: why it is flagged, in one line each
        anonymous = page.locator("span.s.anonymous_source").first
        number = int(anonymous.get_attribute("data-index")) + 1
        anonymous.click()
        page.get_by_text(f"Câu {number}", exact=True).wait_for()
        assert page.get_by_text("Nguồn ẩn danh: “").count() == 1
        assert page.locator("span.s.focused").evaluate_all("els => els.map(e => e.dataset.index)") == [str(number - 1)]
        page.mouse.move(1100, 40)  # back to the top of the page (over the page, not the article's own scroller)
        page.mouse.wheel(0, -5000)
        page.wait_for_timeout(600)
        artifacts = ROOT / "tests" / "artifacts"
        artifacts.mkdir(exist_ok=True)
        page.screenshot(path=str(artifacts / "desk.png"))  # README's docs/desk.png is this shot
        assert (artifacts / "desk.png").stat().st_size > 10_000

        # a click on the last row of the claims table outlines that sentence and scrolls to it
        last = len(statuses) - 1
        grid = page.locator('[data-testid="stDataFrame"]').first
        grid.scroll_into_view_if_needed()
        box = grid.bounding_box()
        row = min(last, int((box["height"] - 35) // 35) - 1)  # a row the grid shows without scrolling
        page.mouse.click(box["x"] + 18, box["y"] + 35 + 35 * row + 17)  # its selection box
        target = page.locator(f'span.s[data-index="{row}"]')
        page.wait_for_function(f"() => [...document.querySelectorAll('*')].some(h => h.shadowRoot && "
                               f"h.shadowRoot.querySelector('span.s.focused[data-index=\"{row}\"]'))")
        page.wait_for_timeout(800)  # the smooth scroll
        assert in_view(target)
        page.get_by_text(f"Câu {row + 1}", exact=True).wait_for()


def test_printed_html_export_keeps_its_colours(tmp_path):
    # issue 13, defect 6: browsers print background colours only when the page asks for it
    engine = store.make_engine(f"sqlite:///{tmp_path}/print.db")
    (aid,) = desk.analyze_input(engine, (ROOT / "examples" / "lu-quet-son-vy.txt").read_bytes(), "lu.txt", use_nlp=False)
    page_html = desk.export(desk.open_article(engine, aid), "html")
    with chromium() as context:
        page = context.new_page()
        page.set_content(page_html)
        page.emulate_media(media="print")
        span = page.locator("span.s.unattributed").first
        assert span.evaluate("e => getComputedStyle(e).printColorAdjust") == "exact"
        assert span.evaluate("e => getComputedStyle(e).backgroundColor") == "rgb(255, 227, 227)"
        assert page.locator(".legend span.anonymous_source").evaluate("e => getComputedStyle(e).printColorAdjust") == "exact"
