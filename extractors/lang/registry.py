"""Which language object reads a document: the registry of ISO codes to languages."""

from functools import cache

from extractors.lang.base import Language
from extractors.lang.en import English
from extractors.lang.ko import Korean

LANGUAGES: dict[str, type[Language]] = {language.code: language for language in (English, Korean)}


@cache
def language_for(code: str) -> Language:
    """The one language object of ``code``; a code without a language raises ``ValueError``."""
    if code not in LANGUAGES:
        raise ValueError(f"no language {code!r} in extractors/lang/ (known: {', '.join(sorted(LANGUAGES))})")
    return LANGUAGES[code]()
