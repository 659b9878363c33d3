#!/bin/sh
# usage: cmp.sh OLD NEW -- source-error lines gained/lost per set
cd /work/wt/attr/.notes
for s in devset heldout heldout2 heldout3 heldout4 heldout5 heldout6; do
  grep "^source |" $1.$s.txt | sort -u > /tmp/o.$s; grep "^source |" $2.$s.txt | sort -u > /tmp/n.$s
  echo "== $s fixed:"; comm -23 /tmp/o.$s /tmp/n.$s | cut -c1-220; echo "== $s broke:"; comm -13 /tmp/o.$s /tmp/n.$s | cut -c1-220
done
tail -1 $2.stories.txt; cat $2.quotes.txt
