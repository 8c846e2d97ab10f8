"""claims: a fact-claim and source-attribution checker for Vietnamese news."""
from __future__ import annotations

__version__ = "0.1.0"

__all__ = ["analyze_text", "analyze_path", "analyze_document", "__version__"]


def __getattr__(name: str):
    # Lazy: importing the package must not import Stanza or build anything.
    if name in ("analyze_text", "analyze_path", "analyze_document"):
        from . import analyze

        return getattr(analyze, name)
    raise AttributeError(name)
