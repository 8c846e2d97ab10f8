from __future__ import annotations

import os
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
SHARED = ROOT.parent / "shared"
CORPUS = SHARED / "corpus"
EXAMPLES = ROOT / "examples"


@pytest.fixture(autouse=True)
def _own_data_folder(tmp_path_factory, monkeypatch):
    """No test reads or writes the user's real default database (~/.local/share/claims): one made
    there by another version of claims would change what a test sees."""
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path_factory.getbasetemp() / "xdg-data"))


PG_URL = os.environ.get("CLAIMS_TEST_PG_URL")
DB_KINDS = ["sqlite", pytest.param("postgresql", marks=pytest.mark.skipif(
    not PG_URL, reason="no PostgreSQL test server (set CLAIMS_TEST_PG_URL; .ci/run starts one)"))]


def reset_postgres(url: str) -> None:
    from sqlalchemy import create_engine, text

    eng = create_engine(url)
    with eng.begin() as conn:
        conn.execute(text("DROP SCHEMA public CASCADE; CREATE SCHEMA public;"))
    eng.dispose()


@pytest.fixture(params=DB_KINDS)
def db_url(request, tmp_path):
    """A fresh empty database URL: a SQLite file, and PostgreSQL when a test server is there."""
    if request.param == "sqlite":
        return f"sqlite:///{tmp_path}/test.db"
    reset_postgres(PG_URL)
    return PG_URL


@pytest.fixture
def engine(db_url):
    """A fresh database of each kind, created at the newest schema."""
    from claims.store import make_engine

    eng = make_engine(db_url)
    yield eng
    eng.dispose()


@pytest.fixture
def memory_engine():
    """An in-memory SQLite database (one shared connection through StaticPool)."""
    from claims.store import make_engine

    eng = make_engine("sqlite://")
    yield eng
    eng.dispose()


@pytest.fixture(scope="session")
def pipeline():
    """The real Stanza pipeline on the bundled models, built once for the test session."""
    from claims.nlp import get_pipeline

    return get_pipeline("vi")


def attribute_texts(*texts: str, kinds=None):
    """Attribute sentences written for a test (no parse: the rules must work on text alone)."""
    from claims.attribution import SentenceIn, attribute

    kinds = kinds or ["body"] * len(texts)
    return attribute([SentenceIn(t, k) for t, k in zip(texts, kinds)])


def primary(result):
    return result.primary
