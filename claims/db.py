"""The database itself: the engine made from a URL, the schema (created at the newest revision or
checked against it; migrated only by `claims db upgrade`), and one session per unit of work.

What is written and read lives in `claims.store`; only these two modules open sessions."""
from __future__ import annotations

import os
from contextlib import contextmanager
from pathlib import Path
from typing import Iterator

from sqlalchemy import event
from sqlalchemy.exc import OperationalError, SQLAlchemyError
from sqlalchemy.pool import StaticPool
from sqlmodel import Session, SQLModel, create_engine

from . import models  # noqa: F401  (the tables must be known to SQLModel.metadata before create_all)
from .errors import StoreError


class _Retry(StoreError):
    """A transaction lost a race with another writer (deadlock, lock timeout): run it again."""


def default_url() -> str:
    url = os.environ.get("CLAIMS_DB_URL")
    if url:
        return url
    from platformdirs import user_data_dir

    folder = Path(user_data_dir("claims", appauthor=False))
    folder.mkdir(parents=True, exist_ok=True)
    return f"sqlite:///{folder / 'claims.db'}"


def make_engine(url: str | None = None, *, create: bool = True):
    """Engine for a URL (SQLite file by default; `sqlite://` is in memory, shared by one pool)."""
    try:
        url = url or default_url()
    except OSError as exc:
        raise StoreError(f"cannot create the default database folder ({exc.strerror or exc}); "
                         "set --db or $CLAIMS_DB_URL") from None
    try:
        if url.startswith("sqlite"):
            memory = url in ("sqlite://", "sqlite:///:memory:")
            kwargs = dict(connect_args={"check_same_thread": False, "timeout": 30})
            if memory:
                kwargs["poolclass"] = StaticPool
            engine = create_engine(url, **kwargs)

            @event.listens_for(engine, "connect")
            def _sqlite_pragmas(dbapi_conn, _record):  # pragma: no cover - exercised through every test
                dbapi_conn.isolation_level = None  # transactions are begun by the "begin" hook below
                cur = dbapi_conn.cursor()
                cur.execute("PRAGMA foreign_keys=ON")
                cur.execute("PRAGMA busy_timeout=30000")
                if not memory:
                    cur.execute("PRAGMA journal_mode=WAL")
                    cur.execute("PRAGMA synchronous=NORMAL")
                cur.close()

            @event.listens_for(engine, "begin")
            def _sqlite_begin(conn):
                # take the write lock up front: two writers that both start by reading would
                # otherwise deadlock when upgrading their locks ("database is locked")
                conn.exec_driver_sql("BEGIN IMMEDIATE")
        else:
            engine = create_engine(url, pool_pre_ping=True)
        if create:
            init_db(engine)
        return engine
    except SQLAlchemyError as exc:
        if os.environ.get("CLAIMS_DEBUG"):
            raise
        raise StoreError(f"cannot open the database {safe_url(url)} ({db_problem(exc)})") from None
    except (OSError, ValueError, ImportError) as exc:
        raise StoreError(f"cannot open the database {safe_url(url)} ({exc})") from None


def safe_url(url: str) -> str:
    """The URL without its password, for messages."""
    import re

    return re.sub(r"://([^:/@]+):[^@]*@", r"://\1:***@", url)


MIGRATIONS = Path(__file__).resolve().parent / "migrations"


def _alembic_config(connection):
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS))
    cfg.attributes["connection"] = connection
    return cfg


def head_revision() -> str:
    from alembic.script import ScriptDirectory

    return ScriptDirectory.from_config(_alembic_config(None)).get_current_head()


def current_revision(engine) -> str | None:
    from alembic.runtime.migration import MigrationContext

    with engine.connect() as conn:
        return MigrationContext.configure(conn).get_current_revision()


# Any fixed number: the PostgreSQL advisory lock that serialises schema creation between
# processes that open a new database at the same moment.
_SCHEMA_LOCK = 0x636C61696D73  # "claims"


def init_db(engine, attempts: int = 40) -> None:
    """Create the tables of a new database (at the newest schema), or check an existing one.

    Several processes may open a new database at once (a batch on many workers): the check and
    the creation run in one transaction under a lock (PostgreSQL: an advisory lock; SQLite: the
    write lock, retried while another process holds it), so exactly one of them creates it.
    An existing database at an older schema is not changed behind the user's back: the error
    says exactly which command migrates it."""
    import random
    import time

    for attempt in range(attempts):
        try:
            with engine.begin() as conn:
                if engine.dialect.name == "postgresql":
                    conn.exec_driver_sql(f"SELECT pg_advisory_xact_lock({_SCHEMA_LOCK})")
                rev = _create_or_read_schema(conn)
            break
        except OperationalError as exc:
            if "locked" not in str(exc.orig).lower() or attempt == attempts - 1:
                raise
            time.sleep(random.uniform(0.05, 0.25))
    _check_revision(engine, rev)


def _create_or_read_schema(conn) -> str | None:
    from alembic import command
    from alembic.runtime.migration import MigrationContext
    from sqlalchemy import inspect

    if "article" not in set(inspect(conn).get_table_names()):
        SQLModel.metadata.create_all(conn)
        command.stamp(_alembic_config(conn), "head")
    return MigrationContext.configure(conn).get_current_revision()


def _check_revision(engine, rev: str | None) -> None:
    head = head_revision()
    if rev == head:
        return
    if rev is None:
        raise StoreError(f"the database {safe_url(str(engine.url))} has claims tables but no schema version; "
                         f"run: python -m claims db upgrade --db URL")
    from alembic.script import ScriptDirectory

    known = {r.revision for r in ScriptDirectory.from_config(_alembic_config(None)).walk_revisions()}
    if rev not in known:
        raise StoreError(f"the database is at schema {rev}, newer than this version of claims knows ({head}); "
                         "upgrade claims")
    raise StoreError(f"the database is at schema {rev}, this version of claims needs {head}; "
                     f"run: python -m claims db upgrade --db {safe_url(str(engine.url))}")


def upgrade_db(url: str | None = None) -> tuple[str | None, str]:
    """Migrate a database to the newest schema; returns (before, after)."""
    from alembic import command

    engine = make_engine(url, create=False)
    before = current_revision(engine)
    with engine.begin() as conn:
        from sqlalchemy import inspect

        if before is None and "article" in set(inspect(conn).get_table_names()):
            command.stamp(_alembic_config(conn), "0001")  # tables made before migrations existed
        command.upgrade(_alembic_config(conn), "head")
    return before, current_revision(engine)


@contextmanager
def session_scope(engine) -> Iterator[Session]:
    """One unit of work: committed if the block ends normally, rolled back on any error."""
    session = Session(engine)
    try:
        yield session
        session.commit()
    except SQLAlchemyError as exc:
        _quiet_rollback(session)
        detail = db_problem(exc)
        if isinstance(exc, OperationalError) and any(
                k in detail.lower() for k in ("deadlock", "could not serialize", "database is locked")):
            raise _Retry(detail) from None
        raise StoreError(f"database error ({detail})") from None
    except BaseException:
        _quiet_rollback(session)
        raise
    finally:
        session.close()


def _quiet_rollback(session: Session) -> None:
    try:
        session.rollback()
    except SQLAlchemyError:  # the connection itself is gone (a broken file, a dropped server)
        pass


def db_problem(exc: SQLAlchemyError) -> str:
    """What went wrong, in one line and without the statement's parameters: those hold article
    text and names, which do not belong in an error message or a log."""
    orig = getattr(exc, "orig", None)
    if orig is None:
        return type(exc).__name__
    diag = getattr(orig, "diag", None)  # psycopg: the primary message has no row values
    primary = getattr(diag, "message_primary", None) if diag is not None else None
    text = primary or (str(orig).splitlines()[0] if str(orig) else type(orig).__name__)
    return f"{type(orig).__name__}: {text[:200]}"
