"""Builds a blind held-out set's gold files from its marked-up source (heldout2, heldout3, heldout4 …).

Each set keeps its own text in `source/tag_src.py` (`A`: `[[surface|a/c|name|CC]]`) and
`source/norm_src.py` (`S`: `{{surface|value|precision[|D]}}`, `<<surface|[CUR:]amount[~high]|kind|owner>>`);
its `source/build_tag.py` and `source/build_norm.py` call `build_tag(folder)` / `build_norm(folder)`
here, so offsets are always computed by script, one way for every set.

`in_gazetteer` is computed from data/gazetteer/*.tsv AS IT IS when the build runs: re-running a
set's build_tag.py after the gazetteer grows changes those flags, so do not, unless you mean to.
`python3 Benchmarks/eval/gold_build.py WORD…` prints the gazetteer entries whose name or alias
contains WORD (a lookup aid for a set's author).
"""
import glob
import importlib.util
import json
import os
import re
import sys
from collections import Counter

ROOT = os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', '..')


def _source(folder, module):
    spec = importlib.util.spec_from_file_location(module, os.path.join(folder, 'source', module + '.py'))
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def load_gazetteer():
    """data/gazetteer/*.tsv rows: name, type, name_en, aliases, country, strict_aliases."""
    gz = []
    for fn in sorted(glob.glob(os.path.join(ROOT, 'data', 'gazetteer', '*.tsv'))):
        for l in open(fn, encoding='utf-8'):
            l = l.rstrip('\n')
            if not l.strip() or l.startswith('#') or l.startswith('name\t'):
                continue
            p = (l.split('\t') + [''] * 6)[:6]
            als = [a for a in p[3].split('|') if a] + [a for a in p[5].split('|') if a]
            gz.append({'name': p[0], 'type': p[1], 'aliases': als, 'country': p[4]})
    return gz


def build_norm(folder):
    """Writes FOLDER/normalization/paragraphs.jsonl from FOLDER/source/norm_src.py."""
    S = _source(folder, 'norm_src').S
    HERE = os.path.join(folder, 'source')
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
    print(len(final),'paras', sum(len(r['money']) for r in final),'money', sum(len(r['dates']) for r in final),'dates')
    print(Counter(m['kind'] for r in final for m in r['money']))
    print(Counter(d['kind'] for r in final for d in r['dates']), Counter(d['precision'] for r in final for d in r['dates']))
    print('owners', sum(1 for r in final for m in r['money'] if m['owner']))


def build_tag(folder):
    """Writes FOLDER/tagging/articles.jsonl and aliases.tsv from FOLDER/source/tag_src.py."""
    A = _source(folder, 'tag_src').A
    HERE = os.path.join(folder, 'source')
    gz = load_gazetteer()
    names = {x['name']: x for x in gz}; al = {}
    for x in gz:
        for a in x['aliases']: al.setdefault(a, x['name'])
    PAT = re.compile(r'\[\[(.+?)\]\]')
    def parse(text, field, aid):
        out = ''; ms = []; pos = 0
        for m in PAT.finditer(text):
            out += text[pos:m.start()]
            parts = m.group(1).split('|')
            surf = parts[0]; t = parts[1]; name = parts[2] if len(parts) > 2 and parts[2] else surf
            cc = (parts[3] or None) if len(parts) > 3 else ('KR' if t == 'a' else None)  # '' = international body, country null
            typ = {'a': 'agency', 'c': 'company'}[t]
            st = len(out); out += surf
            ing = name in names or name in al
            sing = (surf == name and (surf in names or surf in al)) or al.get(surf) == name or (name in al and al.get(surf) == al[name])
            if name in names and names[name]['type'] != typ: print('TYPE MISMATCH', aid, name, typ, names[name]['type'])
            if name in names and typ == 'agency' and (names[name]['country'] or None) != cc: print('COUNTRY MISMATCH', aid, name, cc, names[name]['country'])
            if name not in names and name in al: print('CANON IS ALIAS IN GAZ', aid, name, '->', al[name])
            if surf != name and surf in al and al[surf] != name: print('ALIAS CONFLICT', aid, surf, name, al[surf])
            ms.append({"field": field, "start": st, "end": st + len(surf), "surface": surf, "name": name, "type": typ,
                       "in_gazetteer": ing, "surface_in_gazetteer": bool(sing), "country": cc if typ == 'agency' else None})
            pos = m.end()
        out += text[pos:]
        assert '[[' not in out and ']]' not in out, out
        return out, ms
    arts = []; aliases = {}
    for i, title, paras in A:
        t, tm = parse(title, 'title', i)
        b, bm = parse('\n'.join(paras), 'body', i)
        ms = tm + bm
        for m in ms:
            if m['surface'] != m['name']: aliases[(m['surface'], m['name'])] = 1
        arts.append({"id": i, "title": t, "body": b, "mentions": ms})
    with open(os.path.join(HERE, '..', 'tagging', 'articles.jsonl'), 'w', encoding='utf-8') as f:
        for a in arts: f.write(json.dumps(a, ensure_ascii=False) + '\n')
    with open(os.path.join(HERE, '..', 'tagging', 'aliases.tsv'), 'w', encoding='utf-8') as f:
        f.write('alias\tcanonical_name\n')
        for (s, n) in sorted(aliases, key=lambda x: (x[1], x[0])): f.write(f'{s}\t{n}\n')
    n = sum(len(a['mentions']) for a in arts)
    pairs = {}
    for a in arts:
        for m in a['mentions']: pairs[(a['id'], m['name'])] = m['in_gazetteer'] or pairs.get((a['id'], m['name']), False)
    out = sum(1 for v in pairs.values() if not v)
    print('articles', len(arts), 'mentions', n, 'pairs', len(pairs), 'out-of-gaz pairs', out, round(out / max(1, len(pairs)), 3), 'aliases', len(aliases))


if __name__ == '__main__':
    for w in sys.argv[1:]:
        for x in load_gazetteer():
            if w in x['name'] or any(w in a for a in x['aliases']):
                print(w, '=>', x['name'], x['type'], x['country'], '|'.join(x['aliases'])[:120])
