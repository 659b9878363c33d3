"""Pick 20 held-out rows from 10kGNAD_test.csv: 2 per category and 2 more from the largest pools,
>=3 figures, <=2,500 chars, seed 2026; the dev set's rows excluded (goldkit.pick_set)."""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from goldkit import pick_set  # noqa: E402

# the rows of the dev set, the only set before this one
USED = {17, 53, 67, 68, 69, 102, 137, 153, 175, 176, 225, 256, 259, 261, 347, 374, 396, 400, 411, 522,
        595, 603, 633, 701, 711, 765, 778, 780, 838, 842, 855, 877, 880, 932, 949, 955, 959, 963, 974, 995}
rows, picked = pick_set(os.path.dirname(os.path.abspath(__file__)), 2026, 2500, USED, show=__name__ == "__main__")
