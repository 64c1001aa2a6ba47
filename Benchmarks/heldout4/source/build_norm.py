"""Builds (same markup as heldout2) ../normalization/paragraphs.jsonl from norm_src.py ({{surface|value|precision[|D]}}, <<surface|[CUR:]amount[~high]|kind|owner>>)."""
import json,re,sys
HERE=__import__('os').path.dirname(__import__('os').path.abspath(__file__)); sys.path.insert(0,HERE)
from norm_src import S
U={'조':10**12,'억':10**8,'만':10**4}
def amt(x):
    neg=x.startswith('-'); x=x.lstrip('-'); tot=0; cur=''
    for ch in x:
        if ch.isdigit(): cur+=ch
        elif ch in U: tot+=int(cur or 1)*U[ch]; cur=''
        else: raise ValueError(x)
    tot+=int(cur or 0)
    return -tot if neg else tot
TOK=re.compile(r'\{\{(.+?)\}\}|<<(.+?)>>')
out=[]; seen={}
for story,pub,day,role,text in S:
    seen[story]=seen.get(story,0)+1
    pid=f"{story.lower()}-{seen[story]:02d}"
    t=''; pos=0; money=[]; dates=[]
    for m in TOK.finditer(text):
        t+=text[pos:m.start()]; st=len(t)
        if m.group(1):
            p=m.group(1).split('|'); surf=p[0]; t+=surf
            dates.append({"surface":surf,"start":st,"end":len(t),"value":p[1],"precision":p[2],"kind":"duration" if len(p)>3 and p[3]=='D' else "date"})
        else:
            p=m.group(2).split('|'); assert len(p)==4,p; surf=p[0]; t+=surf
            a=p[1]; cur='KRW'
            if ':' in a: cur,a=a.split(':')
            lo,hi=(a.split('~')+[None])[:2]; lo=amt(lo); hi=amt(hi) if hi else lo
            money.append({"surface":surf,"start":st,"end":len(t),"currency":cur,"low":lo,"high":hi,"kind":None if p[2]=='-' else p[2],"owner":None if p[3]=='-' else p[3]})
        pos=m.end()
    t+=text[pos:]
    assert '{{' not in t and '<<' not in t, t
    out.append({"id":pid,"story":story,"role":role,"published_at":pub,"story_day":day,"text":t,"money":money,"dates":dates})
# lead first within each story
order={}
for r in out: order.setdefault(r['story'],[]).append(r)
final=[]
for st,rs in order.items():
    leads=[r for r in rs if r['role']=='lead']; others=[r for r in rs if r['role']!='lead']
    final+=leads+others
with open(__import__('os').path.join(HERE,'..','normalization','paragraphs.jsonl'),'w',encoding='utf-8') as f:
    for r in final: f.write(json.dumps(r,ensure_ascii=False)+'\n')
from collections import Counter
print(len(final),'paras', sum(len(r['money']) for r in final),'money', sum(len(r['dates']) for r in final),'dates')
print(Counter(m['kind'] for r in final for m in r['money']))
print(Counter(d['kind'] for r in final for d in r['dates']), Counter(d['precision'] for r in final for d in r['dates']))
print('owners', sum(1 for r in final for m in r['money'] if m['owner']))
