"""Stances: the same action after opposite verbs ("tạm dừng" / "tiếp tục tấn công"), opposite
sides of one stance ("an toàn" / "không an toàn"), "all" against "none" of one group, and a
statement's polarity. Read by the pair finder (`pairs`) beside the denials (`statements`)."""
from __future__ import annotations

import re
from functools import lru_cache


@lru_cache(maxsize=16384)
def _action_words(text: str, lex) -> frozenset[str]:
    """The words of ANTONYMS a claim uses (computed once per claim)."""
    low = text.lower()
    return frozenset(w for pair in lex.ANTONYMS for w in pair
                     if w in low and re.search(rf"(?<!\w){re.escape(w)}\s", low))


def opposite_actions(a: str, b: str, lex) -> tuple[str, str] | None:
    """The same action word after opposite verbs: "tạm dừng tấn công" / "tiếp tục tấn công"."""
    la, lb = a.lower(), b.lower()
    in_a, in_b = _action_words(a, lex), _action_words(b, lex)
    for x, y in lex.ANTONYMS:
        for first, second, fa, fb in ((x, y, la, lb), (y, x, la, lb)):
            if first not in in_a or second not in in_b:
                continue
            for m in re.finditer(rf"(?<!\w){re.escape(first)}\s+((?:\w+\s+){{0,1}}\w+)", fa):
                obj = m.group(1).split()
                for n in (2, 1):
                    term = " ".join(obj[:n])
                    if len(term) > 3 and term not in lex.STOPWORDS and re.search(
                            rf"(?<!\w){re.escape(second)}\s+{re.escape(term)}(?!\w)", fb):
                        return f"{first} {term}", f"{second} {term}"
    return None


@lru_cache(maxsize=4)
def _stance_guards(lex) -> tuple[str, re.Pattern, re.Pattern]:
    negators = "|".join(re.escape(n) for n in lex.POLARITY_NEGATORS)
    normative = "|".join(re.escape(n) for n in lex.NORMATIVE_MARKERS)
    deniers = "|".join(re.escape(n) for n in lex.DENYING_VERBS)
    return (negators, re.compile(rf"(?<!\w)(?:{normative})\s+(?:\w+\s+){{0,2}}$"),
            # (the whole denied clause: "bác bỏ thông tin lan truyền trên mạng cho rằng trạm "cố tình ...",
            # up to a "và" that opens the next: "bác bỏ tin đồn ... và khẳng định sản phẩm đạt chuẩn")
            re.compile(rf"(?<!\w)(?:{deniers})\s(?:(?!\svà\s)[^,.;:]){{0,100}}$"))


@lru_cache(maxsize=64)
def _any_of(words: tuple[str, ...]) -> re.Pattern:
    return re.compile(rf"(?<!\w)(?:{'|'.join(words)})(?!\w)")


def _stance_words(text: str, words: tuple[str, ...], lex) -> tuple[str, ...]:
    """The words of one stance in `text`, leaving out negated ones ("không kiểm soát")."""
    low = text.lower()
    if not _any_of(words).search(low):
        return ()  # most claims take no stance: one search says so
    negators, normative, deniers = _stance_guards(lex)
    out = []
    for w in words:
        # (capitalised inside the sentence is a name's word, "quảng trường Độc Lập"; not after a
        # colon, a bracket or an opening quote: "khẳng định: “An toàn, ...”")
        m = next((x for x in re.finditer(rf"(?<!\w)(?<!không )(?<!chưa )(?<!chẳng )(?:{w})(?!\w)", low)
                  if x.start() == 0 or not text[x.start()].isupper() or text[:x.start()].rstrip()[-1:] in ":“\"(«"), None)
        before = low[:m.start()] if m else ""
        if m and not re.search(rf"(?:{negators})\s+(?:\w+\s+)?(?:{w})(?!\w)", low) and not normative.search(
                before) and not deniers.search(before):  # "phủ nhận việc xả thải gây ô nhiễm"
            out.append(m.group(0))
    return tuple(out)


@lru_cache(maxsize=16384)
def stance_profile(text: str, lex) -> tuple[tuple[tuple[str, ...], tuple[str, ...]], ...]:
    """For each stance dimension, the words of each side the claim holds (computed once per claim)."""
    return tuple((_stance_words(text, one, lex), _stance_words(text, other, lex)) for one, other in lex.STANCE_OPPOSITES)


def stance_keys(text: str, lex) -> set[str]:
    """One key per stance dimension a claim takes a side on, so that opposite sides meet."""
    return {f"stance{k}" for k, sides in enumerate(stance_profile(text, lex)) if sides[0] or sides[1]}


def opposite_stances(a: str, b: str, lex) -> tuple[str, str] | None:
    for (a0, a1), (b0, b1) in zip(stance_profile(a, lex), stance_profile(b, lex)):
        for in_a, in_b, a_other, b_other in ((a0, b1, a1, b0), (a1, b0, a0, b1)):
            # a claim holding both stances is weighing them, not taking a side
            if in_a and in_b and not a_other and not b_other:
                return in_a[0], in_b[0]
    return None


def _normalise(text: str, lex) -> str:
    low = f" {text.lower()} "
    for group in lex.SYNONYM_GROUPS:
        for word in group[1:]:
            low = re.sub(rf"(?<!\w){re.escape(word)}(?!\w)", group[0], low)
    return low


@lru_cache(maxsize=16384)
def _universal(text: str, lex) -> re.Match | None:
    return re.search(lex.UNIVERSAL, text, re.I)


def universal_key(text: str, lex) -> set[str]:
    m = _universal(text, lex)
    return {f"∀{(m.group('n') or '').lower()}"} if m else set()


def opposite_universals(a: str, b: str, lex) -> tuple[str, str] | None:
    """The same group, counted the same way, said to all do something and all not do it: the
    predicates share a two-word term or two content words once synonyms are folded together."""
    ma, mb = _universal(a, lex), _universal(b, lex)
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


def polarity(text: str, lex) -> bool:
    words = text.lower().split()
    return sum(1 for w in words if w in lex.POLARITY_NEGATORS) % 2 == 0
