#!/usr/bin/python3
"""gen_corpus.py - the benchmark inputs, deterministic, under bench/out/
(git-ignored; never commit them: the dev texts belong to their owners).

Articles are assembled from paragraphs of the team's corpus
(corpus/raw/*.txt) and, when present, of the dev texts in ../shared
(corpus-quotes-dev, corpus-ner-dev, corpus-dev): each one starts with the
first paragraph (dateline) of a real article and goes on with paragraphs
drawn with a fixed seed, to about 3 KB, like an Indonesian news page.

Writes:
  out/NAMES               every gazetteer name and alias, one per line
  out/corpus-N.txt        N MB of articles separated by blank lines
  out/corpus-N.jsonl      the same articles as {"id", "text"} records
  out/articles/NNNN.txt   1,000 single-article files
  out/adv-KIND-x1.txt     adversarial documents at a quarter of their size,
  out/adv-KIND-x4.txt     and at full size (see ADVERSARIAL below)
Usage: gen_corpus.py SRCDIR [SHAREDDIR] [MAX_MB]
"""
import glob
import json
import os
import random
import sys

SRC = sys.argv[1] if len(sys.argv) > 1 else '..'
SHARED = sys.argv[2] if len(sys.argv) > 2 else os.path.join(SRC, '..', 'shared')
MAX_MB = int(sys.argv[3]) if len(sys.argv) > 3 else 100
OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), 'out')
SIZES = [s for s in (1, 10, 100) if s <= MAX_MB]
RESERVED = {'titles.tsv', 'abbreviations.tsv', 'cues.tsv', 'timex.tsv', 'page.tsv',
            'words.tsv', 'entity_rules.tsv'}


def names():
    out = []
    for path in sorted(glob.glob(os.path.join(SRC, 'gazetteers', '*.tsv'))):
        if os.path.basename(path) in RESERVED:
            continue
        header = None
        for line in open(path, encoding='utf-8'):
            line = line.rstrip('\r\n')
            if not line or line.startswith('#'):
                continue
            cols = line.split('\t')
            if header is None:
                header = cols
                continue
            if 'name' not in header or len(cols) != len(header):
                continue
            row = dict(zip(header, cols))
            out.append(row['name'])
            out.extend(a for a in row.get('aliases', '').split('|') if a)
    seen, uniq = set(), []
    for n in out:
        n = n.strip()
        if n and n not in seen:
            seen.add(n)
            uniq.append(n)
    return uniq


def sources():
    files = sorted(glob.glob(os.path.join(SRC, 'corpus', 'raw', '*.txt')))
    for sub in ('corpus-quotes-dev', 'corpus-ner-dev', 'corpus-dev'):
        files += sorted(glob.glob(os.path.join(SHARED, sub, 'raw', '*.txt')))
    arts = []
    for f in files:
        text = open(f, encoding='utf-8', errors='replace').read()
        paras = [p.strip() for p in text.replace('\r\n', '\n').split('\n') if p.strip()]
        if len(paras) >= 3:
            arts.append(paras)
    return arts


def article(rng, arts):
    first = rng.choice(arts)
    paras = [first[0]]
    size = len(first[0].encode())
    target = rng.randint(2000, 4500)
    while size < target:
        src = rng.choice(arts)
        p = src[rng.randrange(1, len(src))]
        paras.append(p)
        size += len(p.encode()) + 1
    return '\n'.join(paras) + '\n'


def main():
    os.makedirs(os.path.join(OUT, 'articles'), exist_ok=True)
    nm = names()
    with open(os.path.join(OUT, 'NAMES'), 'w', encoding='utf-8') as f:
        f.write('\n'.join(nm) + '\n')
    arts = sources()
    rng = random.Random(20240305)
    docs, total = [], 0
    limit = max(SIZES) << 20
    while total < limit:
        a = article(rng, arts)
        docs.append(a)
        total += len(a.encode()) + 1
    for mb in SIZES:
        lim, n, sz = mb << 20, 0, 0
        with open(os.path.join(OUT, 'corpus-%d.txt' % mb), 'w', encoding='utf-8') as t, \
                open(os.path.join(OUT, 'corpus-%d.jsonl' % mb), 'w', encoding='utf-8') as j:
            while sz < lim and n < len(docs):
                t.write(docs[n] + '\n')
                j.write(json.dumps({'id': 'a%06d' % n, 'text': docs[n]}, ensure_ascii=False) + '\n')
                sz += len(docs[n].encode()) + 1
                n += 1
    for i in range(1000):
        with open(os.path.join(OUT, 'articles', '%04d.txt' % i), 'w', encoding='utf-8') as f:
            f.write(docs[i])
    adversarial(rng, nm, arts)
    print('%d names, %d source articles, %d generated articles, %.1f MB' %
          (len(nm), len(arts), len(docs), total / 1e6))


# ADVERSARIAL: each at a quarter of its size (q) and at its full size (x4
# of q), so that the cost per byte shows whether the work grows linearly.
def adversarial(rng, nm, arts):
    words = ' '.join(p for a in arts for p in a).replace('.', ' ').split()
    caps = sorted({w.strip(',;:()"') for w in words if w[:1].isupper() and w.strip(',;:()"').isalpha()})
    quote_pieces = ['"Kami siap ', '\u201cTidak ', '\u201d kata Budi ', "'", '" ', '\u201c']
    gens = {
        # 100,000 unbalanced quote marks
        'quotes': lambda k: ''.join(rng.choice(quote_pieces) for _ in range(25000 * k)),
        # one paragraph of 10 MB with no full stop
        'nostop': lambda k: fill(rng, lambda: rng.choice(words).strip('.') + rng.choice([' ', ' ', ', ']),
                                 10 * k / 4),
        # 1 MB of capitalised words
        'caps': lambda k: fill(rng, lambda: rng.choice(caps) + ' ', k / 4),
        # every gazetteer name back to back (a quarter of them, then all)
        'names': lambda k: ' '.join(nm[:len(nm) * k // 4]),
    }
    for name, gen in gens.items():
        for k in (1, 4):
            with open(os.path.join(OUT, 'adv-%s-x%d.txt' % (name, k)), 'w', encoding='utf-8') as f:
                f.write(gen(k))


def fill(rng, piece, mb):
    out, n, lim = [], 0, int(mb * (1 << 20))
    while n < lim:
        s = piece()
        out.append(s)
        n += len(s.encode())
    return ''.join(out)


if __name__ == '__main__':
    main()
