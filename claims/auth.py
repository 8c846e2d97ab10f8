"""Who may do what on the desk. Sign-in itself is Streamlit's `st.login` (OIDC, configured in the
`[auth]` table of `.streamlit/secrets.toml`); this module only turns the signed-in identity and
the `[roles]` table of the same file into an Account with a role:

    [roles]
    admin = ["tong.bien.tap@toasoan.vn"]
    reviewer = ["*@toasoan.vn"]          # anyone of the newsroom's domain
    viewer = ["cong.tac.vien@gmail.com"]  # "*" would admit every account the provider signs in

viewer reads and exports; reviewer also analyses articles and marks sentences; admin also
merges and splits sources and deletes articles. An account matching several entries gets the
highest role; an account matching none is refused. With no `[auth]` table the desk runs as a
single-user tool on the embedded defaults: everything allowed, reviews unsigned.
Pure functions of plain mappings, so the rules are tested without Streamlit."""
from __future__ import annotations

from dataclasses import dataclass
from typing import Mapping

from .errors import AuthError

ROLES = ("viewer", "reviewer", "admin")  # each includes what the ones before it may do
ROLE_LABELS = {"viewer": "chỉ xem", "reviewer": "biên tập viên", "admin": "quản trị"}
NEEDS = {
    "read": "viewer", "export": "viewer",
    "analyze": "reviewer", "review": "reviewer",
    "merge_sources": "admin", "split_sources": "admin", "delete_article": "admin",
}


@dataclass(frozen=True)
class Account:
    name: str  # as written into reviews and the trail: "Tên <email>", "" without accounts
    email: str
    role: str | None  # None: signed in, but no entry of [roles] admits the account
    signed_in: bool

    def can(self, action: str) -> bool:
        if action not in NEEDS:
            raise ValueError(f"unknown action {action!r}")
        return self.role is not None and ROLES.index(self.role) >= ROLES.index(NEEDS[action])


OPEN_DESK = Account(name="", email="", role="admin", signed_in=False)


@dataclass(frozen=True)
class RoleRules:
    entries: tuple[tuple[str, str], ...]  # (pattern, role), patterns lower-cased

    @classmethod
    def from_config(cls, roles: Mapping | None) -> "RoleRules":
        """Read the `[roles]` table; a wrong shape is an AuthError that says what to fix."""
        if not roles:
            raise AuthError("đã bật đăng nhập ([auth]) nhưng chưa khai báo vai trò: thêm bảng [roles] vào "
                            ".streamlit/secrets.toml (xem README)")
        entries = []
        for role, patterns in dict(roles).items():
            if role not in ROLES:
                raise AuthError(f"vai trò '{role}' không có; dùng {', '.join(ROLES)}")
            if isinstance(patterns, str):
                patterns = [patterns]
            if not isinstance(patterns, (list, tuple)) or not all(isinstance(p, str) for p in patterns):
                raise AuthError(f"[roles] {role} phải là một danh sách địa chỉ email, ví dụ [\"ten@toasoan.vn\"]")
            for p in patterns:
                p = p.strip().lower()
                if p != "*" and ("@" not in p or p.count("*") > (1 if p.startswith("*@") else 0)):
                    raise AuthError(f"'{p}' trong [roles] {role} không phải email, '*@tên-miền' hay '*'")
                entries.append((p, role))
        return cls(tuple(entries))

    def role_for(self, email: str) -> str | None:
        email = (email or "").strip().lower()
        if not email or "@" not in email:
            return None
        domain = email.rsplit("@", 1)[1]
        best = None
        for pattern, role in self.entries:
            if pattern == email or pattern == "*" or (pattern.startswith("*@") and pattern[2:] == domain):
                if best is None or ROLES.index(role) > ROLES.index(best):
                    best = role
        return best


def accounts_configured(secrets: Mapping) -> bool:
    return bool(secrets.get("auth"))


def account_for(user: Mapping, rules: RoleRules) -> Account:
    """The Account of a signed-in OIDC identity (`st.user`). An email the provider says it has
    not verified is not trusted: such an account gets no role."""
    email = str(user.get("email") or "").strip()
    if user.get("email_verified") is False:
        email = ""
    name = str(user.get("name") or "").strip()
    shown = f"{name} <{email}>" if name and email and name.lower() != email.lower() else (email or name or
                                                                                           str(user.get("sub") or ""))
    return Account(name=shown, email=email, role=rules.role_for(email), signed_in=True)
