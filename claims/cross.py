"""Conflicts with the archive: a new article's claims against stored claims. Two searches, both
bounded so that the check stays fast on a large archive (bench/bench_conflicts.py):

- claims filed under a shared blocking key (a figure's unit with a name, two names together);
- stored articles on the same event (claims.conflicts.events: shared places and actors, the kind
  of event, a date window, the headline and lead), whose claims are all compared, with the
  knowledge that they report one event (a later figure from the same authority is an update).

Runs inside the caller's session; only `claims.store` opens sessions."""
from __future__ import annotations

import json
import re
import threading
from dataclasses import replace
from collections import Counter, OrderedDict, defaultdict
from functools import lru_cache
from itertools import combinations
from typing import Callable, NamedTuple, Sequence

from sqlalchemy import Integer, bindparam, func
from sqlmodel import Session, select

from . import conflicts as conflicts_mod
from . import lexicon
from .analyze import ArticleReport
from .conflicts.events import (LEAD_SENTENCES, SAME_EVENT, SAME_EVENT_NOTICE, EventSignature, different_events, event_keys, same_event,
                              signature)
from .conflicts.steps import moment_key
from .conflicts.corrections import marks_correction
from .conflicts.frames import frames
from .models import Article, Attribution, ClaimKey, EventKey, Sentence
from .numbers import Figure, extract

MAX_CANDIDATES = 60  # stored claims compared with one new claim, best-blocked first
MAX_EVENT_CANDIDATES = 20  # stored articles sharing an event key, scored as the same event or not
MAX_EVENT_ARTICLES = 3  # stored articles taken as reports of the same event
MAX_EVENT_CLAIMS = 400  # claims read from each of them
MAX_EVENT_PARTNERS = 15  # claims of those compared with one new claim, most keys shared first


def blocking_keys(text: str, figures: Sequence[Figure], lang: str = "vi") -> set[str]:
    """Keys under which a claim is filed: figure unit x name, and pairs of names."""
    names = sorted(conflicts_mod.proper_names(text, lang))[:8]
    keys = set()
    for f in figures:
        if f.kind == "count" and f.unit:
            for n in names:
                keys.add(f"n:{f.unit.split('/')[0]}:{n}"[:190])
    for a, b in combinations(names, 2):
        keys.add(f"p:{a}|{b}"[:190])
    return keys


def report_signature(report: ArticleReport) -> EventSignature:
    lead = [(s.text, s.numbers) for s in report.sentences if s.kind != "caption"][:LEAD_SENTENCES]
    return signature(report.title, lead, report.language)


def report_event_keys(report: ArticleReport) -> set[str]:
    return event_keys(report_signature(report))


class _ArticleRef(NamedTuple):
    id: int
    content_hash: str
    title: str | None
    input_name: str | None


class CrossConflict:
    def __init__(self, conflict: conflicts_mod.Conflict, other_ref_id: int):
        self.conflict = conflict
        self.other_ref_id = other_ref_id
        self.sentence = conflict.sentence
        self.kind, self.reason, self.score = conflict.kind, conflict.reason, conflict.score
        self.figure, self.other_figure = conflict.figure, conflict.other_figure


# Stored claims sharing a blocking key with one new claim, most keys shared first. Built once:
# run for every claim of every article, building the statement cost more than running it.
_CANDIDATES = (select(ClaimKey.sentence_id, Article.content_hash)
               .join(Sentence, Sentence.id == ClaimKey.sentence_id).join(Article, Article.id == ClaimKey.article_id)
               .where(ClaimKey.key.in_(bindparam("keys", expanding=True)))
               .where(ClaimKey.article_id != bindparam("exclude", type_=Integer))
               .group_by(ClaimKey.sentence_id, Article.content_hash, Sentence.idx)
               .order_by(func.count().desc(), Article.content_hash, Sentence.idx)
               .limit(bindparam("limit", type_=Integer)))


def find_cross_conflicts(session: Session, *, report: ArticleReport, exclude_article_id: int | None = None,
                         skip: Callable[[str], bool] | None = None) -> list[CrossConflict]:
    """Compare the article's claims with stored claims of other articles: those sharing a blocking
    key, and all claims of the stored articles that report the same event.

    Candidates are ranked by what is stored (shared keys, then the other article's hash and
    sentence number), never by the order it was stored in, so a parallel batch finds the same
    links whichever worker stored first. `skip(content_hash)` leaves out articles the caller does
    not want compared (a batch's later articles)."""
    lang = report.language
    views = {v.ref: v for v in report.claim_views()}
    if not views:
        return []
    limit = MAX_CANDIDATES * 2 if skip is not None else MAX_CANDIDATES
    wanted: dict[int, list[int]] = {}
    for ref in views:
        sent = report.sentences[ref]
        keys = blocking_keys(sent.text, sent.numbers, lang)
        if not keys:
            continue
        rows = session.exec(_CANDIDATES, params={"keys": sorted(keys), "limit": limit,
                                                 "exclude": -1 if exclude_article_id is None else exclude_article_id})
        ids = [sid for sid, digest in rows.all() if skip is None or not skip(digest)][:MAX_CANDIDATES]
        if ids:
            wanted[ref] = ids
    event_articles = same_event_articles(session, report=report, exclude_article_id=exclude_article_id, skip=skip)
    event_sids: dict[int, list[int]] = {}
    for aid in event_articles:
        event_sids[aid] = list(session.exec(select(Sentence.id).where(Sentence.article_id == aid, Sentence.is_claim)
                                            .order_by(Sentence.idx).limit(MAX_EVENT_CLAIMS)).all())
    all_ids = sorted({i for ids in wanted.values() for i in ids} | {i for ids in event_sids.values() for i in ids})
    if not all_ids:
        return []
    # plain columns, not ORM rows: the candidates' articles would be loaded whole (their text too)
    rows = {r.id: (r, _ArticleRef(r.article_id, r.content_hash, r.title, r.input_name)) for r in session.exec(
        select(Sentence.id, Sentence.idx, Sentence.text, Sentence.numbers, Sentence.article_id, Sentence.kind,
               Article.content_hash, Article.title, Article.input_name)
        .join(Article, Article.id == Sentence.article_id).where(Sentence.id.in_(all_ids))).all()}
    atts = _primary_attributions(session, all_ids)
    others: dict[int, conflicts_mod.ClaimView] = {}
    for sid, (srow, arow) in rows.items():
        if arow.content_hash == report.content_hash:
            continue
        att = atts.get(sid)
        others[sid] = conflicts_mod.ClaimView(sid, srow.text, att.source_name if att else None,
                                              att.source_type if att else None, stored_figures(srow.numbers),
                                              arow.content_hash[:12], att.mention if att else None,
                                              att.cue if att else None)
    mine_multi = conflicts_mod.multi_place_keys(views.values())
    mine_moments = frozenset(moment_key(fr) for v in views.values()
                             for fr in frames(v.text, v.figures, v.source, v.mention, lang) if fr.harm and fr.as_of)
    mine_changes = frozenset(fr.harm for v in views.values()
                             for fr in frames(v.text, v.figures, v.source, v.mention, lang) if fr.harm and fr.change in ("rise", "fall"))
    best: dict[tuple, CrossConflict] = {}
    best_rank: dict[tuple, tuple] = {}
    lex = lexicon.get(lang)
    mine_notice = any(v.headline and conflicts_mod.correction_notice(v.text, lex) for v in views.values())

    def marked(claims) -> bool:
        """Whether a notice marks its corrections beside their figures (then its unmarked figures
        correct nothing); "Đây là con số nhầm lẫn" alone, with the right figure in the next
        sentence, marks none."""
        for c in claims:
            found = frames(c.text, c.figures, c.source, c.mention, lang) if not getattr(c, "headline", False) else ()
            if found and marks_correction(c.text, found, lex):
                return True
        return False
    mine_marked = mine_notice and marked(views.values())
    theirs_marked: dict[int, bool] = {}

    elsewhere: dict[int, bool] = {}
    hashes = {arow.id: arow.content_hash for _, arow in rows.values()}

    @lru_cache(maxsize=1)
    def mine_signature() -> EventSignature:
        return report_signature(report)

    def another_event(article_id: int) -> bool:
        """Whether a stored article's lead clearly reports another event (another kind of event,
        days apart): found only through blocking keys, its claims are then not set against ours
        (two accidents at one site are two tolls). Read only for articles a link would join."""
        if article_id not in elsewhere:
            # a signature already read (a batch's closing pass asks for the same articles again and
            # again) needs no query; the others are read one at a time, only for articles a link
            # would join
            with _sig_lock:
                cached = _sig_cache.get((hashes.get(article_id), lang))
            theirs = cached if cached is not None else (_signatures(session, [article_id], lang).get(article_id) or (None, None))[1]
            elsewhere[article_id] = theirs is not None and different_events(mine_signature(), theirs, lang)
        return elsewhere[article_id]

    def add(ref: int, sid: int, ctx: conflicts_mod.Context) -> None:
        other = others.get(sid)
        if other is None:
            return
        srow, arow = rows[sid]
        theirs_notice = conflicts_mod.correction_notice(arow.title, lexicon.get(lang))
        if mine_notice != theirs_notice:  # a correction notice corrects what the other published
            if not mine_notice and arow.id not in theirs_marked:
                theirs_marked[arow.id] = marked(o for s_, o in others.items()
                                                if rows[s_][1].id == arow.id and rows[s_][0].kind != "headline")
            ctx = replace(ctx, notice="a" if mine_notice else "b",
                          notice_marked=mine_marked if mine_notice else theirs_marked[arow.id])
        found = conflicts_mod.compare(views[ref], other, lang, ctx)
        if found and not ctx.same_event and another_event(arow.id):
            return
        for c in found:
            c = conflicts_mod.Conflict(ref, other.article, srow.idx, srow.text, c.kind,
                                       c.reason + lexicon.get(lang).REASONS["other_article"].format(
                                           title=arow.title or arow.input_name), c.score, c.figure, c.other_figure)
            # one conflict per pair and kind; one update per claim, figure and other article (the
            # latest step of each toll the claim gives: "15 người thiệt mạng và 2 người mất tích");
            # one denial per claim and other article without figures (a denial answers one claim:
            # the rumour it fits best, not the headline that also names it)
            if c.kind == "update" or (c.kind == "denial" and not c.figure):
                key = (ref, arow.id, c.kind, c.figure)
            else:
                key = (ref, sid, c.kind)
            # (an update's step is read from their body before their headline: the body credits it)
            rank = (c.kind != "update" or srow.kind != "headline", c.score)
            if key not in best or rank > best_rank[key]:
                best[key], best_rank[key] = CrossConflict(c, sid), rank

    plain = conflicts_mod.Context(multi_place=mine_multi, across=True)
    for ref, sids in wanted.items():
        for sid in sids:
            if not any(sid in ids for ids in event_sids.values()):
                add(ref, sid, plain)
    contexts, theirs = {}, []
    for aid, sids in event_sids.items():
        claims = [others[s] for s in sids if s in others]
        theirs.extend(claims)
        ctx = conflicts_mod.Context(multi_place=mine_multi | conflicts_mod.multi_place_keys(claims),
                                    same_event=True, a_newer=True, newer_moments=mine_moments,
                                    newer_changes=mine_changes, across=True)
        contexts.update((s, ctx) for s in sids)
    for ref, partners in _event_pairs(list(views.values()), theirs, lang).items():
        for sid in partners:
            add(ref, sid, contexts[sid])
    return _one_link_per_pair(_without_echoing_headlines(report, best.values(), rows))


def _one_link_per_pair(found: list[CrossConflict]) -> list[CrossConflict]:
    """Two claims are linked once per kind (the store keeps one row per pair and kind): a claim's
    two later steps against one stored claim ("15 người thiệt mạng và 2 người mất tích" against
    "12 ... và 5 ...") become one update naming both."""
    merged: dict[tuple, CrossConflict] = {}
    for c in found:
        key = (c.sentence, c.other_ref_id, c.kind)
        if key not in merged:
            merged[key] = c
            continue
        first, (a, b) = merged[key], sorted((merged[key], c), key=lambda x: -x.score)
        cut = a.reason.rfind(" [")  # the other article's title, said once at the end
        head = a.reason[:cut] if cut >= 0 and b.reason.endswith(a.reason[cut:]) else a.reason
        joined = replace(a.conflict, reason=f"{head}; {b.reason}", score=max(a.score, b.score),
                         figure="; ".join(x for x in (a.figure, b.figure) if x),
                         other_figure="; ".join(x for x in (a.other_figure, b.other_figure) if x))
        merged[key] = CrossConflict(joined, first.other_ref_id)
    return list(merged.values())


def _without_echoing_headlines(report: ArticleReport, found, rows) -> list[CrossConflict]:
    """A headline sums up its body: a headline's link to another article is dropped when a body
    sentence of its article makes a link, of any kind, to that article for the same figure of
    theirs (or, without figures, one of the same kind); and a sentence linked to the other article's
    body is not linked to its headline for the same figure again, theirs or its own ("112 học
    sinh" against the body's 87 is not also an update on the headline's "gần 90")."""
    found = list(found)

    def theirs(c: CrossConflict) -> tuple:
        return rows[c.other_ref_id][1].id, c.kind, None if c.other_figure is None else _figure_value(c.other_figure)
    by_body = {theirs(c) for c in found if report.sentences[c.sentence].kind != "headline"}
    # (whatever the kind: the body's mismatch with their 230 is not also the headline's update of it)
    by_body |= {(a, None, v) for a, _, v in by_body if v is not None}
    found = [c for c in found if report.sentences[c.sentence].kind != "headline"
             or theirs(c) not in by_body and (theirs(c)[2] is None or (theirs(c)[0], None, theirs(c)[2]) not in by_body)]

    def their_figure(c: CrossConflict) -> tuple:  # whatever the kind: one figure of theirs is linked once
        article, kind, value = theirs(c)
        return c.sentence, article, kind if value is None else value

    def my_figure(c: CrossConflict) -> tuple:  # my figure already linked to their body: not to their headline too
        return c.sentence, rows[c.other_ref_id][1].id, None if not c.figure else _figure_value(c.figure)
    to_body = {their_figure(c) for c in found if rows[c.other_ref_id][0].kind != "headline"}
    mine_to_body = {my_figure(c) for c in found if rows[c.other_ref_id][0].kind != "headline" and c.figure}
    return [c for c in found if rows[c.other_ref_id][0].kind != "headline"
            or (their_figure(c) not in to_body and not (c.figure and my_figure(c) in mine_to_body))]


@lru_cache(maxsize=65536)
def _figure_value(written: str) -> float | str:
    """A figure as written, as a number ("hơn 29 người", "29 người mất tích": 29.0; "1,5 triệu")."""
    figures = [f for f in extract(written) if f.kind == "count"]
    return figures[0].value if figures else written


def same_event_articles(session: Session, *, report: ArticleReport, exclude_article_id: int | None = None,
                        skip: Callable[[str], bool] | None = None) -> list[int]:
    """Ids of stored articles that report the same event as `report`, best first (at most
    MAX_EVENT_ARTICLES): candidates share an event key; each is then scored on its own headline
    and lead (claims.conflicts.events.same_event)."""
    sig = report_signature(report)
    corrected = _corrected_articles(session, report, exclude_article_id, skip)
    keys = event_keys(sig)
    if not keys:
        return corrected
    q = select(EventKey.article_id, Article.content_hash).join(Article, Article.id == EventKey.article_id) \
        .where(EventKey.key.in_(keys))
    if exclude_article_id is not None:
        q = q.where(EventKey.article_id != exclude_article_id)
    q = q.group_by(EventKey.article_id, Article.content_hash).order_by(func.count().desc(), Article.content_hash)
    limit = MAX_EVENT_CANDIDATES * 2 if skip is not None else MAX_EVENT_CANDIDATES
    candidates = [aid for aid, digest in session.exec(q.limit(limit)).all()
                  if skip is None or not skip(digest)][:MAX_EVENT_CANDIDATES]
    if not candidates:
        return corrected
    scored = []
    lex = lexicon.get(report.language)
    notice = any(s.kind == "headline" and conflicts_mod.correction_notice(s.text, lex) for s in report.sentences)
    for aid, (digest, other) in _signatures(session, candidates, report.language).items():
        if digest == report.content_hash:
            continue
        score = same_event(sig, other, report.language)
        if score >= (SAME_EVENT_NOTICE if notice else SAME_EVENT):
            scored.append((-score, digest, aid))
    found = [aid for _, _, aid in sorted(scored)[:MAX_EVENT_ARTICLES]]
    return corrected + [aid for aid in found if aid not in corrected][:MAX_EVENT_ARTICLES - len(corrected)]


def _corrected_articles(session: Session, report: ArticleReport, exclude_article_id: int | None,
                        skip: Callable[[str], bool] | None) -> list[int]:
    """A correction notice that quotes the headline of a stored article ('Trong bài viết "Đồng
    Tháp chi 2.400 tỷ đồng ..." đăng ngày 22/11') reports that article's event, however little
    its own lead shares with it: it is the article being corrected."""
    lex = lexicon.get(report.language)
    if not any(s.kind == "headline" and conflicts_mod.correction_notice(s.text, lex) for s in report.sentences):
        return []
    quoted = {q.strip() for s in report.sentences for q in re.findall(r"[“\"]([^”\"]{15,300})[”\"]", s.text)}
    if not quoted:
        return []
    q = select(Article.id, Article.content_hash).where(Article.title.in_(sorted(quoted)))
    if exclude_article_id is not None:
        q = q.where(Article.id != exclude_article_id)
    return [aid for aid, digest in session.exec(q.order_by(Article.id)).all()
            if digest != report.content_hash and (skip is None or not skip(digest))][:MAX_EVENT_ARTICLES]


def _signatures(session: Session, article_ids, language: str) -> dict[int, tuple[str, EventSignature]]:
    """(content hash, event signature) of stored articles, read from their headline and lead."""
    if not article_ids:
        return {}
    arts = {r.id: r for r in session.exec(select(Article.id, Article.title, Article.language, Article.content_hash)
                                          .where(Article.id.in_(list(article_ids)))).all()}
    out = {}
    with _sig_lock:
        for aid, art in arts.items():
            key = (art.content_hash, art.language or language)
            if key in _sig_cache:
                _sig_cache.move_to_end(key)
                out[aid] = (art.content_hash, _sig_cache[key])
    missing = [aid for aid in arts if aid not in out]
    if missing:
        lead: dict[int, list[tuple[str, tuple[Figure, ...]]]] = defaultdict(list)
        for srow in session.exec(select(Sentence.article_id, Sentence.text, Sentence.numbers)
                                 .where(Sentence.article_id.in_(missing), Sentence.idx < LEAD_SENTENCES + 1,
                                        Sentence.kind != "caption").order_by(Sentence.article_id, Sentence.idx)).all():
            lead[srow.article_id].append((srow.text, stored_figures(srow.numbers)))
        with _sig_lock:
            for aid in missing:
                art = arts[aid]
                sig = signature(art.title, lead.get(aid, []), art.language or language)
                out[aid] = (art.content_hash, sig)
                _sig_cache[(art.content_hash, art.language or language)] = sig
            while len(_sig_cache) > SIGNATURE_CACHE:
                _sig_cache.popitem(last=False)
    return out


# Event signatures of stored articles, by content hash: an article's text never changes under its
# hash, so neither does its signature, and the closing pass of a batch asks for the same articles
# again and again (about 1 KB each).
SIGNATURE_CACHE = 4096
_sig_cache: "OrderedDict[tuple[str, str], EventSignature]" = OrderedDict()
_sig_lock = threading.Lock()


def _event_pairs(mine: Sequence[conflicts_mod.ClaimView], theirs: Sequence[conflicts_mod.ClaimView],
                 lang: str) -> dict[int, list[int]]:
    """For each new claim, the stored claims of the same-event articles worth comparing: those
    sharing a name, a two-word term or what a figure counts (figures from two outlets often share
    no name), most shared first. A key most of their claims share ("người chết" in a flood story)
    says nothing about any one pair and is not used."""
    lex = lexicon.get(lang)

    def keys(c: conflicts_mod.ClaimView) -> set:
        found = frames(c.text, c.figures, c.source, c.mention, lang)
        # a toll of people by who they were ("11 công nhân") is also one of "người": the two
        # outlets' counts meet (`quantity.people_alike`)
        return (set(conflicts_mod.proper_names(c.text, lang)) | set(conflicts_mod.topic_terms(c.text, lang))
                | {("f",) + fr.key for fr in found}
                | {("f", "người", fr.harm) for fr in found if fr.harm in lex.PERSON_HARMS})
    postings: dict = defaultdict(list)
    for c in theirs:
        for k in keys(c):
            postings[k].append(c.ref)
    common = max(5, len(theirs) // 4)
    # ties are broken by the stored claims' own order (article, then sentence), not by the order
    # a set of keys was walked in, which string hashing changes from one process to the next
    rank = {c.ref: i for i, c in enumerate(theirs)}
    out: dict[int, list[int]] = {}
    for c in mine:
        shared: Counter = Counter()
        for k in keys(c):
            post = postings.get(k, ())
            if len(post) > common and not (isinstance(k, tuple)):
                continue
            for sid in post:
                shared[sid] += 1
        if shared:
            out[c.ref] = [sid for sid, _ in sorted(shared.items(), key=lambda x: (-x[1], rank[x[0]]))[:MAX_EVENT_PARTNERS]]
    return out


def _primary_attributions(session: Session, sentence_ids: list[int]) -> dict[int, Attribution]:
    if not sentence_ids:
        return {}
    out: dict[int, Attribution] = {}
    for att in session.exec(select(Attribution).where(Attribution.sentence_id.in_(sentence_ids),
                                                      Attribution.role == "speaker").order_by(Attribution.id)).all():
        out.setdefault(att.sentence_id, att)
    return out


def stored_figures(numbers_json: str) -> tuple[Figure, ...]:
    try:
        return tuple(Figure(**d) for d in json.loads(numbers_json or "[]"))
    except (TypeError, ValueError):
        return ()
