#!/bin/sh
# usage: measure.sh TAG -- all quality numbers of the worktree's code into .notes/TAG.*
cd /work/wt/attr
.venv/bin/python benchmarks/bench_stories.py > .notes/$1.stories.txt 2>&1
.venv/bin/python benchmarks/bench_quotes.py --split both > .notes/$1.quotes.txt 2>&1
for s in devset heldout heldout2 heldout3 heldout4 heldout5 heldout6; do .venv/bin/python benchmarks/score_devset.py --set $s --errors > .notes/$1.$s.txt 2>&1; done
tail -1 .notes/$1.stories.txt; cat .notes/$1.quotes.txt
for s in devset heldout heldout2 heldout3 heldout4 heldout5 heldout6; do printf "%s " $s; grep "^source_acc\|^precision\|^recall" .notes/$1.$s.txt | tr '\n' ' '; echo; done
