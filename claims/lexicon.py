"""Language tables by language code. Rules call `get(lang)`; adding a language = adding a module."""
from __future__ import annotations

from types import ModuleType

from . import lexicon_vi
from .errors import ClaimsError

_LEXICONS: dict[str, ModuleType] = {"vi": lexicon_vi}


def get(lang: str = "vi") -> ModuleType:
    try:
        return _LEXICONS[lang]
    except KeyError:
        raise ClaimsError(f"language '{lang}' is not supported (supported: {', '.join(sorted(_LEXICONS))})") from None


def languages() -> list[str]:
    return sorted(_LEXICONS)
