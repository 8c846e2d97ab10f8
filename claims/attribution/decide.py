"""The model decides: of the proposed (cue, mention) pairs, the ranker's best, if its score
reaches the model's threshold; its mention becomes a source and its score a calibrated confidence.

- When the model has a rules floor, the rules' own pair is kept whenever the ranker gives it at
  least that score: the ranker then adds recall where the rules found nothing and vetoes only
  the rules' pairs it finds very unlikely.

- A pair the rules proposed keeps the rules' attribution (their resolution of fullest names,
  relays, quote kind), with the model's confidence.
- Another pair's mention becomes a source through the same phrase classifier and article memory
  the rules use; what they cannot place is kept as written.
- No pair above the threshold: the sentence is unattributed, whatever the rules said.
"""
from __future__ import annotations

import re
from functools import lru_cache
from dataclasses import replace
from typing import Sequence

from . import noun_phrases, subjects
from ..words import glued_to_word_before
from .candidates import Pair
from .features import Token
from .mention_span import credit_set_off, described_by_a_clause, name_end, tidy_span, unnamed_then_clause
from .model import Model
from .name_shapes import looks_foreign
from .patterns import OPEN_Q, STRAIGHT_Q, ends_with_entry, gives_a_count, right_after_speaker, starts_with_any, theo_not_source
from .phrases import classify
from .quotes import quote_spans, quoted_words
from .ranker import scored_pairs
from .types import Attribution, Candidate


def decide(art, si: int, proposal: list[Attribution], tokens: Sequence[Token], feats: Sequence[dict],
           pairs: Sequence[Pair], model: Model, open_quote: bool) -> tuple[list[Attribution], float | None]:
    """The sentence's attributions and the winning pair's raw score (None: no pair)."""
    text = art.s[si].text
    # (the rules read their own cues' surroundings; a proposer's cue word may be part of another word)
    scored = [x for x in scored_pairs(model.ranker, tokens, feats, pairs)
              if ("rule" in x[2] or not _part_of_another_word(art, text, tokens[x[0].cue[0]].start, tokens[x[0].cue[1] - 1].end))
              and not _asked_to_say(art, text, tokens, x[0]) and not _paper_or_passive(art, text, tokens, x[0])
              and not _paper_cue_of_another(art, text, tokens, x[0]) and not _tells_to_do(art, tokens, x[0])
              and not _asked_before(art, text, tokens, x[0]) and not _place_goes_on(art, text, tokens, x[0])
              and not _where_someone_is(art, text, tokens, x[0])]
    primary = next((x for x in proposal if x.role == "speaker"), None)
    lead = art.rx["rumour_lead"].match(text) if primary is not None and primary.source_type == "anonymous" else None
    if lead is not None and primary.cue == lead.group("what"):
        # "Trên một số diễn đàn xuất hiện tin đồn ...": a lead the treebank the ranker learnt from
        # never has; it credits what spreads online whatever the ranker scores, trusted as a bare pass
        return _keep_rules(art, proposal, model, model.threshold), model.threshold
    if not scored:
        return [], None
    rule = next(((p, s) for p, s, hows in scored if "rule" in hows), None)
    if rule is not None and name_end(tokens, *rule[0].src, art.lex) < rule[0].src[1] \
            and not subjects.a_listed_body_name(art.lang, text[tokens[rule[0].src[0]].start:tokens[rule[0].src[1] - 1].end]) \
            and not _relayed(art, tokens, rule[0].src) and not described_by_a_clause(tokens, rule[0], art.lex) \
            and not credit_set_off(art, tokens, rule[0]) and not _a_bodys_head(art, text, tokens, rule[0]):
        # the rules' subject ran on past a name into the verb phrase: not kept as is (but see below)
        kept_unnamed_rule = primary if unnamed_then_clause(tokens, rule[0].src, art.lex) else None
        primary = None
    else:
        kept_unnamed_rule = None
    if primary is not None and rule is not None and model.rules_floor is not None:
        # the ranker's word on the rules' mention, whichever cue it pairs it with ("Số liệu do các
        # sở Y tế công bố cho thấy": the rules' cue "cho thấy", the ranker's "công bố")
        backed = max(s for p, s, _ in scored if p.src == rule[0].src)
        if backed >= model.rules_floor:
            cut = _cut_inside_a_word(text, tokens, primary.mention)
            if cut is not None:
                # "Bà tươi [cười]", "Lê Văn Hậu cung [khai]": the rules' mention ends inside a word
                # of the parse ("tươi cười", "cung khai"); the mention is what comes before that word
                return _recut(art, si, proposal, cut, text, model, backed), backed
            return _keep_rules(art, proposal, model, backed), backed
    pair, score, _ = max(scored, key=lambda x: x[1])
    if score < model.threshold and kept_unnamed_rule is not None and model.rules_floor is not None:
        # "một cán bộ Hạt Kiểm lâm huyện X có mặt tại hiện trường ước tính": no tidier mention
        # the ranker trusts; the rules' unnamed person with the clause that says which one
        backed = max(s for p, s, _ in scored if p.src == rule[0].src)
        if backed >= model.rules_floor:
            return _keep_rules(art, proposal, model, backed), backed
    if score < model.threshold:
        return [], score
    lo, hi = tidy_span(tokens, pair.src, art.lex)
    a, b = tokens[lo].start, tokens[hi - 1].end
    mention = text[a:b].strip(" ,:-–")
    cue = text[tokens[pair.cue[0]].start:tokens[pair.cue[1] - 1].end]
    if cue.strip() == ":":
        cue = mention  # a speaker set before a colon: the name is the cue (the guideline's convention)
    if primary is not None and rule is not None and rule[0].cue == pair.cue and rule[0].src == pair.src:
        return _keep_rules(art, proposal, model, score), score
    if _nobody_says(art, text, tokens, pair, mention, cue):
        return [], score
    confidence = _confidence(model, score, _is_pronoun(art, mention))
    resolved = _resolve(art, si, mention)
    if resolved is None:
        return [], score
    name, stype = resolved
    if cue.lower() in art.lex.PAPER_ONLY_CUES and stype in ("person", "anonymous") and name == _trim(art, mention) \
            and classify(name, art.lex) is None and _unplaced_thing(art, name):
        stype = "document"  # what only a paper does ("ghi rõ") makes the thing no table places one
    if stype == "person" and name not in art.people and not _is_pronoun(art, name):
        art.add_person(name, None, None, si, a)  # a pronoun left as written is nobody a later one can mean
    spans_q, _ = quote_spans(text, open_quote)
    quote = "direct" if quoted_words(text, spans_q) >= 3 else "indirect"
    return [Attribution(name, mention, stype, cue, quote, confidence)], score


def _nobody_says(art, text: str, tokens: Sequence[Token], pair: Pair, mention: str, cue: str) -> bool:
    """"- Phí học kỹ năng sống và STEAM: 600.000 đồng": a mention no table places, a verb no table
    calls a cue and no speech after it (no quotation mark, no colon right after the verb): nothing
    in the sentence says anyone speaks."""
    if art.rx["cue"].fullmatch(cue.strip()) or cue.strip().lower() in art.lex.SOURCE_PREPOSITIONS or cue == mention \
            or any(c in text for c in OPEN_Q + STRAIGHT_Q):
        return False
    after = text[tokens[pair.cue[1] - 1].end:].lstrip()
    if after.startswith(":"):
        return False
    trimmed = _trim(art, mention)
    if trimmed and all(w[:1].isupper() for w in trimmed.split()):
        return False  # name-shaped ("Vy nghĩ vậy", "Hào đưa ra hai giả thiết: ..."): someone the tables do not know
    return bool(trimmed) and noun_phrases.np_candidate(art, trimmed, is_last=True) is None \
        and noun_phrases.classify_here(art, trimmed) is None and classify(trimmed, art.lex) is None


def _tells_to_do(art, tokens: Sequence[Token], pair: Pair) -> bool:
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


def _asked_before(art, text: str, tokens: Sequence[Token], pair: Pair) -> bool:
    """"UBND tỉnh đã yêu cầu Sở Y tế khẩn trương xác định ...": the mention right after a request
    verb is the one asked to act, not a speaker."""
    if not pair.src or pair.src[0] > pair.cue[0]:
        return False
    before = text[:tokens[pair.src[0]].start].lower().split()
    return ends_with_entry(before, art.lex.ASKING_VERBS)


def _cut_inside_a_word(text: str, tokens: Sequence[Token], mention: str) -> tuple[str, str] | None:
    """(the mention up to the word, the whole word) when a mention, where the text first holds it,
    ends inside one of the parse's words with a lower-case syllable of it ("Bà tươi" of "tươi
    cười"; a name the tagger glued to its verb, "Sáu cười", is still a name)."""
    at = text.find(mention) if mention else -1
    if at < 0:
        return None
    end = at + len(mention)
    t = next((t for t in tokens if t.start < end < t.end and " " in text[t.start:t.end]
              and text[t.start:end].strip()[:1].islower()), None)
    if t is None or t.start <= at:
        return None
    return text[at:t.start].strip(" ,"), text[t.start:t.end]


def _recut(art, si: int, proposal: list[Attribution], cut: tuple[str, str], text: str, model: Model,
           score: float) -> list[Attribution]:
    mention, word = cut
    resolved = _resolve(art, si, mention)
    if resolved is None:
        return []
    name, stype = resolved
    return [replace(x, source=name, mention=mention, source_type=stype, cue=word,
                    confidence=_confidence(model, score, _is_pronoun(art, mention))) if x.role == "speaker" else x
            for x in proposal]


def _relayed(art, tokens: Sequence[Token], src: tuple[int, int]) -> bool:
    """The rules' mention holds a relay ("Báo X dẫn lời ông Y"): the verb inside it is the relay's,
    and the rules already credited the one relayed."""
    words = " " + " ".join(t.text.lower() for t in tokens[src[0]:src[1]]) + " "
    return any(f" {cue} " in words for cue in art.lex.RELAY_CUES)


def _unplaced_thing(art, src: str) -> bool:
    """A common noun phrase no table places and no one's name, pronoun or title: a thing."""
    words = src.split()
    if not words or words[0][:1].isupper() and any(w[:1].isupper() for w in words[1:]):
        return False
    cand = noun_phrases.np_candidate(art, src, is_last=True)
    return cand is None or cand.stype == "document"


def _place_goes_on(art, text: str, tokens: Sequence[Token], pair: Pair) -> bool:
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


def _where_someone_is(art, text: str, tokens: Sequence[Token], pair: Pair) -> bool:
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


def _asked_to_say(art, text: str, tokens: Sequence[Token], pair: Pair) -> bool:
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


def _a_bodys_head(art, text: str, tokens: Sequence[Token], pair: Pair) -> bool:
    """The rules' subject is a body's head of several words, whole ("Đoàn kiểm tra", "Đoàn công
    tác"): its first word, a family name too, is no person's name the parse ended there."""
    mention = text[tokens[pair.src[0]].start:tokens[pair.src[1] - 1].end]
    head = starts_with_any(mention, art.lex.ORG_HEADS)
    return bool(head) and len(head) == len(mention) and " " in head


def _figures_published_unnamed(art, text: str, tokens: Sequence[Token], pair: Pair, cue: str) -> bool:
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


def _paper_or_passive(art, text: str, tokens: Sequence[Token], pair: Pair) -> bool:
    """"lễ ký tuyên bố chung", "ban hành thông báo": a cue word right after a verb that issues or
    signs a paper names that paper, as the rules read it (`cues.cue_ok`); so is a cue in the
    passive ("được xác định là anh X": someone identified him, no one speaks)."""
    before = text[:tokens[pair.cue[0]].start].lower().split()
    cue = text[tokens[pair.cue[0]].start:tokens[pair.cue[1] - 1].end].lower()
    if before and before[-1] in art.lex.PASSIVES and cue not in art.lex.VERB_ONLY_CUES:
        return True
    if len(before) >= 2 and before[-2] in art.lex.PASSIVES and f"{before[-1]} {cue}" in art.lex.SPEECH_CUES:
        return True  # "bị cáo buộc" read as "bị cáo" + "buộc": accused, the cue in the passive
    if _figures_published_unnamed(art, text, tokens, pair, cue):
        return True
    if cue == "theo" and pair.src and theo_not_source(text[tokens[pair.src[0]].start:tokens[pair.src[1] - 1].end], art.lex):
        return True  # "Theo quy định tại khoản 4 Điều 174", "theo kế hoạch": under a rule or a plan, no one speaks
    # ("số liệu do X công bố cho thấy": a verb that is never a noun names no paper)
    return ends_with_entry(before, art.lex.ISSUING_VERBS) and cue not in art.lex.VERB_ONLY_CUES


def _paper_cue_of_another(art, text: str, tokens: Sequence[Token], pair: Pair) -> bool:
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
    if found is None and cue in art.lex.PAPER_ONLY_CUES and _unplaced_thing(art, src):
        return False  # "Sổ giao nhận của bưu điện xã ghi rõ": what only a paper does makes it one
    return not noun_phrases.published_paper(art, text[:tokens[pair.cue[0]].start])  # ("Báo cáo ... do Hội X công bố ghi nhận")


@lru_cache(maxsize=4)
def _request_patterns(lex) -> tuple[re.Pattern, re.Pattern]:
    # ("không muốn nêu tên" asks nothing of anyone either)
    unnamed = re.compile(rf"(?:(?:đề nghị|xin|yêu cầu)\s+)?(?:{'|'.join(map(re.escape, lex.UNNAMED_BY_REQUEST))})")
    return unnamed, re.compile(rf"(?<!\w)(?:{'|'.join(map(re.escape, lex.NON_CUE_MENTAL))}|kiến nghị)(?!\w)")


def _part_of_another_word(art, text: str, start: int, end: int) -> bool:
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
                or len(words) == 1 and glued_to_word_before(text[:start], cue):
            return True
        if cue in art.lex.CUES_RIGHT_AFTER_SPEAKER and not right_after_speaker(text[:start], art.lex):
            return True  # "nhiệt điện than": coal
        if cue in art.lex.CUES_NEEDING_A_FIGURE and not gives_a_count(after, art.lang):
            return True  # "cập nhật hình ảnh mới": no count updated
    return False


def _confidence(model: Model, score: float, pronoun: bool = False) -> float:
    """The score through the calibration; a credit whose mention is a bare pronoun ("Ông nói")
    rests on which earlier person it points to, and is trusted at most as often as such credits
    were right out of fold (`Model.pronoun_confidence`)."""
    value = model.calibrate(score)
    if pronoun and model.pronoun_confidence is not None:
        value = min(value, model.pronoun_confidence)
    return round(max(0.01, min(0.99, value)), 2)


def is_bare_pronoun(mention: str, lex) -> bool:
    """A mention that is a pronoun and nothing else ("Ông", "bà ta"): who it is rests on resolution."""
    return mention.strip().lower() in lex.PRONOUN_GENDER


def _is_pronoun(art, mention: str) -> bool:
    return is_bare_pronoun(mention, art.lex)


def _keep_rules(art, proposal: list[Attribution], model: Model, score: float) -> list[Attribution]:
    """The rules' attribution (their fullest names, relays, quote kind) with the model's confidence."""
    return [replace(x, confidence=_confidence(model, score, _is_pronoun(art, x.mention))) if x.role == "speaker" else x
            for x in proposal]


def _trim(art, mention: str) -> str:
    """Leading discourse words and times off, and what follows a comma (an apposition: an age,
    a home town, a role) when what precedes it is a name."""
    from .patterns import strip_words

    words = strip_words(mention, art.lex.DISCOURSE_PREFIXES + art.lex.LEADING_ADVERBIALS, at_end=False)
    words = art.rx["time_tail"].sub("", words).strip() or words
    head = words.split(",")[0].strip()
    if head and head != words and any(w[:1].isupper() for w in head.split()):
        words = head
    return words or mention


def _own_newsroom(art, si: int, mention: str) -> bool:
    """The paper's own newsroom with its verb right after ("Tòa soạn xin đính chính", where the
    segmenter leaves "Tòa" a word of its own): no source, unless the article named a board before
    (then `phrases.classify` reads the bare name as pointing back to it)."""
    text = art.s[si].text
    at = text.lower().find(mention.lower())
    room = starts_with_any(text[at:], art.lex.OWN_NEWSROOM) if at >= 0 else None
    parsed = art.s[si].parsed
    if not room or parsed is None:
        return False
    after = next((t for t in parsed.tokens if t.start >= at + len(room)), None)
    if after is not None and after.upos not in ("VERB", "AUX", "ADV"):
        return False  # "Ban biên tập bộ sách X", "Tòa soạn báo Y": that board, that paper
    return not any(room.lower() in art.s[k].text.lower() for k in range(si))


def _resolve(art, si: int, mention: str) -> tuple[str, str] | None:
    """A mention as a source: the rules' phrase classifier and the article's memory; a mention
    they cannot place is kept as written (a capitalised one a person, else an unnamed one)."""
    if not mention:
        return None
    # the rules' own clean-up of a subject phrase first: times, adverbs, clause openers and
    # appositions off ("Giờ đây Vy" -> "Vy", "Trọng hoàn, quê Hải Dương" -> "Trọng hoàn")
    mention = _trim(art, mention)
    if mention.count("“") != mention.count("”"):
        return None  # a name cut inside a quoted one ("Nhóm Facebook “Hội Phụ Huynh Hà Nội")
    if _own_newsroom(art, si, mention) or mention.lower() in art.lex.MEASURE_NOUNS:
        return None  # (nor what a figure measures: "thiệt hại ước tính 1.850 tỷ đồng")
    words = mention.split()
    if words[0].lower() in art.lex.ANONYMOUS_QUANTIFIERS and not any(w[:1].isupper() for w in words[1:]):
        return mention, "anonymous"  # "các bác tài xe ôm", "một người dân": an unnamed group or person
    cand = noun_phrases.np_candidate(art, mention, is_last=True) or noun_phrases.classify_here(art, mention) \
        or classify(mention, art.lex)
    if cand is not None:
        fin = art.resolve(cand, si)
        if fin is not None:
            return fin
        if cand.stype == "pronoun" and mention.lower() in art.lex.PLURAL_PRONOUNS:
            return mention, "anonymous"  # an unresolved "họ": an unnamed group
        if cand.stype in ("pronoun", "title"):
            return mention, "person"  # an unresolved "anh", "ông giám đốc": a person, as written
        if cand.stype == "anaphor" and cand.title == "named":
            return None  # "dự án này" with no "dự án" named before: nothing that speaks
    elif starts_with_any(mention.lower(), _gendered_nouns(art.lex)):
        # "chàng sinh viên": no table places it, but it describes one person, as the memory reads
        # a description ("người đàn ông có làn da sạm")
        fin = art.resolve(Candidate(mention, mention, "epithet"), si)
        if fin is not None and fin[1] == "person":
            return fin
    words = mention.split()
    if len(words) > 1 and all(w[:1].islower() for w in words[1:]) and words[0] not in art.lex.SURNAMES \
            and not looks_foreign(words[0]) and not starts_with_any(mention.lower(), _gendered_nouns(art.lex)):
        # (one person's noun keeps its reading: "Chàng trai này kể")
        return mention, "anonymous"  # "Dân bản kể": a common noun capitalised at the sentence's start; names are title-cased
    if words[0][:1].isupper() or words[-1][:1].isupper():
        known = art.known_given_name(words[-1]) if len(words) == 1 else None
        return (known.name, "person") if known else (mention, "person")
    return mention, "anonymous"


@lru_cache(maxsize=4)
def _gendered_nouns(lex) -> tuple[str, ...]:
    return tuple(lex.GENDERED_NOUNS)

