import sys
sys.path.insert(0, "tests")
from attribution_support import source_of
for line in sys.stdin:
    if "|" in line:
        text, fig = line.rstrip("\n").rsplit("|", 1)
        print(repr(source_of(text, fig)), "<-", text[:110])
