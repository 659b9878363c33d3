import sys
sys.path.insert(0, "tests")
from attribution_support import PACK
from claimledger.extract.attribution import DocumentAttributor
from claimledger.extract.sentences import split_sentences
text = open(sys.argv[1]).read()
sents = split_sentences(text, PACK)
at = DocumentAttributor(text, sents, PACK)
for fig in sys.argv[2:]:
    start = text.index(fig)
    idx = max(i for i, s in enumerate(sents) if s.start <= start)
    info = at.analysed(idx)
    a = at.attribute(idx, start, start + len(fig))
    print(fig, "->", a.source and (a.source.text, a.source.id), "carried" if a.carried else "", "| sent", idx, repr(text[sents[idx].start:sents[idx].end][:120]))
    print("   cues:", [(c.source and c.source.text, c.scope, c.verb, c.anaphoric) for c in info.cues], "carries", info.carries)
