#!/usr/bin/env bash
# Cold-start figures of docs/performance.md: each program run from a fresh JVM, best of RUNS wall
# times, with its peak resident memory (GNU time's %M; "n/a" without /usr/bin/time).
#
#   benchmarks/cold-start.sh [FILES] [RUNS]
#
# FILES generated reports (default 1000, testkit, all five text shapes) are written once under
# ${TMPDIR:-/tmp}/govdisclosure-cold-FILES. Needs the two jars:
#   mvn -B -q -pl examples,benchmarks -am package -DskipTests
set -euo pipefail
cd "$(dirname "$0")/.."
files=${1:-1000}; runs=${2:-5}
bench=benchmarks/target/benchmarks.jar; app=examples/target/govdisclosure-examples.jar
sample=examples/src/main/resources/io/github/govdisclosure/examples/2021_weiyuan-county.txt
dir=${TMPDIR:-/tmp}/govdisclosure-cold-$files
for jar in "$bench" "$app"; do [[ -f $jar ]] || { echo "no $jar: build it first" >&2; exit 2; }; done
if [[ ! -d $dir ]]; then
  java -cp "$bench" io.github.govdisclosure.benchmarks.BatchAudit "$files" "$dir" >/dev/null
fi

# best wall time (s) and the peak RSS (MB) of that run, of RUNS runs of a command
best() {
  local label=$1; shift
  local bestWall= bestRss=
  for ((i = 0; i < runs; i++)); do
    local out wall rss
    if [[ -x /usr/bin/time ]]; then
      /usr/bin/time -o "$dir.time" -f '%e %M' "$@" >/dev/null 2>&1 || true
      out=$(tail -1 "$dir.time")
      wall=${out% *}; rss=$(( ${out#* } / 1024 ))
    else
      local start=$(date +%s%N); "$@" >/dev/null 2>&1 || true
      wall=$(awk -v n=$(( $(date +%s%N) - start )) 'BEGIN { printf "%.2f", n / 1e9 }'); rss=n/a
    fi
    if [[ -z $bestWall ]] || awk -v a="$wall" -v b="$bestWall" 'BEGIN { exit !(a < b) }'; then
      bestWall=$wall; bestRss=$rss
    fi
  done
  printf '%-44s %6.2f s  %6s MB\n' "$label" "$bestWall" "$bestRss"
}

echo "java: $(java -version 2>&1 | head -1); $(nproc) cores; load: $(cut -d' ' -f1-3 /proc/loadavg)"
echo "single file ($sample):"
best "floor (read the file)" java -cp "$bench" io.github.govdisclosure.benchmarks.FloorRead "$sample"
best "java -jar check FILE" java -jar "$app" check "$sample"
best "bin/govdisclosure check FILE" bin/govdisclosure check "$sample"
echo "audit of $files files ($dir):"
best "floor (read the files)" java -cp "$bench" io.github.govdisclosure.benchmarks.FloorRead "$dir"
best "java -jar audit DIR" java -jar "$app" audit "$dir"
best "bin/govdisclosure audit DIR" bin/govdisclosure audit "$dir"
