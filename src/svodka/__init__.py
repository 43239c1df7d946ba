"""svodka: Russian news to a source-attributed ledger of facts."""
from importlib.metadata import PackageNotFoundError, version

from .corpus import read_ledger
from .ledger import Claim, Disagreement, DocRef, Ledger, LedgerEvent, Named, Revision
from .pipeline import STAGES, document_id, extract
from .records import Document, Entity, Figure, Mention, Meta, Span, Speaker, Statement, Time
from .store import open_store

try:
    __version__ = version("svodka")
except PackageNotFoundError:  # running from a source tree that was never installed
    __version__ = "0+unknown"

__all__ = ["STAGES", "Claim", "Disagreement", "DocRef", "Document", "Entity", "Figure", "Ledger", "LedgerEvent",
           "Mention", "Meta", "Named", "Revision", "Span", "Speaker", "Statement", "Time", "document_id", "extract",
           "open_store", "read_ledger", "__version__"]
