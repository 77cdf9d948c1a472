#!/usr/bin/env python3
"""Build the nerid gazetteers from the collected facts.

Usage:  python3 gazetteers/tools/build_from_facts.py [FACTS_DIR] [OUT_DIR]
Defaults: FACTS_DIR = ../shared/data/gazetteer-facts relative to the repo root
          (i.e. /work/shared/data/gazetteer-facts), OUT_DIR = gazetteers/.

The facts are converted and then curated: risky aliases are dropped, known
errors are fixed (see CHANGES-FROM-FACTS.md) and missing entries are added from
the curated tables in curated.py (same folder).
The generated .tsv files are the source of truth and are committed; this script
only documents and reproduces the conversion.
"""
import csv, os, re, sys, unicodedata
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import curated as C

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.abspath(os.path.join(HERE, '..'))
FACTS = os.path.abspath(os.path.join(HERE, '..', '..', '..', 'shared', 'data', 'gazetteer-facts'))
if len(sys.argv) > 1: FACTS = sys.argv[1]
if len(sys.argv) > 2: OUT = sys.argv[2]

HEADER = ['id', 'type', 'name', 'aliases', 'valid_from', 'valid_to', 'attrs']


def read(fn):
    with open(os.path.join(FACTS, fn), encoding='utf-8') as f:
        return list(csv.DictReader(f, delimiter='\t', quoting=csv.QUOTE_NONE))


def slug(s):
    s = unicodedata.normalize('NFKD', s).encode('ascii', 'ignore').decode()
    s = s.lower().replace('&', ' dan ').replace("'", '')
    s = re.sub(r'[^a-z0-9]+', '-', s).strip('-')
    return s


def split(s):
    return [a.strip() for a in (s or '').split('|') if a.strip()]


def norm_key(a):
    """Key under which two aliases are the same for the matcher."""
    short_caps = re.fullmatch(r'[A-Z]{1,5}', a) is not None
    k = a.replace('-', ' ')
    k = re.sub(r'\s+', ' ', k).strip()
    return k if short_caps else k.lower()


def clean_aliases(name, aliases, drop=()):
    out, seen = [], {norm_key(name)}
    dropk = {norm_key(d) for d in drop}
    for a in aliases:
        a = re.sub(r'\s+', ' ', a.replace(';', ',').replace('=', '-')).strip()
        if not a:
            continue
        k = norm_key(a)
        if k in seen or k in dropk or k in C.GLOBAL_DROP:
            continue
        seen.add(k)
        out.append(a)
    return out


def attrs_str(d):
    parts = []
    for k, v in d.items():
        if v is None or v == '':
            continue
        v = str(v).replace(';', ',').replace('=', '-')
        parts.append('%s=%s' % (k, v))
    return ';'.join(parts)


class Table:
    def __init__(self, fname, comment):
        self.fname, self.comment, self.rows = fname, comment, []

    def add(self, id_, type_, name, aliases, vf='', vt='', attrs=None, drop=()):
        al = clean_aliases(name, aliases, drop)
        self.rows.append([id_, type_, name, '|'.join(al), vf or '', vt or '', attrs_str(attrs or {})])

    def write(self):
        with open(os.path.join(OUT, self.fname), 'w', encoding='utf-8', newline='') as f:
            for line in self.comment.strip('\n').split('\n'):
                f.write('# ' + line + '\n' if line else '#\n')
            f.write('\t'.join(HEADER) + '\n')
            for r in self.rows:
                f.write('\t'.join(x.strip() for x in r) + '\n')


FACTS_NOTE = ('Built from gazetteer-facts (compiled early 2026; see gazetteers/README.md and\n'
              'CHANGES-FROM-FACTS.md) by gazetteers/tools/build_from_facts.py, then curated.')
ODBL = ('Area data: idn-area-data 4.0.1 by fityannugroho (https://github.com/fityannugroho/idn-area-data),\n'
        'data licensed under the Open Database License (ODbL) 1.0; based on Kepmendagri\n'
        'No. 300.2.2-2138 Tahun 2025. This file is a derived database and is also made available under ODbL 1.0.')

# ---------------------------------------------------------------- locations
def build_locations():
    loc = Table('locations.tsv', 'nerid gazetteer: LOCATION (countries, provinces, regencies, cities, named places)\n'
                + ODBL + '\nCountries, aliases and named places: hand-curated (general knowledge), no licence restriction.\n' + FACTS_NOTE)
    dist = Table('districts.tsv', 'nerid gazetteer: LOCATION, kecamatan (districts)\n' + ODBL + '\n'
                 'Bare kecamatan names are only matched when unambiguous and not generic words (see README);\n'
                 'otherwise attrs match=aliases and only "Kecamatan X" / "Kec. X" match.\n' + FACTS_NOTE)
    rows = read('locations.tsv')
    prov_id, reg_id = {}, {}
    # bare-name ownership among regencies/cities: the Kota gets a shared bare name
    bare_count = {}
    for r in rows:
        if r['kind'] in ('regency', 'city'):
            b = re.sub(r'^(Kabupaten Administrasi|Kota Administrasi|Kabupaten|Kota) ', '', r['name'])
            bare_count.setdefault(b, []).append(r['kind'])
    prov_names = {r['name'] for r in rows if r['kind'] == 'province'}
    prov_alias_all = set()
    for r in rows:
        if r['kind'] == 'province':
            prov_alias_all |= set(split(r['aliases']))
    country_rows = []
    for r in rows:
        kind, name = r['kind'], r['name']
        al = split(r['aliases'])
        if kind == 'country':
            country_rows.append(r)
            continue
        attrs = {'kind': kind}
        if r['code']:
            attrs['code'] = r['code']
        if kind == 'province':
            pid = 'loc-' + slug(name)
            if name in C.PROVINCE_ID:
                pid = C.PROVINCE_ID[name]
            prov_id[name] = pid
            al += C.PROVINCE_EXTRA.get(name, [])
            if not any(a.startswith('Provinsi ') for a in al):
                al.append('Provinsi ' + name)
            al.append('Prov. ' + name)
            drop = C.PROVINCE_DROP.get(name, [])
            loc.add(pid, 'LOCATION', name, al, attrs=attrs, drop=drop)
            continue
        # regency / city
        b = re.sub(r'^(Kabupaten Administrasi|Kota Administrasi|Kabupaten|Kota) ', '', name)
        pref = 'kab' if kind == 'regency' else 'kota'
        rid = 'loc-%s-%s' % (pref, slug(b))
        reg_id[name] = rid
        attrs['parent'] = prov_id[r['parent']]
        drop = []
        shared = len(bare_count[b]) > 1
        if shared and kind == 'regency':
            drop.append(b)            # bare name goes to the Kota
        if b in C.BARE_REGENCY_DROP or (b in prov_names and kind == 'city') or (b in prov_alias_all and kind != 'province'):
            drop.append(b)
        if kind == 'regency':
            al += ['Kabupaten ' + b, 'Kab. ' + b, 'Kab ' + b, 'Pemkab ' + b if False else None]
        else:
            al += ['Kota ' + b]
        al = [a for a in al if a]
        al += C.REGENCY_EXTRA.get(name, [])
        if b in drop and kind == 'city' and not shared:
            pass
        # if the bare name is dropped, the name itself (full "Kabupaten X") still matches; nothing else needed
        loc.add(rid, 'LOCATION', name, al, attrs=attrs, drop=drop)
    # countries
    for r in country_rows:
        name = r['name']
        al = split(r['aliases']) + C.COUNTRY_EN.get(name, [])
        cid = 'loc-' + slug(name)
        loc.add(cid, 'LOCATION', name, al, attrs={'kind': 'country'}, drop=C.COUNTRY_DROP.get(name, []))
    for name, al, attrs in C.COUNTRIES_ADD:
        a = dict(kind='country'); a.update(attrs)
        loc.add('loc-' + slug(name), 'LOCATION', name, al, attrs=a)
    for id_, name, al, attrs in C.PLACES_ADD:
        attrs = dict(attrs)
        if 'parent' in attrs and attrs['parent'] in prov_id:
            attrs['parent'] = prov_id[attrs['parent']]
        loc.add(id_, 'LOCATION', name, al, attrs=attrs)
    # districts
    drows = read('districts.tsv')
    reg_bare = set(bare_count)
    allnames = {}
    for d in drows:
        allnames[d['name']] = allnames.get(d['name'], 0) + 1
    used = set()
    for d in drows:
        name = d['name']
        parent = reg_id[d['parent']]
        did = 'loc-kec-%s-%s' % (parent.split('-', 2)[2], slug(name))
        if did in used:
            did += '-' + d['code'].replace('.', '')
        used.add(did)
        attrs = {'kind': 'district', 'parent': parent, 'code': d['code']}
        words = name.lower().replace('-', ' ').split()
        bare_ok = (allnames[name] == 1 and name not in reg_bare and name not in prov_names
                   and name not in prov_alias_all and len(words) >= 2
                   and not all(w in C.GENERIC_WORDS for w in words)
                   and name not in C.DISTRICT_BARE_DROP)
        if name in C.DISTRICT_BARE_OK and allnames[name] == 1 and name not in reg_bare:
            bare_ok = True
        if not bare_ok:
            attrs['match'] = 'aliases'
        al = split(d['aliases']) + ['Kec. ' + name, 'Kecamatan ' + name]
        dist.add(did, 'LOCATION', name, al, attrs=attrs)
    return loc, dist, prov_id, reg_id


# ---------------------------------------------------------------- ministries
def build_ministries():
    t = Table('ministries.tsv', 'nerid gazetteer: MINISTRY (Kabinet Indonesia Maju 2019-2024, Kabinet Merah Putih 2024-2029)\n'
              'valid_from empty = existed before 2019-10-23; KIM-only names end 2024-10-20, KMP names start 2024-10-21\n'
              '(Keppres 133/P/2024). Sources: see README.md (news pages, public K/L lists).\n' + FACTS_NOTE)
    titles = {}
    for r in read('ministries.tsv'):
        mid = C.MINISTRY_ID.get(r['id'], r['id'])
        fx = C.MINISTRY_FIX.get(mid, {})
        al = split(r['aliases']) + C.MINISTRY_EXTRA.get(mid, [])
        # "<acronym> RI" and "<name> RI" variants
        first = split(r['aliases'])[0] if split(r['aliases']) else ''
        if first and not first.endswith(' RI'):
            al.append(first + ' RI')
        al.append(r['name'] + ' RI')
        al.append(r['name'] + ' Republik Indonesia')
        cab = []
        if 'Indonesia Maju' in r['cabinet']: cab.append('KIM')
        if 'Merah Putih' in r['cabinet']: cab.append('KMP')
        attrs = {'kind': 'coordinating_ministry' if mid.startswith('kemenko-') else 'ministry',
                 'cabinet': ','.join(cab)}
        attrs.update(C.MINISTRY_ATTRS.get(mid, {}))
        tl = [x for x in split(r['minister_title']) + C.MINISTER_TITLE_EXTRA.get(mid, [])]
        titles[mid] = tl
        t.add(mid, 'MINISTRY', r['name'], al, fx.get('valid_from', r['valid_from']),
              fx.get('valid_to', r['valid_to']), attrs, drop=C.MINISTRY_DROP.get(mid, []))
    return t, titles


# ---------------------------------------------------------------- agencies
def build_agencies(prov_rows, reg_id, loc_rows):
    t = Table('agencies.tsv', 'nerid gazetteer: GOV_AGENCY (state bodies, regional governments, DPR commissions,\n'
              'police/military units, foreign government bodies). Names/acronyms: general knowledge; dated facts\n'
              'checked in news (see README.md).\n' + FACTS_NOTE)
    for r in read('agencies.tsv'):
        aid = r['id']
        if aid in C.AGENCY_SKIP:
            continue
        fx = C.AGENCY_FIX.get(aid, {})
        al = split(r['aliases']) + C.AGENCY_EXTRA.get(aid, [])
        attrs = {'kind': fx.get('kind', r['kind'])}
        attrs.update(fx.get('attrs', {}))
        t.add(aid, 'GOV_AGENCY', fx.get('name', r['name']), al, fx.get('valid_from', ''), fx.get('valid_to', ''),
              attrs, drop=C.AGENCY_DROP.get(aid, []))
    for (aid, name, al, vf, vt, attrs) in C.AGENCIES_ADD:
        t.add(aid, 'GOV_AGENCY', name, al, vf, vt, attrs)
    # regional governments
    for name, pid, al in prov_rows:
        b = pid[4:]
        short = [a for a in al if a not in (name,) and not a.startswith('Provinsi') and not a.startswith('Prov.')]
        names = ['Pemprov ' + name, 'Pemerintah Provinsi ' + name, 'Pemprov ' + name.replace('Daerah Khusus Ibukota ', 'DKI ')]
        for s in short:
            if s not in C.PEMPROV_SHORT_SKIP:
                names.append('Pemprov ' + s)
        t.add('pemprov-' + b, 'GOV_AGENCY', 'Pemerintah Provinsi ' + name, names,
              attrs={'kind': 'regional_government', 'region': pid})
        # Polda
        if name in C.POLDA:
            pn = C.POLDA[name]
            t.add('polda-' + b, 'GOV_AGENCY', 'Kepolisian Daerah ' + pn[0], ['Polda ' + x for x in pn],
                  attrs={'kind': 'police', 'parent': 'polri', 'region': pid})
    for full, rid, kind in loc_rows:
        b = re.sub(r'^(Kabupaten Administrasi|Kota Administrasi|Kabupaten|Kota) ', '', full)
        if kind == 'regency':
            if 'Administrasi' in full:
                continue
            t.add('pemkab-' + rid[8:], 'GOV_AGENCY', 'Pemerintah Kabupaten ' + b,
                  ['Pemkab ' + b, 'Pemerintah Kab. ' + b], attrs={'kind': 'regional_government', 'region': rid})
        else:
            if 'Administrasi' in full:
                continue
            t.add('pemkot-' + rid[9:], 'GOV_AGENCY', 'Pemerintah Kota ' + b,
                  ['Pemkot ' + b], attrs={'kind': 'regional_government', 'region': rid})
    return t


# ---------------------------------------------------------------- companies
def build_companies():
    t = Table('companies.tsv', 'nerid gazetteer: COMPANY (IDX-listed companies, BUMN, platforms, media)\n'
              'Listed companies: IDX stock list via GitHub NeaByteLab/IDX-API sample/STOCKLIST.md (2026-02-20/21),\n'
              'cross-checked with abewartech/TrenSaham; tickers are facts (no licence claimed). Other rows: general knowledge.\n'
              'A ticker is an alias only when it is not an ordinary word/acronym; it is always in attrs ticker=.\n' + FACTS_NOTE)
    used = set()
    for r in read('companies.tsv'):
        raw = r['name']
        tick = r['ticker']
        key = tick or raw
        if key in C.COMPANY_SKIP:
            continue
        fx = C.COMPANY_FIX.get(key, {})
        name = re.sub(r'^PT ', '', raw)
        name = re.sub(r' Tbk$', '', name)
        name = fx.get('name', name)
        al = split(r['aliases']) + C.COMPANY_EXTRA.get(key, [])
        if raw.startswith('PT ') and not tick:
            al.append(raw)
        if '(Persero)' in name:
            bare = name.replace(' (Persero)', '')
            al += [bare, 'PT ' + bare, 'PT ' + name]
            if tick:
                al += ['PT %s Tbk' % bare, 'PT %s (Persero) Tbk' % bare]
        if tick:
            al = [a for a in al if a != tick]
            if tick not in C.TICKER_NOT_ALIAS:
                al.append(tick)
            cid = 'idx-' + tick.lower()
        else:
            cid = fx.get('id', slug(name.replace('(Persero)', '')))
        kind = fx.get('kind', r['kind'])
        attrs = {}
        if tick:
            attrs['ticker'] = tick
        attrs['kind'] = kind
        if tick and kind != 'listed':
            attrs['listed'] = 'yes'
        attrs.update(fx.get('attrs', {}))
        if fx.get('match_aliases'):
            attrs['match'] = 'aliases'
        assert cid not in used, cid
        used.add(cid)
        t.add(cid, 'COMPANY', name, al, fx.get('valid_from', ''), fx.get('valid_to', ''), attrs,
              drop=C.COMPANY_DROP.get(key, []))
    for (cid, name, al, attrs) in C.COMPANIES_ADD:
        assert cid not in used, cid
        used.add(cid)
        a = dict(attrs)
        t.add(cid, 'COMPANY', name, al, a.pop('valid_from', ''), a.pop('valid_to', ''), a)
    return t


# ---------------------------------------------------------------- organizations
def build_orgs():
    t = Table('organizations.tsv', 'nerid gazetteer: ORGANIZATION (parties, associations, religious organisations,\n'
              'NGOs/think tanks/pollsters, universities, international bodies, sports bodies and clubs).\n'
              'Names and acronyms: general knowledge.\n' + FACTS_NOTE)
    used = set()
    for r in read('organizations.tsv'):
        name = r['name']
        if name in C.ORG_SKIP:
            continue
        fx = C.ORG_FIX.get(name, {})
        al = split(r['aliases']) + C.ORG_EXTRA.get(name, [])
        oid = fx.get('id')
        if not oid:
            cand = [a for a in split(r['aliases']) if len(a) <= 12 and a not in C.ORG_DROP.get(name, [])]
            oid = slug(cand[0]) if cand else slug(name)
        if oid in used:
            oid = slug(name)
        used.add(oid)
        attrs = {'kind': fx.get('kind', r['kind'])}
        attrs.update(fx.get('attrs', {}))
        t.add(oid, fx.get('type', 'ORGANIZATION'), fx.get('name', name), al, '', '', attrs, drop=C.ORG_DROP.get(name, []))
    for (oid, name, al, attrs) in C.ORGS_ADD:
        assert oid not in used, oid
        used.add(oid)
        t.add(oid, 'ORGANIZATION', name, al, '', '', attrs)
    return t


# ---------------------------------------------------------------- officials
def build_officials(min_titles, prov_id):
    t = Table('officials.tsv', 'nerid gazetteer: PERSON (office holders), one row per person per post.\n'
              'valid_from/valid_to = tenure in the post (empty valid_to = in office as far as sources show, early 2026).\n'
              'Sources: news pages listed in README.md; rows marked src=memory in attrs are from general knowledge.\n' + FACTS_NOTE)
    rows = read('officials.tsv')
    rows = [r for r in rows if (r['name'], r['role']) not in C.OFFICIAL_SKIP]
    rows += [dict(zip(['name', 'aliases', 'role', 'organization_id', 'valid_from', 'valid_to', 'note'], x)) for x in C.OFFICIALS_ADD]
    used = set()
    for r in rows:
        name = r['name']
        pkey = C.PERSON_KEY.get(name, slug(name))
        fx = C.OFFICIAL_FIX.get((name, r['role'].split('|')[0]), {})
        roles = split(r['role'])
        role = roles[0]
        org = r['organization_id']
        org = C.MINISTRY_ID.get(org, org)
        region = ''
        if org == 'pemprov':
            m = re.search(r'region: ([^;]+);', r['note'] + ';')
            pname = m.group(1).strip()
            pname = C.REGION_TO_PROVINCE.get(pname, pname)
            org = 'pemprov-' + prov_id[pname][4:]
        vf = fx.get('valid_from', r['valid_from'])
        vt = fx.get('valid_to', r['valid_to'])
        # titles: only for single-holder offices
        tl = []
        if not re.match(r'(Wakil Menteri|Anggota|Wakil Ketua)', role):
            if org in min_titles and not role.startswith('Pelaksana Tugas'):
                tl = list(min_titles[org])
            tl += roles[1:] + C.OFFICE_TITLES.get(org, [])
            if org.startswith('pemprov-'):
                tl += C.governor_titles(role)
        tl = [x for x in dict.fromkeys(tl) if ',' not in x and '|' not in x and x != role] 
        if role not in tl and ',' not in role:
            tl.insert(0, role)
        pre = ''
        if role.startswith('Wakil Menteri'): pre = 'wamen-'
        elif role.startswith('Pelaksana Tugas'): pre = 'plt-'
        elif role.startswith('Wakil Ketua'): pre = 'waka-'
        elif 'ad interim' in role: pre = 'ai-'
        elif role.startswith('Ketua Umum'): pre = 'ketum-'
        y = (vf or 'x')[:4]
        oid = '%s.%s%s-%s' % (pkey, pre, org, y)
        assert oid not in used, oid
        used.add(oid)
        al = split(r['aliases']) + C.PERSON_EXTRA.get(name, [])
        note = r.get('note', '')
        attrs = {'person': pkey, 'role': role, 'org': org, 'titles': ','.join(tl)}
        if re.search(r'from memory|not source-checked|not verified|verify|general knowledge|APPROX', note, re.I) or fx.get('memory'):
            attrs['src'] = 'memory'
        t.add(oid, 'PERSON', name, al, vf, vt, attrs, drop=C.PERSON_DROP.get(name, []))
    return t


def main():
    loc, dist, prov_id, reg_id = build_locations()
    prov_rows = [(r[2], r[0], r[3].split('|')) for r in loc.rows if 'kind=province' in r[6]]
    loc_rows = [(r[2], r[0], 'regency' if 'kind=regency' in r[6] else 'city') for r in loc.rows
                if 'kind=regency' in r[6] or 'kind=city' in r[6]]
    mins, titles = build_ministries()
    ag = build_agencies(prov_rows, reg_id, loc_rows)
    co = build_companies()
    org = build_orgs()
    off = build_officials(titles, prov_id)
    for tbl in (loc, dist, mins, ag, co, org, off):
        tbl.write()
    C.write_titles(os.path.join(OUT, 'titles.tsv'), titles)


if __name__ == '__main__':
    main()
