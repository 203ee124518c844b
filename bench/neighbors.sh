#!/usr/bin/env bash
# neighbors benchmark: a synthetic archive of ARTICLES articles (default 100,000; Zipf-
# distributed entities, stored through the real merge) and `newsgraph neighbors` timed as a
# user runs it (whole process, name lookup included) on hubs, middling and rare entities.
# Fails if a median is 50 ms or more.
#
#   bench/neighbors.sh                       # 100,000 articles in /tmp/newsgraph-bench-100000.sqlite
#   bench/neighbors.sh 20000
#   DB=/path/to.sqlite SKIP_BUILD=1 bench/neighbors.sh
set -euo pipefail
cd "$(dirname "$0")/.."
ARTICLES=${1:-100000}
DB=${DB:-/tmp/newsgraph-bench-$ARTICLES.sqlite}
BIN=$PWD/.build-release/release/newsgraph
[[ -n ${SKIP_BUILD:-} ]] || swift build -c release --scratch-path .build-release >/dev/null
if [[ ! -f $DB ]]; then
  echo "generating $ARTICLES articles into $DB (a few minutes)" >&2
  /usr/bin/time -f "generate: %e s wall, %U s user, %M KB max" "$BIN" generate --articles "$ARTICLES" --db "$DB"
fi
python3 bench/neighbors_timing.py "$BIN" "$DB"
uptime
