"""Text in, articles out: boilerplate dropped, headlines and captions marked, several articles
split apart, dot-obfuscated words restored, sentences cut with offsets into the cleaned text.

Everything here is pure and works on `str`; the language data comes from `claims.lexicon`.
"""
from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from functools import lru_cache

from . import lexicon
from .sentences import cap_length, split_sentences, trim_span

KINDS = ("headline", "body", "caption")
_TERMINAL = ".!?…"


@dataclass(frozen=True)
class Unit:
    """One sentence (or one headline / caption line) of an article."""

    text: str
    start: int  # offsets into CleanArticle.text
    end: int
    kind: str  # "headline" | "body" | "caption"
    role: str | None = None  # "byline", "cms_alt" (headline repeated as image alt text), "subheading"
    paragraph: int = 0


@dataclass(frozen=True)
class CleanArticle:
    title: str | None
    text: str
    units: tuple[Unit, ...]


@dataclass
class _Block:
    text: str
    kind: str
    role: str | None = None
    level: int = 0  # markdown heading level
    lines: list[str] = field(default_factory=list)


# --------------------------------------------------------------------------- de-obfuscation
# A 1-2 letter piece, a dot, then the rest of the syllable in lower case: "t.hiệt", "B.é", "đ.ánh".
_OBFUSCATED = re.compile(r"(?<![\w.@/:])([^\W\d_]{1,2})\.([^\W\d_]{1,7})(?![\w@/]|\.[^\W\d_])", re.UNICODE)
_VOWELS = set("aăâeêioôơuưyáàảãạắằẳẵặấầẩẫậéèẻẽẹếềểễệíìỉĩịóòỏõọốồổỗộớờởỡợúùủũụứừửữựýỳỷỹỵ")


def deobfuscate(text: str) -> str:
    """Restore words written with a dot to dodge filters (`s.át h.ại` -> `sát hại`).

    Numbers (2.500), abbreviations (TP.HCM, U.S., H.Lấp Vò: the part after the dot is capitalised)
    and URLs or e-mail addresses (a dot or slash continues the token) are left alone.
    """

    def fix(m: re.Match[str]) -> str:
        head, tail = m.group(1), m.group(2)
        word = head + tail
        if not tail[0].islower():
            return m.group(0)  # "H.Lấp Vò", "TP.HCM", "V.League": abbreviations
        if not any(ch in _VOWELS for ch in word.lower()):
            return m.group(0)
        if len(tail) == 1 and tail.isascii() and len(head) == 1 and head.isascii():
            return m.group(0)  # "e.g", "a.m": Latin abbreviations
        if head.isupper() and len(head) == 2:
            return m.group(0)  # "TP.hcm"-like or initials
        return word

    return _OBFUSCATED.sub(fix, text)


# --------------------------------------------------------------------------- line classes
@lru_cache(maxsize=8)
def _patterns(lang: str) -> dict[str, re.Pattern[str]]:
    lex = lexicon.get(lang)
    return {
        "boilerplate": re.compile("|".join(f"(?:{p})" for p in lex.BOILERPLATE_LINES), re.I),
        "trailing": re.compile("|".join(f"(?:{p})" for p in lex.TRAILING_BOILERPLATE_HEADERS), re.I),
        "credit_colon": re.compile(
            r"(?:^|(?<=[.!?”\"])\s*|\s[-–]\s|\(\s*)\s*(?:ảnh|nguồn|ảnh minh họa|ảnh minh hoạ|photo|đồ họa|đồ hoạ|video|clip)"
            r"\s*:\s*[^.()\n]{1,60}?\s*\)?\s*\.?\s*\|?\s*$", re.I),
        "credit_dash": re.compile(r"\s[-–]\s(?:ảnh chụp màn hình|ảnh|nguồn|photo)\s+[^.()\n]{1,40}\s*$", re.I),
        "cms_alt": re.compile(lex.CMS_ALT, re.I),
        "timestamp": re.compile(r"\b\d{1,2}:\d{2}(?::\d{2})?\b.*\b\d{1,2}/\d{1,2}/\d{2,4}\b|\b\d{1,2}/\d{1,2}/\d{2,4}\b.*\b\d{1,2}:\d{2}\b"),
        "image_md": re.compile(r"^!\[(?P<alt>[^\]]*)\]\([^)]*\)\s*\|?\s*(?P<rest>.*)$"),
        "heading_md": re.compile(r"^(?P<hashes>#{1,6})\s+(?P<text>.+?)\s*#*$"),
    }


def _strip_table(line: str) -> str:
    """Drop table markup copied from pages: leading `![]() |`, trailing ` |`."""
    line = re.sub(r"^\s*\|\s*", "", line)
    line = re.sub(r"\s*\|\s*$", "", line)
    return line.strip()


def _unmarked(line: str) -> str:
    """A line without Markdown emphasis and link marks."""
    return re.sub(r"\]\([^)]*\)|[*_\[\]]", "", line).strip()


def _is_headline_like(text: str, first: bool = False) -> bool:
    words = text.split()
    # the title may close on a quote with no full stop inside it ("Chủ tịch xã: “Chúng tôi không
    # hề biết”"); once the body has begun, such a line is a quote printed without its stop
    # (a word quoted before the colon too: 'Vụ du khách tố bị "chặt chém", chủ quán: "..."')
    quoted_end = first and text[-1:] in "”\"" and len(text) > 1 and text[-2] not in _TERMINAL and (
        text.count(text[-1]) <= 2 or bool(re.search(r':\s*["“][^"“”]+["”]$', text)))
    return 2 <= len(words) <= 30 and len(text) <= 160 and (text[-1] not in _TERMINAL + ":;,”\"’)»" or quoted_end)


def _blocks(text: str, lang: str) -> list[_Block]:
    pats = _patterns(lang)
    lex = lexicon.get(lang)
    blocks: list[_Block] = []
    in_trailing = False
    next_is_caption = False
    body_seen = False  # (kept as we go: a page of many thousand lines asks it of every line)
    for raw in text.split("\n"):
        line = _strip_table(raw)
        if not line:
            continue
        low = line.lower()
        m_head = pats["heading_md"].match(line)
        if m_head:
            level = len(m_head.group("hashes"))
            if in_trailing and level > 1:
                continue
            in_trailing = False
            blocks.append(_Block(m_head.group("text").strip(), "headline", level=level))
            next_is_caption = False
            continue
        if in_trailing:
            continue
        if pats["trailing"].fullmatch(low.rstrip(" :")):
            in_trailing = True
            continue
        m_img = pats["image_md"].match(line)
        if m_img:
            alt = (m_img.group("alt") or "").strip()
            rest = (m_img.group("rest") or "").strip()
            if alt:
                blocks.append(_Block(alt, "caption"))
            if rest:
                blocks.append(_Block(rest, "caption"))
            next_is_caption = not (alt or rest)
            continue
        if low in lex.IMAGE_PLACEHOLDERS:
            next_is_caption = True
            continue
        if pats["boilerplate"].fullmatch(low) or pats["boilerplate"].fullmatch(_unmarked(low)):
            continue  # also set in bold or as a link: "**Xem thêm:** ...", "[Xem thêm: ...](url)"
        if len(line) < 90 and pats["timestamp"].search(line):
            continue  # dateline or teaser timestamp: "22/07/2015 11:44 GMT+7"
        if blocks and line[-1] not in _TERMINAL + "”\":" and (  # (a colon ends a lead-in to a list, no teaser)
                150 < len(line) <= 400 and line.count(",") <= 1 and "." not in line or 80 < len(line) <= 400 and ". " not in line and line.count(",") <= 1 and _glued_headlines(line, lex) >= 2):
            continue  # teaser headlines glued into one line ("related stories"); never the first line, the title
        if pats["cms_alt"].search(line):
            blocks.append(_Block(line, "caption", role="cms_alt"))
            next_is_caption = False
            continue
        if pats["credit_colon"].search(line) or pats["credit_dash"].search(line):
            blocks.append(_Block(line, "caption"))
            next_is_caption = False
            continue
        if next_is_caption and len(line) <= 200 and line[-1] not in _TERMINAL:
            blocks.append(_Block(line, "caption"))
            next_is_caption = False
            continue
        next_is_caption = False
        if _is_headline_like(line, first=not body_seen):
            blocks.append(_Block(line, "headline", level=0))
        else:
            blocks.append(_Block(line, "body"))
            body_seen = True
    return blocks


def _glued_headlines(line: str, lex) -> int:
    """How many headline starts hide inside one line: a capitalised ordinary word followed by a
    lower-case one ("... ở Mỹ Một ngày sau ...") that is not a title or a body's name."""
    from .attribution import looks_foreign as _looks_foreign

    heads = {w.split()[0].lower() for w in list(lex.PERSON_TITLES) + list(lex.ORG_HEADS) + list(lex.MEDIA_HEADS)
             + list(lex.PLACE_WORDS)}  # "Khu công nghiệp", "Cầu Rồng": a place's name, no new headline
    words = line.split()
    n = 0
    for k in range(1, len(words) - 1):
        w, nxt = words[k], words[k + 1]
        if w[:1].isupper() and w[1:].islower() and w.isalpha() and nxt[:1].islower() and not _looks_foreign(w) \
                and w.lower() not in heads:
            n += 1
    return n


def _split_articles(blocks: list[_Block], lang: str) -> list[list[_Block]]:
    """A page holds several articles when a later headline is the title of its own images
    ("<title> - Hình 1") or when a first-level Markdown heading follows body text."""
    pats = _patterns(lang)
    alt_titles = {_key(pats["cms_alt"].sub("", b.text)) for b in blocks if b.role == "cms_alt"}
    articles: list[list[_Block]] = []
    current: list[_Block] = []
    for b in blocks:
        starts_new = b.kind == "headline" and current and any(x.kind == "body" for x in current) and (
            _key(b.text) in alt_titles or b.level == 1)
        if starts_new:
            articles.append(current)
            current = []
        current.append(b)
    if current:
        articles.append(current)
    return [a for a in articles if any(b.kind != "caption" or b.role != "cms_alt" for b in a)]


def _key(text: str) -> str:
    return re.sub(r"\W+", " ", text.lower()).strip()


# --------------------------------------------------------------------------- sentences
def split_runin_headline(text: str, lang: str = "vi") -> int | None:
    """Offset where a subheading glued to the first sentence ends, or None.

    Scraped pages often lose the line break after a subheading: "Giá heo tiếp tục tăng Thị
    trường ...". In Vietnamese only names capitalise every syllable, so a capitalised syllable
    between two lower-case ones, with no punctuation before it, starts the body.
    """
    lex = lexicon.get(lang)
    words = list(re.finditer(r"\S+", text))
    limit = min(len(words) - 6, 16)
    for k in range(2, limit):
        w, prev, nxt = words[k].group(), words[k - 1].group(), words[k + 1].group()
        if any(c in words[j].group() for j in range(k) for c in ",.:;?!\"“”"):
            return None
        if not (w[0].isupper() and w[1:].islower() and w.isalpha()):
            continue
        if not prev[0].islower():
            continue
        if not (nxt[0].islower() or nxt[0].isdigit()):
            continue
        pair = f"{w} {nxt}".lower()
        if w.lower() in lex.RUNIN_SENTENCE_STARTS or pair in lex.RUNIN_SENTENCE_STARTS:
            return words[k].start()
    return None


# --------------------------------------------------------------------------- assembly
def clean_text(text: str, lang: str = "vi") -> list[CleanArticle]:
    """The whole cleaning step. Returns at least one article for non-empty text."""
    text = unicodedata.normalize("NFC", text)
    text = deobfuscate(text)
    blocks = _blocks(text, lang)
    articles = []
    for group in _split_articles(blocks, lang):
        art = _assemble(group, lang)
        if art.units:
            articles.append(art)
    return articles


def _assemble(blocks: list[_Block], lang: str) -> CleanArticle:
    parts: list[str] = []
    units: list[Unit] = []
    offset = 0
    title = None
    seen_body = False
    title_at = _title_block(blocks)
    for p, b in enumerate(blocks):
        if parts:
            offset += 2  # "\n\n" between paragraphs
        base = offset
        parts.append(b.text)
        offset += len(b.text)
        if b.kind == "headline":
            if title is None and not seen_body and p >= title_at:
                title = b.text
            role = None if (title == b.text and not seen_body) else "subheading"
            units.extend(Unit(b.text[x:y], base + x, base + y, "headline", role, p)
                         for x, y in cap_length(b.text, 0, len(b.text)))
            continue
        if b.kind == "caption":
            units.extend(Unit(b.text[x:y], base + x, base + y, "caption", b.role, p)
                         for x, y in cap_length(b.text, 0, len(b.text)))
            continue
        spans = [piece for a, e in split_sentences(b.text, lang) for piece in cap_length(b.text, a, e)]
        if not seen_body and title is None and spans:
            cut = split_runin_headline(b.text[spans[0][0]:spans[0][1]], lang)
            if cut is not None:
                a0, b0 = spans[0]
                head = trim_span(b.text, a0, a0 + cut)
                spans = [head, trim_span(b.text, a0 + cut, b0)] + spans[1:]
                units.append(Unit(b.text[head[0]:head[1]], base + head[0], base + head[1], "headline", "subheading", p))
                spans = spans[1:]
        seen_body = True
        for a, e in spans:
            units.append(Unit(b.text[a:e], base + a, base + e, "body", None, p))
    full = "\n\n".join(parts)
    units = _mark_byline(units)
    return CleanArticle(title, full, tuple(units))


def _title_block(blocks: list[_Block]) -> int:
    """Which of the headlines before the body is the title: the first, unless it is a section
    label of a word or three ("Thời sự", "Pháp luật") over a real headline; a Markdown title
    ("# ...") is the title whatever its length."""
    leading = []
    for p, b in enumerate(blocks):
        if b.kind != "headline":
            break
        leading.append(p)
    if len(leading) >= 2 and len(blocks[leading[0]].text.split()) <= 3:
        # a Markdown title ("# ...") stays the title over a lower heading ("## ...")
        later = next((p for p in leading[1:] if len(blocks[p].text.split()) >= 5
                      and (blocks[leading[0]].level != 1 or blocks[p].level == 1)), None)
        if later is not None:
            return later
    return 0


def _mark_byline(units: list[Unit]) -> list[Unit]:
    """The last line of an article that is only capitalised names is the byline (so is "Theo
    Reuters, Bloomberg", the article's credit: "Theo" is capitalised there too)."""
    if not units:
        return units
    last = units[-1]
    # "Bảo Lâm (theo Bloomberg)", "Minh Anh - Theo AFP": the writer and the agency credited
    core = re.sub(r"\s*(?:\(\s*[Tt]heo\s+[^()]+\)|[-–]\s*[Tt]heo\s+.+)$", "", last.text.strip())
    words = core.replace("-", " ").replace("–", " ").split()
    if (1 <= len(words) <= 6 and last.text[-1] not in _TERMINAL and all(w[0].isupper() for w in words)
            and len(units) > 1):
        units[-1] = Unit(last.text, last.start, last.end, "body", "byline", last.paragraph)
    return units
