"""The rules for one sentence, in order: a leading "Theo X, ...", a vague lead, a relay ("X dẫn
lời Y"), subject + cue, and a postposed "..., theo X."."""
from __future__ import annotations

import re
from dataclasses import replace

from . import cues, noun_phrases, subjects
from .patterns import MASK, asks, is_cap, starts_with_any, strip_words, theo_not_source
from .phrases import classify
from .quotes import mask, quote_spans, quoted_words
from .claimhood import drop_credit
from .gestures import gesture_before_quote
from .headlines import headline_speaker
from .types import Attribution, Candidate, SentenceIn


def analyse(art, si: int, open_quote: bool) -> tuple[list[Attribution], bool, bool, list[tuple[int, int]]]:
    sent = art.s[si]
    art._si = si
    text = drop_credit(sent.text) if sent.kind == "caption" else sent.text
    spans, still_open = quote_spans(text, open_quote)
    # a comma inside a body's name ("Theo Ban Chỉ đạo phòng, chống thiên tai tỉnh X, ...") ends no
    # phrase: it is hidden from every comma search below
    masked = art.rx["name_comma"].sub(lambda m: m.group(0).replace(",", "\u201a"), mask(text, spans))
    low = masked.lower()
    hedged = bool(art.rx["hedge"].search(low))
    qwords = quoted_words(text, spans)
    atts: list[Attribution] = []

    def make(cand: Candidate, cue: str | None, conf: float, role: str = "speaker",
             quote: str | None = "indirect") -> Attribution | None:
        fin = art.resolve(cand, si)
        if fin is None:
            return None
        name, stype = fin
        if cand.stype in ("pronoun", "title"):
            conf -= 0.1
        lone = cand.mention.strip()
        # (a paper may recount, "Đơn kể lại"; it never confides or asks)
        person_only = art.lex.PERSON_ONLY_CUES if cand.stype == "single" else art.lex.PERSON_ONLY_CUES - art.lex.RECOUNTING_CUES
        if cand.stype in ("single", "document") and stype in ("organization", "document") and cue \
                and cue.lower() in person_only and " " not in lone and lone[:1].isupper() and lone.isalpha():
            stype = "person"  # "James tâm sự", "Thư hỏi": a lone capitalised word only a person's name fits
        elif cand.stype == "single" and stype == "organization":
            conf -= 0.15
        if stype == "person" and name not in art.people and name.lower() not in art.lex.FIRST_PERSON_WORDS:
            art.add_person(name, cand.title, cand.gender, si, 0)
        return Attribution(name, cand.mention, stype, cue, quote, round(max(0.05, min(conf, 0.99)), 2), role)

    quote_kind = "direct" if qwords >= 3 else "indirect"
    # 1. leading "Theo X, ..."
    m = art.rx["lead_theo"].match(masked)
    if m:
        # a comma inside a body's name ends no credit: "Theo Sở Văn hóa, Thể thao và Du lịch tỉnh X, ..."
        # (nor one inside brackets: "Theo Cục Cảnh sát giao thông (Cục CSGT, Bộ Công an), ...")
        after = subjects.inside_body_names(art, art.rx["name_comma"].sub(lambda c: c.group(0).replace(",", "\u201a"),
                                                                          masked[m.end():]))
        after = re.sub(r"\([^()]*\)", lambda p: p.group(0).replace(",", "\u201a"), after)
        comma = after.find(",")
        x_text = text[m.end(): m.end() + comma] if comma > 0 else ""
        # "Theo UBND huyện X cho biết, ...": the verb after the credited name repeats the credit (also
        # with its date: "theo ước tính của Cục Thống kê công bố ngày 6/5, ...")
        for stretch in (x_text, art.rx["time_tail"].sub("", x_text).rstrip()):
            cut = _credit_repeated_at(art, stretch)
            if cut is not None:
                x_text = stretch[:cut]
                break
        # ("Theo trang tin X dẫn số liệu từ Ban Chỉ huy Y, ...": Y's figures, X relays them)
        relayed = noun_phrases.relayed_within(art, x_text.strip()) if x_text and not theo_not_source(x_text, art.lex) else None
        if relayed is not None:
            x_text = relayed[0]
        if x_text and not theo_not_source(x_text, art.lex):
            x = noun_phrases.classify_credited(art, art.rx["time_tail"].sub("", x_text).strip())
            lo = m.end() + comma + 1
            inner = cues.main_cue(art, masked, text, lo)
            nested = art.rx["lead_theo"].match(masked[lo:].lstrip())
            theo_cue = text[m.start(1): m.end(1)]
            if nested:
                lo2 = lo + (len(masked[lo:]) - len(masked[lo:].lstrip())) + nested.end()
                c2 = masked[lo2:].find(",")
                y = classify(text[lo2: lo2 + c2].strip(), art.lex) if c2 > 0 else None
                if y:
                    a = make(y, text[lo2 - len(nested.group(0)) + nested.start(1): lo2 - len(nested.group(0)) + nested.end(1)] or "theo", 0.88)
                    if a:
                        atts.append(a)
            # (an outlet named again, "Cũng theo tờ báo này, đại biểu X cho rằng", relays its speaker too)
            # (and so does a person: "Theo bác sĩ Hòa, chị Đỗ Thị Lan, mẹ bé, kể rằng ...": the mother
            # speaks, the doctor relays her, as the guideline's "theo phóng viên X, Tướng Y cho biết")
            relays = x is None or x.stype in ("media", "title") or x.stype == "anaphor" and x.title == "media" \
                or inner is not None and x.stype == "person" and inner[0].stype in ("person", "organization") and inner[0].named \
                and inner[1].group(0).lower() in art.lex.TELLING_RELAYED \
                and strip_words(masked[lo:].lstrip(), art.lex.DISCOURSE_PREFIXES, at_end=False).startswith(inner[0].mention) \
                and (len(inner[0].name.split()) >= 2 or (inner[0].title or "").lower() in art.lex.ADDRESS_TITLES)
            # (right after the comma, a full name or "chị Lan"; "Giám đốc Khối phân tích ..." is X's office)
            if not atts and inner and relays and _subject_leads(art, masked, text, lo, inner):
                cand, cm = inner
                nxt = art.rx["cue"].match(masked, cm.end() + 1)
                if cm.group(0).lower() == "lên tiếng" and nxt:
                    cm = nxt
                a = make(cand, text[cm.start(): cm.end()], 0.9, quote=quote_kind)
                if a:
                    atts.append(a)
            if not atts:
                appos = _apposition_after(art, masked, text, lo)
                if appos is not None and (x is None or x.stype in ("title", "anonymous") or not x.named):
                    a = make(appos, theo_cue, 0.85, quote=quote_kind)
                elif x is not None:
                    a = make(x, theo_cue, 0.9 if x.named or x.stype in ("anonymous", "document") else 0.75,
                             quote=quote_kind)
                else:
                    a = None
                if a:
                    atts.append(a)
                    x = None
            if atts and x is not None and x.stype != "title":
                r = make(x, theo_cue, 0.8, role="relay")
                if r and r.source != atts[0].source:
                    atts.append(r)
            by = noun_phrases.classify_here(art, relayed[1]) if relayed is not None and atts else None
            r = make(by, "dẫn", 0.8, role="relay") if by is not None else None  # (an outlet: `relayed_within`)
            if r and r.source != atts[0].source:
                atts.append(r)
    # 2. vague leads: "Thông tin ban đầu, ...", "Trên mạng xã hội xuất hiện thông tin ..."
    if not atts:
        rm = art.rx["rumour_lead"].match(masked)
        if rm and not _official_channel(art, text[rm.start("lead"):rm.end("lead")]):
            where = "channel" if rm.group("channel") else "channel2"
            phrase = f"{rm.group('what')} trên {text[rm.start(where):rm.end(where)]}"
            atts.append(Attribution(phrase, text[rm.start('lead'):rm.end()].strip(), "anonymous",
                                    text[rm.start('what'):rm.end('what')],
                                    "indirect", 0.8))
    if not atts:
        vm = art.rx["vague_lead"].match(masked)
        if vm:
            phrase = text[: vm.end() - 1].strip()
            phrase = re.sub(r"^theo\s+", "", phrase, flags=re.I)
            atts.append(Attribution(phrase, phrase, "anonymous", phrase, "indirect", 0.8))
    # 3. subject + cue, with "X dẫn lời Y" relays
    if not atts:
        rm = art.rx["relay"].search(masked)
        if rm:
            relay = subjects.subject_before(art, masked, text, rm.start())
            target, _ = cues.relay_target(art, masked, text, rm)
            # (the one relayed is the source even when the relaying outlet is not placed: "Tờ báo còn
            # dẫn lời một số hộ dân ... cho biết")
            explicit = len(rm.group(0).split()) > 1  # ("dẫn lời", "dẫn nguồn"; a bare "dẫn" may be "hướng dẫn")
            # ("bị dẫn lời sai", "Đoạn dẫn lời ...": quoted, or a noun, no one relays anyone)
            passive = (masked[:rm.start()].lower().split()[-1:] or [""])[0] in art.lex.RELAY_NOT_AFTER
            by = _relayed_passively(art, masked, text, rm.start()) if explicit else None  # ("được ... hướng dẫn")
            if by is not None:
                # "Một quan chức Mỹ giấu tên được tờ Washington Post dẫn lời nói ...": the one
                # before "được" speaks, the one after it relays
                target, relay = by
            if target and (relay and not relay.embedded or relay is None and explicit and not passive):
                cue_m = art.rx["cue"].search(masked, rm.end())
                cue = text[cue_m.start(): cue_m.end()] if cue_m else text[rm.start(): rm.end()]
                a = make(target, cue, 0.85, quote=quote_kind)
                r = make(relay, text[rm.start(): rm.end()], 0.8, role="relay") if relay else None
                atts.extend(x for x in (a, r) if x)
    if not atts:
        found = cues.main_cue(art, masked, text)
        if found and found[0].stype == "document":
            found = _speaker_tag_at_end(art, masked, text) or found
        if found:
            cand, cm = found
            cue = text[cm.start(): cm.end()]
            nxt = art.rx["cue"].match(masked, cm.end() + 1)
            if cue.lower() == "lên tiếng" and nxt:  # "lên tiếng bác bỏ": the second verb says what was said
                cue = text[nxt.start(): nxt.end()]
                cm = nxt
            after = low[cm.end():].lstrip()
            if after.startswith("rằng") and cue.lower() in ("nói", "khẳng định", "nhấn mạnh", "nhất trí rằng"):
                cue = cue + " rằng" if not cue.lower().endswith("rằng") else cue
            conf = 0.9
            if cue.lower() in ("kể", "nêu", "viết", "thông tin", "đăng tải", "khai", "lên tiếng", "trả lời",
                               "xác định", "làm rõ", "kết luận", "phát hiện ra", "thông báo", "công bố"):
                conf -= 0.1
            if not cand.named and cand.stype not in ("anonymous", "pronoun", "title", "document"):
                conf -= 0.15
            a = make(cand, cue, conf, quote=quote_kind)
            if a:
                atts.append(a)
    # 3a. a verb with a "rằng" clause ("nhiều người phàn nàn rằng ..."): whatever the verb, it
    # reports what its subject says or holds (a wish, "hy vọng rằng", excepted)
    if not atts:
        that = _verb_before_that(art, masked, text, sent)
        if that is not None:
            cand = subjects.subject_before(art, masked, text, that[0])
            if cand is not None and not cand.embedded and cand.stype not in ("document", "media"):  # (a test result proves, no one says)
                a = make(cand, text[that[0]:that[1]], 0.7, quote=quote_kind)
                if a:
                    atts.append(a)
    # 3b. the guideline's direct quote with a speaker, read from the shape, not from the verb: a
    # speaker tag after a quote whose verb is no cue ('"...", vị chuyên gia khuyến nghị.'), or what
    # someone did, then a colon and a quote ("Cậu bé gật đầu: “...”")
    for read in (_tag_after_quote, gesture_before_quote):
        found = read(art, masked, text, sent) if not atts and qwords >= 3 else None
        a = make(found[0], found[1], 0.75, quote="direct") if found is not None else None
        if a:
            atts.append(a)
    # 4. postposed "..., theo X." credits the whole sentence
    pm = art.rx["post_theo"].search(masked)
    if pm and not theo_not_source(pm.group(2), art.lex):
        x_raw = text[pm.start(2): pm.end(2)]
        x_raw = _trim_np(art, x_raw, sent, pm.start(2))
        x = noun_phrases.classify_credited(art, x_raw) if x_raw else None
        cue_before = any(cues.cue_ok(art, low, cm, masked)[0] for cm in art.rx["cue"].finditer(masked, max(0, pm.start() - 15))
                         if cm.end() <= pm.start())  # "kể từ năm 2004, theo X": "kể từ" is no cue
        speaker = next((a for a in atts if a.role == "speaker" and a.cue and a.cue.lower() != "theo"), None)
        if x is not None and not cue_before and speaker is not None and x.stype == "media":
            # "“...”, bà nói ..., theo Reuters.", "Chính phủ X thông báo ..., theo Reuters.": the speaker
            # speaks, the agency relays it ("..., theo thông tin từ quan chức X" names the real speaker)
            r = make(x, text[pm.start(1): pm.end(1)], 0.8, role="relay")
            if r:
                atts.append(r)
        elif x is not None and not cue_before and not (speaker is not None and x.stype == "document"
                                                       and starts_with_any(x.mention, art.lex.LEGAL_DOCUMENT_HEADS)):
            # (a speaker who cites a law at the end, "..., theo Nghị định 15/2020", stays the
            # source; "..., theo cáo trạng" credits the indictment)
            a = make(x, text[pm.start(1): pm.end(1)], 0.85, quote=quote_kind)
            if a:
                # the postposed credit covers the whole sentence, subject and cue included
                atts = [a]
    # 4b. "Số tiền còn lại, theo lời bị cáo, đã được chuyển ...": a credit between commas covers the
    # sentence as a leading one does, when nothing else in it credits anyone
    mm = art.rx["mid_theo"].search(masked) if not atts else None
    if mm and not theo_not_source(mm.group(2), art.lex):
        x = noun_phrases.classify_credited(art, text[mm.start(2): mm.end(2)].strip())
        if x is not None and (x.named or x.stype in ("title", "pronoun", "media", "document", "anonymous")
                              or starts_with_any(x.name, art.lex.ORG_HEADS)):  # "theo cơ quan điều tra": a body
            a = make(x, text[mm.start(1): mm.end(1)], 0.8, quote=quote_kind)
            if a:
                atts.append(a)
    # 4c. "Dẫn nguồn X, báo Y cho biết ...": the outlet relays X, who is the source
    lead = re.match(r"\s*(?:Dẫn|Trích dẫn)\s+(?:nguồn(?:\s+tin)?(?:\s+từ)?|lời|thông tin (?:từ|của)|số liệu (?:từ|của)|dữ liệu (?:từ|của))\s+([^,;:]+),",
                    masked)
    speaker = next((x for x in atts if x.role == "speaker"), None)
    if lead and speaker is not None and speaker.source_type in ("media", "organization"):
        phrase = text[lead.start(1):lead.end(1)].strip()
        page = re.match(r"(?:trang|website)\s+[^A-ZĐ]*([A-ZĐ].*)$", phrase)  # "trang theo dõi sự cố hàng không The Aviation Herald"
        relayed = Candidate(page.group(1), phrase, "media", named=True) if page else classify(phrase, art.lex)
        a = make(relayed, speaker.cue, speaker.confidence, quote=quote_kind) if relayed is not None else None
        if a:
            atts = [a] + [replace(speaker, role="relay")] + [x for x in atts if x is not speaker]
    # 5. a headline in the form "Source: statement" ("Bộ Công Thương: Không để thiếu xăng dầu"); in
    # the body, a transcript's line "Giám đốc Sở X Lê Văn A: Toàn tỉnh có ..." (a named person only)
    if not atts and sent.kind in ("headline", "body"):
        a = headline_speaker(art, text, make, body=sent.kind == "body")
        if a:
            atts.append(a)
    elif sent.kind == "headline" and re.search(r":\s*[“\"]", text):
        # 'Vụ du khách tố bị "chặt chém" ..., chủ quán: "..."': the event's verb is no credit of the
        # quote; the one named before the colon speaks it
        a = headline_speaker(art, text, make)
        if a:
            atts = [a]
    return atts, hedged, still_open, spans


def _subject_leads(art, masked: str, text: str, lo: int, inner: tuple[Candidate, re.Match]) -> bool:
    """After "Theo X,", is the inner cue's subject the clause's own subject, with only
    appositions (no other clause) between it and the cue?"""
    cand, cm = inner
    segs = subjects.segments(art, subjects.inside_body_names(art, masked[lo: cm.start()]), lo)  # (commas inside a name split nothing)
    first = next((i for i, (sg, _) in enumerate(segs) if sg.strip()), None)
    if first is None:
        return False
    if cand.mention not in text[segs[first][1]: segs[first][1] + len(segs[first][0])]:
        return False
    return not any(noun_phrases.is_clause(art, sg) for sg, _ in segs[first + 1:])


def _speaker_tag_at_end(art, masked: str, text: str) -> tuple[Candidate, re.Match] | None:
    """"Danh sách thuyền viên chỉ ghi 9 người, một cán bộ Đồn Biên phòng cho biết.": a speaker and a
    cue only people speak with closing the sentence after a comma tell who says all of it, the
    paper inside included."""
    m = re.search(r",\s*([^,;:]{2,80}?)\s+([^\s.!…]+(?:\s+[^\s.!…]+)?)\s*[.!…]*\s*$", masked)
    if m is None or m.group(2).lower() not in art.lex.PERSON_SPEECH_CUES:
        return None
    cand = noun_phrases.np_candidate(art, text[m.start(1):m.end(1)], is_last=True)
    if cand is None or cand.stype in ("document", "media") or cand.embedded:
        return None
    return cand, re.compile(re.escape(m.group(2))).search(masked, m.start(2))


def _credit_repeated_at(art, stretch: str) -> int | None:
    """Where a verb of reporting that repeats the "theo" credit starts at the stretch's end ("Theo
    UBND huyện X cho biết"); None when there is none, or when "do"/"được" make it say who
    published a paper ("theo dữ liệu do Bộ X công bố")."""
    if re.search(r"\s(?:do|được)\s", stretch):
        return None
    for words in (r"\S+\s+\S+", r"\S+"):  # a cue of two words, else of one ("Theo lời ông kể")
        said = re.search(rf"\s+({words})\s*$", stretch)
        if said and art.rx["cue"].fullmatch(said.group(1)) and said.start() > 0:
            return said.start()
    return None


def _apposition_after(art, masked: str, text: str, lo: int) -> Candidate | None:
    """"Theo cố vấn ..., ông Farhad Alaadin, Thủ tướng ...": the named person after the role."""
    rest = masked[lo:]
    parts = rest.split(",")
    if len(parts) < 3:
        return None
    seg = text[lo: lo + len(parts[0])].strip()
    if not (is_cap(seg) or starts_with_any(seg, art.lex.PERSON_TITLES)):
        return None  # "Theo thông tin ban đầu, xe khách do tài xế X lái, ...": a clause, no apposition
    cand = classify(seg, art.lex)
    if cand and cand.stype == "person" and cand.named and not noun_phrases.is_clause(art, seg):
        return cand
    return None


def _verb_before_that(art, masked: str, text: str, sent: SentenceIn) -> tuple[int, int] | None:
    """(start, end) of the verb right before the first "rằng" outside quotes, if the tagger reads
    it as a verb and it is no wish or request."""
    m = re.search(r"(?<!\w)rằng(?!\w)", masked)
    if m is None or sent.parsed is None:
        return None
    verb = next((t for t in reversed(sent.parsed.tokens) if t.end <= m.start() and t.text.strip()), None)
    if verb is None or verb.upos != "VERB" or not text[verb.end:m.start()].isspace() or not verb.text[:1].islower() \
            or verb.text.lower() in art.lex.NON_CUE_MENTAL or verb.text.lower() in art.lex.PASSIVES \
            or verb.text.lower() in art.lex.NOT_REPORTING_THAT:
        return None
    return verb.start, verb.end


def _tag_after_quote(art, masked: str, text: str, sent: SentenceIn) -> tuple[Candidate, str] | None:
    """'“...”, vị chuyên gia khuyến nghị.': a short tail after the closing quote, a noun phrase
    and the one verb (with at most two words after it) that ends the sentence."""
    m = re.search(rf"{MASK}[”\"]?\s*,\s*([^,;:{MASK}]+?)\s*[.!?…]*\s*$", masked)
    if m is None or sent.parsed is None:
        return None
    if masked[:masked.find(MASK)].strip(" “\"-–—"):
        return None  # 'Bộ phim "Mưa đỏ", đạo diễn X thực hiện': a title quoted inside a sentence, not speech
    lo, hi = m.start(1), m.end(1)
    verbs = [t for t in sent.parsed.tokens if lo < t.start < hi and t.upos == "VERB" and t.text[:1].islower()]
    if verbs:
        # ('”, tôi hỏi khi chiếc đò chòng chành rời bến.': a clause of when after the verb is no
        # part of the tag)
        when = art.rx["when_clause"].search(text[verbs[0].end:hi])
        hi = verbs[0].end + when.start() if when else hi
    if not verbs or len(text[verbs[0].start:hi].split()) > 3 or len(text[lo:hi].split()) > 8:
        return None
    subject = text[lo:verbs[0].start].strip()
    verb = text[verbs[0].start:hi].strip(" .!?…")
    if subject.lower() in art.lex.WRITER_PRONOUNS and asks(verb, art.lex):
        # '“Có bao giờ anh giao nhầm không?”, tôi hỏi.': outside any quote "tôi" is the writer, whose
        # question is credited as written (a person no later pronoun points back to)
        return Candidate(subject, subject, "person"), text[verbs[0].start:verbs[0].end]
    cand = noun_phrases.np_candidate(art, subject, is_last=True)
    return (cand, text[verbs[0].start:verbs[0].end]) if cand is not None else None


def _trim_np(art, x: str, sent: SentenceIn, offset: int) -> str:
    """Cut a postposed source phrase before its own verb: "quan chức X đề cập trên kênh Y"."""
    if sent.parsed is None:
        return x.strip()
    words = x.split()
    for tok in sent.parsed.tokens:
        if tok.start < offset or tok.start >= offset + len(x):
            continue
        rel = tok.start - offset
        if tok.upos == "VERB" and rel > 0 and tok.text[:1].islower() and len(x[:rel].split()) >= 2:
            return x[:rel].strip()
    return " ".join(words).strip()


def _relayed_passively(art, masked: str, text: str, at: int) -> tuple[Candidate, Candidate] | None:
    """(speaker, relay) of "X được <outlet> dẫn lời / trích lời ...", the outlet a medium or a body."""
    m = re.match(r"\s*(?P<who>[^,;:“\"]+?)\s+được\s+(?P<by>[^,;:“\"]+?)\s*$", masked[:at])
    if m is None:
        return None
    by = classify(text[m.start("by"):m.end("by")], art.lex)
    who = noun_phrases.np_candidate(art, text[m.start("who"):m.end("who")], is_last=True)
    if by is None or who is None or by.stype not in ("media", "organization"):
        return None
    return who, by


def _official_channel(art, lead: str) -> bool:
    """"Trên cổng thông tin điện tử chính thức của Bộ Y tế đăng tải ...": a body's own channel
    publishes, nothing spreads; so does a meeting ("Tại buổi làm việc với đoàn của Bộ X"); not a
    group of residents ("nhóm Zalo của cư dân trong phường": the body's word is not the owner)."""
    low = lead.lower()
    heads = "|".join(re.escape(h) for h in art.lex.ORG_HEADS if h.lower() not in art.lex.GROUP_WORDS)
    # (not a minister's title, "của Bộ trưởng ...": a person's page)
    return any(w in low for w in art.lex.OFFICIAL_CHANNEL_WORDS) or bool(re.search(
        rf"(?<!\w)(?:của|với)\s+(?:(?:các|những)\s+)?(?:{heads})(?!\w)(?!\s+trưởng)", lead, re.I))
