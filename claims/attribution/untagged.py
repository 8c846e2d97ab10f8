"""Who speaks a dialogue line with no tag of its own (`dialogue` reads the tagged ones): the one
the reporter just asked ("Tôi hỏi sao ông không ..." then "– Composite nhẹ, bền, ..."), the one a
line of narration just showed ("Ông cười, bàn tay chai sần xoa lên tấm ván." then "– Gỗ gặp nước
thì nở ra ..."); and the person the first words of a line name, resolved as the article reads it."""
from __future__ import annotations

import re
from functools import lru_cache

from .phrases import classify
from .types import Attribution, Candidate

DASHES = "-–—"
OPENS_TURN = re.compile(rf"\s*[{DASHES}]\s+\S")


def person_opening(art, k: int, words: list[str], cue: str | None) -> Attribution | None:
    """The person the first words name (the longest mention first), resolved at sentence k; a
    comma may end the mention (an apposition follows: "chị Hương, phụ huynh lớp 2A, đăng")."""
    for n in (4, 3, 2, 1):
        if len(words) <= n:
            continue
        mention = " ".join(words[:n]).rstrip(".,;:?")
        if not _one_mention(mention, art.lex):
            continue
        who = who_is(art, mention)
        if who is None or who.stype not in ("person", "pronoun", "title"):
            continue
        return person_at(art, k, who, mention, cue)
    return None


def who_is(art, mention: str) -> Candidate | None:
    """A name the article gave first ("Lành" after "Anh Trần Đình Lành", a nickname: "Út Lộc" reads
    to the phrase table as a body's name), else what the phrase table makes of the words."""
    return (art.known_name(mention) if mention[:1].isupper() else None) or classify(mention, art.lex)


def _one_mention(mention: str, lex) -> bool:
    """Words that can name one person by themselves: a title or pronoun then capitalised words
    ("ông Khởi", "anh Trần Văn Bình"), a name ("Út Lộc"), or a title of several words ("bà cụ");
    not a pronoun run on into its verb ("ông đã bao giờ")."""
    words = mention.split()
    low = mention.lower()
    return len(words) == 1 or all(w[:1].isupper() for w in words[1:]) or low in lex.PRONOUN_GENDER \
        or low in _titles_lower(lex)


def asked_before(art, k: int, gestures: int = 1) -> Attribution | None:
    """"Tôi hỏi ông đã bao giờ nghĩ đến chuyện bỏ nghề." then "– Sao lại không?": a line of
    dialogue with no tag, right after the reporter's question, is the answer of the one asked (one
    person: "ông bà" asked together leaves the answer unknown). The question may be a dash line
    tagged by the reporter ("– Ông không định nghỉ ạ? – tôi hỏi."): the one it opens by addressing
    answers; one line of what the one asked did may come between ("Bà nhìn sang chồng, cười.")."""
    lex = art.lex
    if k < 0:
        return None
    text = art.s[k].text
    asked = _asked_rx(lex).match(text)
    if not asked:
        if _reporter_tag_rx(lex).search(text) and OPENS_TURN.match(text):
            return _addressed(art, k, text.lstrip(" " + DASHES).split())
        if OPENS_TURN.match(text) and text.rstrip().endswith("?") and k > 0 \
                and _asks_next_rx(lex).match(art.s[k - 1].text):
            # "Tôi hỏi:" then "– Ông đưa đò lâu chưa?": the reporter's question on a line of its own
            return _addressed(art, k, text.lstrip(" " + DASHES).split())
        if gestures and _gesture_of_one_asked(art, text, k):
            return asked_before(art, k - 1, gestures - 1)
        return None
    if text.rstrip().endswith(":"):
        return None  # ("Tôi hỏi bà:" then "– Bà có sợ không?": the question itself follows)
    words = asked.group("rest").split()
    if len(words) >= 2 and words[0].lower() in lex.PRONOUN_GENDER and words[1].lower() in lex.PRONOUN_GENDER:
        return None
    found = person_opening(art, k, words, None)
    if found is None and words and words[0].lower() not in lex.PRONOUN_GENDER:
        # "Tôi hỏi sao ông không ...", "Tôi hỏi một ngày chị kiếm được bao nhiêu": a question word
        # first, then the one pronoun the question addresses
        bare = [i for i, w in enumerate(words) if w.lower() in lex.PRONOUN_GENDER]
        if len(bare) == 1 and bare[0] <= 4 and bare[0] + 1 < len(words) and not words[bare[0] + 1][:1].isupper() \
                and words[bare[0] + 1].lower() not in lex.PRONOUN_COMPOUND_SECONDS:
            found = person_opening(art, k, words[bare[0]:], None)
    return found


def _addressed(art, k: int, words: list[str]) -> Attribution | None:
    """The one a question opens by addressing with a bare pronoun ("Ông không định nghỉ ạ?"); a
    name after it ("Anh Hùng có định nối nghiệp không?") may be someone the question is about."""
    if len(words) < 2 or words[0].lower() not in art.lex.PRONOUN_GENDER or words[1][:1].isupper():
        return None
    return person_opening(art, k, words, None)


def shown_before(art, per: list[list[Attribution]], k: int) -> Attribution | None:
    """"Ông cười, bàn tay chai sần xoa lên tấm ván." then "– Gỗ gặp nước thì nở ra ...": a line of
    narration showing one person (a bare pronoun, or a title and a name, as its subject; no one
    else named, no words of anyone's) right before a line of dialogue with no tag: that person
    speaks it, trusted as half sure."""
    if k < 0 or art.s[k].kind != "body" or any(a.role == "speaker" for a in per[k]):
        return None
    text = art.s[k].text.strip()
    scene = re.match(r"(?:[^\W\d]+\s+){0,2}[^\W\d]+,\s+", text)  # "Chiều xuống, chị Thắm lại vác bó lưới ra bãi"
    if scene and scene.group(0).split()[0].lower() in art.lex.PRONOUN_GENDER:
        scene = None  # ("Ông cười, ...": the subject, no scene before it)
    words = text[scene.end() if scene else 0:].split()
    if len(words) < 3 or not _narration(text, ("?",)) or words[0].lower() in art.lex.REPORTER_SUBJECTS:
        return None
    n = 1 if _bare_pronoun_opening(art, words, k, scene.end() if scene else 0) else \
        next((m for m in (3, 2) if words[0].lower() in art.lex.PRONOUN_GENDER
              and all(w[:1].isupper() for w in words[1:m])), 0)
    if not n or any(w[:1].isupper() for w in words[n:]):
        return None  # (someone else named in it: "..., ông Tư vẫn chưa chịu đứng dậy")
    return person_opening(art, k, words[:n] + ["."], None)


def _gesture_of_one_asked(art, text: str, k: int) -> bool:
    """"Bà nhìn sang chồng, cười hiền.": a line of what the one asked did, opening with a bare
    pronoun (no one else named), no quote, not a lead-in of its own."""
    words = text.split()
    return len(words) >= 2 and _narration(text) and _bare_pronoun_opening(art, words, k) \
        and not any(w[:1].isupper() for w in words[1:])


def _narration(text: str, also: tuple[str, ...] = ()) -> bool:
    """A line of the reporter's narration: no dash line, no lead-in, no one's quoted words."""
    return not OPENS_TURN.match(text) and not text.rstrip().endswith(":") \
        and not any(c in text for c in ("“", "”", '"', "«", "»") + also)


def _bare_pronoun_opening(art, words: list[str], k: int, start: int = 0) -> bool:
    """Line k opens (at `start`) with a pronoun alone as its subject ("Ông cười", "Bà nhìn sang
    chồng"), not with a description of someone new that starts like one ("Cô gái", "Cô bé", "Ông
    lão", "bà con"): a person's noun of two words, or the next word one the tagger reads as a noun."""
    if len(words) < 2 or words[0].lower() not in art.lex.PRONOUN_GENDER or words[1][:1].isupper():
        return False
    second = words[1].strip(",.")
    if second.lower() in art.lex.PRONOUN_COMPOUND_SECONDS or f"{words[0]} {second}".lower() in art.lex.GENDERED_NOUNS:
        return False
    text, parsed = art.s[k].text, art.s[k].parsed
    at = text.find(second, text.find(words[0], start) + len(words[0]))
    token = next((t for t in parsed.tokens if t.start == at), None) if parsed is not None else None
    return token is None or token.upos != "NOUN"


def person_at(art, k: int, who: Candidate, mention: str, cue: str | None) -> Attribution | None:
    """`who` resolved as the article reads sentence k, when a person: the turn's speaker, trusted
    as half sure (what they did, not a verb of speaking, names them)."""
    keep, art._si = art._si, k
    try:
        resolved = art.resolve(who, k)
    finally:
        art._si = keep
    if resolved is None or resolved[1] != "person":
        return None
    return Attribution(resolved[0], mention, "person", cue, "direct", 0.5)


@lru_cache(maxsize=4)
def _titles_lower(lex) -> frozenset[str]:
    return frozenset(t.lower() for t in lex.PERSON_TITLES)


def _reporter_asks(lex) -> tuple[str, str]:
    """The reporter as subject ("tôi", "phóng viên") and the verbs of asking, as alternations."""
    return ("|".join(re.escape(w) for w in lex.REPORTER_SUBJECTS),
            "|".join(re.escape(w) for w in sorted(lex.QUESTION_VERBS, key=len, reverse=True)))


@lru_cache(maxsize=4)
def _asked_rx(lex) -> re.Pattern:
    subjects, verbs = _reporter_asks(lex)
    return re.compile(rf"\s*(?:{subjects})\s+(?:\w+\s+){{0,2}}?(?:{verbs})\s+(?P<rest>.+)", re.I)


@lru_cache(maxsize=4)
def _asks_next_rx(lex) -> re.Pattern:
    """"Tôi hỏi:", "Tôi hỏi ông:": the reporter's question follows on the next line."""
    subjects, verbs = _reporter_asks(lex)
    return re.compile(rf"\s*(?:{subjects})\s+(?:\w+\s+){{0,2}}?(?:{verbs})(?:\s+\w+){{0,2}}\s*:\s*$", re.I)


@lru_cache(maxsize=4)
def _reporter_tag_rx(lex) -> re.Pattern:
    """"... ? – tôi hỏi.": the reporter's tag closing a question set off by dashes."""
    subjects, verbs = _reporter_asks(lex)
    return re.compile(rf"\?\s*[{DASHES}]\s*(?:{subjects})\s+(?:\w+\s+)?(?:{verbs})\s*[.!]?\s*$", re.I)
