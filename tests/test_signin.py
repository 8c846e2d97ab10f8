"""Sign-in end to end (issue 13): `streamlit run app.py` with an `[auth]` table pointing at a
local OpenID Connect provider that the test starts (tests/oidc_provider.py), Chromium driven by
Playwright through Streamlit's real `st.login` flow, and the roles of `[roles]` enforced:
nobody reads without signing in, a reviewer's review carries the signed-in name into the audit
trail, a viewer only reads, an account with no role is refused, an admin deletes an article
and the deletion is recorded."""
from __future__ import annotations

import re

from sqlmodel import select

from browser import chromium, free_port, needs_chromium, streamlit_server
from claims import audit, desk, store
from claims.models import AuditEvent, Review
from oidc_provider import Provider, running

pytestmark = needs_chromium()

ARTICLE = """# Động đất mạnh ở Istanbul

Cơ quan Quản lý thiên tai và khẩn cấp (AFAD) cho biết trận động đất mạnh 6,2 độ xảy ra ở Istanbul.

Ông Ali Yerlikaya, Bộ trưởng Nội vụ, cho biết 151 người bị thương khi nhảy từ các tòa nhà.

Thiệt hại ước tính lên tới hàng trăm triệu USD.
"""
ACCOUNTS = {
    "tbt@toasoan.vn": {"name": "Trần Tổng"},
    "an@toasoan.vn": {"name": "Nguyễn An"},
    "ctv@gmail.com": {"name": "Cộng Tác Viên"},
    "la@gmail.com": {"name": "Người Lạ"},
}


def secrets_toml(app_port: int, provider: Provider) -> str:
    return f"""
[auth]
redirect_uri = "http://127.0.0.1:{app_port}/oauth2callback"
cookie_secret = "a-test-cookie-secret-0123456789abcdef"
client_id = "{provider.client_id}"
client_secret = "{provider.client_secret}"
server_metadata_url = "{provider.issuer}/.well-known/openid-configuration"

[roles]
admin = ["tbt@toasoan.vn"]
reviewer = ["*@toasoan.vn"]
viewer = ["ctv@gmail.com"]
"""


def sign_in(context, url: str, email: str):
    page = context.new_page()
    page.goto(url)
    page.get_by_role("button", name="Đăng nhập").click()
    page.get_by_role("button", name=f"Đăng nhập là {email}").click()  # the provider's page
    page.wait_for_url(re.compile(r"http://127\.0\.0\.1:\d+/?$"))
    return page


def test_sign_in_roles_and_audit_trail_in_a_real_browser(tmp_path):
    db_url = f"sqlite:///{tmp_path}/signin.db"
    engine = store.make_engine(db_url)
    (aid,) = desk.analyze_input(engine, ARTICLE.encode("utf-8"), "dong-dat.md", use_nlp=False)
    app_port = free_port()
    with running(Provider("claims-desk", "s3cret-for-tests", ACCOUNTS)) as provider:
        secrets = tmp_path / "secrets.toml"
        secrets.write_text(secrets_toml(app_port, provider), encoding="utf-8")
        with streamlit_server(db_url, secrets, port=app_port, log=tmp_path / "streamlit.log") as url:
            # nobody reads without signing in
            with chromium() as context:
                page = context.new_page()
                page.goto(url)
                page.get_by_role("button", name="Đăng nhập").wait_for(timeout=60_000)
                assert "Động đất mạnh ở Istanbul" not in page.locator("body").inner_text()

            # a reviewer signs in through the provider and marks a sentence in her name
            with chromium() as context:
                page = sign_in(context, url, "an@toasoan.vn")
                page.get_by_text("Nguyễn An <an@toasoan.vn>").wait_for(timeout=60_000)
                assert "biên tập viên" in page.locator("section[data-testid='stSidebar']").inner_text()
                page.get_by_role("button", name="Động đất mạnh ở Istanbul").click()
                page.locator('span.s[data-index="2"]').click()
                page.get_by_text("Câu 3", exact=False).first.wait_for()
                page.get_by_text("cần nguồn", exact=True).click()
                page.get_by_label("Ghi chú").fill("AFAD nói 151 hay 236?")
                page.get_by_role("button", name="Lưu đánh giá").click()
                page.get_by_text("Đã lưu đánh giá câu 3.").wait_for()
                assert page.get_by_role("tab", name="Quản trị").count() == 0  # a reviewer deletes nothing
                page.get_by_role("button", name="Đăng xuất").click()
                page.get_by_role("button", name="Đăng nhập").wait_for()
            with store.session_scope(engine) as s:
                review = s.exec(select(Review)).one()
                assert (review.status, review.reviewer) == ("needs_source", "Nguyễn An <an@toasoan.vn>")
                event = s.exec(select(AuditEvent)).one()
                assert (event.actor, event.old_status, event.new_status, event.note) == (
                    "Nguyễn An <an@toasoan.vn>", "", "needs_source", "AFAD nói 151 hay 236?")

            # a viewer reads, with no way to analyse or review
            with chromium() as context:
                page = sign_in(context, url, "ctv@gmail.com")
                page.get_by_text("chỉ xem").first.wait_for(timeout=60_000)
                page.get_by_role("button", name="Động đất mạnh ở Istanbul").click()
                page.locator('span.s[data-index="2"]').click()
                page.get_by_text("AFAD nói 151 hay 236?").first.wait_for()  # the trail is shown on the sentence
                assert page.get_by_role("button", name="Lưu đánh giá").count() == 0
                assert page.get_by_role("button", name="Phân tích").count() == 0

            # an account no entry of [roles] admits is refused
            with chromium() as context:
                page = sign_in(context, url, "la@gmail.com")
                page.get_by_text("chưa được cấp quyền").wait_for(timeout=60_000)
                assert "Động đất mạnh ở Istanbul" not in page.locator("body").inner_text()

            # an admin deletes the article; the deletion is recorded with the admin's name
            with chromium() as context:
                page = sign_in(context, url, "tbt@toasoan.vn")
                page.get_by_text("Trần Tổng <tbt@toasoan.vn>").wait_for(timeout=60_000)
                page.get_by_role("button", name="Động đất mạnh ở Istanbul").click()
                page.get_by_role("tab", name="Quản trị").click()
                page.get_by_text("Tôi hiểu và muốn xoá bài này").click()
                page.get_by_role("button", name="Xoá bài").click()
                page.get_by_text("Đã xoá bài").wait_for()
                # the article list is redrawn by the rerun that follows the notice: wait for it
                page.get_by_role("button", name="Động đất mạnh ở Istanbul").wait_for(state="detached", timeout=30_000)
                assert page.get_by_role("button", name="Động đất mạnh ở Istanbul").count() == 0
    assert provider.issued == ["an@toasoan.vn", "ctv@gmail.com", "la@gmail.com", "tbt@toasoan.vn"]
    with store.session_scope(engine) as s:
        log = audit.audit_log(s)
    assert [(e["action"], e["reviewer"]) for e in log] == [
        ("delete_article", "Trần Tổng <tbt@toasoan.vn>"), ("review", "Nguyễn An <an@toasoan.vn>")]
