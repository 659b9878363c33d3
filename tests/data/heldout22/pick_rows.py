"""Pick 20 new held-out rows from 10kGNAD_test.csv: 2 per category + 2 from the largest pools,
>=3 digit strings or number words, <=10,000 chars (the 8,000 pools are used up; a category with fewer than 2 rows left gives what it has, the largest pools the rest), seed 2047; rows of every earlier set excluded
(goldkit.pick_set)."""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
from goldkit import pick_set  # noqa: E402

# rows used by the dev set, the earlier held-out sets and any other set under tests/data are left out
rows, picked = pick_set(HERE, 2047, 10000, show=__name__ == "__main__")
