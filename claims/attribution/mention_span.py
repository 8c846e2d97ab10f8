"""Where a proposed mention begins and ends: a source is a noun phrase, so a proposer's stretch
loses leading adverbs and stops where its verb phrase opens; a name does not take a clause, a
common noun may ("người dân sống gần đó"). Pure functions of the parse's tokens and the
language's tables."""
from __future__ import annotations

from typing import Sequence

from .candidates import Pair
from .features import Token
from .patterns import starts_with_any


def tidy_span(tokens: Sequence[Token], src: tuple[int, int], lex=None) -> tuple[int, int]:
    """A mention is a noun phrase: leading adverbs and conjunctions off ("Giờ đây Vy" -> "Vy"), and
    it ends before the first verb or adjective after its head ("Thư lên phòng 205 gõ cửa và" ->
    "Thư"), which a proposer that takes a clause's whole subject stretch can leave in."""
    lo, hi = src
    while lo < hi - 1 and tokens[lo].upos in ("ADV", "SCONJ", "CCONJ", "ADP", "PUNCT"):
        lo += 1
    return lo, name_end(tokens, lo, hi, lex)


def _body_part_named(tokens: Sequence[Token], k: int, hi: int, lex) -> bool:
    """A body's head the tagger read as a verb, then its name ("... Việt Nam chi nhánh An Giang"):
    still one body's name."""
    words = " ".join(t.text for t in tokens[k:min(hi, k + 4)])
    head = starts_with_any(words, lex.ORG_HEADS)
    rest = words[len(head):].split() if head else []
    return bool(rest) and rest[0][:1].isupper()


def name_end(tokens: Sequence[Token], lo: int, hi: int, lex=None) -> int:
    """Where a mention that runs on past a name into the verb phrase ends: at the first lower-case
    verb or adjective right after a proper noun ("Thư lên phòng 205 gõ cửa và" -> "Thư"), or at an
    adverb before a verb ("Số khác lại ủng hộ ..." -> "Số khác"). A common noun may take a clause
    ("người dân sống gần đó"); a name does not. With the language's tables (`lex`): a quantifier
    opening the mention is no name ("Một bị hại ngồi ..."), asking not to be named belongs to the
    mention ("một quan chức Thái Lan giấu tên"), "kiêm" joins two posts, and a lower-case
    adjective between two capitals is inside one body's name ("Giảm nhẹ Thảm họa")."""
    quantifiers = set(lex.ANONYMOUS_QUANTIFIERS) if lex is not None else set()
    # a document heads the mention ("báo cáo Sở Y tế ... gửi UBND tỉnh"): its description's
    # clause is part of it, whatever names it holds
    doc = starts_with_any(" ".join(t.text for t in tokens[lo:hi]), lex.DOCUMENT_HEADS) if lex is not None else None
    # ("Thư lên phòng ..." is Ms Thư, not a letter; "Đơn kiến nghị" of two words is no name)
    common_head = bool(doc) and (doc[:1].islower() or len(doc.split()) > 1)
    for k in range(lo + 1, hi):
        t = tokens[k]
        if lex is not None and any(w in " ".join(x.text for x in tokens[k:k + 3]).lower() for w in lex.UNNAMED_BY_REQUEST):
            return hi  # "... giấu tên", "... xin giấu tên", "... đề nghị không nêu tên" right here
        if lex is not None and tokens[k - 1].upos == "PROPN" and _aside_at(tokens, k, lex):
            continue  # "Bà Lê Thị Hoa sinh năm 1980 kể lại": her birth year, not her predicate
        if t.upos in ("VERB", "ADJ", "AUX") and t.text[:1].islower() and tokens[k - 1].upos == "PROPN" and not common_head \
                and not (k - 1 == lo and tokens[k - 1].text.lower() in quantifiers) \
                and not (lex is not None and t.text.lower() in lex.TITLE_JOINERS) \
                and not (t.upos == "ADJ" and k + 1 < hi and tokens[k + 1].text[:1].isupper()) \
                and not (lex is not None and _body_part_named(tokens, k, hi, lex)):
            return k
        if lex is not None and k - 1 == lo and t.text[:1].islower() and tokens[lo].text.lower() in lex.PRONOUN_GENDER \
                and (t.upos == "ADJ" or t.upos == "VERB" and tokens[hi - 1].upos == "CCONJ"):
            # "Cô thích thú [nhớ lại]", "Bà mở cửa và [khai]": a bare pronoun is the whole subject,
            # the rest a manner or a first predicate ("Chị bán hàng [nói]" is a vendor, one noun phrase)
            return k
        if lex is not None and tokens[k - 1].upos == "PROPN" and t.text[:1].islower() and k + 1 < hi \
                and starts_with_any(" ".join(x.text for x in tokens[k:k + 3]), lex.PREDICATE_OPENERS):
            return k  # "Bộ Ngoại giao Somalia sau đó ra tuyên bố": the name ends where its predicate opens
        if t.upos in ("ADV", "AUX") and t.text[:1].islower() and k + 1 < hi and tokens[k + 1].upos == "VERB" \
                and not (t.upos == "AUX" and all(x.upos in ("NUM", "DET") or x.text.lower() in quantifiers
                                                  for x in tokens[lo:k])):
            return k  # "Số khác lại ủng hộ ...": an adverb before a verb opens the predicate ("Một bị hại" is a noun)
    return hi


def described_by_a_clause(tokens: Sequence[Token], pair: Pair, lex) -> bool:
    """"Một khách hàng thường đi xe từ Thủ Đức vào trung tâm cho hay": an unnamed person's noun
    with the clause that says who they are, running straight into the cue, is one mention; a
    second predicate is set off ("Số khác lại ủng hộ việc X, cho rằng ...", "Bà mở cửa và khai")."""
    lo, hi = pair.src
    head = next((k for k in range(lo, hi) if tokens[k].upos not in ("NUM", "DET")), None)
    if head is None or tokens[head].upos != "NOUN" or not tokens[head].text[:1].islower() or hi != pair.cue[0]:
        return False
    # the clause opens with an adverb of habit ("thường", "từng"): who they are, not a gesture
    opener = next((t for t in tokens[head + 1:hi] if t.upos in ("ADV", "VERB", "AUX")), None)
    return opener is not None and opener.text.lower() in lex.DESCRIBING_ADVERBS \
        and not any(t.upos in ("PUNCT", "CCONJ") or t.text.lower() in ("và", "rồi") for t in tokens[head:hi])


def credit_set_off(art, tokens: Sequence[Token], pair: Pair) -> bool:
    """"Nhưng theo một quan chức Ấn Độ tham gia đàm phán, ...": a credit whose cue comes first and
    whose mention a comma closes runs into no verb phrase; the clause after the noun says who (not
    a reporting verb: "Theo UBND huyện X cho biết, ..." is the body, the verb left out)."""
    lo, hi = pair.src
    return pair.cue[1] <= lo and hi < len(tokens) and tokens[hi].text == "," \
        and not art.rx["cue"].search(" ".join(t.text for t in tokens[lo:hi]))


def _aside_at(tokens: Sequence[Token], k: int, lex) -> bool:
    """A description opening at token `k` and ending in a number ("sinh năm 1980"), wherever the
    proposed mention stops."""
    aside = starts_with_any(" ".join(t.text for t in tokens[k:k + 3]), lex.NAME_ASIDES_BEFORE_NUMBER)
    if not aside:
        return False
    n = k + len(aside.split())  # (words of one syllable each, or fewer tokens when joined)
    return any(t.upos == "NUM" for t in tokens[k + 1:n + 1])


def unnamed_then_clause(tokens: Sequence[Token], src: tuple[int, int], lex) -> bool:
    """"một cán bộ Hạt Kiểm lâm huyện X có mặt tại hiện trường": a quantifier and an unnamed
    person's noun, a body's name inside the phrase, then the clause that says which one; the name
    is no head the clause runs on from."""
    lo, hi = src
    # (not "Số người chết tăng lên so với ...": a count, no person; nor a phrase with no name in it)
    return hi - lo > 3 and tokens[lo].text.lower() in lex.ANONYMOUS_QUANTIFIERS \
        and tokens[lo].text.lower() not in lex.NOT_ONE_PERSON_QUANTIFIERS \
        and tokens[lo + 1].upos == "NOUN" and tokens[lo + 1].text[:1].islower() \
        and any(t.upos == "PROPN" for t in tokens[lo + 2:hi])
