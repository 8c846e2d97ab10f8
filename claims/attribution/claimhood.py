"""Whether a sentence is a checkable claim: not a question, appeal, byline, CMS alt text or label."""
from __future__ import annotations

import re

from ..nlp import ParsedSentence
from .patterns import starts_with_any
from .types import SentenceIn


def drop_credit(text: str) -> str:
    """A caption without its photo credit ("Ảnh: Bảo Ngọc", "(Nguồn: Reuters)", "Ảnh chụp màn
    hình"): a credit word with its colon, not "Nguồn nước ..." or an "(ảnh trái)" aside."""
    text = re.sub(r"\s*\(\s*(?:ảnh|nguồn|photo)\b[^()]*\)\s*$", "", text, flags=re.I)  # "(Ảnh Reuters)", "(Nguồn ảnh: X)"
    return re.sub(r"(?:\s*\(\s*|(?<=[.!?])\s*|\s[-–]\s)(?:(?:ảnh|nguồn|photo)\s*:|ảnh (?:chụp|cắt|minh họa|minh hoạ)\b).*$",
                  "", text, flags=re.I).strip()


def is_claim(sent: SentenceIn, lex) -> bool:
    """A checkable assertion: not a question, appeal, byline, CMS alt text or bare label."""
    text = sent.text.strip()
    if sent.role in ("byline", "cms_alt") or not text:
        return False
    core = drop_credit(text) if sent.kind == "caption" else text
    if core.rstrip(" .\"”").endswith("?"):
        return False
    if starts_with_any(core, lex.APPEAL_STARTS):
        return False
    if core.endswith(":") and not _has_predicate(core, sent.parsed):
        return False  # a label set before what follows ("BSCKII Hồ Thị Minh Nguyệt:", "Lịch thi:")
    if sent.kind in ("caption",) or sent.role == "subheading":
        return not _is_depiction_label(core, sent.parsed, lex) and _has_predicate(core, sent.parsed)
    return len(core.split()) >= 3 or any(ch.isdigit() for ch in core)


def _has_predicate(text: str, parsed: ParsedSentence | None) -> bool:
    if parsed is None or not parsed.tokens:
        return len(text.split()) >= 6
    toks = [t for t in parsed.tokens if t.start < len(text)]
    seen_noun = False
    for t in toks:
        if t.upos in ("NOUN", "PROPN", "PRON", "NUM"):
            seen_noun = True
        elif t.upos in ("VERB", "ADJ") and seen_noun and t.text[:1].islower():
            return True
    return False


def _is_depiction_label(text: str, parsed: ParsedSentence | None, lex) -> bool:
    """"Cảnh hỗn độn tại X": a photo label headed by a noun of depiction. A figure in it may still
    be checked ("Hiện trường vụ cháy khiến 3 người chết"), so a label with a digit stays a claim."""
    if parsed is None or not parsed.tokens or any(ch.isdigit() for ch in text):
        return False
    return parsed.tokens[0].text.lower() in lex.DEPICTION_HEADS


def asks_what_was_said(text: str, cue: str | None, lex) -> bool:
    """"Chuyên gia nói gì (về giá vàng)?": a question about what someone said credits them with
    nothing: the cue's object is a question word."""
    if not cue or not text.rstrip(" .\"”*").endswith("?"):
        return False
    at = text.rfind(cue)
    after = text[at + len(cue):].strip(" ?\"”*").lower() if at >= 0 else ""
    return any(after == q or after.startswith(q + " ") for q in lex.QUESTION_WORDS)

