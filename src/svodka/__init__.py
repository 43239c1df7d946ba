"""svodka: Russian news to a source-attributed ledger of facts."""
from .pipeline import document_id, extract
from .records import Document, Entity, Mention, Meta, Span, Speaker, Statement

__version__ = "0.1.0"

__all__ = ["Document", "Entity", "Mention", "Meta", "Span", "Speaker", "Statement", "document_id", "extract", "__version__"]
