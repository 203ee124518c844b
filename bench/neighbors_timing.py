"""Times `newsgraph neighbors` runs on a benchmark database (used by bench/neighbors.sh)."""
import resource
import sqlite3
import statistics
import subprocess
import sys
import time

binary, db = sys.argv[1], sys.argv[2]
RUNS = 7
BUDGET_MS = 50.0  # applied to the in-process query time; wall time is printed beside it

con = sqlite3.connect(db)
print("database:", db, "articles:", con.execute("SELECT count(*) FROM articles").fetchone()[0],
      "entities:", con.execute("SELECT count(*) FROM entities").fetchone()[0],
      "relations:", con.execute("SELECT count(*) FROM relations").fetchone()[0],
      "evidence:", con.execute("SELECT count(*) FROM evidence").fetchone()[0])
degrees = con.execute("""
    SELECT e.name, d.degree FROM (SELECT id, count(*) AS degree FROM
        (SELECT subject_id AS id FROM relations UNION ALL SELECT object_id FROM relations) GROUP BY id) d
    JOIN entities e ON e.id = d.id ORDER BY d.degree DESC, e.id""").fetchall()
picks = [("hub", *degrees[0]), ("hub", *degrees[1]), ("hub", *degrees[2]),
         ("median", *degrees[len(degrees) // 2]), ("median", *degrees[len(degrees) // 2 + 1]),
         ("tail", *degrees[-1]), ("tail", *degrees[-2])]
cases = []
for kind, name, degree in picks:
    cases.append((f"{kind} (degree {degree})", [name]))
hub = degrees[0][0]
cases.append(("hub --depth 2", [hub, "--depth", "2"]))
cases.append(("hub --kind person --since", [hub, "--kind", "person", "--since", "2025-06-01"]))
cases.append(("hub --format json --limit 100", [hub, "--format", "json", "--limit", "100"]))
cases.append(("hub lowercase, no accents", [hub.lower()]))

failed = False
print("wall = whole process as a user waits for it; cpu = user + system time of the process;")
print("query = lookup + neighbors inside the process (database already open), from --timing")
print(f"{'case':32} {'wall med':>9} {'wall max':>9} {'cpu med':>8} {'query med':>10} {'query max':>10}")
for label, arguments in cases:
    times = []
    cpu = []
    query = []
    for _ in range(RUNS):
        before = resource.getrusage(resource.RUSAGE_CHILDREN)
        start = time.perf_counter()
        result = subprocess.run([binary, "neighbors", *arguments, "--db", db, "--timing"], capture_output=True)
        times.append((time.perf_counter() - start) * 1000)
        after = resource.getrusage(resource.RUSAGE_CHILDREN)
        cpu.append((after.ru_utime - before.ru_utime + after.ru_stime - before.ru_stime) * 1000)
        line = [l for l in result.stderr.decode().splitlines() if l.startswith("newsgraph: timing:")]
        query.append(float(line[0].split("lookup+neighbors ")[1].split(" ms")[0]) if line else float("nan"))
        if result.returncode != 0:
            print("FAILED:", label, result.stderr.decode(), file=sys.stderr)
            sys.exit(1)
    median = statistics.median(times)
    failed |= statistics.median(query) >= BUDGET_MS
    print(f"{label:32} {median:9.1f} {max(times):9.1f} {statistics.median(cpu):8.1f} {statistics.median(query):10.2f} {max(query):10.2f}")
print("sample output (hub):")
print(subprocess.run([binary, "neighbors", hub, "--limit", "3", "--db", db], capture_output=True, text=True).stdout)
sys.exit(1 if failed else 0)
