"""claimledger: a sourced ledger of the numbers in a developing news story.

Python API::

    import claimledger
    claims = claimledger.extract(text, published="2025-04-28", lang="de")
    ledger = claimledger.ledger(claims)            # or ledger(db="claimledger.duckdb")
    claimledger.write_report("claimledger.duckdb", "report.html")
"""

__version__ = "0.1.0"

from claimledger.model import Claim, Document, Source, TimeSpan, Value  # noqa: E402

# The stage package ``claimledger.extract`` and the API function ``claimledger.extract`` share
# a name. Importing the package first and binding the function afterwards keeps the function
# on the attribute: Python sets a parent's attribute only when it first loads the submodule.
import claimledger.extract  # noqa: E402,F401
from claimledger.api import extract, extract_documents, ledger, write_report  # noqa: E402,F811

__all__ = ["Claim", "Document", "Source", "TimeSpan", "Value", "extract", "extract_documents",
           "ledger", "write_report", "__version__"]
