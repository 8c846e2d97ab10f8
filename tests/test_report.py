import csv
import io
import json

from claims.analyze import analyze_text
from claims.report import render, to_dict, to_html

TEXT = """# Giá điện tăng từ tháng sau

Theo Bộ Công Thương, giá điện bán lẻ bình quân sẽ tăng 4,8% từ ngày 1/5.

Một chuyên gia năng lượng cho rằng mức tăng này là hợp lý.

Nhiều hộ kinh doanh lo ngại chi phí tăng mạnh.
"""


def reports():
    return analyze_text(TEXT, name="gia-dien.md", use_nlp=False)


def test_json_follows_the_contract():
    d = json.loads(render(reports(), "json"))
    assert d["schema"] == "claims-report/1"
    art = d["articles"][0]
    assert set(art) == {"id", "input", "title", "language", "sentences", "sources", "conflicts"}
    assert art["input"] == "gia-dien.md" and art["language"] == "vi" and art["title"] == "Giá điện tăng từ tháng sau"
    for s in art["sentences"]:
        assert set(s) == {"index", "text", "start", "end", "kind", "is_claim", "attributions", "numbers", "flags"}
        assert s["kind"] in ("headline", "body", "caption")
        for a in s["attributions"]:
            assert set(a) == {"source", "mention", "source_type", "cue", "quote", "confidence"}
            assert a["source_type"] in ("person", "organization", "media", "document", "anonymous")
            assert a["quote"] in ("direct", "indirect", None)
            assert isinstance(a["confidence"], float)
    assert art["sentences"][1]["attributions"][0]["source"] == "Bộ Công Thương"
    assert art["sentences"][1]["numbers"] == ["4,8%", "ngày 1/5"]
    assert "anonymous_source" in art["sentences"][2]["flags"]
    assert "unattributed" in art["sentences"][3]["flags"]
    for src in art["sources"]:
        assert set(src) == {"name", "type", "aliases", "sentences"}


def test_json_offsets_index_the_cleaned_text():
    r = reports()[0]
    d = to_dict([r])
    for s in d["articles"][0]["sentences"]:
        assert r.text[s["start"]:s["end"]] == s["text"]


def test_reviews_travel_into_every_format():
    r = reports()
    reviews = {r[0].id: {3: {"status": "needs_source", "note": "hỏi hiệp hội"}}}
    assert json.loads(render(r, "json", reviews))["articles"][0]["sentences"][3]["review"]["status"] == "needs_source"
    out = render(r, "csv", reviews)
    assert out.startswith("\ufeffarticle_id,")  # the BOM Excel needs to read UTF-8
    rows = list(csv.DictReader(io.StringIO(out.lstrip("\ufeff"))))
    assert rows[3]["review"] == "needs_source" and rows[3]["review_note"] == "hỏi hiệp hội"
    assert "cần nguồn\\: hỏi hiệp hội" in render(r, "md", reviews)
    assert "hỏi hiệp hội" in render(r, "html", reviews)


def test_csv_has_one_row_per_sentence_and_neutral_formulas():
    text = "# Thử\n\n=SUM(A1) là công thức mà ông Vũ Văn Tài nói đã được nhập vào bảng tính."
    rows = list(csv.DictReader(io.StringIO(render(analyze_text(text, use_nlp=False), "csv").lstrip("\ufeff"))))
    assert len(rows) == 2
    assert rows[1]["text"].startswith("'=")


def test_markdown_and_text_show_sources_and_flags():
    md = render(reports(), "md")
    assert "| 2 | Theo Bộ Công Thương" in md and "Bộ Công Thương" in md and "nguồn ẩn danh" in md
    txt = render(reports(), "text")
    assert "source: Bộ Công Thương (organization" in txt


def test_html_escapes_article_text():
    text = "# Tin <b>thử</b>\n\nÔng Lý Văn Hải cho biết <script>alert(1)</script> và <img src=x onerror=alert(2)> đã bị chặn."
    page = to_html(analyze_text(text, use_nlp=False))
    assert "<script>alert(1)" not in page and "<img src=x" not in page
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in page
    assert page.startswith("<!doctype html>") and 'class="s attributed"' in page


def test_hedged_is_labelled_as_unconfirmed_not_euphemism():
    # issue 13, defect 3: "nói giảm" means euphemism; "được cho là", "dự kiến" mark a claim not yet confirmed
    from claims.report import STATUS_LABELS

    assert STATUS_LABELS["hedged"] == "chưa khẳng định"
    assert all("nói giảm" not in v for v in STATUS_LABELS.values())


def test_html_keeps_its_colours_when_printed():
    # issue 13, defect 6: browsers drop background colours in print unless told not to
    page = to_html(reports())
    style = page[page.index("<style>"):page.index("</style>")]
    assert "@media print" in style
    assert "print-color-adjust:exact" in style.replace(" ", "")


def test_people_read_vietnamese_and_count_from_one():
    # issue 13, defect 2: source types and quote kinds in the Vietnamese outputs are Vietnamese words
    page = to_html(reports())
    assert "(organization)" not in page and "Bộ Công Thương (tổ chức)" in page
    assert ", indirect," not in page and "gián tiếp" in page
    assert 'title="câu 2 · có nguồn — Bộ Công Thương (tổ chức)' in page
    assert "<tr><td>1</td>" in page and "<tr><td>0</td>" not in page


def test_markdown_export_is_in_vietnamese_with_its_trail():
    # issue 13, defect 2: headers and review statuses in the Markdown export are Vietnamese words
    r = reports()
    history = [{"at": "2026-11-30T14:05:09Z", "reviewer": "an@toasoan.vn", "old_status": "", "new_status": "needs_source",
                "note": "hỏi hiệp hội"}]
    reviews = {r[0].id: {3: {"status": "needs_source", "note": "hỏi hiệp hội", "reviewer": "an@toasoan.vn",
                             "history": history}}}
    md = render(r, "md", reviews)
    assert "| # | Câu | Trạng thái | Nguồn | Loại nguồn | Từ dẫn | Trích dẫn | Độ tin cậy | Biên tập |" in md
    assert "needs_source" not in md and "source_type" not in md
    assert "## Nhật ký biên tập" in md
    assert "câu 4 · 2026-11-30T14\\:05\\:09Z an@toasoan.vn\\: chưa đánh giá → cần nguồn \\(hỏi hiệp hội\\)" in md
