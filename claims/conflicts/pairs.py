"""The pair finder: which pairs of claims are compared (blocking inside one article), what one
comparison reports (`compare`), and the pruning that keeps one partner per denial."""
from __future__ import annotations

import math
import re
from collections import Counter, defaultdict
from dataclasses import replace
from typing import Iterable, Sequence

from .. import lexicon
from ..attribution.patterns import starts_with_any
from .terms import predicate_terms
from .base import ClaimView, Conflict, common_terms, content_syllables, proper_names, similarity, squash, topic_terms, who
from .explanations import competing_explanations
from .corrections import correction_notice, corrects, old_values_before_marker, points_back, retracted
from .figures import Context, figure_links, multi_place_keys
from .moments import moment_links
from .nones import none_against_some
from .things import contrasted
from .frames import counted_unit, frames
from .parties import described_here, same_party
from .negations import negated_predicate_shared
from .stances import opposite_actions, opposite_stances, opposite_universals, polarity, stance_keys, universal_key
from .statements import answered_clause, denial_evidence, has_denial, leaves_open, rumour_denial_evidence


def _opposite_reason(a: ClaimView, b: ClaimView, clash: tuple[str, str], lex) -> str:
    return lex.REASONS["opposite"].format(a=who(a, lex), x=clash[0], b=who(b, lex), y=clash[1])


def compare(a: ClaimView, b: ClaimView, lang: str = "vi", ctx: Context | None = None) -> list[Conflict]:
    """Conflicts, updates and corrections between two claims, reported on `a` (the newer / later
    one is usually a). `ctx` is what the pair finder knows about their articles."""
    lex = lexicon.get(lang)
    found: list[Conflict] = []
    other_ref = b.ref
    for link in figure_links(a, b, lang, ctx) or moment_links(a, b, lang, ctx):
        found.append(Conflict(a.ref, b.article, other_ref, b.text, link.kind, link.reason, link.score,
                              link.figure, link.other_figure))
    if ctx is not None and ctx.notice:
        return found  # a correction notice puts its own figures right: its words ("số liệu sai lệch") deny no one
    one_side: list[bool] = []

    def same_source() -> bool:  # asked last, and once: most pairs are settled before it matters
        if not one_side:
            one_side.append(bool(a.source and b.source and (a.source == b.source or same_party(a, b, lex))))
        return one_side[0]
    sim = similarity(a.text, b.text, lang)
    shared_names = proper_names(a.text, lang) & proper_names(b.text, lang)
    if not any(c.kind == "denial" for c in found):
        for denier, other in ((a, b), (b, a)):
            hit = denial_evidence(denier, other, lang)
            if hit and not leaves_open(answered_clause(denier, other, lang), lex):
                score, marker = hit
                found.append(Conflict(a.ref, b.article, other_ref, b.text, "denial",
                                      lex.REASONS["denial"].format(a=who(denier, lex), marker=marker, b=who(other, lex)), score))
                break
            hit = rumour_denial_evidence(denier, other, lang)
            if hit:
                found.append(Conflict(a.ref, b.article, other_ref, b.text, "denial",
                                      lex.REASONS["rumour_denial"].format(a=who(denier, lex), b=who(other, lex)), hit))
                break
    found_conflict = any(c.kind != "update" for c in found)
    if not found_conflict and a.source and b.source and shared_names:
        clash = opposite_actions(a.text, b.text, lex)
        if clash and not same_source():
            found_conflict = True
            found.append(Conflict(a.ref, b.article, other_ref, b.text, "contradiction",
                                  _opposite_reason(a, b, clash, lex), squash(0.45 + sim)))
    # opposite stances: two sources on one named matter, or, inside one article (where the matter
    # is the article's), a source and another source or the reporter's own finding
    one_article = a.article == b.article
    if not found_conflict and (a.source or b.source) and (a.source and b.source or one_article) and (
            shared_names or common_terms(a.text, lex) & common_terms(b.text, lex)
            or one_article and content_syllables(a.text, lex) & content_syllables(b.text, lex)):
        stance = opposite_stances(a.text, b.text, lex)
        if stance and not same_source():
            found_conflict = True
            found.append(Conflict(a.ref, b.article, other_ref, b.text, "contradiction",
                                  _opposite_reason(a, b, stance, lex), squash(0.35 + sim)))
    if not found_conflict and a.source and b.source and a.article == b.article:
        rival = competing_explanations(a, b, lang)  # inside one article: reporters elsewhere explain differently
        if rival and not same_source():
            found_conflict = True
            found.append(Conflict(a.ref, b.article, other_ref, b.text, "contradiction",
                                  lex.REASONS["explanations"].format(
                                      a=who(a, lex), x=f"{rival[0].marker} {rival[0].reason}",
                                      b=who(b, lex), y=f"{rival[1].marker} {rival[1].reason}"), squash(0.3 + sim)))
    if not found_conflict and a.source and b.source and a.article == b.article:
        clash = none_against_some(a.text, b.text, lex)  # "chưa học trò nào bị ..." / "đã lập biên bản hai học viên"
        if clash and not same_source():
            found_conflict = True
            found.append(Conflict(a.ref, b.article, other_ref, b.text, "contradiction",
                                  _opposite_reason(a, b, clash, lex), squash(0.4 + sim)))
    if not found_conflict:
        clash = opposite_universals(a.text, b.text, lex)  # "cả 6 đều ..." / "cả 6 ... đều không ..."
        if clash and not same_source():
            found_conflict = True
            found.append(Conflict(a.ref, b.article, other_ref, b.text, "contradiction",
                                  _opposite_reason(a, b, clash, lex), squash(0.4 + sim)))
    if not found_conflict and a.source and b.source and (sim >= 0.35 or a.article == b.article and _negated_alike(a, b, lex)):
        # a question left open ("chưa rõ nguyên nhân") does not contradict an answer to it
        # a denial ("bác tin X") says "not X": it agrees with "không có X"
        if _says_so(a, lex) != _says_so(b, lex) and not (leaves_open(a.text, lex) or leaves_open(b.text, lex)) \
                and not same_source():
            found.append(Conflict(a.ref, b.article, other_ref, b.text, "contradiction",
                                  lex.REASONS["polarity"].format(a=who(a, lex), b=who(b, lex)), squash(0.4 + sim)))
    return found


def _negated_alike(a: ClaimView, b: ClaimView, lex) -> bool:
    """One claim negates the very predicate and object the other asserts (`negations`)."""
    pos, neg = (a, b) if _says_so(a, lex) else (b, a)
    return _says_so(pos, lex) and not _says_so(neg, lex) and negated_predicate_shared(neg.text, pos.text, lex) is not None


def _says_so(c: ClaimView, lex) -> bool:
    """The claim's polarity, a denial marker counting as one negation ("bác tin X": not X) unless
    it holds its own negator ("không đúng sự thật", already counted)."""
    marker = has_denial(c.text, lex)
    return polarity(c.text, lex) != bool(marker and polarity(marker, lex))


def within(claims: Sequence[ClaimView], lang: str = "vi") -> list[Conflict]:
    """All conflicts inside one article, each pair at most once, reported on the later sentence.

    Pairs that share no name, no two-word term, no "cả N đều" and no stance dimension cannot
    conflict under any rule below, so they are skipped before the detailed comparison (articles of 150 claims have 11,000 pairs)."""
    claims = with_affiliations(claims, lang)
    by_ref = {c.ref: c for c in claims}
    lex = lexicon.get(lang)
    keys = [proper_names(c.text, lang, True) | topic_terms(c.text, lang) | universal_key(c.text, lex) | stance_keys(c.text, lex)
            | _toll_keys(c, lang) for c in claims]
    out: list[Conflict] = []
    best_answer: dict[int, tuple[float, ClaimView]] = {}  # denier -> the claim it most likely answers
    notice = any(c.headline and correction_notice(c.text, lex) for c in claims)
    # each in-article correction and the earlier claim it most likely puts right, found once
    corrected = {j: i for j, c in enumerate(claims)
                 if c.figures and corrects(c.text, lex) and (i := corrected_before(claims, j, lex)) is not None}
    ctx = Context(multi_place=multi_place_keys(claims), notice="both" if notice else "",
                  corrected_pairs=frozenset((claims[j].ref, claims[i].ref) for j, i in corrected.items()),
                  things=contrasted(claims, lex))
    for j, i in candidate_pairs(keys) + anaphoric_pairs(claims, keys, lex, corrected):
        out.extend(compare(claims[j], claims[i], lang, ctx))
        for denier, other in ((claims[j], claims[i]), (claims[i], claims[j])):
            hit = denial_evidence(denier, other, lang)
            if hit and hit[0] > best_answer.get(denier.ref, (0.0, None))[0]:
                best_answer[denier.ref] = (hit[0], other)
    # a denial whose best match is a question the other side left open ("chưa rõ liệu X") answers
    # that; it must not fall back to a weaker partner
    answers_open = {ref for ref, (_, other) in best_answer.items()
                    if leaves_open(answered_clause(by_ref[ref], other, lang), lex)}
    out = [c for c in out if not (c.kind == "denial" and {c.sentence, c.other_sentence} & answers_open)]
    # a headline figure the body gives too is no update; one the body dates ("đến 20h, 91 công
    # nhân") disagrees with no earlier step either ("tính đến 14h, có 64 công nhân"): the body's is compared
    # a correction puts one figure right: the one `_correction_rank` puts first, not every earlier
    # figure of that unit ("cơ quan này đính chính: ... 6 người chết" is not a correction of the
    # whole region's 19)
    out = _one_correction_each(out, by_ref, lex)
    if not notice:
        # inside an article a correction puts right what came before it, never a figure given after it
        out = [c for c in out if not (c.kind == "correction" and _corrects_a_later_one(c, by_ref, lex))]
    # a figure the article puts right is no longer anyone's figure: the correction shows it, and it
    # disagrees with nothing else ("bản tin ghi 3,64 tỷ USD" corrected to 2,64 against the customs' 2,64)
    # a sentence that corrects its own figure ("ghi 27 người, sau đó đã đính chính còn 21 người")
    # puts right another's only where that one gave the same wrong figure
    out = [c for c in out if not (c.kind == "correction" and _corrects_only_itself(c, by_ref, lex))]
    # a figure its own sentence says was taken back ("đăng tin ... 7 người chết, sau đó gỡ bài và đính
    # chính") is the wrong one: it corrects nothing and disagrees with nothing
    taken_back = {(c.ref, f.text) for c in claims for f in c.figures if (f.unit, f.value) in retracted(c.text, c.figures, lex)}
    out = [c for c in out if c.kind not in ("correction", "number_mismatch")
           or not ({(c.sentence, c.figure), (c.other_sentence, c.other_figure)} & taken_back)]
    put_right = {(c.other_sentence, c.other_figure) for c in out if c.kind == "correction"}
    out = [c for c in out if not (c.kind == "number_mismatch" and (
        (c.sentence, c.figure) in put_right or (c.other_sentence, c.other_figure) in put_right))]
    echoes, timed = headline_echoes(claims, lang)
    left_out = {"update": echoes, "number_mismatch": timed}
    out = [c for c in out if not ((c.sentence, c.figure) in left_out.get(c.kind, ())
                                  or (c.other_sentence, c.other_figure) in left_out.get(c.kind, ()))]
    return prune(chain_updates(out), by_ref, lang)


def _corrects_a_later_one(c: Conflict, by_ref: dict, lex) -> bool:
    """The one sentence of the pair that says it corrects comes before the other."""
    fixing = [s for s in (c.sentence, c.other_sentence) if s in by_ref and corrects(by_ref[s].text, lex)]
    later = max(c.sentence, c.other_sentence)
    # ("Trước đó, UBND huyện báo cáo ... 7 người": the later sentence tells what came first)
    return len(fixing) == 1 and fixing[0] == min(c.sentence, c.other_sentence) \
        and not re.match(lex.EARLIER_OPENER, by_ref[later].text.lower())


def _one_correction_each(out: list[Conflict], by_ref: dict, lex) -> list[Conflict]:
    """A correction puts one figure right: of the claims an in-article correction is linked to, the
    one `_correction_rank` puts first ("cơ quan này đính chính: ... 6 người chết" corrects the
    province's 4, not the region's 19)."""
    best: dict[tuple, tuple[tuple, Conflict]] = {}
    rest = []
    for c in out:
        fixer = next((s for s in (c.sentence, c.other_sentence) if s in by_ref and corrects(by_ref[s].text, lex)), None)
        if c.kind != "correction" or c.other_article is not None or fixer is None:
            rest.append(c)
            continue
        other = c.other_sentence if fixer == c.sentence else c.sentence
        rank = _correction_rank(by_ref[fixer], by_ref[other], lex) or (True,) * 5
        # (between equals, the nearest before the correction; each figure it gives is its own
        # correction: "6 người chết và 12 người bị thương")
        key = (rank, abs(fixer - other))
        slot = (fixer, c.figure if fixer == c.sentence else c.other_figure)
        if slot not in best or key < best[slot][0]:
            best[slot] = (key, c)
    return rest + [c for _, c in best.values()]


def _toll_keys(c: ClaimView, lang: str) -> set:
    """A toll's harm and what it counts ("người chết"): two sources' counts of the dead are one
    matter however differently the sentences are worded ("số người chết đã lên tới 27" / "số nạn
    nhân tử vong ... chỉ là 19 người")."""
    return {("toll",) + fr.key for fr in frames(c.text, c.figures, c.source, c.mention, lang) if fr.harm} if c.figures else set()


def with_affiliations(claims: Sequence[ClaimView], lang: str = "vi") -> list[ClaimView]:
    """Each claim with how the article describes its source wherever it credits them: a quote's
    "ông Prasert" is the Thai commerce official introduced two sentences before, so a denial by
    "Thái Lan" is his own side's."""
    lex = lexicon.get(lang)
    said: dict[str, set[str]] = defaultdict(set)
    for c in claims:
        described = described_here(c).strip(" ,-–")
        # only a post ("Cục trưởng Cục ... thuộc Bộ X", "người phát ngôn ..."): "người đứng đơn tố
        # cáo Công ty X" names the other side
        if c.source and described and any(starts_with_any(described, t) for t in (
                lex.PERSON_TITLES, lex.SPOKESPERSON_HEADS, lex.AFFILIATION_HEADS)):
            said[c.source].add(described)
    return [replace(c, affiliation=" | ".join(sorted(said[c.source]))) if c.source in said else c for c in claims]


def headline_echoes(claims: Sequence[ClaimView], lang: str = "vi") -> tuple[set, set]:
    """(headline ref, figure as written) for each headline figure the body gives too, for the same
    quantity ("số người chết tăng lên 24" over "... đã làm 24 người chết"): the headline sums the
    body up, it is no step of a running story; the body's figure carries the updates. Second, those
    the body dates ("đến 20h, 91 công nhân"): the latest step of a running count."""
    body = [fr for c in claims if not c.headline for fr in frames(c.text, c.figures, c.source, c.mention, lang)]
    given = {(fr.key, fr.figure.value) for fr in body}
    dated = {(fr.key, fr.figure.value) for fr in body if fr.as_of}
    heads = [(c.ref, fr) for c in claims if c.headline for fr in frames(c.text, c.figures, c.source, c.mention, lang)]
    return ({(ref, fr.figure.text) for ref, fr in heads if (fr.key, fr.figure.value) in given},
            {(ref, fr.figure.text) for ref, fr in heads if (fr.key, fr.figure.value) in dated})


def chain_updates(conflicts: list[Conflict]) -> list[Conflict]:
    """A running story told in order links each figure to the step before it, not to every
    earlier step: an update (i, k) is left out when (i, j) and (j, k) are updates too."""
    steps = {frozenset({c.sentence, c.other_sentence}) for c in conflicts if c.kind == "update"}
    linked = {i for pair in steps for i in pair}

    def bridged(c: Conflict) -> bool:
        lo, hi = sorted((c.sentence, c.other_sentence))
        return any(frozenset({lo, j}) in steps and frozenset({j, hi}) in steps for j in linked if lo < j < hi)
    return [c for c in conflicts if c.kind != "update" or c.other_article is not None or not bridged(c)]


# Blocking inside one article, so the pass grows about linearly with the article (all pairs of a
# 200 KB article took a minute): a key shared by more than MAX_POSTING claims says nothing about
# any one pair and pairs nobody, and each claim meets at most MAX_PARTNERS earlier claims, those
# sharing most keys. Articles of up to MAX_PARTNERS claims are compared pair by pair as before.
MAX_POSTING = 300
MAX_PARTNERS = 100


def candidate_pairs(keys: Sequence[frozenset | set]) -> list[tuple[int, int]]:
    """(later, earlier) index pairs of claims that share a usable blocking key."""
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
        # ties go to the nearest earlier claim, never to the order a set of keys was walked in
        # (string hashing differs from process to process: a batch must not depend on it)
        best = sorted(shared.items(), key=lambda x: (-x[1], -x[0]))[:MAX_PARTNERS] \
            if len(shared) > MAX_PARTNERS else shared.items()
        pairs.extend((j, i) for i in sorted(i for i, _ in best))
    return pairs


# A denial that points back ("bác bỏ lời khai này", "thông tin trên") answers one of the claims just
# before it, whether or not they share a name or a term with it
ANAPHORIC_REACH = 3


def anaphoric_pairs(claims: Sequence[ClaimView], keys: Sequence, lex, corrected: dict[int, int]) -> list[tuple[int, int]]:
    """(later, earlier) pairs of a claim that points back and the claims before it that share no
    blocking key with it (those that do are paired already): a denial of "lời khai này" with the
    few claims just before it; a correction ("đính chính con số chính xác là 3,21%") with the
    claim `corrected` says it puts right (`corrected_before`)."""
    out = []
    for j, c in enumerate(claims):
        if re.search(lex.ANAPHORIC_TARGET, c.text, re.I) and has_denial(c.text, lex):
            out.extend((j, i) for i in range(max(0, j - ANAPHORIC_REACH), j) if not keys[i] & keys[j])
        i = corrected.get(j)
        if i is not None and not keys[i] & keys[j]:
            out.append((j, i))
    return out


# How many claims back an in-article correction looks for the figure it puts right
CORRECTION_REACH = 5


def corrected_before(claims: Sequence[ClaimView], j: int, lex) -> int | None:
    """Of the few claims before the j-th giving a count in one of its units, the one it most likely
    puts right (`_correction_rank`)."""
    best = None
    seen = 0
    for i in range(j - 1, -1, -1):
        rank = _correction_rank(claims[j], claims[i], lex)
        if rank is None:
            continue
        seen += 1
        if best is None or rank < best[0]:
            best = (rank, i)
        if seen >= CORRECTION_REACH:
            break
    return best[1] if best else None


def _corrects_only_itself(c: Conflict, by_ref: dict, lex) -> bool:
    fixer, other = by_ref.get(c.sentence), by_ref.get(c.other_sentence)
    if fixer is None or other is None:
        return False
    own_old = old_values_before_marker(fixer.text, fixer.figures, lex)
    if not own_old:
        return False
    return not any((g.unit, g.value) in own_old for g in other.figures if g.text == c.other_figure)


def _correction_rank(me: ClaimView, other: ClaimView, lex) -> tuple | None:
    """How likely the correction `me` puts `other` right, lowest first (None: no count in a unit of
    its, or not the figure it names as wrong): a claim giving the figure the correction names as the wrong one ("170 người, không phải 710
    người") first, then the correcting body's own figure, one worded alike ("lượt khách quốc tế"),
    one sharing its names ("vốn từ Hàn Quốc chính xác là ..." puts right Hàn Quốc's figure), then
    the nearest in value (what "con số chính xác là 1,13 triệu lượt" puts right is a slip, 1,31
    triệu, not a destination's 610.000 in between)."""
    # (a count after "của" is whose thing was put right, not a value: "điều chỉnh phương án bồi
    # thường của 46 hộ" corrects no earlier count of households)
    mine = [f for f in me.figures if f.kind == "count" and f.value > 0
            and not re.search(r"(?<!\w)của\s+(?:\S+\s+)?$", me.text[:f.start].lower())]
    theirs = [g for g in other.figures if g.kind == "count" and g.value > 0
              and any(counted_unit(g.unit, lex) == counted_unit(f.unit, lex) for f in mine)]
    if not theirs:
        return None
    wrong = [f for f in mine if re.search(lex.OLD_VALUE_LEADS, me.text[:f.start].lower())]
    repeated = any(g.value == f.value and counted_unit(g.unit, lex) == counted_unit(f.unit, lex) for f in wrong for g in theirs)
    if wrong and not repeated:
        return None  # it names the wrong figure, and this claim does not give it ("không phải gần 200 như tin đồn")
    own = bool(me.source) and other.source == me.source
    terms = set().union(*(predicate_terms(me.text, f, lex) for f in mine)) - lex.FIGURE_POINTERS
    alike = any(terms & predicate_terms(other.text, g, lex) for g in theirs)
    names = proper_names(me.text, lex.LANG) - proper_names(me.source or "", lex.LANG)
    shared = len(names & proper_names(other.text, lex.LANG))
    gaps = [abs(math.log(g.value / f.value)) for f in mine for g in theirs
            if counted_unit(g.unit, lex) == counted_unit(f.unit, lex)]
    # (a claim already giving the corrected value agrees with it: nothing of its is put right)
    gap = min((x for x in gaps if x > 0), default=math.inf)
    # ("đây là nhầm lẫn": the figure just before is meant, whatever another's value)
    pointing = points_back(me.text, lex)
    return (not repeated, abs(me.ref - other.ref) if pointing else 0, not own, not alike, -shared, gap)


def _answer_rank(c: Conflict, claims: dict, denier: int, lex) -> tuple:
    """How surely a denial answers this partner: a denial pointing back ("bác bỏ cáo buộc này")
    answers the source that spoke just before it, whatever an earlier one shares with it (of that
    source's sentences, a quote over several, the best scored); else by score."""
    mine = claims.get(denier)
    if c.other_article is None and mine is not None and re.search(lex.STATEMENT_ANAPHOR, mine.text, re.I):
        partner = claims.get(c.other_sentence if denier == c.sentence else c.sentence)
        if partner is not None:
            last = partner.ref if partner.source is None else \
                max((r for r, x in claims.items() if r < denier and x.source == partner.source), default=partner.ref)
            return (-abs(denier - last), c.score)
    return (0, c.score)


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
        denier_is_mine = mine is not None and has_denial(mine.text, lex) is not None
        denier = c.sentence if denier_is_mine or c.other_article else c.other_sentence
        key = ("d", c.other_article, denier)
        if key not in best or _answer_rank(c, claims, denier, lex) > _answer_rank(best[key], claims, denier, lex):
            best[key] = c
    kept: dict[tuple, Conflict] = {}
    for (_, art, denier), c in best.items():
        partner = c.other_sentence if denier == c.sentence else c.sentence
        src = claims[denier].source if denier in claims and not (art and denier == c.other_sentence) else None
        key = (art, partner, src)
        if key not in kept or c.score > kept[key].score:
            kept[key] = c
    return rest + list(kept.values())
