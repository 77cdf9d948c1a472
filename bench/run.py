#!/usr/bin/python3
"""run.py - nerid side by side with grep -F -w, a Python pipeline and cat,
in one run on one machine with the same gazetteer names; writes
bench/RESULTS.md. Called by run.sh (see README.md)."""
import os
import platform
import subprocess
import sys
import time

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, 'out')
NERID = os.environ['NERID']
PY = os.environ.get('PY', '/usr/bin/python3')
NAMES = os.path.join(OUT, 'NAMES')
NPROC = int(os.environ.get('BENCH_PROCS', '1000'))


SINK = os.path.join(OUT, '.stdout')  # a real file: GNU grep stops at the
                                     # first match when stdout is /dev/null


def run(cmd, stdout=SINK, env=None):
    """Wall time (s) and peak RSS (KB) of one command: the RSS measured by
    GNU time (the command's own, not a forked Python's), the wall time by
    the clock around it (GNU time rounds to 10 ms, too coarse for the small
    adversarial documents)."""
    tf = os.path.join(OUT, '.time')
    t0 = time.perf_counter()
    with open(stdout, 'wb') as so:
        p = subprocess.run(['/usr/bin/time', '-f', '%e %M', '-o', tf] + cmd, stdout=so,
                           stderr=subprocess.PIPE, env=env)
    elapsed = time.perf_counter() - t0
    code = p.returncode
    if code not in (0, 1) or (code == 1 and cmd[0] != 'grep'):
        sys.exit('bench: %s failed (%d): %s' % (' '.join(cmd[:4]), code, p.stderr.decode()[-500:]))
    rss = open(tf).read().split()[-1]
    return elapsed, int(rss)


def best(cmd, n=2, **kw):
    r = [run(cmd, **kw) for _ in range(n)]
    return min(x[0] for x in r), max(x[1] for x in r)


def spawn_loop(make_cmd, files):
    """Runs one process per file, one after the other."""
    peak = 0
    t0 = time.perf_counter()
    for f in files:
        with open(SINK, 'wb') as so:
            p = subprocess.Popen(make_cmd(f), stdout=so, stderr=subprocess.DEVNULL)
            _, status, ru = os.wait4(p.pid, 0)
        if os.waitstatus_to_exitcode(status) not in (0, 1):
            sys.exit('bench: %s failed' % ' '.join(make_cmd(f)))
    wall = time.perf_counter() - t0
    for f in files[:3]:  # the RSS, measured apart (no forked Python in it)
        peak = max(peak, run(make_cmd(f))[1])
    return wall, peak


def mb(path):
    return os.path.getsize(path) / 1e6


def main():
    has_j = b'--jsonl' in subprocess.run([NERID, '--help'], capture_output=True).stdout
    sizes = sorted(int(f[7:-4]) for f in os.listdir(OUT) if f.startswith('corpus-') and f.endswith('.txt'))
    big = sizes[-1]
    txt = os.path.join(OUT, 'corpus-%d.txt' % big)
    jsonl = os.path.join(OUT, 'corpus-%d.jsonl' % big)
    arts = sorted(os.path.join(OUT, 'articles', f) for f in os.listdir(os.path.join(OUT, 'articles')))
    size = mb(txt)
    nnames = sum(1 for _ in open(NAMES, encoding='utf-8'))
    rows = []  # (tool, wall, rss)
    print('throughput on %.0f MB ...' % size, flush=True)
    rows.append(('cat',) + best(['cat', txt]))
    rows.append(('grep -F -w -o -f NAMES',) + best(['grep', '-F', '-w', '-o', '-f', NAMES, txt], n=3))
    rows.append(('Python: pyahocorasick + re',) + run([PY, os.path.join(HERE, 'py_pipeline.py'), NAMES, jsonl]))
    if has_j:
        for j in (1, 2):
            rows.append(('nerid --jsonl -j %d' % j,) + best([NERID, '--jsonl', '-q', '-j', str(j), jsonl], n=3))
    else:
        rows.append(('nerid FILE... (1,000 articles)',) + best([NERID, '-q'] + arts))
    grep_rate = size / rows[1][1]
    print('per-process ...', flush=True)
    files = [arts[i % len(arts)] for i in range(NPROC)]
    procs = [
        ('cat FILE', spawn_loop(lambda f: ['cat', f], files)),
        ('grep -F -w -o -f NAMES FILE (x%d)' % (NPROC // 5),
         spawn_loop(lambda f: ['grep', '-F', '-w', '-o', '-f', NAMES, f], files[:NPROC // 5])),
        ('Python pipeline FILE (x%d)' % (NPROC // 20), spawn_loop(
            lambda f: [PY, os.path.join(HERE, 'py_pipeline.py'), NAMES, f], files[:NPROC // 20])),
        ('nerid FILE', spawn_loop(lambda f: [NERID, f], files)),
    ]
    nper = [NPROC, NPROC // 5, NPROC // 20, NPROC]
    if has_j:
        procs.append(('nerid -j 1 FILE', spawn_loop(lambda f: [NERID, '-j', '1', f], files)))
        nper.append(NPROC)
    print('scaling ...', flush=True)
    scale = []
    for s in sizes:
        if has_j:
            w, r = run([NERID, '--jsonl', '-q', '-j', '1', os.path.join(OUT, 'corpus-%d.jsonl' % s)])
        else:
            w, r = run([NERID, '-q', '--max-bytes', str(1 << 30), os.path.join(OUT, 'corpus-%d.txt' % s)])
        scale.append((s, mb(os.path.join(OUT, 'corpus-%d.txt' % s)), w, r))
    print('adversarial ...', flush=True)
    adv = []
    for kind in ('quotes', 'nostop', 'caps', 'names'):
        res = []
        for k in (1, 4):
            p = os.path.join(OUT, 'adv-%s-x%d.txt' % (kind, k))
            w, r = best([NERID, '--compact', '--max-bytes', str(1 << 30), p], n=3)
            res.append((mb(p), w, r))
        adv.append((kind, res))
    # also one single-document run of the same size as the normal corpus text
    w1, r1 = run([NERID, '--compact', '--max-bytes', str(1 << 30), os.path.join(OUT, 'corpus-10.txt')]) \
        if 10 in sizes else (0, 0)
    print('instructions ...', flush=True)
    write(size, nnames, has_j, rows, grep_rate, procs, nper, scale, adv, (w1, r1),
          instructions(arts[0], os.path.join(OUT, 'corpus-1.jsonl')))


def instructions(article, small):
    """Instructions counted by valgrind (what a busy machine does not move):
    one nerid ARTICLE process, and --jsonl -j 1 over the 1 MB corpus. None
    without valgrind."""
    def count(cmd):
        p = subprocess.run(['valgrind', '--tool=callgrind', '--callgrind-out-file=/dev/null'] + cmd,
                           stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
        for line in p.stderr.decode().splitlines():
            if 'Collected' in line:
                return int(line.split()[-1])
        return None
    try:
        one = count([NERID, article])
        many = count([NERID, '--jsonl', '-q', '-j', '1', small]) if os.path.exists(small) else None
    except OSError:
        return None
    return (one, many, os.path.getsize(small)) if one and many else None


def write(size, nnames, has_j, rows, grep_rate, procs, nper, scale, adv, one, ins):
    L = []
    L.append('# nerid benchmark results\n')
    L.append('Generated by `bench/run.sh` on %s (%s, %d CPUs), %s. Corpus: %.0f MB of '
             'generated Indonesian news articles (bench/gen_corpus.py), %d gazetteer names '
             'and aliases in NAMES (the same list for every tool). Ratios are against '
             '`grep -F -w -o -f NAMES` measured in the same run.\n' %
             (platform.node(), platform.machine(), os.cpu_count(), time.strftime('%Y-%m-%d %H:%M UTC', time.gmtime()),
              size, nnames))
    L.append('Load average when the run ended: %.1f %.1f %.1f (on %d CPUs; other jobs share the machine, '
             'so absolute times move between runs; the ratios are taken within one run).\n' %
             (os.getloadavg() + (os.cpu_count(),)))
    L.append('## Throughput (one process, whole corpus)\n')
    L.append('| tool | wall s | MB/s | x grep | peak RSS MB | RSS x grep |')
    L.append('|---|---:|---:|---:|---:|---:|')
    grss = rows[1][2]
    for name, w, r in rows:
        L.append('| %s | %.2f | %.1f | %.2f | %.1f | %.2f |' % (name, w, size / w, size / w / grep_rate, r / 1024, r / grss))
    L.append('')
    L.append('## One process per article (%d articles of ~3 KB)\n' % nper[0])
    L.append('| command | files/s | ms per article | x grep | x cat | peak RSS MB |')
    L.append('|---|---:|---:|---:|---:|---:|')
    rate = [n / w for (_, (w, _)), n in zip(procs, nper)]
    for (name, (w, r)), n, fr in zip(procs, nper, rate):
        L.append('| %s | %.0f | %.2f | %.2f | %.2f | %.1f |' % (name, fr, 1000 / fr, fr / rate[1], fr / rate[0], r / 1024))
    L.append('')
    L.append('## Linear cost: nerid on 1 to %d MB\n' % scale[-1][0])
    L.append('| input MB | wall s | MB/s | peak RSS MB |')
    L.append('|---:|---:|---:|---:|')
    for s, m, w, r in scale:
        L.append('| %.1f | %.2f | %.2f | %.1f |' % (m, w, m / w, r / 1024))
    L.append('')
    L.append('## Adversarial documents (one document each, at 1/4 and at full size)\n')
    L.append('| document | MB 1/4 | s | MB/s | MB full | s | MB/s | time full / 1/4 | peak RSS MB full |')
    L.append('|---|---:|---:|---:|---:|---:|---:|---:|---:|')
    desc = {'quotes': 'unbalanced quote marks (25,000 / 100,000)',
            'nostop': 'one paragraph, no full stop (2.5 / 10 MB)',
            'caps': 'capitalised words (0.25 / 1 MB)',
            'names': 'gazetteer names back to back (1/4 / all)'}
    for kind, res in adv:
        (m1, w1, r1), (m4, w4, r4) = res
        L.append('| %s | %.1f | %.3f | %.2f | %.1f | %.3f | %.2f | %.1f | %.1f |' %
                 (desc[kind], m1, w1, m1 / w1, m4, w4, m4 / w4, w4 / w1, r4 / 1024))
    if one[0]:
        L.append('\nFor comparison, the 10 MB corpus as one single document: %.2f s (%.2f MB/s), %.1f MB peak RSS.' %
                 (one[0], 10.49 / one[0], one[1] / 1024))
    L.append('')
    # targets
    nj = [r for r in rows if r[0].startswith('nerid')]
    n1 = size / nj[0][1]
    py = size / rows[2][1]
    if ins:
        L.append('## Instructions (valgrind; the same on any load)\n')
        L.append('| run | instructions | per input byte |')
        L.append('|---|---:|---:|')
        L.append('| nerid FILE (one ~3 KB article, start-up included) | %d | |' % ins[0])
        L.append('| nerid --jsonl -j 1 over corpus-1.jsonl (%.1f MB) | %d | %.0f |' %
                 (ins[2] / 1e6, ins[1], ins[1] / ins[2]))
        L.append('')
    L.append('## Targets\n')
    L.append('| target | measured | met |')
    L.append('|---|---:|:---:|')

    def t(name, val, ok, fmt='%.2f'):
        L.append('| %s | %s | %s |' % (name, fmt % val, 'yes' if ok else '**no**'))
    t('full pipeline >= 2x grep -F -w throughput', n1 / grep_rate, n1 / grep_rate >= 2, '%.3fx')
    t('>= 10x the Python pipeline', n1 / py, n1 / py >= 10, '%.2fx')
    if has_j and len(nj) > 1:
        s2 = nj[0][1] / nj[1][1]
        t('-j 2 >= 1.8x -j 1', s2, s2 >= 1.8, '%.2fx')
    t('nerid FILE per process >= 50x grep', rate[3] / rate[1], rate[3] / rate[1] >= 50, '%.2fx')
    t('nerid FILE per process >= 0.5x cat spawn', rate[3] / rate[0], rate[3] / rate[0] >= 0.5, '%.2fx')
    peak = max([r for _, _, r in nj] + [r for _, (_, r) in procs[3:]] + [s[3] for s in scale])
    t('peak RSS <= 64 MB (corpus runs)', peak / 1024, peak / 1024 <= 64, '%.1f MB')
    ratios = [res[1][1] / res[0][1] for _, res in adv]
    t('adversarial: time full / quarter <= 5 (linear)', max(ratios), max(ratios) <= 5, '%.1f')
    L.append('')
    notes = os.path.join(HERE, 'NOTES.md')
    if os.path.exists(notes):
        L.append(open(notes, encoding='utf-8').read())
    open(os.path.join(HERE, 'RESULTS.md'), 'w', encoding='utf-8').write('\n'.join(L) + '\n')
    print('\n'.join(L))


if __name__ == '__main__':
    main()
