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
        super().__init__(f"{display_name(source)}: {problem}")


def display_name(name: str) -> str:
    """A file name as messages show it: as is when it is plain, quoted with escapes when it
    holds a newline, a control character or a quote (a name must never forge another line)."""
    if name.isprintable() and not any(ch in name for ch in "\"'"):
        return name
    import json

    return json.dumps(name, ensure_ascii=False)


class ModelError(ClaimsError):
    """The NLP models cannot be found or loaded."""

    exit_code = 3


class StoreError(ClaimsError):
    """The database cannot be opened, migrated or written."""

    exit_code = 4


class AuthError(ClaimsError):
    """Sign-in or the roles configuration is wrong, or an account may not do what it asked."""

    exit_code = 5


class BusyError(ClaimsError):
    """Too much work is already waiting (the desk's analysis queue is full): try again later."""

    exit_code = 6


class ClusterError(ClaimsError):
    """The Dask cluster of a batch cannot be started or reached, or lost an input's work."""

    exit_code = 7
