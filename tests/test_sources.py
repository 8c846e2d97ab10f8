"""The source registry: labelled name pairs (written for the project) decide the threshold,
and the database side merges across articles without merging different people."""
import pytest
from rapidfuzz import fuzz
from sqlmodel import select

from claims.models import Attribution, Source, SourceAlias
from claims.store import save_report, session_scope
from claims.analyze import analyze_text
from sources.registry import (ORG_THRESHOLD, _strip_accents, canonical_key, merge, resolve, resolve_many,
                              same_source, split)

SAME = [
    ("Esmail Qaani", "Tướng Esmail Qaani", "person"),
    ("Volodymyr Zelensky", "Volodymyr Zelenskyy", "person"),
    ("Reuters", "hãng tin Reuters", "media"),
    ("Newsweek", "tờ Newsweek", "media"),
    ("BlackBerry", "Blackberry", "organization"),
    ("Bộ Ngoại giao Mỹ", "Bộ Ngoại Giao Mỹ", "organization"),
    ("Công an TP Hà Nội", "Công an TP. Hà Nội", "organization"),
    ("Nguyễn Thị Thu Hà", "bà Nguyễn Thị Thu Hà", "person"),
]
DIFFERENT = [
    ("Joe Biden", "Jill Biden", "person"),
    ("Nguyễn Văn An", "Nguyễn Văn Anh", "person"),
    ("Trần Văn Nam", "Lê Văn Nam", "person"),
    ("Biden", "Jill Biden", "person"),
    ("Iraq", "Chính phủ Iraq", "organization"),
    ("Bộ Ngoại giao Mỹ", "Bộ Ngoại giao Nga", "organization"),
    ("Bộ Y tế", "Bộ Tài chính", "organization"),
    ("một quan chức Mỹ", "một quan chức Nga", "anonymous"),
]


@pytest.mark.parametrize("a,b,t", SAME)
def test_same_sources_merge(a, b, t):
    assert same_source(a, b, t)


@pytest.mark.parametrize("a,b,t", DIFFERENT)
def test_different_sources_stay_apart(a, b, t):
    assert not same_source(a, b, t)


def test_org_threshold_separates_the_labelled_pairs():
    """The measurement behind ORG_THRESHOLD: every same pair scores at or above it, every
    different pair below it."""
    def score(a, b, t):
        return fuzz.ratio(_strip_accents(canonical_key(a, t)), _strip_accents(canonical_key(b, t)))

    same = [score(a, b, t) for a, b, t in SAME if t != "person"]
    diff = [score(a, b, t) for a, b, t in DIFFERENT if t in ("organization", "media") and
            not (canonical_key(a, t) in ("iraq",))]
    assert min(same) >= ORG_THRESHOLD > max(diff)


def test_resolve_merges_spellings_and_keeps_the_fullest_name(engine):
    with session_scope(engine) as s:
        a = resolve(s, name="Qaani", source_type="person", mention="ông Qaani")
        b = resolve(s, name="Esmail Qaani", source_type="person", mention="Tướng Esmail Qaani")
        c = resolve(s, name="Esmail Qaani", source_type="person", mention="Tư lệnh Esmail Qaani")
        assert b.id == c.id
        r1 = resolve(s, name="Reuters", source_type="media")
        r2 = resolve(s, name="hãng tin Reuters", source_type="media")
        assert r1.id == r2.id
        jill = resolve(s, name="Jill Biden", source_type="person")
        joe = resolve(s, name="Joe Biden", source_type="person")
        assert jill.id != joe.id
        aliases = {x.alias for x in s.exec(select(SourceAlias).where(SourceAlias.source_id == b.id)).all()}
        assert {"Tướng Esmail Qaani", "Tư lệnh Esmail Qaani"} <= aliases
        del a


def test_resolve_many_finds_what_resolve_finds_one_by_one(engine):
    """The batched look-up an article's store uses: stored spellings found in one query, new
    names created, the fullest name kept, every spelling added as an alias, anonymous kept apart."""
    with session_scope(engine) as s:
        lan = resolve(s, name="Trần Thị Lan", source_type="person", mention="bà Trần Thị Lan")
        vtv = resolve(s, name="VTV", source_type="media")
        anon = resolve(s, name="một cán bộ xã", source_type="anonymous", article_hash="aaaa")
        items = [("Lan", "person", "bà Lan"), ("Trần Thị Lan", "person", "Giám đốc Trần Thị Lan"),
                 ("đài VTV", "media", None), ("Lê Văn Bảo", "person", "ông Lê Văn Bảo"),
                 ("Bảo", "person", "ông Bảo"), ("một cán bộ xã", "anonymous", "một cán bộ xã")]
        got = resolve_many(s, items=items, article_hash="bbbb")
        assert got[items[1]] == lan.id and got[items[2]] == vtv.id
        assert got[items[3]] not in (lan.id, vtv.id)
        assert got[items[5]] != anon.id  # another article's anonymous official is somebody else
        aliases = {x.alias for x in s.exec(select(SourceAlias).where(SourceAlias.source_id == lan.id)).all()}
        assert {"bà Trần Thị Lan", "Giám đốc Trần Thị Lan"} <= aliases
        assert "Lê Văn Bảo" in {x.alias for x in s.exec(select(SourceAlias)
                                                         .where(SourceAlias.source_id == got[items[3]])).all()}
        again = resolve_many(s, items=items, article_hash="bbbb")
        assert again == got  # a second store of the same article finds the same rows
        n_aliases = len(s.exec(select(SourceAlias)).all())
        resolve_many(s, items=items, article_hash="bbbb")
        assert len(s.exec(select(SourceAlias)).all()) == n_aliases


def test_anonymous_sources_are_not_merged_across_articles(engine):
    with session_scope(engine) as s:
        x = resolve(s, name="một quan chức Mỹ", source_type="anonymous", article_hash="aaaa")
        y = resolve(s, name="một quan chức Mỹ", source_type="anonymous", article_hash="bbbb")
        z = resolve(s, name="một quan chức Mỹ", source_type="anonymous", article_hash="aaaa")
        assert x.id != y.id and x.id == z.id


def test_merge_and_split_are_kept(engine):
    text = ("Công ty Hải Long cho biết giá thép tăng 3%. Theo Tập đoàn Hải Long, giá xi măng cũng tăng 2%.")
    rep = analyze_text(text, use_nlp=False)[0]
    with session_scope(engine) as s:
        save_report(s, report=rep)
    with session_scope(engine) as s:
        srcs = s.exec(select(Source).where(Source.type == "organization")).all()
        assert len(srcs) == 2  # a company and a group of the same name are not merged automatically
        keep, other = srcs
        keep_id, other_id, moved = keep.id, other.id, other.name
        merge(s, keep_id=keep_id, merge_ids=[other_id])
    with session_scope(engine) as s:
        assert len(s.exec(select(Source).where(Source.type == "organization")).all()) == 1
        n_att = len(s.exec(select(Attribution).where(Attribution.source_id == keep_id)).all())
        assert n_att == 2
        new = split(s, source_id=keep_id, alias=moved)
        new_id = new.id
        assert new_id != keep_id
    with session_scope(engine) as s:
        assert len(s.exec(select(Source).where(Source.type == "organization")).all()) == 2
        assert len(s.exec(select(Attribution).where(Attribution.source_id == new_id)).all()) == 1
