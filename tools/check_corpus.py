#!/usr/bin/env python3
"""Sanity checks for grader corpus files (JSONL). Usage: check_corpus.py FILE...

Prints per-file counts and every problem found; exits 1 if any line is invalid.
The Java build has its own loader with the same rules; this is a quick check for authors.
"""
import json, os, re, sys, collections

MOVES = {"judging", "validating", "reflective", "partnering"}
CORPUS = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "grader", "corpus")

def table(name):
    """First column to second column of a corpus table file (kinds.txt, writers.txt)."""
    rows = {}
    with open(os.path.join(CORPUS, name), encoding="utf-8") as f:
        for line in f:
            if line.strip() and not line.startswith("#"):
                parts = line.split()
                rows[parts[0]] = parts[1] if len(parts) > 1 else ""
    return rows

KINDS = table("kinds.txt")
WRITERS = table("writers.txt")

# A sentence ends at . ? ! (optionally followed by quotes/brackets) and a space, then the next one starts.
SPLIT = re.compile(r'(?<=[.?!])["\')\]]*\s+(?=[A-Za-z"\'(])')

def rough_sentences(text):
    # A line break ends a sentence too, as in the grader's sentence splitting.
    return [s for line in text.split("\n") for s in SPLIT.split(line.strip()) if s.strip()]

def main(paths):
    bad = 0
    total = collections.Counter()
    starts = collections.Counter()
    multi = mixed = 0
    n = 0
    for path in paths:
        counts = collections.Counter()
        with open(path, encoding="utf-8") as f:
            for i, line in enumerate(f, 1):
                if not line.strip():
                    continue
                try:
                    ex = json.loads(line)
                except json.JSONDecodeError as e:
                    print(f"{path}:{i}: not JSON: {e}"); bad += 1; continue
                r, label = ex.get("response"), ex.get("label")
                if not isinstance(r, str) or not r.strip():
                    print(f"{path}:{i}: missing response"); bad += 1; continue
                if label not in MOVES:
                    print(f"{path}:{i}: bad label {label!r}"); bad += 1; continue
                moves = ex.get("moves")
                if moves is not None:
                    if not isinstance(moves, list) or any(m not in MOVES for m in moves) or not moves:
                        print(f"{path}:{i}: bad moves {moves!r}"); bad += 1; continue
                    if len(moves) > 1:
                        sents = rough_sentences(r)
                        if len(sents) != len(moves):
                            print(f"{path}:{i}: {len(moves)} moves but {len(sents)} sentences: {r!r}"); bad += 1
                        multi += 1
                        if len(set(moves)) > 1:
                            mixed += 1
                    if "judging" in moves and label != "judging":
                        print(f"{path}:{i}: a judging sentence but label {label}"); bad += 1
                    if "judging" not in moves and label not in moves:
                        print(f"{path}:{i}: label {label} not among moves {moves}"); bad += 1
                writer, kind = ex.get("writer"), ex.get("kind")
                if writer is not None and writer not in WRITERS:
                    print(f"{path}:{i}: unknown writer {writer!r} (see grader/corpus/writers.txt)"); bad += 1
                if kind is not None:
                    if kind not in KINDS:
                        print(f"{path}:{i}: unknown kind {kind!r} (see grader/corpus/kinds.txt)"); bad += 1
                    elif KINDS[kind] == "ends-judging":
                        if label != "judging":
                            print(f"{path}:{i}: kind {kind} ends in a push, so the reply is judging"); bad += 1
                    elif KINDS[kind] == "mixed":
                        if moves is None or len(set(moves)) < 2:
                            print(f"{path}:{i}: kind {kind} is a mix of moves but the moves are {moves}"); bad += 1
                    elif KINDS[kind] != label or (moves is not None and set(moves) != {label}):
                        print(f"{path}:{i}: kind {kind} is a {KINDS[kind]} reply but label {label}, moves {moves}"); bad += 1
                counts[label] += 1
                total[label] += 1
                n += 1
                if label == "reflective":
                    low = r.strip().lower()
                    if low.startswith("it sounds like") or low.startswith("so you"):
                        starts["stock"] += 1
        print(f"{path}: {sum(counts.values())} replies {dict(counts)}")
    print(f"TOTAL {n} {dict(total)}; multi-sentence {multi} ({100*multi/max(n,1):.1f}%), mixed {mixed} ({100*mixed/max(n,1):.1f}%)")
    if total["reflective"]:
        print(f"reflective starting 'It sounds like'/'So you': {100*starts['stock']/total['reflective']:.1f}% (must stay under 15%)")
    print(f"{bad} problems")
    return 1 if bad else 0

if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
