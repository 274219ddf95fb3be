#!/usr/bin/env python3
"""Where the time under one method goes, from `perf script` output of a .NET process.

usage: perf-tree.py SCRIPT.txt ROOT_REGEX [DEPTH]

For every sample whose stack holds a frame matching ROOT_REGEX (the outermost such frame), counts
the chain of DEPTH frames called from it; prints the shares. See bench/README.md ("Profiling").
"""
import sys,re,collections
path, root = sys.argv[1], sys.argv[2]
depth = int(sys.argv[3]) if len(sys.argv)>3 else 1
def short(s):
    s=re.sub(r'\[[A-Za-z.]+\] ','',s); s=re.sub(r'(instance |class |valuetype )','',s)
    m=re.search(r'([A-Za-z0-9_`<>]+::[A-Za-z0-9_.<>|`]+)\(', s)
    return m.group(1) if m else s[:80]
samples=[]; cur=[]
for line in open(path):
    if not line.strip():
        if cur: samples.append(cur); cur=[]
        continue
    if line.startswith('\t') or line.startswith(' '*8):
        parts=line.strip().split(' ',1)
        if len(parts)==2: cur.append(short(parts[1]))
    else:
        cur=[]
if cur: samples.append(cur)
total=0; child=collections.Counter(); selfc=0
for st in samples:
    # st: leaf first
    idx=[i for i,f in enumerate(st) if re.search(root,f)]
    if not idx: continue
    i=max(idx)  # outermost occurrence
    total+=1
    if i-depth<0: selfc+=1; continue
    key=' > '.join(reversed(st[max(0,i-depth):i]))
    child[key]+=1
print(f"root {root}: {total} samples; self {selfc}")
for k,v in child.most_common(45): print(f"{v*100/total:6.1f}% {k}")
