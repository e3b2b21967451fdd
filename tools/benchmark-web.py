#!/usr/bin/env python3
"""Web benchmarks for docs/benchmarks.md: start-to-ready on H2, the grading API under load from a second
process (wrk on loopback), and server heap per signed-in learner session.

Usage: tools/benchmark-web.py [--runs 5] [--duration 30] [--sessions 40]
Needs web-ui/target/rapport.jar (./mvnw -DskipTests package), wrk, curl and a JDK 21+ in JAVA_HOME.
Durations are read with time.monotonic() in this process; the app's own "Started ... in" line is printed beside.
"""
import argparse, base64, http.cookiejar, json, os, re, shutil, signal, subprocess, sys, tempfile, time, urllib.parse, urllib.request

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
JAR = os.path.join(ROOT, "web-ui", "target", "rapport.jar")
JAVA = os.path.join(os.environ.get("JAVA_HOME", "/usr/lib/jvm/temurin-25-jdk-amd64"), "bin", "java")
JCMD = os.path.join(os.path.dirname(JAVA), "jcmd")
PORT = 18080
PASSWORD = "bench-password-123"
BASE = f"http://127.0.0.1:{PORT}"


def start(data_dir, log_path, heap="1g"):
    env = dict(os.environ, RAPPORT_DATA_DIR=data_dir, RAPPORT_DEMO_PASSWORD=PASSWORD)
    log = open(log_path, "w")
    t0 = time.monotonic()
    proc = subprocess.Popen([JAVA, f"-Xmx{heap}", "-jar", JAR, f"--server.port={PORT}"], env=env, stdout=log,
                            stderr=subprocess.STDOUT)
    while True:
        if proc.poll() is not None:
            sys.exit(f"the app exited early; see {log_path}")
        try:
            with urllib.request.urlopen(BASE + "/actuator/health/readiness", timeout=1) as r:
                if b'"UP"' in r.read():
                    return proc, time.monotonic() - t0
        except Exception:
            pass
        time.sleep(0.05)


def stop(proc):
    proc.send_signal(signal.SIGTERM)
    proc.wait(timeout=30)


def started_line(log_path):
    m = re.search(r"Started RapportApplication in ([0-9.]+) seconds", open(log_path).read())
    return m.group(1) if m else "?"


def bench_start(work, runs):
    print(f"## start to ready (H2, {runs} runs each)")
    fresh, again = [], []
    for i in range(runs):
        data = os.path.join(work, f"data-{i}")
        log = os.path.join(work, f"start-{i}.log")
        proc, t = start(data, log)
        stop(proc)
        fresh.append(t)
        print(f"  empty data folder (migrations + demo data): {t:.2f} s (Spring 'Started in' {started_line(log)} s)")
        proc, t = start(data, log)
        stop(proc)
        again.append(t)
        print(f"  existing data folder:                       {t:.2f} s (Spring 'Started in' {started_line(log)} s)")
    fresh.sort(), again.sort()
    print(f"  median: first start {fresh[len(fresh) // 2]:.2f} s, restart {again[len(again) // 2]:.2f} s")


def bench_api(work, duration):
    print(f"## POST /api/v1/grade under load: wrk -t2 -c16 -d{duration}s from a second process on loopback")
    proc, _ = start(os.path.join(work, "data-api"), os.path.join(work, "api.log"))
    try:
        auth = base64.b64encode(f"learner:{PASSWORD}".encode()).decode()
        replies = [
            "It sounds like you're tired of everyone telling you what to do, and you want some say in this.",
            "I hear you, but you really need to take your medication every day or you'll end up back in hospital.",
            "It makes sense that you'd be wary after how the last hospital stay went; anyone would be.",
            "What would you like to be different a year from now, and would it be okay to think about that together?",
        ]
        bodies = ",\n".join(json.dumps(json.dumps({"response": r, "prompt": "Why should I trust any of you?"}))
                            for r in replies)
        script = os.path.join(work, "grade.lua")
        with open(script, "w") as f:
            f.write(f"""
local bodies = {{ {bodies} }}
local i = 0
request = function()
  i = i % #bodies + 1
  return wrk.format("POST", "/api/v1/grade", {{["Content-Type"] = "application/json",
    ["Authorization"] = "Basic {auth}"}}, bodies[i])
end
local errors = 0
response = function(status, headers, body)
  if status ~= 200 then errors = errors + 1 end
end
done = function(summary, latency, requests)
  io.write(string.format("  non-200 responses: %d\\n", summary.errors.status))
end
""")
        subprocess.run(["wrk", "-t2", "-c16", "-d10s", "-s", script, BASE], capture_output=True)  # warm-up
        out = subprocess.run(["wrk", "-t2", "-c16", f"-d{duration}s", "--latency", "-s", script, BASE],
                             capture_output=True, text=True).stdout
        print("  " + out.replace("\n", "\n  "))
    finally:
        stop(proc)


def heap_used_kb(pid):
    subprocess.run([JCMD, str(pid), "GC.run"], capture_output=True)
    time.sleep(1)
    subprocess.run([JCMD, str(pid), "GC.run"], capture_output=True)
    out = subprocess.run([JCMD, str(pid), "GC.heap_info"], capture_output=True, text=True).stdout
    m = re.search(r"used (\d+)K", out)
    return int(m.group(1))


def open_session(username):
    """Signs in through the login form and bootstraps a UI (the view itself is attached by a later UIDL call)."""
    jar = http.cookiejar.CookieJar()
    opener = urllib.request.build_opener(urllib.request.HTTPCookieProcessor(jar))
    page = opener.open(BASE + "/login").read().decode()
    token = re.search(r'name="_csrf" content="([^"]+)"', page)
    form = {"username": username, "password": PASSWORD}
    if token:
        form["_csrf"] = token.group(1)
    opener.open(BASE + "/login", urllib.parse.urlencode(form).encode()).read()
    init = opener.open(BASE + "/?v-r=init&location=learning&query=").read().decode()
    if '"appConfig"' not in init and "uidl" not in init:
        sys.exit("opening the UI did not return UIDL; sign-in probably failed: " + init[:300])
    return opener


def bench_sessions(work, count):
    # What this measures is a signed-in HTTP session plus a bootstrapped UI: the view is attached only by the
    # browser's first UIDL round trip, which this script does not make. It is a floor, not the figure the
    # issue asks for (memory per *active* learner session); see docs/benchmarks.md.
    print(f"## heap per signed-in session with a bootstrapped UI, no view attached ({count} sessions)")
    proc, _ = start(os.path.join(work, "data-mem"), os.path.join(work, "mem.log"))
    try:
        keep = [open_session("learner")]  # warm every class and cache once
        before = heap_used_kb(proc.pid)
        for _ in range(count):
            keep.append(open_session("learner"))
        after = heap_used_kb(proc.pid)
        print(f"  heap used after GC: {before} KB with 1 session, {after} KB with {count + 1}: "
              f"{(after - before) / count:.0f} KB per session")
    finally:
        stop(proc)


def main():
    p = argparse.ArgumentParser()
    p.add_argument("--runs", type=int, default=5)
    p.add_argument("--duration", type=int, default=30)
    p.add_argument("--sessions", type=int, default=40)
    p.add_argument("--only", choices=["start", "api", "sessions"])
    a = p.parse_args()
    if not os.path.exists(JAR):
        sys.exit("build first: ./mvnw -DskipTests package")
    work = tempfile.mkdtemp(prefix="rapport-bench-")
    print(f"machine: {os.cpu_count()} cores; {open('/proc/cpuinfo').read().split('model name')[1].split(':')[1].splitlines()[0].strip()}")
    print(f"commit: {subprocess.run(['git', '-C', ROOT, 'rev-parse', '--short', 'HEAD'], capture_output=True, text=True).stdout.strip()}")
    try:
        if a.only in (None, "start"):
            bench_start(work, a.runs)
        if a.only in (None, "api"):
            bench_api(work, a.duration)
        if a.only in (None, "sessions"):
            bench_sessions(work, a.sessions)
    finally:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
