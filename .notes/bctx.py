import sys
t=open('/work/shared/corpus/bench/10kGNAD_test.csv').read()
for s in sys.argv[1:]:
    j=t.find(s)
    print('::', t[max(0,j-int(700)):j+len(s)+100].replace('\n',' / ')); print()
