"""svodka: Russian news to a source-attributed ledger of facts."""
import os

# One BLAS thread per process unless the user says otherwise, set before numpy loads: under
# CPU contention a thread per core made two ingests 10x slower (176 s each against 17 s).
for _name in ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS"):
    os.environ.setdefault(_name, "1")

from importlib.metadata import PackageNotFoundError, version  # noqa: E402

from .collection import Collection, open  # noqa: E402, A004
from .corpus import read_ledger  # noqa: E402
from .display import show  # noqa: E402
from .ledger import Claim, Disagreement, DocRef, Ledger, LedgerEvent, Named, Revision
from .pipeline import STAGES, document_id, extract
from .records import Document, Entity, Figure, Mention, Meta, Span, Speaker, Statement, Time
from .store import open_store

try:
    __version__ = version("svodka")
except PackageNotFoundError:  # running from a source tree that was never installed
    __version__ = "0+unknown"

__all__ = ["STAGES", "Claim", "Collection", "open", "show", "Disagreement", "DocRef", "Document", "Entity", "Figure", "Ledger", "LedgerEvent",
           "Mention", "Meta", "Named", "Revision", "Span", "Speaker", "Statement", "Time", "document_id", "extract",
           "open_store", "read_ledger", "__version__"]
