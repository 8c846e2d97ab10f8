import pytest
from alembic import command
from click.testing import CliRunner
from sqlalchemy import create_engine, inspect

from claims import db, store
from claims.cli import main
from claims.errors import StoreError


def make_old_database(url):
    engine = create_engine(url)
    with engine.begin() as conn:
        command.upgrade(db._alembic_config(conn), "0001")
    engine.dispose()


def test_new_database_is_at_the_newest_schema(tmp_path):
    eng = store.make_engine(f"sqlite:///{tmp_path}/new.db")
    assert store.current_revision(eng) == store.head_revision()


def test_old_database_says_what_to_run_then_migrates(tmp_path):
    url = f"sqlite:///{tmp_path}/old.db"
    make_old_database(url)
    with pytest.raises(StoreError, match=r"run: python -m claims db upgrade --db sqlite:///"):
        store.make_engine(url)
    res = CliRunner().invoke(main, ["db", "upgrade", "--db", url])
    assert res.exit_code == 0, res.output
    assert f"0001 -> {store.head_revision()}" in res.stdout
    eng = store.make_engine(url)
    cols = {c["name"] for c in inspect(eng).get_columns("review")}
    assert "reviewer" in cols


def test_tables_without_a_version_are_stamped_and_upgraded(tmp_path):
    url = f"sqlite:///{tmp_path}/bare.db"
    make_old_database(url)
    eng = create_engine(url)
    with eng.begin() as conn:
        conn.exec_driver_sql("DROP TABLE alembic_version")
    with pytest.raises(StoreError, match="no schema version"):
        store.make_engine(url)
    before, after = store.upgrade_db(url)
    assert before is None and after == store.head_revision()


def test_event_keys_are_filled_for_articles_stored_before_them(tmp_path):
    """Schema 0004 adds event keys (issue 11): articles stored under 0003 get theirs from their
    stored headline and lead, so a new report of the same event finds them."""
    url = f"sqlite:///{tmp_path}/old3.db"
    engine = create_engine(url)
    with engine.begin() as conn:
        command.upgrade(db._alembic_config(conn), "0003")
        conn.exec_driver_sql("INSERT INTO article (id, content_hash, input_name, title, language, text, created_at, "
                             "updated_at, search_key) VALUES (1, 'h1', 'a.txt', 'Động đất ở Thổ Nhĩ Kỳ', 'vi', '', "
                             "'2026-01-01', '2026-01-01', '')")
        conn.exec_driver_sql("INSERT INTO sentence (id, article_id, idx, text, start, \"end\", kind, is_claim, flags, "
                             "numbers) VALUES (1, 1, 0, 'Cơ quan AFAD cho biết 1.498 người chết tại Thổ Nhĩ Kỳ.', 0, 10, "
                             "'body', 1, '[]', '[]')")
    engine.dispose()
    before, after = store.upgrade_db(url)
    assert (before, after) == ("0003", store.head_revision())
    eng = store.make_engine(url)
    with eng.connect() as conn:
        keys = {k for (k,) in conn.exec_driver_sql("SELECT key FROM eventkey WHERE article_id = 1")}
    cols = {c["name"] for c in inspect(eng).get_columns("conflict")}
    assert {"ep:thổ nhĩ kỳ", "ea:afad"} <= keys
    assert {"figure", "other_figure"} <= cols
