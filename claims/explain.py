"""Why the checker marked a sentence the way it did, in one Vietnamese line per flag, and a
conflict as two sides an editor can compare. Pure functions of reports; the desk shows them."""
from __future__ import annotations

from dataclasses import dataclass
from typing import Sequence

from . import conflicts as conflicts_mod
from . import lexicon
from .analyze import ArticleReport, SentenceReport
from .report import CONFLICT_LABELS, QUOTE_LABELS, TYPE_LABELS

KIND_LABELS = {"headline": "tiêu đề", "body": "thân bài", "caption": "chú thích ảnh"}


def confidence_line(confidence: float) -> str:
    """What the attribution confidence means: the learned model's calibrated estimate that the
    credited source is right (the rules' own score when the model is off)."""
    if confidence >= 0.8:
        level = "cao: nguồn được gán thường là đúng"
    elif confidence >= 0.5:
        level = "trung bình: nguồn có thể được suy ra (đại từ, chức danh, trích dẫn trước đó) hoặc từ dẫn yếu; nên xem lại"
    else:
        level = "thấp: việc gán nguồn còn dè dặt, cần kiểm tra"
    return f"Độ tin cậy {confidence:.2f} — {level} (ước lượng khả năng nguồn được gán đúng)."


def _first_in(text: str, words: Sequence[str]) -> str | None:
    low = text.lower()
    found = [w for w in words if w and w.lower() in low]
    return max(found, key=len) if found else None


def sentence_reasons(s: SentenceReport, report: ArticleReport) -> list[str]:
    """One line per reason: the flags first (conflict, unattributed, anonymous, hedged), then
    where the credit comes from and what its confidence means."""
    lex = lexicon.get(report.language)
    lines: list[str] = []
    if not s.is_claim:
        kind = KIND_LABELS.get(s.kind, s.kind)
        return [f"Không tính là nhận định ({kind}): câu hỏi, lời mời, dòng tác giả, chú thích hay nhãn không "
                "khẳng định điều gì có thể kiểm chứng."]
    p = s.primary
    for c in report.conflicts:
        if c.sentence == s.index or (c.other_article is None and c.other_sentence == s.index):
            other = c.other_sentence if c.sentence == s.index else c.sentence
            where = f"câu {other + 1} của bài khác" if c.other_article else f"câu {other + 1} cùng bài"
            if conflicts_mod.is_conflict(c.kind):
                lines.append(f"Mâu thuẫn ({CONFLICT_LABELS.get(c.kind, c.kind)}) với {where}: {c.reason}")
            else:  # an update or a correction: shown with the figure it links to, not as a conflict
                lines.append(f"{CONFLICT_LABELS.get(c.kind, c.kind).capitalize()} (không tính là mâu thuẫn), "
                             f"liên quan {where}: {c.reason}")
    if "unattributed" in s.flags:
        what = f"đưa ra số liệu ({', '.join(f.text for f in s.numbers)})" if s.numbers else "khẳng định một sự việc"
        lines.append(f"Chưa có nguồn: câu {what} nhưng không nói ai cung cấp — không có từ dẫn như “cho biết”, "
                     "“theo …”, và không nối tiếp lời của ai ở câu trước.")
    if "anonymous_source" in s.flags:
        anon = [a for a in s.attributions if a.source_type == "anonymous"] or ([p] if p else [])
        mention = anon[0].mention if anon else ""
        # "đề nghị giấu tên" may stand outside the mention; one-word markers ("khác") only inside it
        phrases = [w for w in lex.ANONYMITY_WORDS if " " in w]
        marker = (_first_in(mention, lex.ANONYMITY_WORDS) or _first_in(s.text, phrases)
                  or _first_in(mention, lex.ANONYMOUS_HEADS))
        why = f" (“{marker}”)" if marker else ""
        lines.append(f"Nguồn ẩn danh: “{mention}”{why} không nêu tên người hay cơ quan cụ thể, độc giả không "
                     "kiểm chứng được.")
    if "hedged" in s.flags:
        hedge = _first_in(s.text, lex.HEDGES)
        said = f"câu dùng “{hedge}”" if hedge else "câu dùng lối nói rào đón"
        lines.append(f"Chưa khẳng định: {said}, nên thông tin được nêu như điều chưa chắc chắn, chưa rõ ai xác nhận.")
    if p is not None:
        quote = QUOTE_LABELS.get(p.quote, "") if p.quote else ""
        relays = [a.source for a in s.attributions if a.role == "relay"]
        lines.append(f"Nguồn: {p.source} ({TYPE_LABELS.get(p.source_type, p.source_type)})"
                     + (f", từ dẫn “{p.cue}”" if p.cue else ", tiếp nối lời dẫn ở câu trước")
                     + (f", trích dẫn {quote}" if quote else "")
                     + (f", qua {', '.join(relays)}" if relays else "") + ".")
        lines.append(confidence_line(p.confidence))
    return lines


@dataclass(frozen=True)
class Side:
    """One sentence of a conflict as the desk shows it."""

    where: str  # "bài này" or the other article's title
    sentence: int  # index in its article (shown from 1)
    text: str
    source: str  # "" when nobody is credited
    figures: tuple[str, ...]
    checked_at: str = ""  # when its article was first stored ("" for the article being read)


@dataclass(frozen=True)
class ConflictView:
    kind: str
    reason: str
    score: float
    mine: Side
    other: Side
    matched: tuple[str, ...]  # what the two sentences share: names, units of the figures, sources
    later: str  # which side came later, in words
    is_conflict: bool = True  # False for an update or a correction (shown apart, not counted)
    figures: tuple[str, str] = ("", "")  # the figure on each side that the link is about


def _readable(iso: str) -> str:
    """"2026-11-30T21:41:51Z" as "2026-11-30 21:41 UTC"."""
    return f"{iso[:10]} {iso[11:16]} UTC" if len(iso) >= 16 else iso


def side_of(s: SentenceReport, where: str, checked_at: str = "") -> Side:
    p = s.primary
    source = f"{p.source} ({TYPE_LABELS.get(p.source_type, p.source_type)})" if p else ""
    return Side(where, s.index, s.text, source, tuple(f.text for f in s.numbers), checked_at)


def _as_written(text: str, key: str) -> str:
    at = text.lower().find(key)
    return text[at:at + len(key)] if at >= 0 else key


def matched(a: SentenceReport, b: SentenceReport, lang: str) -> tuple[str, ...]:
    shared = conflicts_mod.proper_names(a.text, lang) & conflicts_mod.proper_names(b.text, lang)
    out = [f"tên: {_as_written(a.text, n)}" for n in sorted(shared)]
    units = sorted({f.unit for f in a.numbers if f.kind == "count"} & {f.unit for f in b.numbers if f.kind == "count"})
    out += [f"đơn vị: {u}" for u in units if u]
    pa, pb = a.primary, b.primary
    if pa and pb and pa.source == pb.source:
        out.append(f"cùng nguồn: {pa.source}")
    return tuple(out)


def conflict_view(report: ArticleReport, c: conflicts_mod.Conflict, other: SentenceReport | None = None,
                  other_title: str = "", other_checked_at: str = "", this_checked_at: str = "") -> ConflictView:
    """Both sides of one conflict. `other` is the other sentence when it is in another article
    (loaded from the archive); inside one article it is found in the report."""
    mine = report.sentences[c.sentence]
    if c.other_article is None:
        other = report.sentences[c.other_sentence]
        first, second = sorted((mine.index, other.index))
        later = f"Câu {second + 1} đứng sau câu {first + 1} trong bài: nếu là tin cập nhật, câu sau mới hơn."
        other_side = side_of(other, "bài này")
    else:
        if other is None:  # the other article is gone from the archive: show what the conflict kept
            other_side = Side(other_title or f"bài {c.other_article}", c.other_sentence, c.other_text, "", ())
            later = ""
        else:
            other_side = side_of(other, other_title or f"bài {c.other_article}", other_checked_at)
            when = _readable(other_checked_at)
            later = (f"Bài kia được kiểm tra trước ({when}); bài này mới hơn."
                     if other_checked_at and this_checked_at and other_checked_at <= this_checked_at else
                     f"Bài kia được kiểm tra sau ({when})." if other_checked_at else "")
    shared = matched(mine, other, report.language) if other is not None else ()
    return ConflictView(CONFLICT_LABELS.get(c.kind, c.kind), c.reason, c.score, side_of(mine, "bài này", this_checked_at),
                        other_side, shared, later, conflicts_mod.is_conflict(c.kind), (c.figure, c.other_figure))
