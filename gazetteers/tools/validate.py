#!/usr/bin/env python3
"""Validate the nerid gazetteer files (format of gazetteers/README.md). Exit 1 on errors."""
import glob, os, re, sys
D = sys.argv[1] if len(sys.argv) > 1 else os.path.join(os.path.dirname(os.path.abspath(__file__)), '..')
HEADER = 'id\ttype\tname\taliases\tvalid_from\tvalid_to\tattrs'
TYPES = {'PERSON', 'MINISTRY', 'GOV_AGENCY', 'COMPANY', 'ORGANIZATION', 'LOCATION'}
DATE = re.compile(r'^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$')
ID = re.compile(r'^[a-z0-9][a-z0-9.-]*$')
errs, ids, counts, refs = [], {}, {}, []
SKIP = {'titles.tsv', 'abbreviations.tsv'}
for fn in sorted(glob.glob(os.path.join(D, '*.tsv'))):
    b = os.path.basename(fn)
    if b in SKIP:
        continue
    hdr = False; n = 0
    for ln, line in enumerate(open(fn, encoding='utf-8'), 1):
        line = line.rstrip('\n')
        if line.startswith('#'):
            continue
        if not hdr:
            if line != HEADER: errs.append('%s:%d bad header' % (b, ln))
            hdr = True; continue
        c = line.split('\t')
        if len(c) != 7: errs.append('%s:%d %d columns' % (b, ln, len(c))); continue
        if any(x != x.strip() for x in c) or line != line.rstrip(): errs.append('%s:%d stray spaces' % (b, ln))
        i, t, name, al, vf, vt, at = c
        if not ID.match(i): errs.append('%s:%d bad id %r' % (b, ln, i))
        if i in ids: errs.append('%s:%d duplicate id %s (also %s)' % (b, ln, i, ids[i]))
        ids[i] = '%s:%d' % (b, ln)
        if t not in TYPES: errs.append('%s:%d bad type %s' % (b, ln, t))
        if not name: errs.append('%s:%d empty name' % (b, ln))
        for d in (vf, vt):
            if d and not DATE.match(d): errs.append('%s:%d bad date %s' % (b, ln, d))
        if vf and vt and vt[:len(vf)] < vf[:len(vt)]: errs.append('%s:%d valid_to < valid_from' % (b, ln))
        if al:
            a = al.split('|')
            if '' in a: errs.append('%s:%d empty alias' % (b, ln))
            if len(set(a)) != len(a): errs.append('%s:%d duplicate alias in row' % (b, ln))
        if at:
            for kv in at.split(';'):
                if kv.count('=') != 1 or not kv.split('=')[0] or not kv.split('=')[1]:
                    errs.append('%s:%d bad attr %r' % (b, ln, kv))
                else:
                    k, v = kv.split('=')
                    if k in ('parent', 'org', 'region', 'successor', 'predecessor'):
                        refs.append((b, ln, k, v))
        n += 1
    counts[b] = n
for b, ln, k, v in refs:
    for x in v.split(','):
        if x not in ids: errs.append('%s:%d %s=%s unknown id' % (b, ln, k, x))
# titles
tf = os.path.join(D, 'titles.tsv')
if os.path.exists(tf):
    hdr = False; n = 0; seen = set()
    for ln, line in enumerate(open(tf, encoding='utf-8'), 1):
        line = line.rstrip('\n')
        if line.startswith('#'): continue
        if not hdr:
            if line != 'title\tkind\tattrs': errs.append('titles.tsv:%d bad header' % ln)
            hdr = True; continue
        c = line.split('\t')
        if len(c) != 3 or c[1] not in ('honorific', 'role', 'rank') or not c[0]: errs.append('titles.tsv:%d bad row' % ln)
        if c[0] in seen: errs.append('titles.tsv:%d duplicate %s' % (ln, c[0]))
        seen.add(c[0]); n += 1
    counts['titles.tsv'] = n
for e in errs[:100]: print('ERROR', e)
for b, n in counts.items(): print('%-20s %6d rows' % (b, n))
print('total entity rows', sum(v for k, v in counts.items() if k != 'titles.tsv'), '| errors', len(errs))
sys.exit(1 if errs else 0)
