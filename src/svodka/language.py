"""Which language a text is in, by its letters: enough to keep non-Russian text out of
the Russian pipeline (it is stored, with a note, until English support comes)."""
from __future__ import annotations

import re

CYRILLIC = re.compile(r"[а-яёА-ЯЁіїєґўІЇЄҐЎ]")
LATIN = re.compile(r"[a-zA-Z]")
UKRAINIAN = re.compile(r"[іїєґІЇЄҐ]")
BELARUSIAN = re.compile(r"[ўЎ]")
ENGLISH = re.compile(r"\b(?:the|and|of|to|in|is|that|for|on|with|was|said)\b", re.IGNORECASE)
SAMPLE = 20_000


def detect(text: str) -> str:
    """"ru", "uk", "be", "en", or "und" (undetermined): Cyrillic letters decide between
    the first three (і/ї/є/ґ are Ukrainian, ў Belarusian), common words for English."""
    sample = text[:SAMPLE]
    cyrillic, latin = len(CYRILLIC.findall(sample)), len(LATIN.findall(sample))
    if cyrillic + latin == 0:
        return "und"
    if cyrillic >= latin:
        if len(UKRAINIAN.findall(sample)) > cyrillic * 0.01:
            return "uk"
        if len(BELARUSIAN.findall(sample)) > cyrillic * 0.005:
            return "be"
        return "ru"
    words = max(1, len(sample.split()))
    return "en" if len(ENGLISH.findall(sample)) > words * 0.05 else "und"
