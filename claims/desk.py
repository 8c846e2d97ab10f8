"""What the editor's desk (app.py) does, as plain functions over the engine: analyse an upload
or a paste and store it, reopen a stored article with its reviews and archive totals, build
and filter the claims table, explain flags and conflicts, review, merge, split and delete with
the signed-in account's rights, export, and say errors in Vietnamese. The Streamlit file only
renders."""
from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Callable, Sequence

from sqlmodel import select

from . import audit, explain, store
from . import report as report_mod
from .analyze import ArticleReport, analyze_document
from .auth import OPEN_DESK, Account
from .errors import AuthError, ClaimsError, InputError, ModelError, StoreError, display_name
from .ingest import read_bytes
from .models import Article, SourceAlias

STATUS_ORDER = ("conflict", "unattributed", "anonymous_source", "hedged", "attributed", "not_claim")
REVIEW_CHOICES = ("",) + audit.REVIEW_STATUSES  # "" = chưa đánh giá


@dataclass(frozen=True)
class Opened:
    article_id: int
    report: ArticleReport
    reviews: dict  # sentence index -> {"status", "note", "reviewer", "updated_at", "history"}
    totals: dict  # (source name, type) -> {"claims", "articles"} across the archive
    checked_at: str = ""  # when the article was first stored, ISO 8601 UTC


def analyze_input(engine, data: bytes, name: str, *, use_nlp: bool = True,
                  progress: Callable[[str, float], None] | None = None) -> list[int]:
    """Analyse one upload or paste (bytes) and store each article; return the stored ids.
    `progress(stage, fraction)` drives the desk's bar."""
    say = progress or (lambda stage, fraction: None)
    say("Đang đọc và làm sạch văn bản…", 0.05)
    suffix = None if "." in name else ".txt"
    doc = read_bytes(data, name, suffix=suffix)
    reports = analyze_document(doc, use_nlp=use_nlp, progress=lambda i, n: say(
        f"Đang tìm nhận định và nguồn tin{f' (bài {i + 1}/{n})' if n > 1 else ''}…", 0.1 + 0.75 * i / n))
    say("Đang lưu và so với các bài đã kiểm tra…", 0.88)
    stored = store.store_reports(engine, reports)
    ids = []
    with store.session_scope(engine) as session:
        for r in stored:
            ids.append(store.article_id_for(session, content_hash=r.content_hash))
    say("Xong", 1.0)
    return ids


def open_article(engine, article_id: int) -> Opened:
    """A stored article as the desk shows it; no model runs."""
    with store.session_scope(engine) as session:
        rep = store.load_report(session, article_id=article_id)
        reviews = store.get_reviews(session, article_id=article_id)
        totals = store.source_totals(session, names=[(s.name, s.type) for s in rep.sources])
        art = session.get(Article, article_id)
        checked = audit.iso_utc(art.created_at) if art else ""
    return Opened(article_id, rep, reviews, totals, checked)


def short_title(title: str, limit: int = 60) -> str:
    """A title cut at a word boundary, with an ellipsis when cut."""
    title = " ".join((title or "").split())
    if len(title) <= limit:
        return title
    cut = title[:limit + 1].rsplit(" ", 1)[0] if " " in title[:limit + 1] else title[:limit]
    return cut.rstrip(" ,.;:-–") + "…"


def history(engine, query: str | None = None) -> list[dict]:
    with store.session_scope(engine) as session:
        return [{"id": a.id, "title": a.title or a.input_name, "input": a.input_name,
                 "updated": a.updated_at.strftime("%Y-%m-%d %H:%M") if a.updated_at else ""}
                for a in store.list_articles(session, query=query or None)]


def article_titles(engine, ids: Sequence[int]) -> dict[int, str]:
    with store.session_scope(engine) as session:
        return {a.id: a.title or a.input_name for a in session.exec(select(Article).where(Article.id.in_(list(ids)))).all()}


def article_id_for_report_id(engine, report_id: str) -> int | None:
    """The stored article whose report id (the first 12 hex digits of its hash) is given."""
    with store.session_scope(engine) as session:
        return session.exec(select(Article.id).where(Article.content_hash.startswith(report_id))).first()


def _require(by: Account, action: str) -> None:
    if not by.can(action):
        raise AuthError(f"tài khoản {by.name or 'này'} ({by.role or 'chưa có vai trò'}) không được phép làm việc này")


def _source_id(session, name: str, source_type: str) -> int:
    from sources.registry import canonical_key

    row = session.exec(select(SourceAlias).where(SourceAlias.alias_key == canonical_key(name, source_type),
                                                 SourceAlias.type == source_type)).first()
    if row is None:
        raise StoreError(f"không có nguồn '{name}' ({report_mod.TYPE_LABELS.get(source_type, source_type)}) trong kho")
    return row.source_id


def merge_sources(engine, keep_name: str, keep_type: str, other_names: Sequence[str], *, by: Account = OPEN_DESK) -> None:
    """Merge sources by the names shown in an article's sources panel (admins)."""
    from sources.registry import merge

    _require(by, "merge_sources")
    with store.session_scope(engine) as session:
        keep_id = _source_id(session, keep_name, keep_type)
        others = [n for n in other_names if n != keep_name]
        merge(session, keep_id=keep_id, merge_ids=[_source_id(session, n, keep_type) for n in others])
        audit.record(session, action="merge_sources", actor=by.name,
                     detail=f"gộp {', '.join(f'“{n}”' for n in others)} vào “{keep_name}”")


def source_aliases(engine, name: str, source_type: str) -> list[str]:
    """Every spelling the archive keeps for one source."""
    with store.session_scope(engine) as session:
        sid = _source_id(session, name, source_type)
        return sorted({a.alias for a in session.exec(select(SourceAlias).where(SourceAlias.source_id == sid)).all()})


def split_source(engine, name: str, source_type: str, alias: str, *, by: Account = OPEN_DESK) -> None:
    """Move one spelling (and the claims written with it) out of a source into its own (admins)."""
    from sources.registry import split

    _require(by, "split_sources")
    with store.session_scope(engine) as session:
        split(session, source_id=_source_id(session, name, source_type), alias=alias)
        audit.record(session, action="split_source", actor=by.name, detail=f"tách “{alias}” khỏi “{name}”")


def save_review(engine, article_id: int, sentence_idx: int, status: str, note: str = "", *,
                by: Account = OPEN_DESK) -> None:
    """Mark a sentence ("" withdraws the mark) in the signed-in account's name (reviewers)."""
    _require(by, "review")
    with store.session_scope(engine) as session:
        store.set_review(session, article_id=article_id, sentence_idx=sentence_idx, status=status, note=note,
                         reviewer=by.name)


def delete_article(engine, article_id: int, *, by: Account = OPEN_DESK) -> str:
    """Delete an article and all that hangs from it; the deletion is recorded (admins)."""
    _require(by, "delete_article")
    with store.session_scope(engine) as session:
        return audit.delete_article(session, article_id=article_id, actor=by.name)


def audit_rows(engine, opened: Opened | None = None) -> list[dict]:
    """The trail as the desk's table shows it: one article's, or the whole archive's."""
    with store.session_scope(engine) as session:
        log = audit.audit_log(session, article_hash=opened.report.content_hash if opened else None)
    actions = {"review": "đánh giá", "delete_article": "xoá bài", "merge_sources": "gộp nguồn", "split_source": "tách nguồn"}
    labels = report_mod.REVIEW_LABELS
    return [{"thời điểm (UTC)": e["at"].replace("T", " ").rstrip("Z"), "người làm": e["reviewer"] or "không đăng nhập",
             "việc": actions.get(e["action"], e["action"]), "bài": e["article"],
             "câu": e["sentence"] + 1 if e["sentence"] is not None else None,
             "trước": labels.get(e["old_status"], e["old_status"]) if e["action"] == "review" else "",
             "sau": labels.get(e["new_status"], e["new_status"]) if e["action"] == "review" else "",
             "ghi chú": e["note"] or e["detail"]} for e in log]


def claim_rows(opened: Opened) -> list[dict]:
    """One row per sentence for the claims table, numbered from 1. "index", "status" and
    "source_type" are for filtering and selection, not shown."""
    rows = []
    for s in opened.report.sentences:
        p = s.primary
        rv = opened.reviews.get(s.index, {})
        status = report_mod.sentence_status(s)
        rows.append({
            "#": s.index + 1, "câu": s.text, "trạng thái": report_mod.STATUS_LABELS[status],
            "nguồn": p.source if p else "", "loại nguồn": report_mod.TYPE_LABELS.get(p.source_type, "") if p else "",
            "từ dẫn": p.cue or "" if p else "", "trích dẫn": report_mod.QUOTE_LABELS.get(p.quote or "", "") if p else "",
            "độ tin cậy": round(p.confidence, 2) if p else None, "số liệu": ", ".join(f.text for f in s.numbers),
            "biên tập": report_mod.REVIEW_LABELS.get(rv.get("status", ""), "") if s.is_claim or rv else "",
            "người đánh giá": rv.get("reviewer", "") if rv.get("status") else "", "ghi chú": rv.get("note", ""),
            "index": s.index, "status": status, "source_type": p.source_type if p else "",
        })
    return rows


HIDDEN_COLUMNS = ("index", "status", "source_type")


def filter_rows(rows: Sequence[dict], statuses: Sequence[str] = (), sources: Sequence[str] = (),
                types: Sequence[str] = ()) -> list[dict]:
    return [r for r in rows if (not statuses or r["status"] in statuses) and (not sources or r["nguồn"] in sources)
            and (not types or r["source_type"] in types)]


def source_rows(opened: Opened) -> list[dict]:
    out = []
    for s in opened.report.sources:
        t = opened.totals.get((s.name, s.type), {})
        out.append({"nguồn": s.name, "loại": report_mod.TYPE_LABELS.get(s.type, s.type), "cách viết": "; ".join(s.aliases),
                    "câu (bài này)": ", ".join(str(i + 1) for i in s.sentences),
                    "số nhận định (kho)": t.get("claims", 0), "số bài (kho)": t.get("articles", 0), "type": s.type})
    return out


def sentence_reasons(opened: Opened, index: int) -> list[str]:
    return explain.sentence_reasons(opened.report.sentences[index], opened.report)


def conflict_views(engine, opened: Opened) -> list[explain.ConflictView]:
    """Every conflict of the article as two sides; the other article's sentence is read from
    the archive (its source and figures), once per article."""
    other_reports: dict[str, tuple[ArticleReport | None, str]] = {}
    views = []
    for c in opened.report.conflicts:
        other = None
        title, checked = "", ""
        if c.other_article:
            if c.other_article not in other_reports:
                other_reports[c.other_article] = _other_article(engine, c.other_article)
            rep, checked = other_reports[c.other_article]
            if rep is not None:
                title = rep.title or rep.input
                if c.other_sentence < len(rep.sentences):
                    other = rep.sentences[c.other_sentence]
        views.append(explain.conflict_view(opened.report, c, other, title, checked, opened.checked_at))
    return views


def _other_article(engine, report_id: str) -> tuple[ArticleReport | None, str]:
    with store.session_scope(engine) as session:
        art = session.exec(select(Article).where(Article.content_hash.startswith(report_id))).first()
        if art is None:
            return None, ""
        return store.load_report(session, article_id=art.id), audit.iso_utc(art.created_at)


def export(opened: Opened, fmt: str) -> str:
    return report_mod.render([opened.report], fmt, {opened.report.id: opened.reviews})


def summary(opened: Opened) -> dict:
    return report_mod.summary(opened.report)


# --------------------------------------------------------------------------- messages
# The checker's errors are English for the command line; the desk says them in Vietnamese.
# Unknown wording falls back to a Vietnamese lead with the original detail.
_INPUT_PROBLEMS: tuple[tuple[str, str], ...] = (
    (r"is empty|contains no text", "trống, không có nội dung để phân tích"),
    (r"no such file", "không có tệp này"),
    (r"is a directory", "là một thư mục, không phải tệp"),
    (r"is not a regular file", "không phải tệp thông thường"),
    (r"is too large for one article.*?the limit is ([\d,.]+) bytes", "quá lớn cho một bài (giới hạn {0} byte)"),
    (r"unsupported file type '([^']*)'", "loại tệp '{0}' chưa được hỗ trợ (dùng .txt, .md, .html hoặc .docx)"),
    (r"is binary data", "là dữ liệu nhị phân (PDF, ảnh, tệp nén hay chương trình), không phải văn bản"),
    (r"invalid (\S+) text at byte (\d+)", "văn bản {0} bị lỗi ở byte {1}"),
    (r"is not valid UTF-8", "không phải văn bản UTF-8 hay Windows-1258 hợp lệ"),
    (r"no article text could be found in the HTML", "không tìm thấy nội dung bài trong trang HTML"),
    (r"is not a valid \.docx file", "không phải tệp .docx hợp lệ"),
    (r"is not accepted as a \.docx", "tệp .docx giải nén ra quá lớn, không nhận"),
    (r"is not a readable \.docx file", "không đọc được tệp .docx này"),
    (r"no article text was left", "không còn nội dung bài sau khi bỏ phần thừa của trang (menu, quảng cáo…)"),
    (r"cannot be read \((.*)\)", "không đọc được tệp ({0})"),
)
_STORE_PROBLEMS: tuple[tuple[str, str], ...] = (
    (r"no stored article with id (\d+)", "không có bài số {0} trong kho (có thể vừa bị xoá)"),
    (r"database busy", "cơ sở dữ liệu đang bận, thử lại sau ít phút"),
    (r"run: (python -m claims db upgrade.*)$", "cơ sở dữ liệu cần nâng cấp lược đồ; chạy: {0}"),
    (r"newer than this version", "cơ sở dữ liệu mới hơn phiên bản công cụ này; hãy cập nhật công cụ"),
    (r"cannot open the database", "không mở được cơ sở dữ liệu"),
    (r"cannot create the default database folder", "không tạo được thư mục dữ liệu; đặt biến CLAIMS_DB_URL"),
    (r"database error \((.*)\)", "lỗi cơ sở dữ liệu ({0})"),
)


def _match(table, text: str) -> str | None:
    for pattern, template in table:
        m = re.search(pattern, text, flags=re.S)
        if m:
            return template.format(*m.groups())
    return None


def message_vi(exc: ClaimsError) -> str:
    """One line an editor reads, in Vietnamese, for any error the checker raises."""
    if isinstance(exc, InputError):
        what = "văn bản dán vào" if exc.source == "bài dán" else f"tệp {display_name(exc.source)}"
        said = _match(_INPUT_PROBLEMS, exc.problem)
        return f"Không phân tích được {what}: " + (said or f"không đọc được (chi tiết: {exc.problem})")
    text = str(exc)
    if isinstance(exc, StoreError):
        said = _match(_STORE_PROBLEMS, text)
        return said[0].upper() + said[1:] if said else (text if _is_vietnamese(text) else f"Lỗi cơ sở dữ liệu: {text}")
    if isinstance(exc, ModelError):
        return f"Không nạp được mô hình ngôn ngữ ({text})"
    return text if _is_vietnamese(text) else f"Lỗi: {text}"


def _is_vietnamese(text: str) -> bool:
    return bool(re.search(r"[ăâđêôơưáàảãạấầẩẫậắằẳẵặéèẻẽẹếềểễệíìỉĩịóòỏõọốồổỗộớờởỡợúùủũụứừửữựýỳỷỹỵ]", text.lower()))
