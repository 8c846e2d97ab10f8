"""Why a pair the ranker scored speaks for no one, read from the sentence around it: a cue that is
part of another word, someone asked or told to say or do something, a paper or a passive that
says it, a place or a thing that only sounds like a source, a relay. Small pure predicates that
`decide` asks of each pair before taking the best."""
from __future__ import annotations

import re
from functools import lru_cache
from typing import Sequence

from ..words import glued_to_word_before
from . import noun_phrases
from .candidates import Pair
from .features import Token
from .patterns import (OPEN_Q, STRAIGHT_Q, ends_with_entry, gives_a_count, right_after_speaker, says_nothing, starts_with_any, strip_words,
                       theo_not_source)
from .phrases import classify


def nobody_says(art, text: str, tokens: Sequence[Token], pair: Pair, mention: str, cue: str) -> bool:
    """"- Phí học kỹ năng sống và STEAM: 600.000 đồng": a mention no table places, a verb no table
    calls a cue and no speech after it (no quotation mark, no colon right after the verb): nothing
    in the sentence says anyone speaks."""
    if art.rx["cue"].fullmatch(cue.strip()) or cue.strip().lower() in art.lex.SOURCE_PREPOSITIONS or cue == mention \
            or any(c in text for c in OPEN_Q + STRAIGHT_Q):
        return False
    after = text[tokens[pair.cue[1] - 1].end:].lstrip()
    if after.startswith(":"):
        return False
    trimmed = trimmed_mention(art, mention)
    if trimmed and all(w[:1].isupper() for w in trimmed.split()):
        return False  # name-shaped ("Vy nghĩ vậy", "Hào đưa ra hai giả thiết: ..."): someone the tables do not know
    return bool(trimmed) and noun_phrases.np_candidate(art, trimmed, is_last=True) is None \
        and noun_phrases.classify_here(art, trimmed) is None and classify(trimmed, art.lex) is None


def tells_to_do(art, tokens: Sequence[Token], pair: Pair) -> bool:
    """"Ông Hải bảo Khoán đi về": a telling cue, the one addressed (a pronoun or a name) and a plain
    verb next is an instruction, not a report; "bảo tôi rằng ...", "bảo Hồng đã đi" (an aspect word
    opens a clause) still report."""
    lo, hi = pair.cue
    if " ".join(t.text.lower() for t in tokens[lo:hi]) not in art.lex.TELLING_CUES or pair.src[0] > lo:
        return False
    k = hi
    while k < len(tokens) and k < hi + 3 and tokens[k].upos in ("PRON", "PROPN") \
            and tokens[k].text.lower() not in art.lex.REFLEXIVE_PRONOUNS:
        k += 1  # the one addressed: "tôi", "chúng tôi", "Khoán" ("bảo mình biết": herself, a report)
    # (a verb of saying or knowing next is what the one addressed said or knew: "bảo Khánh nói dối")
    return hi < k < len(tokens) and tokens[k].upos == "VERB" and not art.rx["cue"].fullmatch(tokens[k].text) \
        and tokens[k].text.lower() not in art.lex.NON_CUE_MENTAL


def asked_before(art, text: str, tokens: Sequence[Token], pair: Pair) -> bool:
    """"UBND tỉnh đã yêu cầu Sở Y tế khẩn trương xác định ...": the mention right after a request
    verb is the one asked to act, not a speaker."""
    if not pair.src or pair.src[0] > pair.cue[0]:
        return False
    before = text[:tokens[pair.src[0]].start].lower().split()
    return ends_with_entry(before, art.lex.ASKING_VERBS)


def relayed(art, tokens: Sequence[Token], src: tuple[int, int]) -> bool:
    """The rules' mention holds a relay ("Báo X dẫn lời ông Y"): the verb inside it is the relay's,
    and the rules already credited the one relayed."""
    words = " " + " ".join(t.text.lower() for t in tokens[src[0]:src[1]]) + " "
    return any(f" {cue} " in words for cue in art.lex.RELAY_CUES)


def says_nothing_here(art, text: str, tokens: Sequence[Token], pair: Pair) -> bool:
    """The pair's cue in a caption says nothing (`patterns.says_nothing`)."""
    if not pair.src or pair.src[0] > pair.cue[0] or any(c in text for c in OPEN_Q + STRAIGHT_Q):
        return False
    kind = art.s[art._si].kind if art._si is not None else "body"
    return says_nothing(art.lex, kind, text[:tokens[pair.cue[0]].start], text[tokens[pair.cue[1] - 1].end:])


def unplaced_thing(art, src: str) -> bool:
    """A common noun phrase no table places and no one's name, pronoun or title: a thing."""
    words = src.split()
    if not words or words[0][:1].isupper() and any(w[:1].isupper() for w in words[1:]):
        return False
    cand = noun_phrases.np_candidate(art, src, is_last=True)
    return cand is None or cand.stype == "document"


def place_goes_on(art, text: str, tokens: Sequence[Token], pair: Pair) -> bool:
    """"Chàng trai quê Diễn Châu, Nghệ An nói": a province after a comma that ends a place ("quê
    Diễn Châu", "ở huyện X") is the larger place it lies in, not someone who speaks."""
    src = text[tokens[pair.src[0]].start:tokens[pair.src[1] - 1].end].strip(" ,")
    if src not in art.lex.PLACES:
        return False
    before = text[:tokens[pair.src[0]].start].rstrip()
    if not before.endswith(","):
        return False
    words = before[:-1].split()[-5:]
    leads = {w.lower() for w in words[:-1]}
    return bool(words) and words[-1][:1].isupper() and bool(leads & (art.lex.PLACE_WORDS | art.lex.HOME_LEADS))


def where_someone_is(art, text: str, tokens: Sequence[Token], pair: Pair) -> bool:
    """"Giám đốc một hợp tác xã ở Bạc Liêu cho biết": a place after a preposition of place is where
    the speaker is, never the speaker."""
    lo, hi = pair.src  # (the span as proposed: a place right after its preposition needs no tidying)
    return lo > 0 and re.fullmatch(art.lex.PLACE_PREPOSITIONS, tokens[lo - 1].text.lower()) is not None \
        and noun_phrases.a_place(art, text[tokens[lo].start:tokens[hi - 1].end])


def _numbered_paper(art, before: str) -> bool:
    """"Công văn 215", "Quyết định số 1234": the number right before is a paper's, not a count."""
    words = before.lower().split()[:-1]
    if words and words[-1] == "số":
        words = words[:-1]
    return bool(ends_with_entry(words, art.lex.DOCUMENT_HEADS))


def asked_to_say(art, text: str, tokens: Sequence[Token], pair: Pair) -> bool:
    """A request or wish between the mention and its cue: "Cục CSGT đề nghị người dân phản ánh ...",
    "Hiệp hội kiến nghị Bộ công bố ...": the mention asks someone else to speak, which the guideline
    does not count as reporting; so is a wish or request taken as the cue itself ("Người dân mong
    sớm có ...")."""
    unnamed, request = _request_patterns(art.lex)
    if request.fullmatch(text[tokens[pair.cue[0]].start:tokens[pair.cue[1] - 1].end].lower()):
        return True
    if pair.src[1] > pair.cue[0]:
        return False
    # from the mention's second word ("Hiệp hội ... kiến nghị Bộ" may be one proposed span) to the cue
    doc = starts_with_any(text[tokens[pair.src[0]].start:], art.lex.DOCUMENT_HEADS)  # "Đơn kiến nghị": a paper's name
    start = max(tokens[pair.src[0]].end, tokens[pair.src[0]].start + len(doc or ""))
    between = text[start:tokens[pair.cue[0]].start].lower()
    between = unnamed.sub(" ", between)  # "đề nghị giấu tên": asking not to be named, not a request to speak
    asked = request.search(between)
    # ("bà Lan mong muốn và khẳng định ...", "... không muốn nêu tên X nhưng cho biết": the
    # statement is a second verb of hers)
    # (a finding asked for stays asked for past a comma: "đề nghị X xác minh vụ việc, làm rõ ...")
    finding = text[tokens[pair.cue[0]].start:tokens[pair.cue[1] - 1].end].lower() in art.lex.FINDING_CUES
    return bool(asked) and (finding or not re.search(r",|(?<!\w)(?:và|nhưng)(?!\w)", between[asked.end():]))


def a_bodys_head(art, text: str, tokens: Sequence[Token], pair: Pair) -> bool:
    """The rules' subject is a body's head of several words, whole ("Đoàn kiểm tra", "Đoàn công
    tác"): its first word, a family name too, is no person's name the parse ended there."""
    mention = text[tokens[pair.src[0]].start:tokens[pair.src[1] - 1].end]
    head = starts_with_any(mention, art.lex.ORG_HEADS)
    return bool(head) and len(head) == len(mention) and " " in head


def figures_published_unnamed(art, text: str, tokens: Sequence[Token], pair: Pair, cue: str) -> bool:
    """"Số liệu sơ bộ công bố giữa tháng 5 cho thấy ...": figures (no owner named among them), the
    verb that published them right after, then what they show: no one speaks. Not a paper of
    another kind ("Báo cáo thường niên công bố hôm qua cho thấy": the report is the source), nor
    "Số liệu Tổng cục Thống kê công bố ...": the office's."""
    if cue not in art.lex.DOCUMENT_RELEASE_VERBS or not pair.src or pair.src[1] != pair.cue[0]:
        return False
    mention = text[tokens[pair.src[0]].start:tokens[pair.src[1] - 1].end]
    shows = art.rx["shows"].search(text, tokens[pair.cue[1] - 1].end)
    return bool(shows) and bool(starts_with_any(mention, art.lex.THEO_OWNER_NOUNS)) \
        and not any(w[:1].isupper() for w in mention.split()[1:])


def paper_or_passive(art, text: str, tokens: Sequence[Token], pair: Pair) -> bool:
    """"lễ ký tuyên bố chung", "ban hành thông báo": a cue word right after a verb that issues or
    signs a paper names that paper, as the rules read it (`cues.cue_ok`); so is a cue in the
    passive ("được xác định là anh X": someone identified him, no one speaks)."""
    before = text[:tokens[pair.cue[0]].start].lower().split()
    cue = text[tokens[pair.cue[0]].start:tokens[pair.cue[1] - 1].end].lower()
    if before and before[-1] in art.lex.PASSIVES and cue not in art.lex.VERB_ONLY_CUES:
        return True
    if len(before) >= 2 and before[-2] in art.lex.PASSIVES and f"{before[-1]} {cue}" in art.lex.SPEECH_CUES:
        return True  # "bị cáo buộc" read as "bị cáo" + "buộc": accused, the cue in the passive
    if figures_published_unnamed(art, text, tokens, pair, cue):
        return True
    if cue == "theo" and pair.src and theo_not_source(text[tokens[pair.src[0]].start:tokens[pair.src[1] - 1].end], art.lex):
        return True  # "Theo quy định tại khoản 4 Điều 174", "theo kế hoạch": under a rule or a plan, no one speaks
    # ("số liệu do X công bố cho thấy": a verb that is never a noun names no paper)
    return ends_with_entry(before, art.lex.ISSUING_VERBS) and cue not in art.lex.VERB_ONLY_CUES


def paper_cue_of_another(art, text: str, tokens: Sequence[Token], pair: Pair) -> bool:
    """A cue only papers speak with ("thể hiện") after a mention that is no paper; a counting cue
    ("ghi nhận") after a place."""
    cue = text[tokens[pair.cue[0]].start:tokens[pair.cue[1] - 1].end].lower()
    if cue not in art.lex.SPEECH_CUES and any(cue.startswith(c + " ") for c in art.lex.DOCUMENT_ONLY_CUES):
        cue = next(c for c in art.lex.DOCUMENT_ONLY_CUES if cue.startswith(c + " "))  # ("ghi bàn": a player scores)
    if not pair.src or cue not in art.lex.DOCUMENT_ONLY_CUES | art.lex.PLACE_COUNTS_CUES:
        return False
    src = text[tokens[pair.src[0]].start:tokens[pair.src[1] - 1].end]
    if cue in art.lex.PLACE_COUNTS_CUES:
        return noun_phrases.a_place(art, src)  # "Hà Nội ghi nhận 1.900 ca": a place counts, says nothing
    found = classify(src, art.lex)
    if found is not None and found.stype == "document":
        return False
    if found is None and cue in art.lex.PAPER_ONLY_CUES and unplaced_thing(art, src):
        return False  # "Sổ giao nhận của bưu điện xã ghi rõ": what only a paper does makes it one
    return not noun_phrases.published_paper(art, text[:tokens[pair.cue[0]].start])  # ("Báo cáo ... do Hội X công bố ghi nhận")


@lru_cache(maxsize=4)
def _request_patterns(lex) -> tuple[re.Pattern, re.Pattern]:
    # ("không muốn nêu tên" asks nothing of anyone either)
    unnamed = re.compile(rf"(?:(?:đề nghị|xin|yêu cầu)\s+)?(?:{'|'.join(map(re.escape, lex.UNNAMED_BY_REQUEST))})")
    return unnamed, re.compile(rf"(?<!\w)(?:{'|'.join(map(re.escape, lex.NON_CUE_MENTAL))}|kiến nghị)(?!\w)")


def part_of_another_word(art, text: str, start: int, end: int) -> bool:
    """A cue word that the words around it make another word or use ("bảo đảm", "kể cả", "Mẹ bảo
    con đi học": the language's guard tables), whatever the ranker scored."""
    words = text[start:end].lower().split()
    before = text[:start].lower().split()[-1:]
    label = text[:start].lower().split()[-2:-1]
    if before and re.fullmatch(r"\d[\d.,]*\d|\d", before[0]) and " ".join(words) not in art.lex.VERB_ONLY_CUES \
            and not (label and label[0] in art.lex.NUMBER_LABELS) and not _numbered_paper(art, text[:start]):
        return True  # "gần 6.000 bình luận": a count of comments, a noun ("Công văn 215 ghi rõ": a paper's number)
    for k in range(len(words), 0, -1):  # the tagger may join "bảo hiểm" into one token
        cue = " ".join(words[:k])
        after = (" ".join(words[k:]) + " " + text[end:].lower()).strip()
        if any(after.startswith(w) and not (after[len(w):len(w) + 1].isalnum() or after[len(w):len(w) + 1] == "_")
               for w in art.lex.NOT_SPEECH_AFTER.get(cue, ())) \
                or (before and before[0] in art.lex.NOT_SPEECH_BEFORE.get(cue, ())) \
                or (cue in art.lex.OBJECT_OF_VERBS and ends_with_entry(text[:start].split(), art.lex.OBJECT_OF_VERBS[cue])) \
                or len(words) == 1 and glued_to_word_before(text[:start], cue):
            return True
        if cue in art.lex.CUES_RIGHT_AFTER_SPEAKER and not right_after_speaker(text[:start], art.lex):
            return True  # "nhiệt điện than": coal
        if cue in art.lex.CUES_NEEDING_A_FIGURE and not gives_a_count(after, art.lang):
            return True  # "cập nhật hình ảnh mới": no count updated
        if cue in art.lex.CUES_ONLY_BEFORE and not starts_with_any(after, art.lex.CUES_ONLY_BEFORE[cue]):
            return True  # "bác Tư": an uncle
    return False


def trimmed_mention(art, mention: str) -> str:
    """Leading discourse words and times off, and what follows a comma (an apposition: an age,
    a home town, a role) when what precedes it is a name."""
    words = strip_words(mention, art.lex.DISCOURSE_PREFIXES + art.lex.LEADING_ADVERBIALS, at_end=False)
    words = art.rx["time_tail"].sub("", words).strip() or words
    head = words.split(",")[0].strip()
    if head and head != words and any(w[:1].isupper() for w in head.split()):
        words = head
    return words or mention
