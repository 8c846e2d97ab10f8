"""Sign-in on the desk (UI): Streamlit's `st.login` with the OIDC provider of the `[auth]` table
of .streamlit/secrets.toml, the `[roles]` table read by claims.auth; without `[auth]` the desk
opens as a single-user tool."""
from __future__ import annotations

import streamlit as st

from . import auth
from .errors import ClaimsError
from .report import escape_markdown as md

TITLE = "Kiểm tra nhận định và nguồn tin"


def secrets() -> dict:
    try:
        return {k: st.secrets[k] for k in ("auth", "roles") if k in st.secrets}
    except FileNotFoundError:
        return {}


def sign_in_ui() -> auth.Account | None:
    """The account using the desk, or None when it must sign in first (the screen is shown)."""
    conf = secrets()
    if not auth.accounts_configured(conf):
        return auth.OPEN_DESK
    try:
        rules = auth.RoleRules.from_config(conf.get("roles"))
    except ClaimsError as exc:
        st.error(f"Cấu hình đăng nhập chưa đúng: {md(str(exc))}")
        return None
    if not st.user.is_logged_in:
        st.title(TITLE)
        st.info("Bàn biên tập của tòa soạn: đăng nhập bằng tài khoản tòa soạn để đọc và đánh giá bài.")
        if st.button("Đăng nhập", type="primary", key="login"):
            # one provider in [auth] itself, or one named [auth.NAME] table
            named = [k for k, v in conf["auth"].items() if isinstance(v, dict)] if "client_id" not in conf["auth"] else []
            st.login(named[0]) if named else st.login()
        return None
    account = auth.account_for(st.user.to_dict(), rules)
    if account.role is None:
        st.title(TITLE)
        st.error(f"Tài khoản {md(account.name or '(không có email)')} chưa được cấp quyền dùng bàn biên tập. "
                 "Nhờ quản trị thêm địa chỉ này vào bảng [roles].")
        st.button("Đăng xuất", key="logout_refused", on_click=st.logout)
        return None
    return account


def account_ui(account: auth.Account, *, shared_database: bool) -> None:
    if account.signed_in:
        st.sidebar.markdown(f"**{md(account.name)}** · {auth.ROLE_LABELS[account.role]}")
        st.sidebar.button("Đăng xuất", key="logout", on_click=st.logout)
    else:
        st.sidebar.caption("Không yêu cầu đăng nhập: chưa cấu hình tài khoản (xem README).")
        if shared_database:
            st.sidebar.warning("Cơ sở dữ liệu dùng chung mà chưa bật đăng nhập: ai vào được trang này cũng sửa được.")
