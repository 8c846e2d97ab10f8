import pytest
from alembic import command
from click.testing import CliRunner
from sqlalchemy import create_engine, inspect

from claims import store
from claims.cli import main
from claims.errors import StoreError


def make_old_database(url):
    engine = create_engine(url)
    with engine.begin() as conn:
        command.upgrade(store._alembic_config(conn), "0001")
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
