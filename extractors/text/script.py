"""Which language a document is written in, told by its script: Hangul or not.

The pipeline reads English and Korean; a page is Korean when Hangul letters outnumber Latin
ones (an English article quoting a Korean name stays English). Counting letters is exact for
these two languages and costs one pass over the start of the document.
"""

import re

SAMPLE_CHARS = 20000  # the start of a document tells its language
HANGUL = re.compile(r"[\uac00-\ud7a3]")
LATIN = re.compile(r"[A-Za-z]")


def detect_language(text: str) -> str:
    """'ko' where Hangul dominates the start of the text, else 'en'."""
    sample = text[:SAMPLE_CHARS]
    if HANGUL.search(sample) is None:  # the usual case, without counting every Latin letter
        return "en"
    return "ko" if len(HANGUL.findall(sample)) > len(LATIN.findall(sample)) else "en"
