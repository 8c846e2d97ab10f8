"""The database layer (`claims.db`): engine from a URL, pragmas, clear errors, sessions."""
import pytest
from sqlalchemy import text
from sqlalchemy.exc import OperationalError

from claims.db import db_problem, make_engine, safe_url, session_scope
from claims.errors import StoreError
from claims.models import Article


def test_bad_database_url_is_a_clear_error(tmp_path):
    with pytest.raises(StoreError, match="cannot open the database"):
        make_engine(f"sqlite:///{tmp_path}/missing/dir/x.db")
    with pytest.raises(StoreError):
        make_engine("nosuchdriver://x")


def test_file_database_uses_wal(tmp_path):
    eng = make_engine(f"sqlite:///{tmp_path}/c.db")
    with eng.connect() as conn:
        assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
        assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1


def test_password_never_reaches_a_message():
    assert safe_url("postgresql+psycopg://desk:s3cret@db.example:5432/claims") == \
        "postgresql+psycopg://desk:***@db.example:5432/claims"
    assert safe_url("sqlite:///tmp/claims.db") == "sqlite:///tmp/claims.db"


def test_problem_names_the_error_without_the_statement_parameters():
    exc = OperationalError("INSERT INTO article (text) VALUES (?)", ("Bài báo bí mật",), Exception("disk I/O error"))
    assert db_problem(exc) == "Exception: disk I/O error"
    assert "bí mật" not in db_problem(exc)


def test_session_scope_rolls_back_on_error_and_names_database_errors():
    eng = make_engine("sqlite://")
    with pytest.raises(RuntimeError):
        with session_scope(eng) as s:
            s.add(Article(title="nửa chừng", text="x", content_hash="h1", language="vi"))
            s.flush()
            raise RuntimeError("stop")
    with session_scope(eng) as s:
        assert s.exec(text("SELECT count(*) FROM article")).scalar() == 0
    with pytest.raises(StoreError, match="database error"):
        with session_scope(eng) as s:
            s.exec(text("SELECT * FROM no_such_table"))
