"""Parties: whether two claims' speakers are one side (one body named twice, a place and its
own body, one brand, a person and the body they work for), so that one cannot deny or contradict
the other; and how the article describes a speaker. Used by `statements` and `figures`."""
from __future__ import annotations

import re
from functools import lru_cache

from .. import lexicon
from ..attribution.short_names import spelt_out
from ..attribution.patterns import bracketed, starts_with_any
from .base import ClaimView, proper_names


def _speaker_description(c: ClaimView) -> str:
    """How the article describes the claim's speaker: the apposition in its own sentence and
    wherever else the article credits them."""
    return f"{described_here(c)} {c.affiliation}"


def described_here(c: ClaimView) -> str:
    """How the sentence describes its speaker after naming them, up to the cue: the apposition
    in "Ông Trịnh Quang Đạt, Phó Tổng giám đốc Ngân hàng Đại Phong, cho hay"."""
    low = c.text.lower()
    at = low.find(c.cue.lower()) if c.cue else -1
    named = low.find(c.mention.lower()) if c.mention else -1
    if at <= 0 or named < 0 or named >= at:
        return ""
    return low[named + len(c.mention):at]


def same_party(a: ClaimView, b: ClaimView, lex=None) -> bool:
    """Does one side's source stand in the other's speaker description (its employer, its client),
    or is the other its government ("Thái Lan" in a headline, "Chính phủ Thái Lan" in the body)?"""
    lex = lex or lexicon.get("vi")
    if _one_brand(a, b, lex) or _one_body_named_twice(a, b, lex) or _a_place_and_its_body(a, b, lex) \
            or _a_unit_of_the_body(a, b) or _an_official_of_the_body(a, b, lex) \
            or _a_paper_of_the_body(a, b, lex):
        return True
    return any(x.source and len(x.source) > 3 and (x.source.lower() in _speaker_description(y) or _works_for(y, x, lex)
                                                   or _acronym_in(x.source, _speaker_description(y), lex) or (
        y.source and any(y.source.lower() == f"{head} {x.source.lower()}" for head in lex.GOVERNMENT_HEADS)))
               for x, y in ((a, b), (b, a)))


def _acronym_in(name: str, description: str, lex) -> bool:
    """The description names the body by its acronym: "Cục trưởng Cục Quản lý chất lượng (Bộ
    GD&ĐT)" works for "Bộ Giáo dục và Đào tạo"."""
    head = starts_with_any(name, lex.ORG_HEADS)
    if not head:
        return False
    for m in re.finditer(rf"(?<!\w){re.escape(head.lower())}\s+([^\s,;()]+)", description):
        letters = m.group(1).replace("&", "v")
        rest = " ".join(name[len(head):].split()[len(letters):]).lower()  # the place the name goes on with
        if spelt_out(name, head, m.group(1).upper(), then_place=True) and description[m.end():].lstrip().startswith(rest):
            return True  # ("Sở YT TP.HCM" is no "Sở Y tế Hà Nội")
    return False


def _an_official_of_the_body(a: ClaimView, b: ClaimView, lex) -> bool:
    """"một quan chức Bộ Ngoại giao nước này" and "Bộ Ngoại giao Hàn Quốc": an official of the
    body, its country said as "nước này", speaks from inside it."""
    for x, y in ((a, b), (b, a)):
        if not (x.source and y.source and y.source_type == "organization"):
            continue
        country = next((c for c in lex.COUNTRY_NAMES if y.source.endswith(" " + c)), None)
        body = y.source[:-len(country)].strip().lower() if country else ""
        said = (x.mention or x.source).lower()
        if body and starts_with_any(body, lex.ORG_HEADS) and re.search(rf"(?<!\w){re.escape(body)}\s+(?:nước|quốc gia)\s+này(?!\w)", said):
            return True
    return False


def _a_unit_of_the_body(a: ClaimView, b: ClaimView) -> bool:
    """"bộ phận nhân sự của VietStar Tech" and "Công ty cổ phần Công nghệ Sao Việt (VietStar
    Tech)": a department "của" the body, by its name or the short form given in brackets, is the
    body's own voice."""
    for x, y in ((a, b), (b, a)):
        if not x.source or not y.source:
            continue
        both = bracketed(y.source)
        names = [y.source] + (list(both) if both else [])
        low = x.source.lower()
        if any(len(n) > 2 and low.endswith(" của " + n.lower()) for n in names):
            return True
    return False


def _a_paper_of_the_body(a: ClaimView, b: ClaimView, lex) -> bool:
    """"quyết định của Ban Kỷ luật" and "Ban Kỷ luật Liên đoàn Bóng đá X": a body's own paper, its
    owner named shorter, speaks with the body (two bodies, "Bộ Ngoại giao" and "Bộ Ngoại giao
    Trung Quốc", do not)."""
    for x, y in ((a, b), (b, a)):
        head = starts_with_any(x.source, lex.DOCUMENT_HEADS) if x.source else None
        if not head or not y.source or y.source_type != "organization":
            continue
        rest = x.source[len(head):].strip()
        if " của " in x.source:
            owner = x.source.split(" của ", 1)[1]
        elif rest[:1].isupper():
            owner = rest  # "số liệu Tổng cục Hải quan": the owner right after the paper, "của" left out
        else:
            continue
        owner, body = owner.lower().strip(), y.source.lower()
        if len(owner.split()) >= 2 and (body == owner or body.startswith(owner + " ") or owner.startswith(body + " ")):
            return True
    return False


def _a_place_and_its_body(a: ClaimView, b: ClaimView, lex) -> bool:
    """A province or country as the actor of a headline ("Khánh Hòa bác bỏ ...") and a body of its
    own ("Sở Y tế tỉnh Khánh Hòa") are one side."""
    return any(y.source and y.source != x.source and y.source_type == "organization" and _body_of_place(y.source, x.source, lex)
               for x, y in ((a, b), (b, a)) if x.source)


@lru_cache(maxsize=16384)
def _body_of_place(body: str, place: str, lex) -> bool:
    low = body.lower()
    if not low.endswith(" " + place.lower()) or low[:-len(place)].split()[-1] in ("tại", "ở", "của"):
        return False  # "Đại sứ quán Nga tại Ukraine" is in the country, not of it
    if not starts_with_any(body, lex.STATE_BODY_HEADS):
        return False  # an association of the province is not it
    return place in lex.PLACES or place in lex.COUNTRY_NAMES or any(low.endswith(f" {level} {place.lower()}")
                                                                    for level in lex.PLACE_LEVELS)


def _one_body_named_twice(a: ClaimView, b: ClaimView, lex) -> bool:
    """Inside one article, a body called by its bare head ("công an", "Cơ quan công an") and the
    one named in full with that head ("Công an tỉnh Hòa Sơn") are one party."""
    if a.article != b.article or not a.source or not b.source:
        return False
    heads, firms = _head_tables(lex)
    for x, y in ((a.source.lower(), b.source.lower()), (b.source.lower(), a.source.lower())):
        # a bare head or "cơ quan" + head, not a full name ending in one ("Hiệp hội Ngân hàng"); and not a
        # company's or a bank's head, which many bodies in one article share
        head = x[len("cơ quan "):] if x.startswith("cơ quan ") else x
        if head in heads and len(head) > 2 and head not in firms and y.startswith(head + " "):
            return True
    return _named_with_its_place(a.source, b.source, lex) or _named_with_its_place(b.source, a.source, lex)


def _named_with_its_place(short: str, full: str, lex) -> bool:
    """"Sở GD&ĐT" and "Sở GD&ĐT Hải Dương": a body's name, then the same name with its place."""
    if not full.startswith(short + " ") or not starts_with_any(short, lex.ORG_HEADS) or len(short.split()) < 2:
        return False
    rest = full[len(short):].strip()
    if not 1 <= len(rest.split()) <= 4 or rest in lex.COUNTRY_NAMES or starts_with_any(rest, lex.COUNTRY_NAMES):
        return False  # ("Bộ Ngoại giao Trung Quốc" is another country's ministry)
    return starts_with_any(rest.lower(), tuple(lex.PLACE_LEVELS)) is not None or rest in lex.PLACES


@lru_cache(maxsize=4)
def _head_tables(lex) -> tuple[frozenset[str], frozenset[str]]:
    """Bodies' heads in lower case, and the heads of firms and banks ("tổng công ty", "hãng" too)."""
    firms = {v.lower() for heads in lex.GENERIC_ORG_REFS.values() for v in heads} | {"hãng", "tổng công ty"}
    return frozenset(h.lower() for h in lex.ORG_HEADS), frozenset(firms)


def _one_brand(a: ClaimView, b: ClaimView, lex) -> bool:
    """"Lam Sơn Mart" and "Công ty cổ phần Thương mại Lam Sơn": two bodies whose names share two
    capitalised words in a row that name no place ("tỉnh Lâm Hà" in both is a place, not a firm)."""
    if a.source_type != "organization" or b.source_type != "organization" or not a.source or not b.source:
        return False
    firms = tuple(_head_tables(lex)[1])
    if any(starts_with_any(x, lex.ORG_HEADS) and not starts_with_any(x, lex.ORG_HEADS).lower().startswith(firms)
           for x in (a.source, b.source)):
        return False  # a ministry and a department share their field ("Công Thương"), not a party
    places = {h.lower() for h in lex.ADMIN_PLACE_HEADS}

    def runs(name: str) -> set[tuple[str, str]]:
        words = name.split()
        return {(w1, w2) for k, (w1, w2) in enumerate(zip(words, words[1:]))
                if w1[:1].isupper() and w2[:1].isupper() and not (w1.isupper() or w2.isupper())  # "TNHH MTV"
                and (k == 0 or words[k - 1].lower() not in places)
                and f"{w1} {w2}" not in lex.PLACES and f"{w1} {w2}" not in lex.COUNTRY_NAMES
                and not starts_with_any(f"{w1} {w2}", lex.ORG_HEADS)}
    shared = runs(a.source) & runs(b.source)
    # the shared words end one of the names ("... Thương mại Lam Sơn"), not a common middle
    return any(tuple(x.split()[-2:]) in shared for x in (a.source, b.source))


def _works_for(person: ClaimView, body: ClaimView, lex) -> bool:
    """"Bà X, Giám đốc truyền thông của MuaNhanh" speaks for "Công ty CP Thương mại điện tử
    MuaNhanh": a post whose description names the body by the distinctive part of its name."""
    if body.source_type != "organization" or not body.source:
        return False
    described = _speaker_description(person).strip(" ,-–")
    if not any(starts_with_any(described, t) for t in (lex.PERSON_TITLES, lex.SPOKESPERSON_HEADS, lex.AFFILIATION_HEADS)):
        return False
    head = starts_with_any(body.source, lex.ORG_HEADS) or ""
    post = described.split(",")[0].strip()  # the apposition's first part: "tổng giám đốc công ty"
    title = next(filter(None, (starts_with_any(post, t) for t in (lex.PERSON_TITLES, lex.SPOKESPERSON_HEADS,
                                                                lex.AFFILIATION_HEADS))), "")
    employer = re.sub(r"\s+(?:này|đó)$", "", post[len(title):].strip())
    if person.article == body.article and employer in lex.GENERIC_ORG_REFS \
            and (not head or starts_with_any(body.source, lex.GENERIC_ORG_REFS[employer])):
        return True  # "Ông X, Tổng giám đốc công ty": the company the article is about, whatever its name
    if employer == body.source.lower():
        return True  # "Đại tá X, Giám đốc Công an tỉnh Hòa Lâm": the body named in full
    distinctive = [n for n in proper_names(body.source[len(head):]) if len(n) > 3
                   and n not in lex.PLACES and n not in lex.COUNTRY_NAMES]  # "Hà Nội" names a city, not the firm
    places = {h.lower() for h in lex.ADMIN_PLACE_HEADS}
    for n in distinctive:
        for m in re.finditer(rf"(?<!\w){re.escape(n.lower())}(?!\w)", described):
            before = described[:m.start()].split()
            if not before or before[-1] not in places:  # "công an tp hà nội": the city, not "Thực phẩm Hà Nội"
                return True
    return False


def one_voice(x: str, y: str, lex) -> bool:
    """"báo cáo cập nhật của Ban Chỉ huy ... tỉnh" and "Ban Chỉ huy ... tỉnh Yên Lâm": one body,
    through its report, named shorter once."""
    def body(s: str) -> str:
        s = s.lower()
        doc = starts_with_any(s, lex.DOCUMENT_HEADS)
        if doc and " của " in s:
            s = s.split(" của ", 1)[1]
        return s.strip()
    bx, by = body(x), body(y)
    return len(min(bx, by, key=len).split()) >= 3 and (bx.startswith(by) or by.startswith(bx))
