"""The Streamlit desk through streamlit.testing.v1.AppTest (the real script, real models)."""
import io
import json
import re

import pytest
from streamlit.testing.v1 import AppTest

from claims import desk, jobs, store
from claims.auth import Account
from conftest import EXAMPLES, ROOT

APP = str(ROOT / "app.py")
ARTICLE = """# Cháy kho hàng ở khu công nghiệp Tân Mỹ

Theo Cảnh sát PCCC tỉnh Bình Lâm, đám cháy bùng phát lúc 2h sáng 9/10 và thiêu rụi 3 nhà kho.

Ông Lưu Văn Thành, giám đốc công ty, cho biết không có ai bị thương.

Một công nhân giấu tên cho rằng hệ thống báo cháy đã hỏng từ lâu.

Thiệt hại ước tính lên tới 20 tỷ đồng.
"""
ADMIN = Account("Tổng biên tập <tbt@toasoan.vn>", "tbt@toasoan.vn", "admin", True)


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


def plain(markdown: str) -> str:
    """What an escaped Markdown string reads as."""
    return re.sub(r"\\(.)", r"\1", markdown)


def article_html(at):
    """The article view's HTML (a st.components.v2 component: its data holds the markup)."""
    views = [e for e in at.main if getattr(e, "type", "") == "bidi_component"]
    return "".join(json.loads(v.proto.json)["html"] for v in views)


def open_first_from_history(at):
    at.button(key=[b.key for b in at.button if b.key and b.key.startswith("open_")][0]).click()
    at.run()
    return at


def pick_sentence(at, index):
    key = [s.key for s in at.selectbox if s.key and s.key.startswith("detail_idx_")][0]
    at.selectbox(key=key).select(index)
    at.run()
    return at


def save_review(at, aid, index, status, note):
    at.radio(key=f"review_status_{aid}_{index}").set_value(status)
    at.text_input(key=f"review_note_{aid}_{index}").input(note)
    [b for b in at.button if b.label == "Lưu đánh giá"][0].click()
    at.run()
    return at


def table_with(at, column):
    return [d.value for d in at.dataframe if column in d.value.columns][0].to_dict("records")


def download(at, fmt):
    return [b for b in at.get("download_button") if b.proto.id.endswith(f"-dl_{fmt}")][0]


def all_text(at):
    """Every label and body the desk shows (for checks of its language)."""
    out = []
    for node in at.main:
        for attr in ("value", "label", "body", "placeholder"):
            v = getattr(node, attr, None) if attr != "body" else getattr(getattr(node, "proto", None), "body", None)
            if isinstance(v, str):
                out.append(v)
    return "\n".join(out)


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
    assert not at.progress  # the bar is gone once the work is done


def test_untrusted_html_shows_as_text(db):
    hostile = "# Thử <b>đậm</b>\n\nÔng Mai Văn Tú cho biết <script>alert(1)</script> và <img src=x onerror=alert(2)> là lỗi."
    at = analyse_paste(fresh_app(), hostile)
    html = article_html(at)
    assert "<script>" not in html and "<img src=x" not in html
    assert "&lt;script&gt;" in html


def test_upload_docx(db):
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


def test_sentence_detail_says_why(db):
    at = pick_sentence(analyse_paste(fresh_app(), ARTICLE), 3)
    shown = [plain(m.value) for m in at.markdown]
    assert "**Câu 4** · nguồn ẩn danh" in shown
    assert any(v.startswith("- Nguồn ẩn danh: “Một công nhân giấu tên” (“giấu tên”)") for v in shown)
    line = next(v for v in shown if v.startswith("- Độ tin cậy "))
    value = float(line.split()[4])
    assert line.split("—")[1].split(":")[0].strip() == ("cao" if value >= 0.8 else "trung bình" if value >= 0.5 else "thấp")


def test_review_saved_with_history_and_shown_again(db):
    at = analyse_paste(fresh_app(), ARTICLE)
    aid = at.session_state.selected
    pick_sentence(at, 4)
    save_review(at, aid, 4, "needs_source", "Cần hỏi lại công ty")
    assert any("Đã lưu" in s.value for s in at.success)
    save_review(at, aid, 4, "ok", "Công ty đã gửi số liệu")
    # a new session reopens the article from history without running the models
    again = open_first_from_history(fresh_app())
    rows = {r["#"]: r for r in again.dataframe[0].value.to_dict("records")}
    assert rows[5]["biên tập"] == "ổn" and rows[5]["ghi chú"] == "Công ty đã gửi số liệu"
    trail = table_with(again, "trước")  # the trail keeps both changes
    assert [(t["trước"], t["sau"], t["ghi chú"]) for t in trail] == [
        ("cần nguồn", "ổn", "Công ty đã gửi số liệu"), ("chưa đánh giá", "cần nguồn", "Cần hỏi lại công ty")]


def test_saved_review_shows_at_once_in_table_and_export(db, monkeypatch):
    # issue 13, defect 1: the table and a JSON export made right after "Lưu" did not show it
    exports = {}
    real_export = desk.export

    def recording_export(opened, fmt):
        exports[fmt] = real_export(opened, fmt)
        return exports[fmt]
    monkeypatch.setattr(desk, "export", recording_export)
    at = analyse_paste(fresh_app(), ARTICLE)
    aid = at.session_state.selected
    save_review(pick_sentence(at, 4), aid, 4, "needs_source", "hỏi lại")
    rows = {r["#"]: r for r in at.dataframe[0].value.to_dict("records")}
    assert rows[5]["biên tập"] == "cần nguồn"
    assert json.loads(exports["json"])["articles"][0]["sentences"][4]["review"]["status"] == "needs_source"
    assert any("cần nguồn (hỏi lại)" in plain(c.value) for c in at.caption)  # the sentence's own trail


def test_unreviewed_is_not_preselected_as_ok(db):
    # issue 13, defect 4: an unreviewed sentence showed "ổn" preselected; "chưa đánh giá" was missing
    at = analyse_paste(fresh_app(), ARTICLE)
    aid = at.session_state.selected
    pick_sentence(at, 4)
    radio = at.radio(key=f"review_status_{aid}_4")
    assert radio.value == "" and "chưa đánh giá" in radio.options[0]
    save_review(at, aid, 4, "wrong", "")
    save_review(at, aid, 4, "", "")  # back to unreviewed: recorded, not lost
    rows = {r["#"]: r for r in at.dataframe[0].value.to_dict("records")}
    assert rows[5]["biên tập"] == "chưa đánh giá"


def test_status_filter_does_not_carry_over_to_the_next_article(db):
    # issue 13, defect 4
    engine = store.make_engine(db)
    (first,) = desk.analyze_input(engine, ARTICLE.encode("utf-8"), "kho.md", use_nlp=False)
    (second,) = desk.analyze_input(engine, (EXAMPLES / "nha-may-nuoc-dong-ha.md").read_bytes(), "nuoc.md", use_nlp=False)
    at = fresh_app()
    at.button(key=f"open_{first}").click()
    at.run()
    at.multiselect(key=f"f_status_{first}").select("anonymous_source")
    at.run()
    assert len(at.dataframe[0].value) == 1
    at.button(key=f"open_{second}").click()
    at.run()
    assert at.multiselect(key=f"f_status_{second}").value == []
    assert len(at.dataframe[0].value) == len(desk.open_article(engine, second).report.sentences)


def test_desk_speaks_vietnamese(db):
    # issue 13, defect 2: multiselect placeholder and "Select all", type and quote names, errors
    at = analyse_paste(fresh_app(), ARTICLE)
    for ms in at.multiselect:
        assert ms.proto.placeholder == "Chọn…" and not ms.proto.select_all
    rows = at.dataframe[0].value.to_dict("records")
    assert {r["loại nguồn"] for r in rows} <= {"", "cá nhân", "tổ chức", "báo chí", "văn bản", "ẩn danh"}
    assert {r["trích dẫn"] for r in rows} <= {"", "trực tiếp", "gián tiếp"}
    html = article_html(at)
    assert "(person)" not in html and "indirect" not in html and "(cá nhân)" in html
    at.file_uploader(key="upload").upload("gia.docx", b"this is not a zip archive at all")
    at.run()
    at.button(key="analyze_upload").click()
    at.run()
    assert plain(at.error[0].value).startswith("Không phân tích được tệp gia.docx: không phải tệp .docx hợp lệ")


def test_empty_paste_is_one_vietnamese_error_and_no_progress_left(db):
    # issue 13, defect 7 (and 2): no progress box left on "Đang tìm nhận định..." above the error
    at = analyse_paste(fresh_app(), "    ")
    assert not at.exception
    assert [plain(e.value) for e in at.error] == ["Không phân tích được văn bản dán vào: trống, không có nội dung để phân tích"]
    assert not at.status and not at.progress
    assert "Đang" not in all_text(at)


def test_sidebar_titles_are_cut_at_a_word_and_search_ignores_diacritics(db):
    # issue 13, defect 5
    engine = store.make_engine(db)
    long_title = "Động đất mạnh 6,2 độ richter rung chuyển Istanbul, hàng trăm người bị thương khi nhảy khỏi nhà"
    text = f"# {long_title}\n\nÔng Ali Yerlikaya cho biết 151 người bị thương ở Thổ Nhĩ Kỳ.\n"
    desk.analyze_input(engine, text.encode("utf-8"), "dong-dat.md", use_nlp=False)
    at = fresh_app()
    label = [b.label for b in at.sidebar.button if b.key and b.key.startswith("open_")][0]
    assert label.endswith("…") and long_title.startswith(label[:-1].replace("\\", ""))
    assert long_title[len(label) - 1] == " "  # the cut falls between two words
    at.sidebar.text_input(key="history_query").input("Tho Nhi Ky")
    at.run()
    assert len([b for b in at.sidebar.button if b.key and b.key.startswith("open_")]) == 1


def test_example_query_parameter(db):
    at = AppTest.from_file(APP, default_timeout=180)
    at.query_params["example"] = "nha-may-nuoc-dong-ha.md"
    at.run()
    assert not at.exception
    assert at.header[0].value == "Nhà máy nước Đông Hà tạm ngừng cấp nước sau sự cố"


def test_exports_include_reviews(db):
    engine = store.make_engine(db)
    (aid,) = desk.analyze_input(engine, ARTICLE.encode("utf-8"), "chay-kho.md", use_nlp=False)
    desk.save_review(engine, aid, 2, "ok", "đã xác minh", by=ADMIN)
    opened = desk.open_article(engine, aid)
    review = json.loads(desk.export(opened, "json"))["articles"][0]["sentences"][2]["review"]
    assert (review["status"], review["note"], review["reviewer"]) == ("ok", "đã xác minh", ADMIN.name)
    assert "đã xác minh" in desk.export(opened, "csv") and "đã xác minh" in desk.export(opened, "md")
    assert "đã xác minh" in desk.export(opened, "html")
    rows = desk.filter_rows(desk.claim_rows(opened), statuses=["anonymous_source"])
    assert [r["#"] for r in rows] == [4]


def test_conflicts_side_by_side_and_link_to_the_other_article(db):
    engine = store.make_engine(db)
    desk.analyze_input(engine, (EXAMPLES / "lu-quet-son-vy.txt").read_bytes(), "lu-quet-son-vy.txt", use_nlp=False)
    (later,) = desk.analyze_input(engine, (EXAMPLES / "lu-quet-son-vy-cap-nhat.html").read_bytes(),
                                  "lu-quet-son-vy-cap-nhat.html", use_nlp=False)
    at = fresh_app()
    at.button(key=f"open_{later}").click()
    at.run()
    assert at.header[0].value.startswith("Cập nhật lũ quét Sơn Vỹ")
    shown = [plain(m.value) for m in at.markdown]
    assert any(v.startswith("**Câu ") and "bài “Lũ quét ở huyện Sơn Vỹ" in v for v in shown)
    assert any(plain(c.value).startswith("Khớp nhau ở:") for c in at.caption)
    assert any("Bài kia được kiểm tra trước" in c.value for c in at.caption)
    see = [b for b in at.button if b.key and b.key.startswith("see_")][0]
    see.click()
    at.run()
    assert at.session_state.focus is not None  # the article outlines and scrolls to it
    [b for b in at.button if b.label == "Mở bài kia"][0].click()
    at.run()
    assert at.header[0].value == "Lũ quét ở huyện Sơn Vỹ khiến 12 người thiệt mạng"


def test_merge_sources_from_the_desk(db):
    engine = store.make_engine(db)
    text = "Công ty Hải Long cho biết giá thép tăng 3%. Theo Tập đoàn Hải Long, giá xi măng cũng tăng 2%."
    (aid,) = desk.analyze_input(engine, text.encode("utf-8"), "thep.txt", use_nlp=False)
    names = [r["nguồn"] for r in desk.source_rows(desk.open_article(engine, aid))]
    assert len(names) == 2
    desk.merge_sources(engine, names[0], "organization", names[1:], by=ADMIN)
    rows = desk.source_rows(desk.open_article(engine, aid))
    assert rows[0]["số nhận định (kho)"] == 2
    desk.split_source(engine, rows[0]["nguồn"], "organization", names[1], by=ADMIN)
    assert [r["số nhận định (kho)"] for r in desk.source_rows(desk.open_article(engine, aid))] == [1, 1]
    assert [r["việc"] for r in desk.audit_rows(engine)] == ["tách nguồn", "gộp nguồn"]


AUTH = {"redirect_uri": "http://localhost:8501/oauth2callback", "cookie_secret": "x" * 32, "client_id": "desk",
        "client_secret": "s", "server_metadata_url": "http://127.0.0.1:9/.well-known/openid-configuration"}
ROLES = {"admin": ["tbt@toasoan.vn"], "reviewer": ["*@toasoan.vn"], "viewer": ["ctv@gmail.com"]}


def app_as(user, roles=ROLES):
    at = AppTest.from_file(APP, default_timeout=180)
    at.secrets["auth"] = AUTH
    if roles is not None:
        at.secrets["roles"] = roles
    at.user = user
    at.run()
    return at


def test_with_accounts_nobody_reads_before_signing_in(db):
    engine = store.make_engine(db)
    desk.analyze_input(engine, ARTICLE.encode("utf-8"), "kho.md", use_nlp=False)
    at = app_as({"is_logged_in": False})
    assert not at.exception
    assert [b.label for b in at.button] == ["Đăng nhập"]
    assert not at.sidebar.button and not at.text_area


def test_roles_decide_what_the_desk_offers(db):
    engine = store.make_engine(db)
    (aid,) = desk.analyze_input(engine, ARTICLE.encode("utf-8"), "kho.md", use_nlp=False)
    viewer = app_as({"is_logged_in": True, "email": "ctv@gmail.com", "name": "Cộng Tác Viên"})
    assert not viewer.text_area and any("chỉ xem" in m.value for m in viewer.sidebar.markdown)
    viewer.button(key=f"open_{aid}").click()
    viewer.run()
    pick_sentence(viewer, 4)
    assert not [b for b in viewer.button if b.label == "Lưu đánh giá"]
    assert [t.label for t in viewer.tabs] == ["Bảng nhận định", "Mâu thuẫn", "Nguồn tin", "Nhật ký biên tập", "Xuất báo cáo"]
    reviewer = app_as({"is_logged_in": True, "email": "an@toasoan.vn", "name": "Nguyễn An"})
    reviewer.button(key=f"open_{aid}").click()
    reviewer.run()
    save_review(pick_sentence(reviewer, 4), aid, 4, "needs_source", "hỏi lại")
    assert desk.open_article(engine, aid).reviews[4]["reviewer"] == "Nguyễn An <an@toasoan.vn>"
    assert "Quản trị" not in [t.label for t in reviewer.tabs]
    admin = app_as({"is_logged_in": True, "email": "tbt@toasoan.vn", "name": "Trần Tổng"})
    admin.button(key=f"open_{aid}").click()
    admin.run()
    assert "Quản trị" in [t.label for t in admin.tabs]


def test_refused_account_and_missing_roles_are_plain_messages(db):
    stranger = app_as({"is_logged_in": True, "email": "la@gmail.com", "name": "Người Lạ"})
    assert "chưa được cấp quyền" in stranger.error[0].value and not stranger.sidebar.button
    unverified = app_as({"is_logged_in": True, "email": "tbt@toasoan.vn", "email_verified": False})
    assert "chưa được cấp quyền" in unverified.error[0].value
    misconfigured = app_as({"is_logged_in": True, "email": "tbt@toasoan.vn"}, roles=None)
    assert "chưa khai báo vai trò" in plain(misconfigured.error[0].value) and not misconfigured.exception


def test_a_long_analysis_does_not_hold_up_another_editor(db):
    # issue 13: one editor's analysis runs on the shared queue, not on anyone's script thread
    import threading

    engine = store.make_engine(db)
    (aid,) = desk.analyze_input(engine, ARTICLE.encode("utf-8"), "kho.md", use_nlp=False)
    release, started = threading.Event(), threading.Event()
    queue = jobs.shared_queue()
    long_job = queue.submit(lambda job: (job.update("Đang tìm nhận định và nguồn tin…", 0.5), started.set(),
                                         release.wait(60)))
    assert started.wait(30)
    try:
        other = fresh_app()  # another editor, while the only worker is busy
        other.button(key=f"open_{aid}").click()
        other.run()
        assert other.header[0].value == "Cháy kho hàng ở khu công nghiệp Tân Mỹ" and not other.exception
        pick_sentence(other, 3)
        assert any("Nguồn ẩn danh" in m.value for m in other.markdown)
        assert queue.busy() == (1, 0) and not long_job.progress().done  # the long one still runs
    finally:
        release.set()
        long_job.result()
