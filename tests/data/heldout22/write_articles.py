"""Write articles/*.txt and meta.jsonl for the rows chosen by pick_rows.py (goldkit.write_articles)."""
import os

from pick_rows import picked, rows
from goldkit import write_articles  # tests/data is on the path: pick_rows.py put it there

write_articles(os.path.dirname(os.path.abspath(__file__)), "a", rows, picked)
