#!/usr/bin/python3
"""py_pipeline.py - the Python baseline: the same job done the usual way,
pyahocorasick (Debian's python3-ahocorasick) over the gazetteer names with
whole-word checks, plus regexes for quotations, their cues and clock/date
times, one JSON object per document.
Usage: py_pipeline.py NAMES (FILE.jsonl | FILE.txt...) > out"""
import json
import re
import sys

import ahocorasick

QUOTE = re.compile(r'["\u201c]([^"\u201c\u201d\n]{1,2000})["\u201d]')
CUE = re.compile(r'\b(kata|ujar|ucap|tutur|jelas|ungkap|terang|tegas|sebut)(nya)?\b', re.I)
TIME = re.compile(r'\b(\d{1,2})[.:](\d{2})\s*(WIB|WITA|WIT)\b|\b(\d{1,2})/(\d{1,2})/(\d{4})\b')


def automaton(path):
    a = ahocorasick.Automaton()
    for line in open(path, encoding='utf-8'):
        name = line.rstrip('\n')
        if name:
            a.add_word(name, name)
    a.make_automaton()
    return a


def extract(a, doc_id, text):
    ents = []
    n = len(text)
    for end, name in a.iter(text):
        start = end - len(name) + 1
        if (start > 0 and text[start - 1].isalnum()) or (end + 1 < n and text[end + 1].isalnum()):
            continue
        ents.append({'text': name, 'start': start, 'end': end + 1})
    quotes = []
    for m in QUOTE.finditer(text):
        cue = CUE.search(text, m.end(), m.end() + 40)
        quotes.append({'text': m.group(1), 'start': m.start(1), 'end': m.end(1),
                       'cue': cue.group(0) if cue else None})
    times = [{'text': m.group(0), 'start': m.start(), 'end': m.end()} for m in TIME.finditer(text)]
    return {'id': doc_id, 'entities': ents, 'quotes': quotes, 'times': times}


def main():
    a = automaton(sys.argv[1])
    out = sys.stdout
    for path in sys.argv[2:]:
        if path.endswith('.jsonl'):
            for line in open(path, encoding='utf-8'):
                r = json.loads(line)
                out.write(json.dumps(extract(a, r['id'], r['text']), ensure_ascii=False) + '\n')
        else:
            text = open(path, encoding='utf-8').read()
            out.write(json.dumps(extract(a, path, text), ensure_ascii=False) + '\n')


if __name__ == '__main__':
    main()
