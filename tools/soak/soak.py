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
    a = ap.parse_args()

    work = tempfile.mkdtemp(prefix="budgetgraph-soak-")
    db = os.path.join(work, "soak.db")
    env = dict(os.environ, Database__ConnectionString=f"Data Source={db}", Seeds__Folder=os.path.join(ROOT, "seeds"),
               GraphQLHttp__ResponseCacheEntries="0", Logging__LogLevel__Default="Warning")
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
        stats = {"requests": 0, "5xx": 0, "deliberate_5xx": 0, "torn": 0, "imports": 0, "import_failures": 0, "latencies": []}

        def client(n):
            rnd = random.Random(n)
            while time.monotonic() < stop:
                kind = rnd.choices(["budget", "valid", "heavy", "hostile"], [4, 4, 1, 1])[0]
                body = BUDGET if kind == "budget" else rnd.choice(VALID) if kind == "valid" else rnd.choice(HEAVY) if kind == "heavy" \
                    else (lambda h: h[1])(rnd.choice(HOSTILE))
                try:
                    status, payload, seconds = post(a.port, body)
                except OSError:
                    status, payload, seconds = 599, b"", 30.0
                torn = False
                if kind == "budget" and status == 200:
                    data = json.loads(payload).get("data")
                    torn = data is None or shape(data) != expected
                with lock:
                    stats["requests"] += 1
                    stats["latencies"].append(seconds)
                    if status >= 500: stats["5xx"] += 1
                    if torn: stats["torn"] += 1

        def importer():
            i = 0
            while time.monotonic() < stop - a.import_every / 2:
                time.sleep(a.import_every)
                r = subprocess.run(["dotnet", a.dll, "import", variants[i % 2]], env=env, capture_output=True, text=True)
                with lock:
                    stats["imports"] += 1
                    if r.returncode != 0: stats["import_failures"] += 1
                i += 1

        threads = [threading.Thread(target=client, args=(n,)) for n in range(a.clients)] + [threading.Thread(target=importer)]
        for t in threads: t.start()
        time.sleep(min(30, a.duration / 10))           # warm-up, then the steady state
        rss_start = rss_mb(service.pid)
        time.sleep(max(0, stop - time.monotonic() - 1))
        rss_end = rss_mb(service.pid)
        for t in threads: t.join()

        lat = sorted(stats["latencies"])
        pct = lambda p: lat[min(len(lat) - 1, int(p * len(lat)))] * 1000 if lat else 0
        print(f"duration {a.duration} s, {a.clients} clients, import every {a.import_every} s")
        print(f"requests {stats['requests']}, 5xx {stats['5xx']}, torn reads {stats['torn']}, "
              f"imports {stats['imports']} ({stats['import_failures']} failed)")
        print(f"RSS steady state: start {rss_start:.0f} MB, end {rss_end:.0f} MB ({(rss_end / rss_start - 1) * 100:+.1f} %)")
        print(f"latency p50 {pct(0.50):.1f} ms, p99 {pct(0.99):.1f} ms, max {pct(1.0):.1f} ms")
        sys.exit(0 if stats["5xx"] == 0 and stats["torn"] == 0 else 1)
    finally:
        service.terminate()
        service.wait(30)
        shutil.rmtree(work, ignore_errors=True)


def shape(data):
    b = data["budget"]
    return (len(b["projects"]), sum(len(p["indicators"]) for p in b["projects"]),
            len(b["expenditureTree"]), sum(len(n["children"]) for n in b["expenditureTree"]))


if __name__ == "__main__":
    main()
