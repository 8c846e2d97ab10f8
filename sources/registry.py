"""Merging the same source across spellings, titles and articles.

`canonical_key` and `same_source` are pure (and tested on pairs written for the project);
`resolve` / `merge` / `split` apply them to the database through a session the caller owns.

Matching rules, by type:
- person: titles stripped ("Tướng", "ông"), diacritics kept for Vietnamese given names, which
  must be equal ("Nguyễn Văn An" is not "Nguyễn Văn Anh"); foreign names may differ by a letter
  ("Zelensky" / "Zelenskyy"); a shorter name matches a longer one that ends with it only when
  it has two words or more ("Esmail Qaani" / "Tướng Esmail Qaani", but not "Biden" / "Jill Biden").
- organization / media / document: heads such as "hãng tin", "tờ", "báo" stripped, then
  `rapidfuzz.fuzz.ratio` >= ORG_THRESHOLD ("Reuters" / "hãng tin Reuters"; "BlackBerry" /
  "Blackberry"); a country is never its government ("Iraq" / "Chính phủ Iraq").
- anonymous: never merged across articles ("một quan chức Mỹ" is somebody else each time); nor
  is the writer credited as "tôi" (each article's own).
"""
from __future__ import annotations

import re
import unicodedata
from functools import lru_cache
from typing import Iterable

from rapidfuzz import fuzz

from claims import lexicon

# Chosen on the labelled pairs in tests/test_sources.py: 88 separates every pair there
# (lowest true pair 91, highest false pair 84).
ORG_THRESHOLD = 88
FOREIGN_NAME_THRESHOLD = 88


@lru_cache(maxsize=65536)  # the same stored aliases are compared again for every new name
def _strip_accents(s: str) -> str:
    s = s.replace("đ", "d").replace("Đ", "D")
    return "".join(ch for ch in unicodedata.normalize("NFD", s) if unicodedata.category(ch) != "Mn")


# Cached: storing one article asks for the keys of the same few names hundreds of times (each
# alias compared while resolving a source), and each call sorts the title list again.
@lru_cache(maxsize=65536)
def canonical_key(name: str, source_type: str, lang: str = "vi") -> str:
    """Lower case, titles and media heads stripped, punctuation folded, spaces single."""
    lex = lexicon.get(lang)
    s = unicodedata.normalize("NFC", name).strip().lower()
    s = re.sub(r"[“”\"'’‘.,;:()\[\]]", " ", s)
    s = re.sub(r"\s+", " ", s).strip()
    heads = list(lex.PERSON_TITLES) if source_type == "person" else list(lex.MEDIA_HEADS)
    heads = sorted({h.lower() for h in heads}, key=len, reverse=True)
    changed = True
    while changed:
        changed = False
        for h in heads:
            if s.startswith(h + " ") and len(s) > len(h) + 1:
                s = s[len(h) + 1:]
                changed = True
                break
    return s


def _foreign(token: str) -> bool:
    from claims.attribution import looks_foreign as _looks_foreign

    return _looks_foreign(token)


def same_source(a: str, b: str, source_type: str, lang: str = "vi") -> bool:
    """Are two names of the given type the same real-world source?"""
    if source_type == "anonymous":
        return canonical_key(a, source_type, lang) == canonical_key(b, source_type, lang)
    ka, kb = canonical_key(a, source_type, lang), canonical_key(b, source_type, lang)
    if not ka or not kb:
        return False
    if ka == kb:
        return True
    if source_type == "person":
        ta, tb = ka.split(), kb.split()
        short, long_ = sorted((ta, tb), key=len)
        if len(short) >= 2 and long_[-len(short):] == short:
            return True
        if len(ta) == len(tb) and ta[:-1] == tb[:-1] or ta[-1] == tb[-1] and ta[:-1] != tb[:-1]:
            # the same family and middle names but another given name, or the other way round:
            # only spelling variants of foreign names may pass
            if not all(_foreign(t) for t in ta + tb):
                return False
        return all(_foreign(t) for t in ta + tb) and len(ta) == len(tb) and \
            fuzz.ratio(_strip_accents(ka), _strip_accents(kb)) >= FOREIGN_NAME_THRESHOLD and \
            fuzz.ratio(ta[-1], tb[-1]) >= FOREIGN_NAME_THRESHOLD
    # organization, media, document
    countries = _countries(lang)
    if (ka in countries) != (kb in countries):
        return False  # "Iraq" is not "Chính phủ Iraq"
    return fuzz.ratio(_strip_accents(ka), _strip_accents(kb)) >= ORG_THRESHOLD


@lru_cache(maxsize=None)
def _countries(lang: str) -> frozenset[str]:
    return frozenset(c.lower() for c in lexicon.get(lang).COUNTRY_NAMES)


# --------------------------------------------------------------------------- database side
def _alias_key(text: str, source_type: str, article_hash: str, lang: str) -> str:
    """What aliases are matched on; an anonymous source is keyed to its own article."""
    key = canonical_key(text, source_type, lang)
    return f"{key}#{article_hash[:10]}" if _per_article(text, source_type, lang) else key


def _per_article(name: str, source_type: str, lang: str) -> bool:
    """Sources that are someone else in each article: an unnamed one, and the writer ("tôi")."""
    return source_type == "anonymous" or name.strip().lower() in lexicon.get(lang).FIRST_PERSON_WORDS


def resolve(session, *, name: str, source_type: str, mention: str | None = None, article_hash: str = "",
            lang: str = "vi"):
    """The stored Source for this name (created if new), with `name` and `mention` as aliases.

    Safe under concurrent writers: inserts go through savepoints, and a unique-constraint clash
    (another process stored the same source a moment ago) falls back to reading that row."""
    from sqlalchemy.exc import IntegrityError
    from sqlmodel import select

    from claims.models import Source, SourceAlias

    key = _alias_key(name, source_type, article_hash, lang)
    alias = session.exec(select(SourceAlias).where(SourceAlias.alias_key == key, SourceAlias.type == source_type)).first()
    source = session.get(Source, alias.source_id) if alias else None
    if source is None and not _per_article(name, source_type, lang):
        source = _fuzzy_find(session, name=name, key=key, source_type=source_type, lang=lang)
    if source is None:
        try:
            with session.begin_nested():
                source = Source(name=name, type=source_type, key=key)
                session.add(source)
                session.flush()
                # a source created just now has no aliases yet: add them without looking
                session.add_all([SourceAlias(source_id=source.id, alias=text, alias_key=_alias_key(text, source_type,
                                                                                                    article_hash, lang),
                                             type=source_type) for text in sorted({name, mention or name})])
                session.flush()
            return source
        except IntegrityError:
            source = session.exec(select(Source).where(Source.key == key, Source.type == source_type)).one()
    else:
        if len(name) > len(source.name) and source_type == "person" and same_source(name, source.name, "person", lang):
            source.name = name  # keep the fullest name
            session.add(source)
    for text in {name, mention or name}:
        _add_alias(session, source=source, alias=text, source_type=source_type, article_hash=article_hash, lang=lang)
    return source


def resolve_many(session, *, items: Iterable[tuple[str, str, str | None]], article_hash: str = "",
                 lang: str = "vi") -> dict[tuple[str, str, str | None], int]:
    """`resolve` for every (name, source type, mention) an article credits: {item: source id}.

    Storing is the batch's largest cost after the parser, and most of it was one round trip per
    lookup and a savepoint per alias. Here the aliases already stored are read in one query and
    the missing aliases inserted in one savepoint; a name never seen before (or a clash with a
    concurrent writer) goes through `resolve` one at a time, which keeps the race handling."""
    from sqlalchemy.exc import IntegrityError
    from sqlmodel import select

    from claims.models import Source, SourceAlias

    items = list(dict.fromkeys(items))
    keys = {(_alias_key(n, t, article_hash, lang), t) for n, t, _ in items}
    hits: dict[tuple[str, str], int] = {}
    if keys:
        rows = session.exec(select(SourceAlias.alias_key, SourceAlias.type, SourceAlias.source_id)
                            .where(SourceAlias.alias_key.in_(sorted({k for k, _ in keys})))
                            .order_by(SourceAlias.id)).all()
        for k, t, sid in rows:
            hits.setdefault((k, t), sid)  # the earliest alias, as `resolve`'s lookup finds it
    known = {s.id: s for s in session.exec(select(Source).where(Source.id.in_(sorted(set(hits.values()))))).all()} \
        if hits else {}
    out: dict[tuple[str, str, str | None], int] = {}
    wanted: dict[tuple[int, str], tuple[str, str]] = {}  # (source id, alias) -> (alias key, type)
    unknown: list[tuple[str, str, str | None]] = []
    for item in items:
        name, source_type, mention = item
        source = known.get(hits.get((_alias_key(name, source_type, article_hash, lang), source_type), -1))
        if source is None:
            unknown.append(item)
            continue
        if len(name) > len(source.name) and source_type == "person" and same_source(name, source.name, "person", lang):
            source.name = name  # keep the fullest name
            session.add(source)
        out[item] = source.id
        for text in {name, mention or name}:
            wanted.setdefault((source.id, text), (_alias_key(text, source_type, article_hash, lang), source_type))
    if wanted:
        have = set(session.exec(select(SourceAlias.source_id, SourceAlias.alias)
                                .where(SourceAlias.source_id.in_(sorted({sid for sid, _ in wanted})))
                                .where(SourceAlias.alias.in_(sorted({a for _, a in wanted})))).all())
        missing = [(sid, a, k, t) for (sid, a), (k, t) in sorted(wanted.items()) if (sid, a) not in have]
        if missing:
            try:
                with session.begin_nested():
                    session.add_all([SourceAlias(source_id=sid, alias=a, alias_key=k, type=t) for sid, a, k, t in missing])
                    session.flush()
            except IntegrityError:  # a concurrent writer stored one of them: one at a time, as `resolve` does
                for sid, a, _, t in missing:
                    _add_alias(session, source=known[sid], alias=a, source_type=t, article_hash=article_hash, lang=lang)
    for item in unknown:  # after the known ones' aliases, so a new spelling can match them
        name, source_type, mention = item
        out[item] = resolve(session, name=name, source_type=source_type, mention=mention,
                            article_hash=article_hash, lang=lang).id
    return out


def _add_alias(session, *, source, alias: str, source_type: str, article_hash: str, lang: str) -> None:
    from sqlalchemy.exc import IntegrityError
    from sqlmodel import select

    from claims.models import SourceAlias

    key = _alias_key(alias, source_type, article_hash, lang)
    exists = session.exec(select(SourceAlias).where(SourceAlias.source_id == source.id, SourceAlias.alias == alias)).first()
    if exists:
        return
    try:
        with session.begin_nested():
            session.add(SourceAlias(source_id=source.id, alias=alias, alias_key=key, type=source_type))
            session.flush()
    except IntegrityError:
        pass  # stored by a concurrent writer


def _fuzzy_find(session, *, name: str, key: str, source_type: str, lang: str):
    from sqlmodel import select

    from claims.models import Source, SourceAlias

    tokens = key.split()
    if not tokens:
        return None
    # blocking: aliases that share the first two letters or the last word
    pattern_last = f"% {tokens[-1]}"
    rows = session.exec(
        select(SourceAlias).where(SourceAlias.type == source_type)
        .where((SourceAlias.alias_key.like(key[:2] + "%")) | (SourceAlias.alias_key.like(pattern_last)))
        .limit(500)).all()
    for row in rows:
        if same_source(name, row.alias, source_type, lang):
            return session.get(Source, row.source_id)
    return None


def merge(session, *, keep_id: int, merge_ids: Iterable[int]) -> None:
    """Move every alias and attribution of `merge_ids` to `keep_id`, then delete them."""
    from sqlmodel import select

    from claims.errors import ClaimsError
    from claims.models import Attribution, Source, SourceAlias

    keep = session.get(Source, keep_id)
    if keep is None:
        raise ClaimsError(f"no source with id {keep_id}")
    for mid in merge_ids:
        if mid == keep_id:
            continue
        other = session.get(Source, mid)
        if other is None:
            raise ClaimsError(f"no source with id {mid}")
        for alias in session.exec(select(SourceAlias).where(SourceAlias.source_id == mid)).all():
            alias.source_id = keep_id
            alias.type = keep.type
            session.add(alias)
        for att in session.exec(select(Attribution).where(Attribution.source_id == mid)).all():
            att.source_id = keep_id
            session.add(att)
        session.flush()
        session.delete(other)
    session.flush()


def split(session, *, source_id: int, alias: str):
    """Detach one alias (and the attributions written with it) into a source of its own."""
    from sqlmodel import select

    from claims.errors import ClaimsError
    from claims.models import Attribution, Source, SourceAlias

    source = session.get(Source, source_id)
    if source is None:
        raise ClaimsError(f"no source with id {source_id}")
    row = session.exec(select(SourceAlias).where(SourceAlias.source_id == source_id, SourceAlias.alias == alias)).first()
    if row is None:
        raise ClaimsError(f"source {source_id} has no alias '{alias}'")
    new = Source(name=alias, type=source.type, key=row.alias_key + f"~split{source_id}")
    session.add(new)
    session.flush()
    row.source_id = new.id
    session.add(row)
    for att in session.exec(select(Attribution).where(Attribution.source_id == source_id,
                                                      (Attribution.mention == alias) | (Attribution.source_name == alias))).all():
        att.source_id = new.id
        session.add(att)
    session.flush()
    return new
