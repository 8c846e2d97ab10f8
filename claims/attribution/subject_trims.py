"""Where the stretch before a cue is cut to its subject: past a verb inside it ("Công an ... phát
hiện 2 tài khoản [đăng tải]"), after a clause and "và", before a second predicate. Used by
`subjects.subject_before` on the segment nearest the cue."""
from __future__ import annotations

import re

from .clauses import np_words
from .noun_phrases import np_candidate
from .patterns import is_cap, starts_with_any
from .phrase_parts import org_heads_capitalised
from .phrases import classify

def after_inner_verb(art, seg: str, off: int) -> str:
    """"Công an ... phát hiện 2 tài khoản Facebook [đăng tải]": when the tagger finds a verb
    inside the stretch before a cue, the cue's subject is what follows that verb."""
    parsed = art.s[art._si].parsed if art._si is not None else None
    if parsed is None or not parsed.tokens or starts_with_any(seg.strip(), art.lex.DOCUMENT_HEADS):
        return seg  # "báo cáo Sở Y tế gửi UBND tỉnh [nêu]": the verb belongs to the document's description
    if art.rx["name_comma"].search(seg) and starts_with_any(seg.strip(), art.lex.ORG_HEADS):
        return seg  # "Phòng Cảnh sát phòng cháy, chữa cháy và cứu nạn, cứu hộ Công an tỉnh X": the verbs name its work
    cut = None
    for tok in parsed.tokens:
        if tok.start < off or tok.end > off + len(seg) or tok.upos != "VERB":
            continue
        low = tok.text.lower()
        if not tok.text[:1].islower() or low in np_words(art):
            continue
        if low in art.lex.PRE_CUE_ADVERBS or art.rx["cue"].fullmatch(tok.text):
            continue
        cut = tok.end - off
        cut_verb = low
    rest = seg[cut:].strip() if cut is not None else ""
    if cut is not None and (cut_verb in art.lex.NON_CUE_MENTAL or cut_verb in art.lex.AFFILIATION_VERBS):
        return seg  # "đề nghị Bộ trưởng nêu rõ": what someone was asked to say; "X thuộc Viện Y": where X works
    # only a clear source after the verb ("2 tài khoản Facebook", "một người dân", a name)
    if not rest or not (rest[0].isdigit() or rest[0].isupper() or starts_with_any(rest, art.lex.ANONYMOUS_QUANTIFIERS)):
        return seg
    in_body = re.search(rf"(?<!\w)(?:{org_heads_capitalised(art.lang)})\s(?!.*\scủa\s)", seg[:cut]) is not None
    admin_place = in_body and re.fullmatch(rf"(?:{'|'.join(map(re.escape, art.lex.ADMIN_PLACE_HEADS))})\.?"
                                           rf"(?:\s+[{art.lex.UPPER}]\w*)+", rest, flags=re.I) is not None
    if rest in art.lex.PLACES or rest in art.lex.COUNTRY_NAMES or admin_place:
        # "Trung tâm Xúc tiến du lịch Quảng Bình", "Ban Quản lý dự án đầu tư xây dựng TP Cần Thơ": a
        # place closing a body's name ("du lịch", "xây dựng" read as verbs)
        return seg
    if any(f" {sub} " in f" {seg[:cut].lower()} " for sub in art.lex.SUBORDINATORS if sub not in art.lex.COORDINATORS):
        return seg  # "Sau khi nghe X giải thích": X speaks inside a subordinate clause
    if classify(rest, art.lex) is None and classify(seg.strip(), art.lex) is not None:
        return seg  # "Ban Quản lý dự án đầu tư xây dựng các công trình ...": the verbs name the body's work
    return seg[cut:]


def after_a_clause_and(art, seg: str, off: int) -> str:
    """"khoảng 800 kg cá chết tại hồ và cơ quan chức năng [kết luận]": a clause (a verb after its
    own subject), then "và" and a noun phrase with no verb right before the cue: the noun phrase
    speaks, not the clause."""
    parsed = art.s[art._si].parsed if art._si is not None else None
    joins = list(re.finditer(r"\svà\s", seg))
    if parsed is None or not joins:
        return seg
    join = joins[-1]
    left, right = seg[:join.start()], seg[join.end():]
    verbs = [t for t in parsed.tokens if off <= t.start and t.end <= off + len(seg) and t.upos == "VERB"
             and t.text[:1].islower() and t.text.lower() not in np_words(art)]
    if not right.strip() or not left.strip() or any(t.start >= off + join.end() for t in verbs) \
            or not any(off + len(left) - len(left.lstrip()) < t.start < off + join.start() for t in verbs):
        return seg
    whole = np_candidate(art, seg.strip(), is_last=True)
    if whole is not None and whole.stype in ("organization", "media"):
        return seg  # ("Ban Chỉ huy phòng, chống thiên tai, tìm kiếm cứu nạn và phòng thủ dân sự": one body's name)
    c = np_candidate(art, right.strip(), is_last=True)
    return right if c is not None and c.stype in ("organization", "anonymous", "person", "media") else seg


def before_second_predicate(art, seg: str, off: int) -> str:
    """"đoàn kiểm toán đo đạc lại và [xác định]", "Đoàn kiểm tra làm việc tại hiện trường và [kết
    luận]": a stretch ending with "và" right before the cue holds a first predicate; the subject
    is what comes before its verb, the first verb that leaves a subject of three words or a name
    ("Người nhặt ve chai ... tìm thấy": "nhặt" is part of who; "Lực lượng chữa cháy có mặt").
    Not after a request or a purpose clause, nor before a posting verb."""
    end = re.search(r"\s(?:và|rồi)\s*$", seg)
    parsed = art.s[art._si].parsed if art._si is not None else None
    if parsed is None:
        return seg
    if end is None:
        # ("lặng đi một lúc rồi chậm rãi [nói]": how the second was done, between "rồi" and the
        # cue, words the parse reads as adjectives or adverbs)
        with_manner = re.search(r"\s(?:và|rồi)\s+(\S+(?:\s+\S+)?)\s*$", seg)
        manner = [t for t in parsed.tokens if off + with_manner.start(1) <= t.start and t.end <= off + with_manner.end(1)] \
            if with_manner else []
        if not manner or any(t.upos not in ("ADJ", "ADV") or not t.text[:1].islower() for t in manner):
            return seg
        end = with_manner
    lead = len(seg) - len(seg.lstrip())
    head = starts_with_any(seg.strip(), art.lex.ORG_HEADS) or ""
    cue = next((t for t in parsed.tokens if t.start >= off + end.end()), None)
    if cue is None or cue.text.lower() in art.lex.POSTING_CUES:
        # ("xác minh người quay và [đăng tải]": the one filmed may have posted; the parse's
        # joins are no surer guide, it reads "kết luận" after "làm việc ... và" as an adverbial)
        return seg
    for verb in parsed.tokens:
        if not (off + lead + len(head) < verb.start and verb.end <= off + end.start() and verb.upos == "VERB"
                and verb.text[:1].islower() and verb.text.lower() not in np_words(art)):
            continue
        subject = seg[:verb.start - off]
        words = subject.split()
        if len(words) < 3 and not any(is_cap(w) for w in words[1:]):
            continue  # ("Người", "Lực lượng": the verb names who, not what they did)
        predicate = f" {seg[verb.start - off:end.start()].lower()} "
        if any(f" {w} " in predicate for w in art.lex.INNER_CLAUSE_OPENERS + art.lex.NON_CUE_MENTAL):
            return seg  # ("yêu cầu Sở X kiểm tra ... và [báo cáo]": what someone was asked to do)
        c = np_candidate(art, subject.strip(), is_last=True)
        return subject if c is not None and c.stype in ("person", "organization", "anonymous", "title", "media") else seg
    return seg


def without_relative_clause(seg: str) -> str:
    """", chủ chiếc sà lan mà nhiều người dân nhắc đến, [khẳng định]": an apposition closed by a
    comma before the cue describes the subject; the one inside its "mà" clause does not speak."""
    return re.sub(r"\s+mà\s+.*$", "", seg) if seg.strip()[:1].islower() else seg
