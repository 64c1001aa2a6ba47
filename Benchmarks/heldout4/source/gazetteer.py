"""Reads data/gazetteer/*.tsv (name, type, name_en, aliases, country, strict_aliases) AS IT IS NOW.
Used only to set in_gazetteer / surface_in_gazetteer when the set was built. `python3 gazetteer.py WORD`
prints the entries whose name or alias contains WORD (a lookup aid for the author)."""
import glob, os, sys
ROOT = os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', '..', '..')
def load():
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
if __name__ == '__main__':
    for w in sys.argv[1:]:
        for x in load():
            if w in x['name'] or any(w in a for a in x['aliases']):
                print(w, '=>', x['name'], x['type'], x['country'], '|'.join(x['aliases'])[:120])
