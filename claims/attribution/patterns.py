"""Shared text helpers and the compiled patterns of one language's attribution tables."""
from __future__ import annotations

import re
from functools import lru_cache
from typing import Sequence

from .. import lexicon

MASK = "░"  # stands for quoted characters, so no rule mistakes quoted words for the sentence's own
OPEN_Q = "“«„‘"
CLOSE_Q = "”»’"
STRAIGHT_Q = '"'
# An outlet's dateline tag before the first sentence: "TP - ", "VOV.VN - ", "(Chinhphu.vn) - "
OUTLET_TAG = r"\s*(?:\([A-ZĐ][^()]{1,24}\)|[A-ZĐ][\w.]{0,14})\s+[-–]\s+"


def said_by(lex) -> str:
    """What someone said, then whose it is: a quantifier and up to two words of description may
    stand around the statement noun ("các công bố ban đầu từ X", "những đánh giá mới nhất của X");
    a third word is a clause of its own. The owner follows the returned pattern."""
    return (rf"(?:(?:{words_alt(lex.ANONYMOUS_QUANTIFIERS)})\s+)?(?:{words_alt(lex.STATEMENT_NOUNS)})"
            rf"(?:\s+[^\W\d]\w*){{0,2}}?\s+(?:từ|của)\s+")


def words_alt(words: Sequence[str]) -> str:
    return "|".join(re.escape(w) for w in sorted(set(words), key=len, reverse=True))


@lru_cache(maxsize=8)
def patterns(lang: str) -> dict:
    lex = lexicon.get(lang)
    cues = words_alt(list(lex.SPEECH_CUES) + list(lex.FINDING_CUES))
    titles = words_alt(lex.PERSON_TITLES)
    weekdays = words_alt(lex.WEEKDAY_NUMBERS)
    return {
        "cue": re.compile(rf"(?<![\w{MASK}])(?:{cues})(?![\w])", re.I),
        # the speaker naming themself in their own quote ("Tôi là Nguyễn Văn Thành", "cháu tên là Tí")
        # (opening the quote or a clause of it: "Đồng đội tôi là anh X", "Vợ tôi là X" name someone else)
        "self_introduced": re.compile(rf"(?:^|[“\"(,.:;!?…-]\s*)(?:{words_alt(lex.FIRST_PERSON_WORDS)})\s+(?:tên\s+(?:là\s+)?|là\s+)"
                                      rf"(?:(?:{titles})\s+)?$", re.I),
        # a clause of when after a tag's verb ('”, ông Ba hỏi khi chiếc đò rời bến'): no part of the tag
        "when_clause": re.compile(rf"\s(?:{words_alt(lex.WHEN_CLAUSE_LEADS)})\s", re.I),
        "colon_tag_cue": re.compile(rf"(?<![\w{MASK}])(?:{words_alt(lex.QUOTE_TAG_VERBS)})(?=\s*:\s*[“\"{MASK}])", re.I),
        "tag_cue": re.compile(rf"(?<![\w{MASK}])(?:{words_alt(lex.QUOTE_TAG_VERBS)})(?=\s*[.!?…]*\s*$)", re.I),
        # a closed quote, its speaker and a manner verb, then what the speaker did
        # ('"...", ông Sáu cười, mắt nhìn ra sông.'): right after the quote, nothing between
        "tag_cue_comma": re.compile(rf"{MASK}[”\"»]?\s*[,–-]\s*(?P<who>[^,{MASK}]{{2,40}}?)\s+"
                                    rf"(?P<cue>{words_alt(lex.QUOTE_TAG_VERBS)}),\s", re.I),
        # a closed quote and, after a comma, its speaker and any short verb phrase ending the
        # sentence ('"...", anh Lực nghẹn giọng.'): the tag's place makes it one, whatever the verb
        "quote_tail": re.compile(rf"{MASK}[”\"»]?\s*[,–-]\s*(?P<who>[^,{MASK}]{{2,40}}?)\s+"
                                 rf"(?P<cue>[a-zà-ỹđ]+(?:\s+[a-zà-ỹđ]+){{0,2}})\s*[.!?…]*\s*$"),
        # the same tag, then what the speaker did after a comma ('"...", anh Sinh đáp, mắt nhìn lên mái.')
        "quote_tail_comma": re.compile(rf"{MASK}[”\"»]?\s*[,–-]\s*(?P<who>[^,{MASK}]{{2,40}}?)\s+"
                                       rf"(?P<cue>[a-zà-ỹđ]+(?:\s+[a-zà-ỹđ]+){{0,2}}),\s+[^{MASK}]*$"),
        # a tag after a quote whose speaker follows the verb ('"..." - vừa nói ông Sáu vừa kéo lưới')
        "while_tag": re.compile(rf"{MASK}[”\"»]?\s*[,–-]\s*{lex.WHILE_PAIR}\s+(?P<cue>{cues})\s+"
                                rf"(?P<who>[^,{MASK}]{{2,40}}?)\s+{lex.WHILE_PAIR}\s", re.I),
        "title_start": re.compile(rf"^(?:(?:{titles})\s+)+", re.I),
        "title_any": re.compile(rf"(?<!\w)(?:{titles})(?!\w)", re.I),
        # "Theo X, ...", also after an adverbial or a conjunction that opens the sentence
        # ("Nhưng theo ông Nam, ...", "Còn theo bà Hoa, ...", "Tuy nhiên, theo ...")
        "lead_theo": re.compile(rf"^(?:{OUTLET_TAG})?(?:(?:{words_alt(lex.LEADING_ADVERBIALS + lex.DISCOURSE_PREFIXES + lex.COORDINATORS)})"
                                rf"\s*,?\s*){{0,2}}(?:cũng\s+)?({words_alt(lex.SOURCE_PREPOSITIONS)})\s+", re.I),
        "rumour_lead": re.compile(lex.RUMOUR_LEAD, re.I),
        "name_comma": re.compile(lex.NAME_COMMAS, re.I),
        # what someone is called ("người trong làng quen gọi “ông Bảy Thạnh”"), right before the quote
        # (or after "là" without quotation marks: "người mà cả xóm quen gọi là ông Tư Sáng"; a bare
        # "gọi ông Y" is a call)
        # ("trong xóm quen gọi Hai Cường": a habit of calling needs no "là"; "được gọi" does)
        "someone_new": re.compile(lex.SOMEONE_NEW),
        "out_of_telling": re.compile(rf"(?<!\w)(?:{words_alt(lex.OUT_OF_TELLING)})(?!\w)", re.I),
        "called_by": re.compile(rf"(?<!\w)(?:(?:quen|thường|hay|vẫn|được)\s+gọi\s+là\s*[“\"]?|(?:quen|thường|vẫn)\s+gọi\s+[“\"]?|"
                                rf"(?:{words_alt(lex.NICKNAME_LEADS)})(?:\s+là)?\s*[“\"])\s*$", re.I),
        # "Người làng quen gọi ông là “ông Khởi Bễ”", "xã gọi bà bằng cái tên thân mật “mế Thoa”":
        # the name a pronoun's person is called by (the one named before; not "gọi ông bằng điện thoại")
        "called_pronoun": re.compile(rf"(?<!\w)(?:gọi|kêu)\s+(?P<pron>{words_alt(tuple(p for p in lex.PRONOUN_GENDER if ' ' not in p))})"
                                     rf"\s+(?:là|bằng\s+(?:cái\s+)?(?:tên|biệt danh)(?:\s+\w+){{0,2}})\s*[“\"]?\s*$", re.I),
        # a name someone is called by, written without quotes ("người trong xóm gọi là Út Lộc", "bà
        # con gọi thân mật là cô Út", "quen gọi anh là Nghĩa Còi"): its capitalised words, after any title
        "called_name": re.compile(rf"(?<!\w)(?:gọi|kêu)(?:\s+(?P<pron>{words_alt(tuple(p for p in lex.PRONOUN_GENDER if ' ' not in p))}))?"
                                  rf"(?:\s+(?:thân mật|trìu mến|vui))?\s+là\s+(?:(?P<title>{words_alt(tuple(lex.KIN_TITLES))})\s+)?"
                                  rf"(?P<nick>[{lex.UPPER}][^\W\d_]*(?:\s+[{lex.UPPER}][^\W\d_]*){{0,2}})"),
        # a sign, a letter, a screen ("anh chỉ lên tấm biển:", "trên màn hình hiện:"): what follows is written there
        # what figures or papers show ("... cho thấy", "... chỉ ra"): a finding, not speech
        "shows": re.compile(rf"(?<!\w)(?:{words_alt(lex.SHOWING_CUES)})(?!\w)", re.I),
        "written_thing": re.compile(rf"(?<!\w)(?:{words_alt(lex.WRITTEN_MEDIA_NOUNS)})(?!\w)", re.I),
        "shown_by": re.compile(rf"(?<!\w)(?:{words_alt(lex.DOCUMENT_HEADS)})\s+do\s+(?P<agent>[^,;:]{{2,60}}?)\s+"
                               rf"(?:{words_alt(lex.PUBLISH_VERBS + lex.HANDING_VERBS)})"
                               # (where or when it was published: "do Cục X công bố tại họp báo [cho thấy]")
                               rf"(?:\s+(?:{words_alt(lex.PUBLISHED_WHERE_OR_WHEN)})\s+[^,;:]{{1,40}}?)?"
                               rf"\s+(?P<cue>cho thấy|chỉ ra)(?!\w)", re.I),
        # "Các công bố ban đầu từ các quan chức X cho thấy ...", "Đánh giá của Y chỉ ra ...": the
        # sentence's subject is what someone said, and it speaks for them (figures and results
        # "cho thấy" on their own: "Số liệu của X cho thấy" is the guideline's non-human subject)
        "shown_from": re.compile(rf"^(?:(?:{words_alt(lex.LEADING_ADVERBIALS + lex.DISCOURSE_PREFIXES + lex.COORDINATORS)})\s*,?\s*)?"
                                 rf"{said_by(lex)}(?P<agent>[^,;:]{{2,60}}?)\s+(?P<cue>cho thấy|chỉ ra)(?!\w)", re.I),
        # "..., theo lời bị cáo, ...": a credit set between two commas inside the sentence
        # (or closing it: "..., theo tạp chí X số ra tháng 11.")
        "mid_theo": re.compile(rf"(?:,|(?<!\w)(?:{words_alt(lex.MID_THEO_OPENERS)}))\s*({words_alt(lex.SOURCE_PREPOSITIONS)})\s+([^,;:]+?)\s*(?:,|[.!…]?[\"”]?\s*$)", re.I),
        "post_theo": re.compile(rf",\s*({words_alt(lex.SOURCE_PREPOSITIONS)})\s+([^,;:]+?)\s*[.!?…]*\s*$", re.I),
        "vague_lead": re.compile(rf"^(?:{words_alt(lex.VAGUE_LEADS)})\s*,", re.I),
        "relay": re.compile(rf"(?<!\w)(?:{words_alt(lex.RELAY_CUES)})(?!\w)", re.I),
        "hedge": re.compile(rf"(?<!\w)(?:{words_alt(lex.HEDGES)})(?!\w)", re.I),
        "cap_run": re.compile(r"(?:(?:[A-ZÀ-Ỹ][\w'’.-]*|al-[\w-]+|bin|de|van|von|der|la|ibn|el-[\w-]+)\s*)+"),
        # lower-case only: a tail is never the sentence's first word, and "báo Học Đường Ngày Nay"
        # ends in a name, not in "today"; "qua" and "nay" only after a time word ("được X thông qua"
        # is a verb); a weekday is "thứ" and its number ("thứ trưởng" is a deputy minister)
        "time_tail": re.compile(
            r"(?:\s+(?:vào|hôm|hồi(?=\s+(?:tháng|đầu|cuối|giữa|năm|sáng|chiều|tối|trưa|đêm|\d))|(?:ngày|sáng|trưa|chiều|tối|đêm)(?:\s+(?:qua|nay))?|rạng sáng|năm nay|năm qua|(?:vừa|thời gian|hiện|mới)\s+(?:qua|nay)|cùng ngày|hôm nay|hôm qua|tuần này|tuần trước|"
            r"tuần qua|tháng này|tháng trước|tháng qua|năm ngoái|tháng\s+\d{1,2}(?:/\d{4})?|năm\s+\d{4}|"
            r"mới đây|gần đây|trước đó|sau đó|thứ\s+(?i:" + weekdays + r"|\d)|\d{1,2}[/.-]\d{1,2}(?:[/.-]\d{2,4})?|(?!24h\s*$)\d{1,2}h\d*)\s*)+$"),  # ("Xứ Nghệ 24h": an outlet's name, no hour)
        # a time set before the subject with no comma ("hồi tháng 10/2025 báo Thanh Niên [phản ánh]")
        "time_head": re.compile(lex.TIME_BEFORE_SUBJECT, re.I),
        "split": re.compile(r"\s*[,;:]\s*|\s+[-–—]\s+"),
    }


def strip_words(s: str, words: Sequence[str], at_end: bool) -> str:
    changed = True
    low_words = sorted({w.lower() for w in words}, key=len, reverse=True)
    while changed and s:
        changed = False
        low = s.lower()
        for w in low_words:
            if at_end and (low == w or low.endswith(" " + w)):
                s = s[: len(s) - len(w)].rstrip()
                changed = True
                break
            if not at_end and (low == w or low.startswith(w + " ")):
                s = s[len(w):].lstrip()
                changed = True
                break
    return s


def ends_with_entry(words: Sequence[str], table) -> bool:
    """Whether the last word, or the last two, of `words` are an entry of `table` ("sẽ", "dự
    kiến"; "ký", "ban hành")."""
    return any(" ".join(words[-k:]) in table for k in (1, 2) if len(words) >= k)


def starts_with_any(s: str, items: Sequence[str]) -> str | None:
    """The longest entry of `items` that `s` begins with as whole words (then a space, a comma or
    the end), as written in `s`; None if none does."""
    low = s.lower()
    by_first, always = _first_word_index(items)
    tried = by_first.get(low.split(" ", 1)[0].split(",", 1)[0], ())
    if always:
        tried = sorted((*tried, *always), key=lambda e: len(e[0]), reverse=True)
    for w, wl in tried:
        if low == wl or low.startswith(wl + " ") or low.startswith(wl + ","):
            return s[: len(w)]
    return None


_INDEXES: dict[int, tuple[Sequence[str], dict, tuple]] = {}


def _first_word_index(items: Sequence[str]) -> tuple[dict, tuple]:
    """Entries grouped by their first word, longest first, built once per table: this test runs
    hundreds of thousands of times per batch (features of every candidate), and sorting and
    lowering the whole table each time was half the cost of attribution. Entries whose first
    word holds a comma cannot be found by a sentence's first word and are always tried."""
    hit = _INDEXES.get(id(items))
    if hit is not None and hit[0] is items:
        return hit[1], hit[2]
    by_first: dict[str, list] = {}
    always = []
    for w in sorted(items, key=len, reverse=True):
        wl = w.lower()
        head = wl.split(" ", 1)[0]
        if "," in head or not head:
            always.append((w, wl))
        else:
            by_first.setdefault(head, []).append((w, wl))
    index = ({k: tuple(v) for k, v in by_first.items()}, tuple(always))
    if len(_INDEXES) > 512:  # tables built on the fly by a caller: keep the cache bounded
        _INDEXES.clear()
    _INDEXES[id(items)] = (items, *index)
    return index


# Arabic names' article before a capital ("al-Mansi", "el-Sisi"): a name's word all the same
_NAME_PARTICLE = re.compile(r"(?:al|el|ad|ar|as|an|at|az|ash)-[A-ZĐ]")


def is_cap(tok: str) -> bool:
    t = tok.lstrip("(\"“'")
    return bool(t) and (t[0].isupper() or t[0].isdigit() and any(c.isupper() for c in t)
                        or bool(_NAME_PARTICLE.match(t)))


def right_after_speaker(before: str, lex) -> bool:
    """Whether the text before a cue ends with its speaker: a person's name ("Ông Y Kông than"), a
    pronoun ("bà than") or the comma closing an apposition ("Bà Thu, 67 tuổi, than"); not a place
    or a company ("Ở Quảng Ninh than", "của TKV than sạch": coal)."""
    from .names import names_in  # (names reads this module's helpers)

    words = before.split()
    if not words:
        return False
    if words[-1].endswith(",") or words[-1].lower() in lex.PRONOUN_GENDER:
        return True
    tail = " ".join(words[-4:])
    return any(tail.endswith(name) for name, _, _ in names_in(tail, lex))


def is_short_form(s: str, lex) -> bool:
    """What a body's short form in brackets looks like ("EVN", "VietStar Tech"): at most three
    words, each capitalised or a number, not a body of its own ("Bộ Y tế"), a place or a country."""
    words = s.split()
    return 0 < len(words) <= 3 and all(w[:1].isupper() or w[:1].isdigit() for w in words) \
        and not starts_with_any(s, lex.ORG_HEADS) and s not in lex.PLACES and s not in lex.COUNTRY_NAMES


def bracketed(name: str) -> tuple[str, str] | None:
    """A name that ends with something in brackets, split: "Tập đoàn Điện lực Việt Nam (EVN)" ->
    ("Tập đoàn Điện lực Việt Nam", "EVN"); `is_short_form` says whether that is a short form."""
    both = re.fullmatch(r"(.+?)\s*\(([^()]{2,40})\)\s*", name)
    return (both.group(1), both.group(2).strip()) if both else None


def heads_one_of_some(mention: str) -> bool:
    """"Giám đốc một công ty may ở Long An", "Lãnh đạo một doanh nghiệp ...": a role (up to three
    words) held in some one body, not named: one unnamed person."""
    return bool(re.match(r"\S+(?:\s+\S+){0,2}\s+một\s", mention.lower()))


def theo_not_source(x: str, lex) -> bool:
    """What follows "theo" is no source ("đề nghị của", "quy định"); but "theo luật sư X" is one."""
    hit = starts_with_any(x, lex.THEO_NOT_SOURCE)
    if not hit:
        return False
    title = starts_with_any(x, lex.PERSON_TITLES)
    if title and len(title) > len(hit):
        return False
    said = starts_with_any(x, lex.STATEMENT_NOUNS)
    if said and len(said) > len(hit):
        return False  # "theo cách tính của anh X": his reckoning ("theo cách" alone: in the way)
    from .names import names_in  # (names reads this module's helpers)

    # "Theo hướng dẫn viên Trần Thị Bích", "Theo luật gia Phạm Văn Đức": a role the table lacks,
    # then a person's name; the person speaks
    # ("Theo đề nghị của ông X": his request, not his word)
    return " của " in f" {x.lower()} " or not names_in(x, lex)


class Found:
    """A span found by hand, read as a match (start, end, group)."""

    def __init__(self, text: str, start: int, end: int):
        self._t, self._s, self._e = text, start, end

    def start(self) -> int:
        return self._s

    def end(self) -> int:
        return self._e

    def group(self, _: int = 0) -> str:
        return self._t[self._s:self._e]


def described_sex(phrase: str, lex) -> str | None:
    """The sex a description of someone opens with, then what they are or do ("cô sinh viên năm
    hai", "chàng trai 19 tuổi", "anh thợ hồ"): "f" or "m"; None for no such description."""
    words = phrase.strip().split()
    for n in (2, 1):
        head = " ".join(words[:n]).lower()
        sex = lex.GENDERED_NOUNS.get(head) or (lex.PRONOUN_GENDER.get(head) if head in lex.KIN_TITLES else None)
        if sex and len(words) > n and (words[n][:1].islower() or words[n][:1].isdigit()):
            return sex
    return None


def named_then_described(text: str, lex) -> tuple[str, str, str] | None:
    """"Ngân, cô sinh viên năm hai ..., nói": a given name alone opens `text`, a description of
    who they are follows between commas: (the name, the description, its sex). The caller checks
    the parse reads the word as a name."""
    m = re.match(rf"\s*([{lex.UPPER}][^\W\d_]+),([^,;:]+),", text)
    if m is None or not m.group(1)[1:].islower() or m.group(1) in lex.INTERJECTIONS \
            or m.group(1) in lex.COUNTRY_NAMES or m.group(1) in lex.PLACES or m.group(1) in lex.OUTLETS:
        return None
    sex = described_sex(m.group(2), lex)
    return (m.group(1), m.group(2).strip(), sex) if sex else None


def asks(verb: str, lex) -> bool:
    """Whether a tag's verb is one of asking ("hỏi", "hỏi tiếp", "gặng hỏi")."""
    verb = (verb or "").lower()
    return any(verb == v or verb.startswith(v + " ") for v in lex.QUESTION_VERBS)


def gives_a_count(after: str, lang: str = "vi") -> bool:
    """Whether what follows a cue gives a count of something reported ("số ca mắc lên 1.240 ca",
    "cập nhật: trong tuần có thêm 85 ca"): a count and a word that says one is reported
    (`COUNT_REPORT_WORDS`); not a time ("điểm thi ... từ 8h sáng mai"), "5 bức ảnh mới", "20 mẫu
    iPhone" (`CUES_NEEDING_A_FIGURE`)."""
    from ..numbers import extract  # (figures are read only for the few cues that need one)
    lex = lexicon.get(lang)
    clause = re.split(r"[;.](?!\d)", after.lstrip(" :,"), maxsplit=1)[0]
    return bool(re.search(rf"(?<!\w)(?:{words_alt(lex.COUNT_REPORT_WORDS)})(?!\w)", clause, re.I)) \
        and any(f.kind == "count" for f in extract(clause, lang))


def says_nothing(lex, kind: str, before: str, after: str) -> bool:
    """A photo's caption whose cue is followed only by to whom and where it was said ("Phó Chủ tịch
    X phát biểu tại hội nghị sáng 9/1. Ảnh: Y"), opening on the speaker (no comma, no passive before
    the cue): a scene, no claim. Body text keeps such a sentence, whose speaker a later "ông" means."""
    return kind == "caption" and "," not in before and not re.search(r"(?<!\w)(?:được|do|bị)(?!\w)", before.lower()) \
        and re.match(lex.SAID_NOTHING_AFTER, after.strip().lower()) is not None
