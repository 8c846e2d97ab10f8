"""Database tables (SQLModel). Only this module defines tables; only `claims.store` opens sessions.

Base classes hold the columns, `table=True` classes the keys, `*Read` classes what is handed
out. Children point at their parents with `ondelete="CASCADE"`, so deleting an article deletes
everything that hangs from it; a deleted source leaves its attributions with no source.
"""
from __future__ import annotations

import unicodedata
from datetime import datetime, timezone

from sqlalchemy import Column, ForeignKey, Index, Integer, Text, UniqueConstraint, event
from sqlmodel import Field, SQLModel

def _now() -> datetime:
    return datetime.now(timezone.utc)


def _fk(target: str, ondelete: str, nullable: bool = False):
    return Field(default=None, sa_column=Column(Integer, ForeignKey(target, ondelete=ondelete), index=True,
                                                nullable=nullable))


class ArticleBase(SQLModel):
    content_hash: str = Field(index=True, unique=True, max_length=64)
    input_name: str = ""
    title: str | None = None
    language: str = "vi"
    text: str = Field(sa_column=Column(Text, nullable=False))
    created_at: datetime = Field(default_factory=_now)
    updated_at: datetime = Field(default_factory=_now)


class Article(ArticleBase, table=True):
    id: int | None = Field(default=None, primary_key=True)
    # title, file name and text folded for search (schema 0003): "Tho Nhi Ky" finds "Thổ Nhĩ Kỳ"
    search_key: str = Field(default="", sa_column=Column(Text, nullable=False, server_default=""))


def search_fold(text: str) -> str:
    """Lower case without diacritics ("đ" is a letter of its own in Unicode, so it is mapped)."""
    decomposed = unicodedata.normalize("NFD", (text or "").lower().replace("đ", "d"))
    return " ".join("".join(ch for ch in decomposed if not unicodedata.combining(ch)).split())


def article_search_key(title: str | None, input_name: str | None, text: str | None) -> str:
    return search_fold("\n".join(x or "" for x in (title, input_name, text)))


@event.listens_for(Article, "before_insert")
@event.listens_for(Article, "before_update")
def _fill_search_key(_mapper, _connection, target: Article) -> None:
    target.search_key = article_search_key(target.title, target.input_name, target.text)


class ArticleRead(ArticleBase):
    id: int


class SentenceBase(SQLModel):
    idx: int
    text: str = Field(sa_column=Column(Text, nullable=False))
    start: int
    end: int
    kind: str = "body"
    role: str | None = None
    is_claim: bool = True
    flags: str = "[]"  # JSON list
    numbers: str = "[]"  # JSON list of figures


class Sentence(SentenceBase, table=True):
    __table_args__ = (UniqueConstraint("article_id", "idx", name="uq_sentence_article_idx"),)
    id: int | None = Field(default=None, primary_key=True)
    article_id: int = _fk("article.id", "CASCADE")


class SourceBase(SQLModel):
    name: str
    type: str = Field(index=True)
    key: str = Field(index=True)  # normalised name used for matching


class Source(SourceBase, table=True):
    __table_args__ = (UniqueConstraint("key", "type", name="uq_source_key_type"),)
    id: int | None = Field(default=None, primary_key=True)
    created_at: datetime = Field(default_factory=_now)


class SourceRead(SourceBase):
    id: int


class SourceAlias(SQLModel, table=True):
    """A name as written ("Tướng Esmail Qaani"); `alias_key` is what matching compares."""

    __table_args__ = (UniqueConstraint("source_id", "alias", name="uq_alias_source"),)
    id: int | None = Field(default=None, primary_key=True)
    source_id: int = _fk("source.id", "CASCADE")
    alias: str
    alias_key: str = Field(index=True)
    type: str


class AttributionBase(SQLModel):
    mention: str
    source_name: str = Field(index=True)  # the name as resolved in the article (kept if the source row goes)
    source_type: str
    cue: str | None = None
    quote: str | None = None
    confidence: float = 0.0
    role: str = "speaker"


class Attribution(AttributionBase, table=True):
    id: int | None = Field(default=None, primary_key=True)
    sentence_id: int = _fk("sentence.id", "CASCADE")
    source_id: int | None = _fk("source.id", "SET NULL", nullable=True)


class Conflict(SQLModel, table=True):
    __table_args__ = (UniqueConstraint("sentence_id", "other_sentence_id", "kind", name="uq_conflict_pair"),)
    id: int | None = Field(default=None, primary_key=True)
    sentence_id: int = _fk("sentence.id", "CASCADE")
    other_sentence_id: int = _fk("sentence.id", "CASCADE")
    kind: str  # number_mismatch | denial | contradiction | update | correction
    reason: str = Field(sa_column=Column(Text, nullable=False))
    score: float = 0.0
    created_at: datetime = Field(default_factory=_now)
    # the figures an update or a correction links, as written (schema 0004); "" otherwise
    figure: str = Field(default="", sa_column=Column(Text, nullable=False, server_default=""))
    other_figure: str = Field(default="", sa_column=Column(Text, nullable=False, server_default=""))


class ClaimKey(SQLModel, table=True):
    """Blocking keys: a new claim is compared only with stored claims that share a key."""

    __table_args__ = (Index("ix_claimkey_key_article", "key", "article_id"),)
    id: int | None = Field(default=None, primary_key=True)
    key: str
    sentence_id: int = _fk("sentence.id", "CASCADE")
    article_id: int = _fk("article.id", "CASCADE")


class EventKey(SQLModel, table=True):
    """What an article's headline and lead name (places, actors; schema 0004): a new article is
    matched by event only with stored articles that share one (claims.conflicts.events)."""

    __table_args__ = (Index("ix_eventkey_key_article", "key", "article_id"),)
    id: int | None = Field(default=None, primary_key=True)
    key: str
    article_id: int = _fk("article.id", "CASCADE")


class ReviewBase(SQLModel):
    sentence_idx: int
    status: str = "ok"  # ok | needs_source | disputed | wrong
    note: str = ""
    reviewer: str = ""  # who marked it (schema 0002), empty when unknown
    updated_at: datetime = Field(default_factory=_now)


class Review(ReviewBase, table=True):
    """An editor's mark on a sentence. Kept by article and sentence number, so it survives
    re-analysis of the same text."""

    __table_args__ = (UniqueConstraint("article_id", "sentence_idx", name="uq_review_sentence"),)
    id: int | None = Field(default=None, primary_key=True)
    article_id: int = _fk("article.id", "CASCADE")



class AuditEvent(SQLModel, table=True):
    """One change an editor made (a review mark, an article deleted, sources merged or split),
    appended and never updated (schema 0003). No foreign keys: the record outlives the article
    it names, which is why it keeps the article's hash and title."""

    __table_args__ = (Index("ix_auditevent_article_sentence", "article_hash", "sentence_idx"),)
    id: int | None = Field(default=None, primary_key=True)
    at: datetime = Field(default_factory=_now)
    actor: str = ""  # the signed-in account, empty when the desk runs without accounts
    action: str  # review | delete_article | merge_sources | split_source
    article_hash: str | None = Field(default=None, max_length=64)
    article_title: str = ""
    sentence_idx: int | None = None
    old_status: str = ""  # "" = not reviewed
    new_status: str = ""
    note: str = Field(default="", sa_column=Column(Text, nullable=False, server_default=""))
    detail: str = Field(default="", sa_column=Column(Text, nullable=False, server_default=""))
