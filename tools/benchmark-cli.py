#!/usr/bin/env python3
"""End-to-end grader throughput through the CLI, on one core: JSON lines in, JSON lines out (sentences, cues).

Builds an input of --replies lines from grader/eval/voices.jsonl (text never trained on, with prompts), runs
`taskset -c 0 java -jar grader/target/grader-cli.jar classify` on it --runs times, and reports replies per second
including JVM start and model load, which is what a user of the CLI waits for. Build the jar first:
`./mvnw -DskipTests package`. Usage: tools/benchmark-cli.py [--replies 20000] [--runs 3] [--jar PATH ...]
Several --jar options are run in interleaved rounds, so a noisy machine affects them alike.
"""
import argparse
import json
import os
import subprocess
import sys
import tempfile
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
JAVA = os.path.join(os.environ.get("JAVA_HOME", "/usr/lib/jvm/temurin-25-jdk-amd64"), "bin", "java")


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--replies", type=int, default=20000)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--jar", action="append")
    args = parser.parse_args()
    jars = args.jar or [os.path.join(ROOT, "grader", "target", "grader-cli.jar")]
    source = []
    with open(os.path.join(ROOT, "grader", "eval", "voices.jsonl"), encoding="utf-8") as f:
        for line in f:
            row = json.loads(line)
            source.append({"response": row["response"], "prompt": row.get("prompt")})
    with tempfile.NamedTemporaryFile("w", suffix=".jsonl", delete=False, encoding="utf-8") as f:
        for i in range(args.replies):
            row = dict(source[i % len(source)], id=i)
            f.write(json.dumps(row) + "\n")
        path = f.name
    results = {jar: [] for jar in jars}
    try:
        for _ in range(args.runs):
            for jar in jars:
                with open(path, "rb") as stdin, tempfile.TemporaryFile() as out:
                    start = time.monotonic()
                    subprocess.run(["taskset", "-c", "0", JAVA, "-jar", jar, "classify"], stdin=stdin, stdout=out,
                                   stderr=subprocess.DEVNULL, check=True)
                    elapsed = time.monotonic() - start
                    out.seek(0)
                    lines = sum(1 for _ in out)
                if lines != args.replies:
                    sys.exit(f"{jar}: {lines} output lines for {args.replies} replies")
                results[jar].append(args.replies / elapsed)
                print(f"{jar}: {elapsed:.1f} s, {args.replies / elapsed:,.0f} replies/s", flush=True)
    finally:
        os.unlink(path)
    for jar, rates in results.items():
        rates.sort()
        print(f"{jar}: median {rates[len(rates) // 2]:,.0f} replies/s over {len(rates)} runs "
              f"(min {rates[0]:,.0f}, max {rates[-1]:,.0f})")


if __name__ == "__main__":
    main()
