"""Conflicting statements: differing figures for one quantity, a statement and another party's
denial, and opposite claims by different sources. Works on `ClaimView`s, so the same checks run
inside one article and against claims stored from earlier articles.

One module per job: `base` (the types and the text measures), `figures` (figures for one
quantity), `statements` (denials, actions, stances, "all"/"none", negation), `explanations`
(competing reasons) and `pairs` (which pairs are compared, and what one comparison reports)."""
from __future__ import annotations

from .base import KINDS, ClaimView, Conflict, proper_names, similarity, topic_terms
from .explanations import Explanation, competing_explanations, explanation
from .figures import number_conflicts
from .pairs import MAX_PARTNERS, MAX_POSTING, candidate_pairs, compare, prune, within
from .statements import denial_evidence

__all__ = ["KINDS", "ClaimView", "Conflict", "Explanation", "MAX_PARTNERS", "MAX_POSTING", "candidate_pairs", "compare",
           "competing_explanations", "denial_evidence", "explanation", "number_conflicts", "proper_names", "prune",
           "similarity", "topic_terms", "within"]
