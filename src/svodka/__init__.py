"""svodka: Russian news to a source-attributed ledger of facts."""
from importlib.metadata import PackageNotFoundError, version

from .pipeline import STAGES, document_id, extract
from .records import Document, Entity, Figure, Mention, Meta, Span, Speaker, Statement, Time

try:
    __version__ = version("svodka")
except PackageNotFoundError:  # running from a source tree that was never installed
    __version__ = "0+unknown"

__all__ = ["STAGES", "Document", "Entity", "Figure", "Mention", "Meta", "Span", "Speaker", "Statement", "Time",
           "document_id", "extract", "__version__"]
