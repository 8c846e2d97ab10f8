"""The one error hierarchy of the checker.

Front ends catch `ClaimsError` alone: the CLI turns it into a one-line message and an exit
status, the Streamlit app into `st.error`. Anything else escaping is a bug.
"""
from __future__ import annotations


class ClaimsError(Exception):
    """Base of every error the checker raises on purpose."""

    exit_code = 1


class InputError(ClaimsError):
    """The input cannot be analysed (missing, empty, binary, undecodable, unsupported)."""

    exit_code = 2

    def __init__(self, source: str, problem: str) -> None:
        self.source = source
        self.problem = problem
        super().__init__(f"{source}: {problem}")


class ModelError(ClaimsError):
    """The NLP models cannot be found or loaded."""

    exit_code = 3


class StoreError(ClaimsError):
    """The database cannot be opened, migrated or written."""

    exit_code = 4
