import json, sys
from truth import T
with open(sys.argv[1], 'w', encoding='utf-8') as f:
    for d in T: f.write(json.dumps(d, ensure_ascii=False) + '\n')
print(len(T), 'truth rows')
