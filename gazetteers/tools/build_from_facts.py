#!/usr/bin/env python3
"""Build the nerid gazetteers from the collected facts.

Usage:  python3 gazetteers/tools/build_from_facts.py [FACTS_DIR] [OUT_DIR]
Defaults: FACTS_DIR = ../shared/data/gazetteer-facts relative to the repo root
          (i.e. /work/shared/data/gazetteer-facts), OUT_DIR = gazetteers/.

The facts are converted and then curated: risky aliases are dropped, known
errors are fixed (see CHANGES-FROM-FACTS.md) and missing entries are added from
the curated tables in the CURATION section below.

  python3 gazetteers/tools/build_from_facts.py --check [DIR]   validates the output files only.
The generated .tsv files are the source of truth and are committed; this script
only documents and reproduces the conversion.
"""
import csv, glob, os, re, sys, unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.abspath(os.path.join(HERE, '..'))
FACTS = os.path.abspath(os.path.join(HERE, '..', '..', '..', 'shared', 'data', 'gazetteer-facts'))

HEADER = ['id', 'type', 'name', 'aliases', 'valid_from', 'valid_to', 'attrs']
HEADER_COLS = HEADER


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
    country_names = {r['name'] for r in country_rows} | {n for n, _, _ in C.COUNTRIES_ADD}
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
                   and name not in prov_alias_all and name not in country_names
                   and (len(words) >= 2 or len(name) >= 5)
                   and not all(w in C.GENERIC_WORDS for w in words)
                   and name.lower() not in C.DISTRICT_BARE_DROP)
        if name in C.DISTRICT_BARE_OK and allnames[name] == 1 and name not in reg_bare:
            bare_ok = True
        if not bare_ok:
            attrs['match'] = 'aliases'
        al = split(d['aliases']) + ['Kec. ' + name, 'Kecamatan ' + name]
        if d['code'][:2] in ('91', '92', '93', '94', '95', '96'):
            al.append('Distrik ' + name)     # Papuan provinces call the kecamatan "distrik"
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
                names.append('Pemerintah Provinsi ' + s)
        if name == 'Daerah Khusus Ibukota Jakarta':
            names += ['Pemerintah Provinsi DKI Jakarta', 'Pemerintah Provinsi Daerah Khusus Jakarta']
        # BPBD (regional disaster agency) per province
        t.add('bpbd-' + b, 'GOV_AGENCY', 'Badan Penanggulangan Bencana Daerah ' + name,
              ['BPBD ' + name] + ['BPBD ' + s for s in short if s not in C.PEMPROV_SHORT_SKIP] +
              ['Badan Penanggulangan Bencana Daerah ' + s for s in short if s not in C.PEMPROV_SHORT_SKIP and len(s) > 5],
              attrs={'kind': 'agency', 'parent': 'bnpb', 'region': pid})
        t.add('pemprov-' + b, 'GOV_AGENCY', 'Pemerintah Provinsi ' + name, names,
              attrs={'kind': 'regional_government', 'region': pid})
        # Polda
        if name in C.POLDA:
            pn = C.POLDA[name]
            t.add('polda-' + b, 'GOV_AGENCY', 'Kepolisian Daerah ' + pn[0], ['Polda ' + x for x in pn],
                  attrs={'kind': 'police', 'parent': 'polri', 'region': pid})
    polda_of = {pid: 'polda-' + pid[4:] for name, pid, al in prov_rows if name in C.POLDA}
    polda_of.update({'loc-papua-selatan': 'polda-papua', 'loc-papua-tengah': 'polda-papua', 'loc-papua-pegunungan': 'polda-papua',
                     'loc-papua-barat-daya': 'polda-papua-barat'})
    shared = {}
    for full, rid, kind in loc_rows:
        b = re.sub(r'^(Kabupaten Administrasi|Kota Administrasi|Kabupaten|Kota) ', '', full)
        shared[b] = shared.get(b, 0) + 1
    for full, rid, kind in loc_rows:
        b = re.sub(r'^(Kabupaten Administrasi|Kota Administrasi|Kabupaten|Kota) ', '', full)
        if 'Jakarta' in b and kind == 'city':
            pr = ['Polres Metro ' + b]
            pr.append({'Jakarta Pusat': 'Polres Metro Jakpus', 'Jakarta Utara': 'Polres Metro Jakut', 'Jakarta Barat': 'Polres Metro Jakbar',
                       'Jakarta Selatan': 'Polres Metro Jaksel', 'Jakarta Timur': 'Polres Metro Jaktim'}[b])
            pr = [x for x in pr if ' Jakarta' in x or x.endswith(('Jakpus', 'Jakut', 'Jakbar', 'Jaksel', 'Jaktim'))]
            t.add('polres-' + rid[4:], 'GOV_AGENCY', 'Kepolisian Resor Metro ' + b, pr,
                  attrs={'kind': 'police', 'parent': 'polda-dki-jakarta', 'region': rid})
        elif 'Administrasi' not in full:
            if shared[b] > 1:
                pr = ['Polres ' + b] if kind == 'regency' else ['Polres %s Kota' % b, 'Polresta %s Kota' % b, 'Polresta ' + b, 'Polrestabes ' + b]
                if kind == 'regency':
                    pr.append('Polres %s Kabupaten' % b)
            else:
                pr = ['Polres ' + b, 'Polresta ' + b] + (['Polrestabes ' + b] if kind == 'city' else [])
            t.add('polres-' + rid[4:], 'GOV_AGENCY', 'Kepolisian Resor ' + ('Kota ' if (kind == 'city' and shared[b] > 1) else '') + b, pr,
                  attrs={'kind': 'police', 'parent': polda_of.get(C.REG_PROV[rid], 'polri'), 'region': rid,
                         'note': 'Polres/Polresta/Polrestabes of this area'})
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
    C.REG_PROV = {r[0]: re.search(r'parent=([^;]+)', r[6]).group(1) for r in loc.rows
                  if 'kind=regency' in r[6] or 'kind=city' in r[6]}
    mins, titles = build_ministries()
    ag = build_agencies(prov_rows, reg_id, loc_rows)
    co = build_companies()
    org = build_orgs()
    off = build_officials(titles, prov_id)
    for tbl in (loc, dist, mins, ag, co, org, off):
        tbl.write()
    C.write_titles(os.path.join(OUT, 'titles.tsv'), titles)


def check(D):
    """Validate the gazetteer files in D (7 columns, ids, types, dates, names, aliases, references)."""
    HEADER = '\t'.join(HEADER_COLS)
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
                if not line.startswith('id\t'):
                    print('skipped (not a gazetteer file):', b)
                    break
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
        if hdr: counts[b] = n
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
    return 0 if not errs else 1


# ======================================================================
# CURATION: corrections and additions applied on top of gazetteer-facts.
# Every change that fixes a fact is also described in ../CHANGES-FROM-FACTS.md.
# ======================================================================
"""Curated corrections and additions applied on top of gazetteer-facts.
Every change that fixes a fact is also described in ../CHANGES-FROM-FACTS.md."""

# aliases never emitted anywhere (ordinary words / generic nouns); compared after norm_key
GLOBAL_DROP = set()

# ------------------------------------------------------------------ locations
PROVINCE_ID = {'Daerah Khusus Ibukota Jakarta': 'loc-dki-jakarta', 'Daerah Istimewa Yogyakarta': 'loc-diy',
               'Kepulauan Bangka Belitung': 'loc-bangka-belitung'}
PROVINCE_EXTRA = {
    'Aceh': [],
    'Riau': ['Prov. Riau'], 'Jambi': [], 'Bengkulu': [], 'Lampung': [], 'Banten': [], 'Bali': [],
    'Kepulauan Bangka Belitung': ['Provinsi Babel'],
    'Daerah Khusus Ibukota Jakarta': ['Daerah Khusus Ibu Kota Jakarta', 'DK Jakarta', 'Provinsi Jakarta'],
    'Daerah Istimewa Yogyakarta': ['D.I. Yogyakarta', 'DI. Yogyakarta', 'Daerah Istimewa Jogja', 'Yogyakarta Hadiningrat'],
    'Jawa Barat': [], 'Jawa Tengah': [], 'Jawa Timur': [],
    'Sumatera Utara': [], 'Sumatera Barat': [], 'Sumatera Selatan': [],
    'Kalimantan Barat': [], 'Kalimantan Tengah': [], 'Kalimantan Selatan': [], 'Kalimantan Timur': [], 'Kalimantan Utara': [],
    'Sulawesi Utara': [], 'Sulawesi Tengah': [], 'Sulawesi Selatan': [], 'Sulawesi Tenggara': [], 'Sulawesi Barat': [],
    'Maluku Utara': [], 'Papua Barat': [], 'Papua Barat Daya': [],
    'Nusa Tenggara Barat': [], 'Nusa Tenggara Timur': [],
}
PROVINCE_DROP = {'Daerah Khusus Ibukota Jakarta': ['DKI'],   # bare DKI kept? -> too short/ambiguous with DKI-prefixed bodies
                 'Papua Barat Daya': [], }
# DKI is actually the usual short form; keep it (remove from drop list)
PROVINCE_DROP['Daerah Khusus Ibukota Jakarta'] = []

# bare regency/city names that are ordinary words, ethnic names or shared with other entities;
# those regencies/cities only match as "Kabupaten X" / "Kota X" / "Kab. X"
BARE_REGENCY_DROP = {'Batu', 'Batang', 'Puncak', 'Landak', 'Banjar', 'Malaka', 'Kapuas', 'Metro', 'Serang', 'Bima',
                     'Agam', 'Buru', 'Bone', 'Lebak', 'Paser', 'Kaur', 'Lahat', 'Ende', 'Alor', 'Belu', 'Sigi', 'Tapin',
                     'Muna', 'Buol', 'Kepulauan Seribu', 'Pagar Alam', 'Bandung Barat', 'Karo', 'Kudus', 'Pati', 'Jaya',
                     'Empat Lawang', 'Tanah Datar', 'Tanah Laut', 'Tanah Bumbu', 'Kota Baru', 'Kotabaru', 'Tebing Tinggi',
                     'Barru', 'Sabang', 'Natuna', 'Merauke', 'Batu Bara'} - {'Kudus', 'Pati', 'Sabang', 'Natuna', 'Merauke', 'Bandung Barat',
                                                              'Karo', 'Agam', 'Bone', 'Lebak', 'Kepulauan Seribu', 'Empat Lawang',
                                                              'Tanah Datar', 'Tanah Laut', 'Tanah Bumbu', 'Barru', 'Muna', 'Kaur',
                                                              'Lahat', 'Ende', 'Alor', 'Belu', 'Sigi', 'Tapin', 'Buol', 'Paser',
                                                              'Pagar Alam', 'Kotabaru'}
REGENCY_EXTRA = {
    'Kabupaten Toba': ['Kabupaten Toba Samosir', 'Toba Samosir', 'Tobasa'],
    'Kota Surakarta': ['Kota Solo'],
    'Kabupaten Kepulauan Selayar': ['Selayar'],
    'Kota Batu': ['Kota Wisata Batu'],
    'Kabupaten Pangkajene dan Kepulauan': ['Pangkep'],
}

GENERIC_WORDS = set('''baru lama tengah timur barat utara selatan kota kampung pasar sungai teluk tanjung simpang empat tiga dua
lima enam tujuh delapan sembilan sepuluh satu pulau pulo muara air bukit gunung tanah lubuk padang rantau sei bandar kuala
ulu hulu hilir ilir dalam luar raya jaya indah besar kecil tinggi rendah makmur sari mulya mulia sejahtera karya putih hitam
merah hijau kuning biru laut darat pantai danau rawa atas bawah seberang pusat batu kayu koto nagari desa dusun jalan
tengahan darul babul pesisir kepulauan kep tanjungsari bandar lama ujung pangkal sumber wetan kulon lor kidul gede alit agung tua muda
sakti permai damai abadi harapan sentosa bahagia maju bersama makmur subur mandiri kencana mas emas intan baru induk
limo nan lapan duo tigo ampek kiri kanan siring talang tebing kubu parit lebak rejo rejosari waru taman'''.split())
DISTRICT_BARE_DROP = set('''abang alian anggrek anyar arahan babat badar bakung balai balong bambang banda bangsal bantaran barat baron batur
belang bendahara bendungan bener benteng beringin besuk bintang biscoop bruno bukit bulak bungah buaran candi cendana damai damar darma delima
dewantara gading gajah gambut gantung gapura gending guntur harian jambu jangka jangkar jayanti kabun kajang kalis kamal kampak kangkung
kapas karamat kebar kedung kelapa keling kemang kembang kerajaan kerek kertanegara komodo kramat kurau lalan lapang lembar lembur liang
licin limau lingga lumbung lumut mulia mutiara natal negara pacar padas pakel palang pancur pandan panggang panjang panji parang paron
patrol pedes pekat pelawan pemenang penarik perak periuk permata pesantren petang petir pinang pinggir purba rakit rantau sakti salak
salam salaman saling sambi sarang sawit sedan sekar selesai semen sendang setia simpang subur sukun sumur sutera tambang tanggul tapos
tarik tebing telaga tempe tempel tepus teras terisi tetap tiris tirto trikora tulis tutur ujung wangi waris wates wringin ngapa pandak
kunir rendang sekaran susut tebas tumpang makmur manggis mandor marga mayang merdeka merek minggir manyar maron mandau mentok bungin
bulang sempu sumbang empang tanjung pesisir bayang bunut cempa dayun gunem jaten kayen kubung labang lamala lambu langgam lapang lenteng
loano lolak lumar maesa mande mantang mapia matur medan mendahara menes merigi minas nasal natar panga pangkalan papar pasan paser
patani pemali perak petir pulung punung rangsang sabang sambas sampang sarmi sawan sayan seget semin sipahutar sosopan sukau tabir
tanon tering tembuni tepus tiro/truseb tubang tulung turen ulilin wangon wanwi warsa wonti yamor sintang tegal tempe bukal kabat
sakra sambong sempol seluas sindue tarub tempuling tengaran ungar beber bomela bonang brati kandat kapas kemang komodo lekok lembak
luwuk mayong melak merak merbau mundu musuk nagrak pagak pakong palas pancur papalang parado plaju pondok salem salang senen sokan
sumay tanta tutar wolio sarang gerung bener belat bengkong kepil kerja'''.split())
DISTRICT_BARE_OK = set('''Menteng Gambir Senen Tebet Cilandak Cengkareng Kemayoran Setiabudi Pancoran Jatinegara Cakung Cilincing Koja
Penjaringan Pademangan Kalideres Grogol Palmerah Kembangan Cipayung Ciracas Duren Sawit Matraman Pulogadung Makasar Tambora Sawah Besar
Ciputat Pamulang Serpong Cibinong Cileungsi Gunung Putri Parung Cisarua Ciawi Cibubur Cimanggis Sawangan Sukmajaya Beji Bojongsari Cinere
Dayeuhkolot Baleendah Lembang Cimenyan Cileunyi Rancaekek Jatinangor Coblong Sukajadi Cicendo Andir Antapani Ujungberung Cibiru Bojongsoang
Tegalsari Wonokromo Rungkut Gubeng Tandes Sukolilo Mulyorejo Kenjeran Lowokwaru Klojen Kedungkandang Depok Mlati Kalasan Ngaglik Godean
Banguntapan Sewon Gondokusuman Umbulharjo Mergangsan Pontianak Tanah Abang Pasar Minggu Kramat Jati Mampang Prapatan Cempaka Putih
Kebon Jeruk Kelapa Gading Tanjung Priok Pasar Rebo Kebayoran Lama Kebayoran Baru Johar Baru'''.replace('Kebon Jeruk','').split())
DISTRICT_BARE_OK |= {'Tanah Abang', 'Pasar Minggu', 'Kramat Jati', 'Mampang Prapatan', 'Cempaka Putih', 'Kebon Jeruk', 'Kelapa Gading',
                     'Pasar Rebo', 'Kebayoran Lama', 'Kebayoran Baru', 'Johar Baru', 'Duren Sawit', 'Sawah Besar', 'Gunung Putri'}
DISTRICT_BARE_OK -= {'Tanah', 'Abang', 'Pasar', 'Minggu', 'Kramat', 'Jati', 'Mampang', 'Prapatan', 'Cempaka', 'Putih', 'Kebon', 'Jeruk',
                     'Kelapa', 'Gading', 'Rebo', 'Kebayoran', 'Lama', 'Baru', 'Johar', 'Duren', 'Sawit', 'Sawah', 'Besar', 'Gunung', 'Putri',
                     'Tanjung', 'Priok', 'Depok', 'Pontianak'}

COUNTRY_EN = {
    'Tiongkok': ["People's Republic of China"], 'Amerika Serikat': ['United States', 'United States of America', 'Amerika Syarikat'],
    'Jepang': ['Japan'], 'Korea Selatan': ['South Korea'], 'Korea Utara': ['North Korea'],
    'Inggris': ['United Kingdom', 'Britain', 'Great Britain'], 'Singapura': ['Singapore'], 'Arab Saudi': ['Saudi Arabia'],
    'Rusia': ['Russia'], 'Ukraina': ['Ukraine'], 'Jerman': ['Germany'], 'Prancis': ['France'], 'Belanda': ['Netherlands', 'Holland'],
    'Italia': ['Italy'], 'Spanyol': ['Spain'], 'Turki': ['Turkey'], 'Filipina': ['Philippines'], 'Kamboja': ['Cambodia'],
    'Selandia Baru': ['New Zealand'], 'Kanada': ['Canada'], 'Meksiko': ['Mexico'], 'Brasil': ['Brazil'], 'Chili': ['Chile'],
    'Kolombia': ['Colombia'], 'Kuba': ['Cuba'], 'Afrika Selatan': ['South Africa', 'Afsel'], 'Mesir': ['Egypt'], 'Maroko': ['Morocco'],
    'Aljazair': ['Algeria'], 'Uni Emirat Arab': ['United Arab Emirates', 'UAE', 'Emirat Arab'], 'Yordania': ['Jordan'], 'Irak': ['Iraq'],
    'Suriah': ['Syria'], 'Yaman': ['Yemen'], 'Swiss': ['Switzerland'], 'Swedia': ['Sweden'], 'Norwegia': ['Norway'],
    'Finlandia': ['Finland'], 'Belgia': ['Belgium'], 'Polandia': ['Poland'], 'Hungaria': ['Hungary'], 'Ceko': ['Republik Ceko', 'Czechia', 'Czech Republic'],
    'Yunani': ['Greece'], 'Irlandia': ['Ireland'], 'Vatikan': ['Vatican', 'Vatican City'], 'Palestina': ['Palestine'],
    'Papua Nugini': ['Papua New Guinea'], 'Timor Leste': ['East Timor'], 'India': [], 'Thailand': [], 'Malaysia': [],
    'Australia': [], 'Denmark': [], 'Portugal': [], 'Austria': [], 'Qatar': ['Katar'], 'Etiopia': [], 'Kenya': [], 'Nigeria': [],
    'Libya': [], 'Tunisia': [], 'Sudan': [], 'Iran': [], 'Israel': [], 'Lebanon': ['Libanon'], 'Pakistan': [], 'Bangladesh': [],
    'Afganistan': [], 'Kazakhstan': ['Kazakstan'], 'Uzbekistan': [], 'Taiwan': [], 'Hong Kong': ['Hongkong'], 'Myanmar': ['Burma'],
    'Vietnam': ['Viet Nam'], 'Laos': [], 'Peru': [], 'Argentina': [], 'Venezuela': [],
}
COUNTRY_DROP = {'Amerika Serikat': ['US'], 'Tiongkok': ['Negeri Tirai Bambu']}
COUNTRY_DROP['Tiongkok'] = []
COUNTRIES_ADD = [
    ('Indonesia', ['Republik Indonesia', 'NKRI', 'Negara Kesatuan Republik Indonesia'], {}),
]
for _n, _en in [('Belarus', []), ('Kroasia', ['Croatia']), ('Serbia', []), ('Rumania', ['Romania']), ('Bulgaria', []),
                ('Slowakia', ['Slovakia']), ('Slovenia', []), ('Lituania', ['Lithuania']), ('Latvia', []), ('Estonia', []),
                ('Islandia', ['Iceland']), ('Luksemburg', ['Luxembourg']), ('Monako', ['Monaco']), ('Armenia', []),
                ('Azerbaijan', []), ('Mongolia', []), ('Kirgizstan', ['Kyrgyzstan']), ('Tajikistan', []), ('Turkmenistan', []),
                ('Maladewa', ['Maldives']), ('Bhutan', []), ('Fiji', []), ('Samoa', []), ('Vanuatu', []),
                ('Kepulauan Solomon', ['Solomon Islands']), ('Palau', []), ('Nauru', []), ('Kiribati', []), ('Tuvalu', []),
                ('Uruguay', []), ('Paraguay', []), ('Bolivia', []), ('Ekuador', ['Ecuador']), ('Panama', []),
                ('Kosta Rika', ['Costa Rica']), ('Jamaika', ['Jamaica']), ('Haiti', []), ('Guatemala', []), ('Honduras', []),
                ('Nikaragua', ['Nicaragua']), ('Ghana', []), ('Senegal', []), ('Kamerun', ['Cameroon']), ('Tanzania', []),
                ('Uganda', []), ('Rwanda', []), ('Somalia', []), ('Zimbabwe', []), ('Zambia', []), ('Mozambik', ['Mozambique']),
                ('Angola', []), ('Madagaskar', ['Madagascar']), ('Republik Demokratik Kongo', ['RD Kongo', 'DR Congo']),
                ('Mali', []), ('Niger', []), ('Sudan Selatan', ['South Sudan']), ('Namibia', []), ('Botswana', []),
                ('Mauritius', []), ('Pantai Gading', ['Ivory Coast']), ('Siprus', ['Cyprus']), ('Malta', []), ('Makau', ['Macau', 'Macao']),
                ('Georgia', []), ('Suriname', []), ('Kaledonia Baru', ['New Caledonia']), ('Sri Lanka', [])]:
    if _n != 'Sri Lanka':
        COUNTRIES_ADD.append((_n, _en, {}))

PLACES_ADD = [
    # islands / regions
    ('loc-pulau-jawa', 'Pulau Jawa', ['Jawa', 'Java'], {'kind': 'island'}),
    ('loc-pulau-sumatera', 'Pulau Sumatera', ['Sumatera', 'Sumatra'], {'kind': 'island'}),
    ('loc-pulau-kalimantan', 'Pulau Kalimantan', ['Kalimantan', 'Borneo'], {'kind': 'island'}),
    ('loc-pulau-sulawesi', 'Pulau Sulawesi', ['Sulawesi'], {'kind': 'island'}),
    ('loc-pulau-lombok', 'Pulau Lombok', ['Lombok'], {'kind': 'island'}),
    ('loc-pulau-madura', 'Pulau Madura', ['Madura'], {'kind': 'island'}),
    ('loc-pulau-bangka', 'Pulau Bangka', [], {'kind': 'island'}),
    ('loc-pulau-flores', 'Pulau Flores', ['Flores'], {'kind': 'island'}),
    ('loc-pulau-sumba', 'Pulau Sumba', ['Sumba'], {'kind': 'island'}),
    ('loc-pulau-rempang', 'Pulau Rempang', ['Rempang'], {'kind': 'island'}),
    ('loc-pulau-halmahera', 'Pulau Halmahera', ['Halmahera'], {'kind': 'island'}),
    ('loc-jabodetabek', 'Jabodetabek', ['Jabodetabek', 'Jabotabek', 'Jabodetabekjur'], {'kind': 'region'}),
    ('loc-ikn', 'Ibu Kota Nusantara', ['IKN', 'IKN Nusantara', 'Nusantara', 'Ibu Kota Negara Nusantara'], {'kind': 'region', 'parent': 'Kalimantan Timur'}),
    ('loc-nusa-tenggara', 'Nusa Tenggara', [], {'kind': 'region'}),
    ('loc-indonesia-timur', 'Indonesia Timur', ['Indonesia bagian Timur', 'Kawasan Timur Indonesia'], {'kind': 'region'}),
    ('loc-kawasan-puncak', 'Kawasan Puncak', ['Puncak Bogor', 'Jalur Puncak'], {'kind': 'region', 'match': 'aliases'}),
    ('loc-pik', 'Pantai Indah Kapuk', ['PIK'], {'kind': 'region'}),
    ('loc-senayan', 'Senayan', [], {'kind': 'place'}),
    ('loc-sudirman-thamrin', 'Sudirman-Thamrin', ['Jalan Sudirman', 'Jalan Jenderal Sudirman', 'Jalan MH Thamrin'], {'kind': 'road'}),
    ('loc-labuan-bajo', 'Labuan Bajo', [], {'kind': 'place'}),
    ('loc-mandalika', 'Mandalika', ['Sirkuit Mandalika', 'KEK Mandalika'], {'kind': 'place'}),
    ('loc-morowali-imip', 'Indonesia Morowali Industrial Park', ['IMIP'], {'kind': 'place'}),
    # buildings / landmarks
    ('loc-istana-merdeka', 'Istana Merdeka', [], {'kind': 'building'}),
    ('loc-istana-negara', 'Istana Negara', [], {'kind': 'building'}),
    ('loc-istana-kepresidenan-jakarta', 'Istana Kepresidenan Jakarta', ['Istana Kepresidenan'], {'kind': 'building'}),
    ('loc-istana-bogor', 'Istana Kepresidenan Bogor', ['Istana Bogor'], {'kind': 'building'}),
    ('loc-istana-garuda-ikn', 'Istana Garuda', ['Istana Garuda IKN'], {'kind': 'building'}),
    ('loc-kompleks-parlemen', 'Kompleks Parlemen Senayan', ['Kompleks Parlemen', 'Gedung DPR', 'Gedung DPR/MPR', 'Gedung Nusantara'], {'kind': 'building'}),
    ('loc-monas', 'Monumen Nasional', ['Monas'], {'kind': 'building'}),
    ('loc-gbk', 'Gelora Bung Karno', ['GBK', 'Stadion Utama Gelora Bung Karno', 'SUGBK', 'Stadion GBK'], {'kind': 'building'}),
    ('loc-jis', 'Jakarta International Stadium', ['JIS'], {'kind': 'building'}),
    ('loc-jcc', 'Jakarta Convention Center', ['JCC'], {'kind': 'building'}),
    ('loc-ice-bsd', 'Indonesia Convention Exhibition', ['ICE BSD', 'ICE BSD City'], {'kind': 'building'}),
    ('loc-jiexpo', 'Jakarta International Expo', ['JIExpo', 'JIExpo Kemayoran'], {'kind': 'building'}),
    ('loc-smesco', 'Gedung Smesco', ['Smesco', 'Smesco Indonesia'], {'kind': 'building'}),
    ('loc-bundaran-hi', 'Bundaran Hotel Indonesia', ['Bundaran HI'], {'kind': 'place'}),
    ('loc-masjid-istiqlal', 'Masjid Istiqlal', ['Istiqlal'], {'kind': 'building'}),
    ('loc-candi-borobudur', 'Candi Borobudur', ['Borobudur'], {'kind': 'building'}),
    ('loc-candi-prambanan', 'Candi Prambanan', ['Prambanan'], {'kind': 'building'}),
    ('loc-bandara-soetta', 'Bandara Internasional Soekarno-Hatta', ['Bandara Soekarno-Hatta', 'Bandara Soetta', 'Soekarno-Hatta', 'Bandara Soekarno Hatta'], {'kind': 'airport'}),
    ('loc-bandara-halim', 'Bandara Halim Perdanakusuma', ['Bandara Halim', 'Halim Perdanakusuma'], {'kind': 'airport'}),
    ('loc-bandara-ngurah-rai', 'Bandara I Gusti Ngurah Rai', ['Bandara Ngurah Rai', 'Bandara Internasional I Gusti Ngurah Rai'], {'kind': 'airport'}),
    ('loc-bandara-kualanamu', 'Bandara Kualanamu', ['Bandara Internasional Kualanamu', 'Kualanamu'], {'kind': 'airport'}),
    ('loc-bandara-juanda', 'Bandara Juanda', ['Bandara Internasional Juanda'], {'kind': 'airport'}),
    ('loc-bandara-yia', 'Yogyakarta International Airport', ['YIA', 'Bandara YIA'], {'kind': 'airport'}),
    ('loc-bandara-kertajati', 'Bandara Kertajati', ['BIJB Kertajati', 'Bandara Internasional Jawa Barat'], {'kind': 'airport'}),
    ('loc-tanjung-priok', 'Pelabuhan Tanjung Priok', ['Tanjung Priok', 'Priok'], {'kind': 'port'}),
    ('loc-tanjung-perak', 'Pelabuhan Tanjung Perak', ['Tanjung Perak'], {'kind': 'port'}),
    ('loc-pelabuhan-merak', 'Pelabuhan Merak', [], {'kind': 'port'}),
    ('loc-pelabuhan-bakauheni', 'Pelabuhan Bakauheni', ['Bakauheni'], {'kind': 'port'}),
    ('loc-pelabuhan-gilimanuk', 'Pelabuhan Gilimanuk', ['Gilimanuk'], {'kind': 'port'}),
    ('loc-pelabuhan-ketapang', 'Pelabuhan Ketapang', [], {'kind': 'port'}),
    ('loc-tol-trans-jawa', 'Tol Trans Jawa', ['Jalan Tol Trans Jawa', 'Trans Jawa', 'Tol Trans-Jawa'], {'kind': 'road'}),
    ('loc-tol-trans-sumatera', 'Tol Trans Sumatera', ['Jalan Tol Trans Sumatera', 'Trans Sumatera', 'JTTS'], {'kind': 'road'}),
    ('loc-gt-cikampek-utama', 'Gerbang Tol Cikampek Utama', ['GT Cikampek Utama'], {'kind': 'road'}),
    ('loc-gt-kalikangkung', 'Gerbang Tol Kalikangkung', ['GT Kalikangkung'], {'kind': 'road'}),
    ('loc-gt-palimanan', 'Gerbang Tol Palimanan', ['GT Palimanan'], {'kind': 'road'}),
    ('loc-jalan-tb-simatupang', 'Jalan TB Simatupang', ['TB Simatupang', 'Jalan Letjen TB Simatupang', 'Jl. TB Simatupang'], {'kind': 'road'}),
    ('loc-lebak-bulus', 'Lebak Bulus', ['Kelurahan Lebak Bulus'], {'kind': 'place'}),
    ('loc-pasar-induk-kramat-jati', 'Pasar Induk Kramat Jati', [], {'kind': 'place'}),
    ('loc-pasar-induk-cipinang', 'Pasar Induk Beras Cipinang', ['PIBC', 'Pasar Induk Cipinang'], {'kind': 'place'}),
    ('loc-pasar-senen', 'Pasar Senen', [], {'kind': 'place'}),
    ('loc-bandung-raya', 'Bandung Raya', [], {'kind': 'region'}),
    ('loc-stadion-bj-habibie', 'Stadion Gelora B.J. Habibie', ['Stadion Gelora BJ Habibie', 'Stadion BJ Habibie', 'Stadion B.J. Habibie'], {'kind': 'building'}),
    ('loc-gedung-djuanda', 'Gedung Djuanda Kemenkeu', ['Gedung Djuanda'], {'kind': 'building'}),
    ('loc-tol-cikampek', 'Tol Jakarta-Cikampek', ['Tol Cikampek', 'Tol Japek'], {'kind': 'road'}),
    ('loc-pasar-tanah-abang', 'Pasar Tanah Abang', [], {'kind': 'place'}),
    ('loc-glodok', 'Glodok', [], {'kind': 'place'}),
    ('loc-gunung-merapi', 'Gunung Merapi', ['Merapi'], {'kind': 'mountain'}),
    ('loc-gunung-semeru', 'Gunung Semeru', ['Semeru'], {'kind': 'mountain'}),
    ('loc-gunung-sumbing', 'Gunung Sumbing', [], {'kind': 'mountain'}),
    ('loc-gunung-sindoro', 'Gunung Sindoro', [], {'kind': 'mountain'}),
    ('loc-gunung-bromo', 'Gunung Bromo', ['Bromo'], {'kind': 'mountain'}),
    ('loc-gunung-rinjani', 'Gunung Rinjani', ['Rinjani'], {'kind': 'mountain'}),
    ('loc-gunung-lewotobi', 'Gunung Lewotobi Laki-laki', ['Gunung Lewotobi', 'Lewotobi'], {'kind': 'mountain'}),
    ('loc-gunung-ruang', 'Gunung Ruang', [], {'kind': 'mountain'}),
    ('loc-gunung-marapi', 'Gunung Marapi', ['Marapi'], {'kind': 'mountain'}),
    ('loc-danau-toba', 'Danau Toba', [], {'kind': 'lake'}),
    ('loc-selat-malaka', 'Selat Malaka', ['Selat Melaka'], {'kind': 'sea'}),
    ('loc-selat-sunda', 'Selat Sunda', [], {'kind': 'sea'}),
    ('loc-laut-natuna-utara', 'Laut Natuna Utara', [], {'kind': 'sea'}),
    ('loc-laut-china-selatan', 'Laut China Selatan', ['Laut Cina Selatan', 'LCS', 'South China Sea', 'Laut Tiongkok Selatan'], {'kind': 'sea'}),
    ('loc-samudra-hindia', 'Samudra Hindia', ['Samudera Hindia', 'Samudera Indonesia'], {'kind': 'sea'}),
    ('loc-samudra-pasifik', 'Samudra Pasifik', ['Samudera Pasifik'], {'kind': 'sea'}),
    ('loc-sungai-ciliwung', 'Sungai Ciliwung', ['Ciliwung', 'Kali Ciliwung'], {'kind': 'river'}),
    ('loc-sungai-citarum', 'Sungai Citarum', ['Citarum'], {'kind': 'river'}),
    ('loc-sungai-mahakam', 'Sungai Mahakam', [], {'kind': 'river'}),
    ('loc-sungai-musi', 'Sungai Musi', [], {'kind': 'river'}),
    ('loc-sungai-kapuas', 'Sungai Kapuas', [], {'kind': 'river'}),
    # world regions and cities
    ('loc-asia', 'Asia', [], {'kind': 'continent'}),
    ('loc-asia-tenggara', 'Asia Tenggara', ['Southeast Asia'], {'kind': 'region'}),
    ('loc-asia-pasifik', 'Asia Pasifik', ['Asia-Pasifik', 'Asia Pacific'], {'kind': 'region'}),
    ('loc-eropa', 'Eropa', ['Europe'], {'kind': 'continent'}),
    ('loc-afrika', 'Afrika', ['Africa'], {'kind': 'continent'}),
    ('loc-amerika-latin', 'Amerika Latin', ['Latin America'], {'kind': 'region'}),
    ('loc-amerika-utara', 'Amerika Utara', [], {'kind': 'continent'}),
    ('loc-amerika-selatan', 'Amerika Selatan', [], {'kind': 'continent'}),
    ('loc-timur-tengah', 'Timur Tengah', ['Middle East'], {'kind': 'region'}),
    ('loc-jalur-gaza', 'Jalur Gaza', ['Gaza', 'Gaza Strip'], {'kind': 'region'}),
    ('loc-tepi-barat', 'Tepi Barat', ['West Bank'], {'kind': 'region'}),
    ('loc-yerusalem', 'Yerusalem', ['Jerusalem', 'Al-Quds'], {'kind': 'world_city'}),
    ('loc-mekkah', 'Makkah', ['Mekkah', 'Mekah', 'Makkah Al-Mukarramah', 'Mecca'], {'kind': 'world_city'}),
    ('loc-madinah', 'Madinah', ['Medina', 'Madinah Al-Munawwarah'], {'kind': 'world_city'}),
    ('loc-jeddah', 'Jeddah', ['Jedah'], {'kind': 'world_city'}),
    ('loc-washington', 'Washington DC', ['Washington', 'Washington D.C.'], {'kind': 'world_city'}),
    ('loc-new-york', 'New York', ['New York City', 'NYC'], {'kind': 'world_city'}),
    ('loc-beijing', 'Beijing', ['Peking'], {'kind': 'world_city'}),
    ('loc-shanghai', 'Shanghai', [], {'kind': 'world_city'}),
    ('loc-shenzhen', 'Shenzhen', [], {'kind': 'world_city'}),
    ('loc-tokyo', 'Tokyo', [], {'kind': 'world_city'}),
    ('loc-osaka', 'Osaka', [], {'kind': 'world_city'}),
    ('loc-seoul', 'Seoul', [], {'kind': 'world_city'}),
    ('loc-kuala-lumpur', 'Kuala Lumpur', ['KL'], {'kind': 'world_city'}),
    ('loc-bangkok', 'Bangkok', [], {'kind': 'world_city'}),
    ('loc-hanoi', 'Hanoi', [], {'kind': 'world_city'}),
    ('loc-manila', 'Manila', [], {'kind': 'world_city'}),
    ('loc-canberra', 'Canberra', [], {'kind': 'world_city'}),
    ('loc-sydney', 'Sydney', [], {'kind': 'world_city'}),
    ('loc-melbourne', 'Melbourne', [], {'kind': 'world_city'}),
    ('loc-london', 'London', [], {'kind': 'world_city'}),
    ('loc-paris', 'Paris', [], {'kind': 'world_city'}),
    ('loc-berlin', 'Berlin', [], {'kind': 'world_city'}),
    ('loc-brussel', 'Brussel', ['Brussels'], {'kind': 'world_city'}),
    ('loc-jenewa', 'Jenewa', ['Geneva'], {'kind': 'world_city'}),
    ('loc-den-haag', 'Den Haag', ['The Hague'], {'kind': 'world_city'}),
    ('loc-davos', 'Davos', [], {'kind': 'world_city'}),
    ('loc-moskow', 'Moskow', ['Moscow'], {'kind': 'world_city'}),
    ('loc-kyiv', 'Kyiv', ['Kiev'], {'kind': 'world_city'}),
    ('loc-dubai', 'Dubai', [], {'kind': 'world_city'}),
    ('loc-abu-dhabi', 'Abu Dhabi', [], {'kind': 'world_city'}),
    ('loc-riyadh', 'Riyadh', [], {'kind': 'world_city'}),
    ('loc-kairo', 'Kairo', ['Cairo'], {'kind': 'world_city'}),
    ('loc-teheran', 'Teheran', ['Tehran'], {'kind': 'world_city'}),
    ('loc-tel-aviv', 'Tel Aviv', [], {'kind': 'world_city'}),
    ('loc-new-delhi', 'New Delhi', [], {'kind': 'world_city'}),
    ('loc-dili', 'Dili', [], {'kind': 'world_city'}),
    ('loc-silicon-valley', 'Silicon Valley', [], {'kind': 'region'}),
    ('loc-wall-street', 'Wall Street', [], {'kind': 'place'}),
    ('loc-gedung-putih', 'Gedung Putih', ['White House'], {'kind': 'building'}),
]

# ------------------------------------------------------------------ ministries
MINISTRY_ID = {'kemenkopukm': 'kemenkop-ukm'}
MINISTRY_FIX = {
    'kemenko-marves': {'valid_from': '2019-10-23'},
    'kemenparekraf': {'valid_from': '2019-10-23'},
    'kemenristek': {'valid_from': '2019-10-23'},
}
MINISTRY_EXTRA = {
    'kemenko-polhukam': ['Kemenkopolhukam RI', 'Kementerian Koordinator Polhukam', 'Kemenko Bidang Polhukam'],
    'kemenko-polkam': ['Kementerian Koordinator Polkam'],
    'kemenko-kumham-imipas': ['Kementerian Koordinator Kumham Imipas', 'Kemenko Kumham'],
    'kemenko-perekonomian': ['Kementerian Koordinator Perekonomian', 'Kemenko Bidang Perekonomian', 'Kemenko Perekonomian RI'],
    'kemenko-pmk': ['Kementerian Koordinator PMK', 'Kemenkopmk'],
    'kemenko-marves': ['Kementerian Koordinator Marves', 'Kemenkomarvest', 'Kemenko Maritim dan Investasi'],
    'kemenko-ipk': ['Kementerian Koordinator IPK'],
    'kemenko-pangan': ['Kementerian Koordinator Pangan', 'Kemenkopangan'],
    'kemensetneg': ['Kementerian Setneg'],
    'kemendagri': ['Kementerian Dalam Negeri RI'],
    'kemenlu': ['Kemlu RI', 'Kementerian Luar Negeri RI'],
    'kemenhan': ['Kemhan RI'],
    'kemenkeu': ['Kementerian Keuangan Republik Indonesia'],
    'kemenkes': ['Kemenkes RI', 'Kemkes'],
    'kemnaker': ['Kemnaker RI', 'Kemenaker RI', 'Kementerian Tenaga Kerja', 'Kemenakertrans'],
    'kemenperin': ['Kemenperin RI'],
    'kemendag': ['Kemendag RI'],
    'kemenesdm': ['KemenESDM', 'Kementerian ESDM RI'],
    'kemenpupr': ['KemenPUPR RI'],
    'kemenhub': ['Kemenhub RI'],
    'kominfo': ['Kementerian Kominfo', 'Kemenkominfo RI', 'Kominfo RI'],
    'komdigi': ['Kementerian Komdigi', 'Komdigi RI', 'Kemkomdigi RI'],
    'kementan': ['Kementan RI'],
    'klhk': ['KLHK RI', 'KemenLHK'],
    'kkp': ['KKP RI'],
    'kemendes-pdtt': ['Kemendes PDTT RI', 'Kementerian Desa PDTT'],
    'kemendes-pdt': ['Kementerian Desa PDT'],
    'kemenpanrb': ['Kemenpan-RB', 'Kementerian PAN-RB', 'KemenPAN RB'],
    'kemenbumn': ['Kementerian BUMN RI'],
    'kemenkop-ukm': ['KemenkopUKM', 'Kementerian KUKM', 'KemenKUKM', 'Kementerian Koperasi dan UKM RI', 'Kementerian Koperasi UKM'],
    'kemenkop': ['Kementerian Koperasi RI'],
    'kemenumkm': ['Kementerian UMKM RI', 'Kemen UMKM'],
    'kemenparekraf': ['Kemenparekraf RI', 'Kementerian Parekraf'],
    'kemenpar': ['Kementerian Pariwisata RI', 'Kemenpar RI'],
    'kemenekraf': ['Kementerian Ekraf', 'Kementerian Ekonomi Kreatif'],
    'kemenpppa': ['KemenPPPA RI'],
    'kemenpora': ['Kemenpora RI'],
    'kemenag': ['Kemenag RI', 'Kementerian Agama RI'],
    'kemendikbudristek': ['Kemendikbudristek RI'],
    'kemendikdasmen': ['Kemendikdasmen RI'],
    'kemendiktisaintek': ['Kemendiktisaintek RI', 'Kemdiktisaintek RI'],
    'kementerian-investasi': ['BKPM', 'Kementerian Investasi/BKPM RI'],
    'kemenhaj': ['Kementerian Haji dan Umrah RI', 'Kemenhaj RI'],
    'kemenp2mi': ['Kementerian P2MI/BP2MI', 'KemenP2MI/BP2MI'],
    'kemenimipas': ['Kementerian Imigrasi dan Pemasyarakatan RI'],
}
MINISTRY_DROP = {'kemenkopukm': [], 'kemenkumham': []}
MINISTRY_ATTRS = {
    'kemenko-polhukam': {'successor': 'kemenko-polkam,kemenko-kumham-imipas'},
    'kemenkumham': {'successor': 'kemenkum,kemenham,kemenimipas'},
    'kemendikbud': {'successor': 'kemendikbudristek'},
    'kemenristek': {'successor': 'kemendikbudristek'},
    'kemendikbudristek': {'successor': 'kemendikdasmen,kemendiktisaintek,kemenbud', 'predecessor': 'kemendikbud,kemenristek'},
    'kemenpupr': {'successor': 'kemenpu,kemenpkp'},
    'kominfo': {'successor': 'komdigi'},
    'komdigi': {'predecessor': 'kominfo'},
    'klhk': {'successor': 'kemenhut,klh'},
    'kemendes-pdtt': {'successor': 'kemendes-pdt,kementrans'},
    'kemenbumn': {'successor': 'bp-bumn'},
    'kementerian-investasi': {'predecessor': 'bkpm', 'successor': 'kementerian-investasi-hilirisasi'},
    'kemenkop-ukm': {'successor': 'kemenkop,kemenumkm'},
    'kemenparekraf': {'successor': 'kemenpar,kemenekraf'},
    'kemenhaj': {'predecessor': 'bp-haji'},
    'kemenp2mi': {'predecessor': 'bp2mi'},
}
MINISTER_TITLE_EXTRA = {
    'kemenkop-ukm': ['MenkopUKM', 'Menkop dan UKM', 'Menteri KUKM', 'MenKUKM'],
    'kemenkeu': ['Menteri Keuangan RI'],
    'kemenbumn': ['Menteri BUMN RI'],
    'kemenko-perekonomian': ['Menko Bidang Perekonomian', 'Menkoperekonomian'],
    'kemenko-polhukam': ['Menko Bidang Polhukam'],
    'kemenparekraf': ['Menparekraf/Kepala Baparekraf'],
    'komdigi': ['Menteri Komdigi'],
    'kominfo': ['Menteri Kominfo'],
    'kemenpupr': ['Menteri PUPR RI'],
    'kemenpanrb': ['MenPANRB'],
    'kemenkop': ['Menteri Koperasi RI'],
    'kemenumkm': ['Menteri UMKM RI'],
    'kemenhaj': ['Menhaj'],
    'kemenp2mi': ['Menteri P2MI/Kepala BP2MI'],
    'kemenpppa': ['Menteri PPPA RI'],
    'bappenas': ['Menteri PPN'],
}

# ------------------------------------------------------------------ agencies
AGENCY_SKIP = {'bappenas', 'danantara_dup', 'pemprov', 'pemkab', 'pemkot', 'satgas', 'bei'}
AGENCY_FIX = {
    'presiden-ri': {'attrs': {'match': 'aliases', 'note': 'office only, referenced by officials; not matched'}},
    'wapres-ri': {'attrs': {'match': 'aliases', 'note': 'office only, referenced by officials; not matched'}},
    'bkpm': {'valid_to': '2021-04-28', 'attrs': {'successor': 'kementerian-investasi'}},
    'bp-haji': {'valid_from': '2024-10-22', 'valid_to': '2025-09-08', 'attrs': {'successor': 'kemenhaj'}},
    'pco': {'valid_from': '2024-08-19', 'valid_to': '2025-09-17', 'attrs': {'successor': 'bakom'}},
    'bakom': {'valid_from': '2025-09-17'},
    'bp-bumn': {'valid_from': '2025-10'},
    'bp2mi': {'valid_to': '2024-10-20', 'attrs': {'successor': 'kemenp2mi'}},
    'danantara': {'valid_from': '2025-02-24', 'kind': 'sovereign_wealth_fund'},
    'bgn': {'valid_from': '2024-08-15'},
    'den': {'valid_from': '2024-10'},
    'tni-ad': {'attrs': {'parent': 'tni'}}, 'tni-al': {'attrs': {'parent': 'tni'}}, 'tni-au': {'attrs': {'parent': 'tni'}},
    'bareskrim': {'attrs': {'parent': 'polri'}}, 'densus88': {'attrs': {'parent': 'polri'}}, 'brimob': {'attrs': {'parent': 'polri'}},
}
AGENCY_EXTRA = {
    'dpr': ['DPR-RI', 'Parlemen', 'Senayan'],
    'kpk': ['KPK RI'],
    'polri': ['Kepolisian Negara Republik Indonesia', 'Kepolisian Republik Indonesia', 'Mabes'],
    'kejagung': ['Kejaksaan Agung RI', 'Kejagung RI'],
    'bi': ['Bank Sentral Indonesia'],
    'ojk': ['OJK RI'],
    'bpjs-kesehatan': ['BPJS-Kes'],
    'ma': ['MA RI'],
    'mk': ['MK RI'],
    'bnpb': ['BNPB RI'],
    'bpom': ['BPOM RI'],
    'basarnas': ['Basarnas RI', 'Badan SAR'],
    'tni': ['TNI RI'],
    'danantara': ['BPI Danantara Indonesia', 'Danantara Indonesia'],
    'bakom': ['Badan Komunikasi Pemerintah RI'],
    'bgn': ['Badan Gizi'],
}
AGENCY_DROP = {
    'presiden-ri': ['Presiden RI', 'Presiden', 'Kepala Negara'],
    'wapres-ri': ['Wakil Presiden RI', 'Wapres', 'Wapres RI'],
    'polri': ['Kepolisian', 'Mabes'],
    'dpr': ['Senayan', 'Parlemen'],
    'basarnas': ['Tim SAR', 'Badan SAR'],
    'tni-ad': ['AD'], 'tni-al': ['AL'], 'tni-au': ['AU'],
    'bakom': ['BKP'],
    'ombudsman': ['ORI'],
    'dprd': ['DPRD Provinsi', 'DPRD Kabupaten', 'DPRD Kota'],
    'bgn': ['Badan Gizi'],
}
PEMPROV_SHORT_SKIP = {'Nanggroe Aceh Darussalam', 'Yogyakarta Hadiningrat', 'D.I. Yogyakarta', 'DI. Yogyakarta',
                      'Daerah Istimewa Jogja', 'Yogya', 'Provinsi Babel', 'Sumatra Utara', 'Sumatra Barat', 'Sumatra Selatan',
                      'Daerah Khusus Ibu Kota Jakarta', 'Provinsi Jakarta', 'Provinsi DKI Jakarta', 'Provinsi DIY',
                      'Provinsi Daerah Khusus Jakarta', 'Kep. Bangka Belitung', 'Kep. Riau'}
POLDA = {
    'Aceh': ['Aceh'], 'Sumatera Utara': ['Sumatera Utara', 'Sumut'], 'Sumatera Barat': ['Sumatera Barat', 'Sumbar'],
    'Riau': ['Riau'], 'Jambi': ['Jambi'], 'Sumatera Selatan': ['Sumatera Selatan', 'Sumsel'], 'Bengkulu': ['Bengkulu'],
    'Lampung': ['Lampung'], 'Kepulauan Bangka Belitung': ['Kepulauan Bangka Belitung', 'Babel', 'Kepulauan Babel'],
    'Kepulauan Riau': ['Kepulauan Riau', 'Kepri'], 'Daerah Khusus Ibukota Jakarta': ['Metro Jaya', 'Metro'],
    'Jawa Barat': ['Jawa Barat', 'Jabar'], 'Jawa Tengah': ['Jawa Tengah', 'Jateng'],
    'Daerah Istimewa Yogyakarta': ['Daerah Istimewa Yogyakarta', 'DIY', 'Yogyakarta'], 'Jawa Timur': ['Jawa Timur', 'Jatim'],
    'Banten': ['Banten'], 'Bali': ['Bali'], 'Nusa Tenggara Barat': ['Nusa Tenggara Barat', 'NTB'],
    'Nusa Tenggara Timur': ['Nusa Tenggara Timur', 'NTT'], 'Kalimantan Barat': ['Kalimantan Barat', 'Kalbar'],
    'Kalimantan Tengah': ['Kalimantan Tengah', 'Kalteng'], 'Kalimantan Selatan': ['Kalimantan Selatan', 'Kalsel'],
    'Kalimantan Timur': ['Kalimantan Timur', 'Kaltim'], 'Kalimantan Utara': ['Kalimantan Utara', 'Kaltara'],
    'Sulawesi Utara': ['Sulawesi Utara', 'Sulut'], 'Sulawesi Tengah': ['Sulawesi Tengah', 'Sulteng'],
    'Sulawesi Selatan': ['Sulawesi Selatan', 'Sulsel'], 'Sulawesi Tenggara': ['Sulawesi Tenggara', 'Sultra'],
    'Gorontalo': ['Gorontalo'], 'Sulawesi Barat': ['Sulawesi Barat', 'Sulbar'], 'Maluku': ['Maluku'],
    'Maluku Utara': ['Maluku Utara', 'Malut'], 'Papua': ['Papua'], 'Papua Barat': ['Papua Barat'],
}
_komisi = ['I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII', 'IX', 'X', 'XI', 'XII', 'XIII']
AGENCIES_ADD = [
    ('bps-dummy', None, None, None, None, None),
]
AGENCIES_ADD = [
    ('komisi-%s-dpr' % k.lower(), 'Komisi %s Dewan Perwakilan Rakyat' % k, ['Komisi %s DPR' % k, 'Komisi %s DPR RI' % k, 'Komisi %s' % k],
     '2024-10' if k in ('XII', 'XIII') else '', '', {'kind': 'legislature', 'parent': 'dpr'}) for k in _komisi
] + [
    ('baleg-dpr', 'Badan Legislasi DPR', ['Baleg DPR', 'Baleg DPR RI', 'Baleg'], '', '', {'kind': 'legislature', 'parent': 'dpr'}),
    ('banggar-dpr', 'Badan Anggaran DPR', ['Banggar DPR', 'Banggar DPR RI', 'Banggar'], '', '', {'kind': 'legislature', 'parent': 'dpr'}),
    ('mkd-dpr', 'Mahkamah Kehormatan Dewan', ['MKD DPR', 'MKD'], '', '', {'kind': 'legislature', 'parent': 'dpr'}),
    ('djp', 'Direktorat Jenderal Pajak', ['DJP', 'Ditjen Pajak', 'Ditjen Pajak Kemenkeu'], '', '', {'kind': 'directorate', 'parent': 'kemenkeu'}),
    ('djbc', 'Direktorat Jenderal Bea dan Cukai', ['DJBC', 'Ditjen Bea Cukai', 'Ditjen Bea dan Cukai', 'Bea Cukai', 'Bea dan Cukai'], '', '', {'kind': 'directorate', 'parent': 'kemenkeu'}),
    ('dja', 'Direktorat Jenderal Anggaran', ['DJA', 'Ditjen Anggaran'], '', '', {'kind': 'directorate', 'parent': 'kemenkeu'}),
    ('djpb', 'Direktorat Jenderal Perbendaharaan', ['DJPb', 'Ditjen Perbendaharaan'], '', '', {'kind': 'directorate', 'parent': 'kemenkeu'}),
    ('ditjen-imigrasi', 'Direktorat Jenderal Imigrasi', ['Ditjen Imigrasi', 'Ditjenim'], '', '', {'kind': 'directorate', 'parent': 'kemenimipas'}),
    ('ditjen-pas', 'Direktorat Jenderal Pemasyarakatan', ['Ditjen Pemasyarakatan', 'Ditjen PAS', 'Ditjenpas'], '', '', {'kind': 'directorate', 'parent': 'kemenimipas'}),
    ('ditjen-dukcapil', 'Direktorat Jenderal Kependudukan dan Pencatatan Sipil', ['Ditjen Dukcapil', 'Dukcapil', 'Dukcapil Kemendagri'], '', '', {'kind': 'directorate', 'parent': 'kemendagri'}),
    ('ditjen-migas', 'Direktorat Jenderal Minyak dan Gas Bumi', ['Ditjen Migas', 'Ditjen Migas ESDM'], '', '', {'kind': 'directorate', 'parent': 'kemenesdm'}),
    ('ditjen-minerba', 'Direktorat Jenderal Mineral dan Batubara', ['Ditjen Minerba', 'Ditjen Minerba ESDM'], '', '', {'kind': 'directorate', 'parent': 'kemenesdm'}),
    ('ditjen-pkh', 'Direktorat Jenderal Perlindungan Konsumen dan Tertib Niaga', ['Ditjen PKTN', 'Ditjen PKTN Kemendag'], '', '', {'kind': 'directorate', 'parent': 'kemendag'}),
    ('bkn', 'Badan Kepegawaian Negara', ['BKN'], '', '', {'kind': 'agency'}),
    ('lan', 'Lembaga Administrasi Negara', ['LAN RI'], '', '', {'kind': 'agency'}),
    ('anri', 'Arsip Nasional Republik Indonesia', ['ANRI', 'Arsip Nasional'], '', '', {'kind': 'agency'}),
    ('perpusnas', 'Perpustakaan Nasional Republik Indonesia', ['Perpusnas', 'Perpustakaan Nasional'], '', '', {'kind': 'agency'}),
    ('big', 'Badan Informasi Geospasial', ['BIG'], '', '', {'kind': 'agency'}),
    ('bsn', 'Badan Standardisasi Nasional', ['BSN'], '', '', {'kind': 'agency'}),
    ('bapeten', 'Badan Pengawas Tenaga Nuklir', ['Bapeten'], '', '', {'kind': 'regulator'}),
    ('bpip', 'Badan Pembinaan Ideologi Pancasila', ['BPIP'], '', '', {'kind': 'agency'}),
    ('lpsk', 'Lembaga Perlindungan Saksi dan Korban', ['LPSK'], '', '', {'kind': 'agency'}),
    ('bnpp', 'Badan Nasional Pengelola Perbatasan', ['BNPP'], '', '', {'kind': 'agency'}),
    ('barantin', 'Badan Karantina Indonesia', ['Barantin', 'Badan Karantina'], '2023', '', {'kind': 'agency'}),
    ('bpkh', 'Badan Pengelola Keuangan Haji', ['BPKH'], '', '', {'kind': 'agency'}),
    ('bpjph', 'Badan Penyelenggara Jaminan Produk Halal', ['BPJPH'], '', '', {'kind': 'agency'}),
    ('bp-tapera', 'Badan Pengelola Tabungan Perumahan Rakyat', ['BP Tapera'], '', '', {'kind': 'agency'}),
    ('brgm', 'Badan Restorasi Gambut dan Mangrove', ['BRGM'], '', '', {'kind': 'agency'}),
    ('bank-tanah', 'Badan Bank Tanah', ['Bank Tanah'], '', '', {'kind': 'agency'}),
    ('kompolnas', 'Komisi Kepolisian Nasional', ['Kompolnas'], '', '', {'kind': 'commission'}),
    ('komisi-kejaksaan', 'Komisi Kejaksaan Republik Indonesia', ['Komisi Kejaksaan', 'Komjak'], '', '', {'kind': 'commission'}),
    ('komnas-pa', 'Komisi Nasional Disabilitas', ['KND'], '', '', {'kind': 'commission'}),
    ('kip', 'Komisi Informasi Pusat', ['KIP'], '', '', {'kind': 'commission'}),
    ('bpk-ri', 'Badan Perlindungan Konsumen Nasional', ['BPKN', 'BPKN RI'], '', '', {'kind': 'agency'}),
    ('bakti', 'Badan Aksesibilitas Telekomunikasi dan Informasi', ['Bakti', 'Bakti Kominfo', 'Bakti Komdigi'], '', '', {'kind': 'agency'}),
    ('bpdpks', 'Badan Pengelola Dana Perkebunan', ['BPDP', 'BPDPKS', 'Badan Pengelola Dana Perkebunan Kelapa Sawit'], '', '', {'kind': 'agency'}),
    ('lpei', 'Lembaga Pembiayaan Ekspor Indonesia', ['LPEI', 'Indonesia Eximbank'], '', '', {'kind': 'agency'}),
    ('bp-taskin', 'Badan Percepatan Pengentasan Kemiskinan', ['BP Taskin'], '2024-10', '', {'kind': 'agency'}),
    ('kortas-tipikor', 'Korps Pemberantasan Tindak Pidana Korupsi Polri', ['Kortas Tipikor', 'Kortas Tipikor Polri'], '2024-10', '', {'kind': 'police', 'parent': 'polri'}),
    ('korlantas', 'Korps Lalu Lintas Polri', ['Korlantas', 'Korlantas Polri'], '', '', {'kind': 'police', 'parent': 'polri'}),
    ('propam', 'Divisi Profesi dan Pengamanan Polri', ['Divpropam', 'Divpropam Polri', 'Propam Polri', 'Div Propam Polri'], '', '', {'kind': 'police', 'parent': 'polri'}),
    ('humas-polri', 'Divisi Hubungan Masyarakat Polri', ['Divhumas Polri', 'Divisi Humas Polri'], '', '', {'kind': 'police', 'parent': 'polri'}),
    ('baharkam', 'Badan Pemelihara Keamanan Polri', ['Baharkam', 'Baharkam Polri'], '', '', {'kind': 'police', 'parent': 'polri'}),
    ('polda-metro-jaya-dummy', None, None, None, None, None),
    ('kostrad', 'Komando Cadangan Strategis Angkatan Darat', ['Kostrad'], '', '', {'kind': 'military', 'parent': 'tni-ad'}),
    ('kopassus', 'Komando Pasukan Khusus', ['Kopassus'], '', '', {'kind': 'military', 'parent': 'tni-ad'}),
    ('kodam-jaya', 'Komando Daerah Militer Jayakarta', ['Kodam Jaya', 'Kodam Jayakarta', 'Kodam Jaya/Jayakarta'], '', '', {'kind': 'military', 'parent': 'tni-ad'}),
    ('paspampres', 'Pasukan Pengamanan Presiden', ['Paspampres'], '', '', {'kind': 'military', 'parent': 'tni'}),
    ('korps-marinir', 'Korps Marinir TNI AL', ['Korps Marinir', 'Marinir'], '', '', {'kind': 'military', 'parent': 'tni-al'}),
    ('puspom-tni', 'Pusat Polisi Militer TNI', ['Puspom TNI', 'POM TNI'], '', '', {'kind': 'military', 'parent': 'tni'}),
    ('satgas-pkh', 'Satuan Tugas Penertiban Kawasan Hutan', ['Satgas PKH', 'Satgas Penertiban Kawasan Hutan'], '2025-01', '', {'kind': 'task_force'}),
    ('satgas-pangan', 'Satuan Tugas Pangan Polri', ['Satgas Pangan', 'Satgas Pangan Polri'], '', '', {'kind': 'task_force', 'parent': 'polri'}),
    ('satgas-pasti', 'Satuan Tugas Pemberantasan Aktivitas Keuangan Ilegal', ['Satgas PASTI', 'Satgas Pasti'], '2023', '', {'kind': 'task_force', 'parent': 'ojk'}),
    ('satgas-swi', 'Satgas Waspada Investasi', ['SWI', 'Satgas Waspada Investasi'], '', '2023', {'kind': 'task_force', 'parent': 'ojk', 'successor': 'satgas-pasti'}),
    ('satgas-blbi', 'Satuan Tugas Penanganan Hak Tagih Negara Dana BLBI', ['Satgas BLBI', 'Satgas Hak Tagih BLBI'], '2021', '', {'kind': 'task_force'}),
    ('satgas-judi-online', 'Satuan Tugas Pemberantasan Perjudian Daring', ['Satgas Judi Online', 'Satgas Judol', 'Satgas Pemberantasan Judi Online'], '2024-06', '', {'kind': 'task_force'}),
    ('satgas-covid19', 'Satuan Tugas Penanganan COVID-19', ['Satgas Covid-19', 'Satgas COVID-19', 'Satgas Penanganan Covid-19'], '2020-07', '2023-06', {'kind': 'task_force'}),
    ('satgas-hilirisasi', 'Satuan Tugas Percepatan Hilirisasi dan Ketahanan Energi Nasional', ['Satgas Hilirisasi'], '2025', '', {'kind': 'task_force'}),
    ('satgas-mbg', 'Satuan Tugas Percepatan Program Makan Bergizi Gratis', ['Satgas MBG'], '2025', '', {'kind': 'task_force'}),
    ('kpu-dki', 'Komisi Pemilihan Umum Provinsi DKI Jakarta', ['KPU DKI', 'KPU DKI Jakarta'], '', '', {'kind': 'commission', 'parent': 'kpu'}),
    ('dprd-dki', 'Dewan Perwakilan Rakyat Daerah Provinsi DKI Jakarta', ['DPRD DKI', 'DPRD DKI Jakarta'], '', '', {'kind': 'legislature', 'parent': 'dprd'}),
    ('kejati-dki', 'Kejaksaan Tinggi DKI Jakarta', ['Kejati DKI', 'Kejati DKI Jakarta'], '', '', {'kind': 'agency', 'parent': 'kejagung'}),
    ('pn-jakpus', 'Pengadilan Negeri Jakarta Pusat', ['PN Jakarta Pusat', 'PN Jakpus'], '', '', {'kind': 'judiciary', 'parent': 'ma'}),
    ('pn-jaksel', 'Pengadilan Negeri Jakarta Selatan', ['PN Jakarta Selatan', 'PN Jaksel'], '', '', {'kind': 'judiciary', 'parent': 'ma'}),
    ('pengadilan-tipikor-jakpus', 'Pengadilan Tindak Pidana Korupsi Jakarta Pusat', ['Pengadilan Tipikor Jakarta', 'Pengadilan Tipikor Jakarta Pusat', 'Pengadilan Tipikor'], '', '', {'kind': 'judiciary', 'parent': 'ma'}),
    ('ptun-jakarta', 'Pengadilan Tata Usaha Negara Jakarta', ['PTUN Jakarta', 'PTUN'], '', '', {'kind': 'judiciary', 'parent': 'ma'}),
    ('bmkg-dummy', None, None, None, None, None),
    # foreign government bodies (GUIDELINES: foreign governments' bodies are GOV_AGENCY)
    ('the-fed', 'Federal Reserve', ['The Fed', 'Fed', 'Bank Sentral AS', 'Bank Sentral Amerika Serikat', 'Federal Reserve System'], '', '', {'kind': 'foreign_central_bank', 'country': 'loc-amerika-serikat'}),
    ('ecb', 'Bank Sentral Eropa', ['ECB', 'European Central Bank'], '', '', {'kind': 'foreign_central_bank'}),
    ('pboc', "People's Bank of China", ['PBoC', 'Bank Sentral China', 'Bank Sentral Tiongkok'], '', '', {'kind': 'foreign_central_bank', 'country': 'loc-tiongkok'}),
    ('boj', 'Bank of Japan', ['BoJ', 'Bank Sentral Jepang'], '', '', {'kind': 'foreign_central_bank', 'country': 'loc-jepang'}),
    ('mas-sg', 'Monetary Authority of Singapore', ['Otoritas Moneter Singapura'], '', '', {'kind': 'foreign_central_bank', 'country': 'loc-singapura'}),
    ('us-congress', 'Kongres Amerika Serikat', ['Kongres AS', 'US Congress'], '', '', {'kind': 'foreign_legislature', 'country': 'loc-amerika-serikat'}),
    ('pentagon', 'Departemen Pertahanan Amerika Serikat', ['Pentagon', 'Departemen Pertahanan AS', 'Departemen Perang AS'], '', '', {'kind': 'foreign_ministry', 'country': 'loc-amerika-serikat'}),
    ('ustr', 'United States Trade Representative', ['USTR'], '', '', {'kind': 'foreign_agency', 'country': 'loc-amerika-serikat'}),
    ('fbi', 'Federal Bureau of Investigation', ['FBI'], '', '', {'kind': 'foreign_agency', 'country': 'loc-amerika-serikat'}),
    ('cia', 'Central Intelligence Agency', ['CIA'], '', '', {'kind': 'foreign_agency', 'country': 'loc-amerika-serikat'}),
    ('nasa', 'National Aeronautics and Space Administration', ['NASA'], '', '', {'kind': 'foreign_agency', 'country': 'loc-amerika-serikat'}),
    ('idf', 'Pasukan Pertahanan Israel', ['IDF', 'Israel Defense Forces', 'Militer Israel', 'Tentara Israel'], '', '', {'kind': 'foreign_military', 'country': 'loc-israel'}),
    ('tpid', 'Tim Pengendalian Inflasi Daerah', ['TPID'], '', '', {'kind': 'task_force', 'note': 'pattern TPID + region'}),
    ('tpip', 'Tim Pengendalian Inflasi Pusat', ['TPIP'], '', '', {'kind': 'task_force'}),
    ('dishub-dki', 'Dinas Perhubungan DKI Jakarta', ['Dishub DKI', 'Dishub DKI Jakarta', 'Dinas Perhubungan Provinsi DKI Jakarta'], '', '', {'kind': 'agency', 'parent': 'pemprov-dki-jakarta'}),
    ('tmc-polda-metro', 'Traffic Management Centre Polda Metro Jaya', ['TMC Polda Metro Jaya', 'TMC Polda Metro'], '', '', {'kind': 'police', 'parent': 'polda-dki-jakarta'}),
    ('ditlantas-polda-metro', 'Direktorat Lalu Lintas Polda Metro Jaya', ['Ditlantas Polda Metro Jaya', 'Ditlantas Polda Metro'], '', '', {'kind': 'police', 'parent': 'polda-dki-jakarta'}),
    ('kbri', 'Kedutaan Besar Republik Indonesia', ['KBRI'], '', '', {'kind': 'embassy', 'parent': 'kemenlu', 'note': 'pattern KBRI + city (KBRI Tokyo)'}),
    ('kjri', 'Konsulat Jenderal Republik Indonesia', ['KJRI'], '', '', {'kind': 'consulate', 'parent': 'kemenlu', 'note': 'pattern KJRI + city'}),
]
AGENCIES_ADD = [a for a in AGENCIES_ADD if a[1] is not None]

# ------------------------------------------------------------------ companies
# tickers that are words (English/Indonesian), names, or acronyms of other entities: kept only in attrs
TICKER_NOT_ALIAS = set('''ABBA ACES ADES AGAR AGRO AIMS AKSI ALDO ALTO AMAN AMAR AMIN AMOR ANDI APEX AREA ARGO ARKA ARMY ARTA ARTI
ASHA ASLI ASRI ATAP AUTO AVIA AWAN AYAM BABY BACA BAIK BAJA BALI BANK BAPA BAPI BATA BAUT BAYU BEBS BEEF BEER BELI BELL BESS
BEST BIKA BIKE BIMA BINA BINO BIRD BISI BLES BLOG BLUE BOAT BOBA BOGA BOLA BOLT BOSS BRAM BREN BUAH BUDI BUKA BULL BUMI CAMP
CARE CARS CASA CASH CBRE CENT CHEK CHEM CHIP CINT CITA CITY CLAY CLEO COAL COCO COIN CRAB CSIS CUAN DADA DART DATA DAYA DEAL
DEFI DEPO DEWA DEWI DIGI DIVA DUCK DUTI EAST EDGE ELIT ELSA EMAS ENAK ENVY ENZO ESSA ESTA ESTI EURO FAST FILM FIRE FISH FOLK
FOOD FORE FUJI GAMA GEMA GEMS GLOB GOLD GOLF GOOD GRIA GULA GUNA HADE HAJJ HALO HEAL HELI HERO HEXA HILL HITS HOKI HOME HOPE
IATA ICON IDEA IKAN IMAS INDO INDY INET IPTV JATI JAWA JAYA KAYU KBRI KEEN KEJU KING KINO KIOS KLAS KLIN KOIN KONI KOPI KOTA
KRAS KUAS LABA LABS LAJU LAND LAPD LEAD LIFE LINK LION LIVE LUCK LUCY MABA MAHA MAIN MANG MAPA MARI MARK MAXI MAYA MEDS MEGA
MEJA MERK META MICE MIDI MIKA MINA MINE MIRA MORA MUTU NAIK NANO NASA NASI NATO NELY NEST NICE NICK NINE NOBU NUSA OBAT OILS
PACK PADA PADI PALM PANI PANS PART PICO PIPA PLAN PLAS POLA POLI POLL POLY POOL PORT PRAY PRIM PSSI PURA PURE PURI RAFI RAJA
RATU REAL RIGS RISE ROCK RODA RONY ROTI RUNS SAFE SAGE SAME SATU SEMA SHIP SIDO SILO SIMA SINI SIPD SMKL SOFA SOHO SOLA SONA
SOUL STAR SUGI SUNI SURE SURI SWAT TAMA TAMU TARA TAXI TECH TELE TIFA TIRA TOBA TOOL TOPS TOTO TOYS TRAM TRIM TRIO TRIS TRON
TRUE TRUK TRUS TUGU TYRE UANG UNIQ UNIT VAST VICI VISI VIVA VOKS WIDI WIFI WINE WINS WOOD WOWS YULE YUPI ZINC ZONE
KARW DUTI PGUN ERAL'''.split())
COMPANY_SKIP = {'Badan Pengelola Investasi Daya Anagata Nusantara'}   # Danantara is kept once, as GOV_AGENCY
COMPANY_FIX = {
    'PT Freeport Indonesia': {'kind': 'mining', 'attrs': {'owner': 'MIND ID 51% (not a BUMN)'}, 'id': 'freeport-indonesia'},
    'TINS': {'name': 'Timah'}, 
    'PT Mineral Industri Indonesia (Persero)': {'id': 'mind-id'},
    'PT Perusahaan Listrik Negara (Persero)': {'id': 'pln'},
    'PT Pertamina (Persero)': {'id': 'pertamina'},
    'PT Telekomunikasi Selular': {'id': 'telkomsel', 'attrs': {'parent': 'idx-tlkm'}},
    'PT Kereta Api Indonesia (Persero)': {'id': 'kai'},
    'Detik': {'name': 'detikcom', 'id': 'detikcom'},
    'Antara': {'name': 'Kantor Berita Antara', 'id': 'antara', 'attrs': {'org_form': 'Perum LKBN Antara'}},
    'Merdeka.com': {'id': 'merdeka-com'},
    'Suara.com': {'id': 'suara-com'},
    'Narasi': {'match_aliases': True},
    'Bibit': {'match_aliases': True},
    'Ajaib': {'match_aliases': True},
    'Kumparan': {'name': 'kumparan', 'id': 'kumparan'},
    'Grab': {'kind': 'platform'},
    'Meta Platforms': {'id': 'meta'},
    'X Corp': {'id': 'x-corp'},
    'Google': {'id': 'google'},
    'Apple Inc.': {'id': 'apple'},
    'Sea Limited': {'id': 'sea-limited'},
}
COMPANY_EXTRA = {
    'TLKM': ['Telekomunikasi Indonesia', 'PT Telekomunikasi Indonesia Tbk', 'PT Telkom Indonesia'],
    'MDKA': ['Merdeka Copper'],
    'INCO': ['Vale Indonesia', 'PT Vale Indonesia', 'PT Vale'],
    'BMRI': ["Livin' by Mandiri"],
    'BNLI': ['Bank Permata'],
    'TINS': ['PT Timah', 'PT Timah Tbk', 'PT Timah (Persero) Tbk'],
    'ELSA': ['PT Elnusa'],
    'PTPP': ['PT PP'],
    'GOTO': ['GoTo Gojek Tokopedia', 'PT GoTo Gojek Tokopedia'],
    'BUKA': ['PT Bukalapak.com'],
    'ARTO': ['Bank Jago'],
    'BRIS': ['Bank Syariah Indonesia', 'BSI'],
    'BBRI': ['Bank Rakyat Indonesia', 'BRI', 'PT BRI', 'PT BRI (Persero) Tbk'],
    'BBNI': ['PT BNI', 'PT BNI (Persero) Tbk'],
    'BMRI': ['PT Bank Mandiri'],
    'BBTN': ['PT BTN'],
    'BBCA': ['PT BCA', 'PT Bank Central Asia'],
    'BTPS': ['BTPN Syariah', 'Bank BTPN Syariah'],
    'PANI': ['PANI'],
    'MEGA': [],
    'TEBE': [],
    'EXCL': ['PT XLSMART Telecom Sejahtera', 'XL Smart'],
    'ISAT': ['Indosat Ooredoo', 'PT Indosat Ooredoo Hutchison'],
    'GIAA': ['PT Garuda Indonesia'],
    'AMRT': ['PT Sumber Alfaria Trijaya'],
    'PGEO': ['PGEO'],
    'Shopee': ['Shopee Indonesia', 'ShopeePay', 'ShopeeFood', 'SPX Express'],
    'TikTok': ['TikTok Indonesia', 'TikTok Pte Ltd'],
    'TikTok Shop': ['TikTok Shop Indonesia', 'TikTok Shop by Tokopedia', 'Shop Tokopedia'],
    'PT Tokopedia': ['PT Tokopedia'],
    'Gojek': ['PT Gojek Indonesia', 'Gojek Indonesia'],
    'Google': ['Google Indonesia', 'Google LLC'],
    'Meta Platforms': ['Meta Platforms Inc', 'Meta Indonesia', 'Facebook'],
    'Apple Inc.': ['Apple Indonesia'],
    'Microsoft': ['Microsoft Indonesia', 'Microsoft Corporation'],
    'Antara': ['Kantor Berita Antara', 'Antara News', 'Antaranews', 'Antaranews.com', 'LKBN Antara', 'Perum LKBN Antara', 'ANTARA News'],
    'Detik': ['detik.com', 'detikcom', 'detikNews', 'detikFinance', 'detikInet', 'detikHealth', 'detikSport', 'detikJatim', 'detikJateng', 'detikBali', 'detikSumut', 'detikOto'],
    'Kompas.com': ['KOMPAS.com', 'Kompas com', 'Kompas.com'],
    'Kompas': ['Harian Kompas', 'Kompas.id', 'Litbang Kompas'],
    'CNN Indonesia': ['CNN Indonesia TV', 'CNNIndonesia'],
    'CNBC Indonesia': ['CNBCIndonesia', 'CNBC Indonesia TV'],
    'Liputan6': ['Liputan6.com', 'Liputan6 SCTV'],
    'Kumparan': ['kumparan.com', 'kumparanBISNIS', 'kumparanNEWS', 'Kumparan.com'],
    'Bisnis Indonesia': ['Bisnis.com', 'Bisnis Indonesia Group', 'Harian Bisnis Indonesia'],
    'Katadata': ['Katadata.co.id', 'Databoks', 'Katadata Insight Center'],
    'Tempo': ['Tempo.co', 'Majalah Tempo', 'Koran Tempo', 'TEMPO.CO', 'TEMPO'],
    'Tribunnews': ['Tribunnews.com', 'Tribun Network', 'TribunNews', 'Tribun Jabar', 'Tribun Jateng', 'Tribun Jatim', 'Tribun Medan', 'TribunJakarta', 'Tribun Jakarta'],
    'Merdeka.com': ['merdeka.com'],
    'Suara.com': ['Suara.com'],
    'Narasi': ['Narasi TV', 'Narasi Newsroom', 'Narasi.tv'],
    'Bibit': ['Bibit.id', 'Aplikasi Bibit'],
    'Ajaib': ['Ajaib Sekuritas', 'Aplikasi Ajaib', 'Ajaib Kripto'],
    'Grab': ['Grab Indonesia', 'GrabFood', 'GrabBike', 'GrabCar', 'GrabExpress', 'Grab Holdings'],
    'Traveloka': ['Traveloka.com'],
    'Lazada': ['Lazada Indonesia', 'LazMall'],
    'X Corp': ['X Corp.', 'Twitter', 'Twitter Inc'],
    'Tesla': ['Tesla Inc'],
    'Kontan': ['Kontan.co.id', 'Harian Kontan'],
    'Republika': ['Republika.co.id', 'Harian Republika'],
    'Jawa Pos': ['JawaPos.com', 'Jawapos', 'Jawa Pos Group'],
    'The Jakarta Post': ['Jakarta Post', 'thejakartapost.com'],
}
COMPANY_DROP = {
    'PT Kilang Pertamina Internasional': ['KPI'],
    'PT Angkasa Pura Indonesia': ['AP I', 'AP II'],
    'PT Len Industri (Persero)': ['Len'],
    'PT Hutama Karya (Persero)': ['HK'],
    'PT PAL Indonesia': ['PAL'],
    'Sea Limited': ['Sea'],
    'Grup Salim': ['Salim'],
    'Wings Group': ['Wings'],
    'Grab': ['OVO'],
    'Google': ['YouTube'],
    'Meta Platforms': ['Instagram', 'WhatsApp'],
    'X Corp': ['X'],
    'Kompas Gramedia': ['KG'],
    'Detik': ['Detik'],
    'Antara': ['Antara', 'ANTARA'],
    'Merdeka.com': ['Merdeka'],
    'Suara.com': ['Suara'],
    'Pikiran Rakyat': ['PR'],
    'Narasi': [],
    'UNTR': ['UT'], 'BUKA': ['BL'], 'BUMI': ['Bumi'], 'MDKA': ['Merdeka'], 'ARTO': ['Jago'], 'BNLI': ['Permata'],
    'BMRI': ['Mandiri'], 'SCMA': ['SCM'], 'PTPP': ['PP'], 'ADRO': ['ADARO ENERGY'], 'VIVA': ['VIVA'],
    'Sinar Mas': [], 'Kompas': [],
    'GOTO': [],
    'PT Perkebunan Nusantara III (Persero)': [],
    'Bakrie Group': [],
}
COMPANIES_ADD = [
    ('ovo', 'OVO', ['PT Visionet Internasional', 'Aplikasi OVO'], {'kind': 'platform', 'parent': 'grab'}),
    ('youtube', 'YouTube', ['YouTube Indonesia'], {'kind': 'platform', 'parent': 'google'}),
    ('instagram', 'Instagram', [], {'kind': 'platform', 'parent': 'meta'}),
    ('whatsapp', 'WhatsApp', ['WA', 'WhatsApp Business'], {'kind': 'platform', 'parent': 'meta'}),
    ('facebook-app', 'Facebook', [], {'kind': 'platform', 'parent': 'meta', 'match': 'aliases', 'note': 'surface form Facebook is an alias of meta'}),
    ('threads', 'Threads', [], {'kind': 'platform', 'parent': 'meta', 'match': 'aliases'}),
    ('spotify', 'Spotify', ['Spotify Indonesia', 'Spotify Technology'], {'kind': 'platform'}),
    ('inalum', 'Indonesia Asahan Aluminium', ['Inalum', 'PT Inalum', 'PT Indonesia Asahan Aluminium'], {'kind': 'bumn', 'parent': 'mind-id'}),
    ('bei', 'Bursa Efek Indonesia', ['BEI', 'IDX', 'Indonesia Stock Exchange', 'PT Bursa Efek Indonesia', 'Bursa Efek'], {'kind': 'exchange'}),
    ('ksei', 'Kustodian Sentral Efek Indonesia', ['KSEI', 'PT KSEI'], {'kind': 'exchange'}),
    ('kpei', 'Kliring Penjaminan Efek Indonesia', ['KPEI'], {'kind': 'exchange'}),
    ('msci', 'MSCI', ['MSCI Inc', 'Morgan Stanley Capital International'], {'kind': 'index_provider'}),
    ('ftse-russell', 'FTSE Russell', [], {'kind': 'index_provider'}),
    ('moodys', "Moody's", ["Moody's Ratings", "Moody's Investors Service"], {'kind': 'rating_agency'}),
    ('sp-global', 'S&P Global Ratings', ['S&P', "Standard & Poor's", 'S&P Global'], {'kind': 'rating_agency'}),
    ('fitch', 'Fitch Ratings', ['Fitch'], {'kind': 'rating_agency'}),
    ('pefindo', 'Pemeringkat Efek Indonesia', ['Pefindo', 'PT Pefindo'], {'kind': 'rating_agency'}),
    ('shopee-express', 'Shopee Express', ['SPX'], {'kind': 'platform', 'parent': 'shopee'}),
    ('blibli', 'Blibli', [], {'kind': 'platform', 'parent': 'idx-beli', 'match': 'aliases', 'note': 'Blibli is an alias of idx-beli'}),
    ('bytedance-dummy', None, None, None),
    ('jne', 'Tiki Jalur Nugraha Ekakurir', ['JNE', 'JNE Express'], {'kind': 'logistics'}),
    ('jnt', 'J&T Express', ['J&T', 'JT Express'], {'kind': 'logistics'}),
    ('sicepat', 'SiCepat Ekspres', ['SiCepat'], {'kind': 'logistics'}),
    ('lion-air', 'Lion Air', ['Lion Air Group', 'Lion Group'], {'kind': 'airline'}),
    ('batik-air', 'Batik Air', [], {'kind': 'airline'}),
    ('wings-air', 'Wings Air', [], {'kind': 'airline'}),
    ('airasia', 'AirAsia', ['AirAsia Indonesia', 'Indonesia AirAsia'], {'kind': 'airline'}),
    ('super-air-jet', 'Super Air Jet', [], {'kind': 'airline'}),
    ('transjakarta', 'Transportasi Jakarta', ['Transjakarta', 'TransJakarta', 'PT Transjakarta'], {'kind': 'bumd'}),
    ('mrt-jakarta', 'MRT Jakarta', ['PT MRT Jakarta', 'MRT Jakarta (Perseroda)', 'PT MRT Jakarta (Perseroda)'], {'kind': 'bumd'}),
    ('lrt-jakarta', 'LRT Jakarta', ['PT LRT Jakarta'], {'kind': 'bumd'}),
    ('bank-dki', 'Bank DKI', ['PT Bank DKI', 'Bank Jakarta'], {'kind': 'bank'}),
    ('bank-muamalat', 'Bank Muamalat Indonesia', ['Bank Muamalat', 'Muamalat', 'PT Bank Muamalat Indonesia'], {'kind': 'bank'}),
    ('bank-bsi-dummy', None, None, None),
    ('jamkrindo', 'Jaminan Kredit Indonesia', ['Jamkrindo', 'PT Jamkrindo'], {'kind': 'bumn'}),
    ('askrindo', 'Asuransi Kredit Indonesia', ['Askrindo', 'PT Askrindo'], {'kind': 'bumn'}),
    ('jasa-raharja', 'Jasa Raharja', ['PT Jasa Raharja'], {'kind': 'bumn'}),
    ('pertamina-retail', 'Pertamina Retail', ['PT Pertamina Retail'], {'kind': 'bumn', 'parent': 'pertamina'}),
    ('antam-dummy', None, None, None),
    ('agrinas', 'Agrinas Pangan Nusantara', ['Agrinas', 'PT Agrinas Pangan Nusantara', 'Agrinas Palma Nusantara'], {'kind': 'bumn'}),
    ('kopdes-merah-putih-dummy', None, None, None),
    ('sritex-dummy', None, None, None),
    ('astra-honda', 'Astra Honda Motor', ['AHM', 'PT Astra Honda Motor'], {'kind': 'private', 'parent': 'idx-asii'}),
    ('honda', 'Honda', ['Honda Motor'], {'kind': 'foreign'}),
    ('mitsubishi', 'Mitsubishi', ['Mitsubishi Motors'], {'kind': 'foreign'}),
    ('vinfast', 'VinFast', [], {'kind': 'foreign'}),
    ('wuling', 'Wuling', ['Wuling Motors'], {'kind': 'foreign'}),
    ('nestle', 'Nestlé', ['Nestle', 'Nestle Indonesia'], {'kind': 'foreign'}),
    ('coca-cola', 'Coca-Cola', ['Coca Cola'], {'kind': 'foreign'}),
    ('mcdonalds', "McDonald's", ["McDonald's Indonesia", 'McD'], {'kind': 'foreign'}),
    ('starbucks', 'Starbucks', ['Starbucks Indonesia'], {'kind': 'foreign'}),
    ('boeing', 'Boeing', [], {'kind': 'foreign'}),
    ('airbus', 'Airbus', [], {'kind': 'foreign'}),
    ('intel', 'Intel', ['Intel Corporation'], {'kind': 'foreign'}),
    ('tsmc', 'Taiwan Semiconductor Manufacturing Company', ['TSMC'], {'kind': 'foreign'}),
    ('anthropic', 'Anthropic', [], {'kind': 'foreign'}),
    ('deepseek', 'DeepSeek', [], {'kind': 'foreign'}),
    ('temu', 'Temu', [], {'kind': 'platform', 'match': 'aliases', 'note': 'Temu is an ordinary word (meet)'}),
    ('shein', 'Shein', ['SHEIN'], {'kind': 'platform'}),
    ('binance', 'Binance', [], {'kind': 'platform'}),
    ('tokocrypto', 'Tokocrypto', [], {'kind': 'platform'}),
    ('pintu', 'Pintu', ['Aplikasi Pintu'], {'kind': 'platform', 'match': 'aliases'}),
    ('bloomberg', 'Bloomberg', ['Bloomberg LP', 'Bloomberg News'], {'kind': 'media'}),
    ('reuters', 'Reuters', ['Thomson Reuters'], {'kind': 'media'}),
    ('afp', 'Agence France-Presse', ['AFP'], {'kind': 'media'}),
    ('ap', 'Associated Press', [], {'kind': 'media'}),
    ('bbc', 'BBC', ['BBC News', 'BBC Indonesia', 'BBC News Indonesia'], {'kind': 'media'}),
    ('cnn', 'CNN', [], {'kind': 'media'}),
    ('cnbc', 'CNBC', [], {'kind': 'media'}),
    ('al-jazeera', 'Al Jazeera', ['Aljazeera'], {'kind': 'media'}),
    ('nikkei', 'Nikkei Asia', ['Nikkei'], {'kind': 'media'}),
    ('financial-times', 'Financial Times', ['FT'], {'kind': 'media'}),
    ('wsj', 'The Wall Street Journal', ['Wall Street Journal', 'WSJ'], {'kind': 'media'}),
    ('nyt', 'The New York Times', ['New York Times', 'NYT'], {'kind': 'media'}),
    ('scmp', 'South China Morning Post', ['SCMP'], {'kind': 'media'}),
    ('xinhua', 'Xinhua', ['Kantor Berita Xinhua'], {'kind': 'media'}),
    ('idx-channel', 'IDX Channel', ['IDXChannel', 'idxchannel.com'], {'kind': 'media'}),
    ('kompas-tv-dummy', None, None, None),
    ('idn-times-dummy', None, None, None),
    ('mnc-portal', 'Okezone', [], {}),
    ('inews-dummy', None, None, None),
    ('tvri-dummy', None, None, None),
    ('solopos', 'Solopos', ['Solopos.com'], {'kind': 'media'}),
    ('harian-jogja', 'Harian Jogja', ['Harianjogja.com'], {'kind': 'media'}),
    ('tribun-jateng-dummy', None, None, None),
    ('rmol', 'Rakyat Merdeka Online', ['RMOL', 'RMOL.id', 'Rmol.id'], {'kind': 'media'}),
    ('inilah', 'Inilah.com', [], {'kind': 'media'}),
    ('mediaindonesia-dummy', None, None, None),
    ('tirto-dummy', None, None, None),
    ('voi', 'VOI', ['VOI.id', 'Voice of Indonesia'], {'kind': 'media'}),
    ('kbr', 'Kantor Berita Radio', ['KBR', 'KBR.id'], {'kind': 'media'}),
    ('elshinta', 'Radio Elshinta', ['Elshinta'], {'kind': 'media'}),
    ('cnn-indonesia-dummy', None, None, None),
    ('the-conversation', 'The Conversation Indonesia', ['The Conversation'], {'kind': 'media'}),
    ('asumsi', 'Asumsi', ['Asumsi.co'], {'kind': 'media', 'match': 'aliases'}),
    ('project-multatuli', 'Project Multatuli', [], {'kind': 'media'}),
    ('mongabay', 'Mongabay Indonesia', ['Mongabay'], {'kind': 'media'}),
    ('kontan-dummy', None, None, None),
    ('investing', 'Investing.com', [], {'kind': 'media'}),
    ('jubi', 'Jubi', ['Jubi.id', 'Jubi.co.id', 'Tabloid Jubi'], {'kind': 'media'}),
    ('tribun-timur', 'Tribun-Timur.com', ['Tribun Timur', 'TribunTimur'], {'kind': 'media', 'parent': 'tribunnews'}),
    ('food-station', 'Food Station Tunas Jaya', ['Food Station', 'PT Food Station Tunas Jaya', 'PT Food Station'], {'kind': 'bumd'}),
    ('bank-papua', 'Bank Papua', ['PT Bank Papua', 'Bank Pembangunan Daerah Papua'], {'kind': 'bank'}),
    ('jasamarga-transjawa', 'Jasamarga Transjawa Tol', ['PT Jasamarga Transjawa Tol', 'JTT'], {'kind': 'bumn', 'parent': 'idx-jsmr'}),
    ('astra-infra', 'Astra Infra', ['Astra Infra Toll Road', 'Astra Tol'], {'kind': 'private', 'parent': 'idx-asii'}),
]
COMPANIES_ADD = [c for c in COMPANIES_ADD if c[1] is not None and c[3]]

# ------------------------------------------------------------------ organizations
ORG_SKIP = {'Federal Reserve', 'Bank Sentral Eropa', 'MSCI', "Moody's", 'S&P Global Ratings', 'Fitch Ratings'}
ORG_FIX = {
    'Partai Demokrasi Indonesia Perjuangan': {'id': 'pdi-p'},
    'Partai Bulan Bintang': {'id': 'partai-bulan-bintang'},
    'Perserikatan Bangsa-Bangsa': {'id': 'pbb'},
    'Partai Aceh': {'id': 'partai-aceh'},
    'Universitas Negeri Malang': {'id': 'um-malang'},
    'Universitas Terbuka': {'id': 'universitas-terbuka'},
    'Universitas Brawijaya': {'id': 'ub'},
    'Indikator Politik Indonesia': {'id': 'indikator'},
    'Center of Reform on Economics': {'id': 'core-indonesia'},
    'Yayasan Lembaga Bantuan Hukum Indonesia': {'id': 'ylbhi'},
    'Partai Gelombang Rakyat Indonesia': {'id': 'partai-gelora'},
    'Partai Garda Republik Indonesia': {'id': 'partai-garuda'},
    'Partai Ummat': {'id': 'partai-ummat'},
}
ORG_DROP = {
    'Partai Bulan Bintang': ['PBB'],
    'Partai Aceh': ['PA'],
    'Partai Gelombang Rakyat Indonesia': ['Gelora'],
    'Partai Garda Republik Indonesia': ['Garuda'],
    'Partai Ummat': ['Ummat'],
    'Indikator Politik Indonesia': ['Indikator'],
    'Center of Reform on Economics': ['CORE'],
    'Yayasan Lembaga Bantuan Hukum Indonesia': ['LBH'],
    'Universitas Negeri Malang': ['UM'],
    'Universitas Terbuka': ['UT'],
    'Universitas Brawijaya': [],
    'Projo': [],
}
ORG_EXTRA = {
    'Partai Demokrasi Indonesia Perjuangan': ['PDI Perjuangan', 'DPP PDI-P', 'DPP PDIP'],
    'Partai Golongan Karya': ['DPP Golkar', 'DPP Partai Golkar'],
    'Partai Gerakan Indonesia Raya': ['DPP Gerindra', 'DPP Partai Gerindra'],
    'Partai Kebangkitan Bangsa': ['DPP PKB', 'Partai PKB'],
    'Partai NasDem': ['DPP NasDem', 'DPP Partai NasDem'],
    'Partai Keadilan Sejahtera': ['DPP PKS', 'Partai PKS'],
    'Partai Amanat Nasional': ['DPP PAN', 'Partai PAN'],
    'Partai Demokrat': ['DPP Demokrat', 'DPP Partai Demokrat'],
    'Partai Solidaritas Indonesia': ['DPP PSI', 'Partai PSI'],
    'Partai Persatuan Pembangunan': ['DPP PPP', 'Partai PPP'],
    'Partai Bulan Bintang': ['Partai PBB'],
    'Partai Gelombang Rakyat Indonesia': ['Partai Gelora Indonesia'],
    'Kamar Dagang dan Industri Indonesia': ['Kadin RI', 'KADIN'],
    'Nahdlatul Ulama': [],
    'Muhammadiyah': ['Persyarikatan Muhammadiyah'],
    'Majelis Ulama Indonesia': ['MUI Pusat'],
    'Yayasan Lembaga Konsumen Indonesia': ['YLKI'],
    'Institut Pertanian Bogor': ['IPB University'],
    'Universitas Indonesia': [],
    'Universitas Gadjah Mada': ['Universitas Gajah Mada'],
    'Perserikatan Bangsa-Bangsa': ['Persatuan Bangsa-Bangsa', 'UN', 'PBB'],
    'Bank Dunia': ['World Bank', 'Grup Bank Dunia', 'World Bank Group'],
    'Dana Moneter Internasional': [],
    'Perhimpunan Bangsa-Bangsa Asia Tenggara': ['Association of Southeast Asian Nations', 'Perhimpunan Bangsa-bangsa Asia Tenggara'],
    'Group of Twenty': ['G-20', 'Kelompok 20'],
    'Uni Eropa': ['Komisi Eropa', 'European Commission'],
}
ORGS_ADD = [
    ('partai-berkarya', 'Partai Beringin Karya', ['Partai Berkarya'], {'kind': 'party'}),
    ('partai-nanggroe-aceh', 'Partai Nanggroe Aceh', ['PNA'], {'kind': 'party'}),
    ('g7', 'Group of Seven', ['G7', 'G-7'], {'kind': 'international'}),
    ('dk-pbb', 'Dewan Keamanan Perserikatan Bangsa-Bangsa', ['Dewan Keamanan PBB', 'DK PBB', 'UN Security Council'], {'kind': 'international', 'parent': 'pbb'}),
    ('majelis-umum-pbb', 'Majelis Umum Perserikatan Bangsa-Bangsa', ['Majelis Umum PBB', 'Sidang Majelis Umum PBB', 'UNGA'], {'kind': 'international', 'parent': 'pbb'}),
    ('undp', 'United Nations Development Programme', ['UNDP'], {'kind': 'international'}),
    ('wfp', 'World Food Programme', ['WFP', 'Program Pangan Dunia'], {'kind': 'international'}),
    ('unrwa', 'UNRWA', [], {'kind': 'international'}),
    ('iaea', 'Badan Energi Atom Internasional', ['IAEA', 'International Atomic Energy Agency'], {'kind': 'international'}),
    ('interpol', 'Interpol', ['International Criminal Police Organization'], {'kind': 'international'}),
    ('wef', 'World Economic Forum', ['WEF', 'Forum Ekonomi Dunia'], {'kind': 'international'}),
    ('icrc', 'Komite Internasional Palang Merah', ['ICRC', 'International Committee of the Red Cross'], {'kind': 'international'}),
    ('pmi', 'Palang Merah Indonesia', [], {'kind': 'ngo', 'note': 'acronym PMI omitted (also pekerja migran Indonesia, PMI index)'}),
    ('baznas', 'Badan Amil Zakat Nasional', ['Baznas'], {'kind': 'religious'}),
    ('gp-ansor', 'Gerakan Pemuda Ansor', ['GP Ansor', 'Ansor', 'Banser', 'Barisan Ansor Serbaguna'], {'kind': 'religious', 'parent': 'nu'}),
    ('muslimat-nu', 'Muslimat Nahdlatul Ulama', ['Muslimat NU'], {'kind': 'religious', 'parent': 'nu'}),
    ('aisyiyah', 'Aisyiyah', ["'Aisyiyah", 'PP Aisyiyah'], {'kind': 'religious', 'parent': 'muhammadiyah'}),
    ('pemuda-muhammadiyah', 'Pemuda Muhammadiyah', ['PP Pemuda Muhammadiyah'], {'kind': 'religious', 'parent': 'muhammadiyah'}),
    ('dmi', 'Dewan Masjid Indonesia', ['DMI'], {'kind': 'religious'}),
    ('walubi', 'Perwakilan Umat Buddha Indonesia', ['Walubi'], {'kind': 'religious'}),
    ('matakin', 'Majelis Tinggi Agama Khonghucu Indonesia', ['Matakin'], {'kind': 'religious'}),
    ('hamas', 'Hamas', ['Harakat al-Muqawama al-Islamiya'], {'kind': 'armed_group'}),
    ('hizbullah', 'Hizbullah', ['Hezbollah'], {'kind': 'armed_group'}),
    ('houthi', 'Houthi', ['Ansarallah', 'Kelompok Houthi'], {'kind': 'armed_group'}),
    ('isis', 'Negara Islam Irak dan Suriah', ['ISIS', 'NIIS', 'ISIL', 'Islamic State'], {'kind': 'armed_group'}),
    ('jamaah-islamiyah', 'Jamaah Islamiyah', ['JI', 'Jemaah Islamiyah'], {'kind': 'armed_group'}),
    ('appmi', 'Asosiasi Pengusaha Penempatan Pekerja Migran Indonesia', ['APPMI', 'Asosiasi Perusahaan Penempatan Pekerja Migran Indonesia'], {'kind': 'association'}),
    ('apjati', 'Asosiasi Perusahaan Jasa Tenaga Kerja Indonesia', ['Apjati'], {'kind': 'association'}),
    ('aprindo', 'Asosiasi Pengusaha Ritel Indonesia', ['Aprindo'], {'kind': 'association'}),
    ('hippindo', 'Himpunan Peritel dan Penyewa Pusat Perbelanjaan Indonesia', ['Hippindo'], {'kind': 'association'}),
    ('appbi', 'Asosiasi Pengelola Pusat Belanja Indonesia', ['APPBI'], {'kind': 'association'}),
    ('ikappi', 'Ikatan Pedagang Pasar Indonesia', ['Ikappi', 'IKAPPI'], {'kind': 'association'}),
    ('gapmmi', 'Gabungan Produsen Makanan Minuman Indonesia', ['Gapmmi', 'GAPMMI'], {'kind': 'association'}),
    ('gaikindo', 'Gabungan Industri Kendaraan Bermotor Indonesia', ['Gaikindo'], {'kind': 'association'}),
    ('aisi', 'Asosiasi Industri Sepeda Motor Indonesia', ['AISI'], {'kind': 'association'}),
    ('api-tekstil', 'Asosiasi Pertekstilan Indonesia', [], {'kind': 'association', 'note': 'acronym API omitted (word api)'}),
    ('apsyfi', 'Asosiasi Produsen Serat dan Benang Filamen Indonesia', ['APSyFI'], {'kind': 'association'}),
    ('apjii', 'Asosiasi Penyelenggara Jasa Internet Indonesia', ['APJII'], {'kind': 'association'}),
    ('afpi', 'Asosiasi Fintech Pendanaan Bersama Indonesia', ['AFPI'], {'kind': 'association'}),
    ('aftech', 'Asosiasi Fintech Indonesia', ['Aftech'], {'kind': 'association'}),
    ('aaji', 'Asosiasi Asuransi Jiwa Indonesia', ['AAJI'], {'kind': 'association'}),
    ('aaui', 'Asosiasi Asuransi Umum Indonesia', ['AAUI'], {'kind': 'association'}),
    ('aei', 'Asosiasi Emiten Indonesia', ['AEI'], {'kind': 'association'}),
    ('phri', 'Perhimpunan Hotel dan Restoran Indonesia', ['PHRI'], {'kind': 'association'}),
    ('asita', 'Asosiasi Perusahaan Perjalanan Wisata Indonesia', ['Asita', 'ASITA'], {'kind': 'association'}),
    ('organda', 'Organisasi Angkutan Darat', ['Organda'], {'kind': 'association'}),
    ('mti', 'Masyarakat Transportasi Indonesia', ['MTI'], {'kind': 'association'}),
    ('hkti', 'Himpunan Kerukunan Tani Indonesia', ['HKTI'], {'kind': 'association'}),
    ('spi', 'Serikat Petani Indonesia', ['SPI'], {'kind': 'association'}),
    ('akumindo', 'Asosiasi Usaha Mikro Kecil dan Menengah Indonesia', ['Akumindo'], {'kind': 'association'}),
    ('iai', 'Ikatan Akuntan Indonesia', ['IAI'], {'kind': 'association'}),
    ('iwapi', 'Ikatan Wanita Pengusaha Indonesia', ['IWAPI', 'Iwapi'], {'kind': 'association'}),
    ('apkasi', 'Asosiasi Pemerintah Kabupaten Seluruh Indonesia', ['Apkasi'], {'kind': 'association'}),
    ('apeksi', 'Asosiasi Pemerintah Kota Seluruh Indonesia', ['Apeksi'], {'kind': 'association'}),
    ('kspsi-dummy', None, None, None),
    ('ipw', 'Indonesia Police Watch', ['IPW'], {'kind': 'ngo'}),
    ('maki', 'Masyarakat Antikorupsi Indonesia', ['MAKI'], {'kind': 'ngo'}),
    ('pukat-ugm', 'Pusat Kajian Antikorupsi UGM', ['Pukat UGM'], {'kind': 'ngo'}),
    ('iesr', 'Institute for Essential Services Reform', ['IESR'], {'kind': 'ngo'}),
    ('lpem-ui', 'Lembaga Penyelidikan Ekonomi dan Masyarakat FEB UI', ['LPEM FEB UI', 'LPEM UI'], {'kind': 'ngo'}),
    ('jatam', 'Jaringan Advokasi Tambang', ['Jatam'], {'kind': 'ngo'}),
    ('elsam', 'Lembaga Studi dan Advokasi Masyarakat', ['Elsam', 'ELSAM'], {'kind': 'ngo'}),
    ('safenet', 'Southeast Asia Freedom of Expression Network', ['SAFEnet'], {'kind': 'ngo'}),
    ('pshk', 'Pusat Studi Hukum dan Kebijakan Indonesia', ['PSHK'], {'kind': 'ngo'}),
    ('fitra', 'Forum Indonesia untuk Transparansi Anggaran', ['Fitra', 'FITRA'], {'kind': 'ngo'}),
    ('populi-center', 'Populi Center', [], {'kind': 'ngo'}),
    ('litbang-kompas-dummy', None, None, None),
    ('smrc', 'Saiful Mujani Research and Consulting', ['SMRC'], {'kind': 'ngo'}),
    ('ipo', 'Indonesia Political Opinion', ['IPO'], {'kind': 'ngo', 'match': 'aliases'}),
    ('persija', 'Persija Jakarta', ['Persija'], {'kind': 'sports_club'}),
    ('persib', 'Persib Bandung', ['Persib'], {'kind': 'sports_club'}),
    ('persebaya', 'Persebaya Surabaya', ['Persebaya'], {'kind': 'sports_club'}),
    ('arema', 'Arema FC', ['Arema'], {'kind': 'sports_club'}),
    ('psm', 'PSM Makassar', ['PSM'], {'kind': 'sports_club'}),
    ('persipura', 'Persipura Jayapura', ['Persipura'], {'kind': 'sports_club'}),
    ('persis-solo', 'Persis Solo', [], {'kind': 'sports_club'}),
    ('psis-dummy', None, None, None),
    ('borneo-fc', 'Borneo FC', ['Borneo FC Samarinda'], {'kind': 'sports_club'}),
    ('madura-united', 'Madura United', [], {'kind': 'sports_club'}),
    ('bali-united', 'Bali United', [], {'kind': 'sports_club'}),
    ('psis', 'PSIS Semarang', [], {'kind': 'sports_club'}),
    ('timnas', 'Tim Nasional Sepak Bola Indonesia', ['Timnas Indonesia', 'Timnas Garuda', 'Skuad Garuda'], {'kind': 'sports_team'}),
    ('pt-lib', 'PT Liga Indonesia Baru', ['PT LIB', 'I.League'], {'kind': 'sports'}),
    ('ui-dummy', None, None, None),
    ('umm', 'Universitas Muhammadiyah Malang', ['UMM'], {'kind': 'university'}),
    ('ums', 'Universitas Muhammadiyah Surakarta', ['UMS'], {'kind': 'university'}),
    ('uad', 'Universitas Ahmad Dahlan', ['UAD'], {'kind': 'university'}),
    ('unesa', 'Universitas Negeri Surabaya', ['Unesa'], {'kind': 'university'}),
    ('unp', 'Universitas Negeri Padang', ['UNP'], {'kind': 'university'}),
    ('unm', 'Universitas Negeri Makassar', ['UNM'], {'kind': 'university'}),
    ('unimed', 'Universitas Negeri Medan', ['Unimed'], {'kind': 'university'}),
    ('untirta', 'Universitas Sultan Ageng Tirtayasa', ['Untirta'], {'kind': 'university'}),
    ('unsil', 'Universitas Siliwangi', ['Unsil'], {'kind': 'university'}),
    ('untad', 'Universitas Tadulako', ['Untad'], {'kind': 'university'}),
    ('uho', 'Universitas Halu Oleo', ['UHO'], {'kind': 'university'}),
    ('unib', 'Universitas Bengkulu', ['Unib'], {'kind': 'university'}),
    ('unja', 'Universitas Jambi', ['Unja'], {'kind': 'university'}),
    ('unkhair', 'Universitas Khairun', ['Unkhair'], {'kind': 'university'}),
    ('unipa', 'Universitas Papua', ['Unipa'], {'kind': 'university'}),
    ('upr', 'Universitas Palangka Raya', ['UPR'], {'kind': 'university'}),
    ('itera', 'Institut Teknologi Sumatera', ['Itera'], {'kind': 'university'}),
    ('tel-u', 'Telkom University', ['Tel-U', 'Universitas Telkom'], {'kind': 'university'}),
    ('upn-veteran', 'Universitas Pembangunan Nasional Veteran', ['UPN Veteran', 'UPN Veteran Jakarta', 'UPN Veteran Yogyakarta', 'UPN Veteran Jawa Timur'], {'kind': 'university'}),
    ('untar', 'Universitas Tarumanagara', ['Untar'], {'kind': 'university'}),
    ('umb', 'Universitas Mercu Buana', ['UMB'], {'kind': 'university'}),
    ('univ-pancasila', 'Universitas Pancasila', [], {'kind': 'university'}),
    ('unas', 'Universitas Nasional', ['Unas'], {'kind': 'university'}),
    ('unisba', 'Universitas Islam Bandung', ['Unisba'], {'kind': 'university'}),
    ('unissula', 'Universitas Islam Sultan Agung', ['Unissula'], {'kind': 'university'}),
    ('usd', 'Universitas Sanata Dharma', ['Sanata Dharma'], {'kind': 'university'}),
    ('petra', 'Universitas Kristen Petra', ['UK Petra', 'Petra Christian University'], {'kind': 'university'}),
    ('ubaya', 'Universitas Surabaya', ['Ubaya'], {'kind': 'university'}),
    ('prasmul', 'Universitas Prasetiya Mulya', ['Prasetiya Mulya', 'Prasmul'], {'kind': 'university'}),
    ('uin-suka', 'Universitas Islam Negeri Sunan Kalijaga', ['UIN Sunan Kalijaga', 'UIN Suka'], {'kind': 'university'}),
    ('uin-sunan-ampel', 'Universitas Islam Negeri Sunan Ampel', ['UIN Sunan Ampel', 'UINSA'], {'kind': 'university'}),
    ('uin-bandung', 'Universitas Islam Negeri Sunan Gunung Djati', ['UIN Sunan Gunung Djati', 'UIN Bandung'], {'kind': 'university'}),
    ('uin-walisongo', 'Universitas Islam Negeri Walisongo', ['UIN Walisongo'], {'kind': 'university'}),
    ('uin-malang', 'Universitas Islam Negeri Maulana Malik Ibrahim', ['UIN Malang', 'UIN Maliki'], {'kind': 'university'}),
    ('polban', 'Politeknik Negeri Bandung', ['Polban'], {'kind': 'university'}),
    ('pnj', 'Politeknik Negeri Jakarta', ['PNJ'], {'kind': 'university'}),
    ('stan', 'Politeknik Keuangan Negara STAN', ['PKN STAN', 'STAN'], {'kind': 'university'}),
    ('ipdn', 'Institut Pemerintahan Dalam Negeri', ['IPDN'], {'kind': 'university'}),
    ('akpol', 'Akademi Kepolisian', ['Akpol'], {'kind': 'university'}),
    ('akmil', 'Akademi Militer', ['Akmil'], {'kind': 'university'}),
    ('harvard', 'Harvard University', ['Universitas Harvard', 'Harvard'], {'kind': 'university'}),
    ('mit', 'Massachusetts Institute of Technology', ['MIT'], {'kind': 'university'}),
    ('oxford', 'University of Oxford', ['Universitas Oxford', 'Oxford University'], {'kind': 'university'}),
    ('nus', 'National University of Singapore', ['NUS'], {'kind': 'university'}),
    ('ntu', 'Nanyang Technological University', ['NTU'], {'kind': 'university'}),
]
ORGS_ADD = [o for o in ORGS_ADD if o[1] is not None]

# ------------------------------------------------------------------ officials
PERSON_KEY = {'Prabowo Subianto': 'prabowo-subianto', 'Joko Widodo': 'joko-widodo',
              'Muhammad Tito Karnavian': 'tito-karnavian', 'Abdul Muhaimin Iskandar': 'muhaimin-iskandar',
              'Sanitiar Burhanuddin': 'st-burhanuddin', 'Sandiaga Salahuddin Uno': 'sandiaga-uno',
              'Nadiem Anwar Makarim': 'nadiem-makarim', 'Sri Mulyani Indrawati': 'sri-mulyani',
              'I Gusti Ayu Bintang Darmawati': 'bintang-puspayoga', 'Agus Harimurti Yudhoyono': 'agus-harimurti-yudhoyono'}
OFFICIAL_SKIP = set()
# (name, role) -> field fixes (see CHANGES-FROM-FACTS.md)
OFFICIAL_FIX = {
    ('Pramono Anung', 'Sekretaris Kabinet'): {'valid_to': '2024-10-20'},
    ('Bambang Soesatyo', 'Ketua Majelis Permusyawaratan Rakyat'): {'valid_to': '2024-10-01'},
    ('Ahmad Muzani', 'Ketua Majelis Permusyawaratan Rakyat'): {'valid_from': '2024-10-03'},
    ('Suhartoyo', 'Ketua Mahkamah Konstitusi'): {'valid_from': '2023-11-13'},
    ('Nawawi Pomolango', 'Ketua Sementara Komisi Pemberantasan Korupsi'): {'valid_from': '2023-11-27'},
}
PERSON_EXTRA = {
    'Joko Widodo': ['Ir. H. Joko Widodo'],
    'Prabowo Subianto': [],
    'Teten Masduki': [],
    'Abdul Muhaimin Iskandar': ['Muhaimin'],
    'Sri Mulyani Indrawati': [],
    'Saifullah Yusuf': ['Syaifullah Yusuf'],
    'Zulkifli Hasan': [],
    'Agus Harimurti Yudhoyono': ['Agus Yudhoyono'],
}
# aliases that are common first names / words / collide with other entities
PERSON_DROP = {
    'Sri Mulyani Indrawati': ['Ani', 'Bu Ani', 'SMI'],
    'Hadi Tjahjanto': ['Hadi', 'Marsekal Hadi'],
    'Ida Fauziyah': ['Ida'],
    'Abdullah Azwar Anas': ['Anas'],
    'Erick Thohir': ['ET'],
    'Airlangga Hartarto': ['AH'],
    'Budi Gunawan': ['BG'],
    'Budi Arie Setiadi': ['BAS'],
    'Sakti Wahyu Trenggono': ['SWT'],
    'Andi Sumangerukka': ['ASR'],
    'Suhardi Duka': ['SDK'],
    'Budi Karya Sumadi': ['BKS'],
    'Raja Juli Antoni': ['RJA'],
    'Budi Santoso': ['Busan'],
    'Prasetyo Hadi': ['Pras'],
    'Maruarar Sirait': ['Ara'],
    'AM Putranto': ['Antok'],
    'Nadiem Anwar Makarim': ['Mas Menteri'],
    'Basuki Hadimuljono': ['Pak Bas'],
    'Tri Rismaharini': ['Bu Risma'],
    'Gibran Rakabuming Raka': ['Mas Gibran'],
    'Sandiaga Salahuddin Uno': ['Sandi', 'Bang Sandi'],
    'Zulkifli Hasan': ['Bang Zul'],
    "Ma'ruf Amin": ['Kiai Ma\'ruf', 'KH Ma\'ruf Amin'],
    'Pramono Anung': ['Mas Pram', 'Pramono'],
    'Luhut Binsar Pandjaitan': ['Opung Luhut'],
    'Teddy Indra Wijaya': ['Mayor Teddy', 'Seskab Teddy', 'Teddy'],
    'Dedi Mulyadi': ['Kang Dedi', 'Kang Dedi Mulyadi'],
    'Wishnutama Kusubandio': ['Tama'],
    'Ferry Juliantono': ['Ferry'],
    'Brian Yuliarto': ['Brian'],
    'Dody Hanggodo': ['Dody'],
    'Hanif Faisol Nurofiq': ['Hanif'],
    'Dadan Hindayana': ['Dadan'],
    'Setyo Budiyanto': ['Setyo'],
    'Listyo Sigit Prabowo': ['Sigit'],
    'Perry Warjiyo': ['Perry'],
    'Mochammad Afifuddin': ['Afif'],
    'Amalia Adininggar Widyasanti': ['Amalia'],
    'Rahmat Mirzani Djausal': ['Mirza'],
    'Lalu Muhamad Iqbal': ['Iqbal'],
    'Sherly Tjoanda': ['Sherly'],
    'Bobby Afif Nasution': ['Bobby'],
    'Friderica Widyasari Dewi': ['Kiki'],
    'Immanuel Ebenezer Gerungan': ['Noel'],
    'Mahendra Siregar': ['Mahendra'],
    'Hasyim Asy\'ari': ['Hasyim'],
    'Andika Perkasa': ['Andika'],
    'Idham Azis': ['Idham'],
    'Dony Oskaria': ['Dony'],
    'Dito Ariotedjo': [],
    'Prabowo Subianto': [],
    'Ahmad Luthfi': ['Luthfi'],
    'Widiyanti Putri Wardhana': ['Widiyanti'],
    'Arifah Choiri Fauzi': ['Arifah'],
    'Amalia': [],
    'Maman Abdurrahman': ['Maman'],
    'Nawawi Pomolango': ['Nawawi'],
    'Muhammad Lutfi': ['Lutfi'],
    'Arifin Tasrif': ['Arifin'],
    'Sofyan Djalil': ['Sofyan'],
    'Suharso Monoarfa': [],
    'Abdul Wahid': [],
    'Muhammad Herindra': [],
    'Yandri Susanto': [],
    'Hanif': [],
    'Matius Derek Fakhiri': [],
    'Emanuel Melkiades Laka Lena': ['Melki'],
    'Ria Norsan': ['Norsan'],
    'Kartika Wirjoatmodjo': [],
    'Muhammad Qodari': [],
    'Prasetyo': [],
    'Angga Raka Prabowo': [],
    'Teuku Riefky Harsya': ['Riefky'],
    'Budi Gunadi Sadikin': [],
    'Dudy Purwagandhi': ['Dudy'],
    'Satryo Soemantri Brodjonegoro': [],
    'Natalius Pigai': [],
    'Mochamad Irfan Yusuf': [],
}
REGION_TO_PROVINCE = {'DKI Jakarta': 'Daerah Khusus Ibukota Jakarta'}
OFFICE_TITLES = {
    'presiden-ri': ['Presiden', 'Presiden RI', 'Presiden Republik Indonesia', 'Kepala Negara', 'RI 1'],
    'wapres-ri': ['Wapres', 'Wapres RI', 'Wakil Presiden', 'Wakil Presiden RI', 'RI 2'],
    'polri': ['Kapolri', 'Kepala Polri'],
    'tni': ['Panglima TNI'],
    'bi': ['Gubernur BI', 'Gubernur Bank Indonesia'],
    'ojk': ['Ketua OJK', 'Ketua DK OJK', 'Ketua Dewan Komisioner OJK'],
    'lps': ['Ketua LPS', 'Ketua DK LPS', 'Ketua Dewan Komisioner LPS'],
    'kpk': ['Ketua KPK'],
    'kpu': ['Ketua KPU', 'Ketua KPU RI'],
    'bawaslu': ['Ketua Bawaslu', 'Ketua Bawaslu RI'],
    'dpr': ['Ketua DPR', 'Ketua DPR RI'],
    'mpr': ['Ketua MPR', 'Ketua MPR RI'],
    'dpd': ['Ketua DPD', 'Ketua DPD RI'],
    'mk': ['Ketua MK'],
    'ma': ['Ketua MA'],
    'bps': ['Kepala BPS'],
    'bmkg': ['Kepala BMKG'],
    'bpom': ['Kepala BPOM', 'Kepala Badan POM'],
    'bgn': ['Kepala BGN'],
    'bnpb': ['Kepala BNPB'],
    'ksp': ['Kepala KSP', 'Kepala Staf Kepresidenan'],
    'setkab': ['Seskab', 'Sekretaris Kabinet'],
    'kejagung': ['Jaksa Agung', 'Jaksa Agung RI'],
    'bin': ['Kepala BIN'],
    'otorita-ikn': ['Kepala Otorita IKN', 'Kepala OIKN'],
    'den': ['Ketua DEN'],
    'lkpp': ['Kepala LKPP'],
    'bakom': ['Kepala Bakom'],
    'pco': ['Kepala PCO'],
    'bp-haji': ['Kepala BP Haji'],
    'bkpm': ['Kepala BKPM'],
    'danantara': ['CEO Danantara'],
}
_PROV_ABBR = {'Sumatera Utara': ['Sumut'], 'Sumatera Barat': ['Sumbar'], 'Sumatera Selatan': ['Sumsel'],
              'Jawa Barat': ['Jabar'], 'Jawa Tengah': ['Jateng'], 'Jawa Timur': ['Jatim'], 'Daerah Istimewa Yogyakarta': ['DIY'],
              'Nusa Tenggara Barat': ['NTB'], 'Nusa Tenggara Timur': ['NTT'], 'Kalimantan Barat': ['Kalbar'],
              'Kalimantan Tengah': ['Kalteng'], 'Kalimantan Selatan': ['Kalsel'], 'Kalimantan Timur': ['Kaltim'],
              'Kalimantan Utara': ['Kaltara'], 'Sulawesi Utara': ['Sulut'], 'Sulawesi Tengah': ['Sulteng'],
              'Sulawesi Selatan': ['Sulsel'], 'Sulawesi Tenggara': ['Sultra'], 'Sulawesi Barat': ['Sulbar'],
              'Maluku Utara': ['Malut'], 'Kepulauan Riau': ['Kepri'], 'Kepulauan Bangka Belitung': ['Babel', 'Bangka Belitung'],
              'Daerah Khusus Jakarta': ['DKI', 'DKI Jakarta', 'Jakarta', 'DKJ'], 'DKI Jakarta': ['DKI', 'Jakarta'],
              'Papua Barat Daya': ['PBD']}


def governor_titles(role):
    out = []
    for pre in ('Gubernur ', 'Penjabat Gubernur '):
        if role.startswith(pre):
            prov = role[len(pre):]
            for a in _PROV_ABBR.get(prov, []):
                out.append(pre + a)
            if pre == 'Penjabat Gubernur ':
                out += ['Pj Gubernur ' + prov] + ['Pj Gubernur ' + a for a in _PROV_ABBR.get(prov, [])]
    return out


# name, aliases, role, org, valid_from, valid_to, note
OFFICIALS_ADD = [
    ('Susilo Bambang Yudhoyono', 'SBY', 'Presiden Republik Indonesia', 'presiden-ri', '2004-10-20', '2014-10-20', '6th president'),
    ('Megawati Soekarnoputri', 'Megawati|Mega Soekarnoputri|Megawati Soekarno Putri', 'Presiden Republik Indonesia', 'presiden-ri', '2001-07-23', '2004-10-20', '5th president'),
    ('Boediono', '', 'Wakil Presiden Republik Indonesia', 'wapres-ri', '2009-10-20', '2014-10-20', ''),
    ('Jusuf Kalla', 'JK', 'Wakil Presiden Republik Indonesia', 'wapres-ri', '2004-10-20', '2009-10-20', 'first term under SBY'),
    ('Joko Widodo', 'Jokowi', 'Gubernur DKI Jakarta', 'pemprov', '2012-10-15', '2014-10-16', 'region: DKI Jakarta; from memory'),
    ('Anies Rasyid Baswedan', 'Anies Baswedan|Anies', 'Gubernur DKI Jakarta', 'pemprov', '2017-10-16', '2022-10-16', 'region: DKI Jakarta; from memory'),
    ('Heru Budi Hartono', 'Heru Budi', 'Penjabat Gubernur DKI Jakarta', 'pemprov', '2022-10-17', '2024-10-18', 'region: DKI Jakarta; from memory'),
    ('Ganjar Pranowo', 'Ganjar', 'Gubernur Jawa Tengah', 'pemprov', '2013-08-23', '2023-09-05', 'region: Jawa Tengah; two terms; from memory'),
    ('Ridwan Kamil', 'RK|Kang Emil', 'Gubernur Jawa Barat', 'pemprov', '2018-09-05', '2023-09-05', 'region: Jawa Barat; from memory'),
    ('Khofifah Indar Parawansa', 'Khofifah', 'Gubernur Jawa Timur', 'pemprov', '2019-02-13', '2024-02-13', 'region: Jawa Timur; first term; from memory'),
    ('Agus Rahardjo', '', 'Ketua Komisi Pemberantasan Korupsi', 'kpk', '2015-12-21', '2019-12-20', 'from memory'),
    ('Anwar Usman', '', 'Ketua Mahkamah Konstitusi', 'mk', '2018-04-02', '2023-11-07', 'removed as chief justice by the MK ethics council (MKMK) 2023-11-07; from memory'),
    ('Muhammad Syarifuddin', '', 'Ketua Mahkamah Agung', 'ma', '2020-04-30', '2024-10', 'from memory'),
    ('Purbaya Yudhi Sadewa', 'Purbaya', 'Ketua Dewan Komisioner Lembaga Penjamin Simpanan', 'lps', '2020-09', '2025-09-08', 'left to become Menkeu; start month from memory'),
    ('Suharyanto', '', 'Kepala Badan Nasional Penanggulangan Bencana', 'bnpb', '2021-11-17', '', 'army general; from memory'),
    ('Megawati Soekarnoputri', 'Megawati|Mega Soekarnoputri', 'Ketua Umum Partai Demokrasi Indonesia Perjuangan', 'pdi-p', '1999', '', 'party chair; from memory'),
    ('Surya Paloh', 'Paloh', 'Ketua Umum Partai NasDem', 'nasdem', '2013', '', 'party chair; founder of Media Group; from memory'),
    ('Prabowo Subianto', 'Prabowo', 'Ketua Umum Partai Gerindra', 'gerindra', '2014', '', 'party chair; from memory'),
    ('Airlangga Hartarto', 'Airlangga', 'Ketua Umum Partai Golkar', 'golkar', '2017-12', '2024-08-10', 'resigned 2024-08-10; from memory'),
    ('Bahlil Lahadalia', 'Bahlil', 'Ketua Umum Partai Golkar', 'golkar', '2024-08-21', '', 'elected at Golkar Munas Aug 2024; from memory'),
    ('Abdul Muhaimin Iskandar', 'Cak Imin|Muhaimin Iskandar|Gus Muhaimin', 'Ketua Umum Partai Kebangkitan Bangsa', 'pkb', '2005', '', 'party chair; from memory'),
    ('Zulkifli Hasan', 'Zulhas', 'Ketua Umum Partai Amanat Nasional', 'pan', '2015-03', '', 'party chair; from memory'),
    ('Agus Harimurti Yudhoyono', 'AHY', 'Ketua Umum Partai Demokrat', 'demokrat', '2020-03-15', '', 'party chair; from memory'),
    ('Susilo Bambang Yudhoyono', 'SBY', 'Ketua Umum Partai Demokrat', 'demokrat', '2013-03', '2020-03-15', 'from memory'),
    ('Kaesang Pangarep', 'Kaesang', 'Ketua Umum Partai Solidaritas Indonesia', 'psi', '2023-09-25', '', 'son of Joko Widodo; from memory'),
    # foreign leaders often named in Indonesian news (dates from general knowledge)
    ('Donald John Trump', 'Donald Trump|Trump', 'Presiden Amerika Serikat', 'loc-amerika-serikat', '2025-01-20', '', 'second term; first term 2017-01-20 to 2021-01-20; from memory'),
    ('Donald John Trump', 'Donald Trump|Trump', 'Presiden Amerika Serikat', 'loc-amerika-serikat', '2017-01-20', '2021-01-20', 'first term; from memory'),
    ('Joseph Robinette Biden', 'Joe Biden|Biden', 'Presiden Amerika Serikat', 'loc-amerika-serikat', '2021-01-20', '2025-01-20', 'from memory'),
    ('Xi Jinping', 'Xi', 'Presiden Tiongkok', 'loc-tiongkok', '2013-03-14', '', 'from memory'),
    ('Vladimir Putin', 'Putin|Vladimir Vladimirovich Putin', 'Presiden Rusia', 'loc-rusia', '2012-05-07', '', 'current series of terms; from memory'),
    ('Volodymyr Zelensky', 'Zelensky|Volodymyr Zelenskyy|Zelenskyy', 'Presiden Ukraina', 'loc-ukraina', '2019-05-20', '', 'from memory'),
    ('Benjamin Netanyahu', 'Netanyahu', 'Perdana Menteri Israel', 'loc-israel', '2022-12-29', '', 'current term; from memory'),
    ('Anwar Ibrahim', '', 'Perdana Menteri Malaysia', 'loc-malaysia', '2022-11-24', '', 'from memory'),
    ('Lawrence Wong', '', 'Perdana Menteri Singapura', 'loc-singapura', '2024-05-15', '', 'from memory'),
    ('Lee Hsien Loong', '', 'Perdana Menteri Singapura', 'loc-singapura', '2004-08-12', '2024-05-15', 'from memory'),
    ('Narendra Modi', 'Modi', 'Perdana Menteri India', 'loc-india', '2014-05-26', '', 'from memory'),
    ('Anthony Albanese', 'Albanese', 'Perdana Menteri Australia', 'loc-australia', '2022-05-23', '', 'from memory'),
    ('Fumio Kishida', 'Kishida', 'Perdana Menteri Jepang', 'loc-jepang', '2021-10-04', '2024-10-01', 'from memory'),
    ('Shigeru Ishiba', 'Ishiba', 'Perdana Menteri Jepang', 'loc-jepang', '2024-10-01', '2025-10-21', 'from memory'),
    ('Sanae Takaichi', 'Takaichi', 'Perdana Menteri Jepang', 'loc-jepang', '2025-10-21', '', 'from memory'),
    ('Keir Starmer', 'Starmer', 'Perdana Menteri Inggris', 'loc-inggris', '2024-07-05', '', 'from memory'),
    ('Emmanuel Macron', 'Macron', 'Presiden Prancis', 'loc-prancis', '2017-05-14', '', 'from memory'),
    ('Recep Tayyip Erdogan', 'Erdogan|Erdoğan', 'Presiden Turki', 'loc-turki', '2014-08-28', '', 'from memory'),
    ('Yoon Suk Yeol', 'Yoon', 'Presiden Korea Selatan', 'loc-korea-selatan', '2022-05-10', '2025-04-04', 'removed by the Constitutional Court 2025-04-04; from memory'),
    ('Lee Jae-myung', 'Lee Jae Myung', 'Presiden Korea Selatan', 'loc-korea-selatan', '2025-06-04', '', 'from memory'),
    ('Mohammed bin Salman', 'MBS|Pangeran Mohammed bin Salman', 'Perdana Menteri Arab Saudi', 'loc-arab-saudi', '2022-09-27', '', 'also Crown Prince; from memory'),
    ('Jerome Powell', 'Powell|Jerome H. Powell', 'Ketua Federal Reserve', 'the-fed', '2018-02-05', '', 'from memory'),
    ('António Guterres', 'Antonio Guterres|Guterres', 'Sekretaris Jenderal Perserikatan Bangsa-Bangsa', 'pbb', '2017-01-01', '', 'from memory'),
    ('Kristalina Georgieva', 'Georgieva', 'Direktur Pelaksana Dana Moneter Internasional', 'imf', '2019-10-01', '', 'from memory'),
    ('Ajay Banga', '', 'Presiden Bank Dunia', 'world-bank', '2023-06-02', '', 'from memory'),
]
_FOREIGN_TITLES = {
    'loc-amerika-serikat': ['Presiden AS', 'Presiden Amerika Serikat'],
    'loc-tiongkok': ['Presiden China', 'Presiden Tiongkok'],
    'loc-rusia': ['Presiden Rusia'], 'loc-ukraina': ['Presiden Ukraina'],
    'loc-israel': ['PM Israel', 'Perdana Menteri Israel'], 'loc-malaysia': ['PM Malaysia', 'Perdana Menteri Malaysia'],
    'loc-singapura': ['PM Singapura'], 'loc-india': ['PM India'], 'loc-australia': ['PM Australia'],
    'loc-jepang': ['PM Jepang'], 'loc-inggris': ['PM Inggris'], 'loc-prancis': ['Presiden Prancis'],
    'loc-turki': ['Presiden Turki'], 'loc-korea-selatan': ['Presiden Korsel', 'Presiden Korea Selatan'],
    'loc-arab-saudi': ['Putra Mahkota Arab Saudi'], 'the-fed': ['Ketua The Fed', 'Gubernur The Fed'],
    'pbb': ['Sekjen PBB'], 'imf': ['Direktur Pelaksana IMF', 'Bos IMF'], 'world-bank': ['Presiden Bank Dunia'],
}
OFFICE_TITLES.update(_FOREIGN_TITLES)


# ------------------------------------------------------------------ titles.tsv
HONORIFICS = '''Pak Bu Bapak Ibu Bapak/Ibu Kang Mas Mbak Bung Bang Abang Kak Kakak Cak Ning Gus Neng Uda Uni Daeng Andi Puang Opung
Ompung Amang Inang Mak Datuk Tuan Nyonya Nona Saudara Saudari Sdr. Sdri. Yth. Om Tante Eyang Mbah Abah Umi Abi Ustaz Ustadz Ustazah
Ustadzah Kiai Kyai KH K.H. Habib Syekh Syaikh Buya Tuan Guru Tuan Guru Bajang TGB Romo Pastor Pendeta Pdt. Bhikkhu Biksu Pandita
Haji H. Hj. Hajah Prof. Prof Profesor Dr. Dr dr. drg. drh. Ir. Ir Drs. Dra. S.H. S.E. M.Si. M.M. Ph.D. Raden R. Raden Ajeng R.A.
Raden Mas RM Raden Roro Gusti Kanjeng Sri Sultan Sultan Tengku Teuku Cut Tgk. Lalu Baiq Anak Agung Ida Bagus I Gusti Ngurah
Dokter Mr. Mrs. Ms. Sir Madam Yang Mulia YM Paduka Baginda Syeikh Almarhum Alm. Almarhumah Almh. Mendiang Sang Bro Sis Kang Mas
Pakde Bude Paklik Bulik Koh Ci Cik Encik Akang Teteh Teh Aa Ajo Uda Mak Etek Ompu Tulang Bung Karno'''.split('\n')
ROLES = '''Presiden|Wakil Presiden|Wapres|Presiden RI|Presiden Republik Indonesia|Presiden terpilih|Wakil Presiden terpilih|Mantan Presiden
Menteri|Wakil Menteri|Wamen|Menko|Menteri Koordinator|Menteri Sekretaris Negara|Mensesneg|Sekretaris Kabinet|Seskab|Kepala Staf Kepresidenan
Menteri Negara|Pelaksana Tugas Menteri|Plt Menteri|Menteri ad interim|Mantan Menteri|Eks Menteri
Gubernur|Wakil Gubernur|Wagub|Penjabat Gubernur|Pj Gubernur|Plt Gubernur|Bupati|Wakil Bupati|Wabup|Penjabat Bupati|Pj Bupati|Plt Bupati
Wali Kota|Walikota|Wakil Wali Kota|Wakil Walikota|Wawali|Penjabat Wali Kota|Pj Wali Kota|Plt Wali Kota|Sekda|Sekretaris Daerah|Asisten Daerah
Camat|Lurah|Kepala Desa|Kades|Kepala Dusun|Kadus|Ketua RT|Ketua RW|Perangkat Desa|Sekdes|Sekretaris Desa|Penghulu|Datuk Penghulu|Wali Nagari|Geuchik|Keuchik
Kepala|Wakil Kepala|Kepala Badan|Kepala Dinas|Kadis|Kepala Bidang|Kabid|Kepala Bagian|Kabag|Kepala Seksi|Kasi|Kasie|Kepala Subbagian|Kasubbag
Kepala Sub Direktorat|Kasubdit|Direktur|Direktur Jenderal|Dirjen|Sekretaris Jenderal|Sekjen|Inspektur Jenderal|Irjen Kementerian|Deputi|Asisten Deputi|Asdep
Staf Khusus|Stafsus|Staf Ahli|Tenaga Ahli|Utusan Khusus|Utusan Khusus Presiden|Penasihat Khusus|Penasihat|Juru Bicara|Jubir|Juru Bicara Presiden|Kepala Biro|Karo
Kepala Pusat|Kapus|Kepala Kantor|Kakanwil|Kepala Kantor Wilayah|Kepala Balai|Kepala Unit|Kanit|Koordinator|Koordinator Staf Khusus
Direktur Utama|Dirut|Wakil Direktur Utama|Wadirut|Direktur Keuangan|Direktur Operasional|Direktur Bisnis|Direktur Pemasaran|Direktur Komersial|Direktur Eksekutif
Direktur Pelaksana|Managing Director|Komisaris|Komisaris Utama|Komut|Komisaris Independen|Wakil Komisaris Utama|Presiden Direktur|Presdir|Presiden Komisaris
Corporate Secretary|Sekretaris Perusahaan|Corporate Communication|VP Corporate Communication|Vice President|VP|SVP|EVP|General Manager|GM|Manajer|Manager|Kepala Cabang
Pemimpin Cabang|Pemimpin Wilayah|Kepala Divisi|Kadiv|Senior Vice President|Executive Vice President|Head of|Head|Country Director|Country Manager|Country Head
CEO|Chief Executive Officer|CFO|Chief Financial Officer|COO|Chief Operating Officer|CTO|Chief Technology Officer|CMO|CIO|Chief Economist|Kepala Ekonom
Founder|Co-Founder|Pendiri|Salah Satu Pendiri|Pemilik|Owner|Chairman|Chairwoman|President|Presiden Direktur|Bos|Pengusaha|Konglomerat|Investor
Ketua|Ketua Umum|Ketum|Wakil Ketua|Wakil Ketua Umum|Waketum|Ketua Harian|Sekretaris|Sekretaris Umum|Sekum|Bendahara|Bendahara Umum|Ketua Dewan Pembina|Ketua Majelis Tinggi
Ketua Dewan Pengurus|Ketua DPP|Ketua DPD|Ketua DPW|Ketua DPC|Ketua Fraksi|Ketua Komisi|Wakil Ketua Komisi|Anggota Komisi|Ketua Badan|Ketua Pansus|Ketua Panja
Anggota|Anggota DPR|Anggota DPR RI|Anggota DPRD|Anggota DPD|Anggota Dewan|Legislator|Politikus|Politisi|Kader|Caleg|Calon Presiden|Capres|Calon Wakil Presiden|Cawapres
Calon Gubernur|Cagub|Calon Wakil Gubernur|Cawagub|Calon Bupati|Cabup|Calon Wali Kota|Cawalkot|Kandidat|Pasangan Calon|Paslon|Ketua Tim Pemenangan|Ketua Tim Kampanye
Ketua DPR|Ketua MPR|Ketua DPD RI|Ketua DPRD|Wakil Ketua DPR|Wakil Ketua MPR|Wakil Ketua DPRD|Ketua KPK|Wakil Ketua KPK|Ketua KPU|Ketua Bawaslu|Ketua MK|Ketua MA
Hakim|Hakim Agung|Hakim Konstitusi|Ketua Majelis Hakim|Hakim Ketua|Jaksa|Jaksa Agung|Jaksa Penuntut Umum|JPU|Jampidsus|Jaksa Agung Muda|Kajati|Kajari|Kasi Intel|Kasi Pidsus|Kapuspenkum
Pengacara|Kuasa Hukum|Advokat|Penasihat Hukum|Notaris|Panitera|Penyidik|Penyelidik|Terdakwa|Tersangka|Saksi|Terpidana|Narapidana|Pelapor|Terlapor|Korban
Gubernur BI|Deputi Gubernur|Deputi Gubernur Senior|Ketua Dewan Komisioner|Anggota Dewan Komisioner|Kepala Eksekutif|Ketua OJK|Ketua LPS|Kepala BPS|Kepala BMKG
Kepala BNPB|Kepala BPBD|Kepala Pelaksana BPBD|Kalaksa BPBD|Kepala Basarnas|Kepala Kantor SAR|Kepala BPOM|Kepala BKPM|Kepala Bappenas|Kepala Bappeda|Kepala BIN|Kepala BNN|Kepala BNPT|Kepala BSSN
Kapolri|Wakapolri|Kabareskrim|Kapolda|Wakapolda|Kapolres|Kapolresta|Kapolrestabes|Wakapolres|Kapolsek|Wakapolsek|Kasat Reskrim|Kasatreskrim|Kasat Lantas|Kasat Narkoba|Kasat Intelkam
Kasatpol PP|Kepala Satpol PP|Kabid Humas|Kabidhumas|Kasi Humas|Kasihumas|Kadiv Humas|Kadivhumas|Karo Penmas|Dirreskrimum|Dirreskrimsus|Dirresnarkoba|Dirlantas|Direktur Reserse
Kakorlantas|Kadiv Propam|Kadensus 88|Kapolairud|Dansat Brimob|Kasubbid Penmas|Panit|Kanit Reskrim|Kanit Krimsus
Panglima|Panglima TNI|KSAD|Kasad|KSAL|Kasal|KSAU|Kasau|Pangdam|Pangkostrad|Danjen Kopassus|Danrem|Dandim|Danramil|Danlanal|Danlantamal|Danlanud|Danpaspampres|Pangkoarmada|Danpuspom
Kapuspen TNI|Kapendam|Kadispenad|Babinsa|Bhabinkamtibmas|Prajurit|Personel|Anggota TNI|Anggota Polri|Polisi|Polwan|Tentara
Pengamat|Ekonom|Analis|Peneliti|Periset|Akademisi|Dosen|Guru Besar|Rektor|Wakil Rektor|Dekan|Wakil Dekan|Ketua Program Studi|Kaprodi|Direktur Eksekutif|Pakar|Ahli|Praktisi|Konsultan
Pengamat Politik|Pengamat Ekonomi|Pengamat Kebijakan Publik|Pengamat Hukum|Pengamat Pasar Modal|Pengamat Transportasi|Analis Pasar|Analis Senior|Kepala Riset|Head of Research|Research Analyst|Equity Analyst|Ekonom Senior
Wartawan|Jurnalis|Reporter|Koresponden|Pewarta|Pewarta Foto|Fotografer|Editor|Redaktur|Pemimpin Redaksi|Pemred|Kontributor|Penulis|Kolumnis|Pembawa Acara|Presenter|Host
Koordinator Aksi|Korlap|Aktivis|Relawan|Ketua Relawan|Tokoh|Tokoh Masyarakat|Tokoh Agama|Ulama|Imam Besar|Rais Aam|Ketua Umum PBNU|Ketua Umum PP Muhammadiyah|Ketua MUI|Sekjen MUI
Warga|Petani|Nelayan|Buruh|Pedagang|Pelaku Usaha|Pelaku UMKM|Pengusaha UMKM|Pemilik Usaha|Sopir|Pengemudi|Ojol|Mitra Pengemudi|Mahasiswa|Pelajar|Siswa|Santri|Ibu Rumah Tangga
Pekerja Migran|PMI|TKI|Atlet|Pelatih|Kapten|Manajer Tim|Pemain|Penyanyi|Aktor|Aktris|Artis|Selebgram|Influencer|Youtuber|Kreator Konten|Content Creator|Musisi|Sutradara|Produser
Duta Besar|Dubes|Konsul Jenderal|Konjen|Atase|Perdana Menteri|PM|Raja|Ratu|Putra Mahkota|Kanselir|Sekretaris Negara|Menlu|Menteri Luar Negeri|Sekjen PBB|Direktur Pelaksana|Presiden Bank Dunia
Plt|Plh|Pj|Pjs|Penjabat|Pelaksana Tugas|Pelaksana Harian|Penjabat Sementara|Mantan|Eks|Purnawirawan|Purn.|Calon|Terpilih|Ketua Pelaksana|Ketua Panitia|Ketua Satgas|Kepala Satgas|Komandan|Danyon|Danki'''
RANKS = '''Jenderal|Jenderal TNI|Jenderal Polisi|Jenderal Pol|Jenderal (Purn)|Jenderal TNI (Purn)|Letjen|Letnan Jenderal|Letjen TNI|Letjen (Purn)|Mayjen|Mayor Jenderal|Mayjen TNI|Brigjen|Brigadir Jenderal|Brigjen TNI|Brigjen Pol|Brigjen Polisi
Kolonel|Kol.|Letkol|Letnan Kolonel|Mayor|Kapten|Lettu|Letnan Satu|Letda|Letnan Dua|Letnan|Peltu|Pelda|Serma|Serka|Sertu|Serda|Sersan|Kopka|Koptu|Kopda|Kopral|Praka|Pratu|Prada|Prajurit
Laksamana|Laksamana TNI|Laksdya|Laksamana Madya|Laksda|Laksamana Muda|Laksma|Laksamana Pertama|Marsekal|Marsekal TNI|Marsdya|Marsekal Madya|Marsda|Marsekal Muda|Marsma|Marsekal Pertama
Kolonel Laut|Kolonel Pnb|Kolonel Inf|Kolonel Arh|Kolonel Czi|Kolonel Cpl|Kolonel Kav|Kolonel Laut (P)|Kolonel Marinir|Letkol Inf|Letkol Laut|Mayor Inf|Kapten Inf|Lettu Inf
Komjen|Komisaris Jenderal|Komjen Pol|Irjen|Inspektur Jenderal|Irjen Pol|Inspektur Jenderal Polisi|Brigjen Pol.|Kombes|Kombes Pol|Komisaris Besar|Komisaris Besar Polisi|AKBP|Ajun Komisaris Besar Polisi|Kompol|Komisaris Polisi
AKP|Ajun Komisaris Polisi|Iptu|Inspektur Polisi Satu|Ipda|Inspektur Polisi Dua|Aiptu|Ajun Inspektur Polisi Satu|Aipda|Ajun Inspektur Polisi Dua|Bripka|Brigadir Kepala|Brigpol|Brigadir Polisi|Brigadir|Briptu|Brigadir Polisi Satu|Bripda|Brigadir Polisi Dua
Abripol|Abrip|Abriptu|Abripda|Bharaka|Bharatu|Bharada|Bhayangkara Dua|Bripka Pol|Ipda Pol|Iptu Pol|AKP Pol|Kompol Pol|Kombes Pol.|AKBP Pol'''


def write_titles(path, min_titles):
    rows, seen = [], set()

    def add(t, kind, attrs=''):
        t = t.strip()
        if not t or t in seen:
            return
        seen.add(t)
        rows.append((t, kind, attrs))
    for line in HONORIFICS:
        for t in line.split():
            add(t, 'honorific')
    for t in ['Tuan Guru', 'Tuan Guru Bajang', 'Raden Mas', 'Raden Ajeng', 'Raden Roro', 'Anak Agung', 'Ida Bagus', 'I Gusti Ngurah',
              'Yang Mulia', 'Sri Sultan', 'Kanjeng Gusti', 'Bapak Presiden', 'Ibu Negara', 'Kiai Haji', 'Habib', 'Ustaz', 'Haji']:
        add(t, 'honorific')
    for line in ROLES.split('\n'):
        for t in line.split('|'):
            add(t, 'role')
    for line in RANKS.split('\n'):
        for t in line.split('|'):
            add(t, 'rank')
    for mid, tl in sorted(min_titles.items()):
        for t in tl:
            if ',' in t:
                add(t, 'role', 'org=' + mid)
            else:
                add(t, 'role', 'org=' + mid)
    for org, tl in sorted(OFFICE_TITLES.items()):
        for t in tl:
            add(t, 'role', 'org=' + org)
    with open(path, 'w', encoding='utf-8') as f:
        f.write('# nerid titles: words/phrases that precede a person name in Indonesian news.\n')
        f.write('# kind: honorific (Pak, Bu, Gus, Prof., Dr., H. ...), role (office/job titles), rank (police/military ranks).\n')
        f.write('# attrs: optional key=value;... (org=<gazetteer id> for titles bound to one institution). Hand-curated, general knowledge.\n')
        f.write('title\tkind\tattrs\n')
        for t, k, a in rows:
            f.write('%s\t%s\t%s\n' % (t, k, a))


C = sys.modules[__name__]

if __name__ == '__main__':
    if len(sys.argv) > 1 and sys.argv[1] == '--check':
        sys.exit(check(sys.argv[2] if len(sys.argv) > 2 else OUT))
    if len(sys.argv) > 1: FACTS = sys.argv[1]
    if len(sys.argv) > 2: OUT = sys.argv[2]
    main()
    sys.exit(check(OUT))
