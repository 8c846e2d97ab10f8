"""The Streamlit desk through streamlit.testing.v1.AppTest (the real script, real models)."""
import json

import pytest
from streamlit.testing.v1 import AppTest

from claims import desk, store
from conftest import EXAMPLES, ROOT

APP = str(ROOT / "app.py")
ARTICLE = """# Cháy kho hàng ở khu công nghiệp Tân Mỹ

Theo Cảnh sát PCCC tỉnh Bình Lâm, đám cháy bùng phát lúc 2h sáng 9/10 và thiêu rụi 3 nhà kho.

Ông Lưu Văn Thành, giám đốc công ty, cho biết không có ai bị thương.

Một công nhân giấu tên cho rằng hệ thống báo cháy đã hỏng từ lâu.

Thiệt hại ước tính lên tới 20 tỷ đồng.
"""


@pytest.fixture
def db(tmp_path, monkeypatch):
    url = f"sqlite:///{tmp_path}/app.db"
    monkeypatch.setenv("CLAIMS_DB_URL", url)
    return url


def fresh_app():
    at = AppTest.from_file(APP, default_timeout=180)
    at.run()
    return at


def analyse_paste(at, text):
    at.text_area(key="paste").input(text)
    at.button(key="analyze_paste").click()
    at.run()
    return at


def article_html(at):
    return "".join(m.value for m in at.markdown if "class='article'" in m.value or 'class="article"' in m.value)


def test_first_screen_is_vietnamese_and_clean(db):
    at = fresh_app()
    assert not at.exception
    assert at.title[0].value == "Kiểm tra nhận định và nguồn tin"
    assert at.button(key="analyze_paste").label == "Phân tích"


def test_paste_analyse_highlights(db):
    at = analyse_paste(fresh_app(), ARTICLE)
    assert not at.exception and not at.error
    html = article_html(at)
    assert 'class="s attributed"' in html and 'class="s unattributed"' in html and 'class="s anonymous_source"' in html
    assert at.header[0].value == "Cháy kho hàng ở khu công nghiệp Tân Mỹ"
    metrics = {m.label: m.value for m in at.metric}
    assert metrics["Nhận định"] == "5" and metrics["Nguồn ẩn danh"] == "1"
    assert {b.label for b in at.download_button} == {"JSON", "CSV", "Markdown", "HTML (in được)"}


def test_untrusted_html_shows_as_text(db):
    hostile = "# Thử <b>đậm</b>\n\nÔng Mai Văn Tú cho biết <script>alert(1)</script> và <img src=x onerror=alert(2)> là lỗi."
    at = analyse_paste(fresh_app(), hostile)
    html = article_html(at)
    assert "<script>" not in html and "<img src=x" not in html
    assert "&lt;script&gt;" in html


def test_upload_docx(db):
    import io

    import docx

    d = docx.Document()
    d.add_heading("Mở rộng đường vành đai", level=1)
    d.add_paragraph("Sở Giao thông tỉnh Bình Lâm cho biết dự án sẽ khởi công vào tháng 12.")
    buf = io.BytesIO()
    d.save(buf)
    at = fresh_app()
    at.file_uploader(key="upload").upload("duong.docx", buf.getvalue())
    at.run()
    at.button(key="analyze_upload").click()
    at.run()
    assert not at.exception and not at.error
    assert at.header[0].value == "Mở rộng đường vành đai"
    assert 'class="s attributed"' in article_html(at)


def test_review_saved_and_shown_again(db):
    at = analyse_paste(fresh_app(), ARTICLE)
    at.selectbox(key="review_idx").select(4)
    at.run()
    at.radio(key="review_status_4").set_value("needs_source")
    at.text_input(key="review_note_4").input("Cần hỏi lại công ty")
    [b for b in at.button if b.label == "Lưu đánh giá"][0].click()
    at.run()
    assert any("Đã lưu" in s.value for s in at.success)
    # a new session reopens the article from history without running the models
    again = fresh_app()
    again.button(key=[b.key for b in again.button if b.key and b.key.startswith("open_")][0]).click()
    again.run()
    rows = {r["#"]: r for r in again.dataframe[0].value.to_dict("records")}
    assert rows[4]["biên tập"] == "cần nguồn" and rows[4]["ghi chú"] == "Cần hỏi lại công ty"


def test_error_path_is_a_plain_message(db):
    at = analyse_paste(fresh_app(), "    ")
    assert not at.exception
    assert at.error and "is empty" in at.error[0].value


def test_example_query_parameter(db):
    at = AppTest.from_file(APP, default_timeout=180)
    at.query_params["example"] = "nha-may-nuoc-dong-ha.md"
    at.run()
    assert not at.exception
    assert at.header[0].value == "Nhà máy nước Đông Hà tạm ngừng cấp nước sau sự cố"


def test_exports_include_reviews(db):
    engine = store.make_engine(db)
    (aid,) = desk.analyze_input(engine, ARTICLE.encode("utf-8"), "chay-kho.md", use_nlp=False)
    desk.save_review(engine, aid, 2, "ok", "đã xác minh")
    opened = desk.open_article(engine, aid)
    d = json.loads(desk.export(opened, "json"))
    assert d["articles"][0]["sentences"][2]["review"] == {"status": "ok", "note": "đã xác minh"}
    assert "đã xác minh" in desk.export(opened, "csv") and "đã xác minh" in desk.export(opened, "md")
    assert "đã xác minh" in desk.export(opened, "html")
    rows = desk.filter_rows(desk.claim_rows(opened), statuses=["anonymous_source"])
    assert [r["#"] for r in rows] == [3]


def test_conflict_links_to_the_other_article(db):
    engine = store.make_engine(db)
    desk.analyze_input(engine, (EXAMPLES / "lu-quet-son-vy.txt").read_bytes(), "lu-quet-son-vy.txt", use_nlp=False)
    (later,) = desk.analyze_input(engine, (EXAMPLES / "lu-quet-son-vy-cap-nhat.html").read_bytes(),
                                  "lu-quet-son-vy-cap-nhat.html", use_nlp=False)
    at = fresh_app()
    at.button(key=f"open_{later}").click()
    at.run()
    assert at.header[0].value.startswith("Cập nhật lũ quét Sơn Vỹ")
    [b for b in at.button if b.label == "Mở bài kia"][0].click()
    at.run()
    assert at.header[0].value == "Lũ quét ở huyện Sơn Vỹ khiến 12 người thiệt mạng"


def test_merge_sources_from_the_desk(db):
    engine = store.make_engine(db)
    text = "Công ty Hải Long cho biết giá thép tăng 3%. Theo Tập đoàn Hải Long, giá xi măng cũng tăng 2%."
    (aid,) = desk.analyze_input(engine, text.encode("utf-8"), "thep.txt", use_nlp=False)
    names = [r["nguồn"] for r in desk.source_rows(desk.open_article(engine, aid))]
    assert len(names) == 2
    desk.merge_sources(engine, names[0], "organization", names[1:])
    rows = desk.source_rows(desk.open_article(engine, aid))
    assert rows[0]["số nhận định (kho)"] == 2
