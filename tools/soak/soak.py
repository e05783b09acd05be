#!/usr/bin/env python3
"""Soak test of BudgetGraph (not a unit test): mixed load for DURATION seconds against the real service on
loopback, with a re-import of Nanping 2024 every IMPORT_EVERY seconds; prints 5xx count, torn reads, RSS at the
start and end of the steady state, and latency percentiles. See README.md.

usage: tools/soak/soak.py [--duration 600] [--import-every 30] [--clients 6] [--port 5160] [--dll PATH]
"""
import argparse, json, os, random, shutil, subprocess, sys, tempfile, threading, time, urllib.error, urllib.request

ROOT = os.path.abspath(os.path.join(os.path.dirname(__file__), "..", ".."))
BUDGET = '{ budget(unitSlug: "nanping", year: 2024) { id projects { name indicators { name } } expenditureTree { code children { code } } } }'
VALID = [
    '{ units { nodes { slug name } } }',
    '{ projects(where: { year: { in: [2024, 2025] }, amount: { gt: 100 } }, order: [{ amount: DESC }], first: 50) { totalCount nodes { name amount } } }',
    '{ indicators(where: { name: { contains: "满意" } }) { nodes { name numericTarget } } }',
    '{ dataQualityFindings(first: 50) { totalCount nodes { rule message } } }',
]
KINDS = ["budget", "valid", "heavy", "hostile"]
HEAVY = [
    '{ units(first: 50) { nodes { budgets { projects { indicators { name weight numericTarget } } } } } }',
    'query IntrospectionQuery { __schema { types { kind name fields(includeDeprecated: true) { name args { name type { kind name ofType { kind name } } } type { kind name ofType { kind name ofType { kind name } } } } inputFields { name type { kind name ofType { kind name } } } enumValues(includeDeprecated: true) { name } } } }',
]
HOSTILE = [
    ('json', '{ __schema { types { ...A } } } fragment A on __Type { a: fields { type { ...B } } b: fields { type { ...B } } c: fields { type { ...B } } d: fields { type { ...B } } } fragment B on __Type { a: fields { type { ...C } } b: fields { type { ...C } } c: fields { type { ...C } } d: fields { type { ...C } } } fragment C on __Type { a: fields { name } b: fields { name } c: fields { name } d: fields { name } }'),
    ('json', '{ projects(where: { year: { in: [' + ','.join(str(i) for i in range(16000)) + '] } }) { totalCount } }'),
    ('json', '{ projects(where: { or: [' + ','.join('{ name: { eq: "p%d" } }' % i for i in range(3000)) + '] }) { totalCount } }'),
    ('raw', b'{"query":"{ \xff\xfe }"}'),
    ('raw', b'{"query": "{ units { nodes { name } } }", "variables": {"x": "\\ud800"}}'),
    ('raw', b'not json at all'),
]


def post(port, body, timeout=30):
    data = body if isinstance(body, bytes) else json.dumps({"query": body}).encode()
    req = urllib.request.Request(f"http://127.0.0.1:{port}/graphql", data=data,
                                 headers={"Content-Type": "application/json", "Accept": "application/graphql-response+json"})
    start = time.perf_counter()
    try:
        with urllib.request.urlopen(req, timeout=timeout) as r:
            status, payload = r.status, r.read()
    except urllib.error.HTTPError as e:
        status, payload = e.code, e.read()
    return status, payload, time.perf_counter() - start


def rss_mb(pid):
    with open(f"/proc/{pid}/status") as f:
        for line in f:
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    return 0.0


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--duration", type=int, default=600)
    ap.add_argument("--import-every", type=int, default=30)
    ap.add_argument("--clients", type=int, default=6)
    ap.add_argument("--port", type=int, default=5160)
    ap.add_argument("--dll", default=os.path.join(ROOT, "src/BudgetGraph.Api/bin/Release/net10.0/BudgetGraph.Api.dll"))
    ap.add_argument("--keep", action="store_true", help="keep the work folder (database, service.log) after a failed run")
    a = ap.parse_args()

    work = tempfile.mkdtemp(prefix="budgetgraph-soak-")
    db = os.path.join(work, "soak.db")
    env = dict(os.environ, Database__ConnectionString=f"Data Source={db}", Seeds__Folder=os.path.join(ROOT, "seeds"),
               GraphQLHttp__ResponseCacheEntries="0", Logging__LogLevel__Default="Warning",
               Telemetry__PrometheusEnabled="true")                  # for the managed heap figures (gc_memory below)
    log = open(os.path.join(work, "service.log"), "w")
    service = subprocess.Popen(["dotnet", a.dll, f"--urls=http://127.0.0.1:{a.port}"], env=env, stdout=log, stderr=subprocess.STDOUT)
    try:
        for _ in range(120):
            try:
                if urllib.request.urlopen(f"http://127.0.0.1:{a.port}/healthz", timeout=2).status == 200:
                    break
            except OSError:
                time.sleep(1)
        else:
            sys.exit("the service did not start; see " + log.name)

        status, payload, _ = post(a.port, BUDGET)
        expected = shape(json.loads(payload)["data"])
        seed = open(os.path.join(ROOT, "seeds", "nanping-2024.txt"), "rb").read()
        variants = [os.path.join(work, "a", "nanping-2024.txt"), os.path.join(work, "b", "nanping-2024.txt")]
        for i, path in enumerate(variants):
            os.makedirs(os.path.dirname(path))
            open(path, "wb").write(seed + b"\n" * (i + 1))

        stop = time.monotonic() + a.duration
        lock = threading.Lock()
        stats = {"requests": 0, "5xx": 0, "torn": 0, "budget_errors": 0, "unexpected": 0, "imports": 0,
                 "import_failures": 0, "import_seconds": [], "latencies": {k: [] for k in KINDS}, "statuses": {}}
        examples = []

        def client(n):
            rnd = random.Random(n)
            while time.monotonic() < stop:
                kind = rnd.choices(KINDS, [4, 4, 1, 1])[0]
                body = BUDGET if kind == "budget" else rnd.choice(VALID) if kind == "valid" else rnd.choice(HEAVY) if kind == "heavy" \
                    else rnd.choice(HOSTILE)[1]
                try:
                    status, payload, seconds = post(a.port, body)
                except OSError as e:                 # refused, reset or timed out: counted as a server failure
                    status, payload, seconds = 599, repr(e).encode(), 30.0
                torn = budget_error = False
                if kind == "budget" and status == 200:
                    answer = json.loads(payload)
                    if answer.get("errors"):         # e.g. the execution timeout: an error, not a torn read
                        budget_error = True
                    else:
                        torn = answer.get("data") is None or shape(answer["data"]) != expected
                # valid and heavy requests must succeed; hostile ones must be refused with a 4xx and a code
                unexpected = (status != 200 or b'"errors"' in payload) if kind != "hostile" else not 400 <= status < 500
                with lock:
                    stats["requests"] += 1
                    stats["latencies"][kind].append(seconds)
                    stats["statuses"][(kind, status)] = stats["statuses"].get((kind, status), 0) + 1
                    if status >= 500: stats["5xx"] += 1
                    if torn: stats["torn"] += 1
                    if budget_error: stats["budget_errors"] += 1
                    if unexpected:
                        stats["unexpected"] += 1
                        if len(examples) < 5: examples.append(f"{kind} {status}: {payload[:300]!r}")

        def importer():
            i, due = 0, time.monotonic() + a.import_every
            while due < stop:                        # one import every IMPORT_EVERY s (at once when the last one overran)
                time.sleep(max(0, due - time.monotonic()))
                due = max(due + a.import_every, time.monotonic())
                started = time.perf_counter()
                r = subprocess.run(["dotnet", a.dll, "import", variants[i % 2]], env=env, capture_output=True, text=True)
                with lock:
                    stats["imports"] += 1
                    stats["import_seconds"].append(time.perf_counter() - started)
                    if r.returncode != 0 or "1 replaced" not in r.stdout:
                        stats["import_failures"] += 1
                        if len(examples) < 5: examples.append(f"import exit {r.returncode}: {(r.stdout + r.stderr)[-300:]}")
                i += 1

        threads = [threading.Thread(target=client, args=(n,)) for n in range(a.clients)] + [threading.Thread(target=importer)]
        started_at = time.strftime("%Y-%m-%d %H:%M UTC", time.gmtime())
        for t in threads: t.start()
        # Warm-up, then the steady state: the service's RSS grows for its first minutes under load (tier-1 JIT of the
        # hot paths, pooled connections and their SQLite page caches, Kestrel's buffers) and then stays level, so the
        # steady state starts after a fifth of the run (at most 120 s). The timeline printed covers the warm-up too.
        began = time.monotonic()
        timeline = [(began, rss_mb(service.pid), gc_memory(a.port))]
        warm_up_end = began + min(120, a.duration / 5)
        while time.monotonic() < warm_up_end:
            time.sleep(min(5, max(0, warm_up_end - time.monotonic())))
            if time.monotonic() - timeline[-1][0] >= 60: timeline.append((time.monotonic(), rss_mb(service.pid), gc_memory(a.port)))
        rss_start = rss_mb(service.pid)
        rss_samples = [rss_start]
        timeline.append((time.monotonic(), rss_start, gc_memory(a.port)))
        while time.monotonic() < stop - 2:
            time.sleep(min(5, max(0, stop - 2 - time.monotonic())))
            rss_samples.append(rss_mb(service.pid))
            if time.monotonic() - timeline[-1][0] >= 60: timeline.append((time.monotonic(), rss_samples[-1], gc_memory(a.port)))
        rss_end = rss_mb(service.pid)
        timeline.append((time.monotonic(), rss_end, gc_memory(a.port)))
        for t in threads: t.join()

        everything = sorted(x for k in KINDS for x in stats["latencies"][k])
        pct = lambda values, p: values[min(len(values) - 1, int(p * len(values)))] * 1000 if values else 0
        errors_logged = sum(1 for line in open(log.name, errors="replace") if line.startswith(("fail:", "crit:")))
        print(f"{started_at}: duration {a.duration} s, {a.clients} clients, import every {a.import_every} s, port {a.port}")
        print(f"requests {stats['requests']} ({stats['requests'] / a.duration:.1f}/s), 5xx {stats['5xx']} (none deliberate), "
              f"torn reads {stats['torn']}, budget reads with errors {stats['budget_errors']}, unexpected answers {stats['unexpected']}")
        print("statuses: " + ", ".join(f"{k} {s}: {n}" for (k, s), n in sorted(stats["statuses"].items())))
        imports = stats["import_seconds"]
        print(f"imports {stats['imports']} ({stats['import_failures']} failed), each {min(imports, default=0):.1f}-{max(imports, default=0):.1f} s")
        print(f"RSS steady state (from {warm_up_end - began:.0f} s): start {rss_start:.0f} MB, end {rss_end:.0f} MB ({(rss_end / rss_start - 1) * 100:+.1f} %), "
              f"min {min(rss_samples):.0f} MB, max {max(rss_samples):.0f} MB")
        print("RSS / managed heap in MB from the start of the load: " + ", ".join(
            f"{t - timeline[0][0]:.0f}s {rss:.0f}/{heap}" for t, rss, heap in timeline))
        print(f"latency all: p50 {pct(everything, 0.50):.1f} ms, p99 {pct(everything, 0.99):.1f} ms, max {pct(everything, 1.0):.1f} ms")
        for k in KINDS:
            values = sorted(stats["latencies"][k])
            print(f"latency {k}: n {len(values)}, p50 {pct(values, 0.50):.1f} ms, p99 {pct(values, 0.99):.1f} ms, max {pct(values, 1.0):.1f} ms")
        print(f"service log: {errors_logged} fail/crit entries")
        for example in examples: print("  e.g. " + example)
        rss_ok = abs(rss_end / rss_start - 1) <= 0.10
        ok = stats["5xx"] == 0 and stats["torn"] == 0 and stats["unexpected"] == 0 and stats["import_failures"] == 0 and rss_ok
        print("PASS" if ok else "FAIL")
        if not ok and a.keep: print("kept: " + work)
        sys.exit(0 if ok else 1)
    finally:
        service.terminate()
        service.wait(30)
        if not a.keep: shutil.rmtree(work, ignore_errors=True)


def gc_memory(port):
    """The managed heap after the last GC and the memory the GC has committed, in MB ("?" when not exported)."""
    try:
        text = urllib.request.urlopen(f"http://127.0.0.1:{port}/metrics", timeout=10).read().decode()
    except OSError:
        return "?"
    sums = {}
    for line in text.splitlines():
        if line.startswith("#") or " " not in line: continue
        name = line.split("{")[0].split(" ")[0]
        if name in ("dotnet_gc_last_collection_heap_size_bytes", "dotnet_gc_last_collection_memory_committed_size_bytes",
                    "process_runtime_dotnet_gc_heap_size_bytes", "process_runtime_dotnet_gc_committed_memory_size_bytes"):
            sums[name] = sums.get(name, 0) + float(line.split("}")[-1].split()[0])
    heap = next((v for k, v in sums.items() if "heap_size" in k), None)
    committed = next((v for k, v in sums.items() if "committed" in k), None)
    return "?" if heap is None else f"{heap / 2**20:.0f}" + (f"(+{committed / 2**20:.0f} committed)" if committed else "")


def shape(data):
    b = data["budget"]
    return (len(b["projects"]), sum(len(p["indicators"]) for p in b["projects"]),
            len(b["expenditureTree"]), sum(len(n["children"]) for n in b["expenditureTree"]))


if __name__ == "__main__":
    main()
