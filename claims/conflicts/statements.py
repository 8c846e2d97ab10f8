"""Statements: a denial of another party's claim, a rumour and the authority's answer, and one
statement negated by another source (opposite actions and stances are `stances`)."""
from __future__ import annotations

import re
from functools import lru_cache

from .. import lexicon
from ..numbers import extract
from .base import ClaimView, proper_names, similarity, squash, topic_terms
from .parties import same_party
from .stances import polarity


@lru_cache(maxsize=8192)
def has_denial(text: str, lex) -> str | None:
    low = re.sub(lex.OFFENCE_LABELS, " ", text.lower())  # "xử lý hành vi đăng tin sai sự thật": a charge
    for marker in sorted(lex.DENIAL_MARKERS, key=len, reverse=True):
        if marker not in low:  # most claims deny nothing: skip the regex
            continue
        for m in re.finditer(re.escape(marker), low):
            clause = re.split(r"[,;:]", low[:m.start()])[-1]
            if re.search(r"(?<!\w)nếu(?!\w)", clause):
                continue  # "nếu thông tin được xác định là bịa đặt": a condition, no denial
            if re.match(lex.NOT_A_DENIAL_AFTER.get(marker, r"(?!)"), low[m.end():]):
                continue  # "không có cơ sở nào tiếp nhận ...": no facility, not "groundless"
            return marker
    return None


def leaves_open(text: str, lex) -> bool:
    low = text.lower()
    return any(re.search(rf"(?<!\w){re.escape(m)}(?!\w)", low) for m in lex.OPEN_QUESTION_MARKERS)


LEAD_SENTENCES = 3  # the headline and the lead: where a story states its denial before the claim


@lru_cache(maxsize=16384)  # compare() and within() both ask for each pair
def denial_evidence(denier: ClaimView, other: ClaimView, lang: str = "vi") -> tuple[float, str] | None:
    """(score, marker) when `denier` denies something and `other` is a claim it may be answering:
    both sides credited to different sources, about the same names or terms."""
    lex = lexicon.get(lang)
    marker = has_denial(denier.text, lex)
    if not marker or not other.source or not denier.source or other.source == denier.source \
            or has_denial(other.text, lex):
        return None
    if same_party(denier, other, lex):
        return None  # "ông X, Phó Tổng giám đốc ngân hàng Y" speaks for the bank that denies
    if denier.article is None and other.article is None and other.ref > denier.ref + 1 and not denier.headline \
            and denier.ref > LEAD_SENTENCES and not re.match(lex.EARLIER_OPENER, other.text, re.I) \
            and not re.search(lex.ACCUSATION_WORDS, other.text, re.I):
        # inside one article a denial answers what was said before it, or a later sentence that
        # accuses or complains ("nhiều hộ dân phản ánh ...") or says it came before ("Trước đó,
        # ..."); not an official's later confirmation or a lawyer's analysis
        return None
    if denier.article is None and other.article is None and other.ref > denier.ref \
            and re.search(lex.ANAPHORIC_TARGET, denier.text, re.I):
        return None  # "bác bỏ thông tin này" answers what came before it, never a later claim
    if _seconds(denier.text, marker) and not polarity(_said(other), lex):
        return None  # "Công an tỉnh cũng bác bỏ ..." after "... không thụ lý vụ việc nào": two denials agree
    if marker in lex.NONE_SUCH_MARKERS and re.search(lex.NONE_SUCH_CLAIM, _said(other).lower().strip()) \
            and not re.search(r"(?<!\w)(?:mà|dù|nhưng|khi|vì)\s+(?:\S+\s+){0,2}?(?:không|chưa)\s", _said(other).lower()):
        return None  # "không có chuyện đó" after "Sở khẳng định không có tiêu cực": both say there was none
    at = denier.text.lower().find(marker.lower())
    if at >= 0 and re.match(rf"\W*(?:\w+\s+){{0,3}}?{lex.RUMOUR_MARKERS}", denier.text[at + len(marker):at + len(marker) + 80], re.I) \
            and not is_rumour(other.text, lex) and not re.search(lex.ONLINE_POSTS, other.text, re.I):
        return None  # "phủ nhận thông tin trên mạng xã hội cho rằng ...": it answers the rumour, not the police's finding
    if marker in lex.PLAIN_NEGATION_MARKERS and not _names_what_was_said(denier.text, marker, lex) \
            and not is_rumour(other.text, lex) and not re.search(lex.ONLINE_POSTS, other.text, re.I) \
            and not _negates_their_words(denier.text, marker, other.text, lex):
        # "... không hề có biển cảnh báo" after "phải được cảnh báo, cấm đường": a negative fact of
        # its own, no answer to anyone ("hoàn toàn không xả thải ra sông Cầu" does answer "xả thải
        # chưa qua xử lý ra sông Cầu")
        return None
    matter = same_matter(denier, other, lang, lex)
    if matter is None:
        return None
    shared_names, shared_terms, anaphoric = matter
    bonus = 0.05 * min(len(shared_names), 3) + 0.04 * min(len(shared_terms), 6)
    if _act_answered(denier.text, marker, other.cue, lex):
        bonus += 0.6  # "bác bỏ lời khai này" answers what was "khai", not the forensic finding before it (nor words alike)
    if denier.cue and has_denial(denier.cue, lex):
        bonus += 0.25  # the denial is the statement itself ("X bác bỏ ..."), not a word in a quote
    if anaphoric:
        bonus += 0.15 / abs(denier.ref - other.ref)  # the nearest claim before
    owner = re.search(lex.STATEMENT_OWNER, denier.text)
    if owner and other.mention and owner.group(1).strip().lower() in other.mention.lower():
        bonus += 0.3  # "tuyên bố của Israel" answers the claim of Israel's prime minister
    if other.source_type == "media" and re.search(lex.MEDIA_WORDS, denier.text, re.I):
        bonus += 0.3  # "báo chí / truyền thông kết luận thiếu cơ sở" answers a media report
    return squash(0.45 + similarity(denier.text, other.text, lang) + bonus), marker


def _names_what_was_said(denier: str, marker: str, lex) -> bool:
    """The denial points back at something said ("thông tin trên"), or names it as its object in
    the marker's own clause ("thông tin ... là không chính xác"), not only a fact it negates ("người phụ trách công bố
    thông tin của LQA, khẳng định công ty hoàn toàn không ...": another clause's words)."""
    if re.search(lex.ANAPHORIC_TARGET, denier, re.I):
        return True  # "Liên quan đến thông tin trên, bà X khẳng định không hề có ...": wherever it stands
    at = denier.lower().find(marker.lower())
    acts = "|".join(map(re.escape, lex.SPEECH_ACT_NOUNS))
    if at > 0 and re.search(rf"(?<!\w)(?:{acts})(?!\w)[^,;:\"“”]*$", denier[:at].lower()):
        return True  # "kết luận giám định ... là không chính xác", "những phản ánh của phụ huynh là không có cơ sở"
    for m in re.finditer(lex.DENIED_OBJECT, denier, re.I):
        between = denier[m.end():at] if m.end() <= at else denier[at:m.start()]
        if not re.search(r"[,;:\"“”]", between):
            return True
    return False


def _negates_their_words(denier: str, marker: str, other: str, lex) -> bool:
    """The words a plain negation negates (the first five syllables after it) repeat two words
    (two adjacent syllable pairs) of the other claim, or all of them when there are fewer."""
    low = denier.lower()
    at = low.find(marker.lower())
    after = re.findall(r"\w+", low[at + len(marker):])[:5] if at >= 0 else []
    pairs = {f"{a} {b}" for a, b in zip(after, after[1:]) if a not in lex.STOPWORDS or b not in lex.STOPWORDS}
    toks = re.findall(r"\w+", other.lower())
    theirs = {f"{a} {b}" for a, b in zip(toks, toks[1:])}
    return bool(pairs) and len(pairs & theirs) >= min(2, len(pairs))


def _act_answered(denier: str, marker: str, cue: str | None, lex) -> bool:
    """The denial's object is a noun for a kind of statement ("lời khai", "kết luận", "quan điểm")
    and `cue` made that kind of statement ("khai", "kết luận", "cho rằng")."""
    if not cue:
        return False
    low, cue = denier.lower(), cue.lower()
    at = low.find(marker.lower())
    if at < 0:
        return False
    after = low[at + len(marker):at + len(marker) + 40]
    for noun, cues in lex.SPEECH_ACT_NOUNS.items():
        if re.match(rf"\W*(?:(?:các|những|mọi|này|đó)\s+)?{re.escape(noun)}(?!\w)", after):
            return any(re.search(rf"(?<!\w){re.escape(c)}(?!\w)", cue) for c in cues)
    return False


def _seconds(denier: str, marker: str) -> bool:
    """"X cũng bác bỏ ...": the denial joins one made before it (a word or two may stand between)."""
    return bool(re.search(rf"(?<!\w)cũng\s+(?:\S+\s+){{0,2}}?{re.escape(marker)}", denier.lower()))


def same_matter(denier: ClaimView, other: ClaimView, lang: str, lex):
    """What ties a denial to the claim it may answer: shared names, shared two-word terms, or
    "thông tin trên" pointing back to an earlier claim of the article; None when nothing does."""
    # (what both sources' names hold ties nothing: "Ban Quản lý dự án ... TP Cần Thơ" denies no
    # claim of the CDC of that city for sharing its city's name; a name only one source holds
    # still does: the denier named in the claim it answers)
    denier_source, other_source = denier.source or "", other.source or ""
    shared_names = proper_names(denier.text, lang) & proper_names(other.text, lang) \
        - (proper_names(denier_source, lang) & proper_names(other_source, lang))
    shared_terms = topic_terms(denier.text, lang) & topic_terms(other.text, lang) \
        - (topic_terms(denier_source, lang) & topic_terms(other_source, lang))
    anaphoric = bool(re.search(lex.ANAPHORIC_TARGET, denier.text, re.I)) and other.ref < denier.ref \
        and other.article == denier.article
    # (one shared term is enough when the denial names its object and the claim says it: "phủ nhận
    # việc nhân viên quán lớn tiếng với khách" answers "... thì bị lớn tiếng")
    named_object = len(shared_terms) == 1 and re.search(lex.DENIED_OBJECT, denier.text, re.I) is not None \
        and bool(_denied_words(denier.text, lang, lex))
    if not (shared_names or len(shared_terms) >= 2 or anaphoric or named_object):
        return None
    if not anaphoric and not _answers_object(denier.text, _said(other), lang, lex):
        return None  # "bác bỏ thông tin vỡ đập hồ X" does not answer a rainfall figure at lake X
    if not anaphoric and _negates_object(denier.text, _said(other), lang, lex):
        return None  # "... không có nội dung về hạn chế xuất khẩu" agrees with "bác tin hạn chế xuất khẩu"
    return shared_names, shared_terms, anaphoric


def _said(claim: ClaimView) -> str:
    """A claim's words without its source's name: "Hiệp hội các nhà xuất khẩu gạo" says a price,
    not anything about rice exports."""
    text = claim.text
    for name in (claim.mention, claim.source):
        if name and len(name) > 3:
            text = text.replace(name, " ")
    return text


def _answers_object(denier: str, other: str, lang: str, lex) -> bool:
    """Whether `other` says what the denial names as denied: two words of the denied object (one
    if it has one) that are not part of a name ("sập cầu X": "cầu X" alone is only the place).
    True when the denial names no object."""
    words = _denied_words(denier, lang, lex)
    if not words:
        return True
    m = re.search(lex.DENIED_OBJECT, denier, re.I)
    figures = {f.value for f in extract(m.group("object")) if f.kind == "count"} if m else set()
    if figures and not figures & {f.value for f in extract(other) if f.kind == "count"}:
        return False  # "thông tin hơn 200 người nhập viện ... là không đúng": only a claim of those 200
    toks = re.findall(r"\w+", other.lower())
    shared = len(words & set(toks))
    if shared < min(2, len(words)):
        return False
    if shared * 3 >= len(words):
        return True
    # a long denied object ("Quỹ ... mất khả năng thanh toán và sẽ đóng cửa") is answered by a claim
    # that repeats a third of it or its two-syllable words ("khả năng", "đóng cửa"), not by one that
    # shares two scattered syllables ("sẵn sàng hỗ trợ thanh khoản cho quỹ"); one such word is enough
    # for a short object, two for a long one ("... dừng chi trả tiền gửi tiết kiệm từ ngày 15/11" is
    # not answered by "317 khách hàng đến rút tiền gửi")
    pairs = _denied_pairs(denier, lang, lex) & {f"{a} {b}" for a, b in zip(toks, toks[1:])}
    return len(pairs) >= (2 if len(words) >= 6 else 1)


def _negates_object(denier: str, other: str, lang: str, lex) -> bool:
    """Whether `other` negates what the denial names as denied, and so agrees with the denial:
    at the first two words of the object that `other` repeats, a negator a few syllables before
    them ("không có nội dung về hạn chế xuất khẩu" against "bác tin hạn chế xuất khẩu"), or a
    negator right before another word of the object within that stretch ("đập ... không bị vỡ"
    against "bác bỏ thông tin đập ... bị vỡ"). Not a negator before a word the object lacks
    ("bệnh viện không có thuốc" still says the shortage "thiếu thuốc" denies), nor one far before
    ("chưa trả lương ..., nợ lương công nhân" still says "nợ lương công nhân")."""
    m = re.search(lex.DENIED_OBJECT, denier, re.I)
    if not m:
        return False
    words = re.findall(r"\w+", m.group("object").lower())
    pairs = {f"{a} {b}" for a, b in zip(words, words[1:])}
    for none in re.finditer(r"(?<!\w)không (?:hề )?có\s+([^,.;]*?)\s+nào(?!\w)", other.lower()):
        found = re.findall(r"\w+", none.group(1))
        if pairs & {f"{a} {b}" for a, b in zip(found, found[1:])}:
            return True  # "không có vụ tai nạn giao thông nào" against "thông tin ... vì tai nạn giao thông"
    toks = re.findall(r"\w+", other.lower())
    negators = set(lex.POLARITY_NEGATORS)
    for a, b in zip(words, words[1:]):
        at = next((k for k in range(len(toks) - 1) if toks[k] == a and toks[k + 1] == b), None)
        if at is None:
            continue
        if any(n in negators for n in toks[max(0, at - NEGATION_REACH):at]):
            return True
        stretch = toks[at:at + len(words)]  # the repeated words, and a negator slipped in among them
        return any(w in negators and nxt in words and w not in words for w, nxt in zip(stretch, stretch[1:]))
    return False


NEGATION_REACH = 6  # syllables: "không có nội dung về [hạn chế]"


@lru_cache(maxsize=16384)
@lru_cache(maxsize=4096)
def _denied_pairs(denier: str, lang: str, lex) -> frozenset[str]:
    """Two-syllable words of what a denial names as denied, neither syllable a stopword, a name's or a number."""
    m = re.search(lex.DENIED_OBJECT, denier, re.I)
    if not m:
        return frozenset()
    names = set(" ".join(proper_names(denier, lang)).lower().split())
    words = re.findall(r"\w+", m.group("object").lower())
    keep = lambda w: w not in lex.STOPWORDS and w not in names and not w.isdigit()  # noqa: E731
    return frozenset(f"{a} {b}" for a, b in zip(words, words[1:]) if keep(a) and keep(b))


def _denied_words(denier: str, lang: str, lex) -> frozenset[str]:
    """The words of what a denial names as denied, beyond names and stopwords; empty when it names
    nothing (read once per denial, not once per claim it is compared with)."""
    m = re.search(lex.DENIED_OBJECT, denier, re.I)
    if not m:
        return frozenset()
    names = " ".join(proper_names(denier, lang)).lower().split()
    return frozenset(w for w in re.findall(r"\w+", m.group("object").lower())
                     if w not in lex.STOPWORDS and w not in names and not w.isdigit())


@lru_cache(maxsize=16384)
def is_rumour(text: str, lex) -> bool:
    """Whether the sentence says what spreads on social media; one that only speaks about it
    ("phát đi thông báo về thông tin lan truyền trên mạng ...") answers it instead."""
    m = re.search(lex.RUMOUR_MARKERS, text, re.I)  # the first marker: the rest run on from it
    return bool(m) and not re.search(lex.ABOUT_A_RUMOUR, text[:m.start()], re.I)


@lru_cache(maxsize=16384)
def rumour_denial_evidence(denier: ClaimView, other: ClaimView, lang: str = "vi") -> float | None:
    """A score when `other` reports what spreads on social media ("lan truyền trên mạng xã hội",
    credited to anyone or nobody) and `denier`, an authority, denies it about the same matter."""
    lex = lexicon.get(lang)
    if denier.source_type not in lex.AUTHORITY_TYPES or other.source_type in lex.AUTHORITY_TYPES \
            or denier.source == other.source or not is_rumour(other.text, lex) or has_denial(other.text, lex) \
            or not (has_denial(denier.text, lex) or _negates_the_rumour(denier.text, other.text)) \
            or same_party(denier, other, lex):
        # (the cheap tests first: most pairs hold no rumour; the negation search reads both texts)
        # (an authority that speaks of the rumour, "Công ty phát đi thông báo về thông tin lan
        # truyền ...", is answering it, not spreading it)
        return None
    matter = same_matter(denier, other, lang, lex)
    if matter is None:
        return None
    shared_names, shared_terms, anaphoric = matter
    bonus = 0.05 * min(len(shared_names), 3) + 0.04 * min(len(shared_terms), 6) + (0.1 if anaphoric else 0.0)
    return squash(0.5 + similarity(denier.text, other.text, lang) + bonus)


def _negates_the_rumour(denier: str, rumour: str) -> bool:
    """"cầu X không có nguy cơ sập" against "xuất hiện thông tin cầu X có nguy cơ sập": the
    authority says, negated, three or more words the rumour says plainly."""
    low, den = rumour.lower(), denier.lower()
    if re.search(r"(?<!\w)(?:xác nhận|thừa nhận)(?!\w)", den):
        return False  # "xác nhận cháu bé bị bỏ quên ..., tài xế không phát hiện ...": it confirms
    for m in re.finditer(r"(?<!\w)(?<!hàng )(?:không|chưa)(?!\s+(?:khí|gian|quân|phận)(?!\w))(?:\s+(?:hề|hề có))?"
                         r"\s+((?:\w+\s+){2,3}\w+)", den):
        said = m.group(1)
        subject = den[:m.start()].split()[-2:]  # "cầu Long Hòa không có ...": who the words are said of
        for phrase in (said, said[3:] if said.startswith("có ") else None):
            if not phrase:
                continue
            at = low.find(phrase)
            if at < 0 or re.search(r"(?<!\w)(?:không|chưa)\s+(?:\w+\s+)?$", low[:at]):
                continue
            if subject and " ".join(subject) not in low[max(0, at - 40):at]:
                continue  # the rumour says it of someone else
            return True
    return False


def answered_clause(denier: ClaimView, other: ClaimView, lang: str) -> str:
    """The clause of `other` the denial is about: the one sharing most names and terms with it."""
    keys = proper_names(denier.text, lang) | topic_terms(denier.text, lang)
    clauses = [c for c in re.split(r"[,;:]", other.text) if c.strip()] or [other.text]
    return max(clauses, key=lambda c: len(keys & (proper_names(c, lang) | topic_terms(c, lang))))


def own_figures(text: str, frs, lex):
    """The claim's own figures: not one inside what it denies ("Sở Y tế bác thông tin 100 học sinh
    nhập viện": the 100 is the rumour's), that is after a denying verb in the same clause."""
    m = _denying_rx(lex).search(text.lower())
    if m is None:
        return frs
    # (up to a clause of its own: "... và cho biết xã đã chi 1,2 tỷ"; "nợ lương và nợ bảo hiểm 2 tỷ" is all denied)
    end = m.end() + len(_own_clause_rx(lex).split(text[m.end():])[0])
    return tuple(fr for fr in frs if not m.end() <= fr.figure.start < end)


@lru_cache(maxsize=4)
def _own_clause_rx(lex) -> re.Pattern:
    cues = "|".join(map(re.escape, sorted(lex.PERSON_SPEECH_CUES, key=len, reverse=True)))
    return re.compile(rf"[,;:.](?!\d)|\svà\s+(?:(?:đã|cũng)\s+)?(?:{cues})(?!\w)")


@lru_cache(maxsize=4)
def _denying_rx(lex) -> re.Pattern:
    return re.compile(rf"(?<!\w)(?:{'|'.join(map(re.escape, lex.DENYING_VERBS))})(?!\w)")
