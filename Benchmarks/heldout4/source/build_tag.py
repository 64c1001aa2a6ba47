"""Builds ../tagging/articles.jsonl and aliases.tsv from tag_src.py (markup [[surface|a/c|name|CC]]).
in_gazetteer is computed from data/gazetteer/*.tsv AS IT WAS when the set was written (2026-12-07);
re-running after the gazetteer grows changes those flags, so do not re-run unless you mean to."""
import json, os, re, sys
HERE = os.path.dirname(os.path.abspath(__file__)); sys.path.insert(0, HERE)
from tag_src import A
from gazetteer import load
gz = load()
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
