#!/usr/bin/env python3
"""Web benchmarks for docs/benchmarks.md: start-to-ready on H2, the grading API under load from a second
process (wrk on loopback), and server heap per signed-in learner session.

Usage: tools/benchmark-web.py [--runs 5] [--duration 30] [--sessions 30] [--only start|api|sessions]
                              [--jar PATH]... [--jvm-args="ARGS"]... [--layout jar|extracted|aot-cache]
--layout runs the jar as shipped (the default), extracted with Spring Boot's jar tools, or extracted and with a
JDK AOT cache made by one training run first: the two ways an operator can trade JVM flags for start-up time.
--jar (another build's jar) and --jvm-args (extra JVM options, "" for none) may each be given more than once: the
start-up runs then take every combination in turn, one round after another, because this machine's speed drifts
too much for runs taken minutes apart to be compared. The other benchmarks use the first combination.
Needs web-ui/target/rapport.jar (./mvnw -DskipTests package), wrk, Debian's chromium and chromium-driver, and a
JDK 21+ in JAVA_HOME.
Durations are read with time.monotonic() in this process; the app's own "Started ... in" line is printed beside,
and so is the CPU time the process had used when it was ready (user + system, from /proc), which on two cores
shows work done where wall-clock time mostly shows how busy the host was.
"""
import argparse, base64, http.cookiejar, json, os, re, shutil, signal, subprocess, sys, tempfile, time, urllib.parse, urllib.request

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
JAR = os.path.join(ROOT, "web-ui", "target", "rapport.jar")
JAVA = os.path.join(os.environ.get("JAVA_HOME", "/usr/lib/jvm/temurin-25-jdk-amd64"), "bin", "java")
JCMD = os.path.join(os.path.dirname(JAVA), "jcmd")
PORT = 18080
PASSWORD = "bench-kettle-orbit-7"
BASE = f"http://127.0.0.1:{PORT}"


def start(launch, data_dir, log_path, heap="1g"):
    """Starts the app with the JVM arguments in launch; returns it with the seconds to ready and the CPU seconds
    it had used by then (None where /proc is not there to read)."""
    env = dict(os.environ, RAPPORT_DATA_DIR=data_dir, RAPPORT_DEMO_PASSWORD=PASSWORD)
    log = open(log_path, "w")
    t0 = time.monotonic()
    proc = subprocess.Popen([JAVA, f"-Xmx{heap}", *launch, f"--server.port={PORT}"], env=env, stdout=log,
                            stderr=subprocess.STDOUT)
    while True:
        if proc.poll() is not None:
            sys.exit(f"the app exited early; see {log_path}")
        try:
            with urllib.request.urlopen(BASE + "/actuator/health/readiness", timeout=1) as r:
                if b'"UP"' in r.read():
                    return proc, time.monotonic() - t0, cpu_seconds(proc.pid)
        except Exception:
            pass
        time.sleep(0.05)


def cpu_seconds(pid):
    try:
        fields = open(f"/proc/{pid}/stat").read().rsplit(")", 1)[1].split()
    except OSError:
        return None
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")  # utime + stime, in clock ticks


def prepare(work, layout, jar, jvm_args):
    """The JVM arguments that run jar in the chosen layout; the extraction and the AOT training run are not
    timed."""
    if layout == "jar":
        return [*jvm_args, "-jar", jar]
    extracted = tempfile.mkdtemp(prefix="extracted-", dir=work)
    subprocess.run([JAVA, "-Djarmode=tools", "-jar", jar, "extract", "--destination", extracted], check=True,
                   stdout=subprocess.DEVNULL)
    app = os.path.join(extracted, os.path.basename(jar))
    if layout == "extracted":
        return [*jvm_args, "-jar", app]
    cache = os.path.join(extracted, "app.aot")
    # The training run stops once the context is refreshed, as Spring Boot's docs advise for CDS and AOT caches.
    env = dict(os.environ, RAPPORT_DATA_DIR=os.path.join(extracted, "training-data"), RAPPORT_DEMO_PASSWORD=PASSWORD)
    subprocess.run([JAVA, "-Xmx1g", *jvm_args, f"-XX:AOTCacheOutput={cache}", "-Dspring.context.exit=onRefresh",
                    "-jar", app], env=env, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    return [*jvm_args, f"-XX:AOTCache={cache}", "-jar", app]


def stop(proc):
    proc.send_signal(signal.SIGTERM)
    proc.wait(timeout=30)


def started_line(log_path):
    m = re.search(r"Started RapportApplication in ([0-9.]+) seconds", open(log_path).read())
    return m.group(1) if m else "?"


def bench_start(work, runs, variants):
    """variants: (name, JVM arguments) pairs, run in turn within each round."""
    print(f"## start to ready (H2, {runs} runs each" + (", interleaved" if len(variants) > 1 else "") + ")")
    results = {name: {"first start": [], "restart": []} for name, _ in variants}
    indent = "    " if len(variants) > 1 else "  "
    for i in range(runs):
        for v, (name, launch) in enumerate(variants):
            data = os.path.join(work, f"data-{i}-{v}")
            log = os.path.join(work, f"start-{i}-{v}.log")
            if len(variants) > 1:
                print(f"  {name}:")
            for kind, label in (("first start", "empty data folder (migrations + demo data)"),
                                ("restart", "existing data folder")):
                proc, t, cpu = start(launch, data, log)
                stop(proc)
                results[name][kind].append((t, cpu))
                print(f"{indent}{label + ':':<44} {t:.2f} s (Spring 'Started in' {started_line(log)} s"
                      + (f"; CPU {cpu:.1f} s" if cpu is not None else "") + ")")
    for name, _ in variants:
        print(f"  median{' of ' + name if len(variants) > 1 else ''}: " + ", ".join(
            f"{kind} {median([t for t, _ in runs_])} s (CPU {median([c for _, c in runs_])} s)"
            for kind, runs_ in results[name].items()))


def median(values):
    values = sorted(v for v in values if v is not None)
    if not values:
        return "?"
    mid = len(values) // 2
    return f"{(values[mid] if len(values) % 2 else (values[mid - 1] + values[mid]) / 2):.2f}"


def bench_api(work, duration, launch):
    print(f"## POST /api/v1/grade under load: wrk -t2 -c16 -d{duration}s from a second process on loopback")
    proc, _, _ = start(launch, os.path.join(work, "data-api"), os.path.join(work, "api.log"))
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


class WebDriver:
    """Just enough of the W3C WebDriver protocol, spoken to Debian's chromedriver over HTTP (no pip here)."""
    ELEMENT = "element-6066-11e4-a52e-4f735466cecf"

    def __init__(self, port=9517):
        self.base = f"http://127.0.0.1:{port}"
        self.profile = tempfile.mkdtemp(prefix="rapport-bench-chromium-")
        self.driver = subprocess.Popen(["chromedriver", f"--port={port}"], stdout=subprocess.DEVNULL,
                                       stderr=subprocess.DEVNULL)
        for _ in range(100):
            try:
                urllib.request.urlopen(self.base + "/status", timeout=1).read()
                break
            except Exception:
                time.sleep(0.1)
        args = ["--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-dev-shm-usage", f"--user-data-dir={self.profile}", "--window-size=1280,1000"]
        caps = {"capabilities": {"alwaysMatch": {"browserName": "chrome", "goog:chromeOptions": {
            "binary": "/usr/bin/chromium", "args": args}}}}
        self.session = self.call("POST", "/session", caps)["sessionId"]

    def call(self, method, path, body=None):
        data = None if body is None else json.dumps(body).encode()
        req = urllib.request.Request(self.base + path, data=data, method=method,
                                     headers={"Content-Type": "application/json"})
        with urllib.request.urlopen(req, timeout=60) as r:
            return json.loads(r.read())["value"]

    def s(self, method, path, body=None):
        return self.call(method, f"/session/{self.session}{path}", body)

    def open(self, url):
        self.s("POST", "/url", {"url": url})

    def find(self, css, timeout=30):
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            found = self.s("POST", "/elements", {"using": "css selector", "value": css})
            if found:
                return found[0][self.ELEMENT]
            time.sleep(0.1)
        raise TimeoutError(f"no element {css} at {self.s('GET', '/url')}")

    def type(self, css, text):
        self.s("POST", f"/element/{self.find(css)}/value", {"text": text})

    def click(self, css):
        self.s("POST", f"/element/{self.find(css)}/click", {})

    def text(self, css):
        return self.s("GET", f"/element/{self.find(css)}/text")

    def forget_cookies(self):
        self.s("DELETE", "/cookie")

    def close(self):
        try:
            self.s("DELETE", "")
        finally:
            self.driver.terminate()
            self.driver.wait(timeout=10)
            shutil.rmtree(self.profile, ignore_errors=True)


def first_scenario():
    auth = base64.b64encode(f"learner:{PASSWORD}".encode()).decode()
    req = urllib.request.Request(BASE + "/api/v1/courses", headers={"Authorization": "Basic " + auth})
    courses = json.loads(urllib.request.urlopen(req).read())
    return courses[0]["modules"][0]["lessons"][0]["scenarios"][0]["id"]


def learner_session(browser, username, scenario):
    """A learner's working session as a person makes it: sign in, open a scenario, submit a reply, read feedback.
    The browser then forgets its cookies, so the next learner gets a new session while this one stays open on the
    server (sessions last 30 minutes without requests)."""
    browser.open(BASE + "/login")
    browser.type("vaadin-login-form input[name='username']", username)
    browser.type("vaadin-login-form input[name='password']", PASSWORD)
    browser.click("vaadin-login-form vaadin-button[slot='submit']")
    browser.find("#join")  # My learning: where a learner lands after signing in
    browser.open(BASE + "/scenarios/" + scenario)
    browser.type("#reply textarea", "It sounds like you're tired of being told what to do, and you want a say.")
    browser.click("#submit")
    move = browser.text("#feedback-move")
    browser.forget_cookies()
    return move


def live_objects(pid):
    out = subprocess.run([JCMD, str(pid), "GC.class_histogram"], capture_output=True, text=True).stdout
    counts = {}
    for name in ("com.vaadin.flow.server.VaadinSession", "com.vaadin.flow.component.UI",
                 "org.apache.catalina.session.StandardSession"):
        m = re.search(r"^\s*\d+:\s+(\d+)\s+\d+\s+" + re.escape(name) + r"\s", out, re.M)
        counts[name.rsplit(".", 1)[1]] = int(m.group(1)) if m else 0
    return counts


def bench_sessions(work, count, launch):
    print(f"## heap per active learner session: {count} learners in real browser sessions (headless chromium), "
          "each signed in with a scenario page open and its feedback shown")
    proc, _, _ = start(launch, os.path.join(work, "data-mem"), os.path.join(work, "mem.log"))
    browser = WebDriver()
    try:
        scenario = first_scenario()
        learners = ["learner", "maya.chen", "tomas.okafor", "priya.nair", "jordan.blake", "ines.duarte"]
        for i in range(3):  # warm every class, template and cache once
            learner_session(browser, learners[i % len(learners)], scenario)
        before, objects_before = heap_used_kb(proc.pid), live_objects(proc.pid)
        t0 = time.monotonic()
        for i in range(count):
            move = learner_session(browser, learners[i % len(learners)], scenario)
        took = time.monotonic() - t0
        after, objects_after = heap_used_kb(proc.pid), live_objects(proc.pid)
        print(f"  last feedback shown: {move!r}; {count} sessions in {took:.0f} s")
        print(f"  live after GC, before -> after: " + ", ".join(
            f"{k} {objects_before[k]} -> {objects_after[k]}" for k in objects_before))
        print(f"  heap used after GC: {before} KB -> {after} KB: {(after - before) / count:.0f} KB per session")
    finally:
        browser.close()
        stop(proc)


def main():
    p = argparse.ArgumentParser()
    p.add_argument("--runs", type=int, default=5)
    p.add_argument("--duration", type=int, default=30)
    p.add_argument("--sessions", type=int, default=30)
    p.add_argument("--only", choices=["start", "api", "sessions"])
    p.add_argument("--jar", action="append", help="another build's jar, to compare on the same machine and day")
    p.add_argument("--jvm-args", action="append", help='extra JVM options for every start, "" for none')
    p.add_argument("--layout", choices=["jar", "extracted", "aot-cache"], default="jar")
    a = p.parse_args()
    jars = [os.path.abspath(j) for j in (a.jar or [JAR])]
    for jar in jars:
        if not os.path.exists(jar):
            sys.exit(f"no {jar}: build first (./mvnw -DskipTests package)")
    jvm_args = [args.split() for args in (a.jvm_args or [""])]
    work = tempfile.mkdtemp(prefix="rapport-bench-")
    print(f"machine: {os.cpu_count()} cores; {open('/proc/cpuinfo').read().split('model name')[1].split(':')[1].splitlines()[0].strip()}")
    print(f"commit: {subprocess.run(['git', '-C', ROOT, 'rev-parse', '--short', 'HEAD'], capture_output=True, text=True).stdout.strip()}; layout: {a.layout}")
    try:
        variants = []
        for jar in jars:
            for args in jvm_args:
                name = " ".join([jar, *args])
                print(f"variant: {name}")
                variants.append((name, prepare(work, a.layout, jar, args)))
        if a.only in (None, "start"):
            bench_start(work, a.runs, variants)
        if a.only in (None, "api"):
            bench_api(work, a.duration, variants[0][1])
        if a.only in (None, "sessions"):
            bench_sessions(work, a.sessions, variants[0][1])
    finally:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
