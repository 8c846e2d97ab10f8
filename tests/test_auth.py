"""Role rules of the desk (claims.auth): who may read, review, merge or delete."""
import pytest

from claims.auth import OPEN_DESK, Account, RoleRules, account_for, accounts_configured
from claims.errors import AuthError

RULES = RoleRules.from_config({
    "admin": ["TBT@toasoan.vn"],
    "reviewer": ["*@toasoan.vn", "tbt@toasoan.vn"],
    "viewer": ["ctv@gmail.com"],
})


def test_highest_matching_role_wins_and_case_does_not_matter():
    assert RULES.role_for("tbt@toasoan.vn") == "admin"
    assert RULES.role_for("An@TOASOAN.vn") == "reviewer"
    assert RULES.role_for("ctv@gmail.com") == "viewer"


def test_an_account_matching_nothing_gets_no_role():
    assert RULES.role_for("someone@gmail.com") is None
    assert RULES.role_for("an@toasoan.vn.evil.com") is None  # a domain is matched whole
    assert RULES.role_for("an@sub.toasoan.vn") is None
    assert RULES.role_for("") is None and RULES.role_for("not-an-email") is None


def test_star_admits_every_signed_in_account():
    rules = RoleRules.from_config({"viewer": "*", "admin": ["tbt@toasoan.vn"]})
    assert rules.role_for("anyone@example.org") == "viewer"
    assert rules.role_for("tbt@toasoan.vn") == "admin"


@pytest.mark.parametrize("role, allowed", [
    ("viewer", {"read", "export"}),
    ("reviewer", {"read", "export", "analyze", "review"}),
    ("admin", {"read", "export", "analyze", "review", "merge_sources", "split_sources", "delete_article"}),
    (None, set()),
])
def test_what_each_role_may_do(role, allowed):
    acct = Account("x", "x@toasoan.vn", role, True)
    actions = {"read", "export", "analyze", "review", "merge_sources", "split_sources", "delete_article"}
    assert {a for a in actions if acct.can(a)} == allowed
    with pytest.raises(ValueError):
        acct.can("drop_database")


def test_without_accounts_the_desk_is_open_and_unsigned():
    assert not accounts_configured({}) and not accounts_configured({"other": 1})
    assert accounts_configured({"auth": {"redirect_uri": "http://localhost:8501/oauth2callback"}})
    assert OPEN_DESK.can("delete_article") and OPEN_DESK.name == "" and not OPEN_DESK.signed_in


def test_signed_in_name_is_name_and_email():
    acct = account_for({"is_logged_in": True, "name": "Nguyễn An", "email": "an@toasoan.vn"}, RULES)
    assert (acct.name, acct.role, acct.signed_in) == ("Nguyễn An <an@toasoan.vn>", "reviewer", True)
    assert account_for({"email": "an@toasoan.vn"}, RULES).name == "an@toasoan.vn"


def test_an_unverified_email_is_not_trusted():
    acct = account_for({"name": "Giả danh", "email": "tbt@toasoan.vn", "email_verified": False}, RULES)
    assert acct.role is None and not acct.can("read")


@pytest.mark.parametrize("bad, message", [
    (None, r"chưa khai báo vai trò"),
    ({}, r"chưa khai báo vai trò"),
    ({"editor": ["a@b.vn"]}, r"vai trò 'editor' không có"),
    ({"admin": [1]}, r"danh sách địa chỉ email"),
    ({"admin": ["toasoan.vn"]}, r"không phải email"),
    ({"admin": ["a*@toasoan.vn"]}, r"không phải email"),
])
def test_a_wrong_roles_table_says_what_to_fix(bad, message):
    with pytest.raises(AuthError, match=message):
        RoleRules.from_config(bad)


def test_the_desk_refuses_what_a_role_may_not_do(memory_engine):
    from claims import desk, store
    from claims.models import AuditEvent, Review
    from sqlmodel import select

    text = "Công ty Hải Long cho biết giá thép tăng 3%. Theo Tập đoàn Hải Long, giá xi măng cũng tăng 2%."
    (aid,) = desk.analyze_input(memory_engine, text.encode("utf-8"), "thep.txt", use_nlp=False)
    viewer = Account("Xem <ctv@gmail.com>", "ctv@gmail.com", "viewer", True)
    reviewer = Account("An <an@toasoan.vn>", "an@toasoan.vn", "reviewer", True)
    names = [r["nguồn"] for r in desk.source_rows(desk.open_article(memory_engine, aid))]
    with pytest.raises(AuthError, match="không được phép"):
        desk.save_review(memory_engine, aid, 0, "ok", by=viewer)
    with pytest.raises(AuthError):
        desk.merge_sources(memory_engine, names[0], "organization", names[1:], by=reviewer)
    with pytest.raises(AuthError):
        desk.split_source(memory_engine, names[0], "organization", names[0], by=reviewer)
    with pytest.raises(AuthError):
        desk.delete_article(memory_engine, aid, by=reviewer)
    desk.save_review(memory_engine, aid, 0, "ok", by=reviewer)
    with store.session_scope(memory_engine) as s:
        assert s.exec(select(Review.reviewer)).all() == ["An <an@toasoan.vn>"]
        assert [e.action for e in s.exec(select(AuditEvent)).all()] == ["review"]
