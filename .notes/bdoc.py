import csv,sys
csv.field_size_limit(10**9)
rows=list(csv.reader(open('/work/shared/corpus/bench/10kGNAD_test.csv', newline=''),delimiter=';',quotechar="'"))
for r in rows:
    if sys.argv[1] in r[1]:
        open(sys.argv[2],'w').write(r[1]); print('ok'); break
