#!/bin/sh
# usage: bench_claims.sh SRCDIR OUT  -- extract the bench corpus with the code in SRCDIR
cd /work/wt/attr
PYTHONPATH=$1 .venv/bin/python -m claimledger extract /work/shared/corpus/bench/10kGNAD_test.csv -o $2 2>/dev/null
