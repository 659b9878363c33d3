#!/bin/sh
cd /work/wt/attr
.venv/bin/claimledger extract /work/shared/corpus/seeds --meta /work/shared/corpus/seeds/meta.jsonl -o .notes/seeds.claims.jsonl 2>/dev/null
.venv/bin/claimledger ledger .notes/seeds.claims.jsonl -o .notes/seeds.ledger.json 2>/dev/null
python3 /work/shared/tools/score_claims.py .notes/seeds.claims.jsonl --gold /work/shared/gold/seeds.claims.jsonl \
  --negatives /work/shared/gold/seeds.negatives.jsonl --sources /work/shared/gold/sources.json \
  --ledger .notes/seeds.ledger.json --gold-ledger /work/shared/gold/seeds.ledger.json
