from __future__ import annotations

import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
SHARED = ROOT.parent / "shared"
CORPUS = SHARED / "corpus"
EXAMPLES = ROOT / "examples"


@pytest.fixture
def engine():
    """A fresh in-memory database (one shared connection through StaticPool)."""
    from claims.store import make_engine

    eng = make_engine("sqlite://")
    yield eng
    eng.dispose()


@pytest.fixture(scope="session")
def pipeline():
    """The real Stanza pipeline on the bundled models, built once for the test session."""
    from claims.nlp import get_pipeline

    return get_pipeline("vi")


def attribute_texts(*texts: str, kinds=None):
    """Attribute sentences written for a test (no parse: the rules must work on text alone)."""
    from claims.attribution import SentenceIn, attribute

    kinds = kinds or ["body"] * len(texts)
    return attribute([SentenceIn(t, k) for t, k in zip(texts, kinds)])


def primary(result):
    return result.primary
