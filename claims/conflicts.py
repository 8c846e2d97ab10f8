"""Conflicting statements: differing figures for one quantity, a statement and another party's
denial, and opposite claims by different sources. Works on `ClaimView`s, so the same checks run
inside one article and against claims stored from earlier articles."""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Iterable, Sequence

from . import lexicon
from .numbers import Figure, compatible

KINDS = ("number_mismatch", "denial", "contradiction")


@dataclass(frozen=True)
class ClaimView:
    """A claim as the conflict checks see it. `ref` identifies it (sentence index or db id)."""

    ref: int
    text: str
    source: str | None
    source_type: str | None
    figures: tuple[Figure, ...]
    article: str | None = None  # None: the article being analysed
    mention: str | None = None  # the source as written ("Thủ tướng Israel Benjamin Netanyahu")
    cue: str | None = None


@dataclass(frozen=True)
class Conflict:
    sentence: int
    other_article: str | None
    other_sentence: int
    other_text: str
    kind: str
    reason: str
    score: float


_WORD = re.compile(r"[^\W\d_]+", re.UNICODE)


@lru_cache(maxsize=4096)
def topic_terms(text: str, lang: str = "vi") -> frozenset[str]:
    """Syllable bigrams of a sentence (Vietnamese words are mostly two syllables), minus pairs
    of function words; capitalised names are kept whole as single terms too."""
    lex = lexicon.get(lang)
    sylls = [w.lower() for w in _WORD.findall(text)]
    terms = set()
    for a, b in zip(sylls, sylls[1:]):
        if a in lex.STOPWORDS and b in lex.STOPWORDS:
            continue
        terms.add(f"{a} {b}")
    for name in re.findall(r"(?:[A-ZĐ][\w-]+(?:\s+[A-ZĐ][\w-]+)*)", text):
        if len(name) > 2:
            terms.add(name.lower())
    return frozenset(terms)


def similarity(a: str, b: str, lang: str = "vi") -> float:
    ta, tb = topic_terms(a, lang), topic_terms(b, lang)
    if not ta or not tb:
        return 0.0
    return len(ta & tb) / min(len(ta), len(tb)) ** 0.5 / max(len(ta), len(tb)) ** 0.5


_MONEY = {"đồng", "usd", "vnd", "vnđ", "euro", "đô la", "tỷ đồng"}


def _unit_family(f: Figure) -> str:
    """The unit figures are compared under: a rate ("thùng/ngày") is not a total ("thùng"),
    but a price per kilo may be quoted without "/kg"."""
    base = f.unit.split("/")[0].strip()
    return base if base in _MONEY else f.unit.replace(" ", "")


def _casualty(text: str, f: Figure, lex) -> str | None:
    """The harm a figure counts ("27 người chết" -> dead); "34 người chết và mất tích" counts
    two harms together, a different total from either."""
    window = text[f.end: f.end + 60].lower()
    hits = sorted((window.find(w), w, fam) for w, fam in lex.CASUALTY_WORDS.items() if w in window)
    if not hits:
        return None
    pos, word, fam = hits[0]
    for pos2, _, fam2 in hits[1:]:
        gap = window[pos + len(word):pos2]
        if fam2 != fam and re.fullmatch(r"\s*(?:và|hoặc|,|/)\s*", gap):
            return "+".join(sorted((fam, fam2)))
    return fam


def _same_bound_mismatch(a: Figure, b: Figure) -> bool:
    if a.bound == b.bound and a.bound in ("atmost", "atleast", "above", "below"):
        return abs(a.value - b.value) > 1e-9 * max(a.value, b.value, 1)
    return not compatible(a, b)


_TIME_UNITS = {"năm", "tháng", "tuần", "ngày", "giờ", "phút", "giây", "lần", "tuổi"}


@lru_cache(maxsize=8192)
def proper_names(text: str, lang: str = "vi") -> frozenset[str]:
    """Names in a sentence: runs of two or more capitalised words ("Lào Cai", "Benjamin Netanyahu"),
    or one word that is an acronym, foreign-looking or a known country or place. A single
    capitalised Vietnamese syllable ("Bệnh viện", the first word) says nothing by itself."""
    lex = lexicon.get(lang)
    words = re.findall(r"[^\s,.;:()“”\"!?]+", text)
    out = set()
    run: list[str] = []
    for w in words + [""]:
        if w[:1].isupper():
            run.append(w)
            continue
        if len(run) >= 2:
            out.add(" ".join(run).lower())
        elif len(run) == 1:
            one = run[0]
            if (one.isupper() and len(one) > 1) or one in lex.COUNTRY_NAMES or one in lex.PLACES or _foreign(one):
                out.add(one.lower())
        run = []
    return frozenset(out)


def _foreign(word: str) -> bool:
    from .attribution import looks_foreign as _looks_foreign  # the same syllable test the attribution uses

    return _looks_foreign(word)


def number_conflicts(a: ClaimView, b: ClaimView, lang: str = "vi", min_topic: float = 0.25) -> list[tuple[float, str]]:
    """Figures for the same thing that cannot both be true. Same unit (and harm word, if any),
    about the same named matter, no sign in the words before them that they measure different
    things, not a breakdown of a total, not a statement about only some of the things counted."""
    lex = lexicon.get(lang)
    names_a, names_b = proper_names(a.text), proper_names(b.text)
    shared = names_a & names_b
    sim = similarity(a.text, b.text, lang)
    topical = bool(shared) or (not (names_a and names_b) and sim >= min_topic)

    def family(f: Figure, text: str) -> tuple[str, str | None]:
        return _unit_family(f), _casualty(text, f, lex)

    out = []
    for fa in a.figures:
        if fa.kind != "count" or not fa.unit or fa.unit.split("/")[0] in _TIME_UNITS:
            continue
        key = family(fa, a.text)
        same = [fb for fb in b.figures if fb.kind == "count" and fb.unit and family(fb, b.text) == key]
        # one agreeing pair means the other figures are a breakdown ("327 người, gồm 199 ..."), not a conflict
        agree = any(not _same_bound_mismatch(x, y) for x in a.figures if x.kind == "count" and x.unit
                    and family(x, a.text) == key for y in same)
        if not same or agree:
            continue
        fb = same[0]
        if any(_near_breakdown(t, f, lex) for t, f in ((a.text, fa), (b.text, fb))):
            continue  # "2 bệnh nhân còn lại", "riêng thôn X có ...": a part of the total
        if _partial(a.text, fa, lex) or _partial(b.text, fb, lex):
            continue  # "Nhiều dự án có giá trên 100 triệu": some of them, not the figure for all
        if not topical:
            continue
        if key[1] is None and key[0] not in _MONEY:
            # no harm word to say what is counted: the words before the figures must not say that
            # they count different things (sums of money are too often worded two ways to judge)
            ma, mb = _measured(a.text, fa, lex), _measured(b.text, fb, lex)
            if ma and mb and not ma & mb:
                continue  # "phóng 64 UAV" / "bắn hạ 51 UAV", "lượng tìm kiếm giảm 12%" / "giá tăng 15%"
        out.append((_squash(0.55 + sim + 0.1 * len(shared)), lex.REASONS["figures"].format(x=fa.text, y=fb.text)))
        break
    return out


def _clause_before(text: str, f: Figure) -> str:
    before = text[:f.start]
    cut = max(before.rfind(ch) for ch in ",.;:“”\"()")
    return before[cut + 1:]


def _measured(text: str, f: Figure, lex) -> frozenset[str]:
    """The content words just before a figure, in its clause: what the figure measures
    ("giá bán sơ cấp ... bình quân", "tiền lắp máy lạnh là")."""
    words = _WORD.findall(_clause_before(text, f))[-8:]
    return frozenset(w.lower() for w in words if w.islower() and len(w) > 1 and w not in lex.STOPWORDS
                     and w not in _cue_syllables(lex) and w not in lex.APPROXIMATORS)


@lru_cache(maxsize=4)
def _cue_syllables(lex) -> frozenset[str]:
    """Syllables of reporting verbs: "cho biết 40 UAV" says who speaks, not what is counted."""
    return frozenset(w for cue in lex.SPEECH_CUES for w in cue.split())


@lru_cache(maxsize=4)
def _partial_patterns(lex) -> tuple[re.Pattern, re.Pattern]:
    alt = "|".join(re.escape(c) for c in sorted(lex.SPEECH_CUES, key=len, reverse=True))
    return (re.compile(rf"(?<!\w)(?:{alt})(?!\w)"),
            re.compile(rf"\s*(?:{'|'.join(re.escape(m) for m in lex.PARTIAL_MARKERS)})(?!\w)", re.I))


def _partial(text: str, f: Figure, lex) -> bool:
    clause = re.split(r"[.;:]", text[:f.start])[-1]
    cue, partial = _partial_patterns(lex)
    if cue.search(clause):
        return False  # "nhiều trang tin đưa tin con số ...": the quantifier is on the sources
    return bool(partial.match(clause))


def _near_breakdown(text: str, f: Figure, lex) -> bool:
    window = text[max(0, f.start - 200): f.end + 25].lower()
    return any(re.search(rf"(?<!\w){re.escape(m)}(?!\w)", window) for m in lex.BREAKDOWN_MARKERS)


@lru_cache(maxsize=8192)
def _has_denial(text: str, lex) -> str | None:
    low = re.sub(lex.OFFENCE_LABELS, " ", text.lower())  # "xử lý hành vi đăng tin sai sự thật": a charge
    for marker in sorted(lex.DENIAL_MARKERS, key=len, reverse=True):
        if marker in low:
            return marker
    return None


def _opposite_reason(a: ClaimView, b: ClaimView, clash: tuple[str, str], lex) -> str:
    return lex.REASONS["opposite"].format(a=_who(a, lex), x=clash[0], b=_who(b, lex), y=clash[1])


def _leaves_open(text: str, lex) -> bool:
    low = text.lower()
    return any(re.search(rf"(?<!\w){re.escape(m)}(?!\w)", low) for m in lex.OPEN_QUESTION_MARKERS)


def _who(c: ClaimView, lex) -> str:
    return c.source or lex.REASONS["article"]


def compare(a: ClaimView, b: ClaimView, lang: str = "vi") -> list[Conflict]:
    """Conflicts between two claims, reported on `a` (the newer / later one is usually a)."""
    lex = lexicon.get(lang)
    found: list[Conflict] = []
    other_ref = b.ref
    for score, detail in number_conflicts(a, b, lang):
        found.append(Conflict(a.ref, b.article, other_ref, b.text, "number_mismatch",
                              lex.REASONS["number_mismatch"].format(detail=detail, a=_who(a, lex), b=_who(b, lex)), score))
        break
    same_source = a.source and b.source and a.source == b.source
    sim = similarity(a.text, b.text, lang)
    shared_names = proper_names(a.text, lang) & proper_names(b.text, lang)
    for denier, other in ((a, b), (b, a)):
        hit = denial_evidence(denier, other, lang)
        if hit and not _leaves_open(_answered_clause(denier, other, lang), lex):
            score, marker = hit
            found.append(Conflict(a.ref, b.article, other_ref, b.text, "denial",
                                  lex.REASONS["denial"].format(a=_who(denier, lex), marker=marker, b=_who(other, lex)), score))
            break
    if not found and not same_source and a.source and b.source and shared_names:
        clash = _opposite_actions(a.text, b.text, lex)
        if clash:
            found.append(Conflict(a.ref, b.article, other_ref, b.text, "contradiction",
                                  _opposite_reason(a, b, clash, lex), _squash(0.45 + sim)))
    # opposite stances: two sources on one named matter, or, inside one article (where the matter
    # is the article's), a source and another source or the reporter's own finding
    one_article = a.article == b.article
    if not found and not same_source and (a.source or b.source) and (a.source and b.source or one_article) and (
            shared_names or _shared_common(a.text, b.text, lex)
            or one_article and _content_syllables(a.text, lex) & _content_syllables(b.text, lex)):
        stance = _opposite_stances(a.text, b.text, lex)
        if stance:
            found.append(Conflict(a.ref, b.article, other_ref, b.text, "contradiction",
                                  _opposite_reason(a, b, stance, lex), _squash(0.35 + sim)))
    if not found and not same_source and a.source and b.source and a.article == b.article:
        rival = competing_explanations(a, b, lang)  # inside one article: reporters elsewhere explain differently
        if rival:
            found.append(Conflict(a.ref, b.article, other_ref, b.text, "contradiction",
                                  lex.REASONS["explanations"].format(
                                      a=_who(a, lex), x=f"{rival[0].marker} {rival[0].reason}",
                                      b=_who(b, lex), y=f"{rival[1].marker} {rival[1].reason}"), _squash(0.3 + sim)))
    if not found and not same_source:
        clash = _opposite_universals(a.text, b.text, lex)  # "cả 6 đều ..." / "cả 6 ... đều không ..."
        if clash:
            found.append(Conflict(a.ref, b.article, other_ref, b.text, "contradiction",
                                  _opposite_reason(a, b, clash, lex), _squash(0.4 + sim)))
    if not found and not same_source and a.source and b.source and sim >= 0.35:
        pa, pb = _polarity(a.text, lex), _polarity(b.text, lex)
        if pa != pb:
            found.append(Conflict(a.ref, b.article, other_ref, b.text, "contradiction",
                                  lex.REASONS["polarity"].format(a=_who(a, lex), b=_who(b, lex)), _squash(0.4 + sim)))
    return found


@lru_cache(maxsize=16384)  # compare() and within() both ask for each pair
def denial_evidence(denier: ClaimView, other: ClaimView, lang: str = "vi") -> tuple[float, str] | None:
    """(score, marker) when `denier` denies something and `other` is a claim it may be answering:
    both sides credited to different sources, about the same names or terms."""
    lex = lexicon.get(lang)
    marker = _has_denial(denier.text, lex)
    if not marker or not other.source or not denier.source or other.source == denier.source \
            or _has_denial(other.text, lex):
        return None
    shared_names = proper_names(denier.text, lang) & proper_names(other.text, lang)
    shared_terms = topic_terms(denier.text, lang) & topic_terms(other.text, lang)
    # "thông tin trên" points back to the claim just before
    anaphoric = bool(re.search(lex.ANAPHORIC_TARGET, denier.text, re.I)) and other.ref < denier.ref \
        and other.article == denier.article
    if not (shared_names or len(shared_terms) >= 2 or anaphoric):
        return None
    bonus = 0.05 * min(len(shared_names), 3) + 0.04 * min(len(shared_terms), 6)
    if denier.cue and _has_denial(denier.cue, lex):
        bonus += 0.25  # the denial is the statement itself ("X bác bỏ ..."), not a word in a quote
    if anaphoric:
        bonus += 0.15 / abs(denier.ref - other.ref)  # the nearest claim before
    owner = re.search(r"(?:tuyên bố|cáo buộc|thông tin|khẳng định|báo cáo|tin)\s+của\s+((?:[A-ZĐ][\w-]*\s*)+)", denier.text)
    if owner and other.mention and owner.group(1).strip().lower() in other.mention.lower():
        bonus += 0.3  # "tuyên bố của Israel" answers the claim of Israel's prime minister
    if other.source_type == "media" and re.search(lex.MEDIA_WORDS, denier.text, re.I):
        bonus += 0.3  # "báo chí / truyền thông kết luận thiếu cơ sở" answers a media report
    return _squash(0.45 + similarity(denier.text, other.text, lang) + bonus), marker


def _answered_clause(denier: ClaimView, other: ClaimView, lang: str) -> str:
    """The clause of `other` the denial is about: the one sharing most names and terms with it."""
    keys = proper_names(denier.text, lang) | topic_terms(denier.text, lang)
    clauses = [c for c in re.split(r"[,;:]", other.text) if c.strip()] or [other.text]
    return max(clauses, key=lambda c: len(keys & (proper_names(c, lang) | topic_terms(c, lang))))


@dataclass(frozen=True)
class Explanation:
    marker: str
    explained: str  # what is being explained
    reason: str


_CLAUSE_END = re.compile(r"[,;.!?”\"]")


@lru_cache(maxsize=4096)
def _explanation_patterns(lang: str) -> tuple[tuple[re.Pattern, str], ...]:
    return tuple((re.compile(rf"(?<!\w)(?:{p})(?!\w)", re.I), side) for p, side in lexicon.get(lang).EXPLANATION_MARKERS)


@lru_cache(maxsize=4096)
def explanation(c: ClaimView, lang: str = "vi") -> Explanation | None:
    """The reason a claim gives, at its first explanation marker, with the source's own words
    (its name and cue) taken out so that they count neither as the explained thing nor the reason."""
    text = c.text
    for said in (c.mention, c.cue):
        if said and len(said) > 2:
            text = text.replace(said, ",", 1)
    hits = [(m.start(), m, side) for pat, side in _explanation_patterns(lang) for m in pat.finditer(text)]
    if not hits:
        return None
    _, m, side = min(hits, key=lambda h: h[0])
    before, after = text[:m.start()], text[m.end():]
    if side == "after":
        cut = _CLAUSE_END.search(after.lstrip(" “\"("))
        lead = len(after) - len(after.lstrip(" “\"("))
        reason = after[lead: lead + cut.start()] if cut else after[lead:]
        explained = before
    else:
        start = max(before.rfind(ch) for ch in ",;:“\"") + 1
        reason, explained = before[start:], after
    reason = reason.strip()
    if any(w.lower() in lexicon.get(lang).DEMONSTRATIVES for w in _WORD.findall(reason)):
        return None
    return Explanation(m.group(0), explained.strip(" ,"), reason) if reason else None


@lru_cache(maxsize=8192)
def _content_syllables(text: str, lex) -> frozenset[str]:
    return frozenset(w.lower() for w in _WORD.findall(text) if w.lower() not in lex.STOPWORDS and len(w) > 1)


@lru_cache(maxsize=8192)
def _common_terms(text: str, lex) -> frozenset[str]:
    words = _WORD.findall(text)
    return frozenset(f"{a} {b}".lower() for a, b in zip(words, words[1:])
                     if a.islower() and b.islower() and not (a in lex.STOPWORDS and b in lex.STOPWORDS))


def competing_explanations(a: ClaimView, b: ClaimView, lang: str = "vi") -> tuple[Explanation, Explanation] | None:
    """Two sources explaining the same thing (a shared term in what they explain) with
    reasons that share no content word: "lãi suất tăng vì lạm phát" / "tăng lãi suất nhằm hút vốn"."""
    lex = lexicon.get(lang)
    ea, eb = explanation(a, lang), explanation(b, lang)
    if not ea or not eb:
        return None
    # a shared two-word common term ("lãi suất"), not a name: "cầu Sông Mây" and "chợ Sông Mây"
    # are different matters, and in an article about one country every claim names it
    about = _common_terms(ea.explained, lex) & _common_terms(eb.explained, lex)
    ra, rb = _content_syllables(ea.reason, lex), _content_syllables(eb.reason, lex)
    if about and ra and rb and not ra & rb:
        return ea, eb
    return None


def _opposite_actions(a: str, b: str, lex) -> tuple[str, str] | None:
    """The same action word after opposite verbs: "tạm dừng tấn công" / "tiếp tục tấn công"."""
    la, lb = a.lower(), b.lower()
    for x, y in lex.ANTONYMS:
        for first, second, fa, fb in ((x, y, la, lb), (y, x, la, lb)):
            for m in re.finditer(rf"(?<!\w){re.escape(first)}\s+((?:\w+\s+){{0,1}}\w+)", fa):
                obj = m.group(1).split()
                for n in (2, 1):
                    term = " ".join(obj[:n])
                    if len(term) > 3 and term not in lex.STOPWORDS and re.search(
                            rf"(?<!\w){re.escape(second)}\s+{re.escape(term)}(?!\w)", fb):
                        return f"{first} {term}", f"{second} {term}"
    return None


@lru_cache(maxsize=16384)
def _stance_words(text: str, words: tuple[str, ...], lex) -> tuple[str, ...]:
    """The words of one stance in `text`, leaving out negated ones ("không kiểm soát")."""
    low = text.lower()
    negators = "|".join(re.escape(n) for n in lex.POLARITY_NEGATORS)
    normative = "|".join(re.escape(n) for n in lex.NORMATIVE_MARKERS)
    deniers = "|".join(re.escape(n) for n in lex.DENYING_VERBS)
    out = []
    for w in words:
        m = re.search(rf"(?<!\w)(?<!không )(?<!chưa )(?<!chẳng )(?:{w})(?!\w)", low)
        before = low[:m.start()] if m else ""
        if m and not re.search(rf"(?:{negators})\s+(?:\w+\s+)?(?:{w})(?!\w)", low) and not re.search(
                rf"(?<!\w)(?:{normative})\s+(?:\w+\s+){{0,2}}$", before) and not re.search(
                rf"(?<!\w)(?:{deniers})\s+(?:\w+\s+){{0,4}}$", before):  # "phủ nhận việc xả thải gây ô nhiễm"
            out.append(m.group(0))
    return tuple(out)


def _stance_keys(text: str, lex) -> set[str]:
    """One key per stance dimension a claim takes a side on, so that opposite sides meet."""
    return {f"stance{k}" for k, (one, other) in enumerate(lex.STANCE_OPPOSITES)
            if _stance_words(text, one, lex) or _stance_words(text, other, lex)}


def _opposite_stances(a: str, b: str, lex) -> tuple[str, str] | None:
    for one, other in lex.STANCE_OPPOSITES:
        for x, y in ((one, other), (other, one)):
            in_a, in_b = _stance_words(a, x, lex), _stance_words(b, y, lex)
            # a claim holding both stances is weighing them, not taking a side
            if in_a and in_b and not _stance_words(a, y, lex) and not _stance_words(b, x, lex):
                return in_a[0], in_b[0]
    return None


def _shared_common(a: str, b: str, lex) -> bool:
    return bool(_common_terms(a, lex) & _common_terms(b, lex))


def _normalise(text: str, lex) -> str:
    low = f" {text.lower()} "
    for group in lex.SYNONYM_GROUPS:
        for word in group[1:]:
            low = re.sub(rf"(?<!\w){re.escape(word)}(?!\w)", group[0], low)
    return low


def _universal_key(text: str, lex) -> set[str]:
    m = re.search(lex.UNIVERSAL, text, re.I)
    return {f"∀{(m.group('n') or '').lower()}"} if m else set()


def _opposite_universals(a: str, b: str, lex) -> tuple[str, str] | None:
    """The same group, counted the same way, said to all do something and all not do it: the
    predicates share a two-word term or two content words once synonyms are folded together."""
    ma, mb = re.search(lex.UNIVERSAL, a, re.I), re.search(lex.UNIVERSAL, b, re.I)
    if not ma or not mb or (ma.group("n") or "").lower() != (mb.group("n") or "").lower():
        return None
    if bool(ma.group("neg")) == bool(mb.group("neg")):
        return None
    pa, pb = _normalise(ma.group("pred"), lex).split(), _normalise(mb.group("pred"), lex).split()
    shared_terms = {f"{x} {y}" for x, y in zip(pa, pa[1:])} & {f"{x} {y}" for x, y in zip(pb, pb[1:])}
    shared_words = (set(pa) & set(pb)) - lex.STOPWORDS - lex.LIGHT_VERBS
    if not shared_terms - {"có thể"} and len(shared_words) < 2:
        return None
    return ma.group(0).strip(), mb.group(0).strip()


def _squash(raw: float) -> float:
    """Evidence points -> a score in (0, 1) that keeps the order of strong candidates."""
    return round(raw / (raw + 0.5), 3)


def _polarity(text: str, lex) -> bool:
    words = text.lower().split()
    return sum(1 for w in words if w in lex.POLARITY_NEGATORS) % 2 == 0


def within(claims: Sequence[ClaimView], lang: str = "vi") -> list[Conflict]:
    """All conflicts inside one article, each pair at most once, reported on the later sentence.

    Pairs that share no name, no two-word term, no "cả N đều" and no stance dimension cannot
    conflict under any rule below, so they are skipped before the detailed comparison (articles of 150 claims have 11,000 pairs)."""
    by_ref = {c.ref: c for c in claims}
    lex = lexicon.get(lang)
    keys = [proper_names(c.text, lang) | topic_terms(c.text, lang) | _universal_key(c.text, lex) | _stance_keys(c.text, lex)
            for c in claims]
    out: list[Conflict] = []
    best_answer: dict[int, tuple[float, ClaimView]] = {}  # denier -> the claim it most likely answers
    for j, i in candidate_pairs(keys):
        out.extend(compare(claims[j], claims[i], lang))
        for denier, other in ((claims[j], claims[i]), (claims[i], claims[j])):
            hit = denial_evidence(denier, other, lang)
            if hit and hit[0] > best_answer.get(denier.ref, (0.0, None))[0]:
                best_answer[denier.ref] = (hit[0], other)
    # a denial whose best match is a question the other side left open ("chưa rõ liệu X") answers
    # that; it must not fall back to a weaker partner
    answers_open = {ref for ref, (_, other) in best_answer.items()
                    if _leaves_open(_answered_clause(by_ref[ref], other, lang), lex)}
    out = [c for c in out if not (c.kind == "denial" and {c.sentence, c.other_sentence} & answers_open)]
    return prune(out, by_ref, lang)


# Blocking inside one article, so the pass grows about linearly with the article (all pairs of a
# 200 KB article took a minute): a key shared by more than MAX_POSTING claims says nothing about
# any one pair and pairs nobody, and each claim meets at most MAX_PARTNERS earlier claims, those
# sharing most keys. Articles of up to MAX_PARTNERS claims are compared pair by pair as before.
MAX_POSTING = 300
MAX_PARTNERS = 100


def candidate_pairs(keys: Sequence[frozenset | set]) -> list[tuple[int, int]]:
    """(later, earlier) index pairs of claims that share a usable blocking key."""
    from collections import Counter, defaultdict

    postings: dict = defaultdict(list)
    for j, ks in enumerate(keys):
        for k in ks:
            postings[k].append(j)
    pairs = []
    for j, ks in enumerate(keys):
        shared: Counter = Counter()
        for k in ks:
            post = postings[k]
            if len(post) > MAX_POSTING:
                continue
            for i in post:
                if i >= j:
                    break
                shared[i] += 1
        best = shared.most_common(MAX_PARTNERS) if len(shared) > MAX_PARTNERS else shared.items()
        pairs.extend((j, i) for i in sorted(i for i, _ in best))
    return pairs


def prune(conflicts: Iterable[Conflict], claims: dict, lang: str = "vi") -> list[Conflict]:
    """A denial answers one claim: per denying sentence keep its best partner, and per partner
    and denying source keep the best denying sentence (a denial echoed inside a quote)."""
    lex = lexicon.get(lang)
    rest: list[Conflict] = []
    best: dict[tuple, Conflict] = {}
    for c in conflicts:
        if c.kind != "denial":
            rest.append(c)
            continue
        mine = claims.get(c.sentence)
        denier_is_mine = mine is not None and _has_denial(mine.text, lex) is not None
        denier = c.sentence if denier_is_mine or c.other_article else c.other_sentence
        partner = c.other_sentence if denier == c.sentence else c.sentence
        key = ("d", c.other_article, denier)
        if key not in best or c.score > best[key].score:
            best[key] = c
    kept: dict[tuple, Conflict] = {}
    for (_, art, denier), c in best.items():
        partner = c.other_sentence if denier == c.sentence else c.sentence
        src = claims[denier].source if denier in claims and not (art and denier == c.other_sentence) else None
        key = (art, partner, src)
        if key not in kept or c.score > kept[key].score:
            kept[key] = c
    return rest + list(kept.values())
