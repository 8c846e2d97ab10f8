"""Claim reports: JSON (the `claims-report/1` contract), a terminal text report, Markdown, CSV
and a self-contained printable HTML page. Pure functions of ArticleReports (+ review marks)."""
from __future__ import annotations

import csv
import html
import io
import json
import re
import unicodedata
from typing import Mapping, Sequence

from .analyze import SCHEMA, ArticleReport, SentenceReport
from .conflicts import is_conflict

FORMATS = ("text", "json", "md", "csv", "html")
STATUS_LABELS = {
    "attributed": "có nguồn", "anonymous_source": "nguồn ẩn danh", "unattributed": "chưa có nguồn",
    # "được cho là", "dự kiến", "dường như": the claim is put as unconfirmed (not "nói giảm", a euphemism)
    "hedged": "chưa khẳng định", "conflict": "mâu thuẫn", "not_claim": "không phải nhận định",
}
REVIEW_LABELS = {"": "chưa đánh giá", "ok": "ổn", "needs_source": "cần nguồn", "disputed": "đang tranh cãi",
                 "wrong": "sai"}
TYPE_LABELS = {"person": "cá nhân", "organization": "tổ chức", "media": "báo chí", "document": "văn bản",
               "anonymous": "ẩn danh"}
QUOTE_LABELS = {"direct": "trực tiếp", "indirect": "gián tiếp"}
CONFLICT_LABELS = {"number_mismatch": "số liệu lệch nhau", "denial": "bác bỏ", "contradiction": "trái ngược",
                   "update": "cập nhật", "correction": "đính chính"}
# Headings of the two lists every report keeps apart: what an editor must settle, and a running
# story's later figures and corrections (each with the figure it updates or corrects).
CONFLICTS_HEADING = "Mâu thuẫn"
LINKS_HEADING = "Cập nhật và đính chính"

# article id -> sentence index -> {status, note, reviewer, updated_at, history: [{at, reviewer,
# old_status, new_status, note}]} (claims.audit.get_reviews); status and note alone are enough
Reviews = Mapping[str, Mapping[int, Mapping]]


def sentence_status(s: SentenceReport) -> str:
    """One status per sentence for highlighting: conflict > unattributed > anonymous > hedged > attributed."""
    if not s.is_claim:
        return "not_claim"
    for flag in ("conflict", "unattributed", "anonymous_source", "hedged"):
        if flag in s.flags:
            return flag
    return "attributed"


def to_dict(reports: Sequence[ArticleReport], reviews: Reviews | None = None) -> dict:
    reviews = reviews or {}
    out = {"schema": SCHEMA, "articles": []}
    for r in reports:
        marks = reviews.get(r.id, {})
        art = {
            "id": r.id, "input": r.input, "title": r.title, "language": r.language,
            "sentences": [],
            "sources": [{"name": s.name, "type": s.type, "aliases": list(s.aliases), "sentences": list(s.sentences)}
                        for s in r.sources],
            "conflicts": [{"sentence": c.sentence, "other_article": c.other_article, "other_sentence": c.other_sentence,
                           "other_text": c.other_text, "kind": c.kind, "reason": c.reason, "score": float(c.score),
                           "figure": c.figure, "other_figure": c.other_figure}
                          for c in r.conflicts],
        }
        for s in r.sentences:
            item = {
                "index": s.index, "text": s.text, "start": s.start, "end": s.end, "kind": s.kind, "is_claim": s.is_claim,
                "attributions": [{"source": a.source, "mention": a.mention, "source_type": a.source_type, "cue": a.cue,
                                  "quote": a.quote, "confidence": float(a.confidence)} for a in s.attributions],
                "numbers": [f.text for f in s.numbers], "flags": list(s.flags),
            }
            if s.index in marks:
                item["review"] = dict(marks[s.index])
            art["sentences"].append(item)
        out["articles"].append(art)
    return out


def to_json(reports: Sequence[ArticleReport], reviews: Reviews | None = None) -> str:
    return json.dumps(to_dict(reports, reviews), ensure_ascii=False, indent=2)


def _summary(r: ArticleReport) -> dict:
    claims = [s for s in r.sentences if s.is_claim]
    attributed = [s for s in claims if s.primary is not None]
    return {"sentences": len(r.sentences), "claims": len(claims), "attributed": len(attributed),
            "share_attributed": (len(attributed) / len(claims)) if claims else 0.0,
            "anonymous": sum(1 for s in claims if "anonymous_source" in s.flags),
            "unattributed": sum(1 for s in claims if "unattributed" in s.flags),
            "hedged": sum(1 for s in claims if "hedged" in s.flags),
            "conflicts": sum(1 for c in r.conflicts if is_conflict(c.kind)),
            "corrections": sum(1 for c in r.conflicts if c.kind == "correction"),
            "updates": sum(1 for c in r.conflicts if c.kind == "update")}


def split_conflicts(r: ArticleReport) -> tuple[list, list]:
    """(conflicts an editor must settle, updates and corrections)."""
    return [c for c in r.conflicts if is_conflict(c.kind)], [c for c in r.conflicts if not is_conflict(c.kind)]


def summary(r: ArticleReport) -> dict:
    return _summary(r)


def _att_line(s: SentenceReport) -> str:
    p = s.primary
    if p is None:
        return "—"
    extra = "".join(f"; qua {a.source} ({a.source_type})" for a in s.attributions if a.role == "relay")
    return f"{p.source} ({p.source_type}, “{p.cue or '—'}”, {p.quote or '—'}, {p.confidence:.2f}){extra}"


def to_text(reports: Sequence[ArticleReport], reviews: Reviews | None = None) -> str:
    reviews = reviews or {}
    lines: list[str] = []
    for r in reports:
        sm = _summary(r)
        lines.append(f"=== {r.title or r.input}  [{r.id}]")
        lines.append(f"{sm['claims']} claims, {sm['attributed']} attributed ({sm['share_attributed']:.0%}), "
                     f"{sm['unattributed']} unattributed, {sm['anonymous']} anonymous, {sm['conflicts']} conflicts, "
                     f"{sm['corrections']} corrections, {sm['updates']} updates")
        for s in r.sentences:
            mark = {"attributed": " ", "unattributed": "?", "anonymous_source": "~", "hedged": "h",
                    "conflict": "!", "not_claim": "·"}[sentence_status(s)]
            lines.append(f"{mark} [{s.index}] {s.text}")
            if s.is_claim:
                lines.append(f"      source: {_att_line(s)}" + (f"   flags: {', '.join(s.flags)}" if s.flags else ""))
            rv = reviews.get(r.id, {}).get(s.index)
            if rv and rv.get("status"):
                lines.append(f"      review: {rv['status']}" + (f" — {rv['note']}" if rv.get("note") else "")
                             + (f" (by {rv['reviewer']}, {rv.get('updated_at', '')})" if rv.get("reviewer") else ""))
        for heading, items in zip(("conflicts:", "updates and corrections:"), split_conflicts(r)):
            if items:
                lines.append(heading)
            for c in items:
                where = f"article {c.other_article}" if c.other_article else "this article"
                lines.append(f"  {'!' if is_conflict(c.kind) else '~'} [{c.sentence}] vs {where} [{c.other_sentence}] "
                             f"({c.kind}, {c.score:.2f}): {c.reason}")
                lines.append(f"      other: {c.other_text}")
        lines.append("")
    return terminal_safe("\n".join(lines))


# Every ASCII mark that Markdown (CommonMark, GFM, Streamlit's extensions: $math$, :emoji:,
# :red[...]) can give a meaning to. Escaped, article text renders as the characters it is: no
# raw HTML, no image fetched, no link, no formula.
_MD_SPECIAL = re.compile(r"([\\`*_{}\[\]()#+!|<>~$:&])")


def escape_markdown(text: str) -> str:
    """Text shown literally by any Markdown renderer, on one line."""
    return _MD_SPECIAL.sub(r"\\\1", " ".join(str(text).split()))


def _md_cell(text: str) -> str:
    return escape_markdown(text)


def to_markdown(reports: Sequence[ArticleReport], reviews: Reviews | None = None) -> str:
    """A Markdown report in Vietnamese; every piece of article text is escaped (escape_markdown)."""
    reviews = reviews or {}
    out: list[str] = []
    for r in reports:
        sm = _summary(r)
        out.append(f"# {_md_cell(r.title or r.input)}\n")
        out.append(f"- Nhận định: {sm['claims']} ({sm['attributed']} có nguồn, {sm['share_attributed']:.0%})")
        out.append(f"- Chưa có nguồn: {sm['unattributed']} · Nguồn ẩn danh: {sm['anonymous']} · "
                   f"Mâu thuẫn: {sm['conflicts']} · Đính chính: {sm['corrections']} · Cập nhật: {sm['updates']}\n")
        out.append("| # | Câu | Trạng thái | Nguồn | Loại nguồn | Từ dẫn | Trích dẫn | Độ tin cậy | Biên tập |")
        out.append("|---|---|---|---|---|---|---|---|---|")
        for s in r.sentences:
            p = s.primary
            rv = reviews.get(r.id, {}).get(s.index)
            out.append(f"| {s.index + 1} | {_md_cell(s.text)} | {STATUS_LABELS[sentence_status(s)]} | "
                       f"{_md_cell(p.source) if p else ''} | {TYPE_LABELS.get(p.source_type, '') if p else ''} | "
                       f"{_md_cell(p.cue or '') if p else ''} | {QUOTE_LABELS.get(p.quote, '') if p else ''} | "
                       f"{f'{p.confidence:.2f}' if p else ''} | {_md_cell(review_text(rv))} |")
        if r.sources:
            out.append("\n## Nguồn tin\n")
            for src in r.sources:
                out.append(f"- **{_md_cell(src.name)}** ({TYPE_LABELS.get(src.type, src.type)}) — {len(src.sentences)} câu; "
                           "cách viết: " + ", ".join(f"“{_md_cell(a)}”" for a in src.aliases))
        for heading, items in zip((CONFLICTS_HEADING, LINKS_HEADING), split_conflicts(r)):
            if items:
                out.append(f"\n## {heading}\n")
            for c in items:
                where = f"bài `{_md_cell(c.other_article)}`" if c.other_article else "cùng bài"
                out.append(f"- [{c.sentence + 1}] ↔ {where} [{c.other_sentence + 1}] **{CONFLICT_LABELS.get(c.kind, c.kind)}** "
                           f"({c.score:.2f}): {_md_cell(c.reason)}  \n  > {_md_cell(c.other_text)}")
        trail = history_lines(reviews.get(r.id, {}))
        if trail:
            out.append("\n## Nhật ký biên tập\n")
            out.extend(f"- {_md_cell(line)}" for line in trail)
        out.append("")
    return "\n".join(out)


def review_text(rv: Mapping | None) -> str:
    """A review mark as an editor reads it: "cần nguồn: hỏi hiệp hội (an@toasoan.vn)"."""
    if not rv or not rv.get("status"):
        return ""
    label = REVIEW_LABELS.get(rv["status"], rv["status"])
    text = f"{label}: {rv['note']}" if rv.get("note") else label
    return f"{text} ({rv['reviewer']})" if rv.get("reviewer") else text


def event_text(event: Mapping) -> str:
    """One change of the trail: "2026-11-30T14:05:09Z an@toasoan.vn: chưa đánh giá → cần nguồn (hỏi lại)"."""
    who = event.get("reviewer") or "không đăng nhập"
    change = f"{REVIEW_LABELS.get(event.get('old_status', ''), event.get('old_status'))} → " \
             f"{REVIEW_LABELS.get(event.get('new_status', ''), event.get('new_status'))}"
    return f"{event.get('at', '')} {who}: {change}" + (f" ({event['note']})" if event.get("note") else "")


def history_lines(marks: Mapping[int, Mapping]) -> list[str]:
    """Every change of every sentence of one article, by sentence (numbered from 1) then time."""
    return [f"câu {idx + 1} · {event_text(e)}" for idx in sorted(marks) for e in marks[idx].get("history", ())]


CSV_COLUMNS = ("article_id", "article_title", "index", "kind", "text", "is_claim", "status", "source", "source_type",
               "mention", "cue", "quote", "confidence", "relay", "numbers", "flags", "review", "review_note",
               "reviewer", "review_updated_at", "review_history")


def to_csv(reports: Sequence[ArticleReport], reviews: Reviews | None = None) -> str:
    reviews = reviews or {}
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(CSV_COLUMNS)
    for r in reports:
        for s in r.sentences:
            p = s.primary
            relay = "; ".join(a.source for a in s.attributions if a.role == "relay")
            rv = reviews.get(r.id, {}).get(s.index) or {}
            w.writerow([csv_cell(v) for v in (
                r.id, r.title or "", s.index, s.kind, s.text, s.is_claim, sentence_status(s),
                p.source if p else "", p.source_type if p else "", p.mention if p else "",
                p.cue if p else "", p.quote if p else "", f"{p.confidence:.2f}" if p else "", relay,
                "; ".join(f.text for f in s.numbers), ";".join(s.flags), rv.get("status", ""), rv.get("note", ""),
                rv.get("reviewer", ""), rv.get("updated_at", ""), " | ".join(event_text(e) for e in rv.get("history", ())))])
    # a byte-order mark: Excel reads a CSV without one in the local code page and garbles Vietnamese
    return "\ufeff" + buf.getvalue()


def _csv_safe(text: str) -> str:
    return csv_cell(text)


def csv_cell(value) -> str:
    """Spreadsheets run a cell that starts with = + - @ (or a tab or CR before one) as a
    formula: such a cell gets a leading apostrophe, which they show as text."""
    text = "" if value is None else str(value)
    return "'" + text if text[:1] in ("=", "+", "-", "@", "\t", "\r") else text


def terminal_safe(text: str) -> str:
    """No control characters but newline and tab (an escape sequence could clear the screen or
    fake a line), no bidirectional overrides (they reorder what the reader sees)."""
    return "".join(ch for ch in text if ch in "\n\t" or unicodedata.category(ch) not in ("Cc", "Cf")
                   or ch in "\u200c\u200d")


HTML_STYLE = """
body{font-family:system-ui,-apple-system,'Segoe UI',Roboto,sans-serif;max-width:60rem;margin:2rem auto;padding:0 1rem;color:#1f2933}
h1{font-size:1.5rem} .summary{color:#52606d} .s{padding:.1rem .15rem;border-radius:.2rem}
.attributed{background:#e3f9e5} .anonymous_source{background:#fff3c4} .unattributed{background:#ffe3e3}
.hedged{background:#e0e8f9} .conflict{background:#f8c4fe;outline:1px solid #a0f} .not_claim{color:#7b8794}
table{border-collapse:collapse;width:100%;font-size:.9rem} td,th{border:1px solid #cbd2d9;padding:.3rem;vertical-align:top}
.legend span{margin-right:.6rem;padding:.1rem .3rem;border-radius:.2rem}
.s,.legend span{-webkit-print-color-adjust:exact;print-color-adjust:exact}
@media print{body{max-width:none;margin:0;color:#000}*{-webkit-print-color-adjust:exact;print-color-adjust:exact}
tr,li{break-inside:avoid} .conflict{outline:1px solid #a0f}}
"""


def _esc(text: str) -> str:
    return html.escape(text, quote=True)


def highlight_html(r: ArticleReport) -> str:
    """The article with each sentence wrapped by status. Every piece of article text is escaped."""
    parts: list[str] = []
    pos = 0
    for s in r.sentences:
        if s.start > pos:
            parts.append(_esc(r.text[pos:s.start]).replace("\n", "<br>"))
        status = sentence_status(s)
        p = s.primary
        tip = f"câu {s.index + 1} · {STATUS_LABELS[status]}" + (
            f" — {p.source} ({TYPE_LABELS.get(p.source_type, p.source_type)}), “{p.cue or ''}”, "
            f"{QUOTE_LABELS.get(p.quote, p.quote or '')}, độ tin cậy {p.confidence:.2f}" if p else "")
        parts.append(f'<span class="s {status}" data-index="{s.index}" data-status="{status}" title="{_esc(tip)}">'
                     f"{_esc(r.text[s.start:s.end])}</span>")
        pos = s.end
    if pos < len(r.text):
        parts.append(_esc(r.text[pos:]).replace("\n", "<br>"))
    return "".join(parts)


def legend_html() -> str:
    return '<div class="legend">' + "".join(
        f'<span class="{k}">{_esc(v)}</span>' for k, v in STATUS_LABELS.items()) + "</div>"


def to_html(reports: Sequence[ArticleReport], reviews: Reviews | None = None) -> str:
    reviews = reviews or {}
    body: list[str] = []
    for r in reports:
        sm = _summary(r)
        body.append(f"<h1>{_esc(r.title or r.input)}</h1>")
        body.append(f'<p class="summary">{sm["claims"]} nhận định · {sm["share_attributed"]:.0%} có nguồn · '
                    f'{sm["unattributed"]} chưa có nguồn · {sm["anonymous"]} nguồn ẩn danh · {sm["conflicts"]} mâu thuẫn · '
                    f'{sm["corrections"]} đính chính · {sm["updates"]} cập nhật</p>')
        body.append(legend_html())
        body.append(f'<div class="article">{highlight_html(r)}</div>')
        body.append("<h2>Nhận định</h2><table><tr><th>#</th><th>Câu</th><th>Trạng thái</th><th>Nguồn</th><th>Từ dẫn</th>"
                    "<th>Độ tin cậy</th><th>Biên tập</th></tr>")
        for s in r.sentences:
            p = s.primary
            rv = reviews.get(r.id, {}).get(s.index)
            review = review_text(rv)
            source = f"{p.source} ({TYPE_LABELS.get(p.source_type, p.source_type)})" if p else ""
            body.append(f"<tr><td>{s.index + 1}</td><td>{_esc(s.text)}</td><td>{_esc(STATUS_LABELS[sentence_status(s)])}</td>"
                        f"<td>{_esc(source)}</td><td>{_esc(p.cue or '') if p else ''}</td>"
                        f"<td>{f'{p.confidence:.2f}' if p else ''}</td><td>{_esc(review)}</td></tr>")
        body.append("</table>")
        for heading, items in zip((CONFLICTS_HEADING, LINKS_HEADING), split_conflicts(r)):
            if not items:
                continue
            body.append(f"<h2>{heading}</h2><ul>")
            for c in items:
                where = f"bài {c.other_article}" if c.other_article else "cùng bài"
                body.append(f"<li>[{c.sentence + 1}] ↔ {_esc(where)} [{c.other_sentence + 1}] "
                            f"<b>{_esc(CONFLICT_LABELS.get(c.kind, c.kind))}</b> "
                            f"({c.score:.2f}): {_esc(c.reason)}<br><i>{_esc(c.other_text)}</i></li>")
            body.append("</ul>")
        trail = history_lines(reviews.get(r.id, {}))
        if trail:
            body.append("<h2>Nhật ký biên tập</h2><ul>" + "".join(f"<li>{_esc(line)}</li>" for line in trail) + "</ul>")
    title = _esc(reports[0].title or reports[0].input) if reports else "claims"
    return (f'<!doctype html><html lang="vi"><head><meta charset="utf-8"><title>{title}</title>'
            f"<style>{HTML_STYLE}</style></head><body>{''.join(body)}</body></html>")


def render(reports: Sequence[ArticleReport], fmt: str, reviews: Reviews | None = None) -> str:
    return {"text": to_text, "json": to_json, "md": to_markdown, "csv": to_csv, "html": to_html}[fmt](reports, reviews)
