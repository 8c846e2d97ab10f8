"""The parser's decoder gives the same trees with our cycle finder as with Stanza's own."""
import numpy as np
import pytest
from stanza.models.common import chuliu_edmonds

from claims import nlp
from claims.mst import contract, cycles
from conftest import EXAMPLES

STANZA_TARJAN = getattr(chuliu_edmonds, "stanza_tarjan", chuliu_edmonds.tarjan)
STANZA_PROCESS_CYCLE = getattr(chuliu_edmonds, "stanza_process_cycle", chuliu_edmonds.process_cycle)


def same(a: list, b: list) -> bool:
    return len(a) == len(b) and all(x.dtype == y.dtype and np.array_equal(x, y) for x, y in zip(a, b))


def test_cycles_match_stanza_on_random_head_arrays():
    rng = np.random.default_rng(12)
    for _ in range(5000):
        n = int(rng.integers(1, 40))
        tree = rng.integers(0, n, size=n)
        tree[0] = 0
        assert same(cycles(tree), STANZA_TARJAN(tree)), tree.tolist()


@pytest.mark.parametrize("tree,expected", [
    ([0, 2, 0, 4, 2, 2], []),  # a tree: no cycle
    ([0, 3, 1, 2], [[False, True, True, True]]),
    ([0, 2, 1, 4, 3, 5], [[False, True, True, False, False, False], [False, False, False, True, True, False]]),
    ([0, 0, 4, 2, 3], [[False, False, True, True, True]]),  # cycle entered from a higher word first
])
def test_cycles_written_out(tree, expected):
    found = cycles(np.array(tree))
    assert [c.tolist() for c in found] == expected
    assert same(found, STANZA_TARJAN(np.array(tree)))


def test_contraction_matches_stanza_on_random_scores():
    rng = np.random.default_rng(7)
    checked = 0
    while checked < 2000:
        n = int(rng.integers(3, 30))
        scores = rng.normal(size=(n, n))
        if rng.random() < 0.3:
            scores = np.round(scores, 1)  # ties, as low-precision scores have
        chuliu_edmonds.prepare_scores(scores)
        tree = np.argmax(scores, axis=1)
        for cycle in cycles(tree):
            ours, stock = contract(tree, cycle, scores), STANZA_PROCESS_CYCLE(tree, cycle, scores)
            assert all(a.dtype == b.dtype and np.array_equal(a, b) for a, b in zip(ours, stock))
            checked += 1


def test_whole_parses_are_unchanged(pipeline, monkeypatch):
    from claims.clean import clean_text
    from claims.ingest import read_input

    units = [u.text for p in sorted(EXAMPLES.iterdir()) for a in clean_text(read_input(str(p)).text) for u in a.units]
    nlp.clear_cache()
    ours = nlp.parse(units)
    assert chuliu_edmonds.tarjan is cycles and chuliu_edmonds.process_cycle is contract
    monkeypatch.setattr(chuliu_edmonds, "tarjan", STANZA_TARJAN)
    monkeypatch.setattr(chuliu_edmonds, "process_cycle", STANZA_PROCESS_CYCLE)
    nlp.clear_cache()
    stock = nlp.parse(units)
    nlp.clear_cache()
    assert [[t.head for t in s.tokens] for s in ours] == [[t.head for t in s.tokens] for s in stock]
    assert ours == stock
