#!/usr/bin/env bash
# Times archlint side by side with cfn-lint and checkov, and against the floor (reading and
# libyaml-parsing the same files, `archlint parse-only`), and writes docs/benchmarks.md.
#
# Usage: scripts/bench.sh [--quick]
#   --quick            small run for trying the script: 1 run each, 100 copies at most,
#                      anchors on the tiny template only
# Environment:
#   RUNS=5             runs of archlint and of the floor per workload (the median is reported)
#   ANCHOR_RUNS=1      runs of cfn-lint and checkov per workload
#   ANCHOR_MAX_COPIES=1000   anchors skip copy workloads above this many files
#   ANCHOR_TIMEOUT=240 seconds before an anchor run is stopped (reported as "> N s")
#   ARCHLINT=.build/release/archlint   the binary (built with `swift build -c release` if missing)
#   CORPUS=../shared/corpus/cfn        the corpus (relative to the repository root)
#   OUT=docs/benchmarks.md
#   NO_ANCHORS=1       time archlint and the floor only
#   ANCHOR_VENV=DIR    a virtualenv that already has cfn-lint and checkov (skips the install)
#
# cfn-lint and checkov come from PyPI into a temporary virtualenv (pip install cfn-lint
# checkov); when that fails, a cfn-lint on PATH is used and a missing tool is skipped with a
# message. Each run is timed by a few lines of Python (standard library only): wall time
# around spawn and wait4, CPU (user + system) and peak resident set from wait4's rusage.
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$PWD

RUNS=${RUNS:-5}
ANCHOR_RUNS=${ANCHOR_RUNS:-1}
ANCHOR_MAX_COPIES=${ANCHOR_MAX_COPIES:-1000}
ANCHOR_TIMEOUT=${ANCHOR_TIMEOUT:-240}
ARCHLINT=${ARCHLINT:-$ROOT/.build/release/archlint}
CORPUS=${CORPUS:-$ROOT/../shared/corpus/cfn}
OUT=${OUT:-$ROOT/docs/benchmarks.md}
QUICK=0
[ "${1:-}" = "--quick" ] && QUICK=1
if [ $QUICK = 1 ]; then RUNS=1; ANCHOR_RUNS=1; ANCHOR_MAX_COPIES=0; fi
COPIES=(10 100 1000 10000)
[ $QUICK = 1 ] && COPIES=(10 100)

# Files that stop a whole cfn-lint or checkov run with no report at all: left out of their
# corpus run (and only theirs), listed in the table. One line per path, relative to the corpus.
CFNLINT_EXCLUDES=$ROOT/scripts/bench-excludes/cfn-lint.txt
CHECKOV_EXCLUDES=$ROOT/scripts/bench-excludes/checkov.txt

[ -d "$CORPUS" ] || { echo "bench.sh: no corpus at $CORPUS" >&2; exit 2; }
CORPUS=$(cd "$CORPUS" && pwd)
if [ ! -x "$ARCHLINT" ]; then
  echo "building archlint (swift build -c release)" >&2
  swift build -c release 2>&1 | tail -1 >&2
fi

TMP=$(mktemp -d "${TMPDIR:-/tmp}/archlint-bench.XXXXXX")
trap 'rm -rf "$TMP"' EXIT
RESULTS=$TMP/results.tsv   # workload  tool  run  wall  cpu  peakKB  status
: > "$RESULTS"

log() { echo "[$(date +%H:%M:%S)] $*" >&2; }

# ---------------------------------------------------------------- anchors
CFNLINT=""
CHECKOV=""
CFNLINT_NOTE=""
CHECKOV_NOTE=""
if [ "${NO_ANCHORS:-0}" != 1 ]; then
  if [ -n "${ANCHOR_VENV:-}" ] && [ -x "$ANCHOR_VENV/bin/cfn-lint" ] && [ -x "$ANCHOR_VENV/bin/checkov" ]; then
    log "using cfn-lint and checkov from $ANCHOR_VENV"
    CFNLINT=$ANCHOR_VENV/bin/cfn-lint
    CHECKOV=$ANCHOR_VENV/bin/checkov
  elif log "installing cfn-lint and checkov into a temporary virtualenv" && python3 -m venv "$TMP/venv" >/dev/null 2>&1 \
     && "$TMP/venv/bin/pip" install -q --disable-pip-version-check cfn-lint checkov >"$TMP/pip.log" 2>&1; then
    CFNLINT=$TMP/venv/bin/cfn-lint
    CHECKOV=$TMP/venv/bin/checkov
  else
    log "pip install failed (see below); looking for tools on PATH"
    tail -3 "$TMP/pip.log" >&2 || true
    [ -x "$TMP/venv/bin/cfn-lint" ] && CFNLINT=$TMP/venv/bin/cfn-lint
    [ -x "$TMP/venv/bin/checkov" ] && CHECKOV=$TMP/venv/bin/checkov
    [ -z "$CFNLINT" ] && command -v cfn-lint >/dev/null && CFNLINT=$(command -v cfn-lint)
    [ -z "$CHECKOV" ] && command -v checkov >/dev/null && CHECKOV=$(command -v checkov)
  fi
  [ -n "$CFNLINT" ] || { log "cfn-lint unavailable: skipped"; CFNLINT_NOTE="not available: skipped"; }
  [ -n "$CHECKOV" ] || { log "checkov unavailable: skipped"; CHECKOV_NOTE="not available: skipped"; }
else
  CFNLINT_NOTE="not run (NO_ANCHORS=1)"
  CHECKOV_NOTE="not run (NO_ANCHORS=1)"
fi
CFNLINT_VERSION=$([ -n "$CFNLINT" ] && "$CFNLINT" --version 2>/dev/null | head -1 || true)
CHECKOV_VERSION=$([ -n "$CHECKOV" ] && "$CHECKOV" --version 2>/dev/null | tail -1 || true)

# ---------------------------------------------------------------- workloads
# Each workload is a directory or file; anchors get the same input, except where noted.
TINY=$CORPUS/ecs-refarch-cloudformation/infrastructure/load-balancers.yaml
ECS=$CORPUS/aws-cloudformation-templates/ECS/ECS_Schedule_Example.yaml
LARGEST=$(find "$CORPUS" -type f -printf '%s %p\n' | sort -n | tail -1 | cut -d' ' -f2-)
for f in "$TINY" "$ECS" "$LARGEST"; do [ -f "$f" ] || { echo "bench.sh: missing $f" >&2; exit 2; }; done

log "generating copies of $(basename "$ECS") and the 30 MB template in $TMP"
for n in "${COPIES[@]}"; do
  mkdir -p "$TMP/copies-$n"
  for ((i = 1; i <= n; i++)); do cp "$ECS" "$TMP/copies-$n/ecs-$i.yaml"; done
done
LARGE=$TMP/large-20000.yaml
if [ $QUICK = 1 ]; then
  python3 scripts/gen-large-template.py "$LARGE" 2000 3 >/dev/null
else
  python3 scripts/gen-large-template.py "$LARGE" >/dev/null
fi

# The corpus without the files that abort each anchor, for that anchor only.
corpus_without() {  # list-file target-dir
  mkdir -p "$2"
  (cd "$CORPUS" && find . -type f) | grep -v -x -F -f <(sed 's|^|./|' "$1" | grep -v '^./#' | grep -v '^./$') \
    | while IFS= read -r f; do mkdir -p "$2/$(dirname "$f")"; ln -s "$CORPUS/$f" "$2/$f"; done
}
corpus_without "$CFNLINT_EXCLUDES" "$TMP/corpus-cfn-lint"
corpus_without "$CHECKOV_EXCLUDES" "$TMP/corpus-checkov"
CFNLINT_EXCLUDED=$(grep -cv '^#' "$CFNLINT_EXCLUDES" || true)
CHECKOV_EXCLUDED=$(grep -cv '^#' "$CHECKOV_EXCLUDES" || true)
CORPUS_FILES=$(find "$CORPUS" -type f | wc -l)

# ---------------------------------------------------------------- timing
# A small timer (Python's standard library): wall time around spawn and wait4, CPU time and
# peak RSS from the child's rusage (waited-for descendants included), microsecond precision.
# The command runs in its own session, killed whole at the timeout.
cat >"$TMP/timer.py" <<'PY'
import os, signal, sys, time
limit = float(sys.argv[1])
argv = sys.argv[2:]
out = os.open(os.environ["TIMER_STDOUT"], os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o644)
err = os.open(os.environ["TIMER_STDERR"], os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o644)
start = time.perf_counter()
pid = os.posix_spawnp(argv[0], argv, os.environ,
                      file_actions=[(os.POSIX_SPAWN_DUP2, out, 1), (os.POSIX_SPAWN_DUP2, err, 2)], setsid=True)
status = "ok"
def expire(*_):
    global status
    status = "timeout"
    os.killpg(pid, signal.SIGKILL)
signal.signal(signal.SIGALRM, expire)
if limit > 0:
    signal.setitimer(signal.ITIMER_REAL, limit)
_, code, usage = os.wait4(pid, 0)
wall = time.perf_counter() - start
signal.setitimer(signal.ITIMER_REAL, 0)
if status == "ok" and os.WIFSIGNALED(code):
    status = f"killed by signal {os.WTERMSIG(code)}"
print(f"{wall:.4f}\t{usage.ru_utime + usage.ru_stime:.4f}\t{usage.ru_maxrss}\t{status}\t{os.waitstatus_to_exitcode(code)}")
PY

# One timed run: appends "workload tool run wall cpu peakKB status" to $RESULTS. A run that
# ends without its report (cfn-lint: exit status 1, its code for an exception; checkov: no
# "Passed checks" summary) or by a signal is recorded as such, not timed.
timed() {  # workload tool run timeout(0: none) command...
  local workload=$1 tool=$2 run=$3 limit=$4
  shift 4
  local wall cpu peak status code
  IFS=$'\t' read -r wall cpu peak status code < <(TIMER_STDOUT=$TMP/out.txt TIMER_STDERR=$TMP/err.txt \
    python3 "$TMP/timer.py" "$limit" "$@")
  if [ "$status" = ok ]; then
    case $tool in
      cfn-lint) [ "$code" = 1 ] && status="aborted (exit $code)" ;;
      checkov) grep -q '^Passed checks: ' "$TMP/out.txt" || status="aborted (exit $code)" ;;
    esac
  fi
  [ "$status" = ok ] || { echo "  $tool: $status: $(tail -1 "$TMP/err.txt" | cut -c1-160)" >&2; }
  echo -e "$workload\t$tool\t$run\t$wall\t$cpu\t$peak\t$status" >>"$RESULTS"
}

run_workload() {  # name archlint-input anchors(yes/no) cfnlint-input checkov-input
  local name=$1 input=$2 anchors=$3 cfn_input=$4 ckv_input=$5
  log "$name"
  # One run of each first, not counted: the files into the page cache, the binary into memory.
  timed "$name" warm-up 0 0 "$ARCHLINT" check "$input" --now 2026-11-26 --fail-on never
  timed "$name" warm-up 0 0 "$ARCHLINT" parse-only "$input"
  for ((r = 1; r <= RUNS; r++)); do
    timed "$name" archlint "$r" 0 "$ARCHLINT" check "$input" --now 2026-11-26 --fail-on never
    timed "$name" floor "$r" 0 "$ARCHLINT" parse-only "$input"
  done
  if [ "$anchors" != yes ]; then
    echo -e "$name\tcfn-lint\t0\t-\t-\t-\tskipped" >>"$RESULTS"
    echo -e "$name\tcheckov\t0\t-\t-\t-\tskipped" >>"$RESULTS"
    return
  fi
  local ckv_flag=-f cfn_args=("$cfn_input")
  [ -d "$ckv_input" ] && ckv_flag=-d
  # A directory becomes globs of the kinds of files archlint reads (cfn-lint expands them;
  # a glob that matches nothing fails its whole run, so only extensions present).
  if [ -d "$cfn_input" ]; then
    cfn_args=()
    for ext in yaml yml json template; do
      if [ -n "$(find "$cfn_input" -name "*.$ext" -print -quit)" ]; then cfn_args+=("$cfn_input/**/*.$ext"); fi
    done
  fi
  for ((r = 1; r <= ANCHOR_RUNS; r++)); do
    if [ -n "$CFNLINT" ]; then
      timed "$name" cfn-lint "$r" "$ANCHOR_TIMEOUT" "$CFNLINT" --format parseable -- "${cfn_args[@]}"
    fi
    if [ -n "$CHECKOV" ]; then
      timed "$name" checkov "$r" "$ANCHOR_TIMEOUT" "$CHECKOV" "$ckv_flag" "$ckv_input" --framework cloudformation \
        --quiet --compact --skip-download
    fi
  done
}

START=$(date +%s)
run_workload "tiny template ($(($(stat -c %s "$TINY") / 1000)) KB)" "$TINY" yes "$TINY" "$TINY"
largest_anchors=yes; [ $QUICK = 1 ] && largest_anchors=no
run_workload "largest corpus template ($(($(stat -c %s "$LARGEST") / 1000)) KB)" "$LARGEST" "$largest_anchors" "$LARGEST" "$LARGEST"
corpus_anchors=yes; [ $QUICK = 1 ] && corpus_anchors=no
CORPUS_MB=$(find "$CORPUS" -type f -printf '%s\n' | awk '{ s += $1 } END { printf "%.1f", s / 1e6 }')
run_workload "whole corpus ($CORPUS_FILES files, $CORPUS_MB MB)" "$CORPUS" "$corpus_anchors" \
  "$TMP/corpus-cfn-lint" "$TMP/corpus-checkov"
for n in "${COPIES[@]}"; do
  anchors=yes; [ "$n" -gt "$ANCHOR_MAX_COPIES" ] && anchors=no
  run_workload "$n copies of a 13.5 KB ECS template" "$TMP/copies-$n" "$anchors" "$TMP/copies-$n" "$TMP/copies-$n"
done
large_anchors=yes; [ $QUICK = 1 ] && large_anchors=no
run_workload "generated template ($(($(stat -c %s "$LARGE") / 1000000)) MB, $(grep -c '^  [A-Za-z]*[0-9]*:$' "$LARGE") resources)" \
  "$LARGE" "$large_anchors" "$LARGE" "$LARGE"
ELAPSED=$(($(date +%s) - START))

# ---------------------------------------------------------------- report
python3 - "$RESULTS" "$OUT" <<PY
import statistics, sys, collections, datetime
rows = collections.defaultdict(list)
order = []
for line in open(sys.argv[1]):
    w, tool, run, wall, cpu, peak, status = line.rstrip("\n").split("\t")
    if w not in order:
        order.append(w)
    rows[(w, tool)].append((wall, cpu, peak, status))

def summary(w, tool):
    runs = rows.get((w, tool), [])
    if not runs or runs[0][3] == "skipped":
        return None, "skipped"
    bad = [r[3] for r in runs if r[3] != "ok"]
    if bad:
        if bad[0] == "timeout":
            return None, "> ${ANCHOR_TIMEOUT} s"
        return None, bad[0]
    med = lambda i: statistics.median(float(r[i]) for r in runs)
    return (med(0), med(1), med(2) / 1024, len(runs)), None

def seconds(x):
    if x < 0.01:
        return f"{x * 1000:.1f} ms"
    if x < 1:
        return f"{x * 1000:.0f} ms"
    return f"{x:.2f} s" if x < 100 else f"{x:.0f} s"

def cell(s, note):
    if s is None:
        return note, "", ""
    wall, cpu, peak, n = s
    return seconds(wall), seconds(cpu), f"{peak:.0f} MB"

def ratio(a, b):
    if a is None or b is None or b[0] == 0:
        return "–"
    r = a[0] / b[0]
    return f"{r:.2f}" if r >= 0.1 else f"1/{b[0] / a[0]:.0f}"

out = []
out.append("| workload | tool | median wall | median CPU | peak RSS | archlint / tool (wall) |")
out.append("|---|---|---:|---:|---:|---:|")
for w in order:
    a, _ = summary(w, "archlint")
    for tool in ["archlint", "floor", "cfn-lint", "checkov"]:
        s, note = summary(w, tool)
        label = {"floor": "floor (read + libyaml parse)"}.get(tool, tool)
        c = cell(s, note)
        r = "" if tool == "archlint" else ratio(a, s)
        out.append(f"| {w if tool == 'archlint' else ''} | {label} | {c[0]} | {c[1]} | {c[2]} | {r} |")
open("$TMP/table.md", "w").write("\n".join(out) + "\n")
PY

CPU_MODEL=$(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2- | sed 's/^ *//')
MEM=$(awk '/MemTotal/ {printf "%.0f GiB", $2 / 1048576}' /proc/meminfo)
OS=$(. /etc/os-release 2>/dev/null && echo "$PRETTY_NAME" || uname -s)
SWIFT=$(swift --version 2>/dev/null | head -1 || echo unknown)
{
  echo "<!-- GENERATED by scripts/bench.sh — DO NOT EDIT; rerun the script to refresh. -->"
  echo "# Benchmarks"
  echo
  echo "Measured $(date -u +%Y-%m-%d) on: $(nproc) cores ($CPU_MODEL), $MEM memory, $OS, $(uname -r);"
  echo "$SWIFT; archlint built with \`swift build -c release\`."
  echo "Anchors: ${CFNLINT_VERSION:-cfn-lint ($CFNLINT_NOTE)}; checkov ${CHECKOV_VERSION:-($CHECKOV_NOTE)}."
  echo
  echo "Whole-process figures (wall clock around spawn and wait, rusage of the finished process): the"
  echo "median of $RUNS runs for archlint and the floor (after one warm-up run each),"
  echo "$ANCHOR_RUNS run(s) for cfn-lint and checkov (stopped after ${ANCHOR_TIMEOUT} s), CPU = user + system,"
  echo "peak RSS of the largest process; reports are written to a temporary file. archlint runs"
  echo "\`check PATH --now 2026-11-26 --fail-on never\`"
  echo "with its default \`--jobs\` (the number of cores), text report; the floor is \`archlint parse-only PATH\`:"
  echo "the same discovery, reads and libyaml composition on as many threads, and nothing built from the"
  echo "nodes. cfn-lint runs with \`--format parseable\`, checkov with"
  echo "\`--framework cloudformation --quiet --compact --skip-download\`."
  echo "The last column is archlint's median wall time over the tool's (below 1: archlint is faster)."
  echo
  cat "$TMP/table.md"
  echo
  echo "Notes:"
  echo "- Whole corpus: cfn-lint and checkov each stop with no report at all on some files, so their runs"
  echo "  leave those out ($CFNLINT_EXCLUDED for cfn-lint, $CHECKOV_EXCLUDED for checkov: \`scripts/bench-excludes/\`); archlint"
  echo "  and the floor read every file."
  echo "- Copies: cfn-lint and checkov run up to $ANCHOR_MAX_COPIES copies (\"skipped\" above that): at"
  echo "  their rate a larger run would take most of an hour."
  echo "- archlint / floor is highest on the ECS copies (100 and more): every copy holds IAM roles"
  echo "  with policies, an instance with user data and about 20 other resources, so mapping the typed"
  echo "  model (IAM policies statement by statement), keeping every resource's property tree (the"
  echo "  peak memory column) and running about 140 rules (the secrets rule EN130 reads every string"
  echo "  of every resource) weigh more against parsing than on the corpus. Start-up parses no rule"
  echo "  file (what check needs of each is compiled in; declarative checks are parsed only for resource"
  echo "  types the scan holds), and the IAM catalog is read on a thread of its own, only once a file"
  echo "  holds a policy."
  echo "- The machine is shared: figures move by 10–20% between runs; compare ratios within one run."
  echo "- Whole run: $((ELAPSED / 60)) min $((ELAPSED % 60)) s."
} >"$OUT"
log "wrote $OUT"
cat "$OUT"
