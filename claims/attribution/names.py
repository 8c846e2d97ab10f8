"""Personal names in a phrase: where a name runs ("Bộ trưởng Bộ Y tế Đào Hồng Lan" -> "Đào Hồng
Lan"), what is no part of it (a body's acronym, a country, a place before it, a people, a boat's
code). What a name looks like is `name_shapes`. Pure functions of the text and the language tables."""
from __future__ import annotations

import re
from functools import lru_cache
from typing import Sequence

from ..words import dictionary_words
from .name_shapes import _middle_named, cap_prefix, full_name, looks_foreign, person_like
from .patterns import is_cap, starts_with_any


def _ends_a_firms_name(tokens: list[str], i: int, lex) -> bool:
    """The surname at i goes on a firm's name that only capitalised words join to its head
    ("Công ty TNHH Giày Thái Hưng Phát"): the company's brand, no one's name. (After a place's
    body, "UBND xã Bình Sơn Hải Lê Hữu Phước", a person's name does follow.)"""
    for k in range(max(0, i - 6), i):
        before = " ".join(tokens[k:i])
        head = starts_with_any(before, lex.FIRM_HEADS)
        # ("công ty Hoàng Phát": right after a head, lower-case as running text writes it)
        # ("công ty Hoàng Long": right after a head, lower-case as running text writes it; "doanh
        # nghiệp Trần Văn Quang", a full personal name, is still the person)
        if head and (before[len(head):].split() or head.islower() and before == head and not _full_personal_name(tokens, i)) \
                and all(is_cap(t) for t in before[len(head):].split()):
            return True
    return False


@lru_cache(maxsize=4)
def _admin_heads(lex) -> frozenset[str]:
    return frozenset(h.lower() for h in lex.ADMIN_PLACE_HEADS)


def names_in(np: str, lex) -> list[tuple[str, str | None, str | None]]:
    """Personal names in a noun phrase: (name, title before it, gender).

    After a title the name is the first capitalised run that is not a body's name:
    "Người phát ngôn Bộ Ngoại giao Iran Nasser Kanani" -> "Nasser Kanani"."""
    out = []
    tokens = np.split()
    titles_l = {t.lower(): g for t, g in lex.PERSON_TITLES.items()}
    org_heads = {h.lower() for h in lex.ORG_HEADS}
    i = 0
    while i < len(tokens):
        title = gender = None
        span = 0
        lower = _lower_case_name(tokens, i, lex)
        if lower:
            out.append((" ".join(tokens[i:i + lower]).rstrip(".,;:"), None, "f" if tokens[i + 1].lower() == "thị" else "m"))
            i += lower
            continue
        for n in (4, 3, 2, 1):
            cand = " ".join(tokens[i:i + n]).lower().rstrip(",")
            if i + n <= len(tokens) and cand in titles_l:
                title, gender, span = cand, titles_l[cand], n
                break
        if title is not None and i > 0 and tokens[i - 1].lower() in lex.NOT_A_TITLE_AFTER.get(title, ()):
            title = None  # "Phụ nữ huyện Mai Sơn": "phụ nữ" (women) is one word, no title
        if title is not None and is_cap(tokens[i]) and i > 0 and " ".join(tokens[i - 1:i + span]).lower().lstrip("(") in org_heads:
            title = None  # "Đoàn Luật sư TP Hà Nội": the title is a word of a body's name
        if title is not None and is_cap(tokens[i]) and i > 0 and (tokens[i - 1].lower() in lex.NAMED_AFTER_PEOPLE or (
                _after_place_word(tokens, i, lex) and tokens[i - 1].lower() != "trường"
                and not (i >= 2 and tokens[i - 2].lower().endswith("trưởng")))):
            # ("Công an tỉnh Bà Rịa", "xã Bà Điểm"; not "Trưởng thôn Ông Tư", "nhà trường Cô Lan")
            title = None  # "chợ Bà Chiểu", "đường Bà Triệu": a place named after someone, no title here
        if title is None and "." in tokens[i] and tokens[i][:1].isupper():
            # "BS.CKII", "ThS.BS", "PGS.TS": degrees run together, the first known one names the post
            part = next((lex.TITLE_ABBREVIATIONS[p] for p in tokens[i].lower().split(".") if p in lex.TITLE_ABBREVIATIONS), None)
            if part:
                title, gender, span = part, titles_l.get(part), 1
        if title is None and i > 0 and (re.fullmatch(r"[A-ZĐ]{2,8}", tokens[i - 1]) or tokens[i - 1] in lex.SCHOOL_LEVEL_ENDS) \
                and is_cap(tokens[i]) and _inside_body_name(tokens, i, lex, heads=lex.NAMED_BODY_HEADS):
            # "Trường THPT Chu Văn An", "Công ty TNHH Lê Gia": a school's or firm's kind as an
            # acronym or the last word of a school's level ("THPT chuyên", "Tiểu học"), then its
            # name, a person's name given to the body: skip the body's name (a
            # person's full name may follow it: "Ngân hàng TMCP Sài Gòn Thương Tín Dương Công Minh")
            run, _ = _run_at(tokens, i, lex)
            words = [t.rstrip(",;:.") for t in tokens[i:i + len(run)]]
            tails = [k for k in range(2, len(words) - 1) if words[k] in lex.SURNAMES and 2 <= len(words) - k <= 4]
            # (a full name is most often three words: "Bắc Á Châu Trần Quốc Vinh" is the bank's, then his)
            tail = min(tails, key=lambda k: (abs(len(words) - k - 3), -k)) if tails else None
            if tail is None:
                i += max(1, len(run))
                continue
            person, i = _run_at(tokens, i + tail, lex)
            out.append((" ".join(person), None, _name_gender(person, lex)))
            continue
        if title is None:
            if (is_cap(tokens[i]) and tokens[i] in lex.SURNAMES and i + 1 < len(tokens) and is_cap(tokens[i + 1])
                    and " ".join(tokens[i:i + 2]).rstrip(".,;:") not in lex.PLACES
                    and " ".join(tokens[i:i + 2]).rstrip(".,;:") not in lex.COUNTRY_NAMES  # "Thái Lan", not Mr Thái
                    and " ".join(tokens[i:i + 2]).rstrip(".,;:") not in lex.ETHNIC_GROUPS  # "Hà Nhì": a people, not Mr Hà
                    and not _after_place_word(tokens, i, lex)
                    and not starts_with_any(" ".join(tokens[i:i + 4]), lex.ORG_HEADS)  # "Đoàn Luật sư tỉnh X"
                    # inside a body's name ("Công ty Xi măng Hà Tiên", also after "Đại diện"): the
                    # phrase opens with the body's head and a lower-case word comes right before
                    and not (i > 0 and not is_cap(tokens[i - 1]) and _inside_body_name(tokens, i, lex)
                             and not _full_personal_name(tokens, i))

                    and not _ends_a_firms_name(tokens, i, lex)):
                run, i2 = _run_at(tokens, i, lex)
                if not person_like(run, lex):
                    i = i2  # "Hòa Lâm FC": a brand's word after a surname, no one's name
                    continue
                out.append((" ".join(run), None, _name_gender(run, lex)))
                i = i2
                continue
            if is_cap(tokens[i]) and not re.fullmatch(r"[A-ZĐ]{2,8}", tokens[i]) and _after_place_word(tokens, i, lex):
                # the place's whole name ("xã Phú Lâm Tây": no "Lâm Tây"); a longer run may hold a
                # full name after it ("xã Tân Lập Nguyễn Văn An"), read word by word as before
                run, i2 = _run_at(tokens, i, lex)
                if len(run) <= 3:
                    i = i2
                    continue
            i += 1
            continue
        j = i + span
        found = None
        # long enough for "Bộ trưởng Bộ Lao động - Thương binh và Xã hội Nguyễn Thị Hằng"
        while j < len(tokens) and j <= i + span + 14:
            if title in lex.ADDRESS_TITLES and j == i + span and not is_cap(tokens[j]) and (
                    tokens[j].lower() in lex.PRE_CUE_ADVERBS or tokens[j].lower() in lex.FUTURE_MARKERS
                    or tokens[j].lower() in lex.NEGATIONS or tokens[j].lower() in lex.MOTION_VERBS):
                # "anh sẽ lại vào Nam": "anh" is he, his verb follows; "Nam" is the South, no name
                # ("Chị lên Mường Tè": she went up to a place the tables do not know)
                break
            if _lower_case_name(tokens, j, lex):
                found = ([t.rstrip(".,;:") for t in tokens[j:j + 3]], j + 3)  # "Bác sĩ trần văn nhật": a name typed in lower case
                break
            if not is_cap(tokens[j]):
                if tokens[j][:1] in "'‘\"“":
                    break  # "Cụ bà mất tiền vì cuộc gọi báo 'trúng xe SH'": a capital inside a quotation is no name
                if title in lex.PRONOUN_GENDER and tokens[j].lower() in lex.PRONOUN_GENDER and j > i + span \
                        and j + 1 < len(tokens) and is_cap(tokens[j + 1]):
                    # "Người cùng anh đi qua ... là chị Lê Thị Hằng": the name is hers, titled "chị"
                    # (not a couple's or siblings' "ông bà X", "anh chị X", "anh em X": the first title's)
                    break
                # ("cụ quẩy gánh từ Thanh Oai lên phố": a place after a verb of motion, no name)
                if tokens[j].lower() in lex.TITLE_NAME_SEARCH_STOPS \
                        or (starts_with_any(" ".join(tokens[j:j + 3]).lower(), lex.SPEECH_CUES)
                            and not any(is_cap(t) for t in tokens[i + span:j])):  # (not inside a body's name)
                    break  # ("nữ ca sĩ viết trên Facebook", "Vị giám đốc nhận định X là ...": a clause follows the title, not a name)
                j += 1
                continue
            run, j2 = _run_at(tokens, j, lex)
            if j - 1 > i + span and tokens[j - 1].lower() in _admin_heads(lex) \
                    and len(run) in (2, 3) and run[0] not in lex.SURNAMES:
                # "Chủ tịch UBND huyện Đắk Mil": a district's name after a body's, no one's ("Chủ tịch
                # xã Ksor Hơ Nin", the level right after the title, leaves the commune unnamed)
                j = j2
                continue
            if _after_place_word(tokens, j, lex) and len(run) >= 4:
                # "tỉnh Hòa Lâm Vũ Đức Thịnh": the place's name, then the person's, opening with a
                # surname, most often three words ("xã Phú Lâm Tây Lê Văn Hùng"); else two for the place
                # (a place the tables know ends where it ends: "tỉnh Bình Dương Hồ Hoa")
                known = [k for k in (3, 2, 1) if k < len(run) - 1 and " ".join(run[:k]) in lex.PLACES]
                splits = [k for k in (1, 2, 3) if k < len(run) and run[k] in lex.SURNAMES and 2 <= len(run) - k <= 4]
                run = run[known[0] if known else min(splits, key=lambda k: (abs(len(run) - k - 3), k)) if splits else 2:]
            elif _after_foreign_place_word(tokens, j, lex) and len(run) == 3 and all(looks_foreign(t) for t in run):
                run = run[1:]  # "bang California Gavin Newsom": a one-word place, then the person
            elif _after_foreign_place_word(tokens, j, lex) and len(run) == 1 and looks_foreign(run[0]):
                # "Phó thống đốc tỉnh Gorontalo", "bang California": a place's name, no one's ("Chủ tịch
                # xã Phạm Văn Lợi" leaves the commune unnamed: a surname opens the holder's name)
                j = j2
                continue
            followed_by_lower = j2 < len(tokens) and tokens[j2][:1].islower() and not tokens[j2 - 1].endswith((",", "."))
            if run and run[0].lower() in org_heads and title not in lex.ADDRESS_TITLES:
                # "Thứ trưởng Bộ Công Thương Lê Quang Thịnh": the body's name, then the person's
                whole, jw = list(run), j2
                # (a school's level may end lower-case: "Trường THPT chuyên Nguyễn Bỉnh Khiêm")
                while jw < len(tokens) and (is_cap(tokens[jw]) or tokens[jw] in lex.SCHOOL_LEVEL_ENDS and jw + 1 < len(tokens)
                                            and is_cap(tokens[jw + 1])) and not tokens[jw - 1].endswith((",", ";", ":", ")", ".")):
                    whole.append(tokens[jw].rstrip(".,;:)"))
                    jw += 1
                tails = [k for k in range(1, len(whole) - 1) if whole[k] in lex.SURNAMES and 2 <= len(whole) - k <= 4
                         and " ".join(whole[k - 1:k + 1]) not in lex.PLACES
                         and " ".join(whole[k:]) not in lex.PLACES]  # ("TP Hồ Chí Minh": the city, no one's name)
                school = any(w in lex.SCHOOL_LEVEL_ENDS for w in whole[1:3])
                # (a school's name is most often a person's, "Trường THCS Phan Bội Châu Vũ Đình Khải":
                # the holder's full name is the last three words)
                tail = (min(tails, key=lambda k: (abs(len(whole) - k - 3), -k)) if school and len(whole) - tails[0] > 3
                        else None if school else tails[0]) if tails else None
                if tail is not None:
                    found = (whole[tail:], jw)
                    break
                if school:
                    j = jw  # "Hiệu trưởng Trường THCS Phan Bội Châu": the school's name, a historic person's
                    continue
            run = _drop_non_name_prefix(run, lex)
            if j > i + span and not is_cap(tokens[j - 1]) and _inside_body_name(tokens, j, lex):
                # "Giám đốc Công ty Xi măng Hà Tiên Nguyễn Văn An": the body's name ends, the person's begins
                tail = next((k for k in range(2, len(run) - 1) if run[k] in lex.SURNAMES and 2 <= len(run) - k <= 4
                             and run[k - 1] not in lex.SCHOOL_LEVEL_ENDS), None)
                whole_name = 2 <= len(run) <= 4 and run[0] in lex.SURNAMES and run[1] in lex.GENDERED_MIDDLE_NAMES
                run = run[tail:] if tail is not None and not whole_name else run  # ("Quốc hội Trịnh Thị Kim Oanh": the name is whole)
            body_name = not run or (run[0].lower() in org_heads and title not in lex.ADDRESS_TITLES) or " ".join(run) in lex.PLACES or (

                len(run) > 1 and " ".join(run) in lex.COUNTRY_NAMES) or (  # "Bộ Ngoại giao Thái Lan": no Mr Thái
                " ".join(run) in lex.ETHNIC_GROUPS) or (  # "người phụ nữ Hà Nhì": where she is from
                run == [run[0]] and _vessel_code(run[0], tokens[j2:j2 + 1])) or (  # "tàu QNg 95317 TS": a code
                # ("người đàn ông Mông", "cô gái Tày", "cô gái người Thái": where one is from; a title
                # right before the word makes it a given name, "chị Hoa")
                run == [run[0]] and run[0] in lex.ONE_SYLLABLE_PEOPLES
                and (_sex_noun(" ".join(tokens[i:j]), lex) or _sex_noun(" ".join(tokens[max(0, i - 1):j]), lex)
                     or j > i + span and tokens[j - 1].lower() == "người")) or (
                title not in lex.ADDRESS_TITLES and not person_like(run, lex)) or (
                followed_by_lower and (len(run) == 1 and title not in lex.ADDRESS_TITLES)) or (
                # "Hiệu trưởng Trường Đại học Hà Thành": the end of the body's name, no one's
                title not in lex.ADDRESS_TITLES and j > i + span and not is_cap(tokens[j - 1])
                and _inside_body_name(tokens, j, lex, lex.NAMED_BODY_HEADS) and not _full_personal_name(tokens, j)
                and not any(looks_foreign(t) for t in run))
            if not body_name and run and not (len(run) == 1 and (
                    (run[0] in lex.COUNTRY_NAMES and (title not in lex.KIN_TITLES or j != i + span))  # "chị Nga" is a woman; "tướng Iran", "cô gái Nga" no one
                    or run[0] in lex.OUTLETS or re.fullmatch(r"[A-ZĐ]{2,}", run[0]))):  # "cô gái VN"
                found = (run, j2)
                break
            j = j2
        if found:
            out.append((" ".join(found[0]), title, gender or _name_gender(found[0], lex)))
            i = found[1]
        else:
            i += span
    # ("Ủy ban Bầu cử Quốc gia Bồ Đào Nha", "Ủy ban châu Âu": the surnames Đào and Âu inside a
    # country's or a region's name name no one)
    return [x for x in out if not _inside_geo_name(np, x[0], lex)]


@lru_cache(maxsize=4)
def _geo_rx(lex) -> re.Pattern:
    names = sorted(set(lex.COUNTRY_NAMES) | set(lex.PLACES) | set(lex.REGION_NAMES), key=len, reverse=True)
    return re.compile(rf"(?<!\w)(?:{'|'.join(map(re.escape, names))})(?!\w)")


def _inside_geo_name(np: str, name: str, lex) -> bool:
    """Whether every place `name` stands in `np` is a proper part of a country's, place's or
    region's name (a name that is the whole of one, "chị Nga", stays a name, and so does "anh Hà"
    in "anh Hà, sinh viên Hà Nội")."""
    spans = [(m.start(), m.end()) for m in _geo_rx(lex).finditer(np)]
    at = [m.start() for m in re.finditer(rf"(?<!\w){re.escape(name)}(?!\w)", np)]
    return bool(at) and all(any(a <= k and k + len(name) <= b and b - a > len(name) for a, b in spans) for k in at)


def _inside_body_name(tokens: list[str], i: int, lex, heads=None) -> bool:
    """Whether token i continues a body's name begun a few words before ("Công ty Xi măng Hà
    Tiên", "Trường tiểu học Nguyễn Trãi"): a body's head, then only words of a name (no verb
    or adverb of a clause: "Tòa án ... đã tuyên phạt Trương Mỹ Lan" names a person). With `heads`,
    only a body of those kinds, one that takes a proper name ("Trường Đại học Hà Thành"; "Sở Y tế"
    is named by its field, so "Giám đốc Sở Y tế Lê Minh" names a person)."""
    for k in range(max(0, i - BODY_NAME_WORDS), i):
        head = starts_with_any(" ".join(tokens[k:i]), lex.ORG_HEADS if heads is None else heads)
        if head and head[:1].isupper():
            between = tokens[k + len(head.split()):i]
            # (a function word inside a capitalised word of the name is no clause: "Nhà ở")
            # ("Đầu tư và Thương mại": "và" before a capitalised word joins the name's fields)
            return all(w.lower() not in lex.STOPWORDS and w.lower() not in lex.PRE_CUE_ADVERBS
                       and w.lower() not in lex.CLAUSE_WORDS
                       or n > 0 and is_cap(between[n - 1]) and f"{between[n - 1]} {w}".lower() in dictionary_words()
                       or w == "và" and 0 < n < len(between) - 1 and is_cap(between[n + 1])
                       for n, w in enumerate(between))
    return False


def holders_name(words: list[str], lex, full: str, sentence: str) -> bool:
    """Three or four capitalised words from a family name ending a body's name `full`, written in
    `sentence` after an office's title: its holder's ("Giám đốc Công ty Hoàng Long Trần Văn Nam"),
    no longer name of the body; not a name the body bears ("Trường Đại học Y khoa Phạm Ngọc Thạch")."""
    if not (3 <= len(words) <= 4 and words[0] in lex.SURNAMES and all(is_cap(w) for w in words)
            and " ".join(words[:2]) not in lex.PLACES):
        return False
    at = sentence.find(full)
    before = sentence[:at].rstrip().lower() if at > 0 else ""
    return any(before.endswith(t.lower()) for t in lex.PERSON_TITLES)


def _full_personal_name(tokens: list[str], i: int) -> bool:
    """Three or more capitalised words from a family name: a person's full name, even after a
    body's ("Cán bộ Sở Y tế Nguyễn Văn Nam"); a body's own name part rarely has three ("Hà Tiên")."""
    run = 0
    for tok in tokens[i:]:
        if not is_cap(tok):
            break
        run += 1
        if tok.endswith((",", ".", ";", ":")):
            break
    return run >= 3


BODY_NAME_WORDS = 9  # a body's head, its kind ("tiểu học", "Xi măng", "CP Đầu tư và Thương mại") and the name's first word


def _after_foreign_place_word(tokens: list[str], i: int, lex) -> bool:
    """A lower-case place word right before token i ("tỉnh Gorontalo", "bang Oregon"), not the
    end of another word ("Cục Dự trữ liên bang Jerome Powell")."""
    return _after_place_word(tokens, i, lex) and not tokens[i - 1][:1].isupper() \
        and not (i >= 2 and f"{tokens[i - 2]} {tokens[i - 1]}".lower() in lex.NOT_PLACE_WORDS)


def _after_place_word(tokens: list[str], i: int, lex) -> bool:
    """Whether a place's head noun ("xã", "thành phố") comes right before token i, or before a
    building's or block's code that does ("tòa nhà B4 Kim Liên", "thôn 3 Tân Lập")."""
    # (a code is a block's or a building's number, "B4", "CT3", "12"; a full name after it, three
    # words or more, is a person's: "nhà ga T3 Lê Thị Hồng")
    if i >= 2 and re.fullmatch(r"(?:[A-ZĐ]{1,3}\d{0,3}|\d{1,3}[A-Z]?)", tokens[i - 1]) and any(ch.isdigit() for ch in tokens[i - 1]) \
            and len(_run_at(tokens, i, lex)[0]) <= 2:
        i -= 1
    return any(i >= n and " ".join(tokens[i - n:i]).lower() in lex.PLACE_WORDS for n in (1, 2))


def _name_gender(run: Sequence[str], lex) -> str | None:
    middle = run[1:-1] if len(run) >= 3 else []
    return next((lex.GENDERED_MIDDLE_NAMES[t] for t in middle if t in lex.GENDERED_MIDDLE_NAMES), None)


def _lower_case_name(tokens: list[str], i: int, lex) -> int:
    """"trần văn nhật", "Nguyễn thị dậu": a family name, "văn" or "thị", then a given name, typed
    with lower-case letters (the treebank's text, hasty copy): three words of a name (none when the
    name is written as names are, for the paths that read capitals)."""
    if i + 2 >= len(tokens) or tokens[i + 1].lower() not in ("văn", "thị") or tokens[i].endswith((",", ".", ";", ":")) \
            or tokens[i + 1].endswith((",", ".", ";", ":")):
        return 0
    if is_cap(tokens[i]) and is_cap(tokens[i + 1]):
        return 0
    family = tokens[i][:1].upper() + tokens[i][1:].lower()
    given = tokens[i + 2].rstrip(".,;:")
    word = f"{tokens[i + 1].lower()} {given.lower()}"
    if family not in lex.SURNAMES or not given.isalpha() or given.lower() in lex.STOPWORDS \
            or word in dictionary_words() or _old_tone_place(word) in dictionary_words():
        return 0  # ("văn hóa", "thị xã", "thị trường": a word, no middle and given name)
    return 3


# the dictionary writes a tone over the second vowel of "oa", "oe", "uy" ("hoá"), news most often
# over the first ("hóa")
_TONE_MOVES = {f"{toned}{second}": f"{plain}{moved}" for plain, toneds, second, moveds in (
    ("o", "óòỏõọ", "a", "áàảãạ"), ("o", "óòỏõọ", "e", "éèẻẽẹ"), ("u", "úùủũụ", "y", "ýỳỷỹỵ"))
    for toned, moved in zip(toneds, moveds)}


def _old_tone_place(word: str) -> str:
    return re.sub("|".join(_TONE_MOVES), lambda m: _TONE_MOVES[m.group(0)], word)


def _run_at(tokens: list[str], j: int, lex) -> tuple[list[str], int]:
    run = []
    while j < len(tokens) and len(run) < 6 and not (run and tokens[j][:1] in "([") and (is_cap(tokens[j]) or (
            # a particle inside a foreign name ("Martin de Vries", "Ludwig van Beethoven")
            run and tokens[j] in lex.NAME_PARTICLES and j + 1 < len(tokens) and is_cap(tokens[j + 1])
            and looks_foreign(run[-1]))):
        run.append(tokens[j].rstrip(".,;:)"))
        j += 1
        if tokens[j - 1].endswith((",", ";", ":", ")", ".")):
            break
    return run, j


def _drop_non_name_prefix(run: list[str], lex) -> list[str]:
    """From "Israel Benjamin Netanyahu" or "Bộ Ngoại giao Iran Nasser Kanani" keep the name."""
    run = list(run)
    changed = True
    while changed and len(run) > 1:
        changed = False
        for n in (3, 2, 1):
            head = " ".join(run[:n])
            if len(run) > n and (head in lex.COUNTRY_NAMES or head in lex.OUTLETS or head in lex.NAMED_GROUPS
                                 or head in lex.PLACES):  # "Sở Y tế Hà Nội Nguyễn Văn An": the city, then the name
                run = run[n:]
                changed = True
                break
        if not changed and len(run) > 2 and run[1] in lex.SURNAMES and run[0] not in lex.SURNAMES and (
                run[0].isupper() or looks_foreign(run[0])) and not any(looks_foreign(t) for t in run[2:]):
            run = run[1:]  # "Vicofa Nguyễn Quang Đạt", "CKII Trần Thu Hương": a body's acronym or a degree, then the name
            changed = True
            continue
        if not changed and len(run) > 2 and len(run[0]) > 1 and run[0].isupper() and run[0].isalpha() \
                and not run[1].isupper():
            run = run[1:]  # "MEC Grace Phiri", "HĐQT HTBank Phan Văn Lực": a body's acronym before the name
            changed = True
            continue
        if not changed and len(run) > 2 and run[0].lower() in {h.lower() for h in lex.ORG_HEADS}:
            run = run[2:]  # "Điện Kremlin Dmitry Peskov": head + one name word belong to the body
            changed = True
    return run


def _sex_noun(words: str, lex) -> bool:
    """Whether words are a sex noun ("người đàn ông", "cô gái", "phụ nữ"), not a form of address."""
    noun = re.sub(r"^người\s+", "", words.lower())
    return noun in lex.BARE_SEX_NOUNS or (noun in lex.GENDERED_NOUNS and noun not in lex.ADDRESS_TITLES)


def _vessel_code(word: str, after: list[str]) -> bool:
    """A boat's registration ("QNg 95317 TS", "BĐ 90127"): a province's two to four short letters,
    two of them capitals, then a number of four or more digits; "Trump 2 lần", "Merkel 16 năm",
    "McCain 2008" are names."""
    return len(word) <= 4 and sum(c.isupper() for c in word) >= 2 and bool(after) \
        and re.fullmatch(r"\d{4,}", after[0].rstrip(",.;:")) is not None
