import sys
sys.path.insert(0, "tests")
from attribution_support import PACK
from claimledger.extract.attribution import DocumentAttributor
from claimledger.extract.sentences import split_sentences
for line in sys.stdin:
    if "|" not in line: continue
    text, fig = line.rstrip("\n").rsplit("|", 1)
    sents = split_sentences(text, PACK); start = text.index(fig)
    idx = max(i for i, s in enumerate(sents) if s.start <= start)
    src = DocumentAttributor(text, sents, PACK).attribute(idx, start, start + len(fig)).source
    print(None if src is None else (src.text, getattr(src,'cue',None), getattr(src,'kind',None)), "<-", fig, "|", text[:90])
