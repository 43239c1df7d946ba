"""Sentences that never cross a line break.

razdel joins lines that lack closing punctuation, so a headline, a photo
caption and the first paragraph of a news item become one "sentence"; the
parser then hangs the lead's verb on the headline's subject.  In news text a
line break always ends a sentence, so razdel runs line by line.
"""
from __future__ import annotations

import re
from collections.abc import Iterator

from natasha import Segmenter
from natasha.segment import Sent

LINE = re.compile(r"[^\n]+")


class LineSegmenter(Segmenter):
    def sentenize(self, text: str) -> Iterator[Sent]:
        for line in LINE.finditer(text):
            offset = line.start()
            for sent in super().sentenize(line.group()):
                yield Sent(sent.start + offset, sent.stop + offset, sent.text)
