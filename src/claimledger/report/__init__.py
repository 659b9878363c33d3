"""Presenting the ledger: terminal tables (rich) and JSON/CSV/Parquet exports."""

from claimledger.report.export import FORMATS, copy_to, csv_text, json_text
from claimledger.report.filter import filter_ledger
from claimledger.report.table import fmt_value, render_ledger

__all__ = ["FORMATS", "copy_to", "csv_text", "filter_ledger", "fmt_value", "json_text",
           "render_ledger"]
