"""Cycle finding and contraction for the dependency parser's tree decoder, without the
per-element numpy work.

Stanza decodes each sentence's head scores with Chu-Liu-Edmonds, and finds the cycles of each
intermediate graph with a general Tarjan strongly-connected-components search written with
numpy scalars. On our compact models that search was about a fifth of the whole parse (the
greedy heads hold several cycles, and it runs once per contraction). A head array is a
functional graph (every word has exactly one head), so its cycles are found by following heads
once from each word, in plain Python integers.

`cycles` returns exactly what Stanza's `tarjan` returns, in the same order, so the decoder
contracts the same cycle first and picks the same tree (tests/test_mst.py compares the two on
random graphs and on real parses). Why the order is the same: Tarjan's search starts from each
word in index order and only walks from heads to their dependents, so a cycle is entered only
from one of its own words, first from its lowest-numbered one; cycles come out ordered by their
lowest word.

`contract` is Stanza's `process_cycle` (Apache-2.0, from Tim Dozat's Parser-v3) with the
zero padding of the contracted score matrix done by allocating it, not by `np.pad`, whose
general machinery cost more than the contraction itself on these small matrices. Same values.
"""
from __future__ import annotations

import numpy as np


def cycles(tree: np.ndarray) -> list[np.ndarray]:
    """The cycles of a head array (`tree[i]` is the head of word i, `tree[0] == 0` the root),
    each as a boolean mask over the words, ordered by the lowest word of each cycle.
    A word that is its own head is not a cycle (Tarjan's search reports only cycles of two or
    more words)."""
    heads = tree.tolist()
    n = len(heads)
    state = [0] * n  # 0: not seen, 1: on the current walk, 2: done
    found: list[tuple[int, list[int]]] = []
    for start in range(n):
        if state[start]:
            continue
        walk = []
        i = start
        while 0 <= i < n and state[i] == 0:
            state[i] = 1
            walk.append(i)
            i = heads[i]
        if 0 <= i < n and state[i] == 1:  # the walk closed on itself: the cycle starts at i
            members = walk[walk.index(i):]
            if len(members) > 1:
                found.append((min(members), members))
        for j in walk:
            state[j] = 2
    found.sort(key=lambda item: item[0])
    out = []
    for _, members in found:
        mask = np.zeros(n, dtype=bool)
        mask[members] = True
        out.append(mask)
    return out


def contract(tree: np.ndarray, cycle: np.ndarray, scores: np.ndarray):
    """The subproblem with one cycle contracted to a node: Stanza's `process_cycle`, same values."""
    cycle_locs = np.where(cycle)[0]
    cycle_subtree = tree[cycle]
    cycle_scores = scores[cycle, cycle_subtree]
    cycle_score = cycle_scores.sum()
    noncycle = np.logical_not(cycle)
    noncycle_locs = np.where(noncycle)[0]
    metanode_head_scores = scores[cycle][:, noncycle] - cycle_scores[:, None] + cycle_score
    metanode_dep_scores = scores[noncycle][:, cycle]
    metanode_heads = np.argmax(metanode_head_scores, axis=0)
    metanode_deps = np.argmax(metanode_dep_scores, axis=1)
    n = len(noncycle_locs)
    subscores = np.zeros((n + 1, n + 1), dtype=scores.dtype)
    subscores[:-1, :-1] = scores[noncycle][:, noncycle]
    subscores[-1, :-1] = metanode_head_scores[metanode_heads, np.arange(n)]
    subscores[:-1, -1] = metanode_dep_scores[np.arange(n), metanode_deps]
    return subscores, cycle_locs, noncycle_locs, metanode_heads, metanode_deps
