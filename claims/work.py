"""One task of a batch, as a worker runs it: read each input, skip what is stored already, parse
every sentence of the task's articles in one call, attribute, and store each article in its own
transaction. Dask workers run it (claims/batch.py), and so does the CLI's own process when no
cluster is asked for. Nothing here knows Dask.

Every input gets an `InputResult`; an input that fails (bad input, a database error, a bug)
never stops the others. Cross-article conflicts are not looked for here: the batch finds them
after every article is stored (`cross_check`, `store.cross_check_batch`), so that they do not
depend on which task finished first."""
from __future__ import annotations

import dataclasses
from dataclasses import dataclass
from typing import Mapping, Sequence

from . import nlp, store
from .analyze import ArticleReport, analyze_article, articles_of, content_hash, parse_articles
from .conflicts import is_conflict
from .errors import ClaimsError, display_name
from .ingest import RawDocument, read_input

INTERNAL_ERROR = 70  # the CLI's status for a bug
IN_PROCESS_TASK_INPUTS = 8  # inputs parsed together when the CLI's own process does the work


@dataclass(frozen=True)
class Options:
    db_url: str | None  # None: no database at all (`--no-store` and the database cannot be opened)
    store: bool = True  # False: compare with the archive, write nothing (`--no-store`)
    force: bool = False  # re-analyse articles that are stored already
    # Skip only articles stored before the batch began (ids up to this one): one stored by
    # another task of the same batch (the same text under two names) is analysed again, so what a
    # batch reports never depends on which task ran first. None: any stored article is skipped.
    stored_before: int | None = None
    keep_reports: bool = True  # False: send back hashes and counts only (an archive-sized batch)
    lang: str = "vi"


@dataclass(frozen=True)
class InputResult:
    input: str  # the path as given, or "-"
    reports: tuple[ArticleReport, ...] = ()  # empty when the batch keeps no reports (`--no-report`)
    skipped: bool = False  # every article was stored already: read back, not analysed
    error: str | None = None  # one line, naming the input
    exit_code: int = 0
    retry: bool = False  # the failure was not the input's fault and may pass on another try
    hashes: tuple[str, ...] = ()  # its articles' content hashes, in order
    counts: tuple[int, int, int] = (0, 0, 0)  # claims, unattributed claims, conflicts


def done(name: str, reports: Sequence[ArticleReport], keep: bool, skipped: bool = False) -> InputResult:
    """A finished input: its hashes and counts always, its reports only if they are kept."""
    counts = (sum(1 for r in reports for s in r.sentences if s.is_claim),
              sum(1 for r in reports for s in r.sentences if "unattributed" in s.flags),
              sum(1 for r in reports for c in r.conflicts if is_conflict(c.kind)))  # updates, corrections apart
    return InputResult(name, tuple(reports) if keep else (), skipped, hashes=tuple(r.content_hash for r in reports),
                       counts=counts)


_engines: dict[str, object] = {}


def engine_for(url: str):
    """One engine per database and process (a worker runs many tasks)."""
    if url not in _engines:
        _engines[url] = store.make_engine(url)
    return _engines[url]


def use_engine(url: str, engine) -> None:
    """Tasks run in this process use `engine` for `url` (an in-memory database has only one)."""
    _engines[url] = engine


def chunks(items: Sequence, size: int) -> list:
    return [items[i:i + size] for i in range(0, len(items), size)]


def batch_order(results: Sequence[InputResult]) -> dict[str, int]:
    """The order the closing pass compares a batch in: articles stored before this run first
    (they belong to the archive), then the new ones, each in input order."""
    order: dict[str, int] = {}
    for skipped in (True, False):
        for res in results:
            if res.skipped == skipped and not res.error:
                for h in res.hashes:
                    order.setdefault(h, len(order))
    return order


def run_inputs(inputs: Sequence[str | RawDocument], options: Options) -> list[InputResult]:
    """Analyse (and store) a batch of inputs: paths, or documents already read (stdin)."""
    engine = engine_for(options.db_url) if options.db_url else None
    results: dict[int, InputResult] = {}
    read: list[tuple[int, RawDocument, list]] = []
    for i, item in enumerate(inputs):
        name = item if isinstance(item, str) else item.name
        try:
            doc = read_input(item) if isinstance(item, str) else item
            read.append((i, doc, articles_of(doc, options.lang)))
        except ClaimsError as exc:
            results[i] = _failed(name, exc)
        except Exception as exc:  # a bug: say which input met it, and carry on with the others
            results[i] = _bug(name, exc)
    todo = read
    checked = [entry for entry in read if entry[1].name != "-"]  # stdin is always analysed afresh
    if engine is not None and not options.force and checked:
        try:
            stored = _stored(engine, checked, options.stored_before)
        except ClaimsError as exc:
            for i, doc, _ in checked:
                results[i] = _failed(doc.name, exc)
            todo = [entry for entry in read if entry[1].name == "-"]
        else:
            for i, doc, _ in read:
                if i in stored:
                    results[i] = done(doc.name, stored[i], options.keep_reports, skipped=True)
            todo = [entry for entry in read if entry[0] not in stored]
    parsed = _parse_all([a for _, _, arts in todo for a in arts], options.lang)
    for i, doc, articles in todo:
        mine, parsed = parsed[:len(articles)], parsed[len(articles):]
        results[i] = _analyse_and_store(doc, articles, mine, engine, options)
    return [results[i] for i in range(len(inputs))]


def _parse_all(articles: list, lang: str) -> list:
    """Every sentence of the task in one parser call; if that fails, None for each article, so
    that each is parsed on its own and a failure is charged to its own input only."""
    if not articles:
        return []
    try:
        return parse_articles(articles, lang)
    except ClaimsError:
        return [None] * len(articles)


def _analyse_and_store(doc: RawDocument, articles: list, parsed: list, engine, options: Options) -> InputResult:
    try:
        reports = [analyze_article(a, doc.name, options.lang, True, p) for a, p in zip(articles, parsed)]
        if engine is not None:
            reports = store.store_reports(engine, reports, cross=False) if options.store \
                else store.compare_with_archive(engine, reports)
        return done(doc.name, reports, options.keep_reports)
    except ClaimsError as exc:
        return _failed(doc.name, exc)
    except Exception as exc:
        return _bug(doc.name, exc)


def _stored(engine, read: list, before: int | None) -> dict[int, tuple[ArticleReport, ...]]:
    """The inputs whose every article is stored already (same cleaned text), with their stored
    reports: one transaction and one lookup for the whole task."""
    hashes = {content_hash(a.text) for _, _, arts in read for a in arts}
    out = {}
    with store.session_scope(engine) as session:
        ids = store.article_ids_for(session, content_hashes=hashes)
        for i, doc, articles in read:
            mine = [ids.get(content_hash(a.text)) for a in articles]
            if all(aid is not None and (before is None or aid <= before) for aid in mine):
                out[i] = tuple(dataclasses.replace(store.load_report(session, article_id=aid), input=doc.name)
                               for aid in mine)
    return out


def _failed(name: str, exc: ClaimsError) -> InputResult:
    msg = str(exc)
    if not msg.startswith(display_name(name)):
        msg = f"{display_name(name)}: {msg}"  # a store or model error does not name the input itself
    return InputResult(name, error=msg, exit_code=exc.exit_code, retry=exc.exit_code != 2)


def _bug(name: str, exc: Exception) -> InputResult:
    return InputResult(name, error=f"{display_name(name)}: internal error ({type(exc).__name__}: {exc})",
                       exit_code=INTERNAL_ERROR, retry=True)


def cross_check(hashes: Sequence[str], order: Mapping[str, int], db_url: str, keep: bool = True) -> dict:
    """A share of the batch's closing pass (see `store.cross_check_batch`): each article's
    conflicts with others, or only how many when the batch keeps no reports."""
    found = store.cross_check_batch(engine_for(db_url), hashes=hashes, order=order)
    return found if keep else {h: sum(1 for c in v if is_conflict(c.kind)) for h, v in found.items()}


def load_models(lang: str = "vi") -> None:
    """What a worker does once, before its first task."""
    nlp.load(lang)
