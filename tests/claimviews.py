"""Helpers the attribution and conflict tests share: a claim as the pair finder sees it, and the
primary source the whole pipeline credits for one sentence of a test text."""
from claims.analyze import analyze_text
from claims.conflicts import ClaimView, compare
from claims.conflicts.figures import Context
from claims.numbers import extract
from claims.store import store_reports


def view(ref, text, source=None, stype=None, cue=None, mention=None, article=None):
    """A claim with its figures read from the text; `mention` defaults to the source as named."""
    return ClaimView(ref, text, source, stype, tuple(extract(text)), article, mention or source, cue)


def first_source(text, k):
    """(source, type) of the primary attribution of sentence `k`, or None."""
    (rep,) = analyze_text(text)
    p = rep.sentences[k].primary
    return p and (p.source, p.source_type)


def sentence_attributions(text):
    """Every sentence's attributions as (source, type, role)."""
    (rep,) = analyze_text(text)
    return [[(a.source, a.source_type, a.role) for a in s.attributions] for s in rep.sentences]


def mismatches(article):
    """(sentence, other sentence) of the number mismatches inside one article, read without the parse."""
    (rep,) = analyze_text(article, "a.txt", use_nlp=False)
    return [(c.sentence, c.other_sentence) for c in rep.conflicts if c.kind == "number_mismatch"]


# two claims from two outlets' reports of one event, the first in the newer one
ACROSS = Context(same_event=True, a_newer=True, across=True)


def kinds(a, b, ctx=ACROSS):
    """The kinds of link `compare` reports on `a` against `b`."""
    return [c.kind for c in compare(a, b, "vi", ctx)]


def conflict_pairs(text):
    """(kind, sentence, other sentence) of every conflict, update and correction inside one article."""
    (rep,) = analyze_text(text)
    return [(c.kind, c.sentence, c.other_sentence) for c in rep.conflicts]


def cross_links(engine, older, newer):
    """The links the newer article's report makes to the older one, both analysed and stored in order."""
    (a,) = analyze_text(older, "a.txt")
    (b,) = analyze_text(newer, "b.txt")
    store_reports(engine, [a])
    (stored,) = store_reports(engine, [b])
    return [c for c in stored.conflicts if c.other_article]


def kinds_between(pairs, i, j):
    """The kinds of the links `conflict_pairs` found between sentences i and j, either way round."""
    return {k for k, a, b in pairs if {a, b} == {i, j}}
