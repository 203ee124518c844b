#!/usr/bin/env bash
# Export benchmark: a deterministic synthetic graph of EDGES edges (default one million,
# preferential attachment, ~5 edges per node) exported in every format by the release
# binary, timed with /usr/bin/time -v. Fails if a run takes 10 s or more, or 200 MB or more.
#
#   bench/export.sh            # 1,000,000 edges
#   bench/export.sh 100000     # smaller
#   SKIP_BUILD=1 bench/export.sh
set -euo pipefail
cd "$(dirname "$0")/.."
EDGES=${1:-1000000}
OUT=${OUT:-$(mktemp -d /tmp/newsgraph-export-bench.XXXXXX)}
BIN=.build-release/release/newsgraph
[[ -n ${SKIP_BUILD:-} ]] || swift build -c release --scratch-path .build-release >/dev/null
status=0
printf "%-8s %10s %10s %8s %8s %10s\n" format wall_s user_s sys_s max_MB file_MB
for format in graphml dot json; do
  file="$OUT/graph.$format"
  /usr/bin/time -v "$BIN" export --synthetic "$EDGES" --format "$format" -o "$file" 2>"$OUT/time.$format"
  wall=$(awk -F': ' '/Elapsed \(wall clock\)/ {n=split($2,t,":"); s=0; for(i=1;i<=n;i++) s=s*60+t[i]; print s}' "$OUT/time.$format")
  user=$(awk -F': ' '/User time/ {print $2}' "$OUT/time.$format")
  sys=$(awk -F': ' '/System time/ {print $2}' "$OUT/time.$format")
  rss=$(awk -F': ' '/Maximum resident/ {printf "%.1f", $2/1024}' "$OUT/time.$format")
  size=$(awk -v b="$(stat -c %s "$file")" 'BEGIN {printf "%.0f", b/1048576}')
  printf "%-8s %10s %10s %8s %8s %10s\n" "$format" "$wall" "$user" "$sys" "$rss" "$size"
  awk -v w="$wall" -v r="$rss" 'BEGIN {exit !(w < 10 && r < 200)}' || { echo "FAIL: $format over budget" >&2; status=1; }
done
# The big GraphML must still be well-formed; streaming parse, so memory stays small.
if command -v xmllint >/dev/null; then
  xmllint --stream --noout "$OUT/graph.graphml" && echo "xmllint --stream: graph.graphml well-formed"
fi
[[ -n ${KEEP:-} ]] || rm -rf "$OUT"
uptime
exit $status
