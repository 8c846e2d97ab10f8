"""Conflicting statements: differing figures for one quantity, a statement and another party's
denial, and opposite claims by different sources. Works on `ClaimView`s, so the same checks run
inside one article and against claims stored from earlier articles.

One module per job: `base` (the types and the text measures), `figures` (figures for one
quantity), `steps` (which of two figures is a running story's later one), `terms` (the words of
a figure's clause: what it measures, a part of a total), `statements` (denials, actions, stances,
"all"/"none", negation), `parties` (whether two speakers are one side), `explanations`
(competing reasons), `frames` (what a figure counts, where, when, whose), `harms` (the toll a
figure counts: dead, missing, injured), `places` (where a
figure holds), `events` (the same event across outlets), `scopes` (a country against a province,
a sector against the economy, a size against an amount), `corrections` (correction words and
notices), `moments` (when things happened) and `pairs` (which pairs are compared, and what one
comparison reports)."""
from __future__ import annotations

from .base import (CONFLICT_KINDS, KINDS, LINK_KINDS, ClaimView, Conflict, cannot_both_hold, is_conflict, proper_names,
                   similarity, topic_terms)
from .explanations import Explanation, competing_explanations, explanation
from .corrections import correction_notice
from .figures import Context, figure_links, multi_place_keys
from .moments import moment_links
from .pairs import MAX_PARTNERS, MAX_POSTING, candidate_pairs, compare, prune, within
from .statements import denial_evidence

__all__ = ["CONFLICT_KINDS", "KINDS", "LINK_KINDS", "ClaimView", "Conflict", "Context", "cannot_both_hold", "correction_notice", "figure_links",
           "is_conflict", "multi_place_keys", "Explanation", "MAX_PARTNERS", "MAX_POSTING", "candidate_pairs", "compare",
           "competing_explanations", "denial_evidence", "explanation", "moment_links", "proper_names", "prune",
           "similarity", "topic_terms", "within"]
