"""The source registry: one canonical source per real-world source across stored articles."""
from .registry import canonical_key, same_source

__all__ = ["canonical_key", "same_source"]
