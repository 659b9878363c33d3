"""Pick 20 new held-out rows from 10kGNAD_test.csv: 2 per category + 2 from the largest pools,
>=3 digit strings or number words, <=2,800 chars, seed 2031; rows of every earlier set excluded
(goldkit.pick_rows)."""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
from goldkit import pick_rows, used_rows  # noqa: E402

# rows used by the dev set, the five earlier held-out sets and any other set under tests/data
USED = used_rows(HERE)
rows, picked, bycat = pick_rows(2031, 2800, USED)
if __name__ == "__main__":
    print(len(USED), "rows excluded;", {c: len(bycat[c]) for c in sorted(bycat)})
    for c, i in picked:
        print(c, i, len(rows[i][1]))
