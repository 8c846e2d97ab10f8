"""`python -m claims show` and `python -m claims audit`: a stored article with its editors'
reviews (saying that it comes from the archive), and the audit trail. Registered on the
command group by claims/cli.py."""
from __future__ import annotations

import json

import click

from .errors import ClaimsError, display_name


def archive_reviews(engine, results) -> dict:
    """For `analyze`: say on stderr which inputs were read back from the archive rather than
    analysed (an editor must not take an old report for a fresh one), and return their reviews
    keyed by report id, so the printed report shows them as `claims show` does."""
    from . import audit, store
    from .models import Article
    from .report import terminal_safe

    reviews: dict = {}
    with store.session_scope(engine) as session:
        for res in results:
            if not res.skipped or res.error:
                continue
            for rep in res.reports:
                aid = store.article_id_for(session, content_hash=rep.content_hash)
                if aid is None:
                    continue
                reviews[rep.id] = store.get_reviews(session, article_id=aid)
                created = audit.iso_utc(session.get(Article, aid).created_at)
                click.echo(terminal_safe(f"note: {display_name(res.input)}: from the archive (article {aid}, first "
                                         f"analysed {created}), no new analysis; --force analyses it again"), err=True)
    return reviews


@click.command()
@click.argument("article")
@click.option("--format", "fmt", type=click.Choice(["text", "json", "md", "csv", "html"]), default="text",
              show_default=True)
@click.option("--db", "db_url", default=None, help="Database URL.")
def show(article, fmt, db_url):
    """Print a stored article from the archive with its editors' reviews (ARTICLE: its number in
    the database or its report id). Says on stderr that it comes from the archive."""
    from . import audit, store
    from . import report as report_mod
    from .models import Article

    try:
        engine = store.make_engine(db_url)
        with store.session_scope(engine) as session:
            aid = _stored_article_id(session, article)
            rep = store.load_report(session, article_id=aid)
            reviews = store.get_reviews(session, article_id=aid)
            created = audit.iso_utc(session.get(Article, aid).created_at)
    except ClaimsError as exc:
        from .cli import _fail

        raise _fail(exc)
    marked = sum(1 for r in reviews.values() if r.get("status"))
    click.echo(f"note: from the archive (article {aid}, first analysed {created}), no new analysis; "
               f"{marked} reviewed sentences, {sum(len(r['history']) for r in reviews.values())} review changes", err=True)
    click.echo(report_mod.render([rep], fmt, {rep.id: reviews}))


def _stored_article_id(session, article: str) -> int:
    from sqlmodel import select

    from .errors import StoreError
    from .models import Article

    if article.isdigit() and session.get(Article, int(article)) is not None:
        return int(article)
    if len(article) >= 6 and all(c in "0123456789abcdef" for c in article.lower()):
        ids = session.exec(select(Article.id).where(Article.content_hash.startswith(article.lower()))).all()
        if len(ids) == 1:
            return ids[0]
    raise StoreError(f"no stored article '{article}' (give its number or report id; `python -m claims audit` lists them)")


@click.command("audit")
@click.option("--article", default=None, help="Only this stored article (number or report id).")
@click.option("--format", "fmt", type=click.Choice(["text", "json"]), default="text", show_default=True)
@click.option("--db", "db_url", default=None, help="Database URL.")
def audit_cmd(article, fmt, db_url):
    """The audit trail: every review change (who, when, old and new status, note), article
    deletions and source merges, newest first."""
    from . import audit, store
    from .models import Article
    from .report import terminal_safe

    try:
        engine = store.make_engine(db_url)
        with store.session_scope(engine) as session:
            content_hash = session.get(Article, _stored_article_id(session, article)).content_hash if article else None
            rows = audit.audit_log(session, article_hash=content_hash)
    except ClaimsError as exc:
        from .cli import _fail

        raise _fail(exc)
    if fmt == "json":
        click.echo(json.dumps(rows, ensure_ascii=False, indent=2))
        return
    for r in rows:
        where = f"{r['article']} [{r['article_id']}]" + (f" sentence {r['sentence']}" if r["sentence"] is not None else "")
        change = f"{r['old_status'] or '-'} -> {r['new_status'] or '-'}" if r["action"] == "review" else r["detail"]
        note = f" ({r['note']})" if r["note"] else ""
        click.echo(terminal_safe(f"{r['at']} {r['reviewer'] or '(no account)'} {r['action']}: {where}: {change}{note}"))
    if not rows:
        click.echo("no changes recorded")
