#!/usr/bin/env bash
# Fuzzes every parser entry point with libFuzzer for a bounded time each.
#
#   scripts/fuzz.sh [SECONDS_PER_TARGET] [TARGET...]     (defaults: 60, all four targets)
#
# Targets (Fuzz/, a separate SwiftPM package depending on the root one by path):
#   FuzzYAML            YAML/JSON composer (ArchlintYAML)
#   FuzzCloudFormation  CloudFormation loader, then every rule over what it loads
#   FuzzCLIJSON         AWS CLI JSON loaders, then every rule over what they load
#   FuzzPEM             PEM/DER certificate reader, directly and through the loader
#
# Build: release, AddressSanitizer, SanitizerCoverage (inline 8-bit counters, PC table, comparison
# tracing), linked against the toolchain's libclang_rt.fuzzer_no_main. Not -sanitize=fuzzer: that
# links libFuzzer's own main(), which collides with the main SwiftPM defines for an executable
# target (--defsym main=<Target>_main) and made ld.gold crash. The targets enter libFuzzer through
# LLVMFuzzerRunDriver instead (Fuzz/Sources/FuzzDriver). libFuzzer is built against libstdc++.
#
# Seeds: ../shared/corpus, copied into a temporary directory that libFuzzer also grows; it is
# deleted on exit, so nothing lands in the repository.
# Output: fuzz-out/ (git-ignored). Crash, timeout, leak and out-of-memory inputs go to
# fuzz-out/<target>/, the full libFuzzer log to fuzz-out/<target>.log, the last build's output to
# fuzz-out/build.log. Each target ends with one summary line: executions, seconds run,
# executions per second, peak RSS, exit status and new artifacts; all of them repeat at the end.
# Reproduce an artifact:  SWIFT_BACKTRACE=enable=no Fuzz/.build/release/<target> <artifact>
# Minimise it:            SWIFT_BACKTRACE=enable=no Fuzz/.build/release/<target> \
#                           -minimize_crash=1 -runs=10000 -exact_artifact_path=min <artifact>
# Then add a regression test under Tests/ embedding its bytes, and fix the cause.
set -euo pipefail
cd "$(dirname "$0")/.."
seconds="${1:-60}"
shift || true
targets=("$@")
[ ${#targets[@]} -gt 0 ] || targets=(FuzzYAML FuzzCloudFormation FuzzCLIJSON FuzzPEM)
corpus="../shared/corpus"

toolchain="$(dirname "$(dirname "$(command -v swift)")")"
libfuzzer="$(find "$toolchain/lib/clang" -name "libclang_rt.fuzzer_no_main-$(uname -m).a" 2>/dev/null | head -n 1)"
if [ -z "$libfuzzer" ]; then
  echo "fuzz.sh: libclang_rt.fuzzer_no_main-$(uname -m).a not found under $toolchain/lib/clang" >&2
  exit 1
fi
flags=(-c release
  -Xswiftc -sanitize=address
  -Xswiftc -sanitize-coverage=edge,inline-8bit-counters,pc-table,trace-cmp
  -Xlinker "$libfuzzer" -Xlinker -lstdc++)
mkdir -p fuzz-out
for target in "${targets[@]}"; do
  if ! swift build --package-path Fuzz "${flags[@]}" --product "$target" >fuzz-out/build.log 2>&1; then
    grep -E 'error:' fuzz-out/build.log | head -n 20 >&2 || tail -n 20 fuzz-out/build.log >&2
    echo "fuzz.sh: building $target failed; full output in fuzz-out/build.log" >&2
    exit 1
  fi
  grep -E '^Build .*complete' fuzz-out/build.log || true
done
bin="$(swift build --package-path Fuzz "${flags[@]}" --show-bin-path)"
seeds="$(mktemp -d)"
trap 'rm -rf "$seeds"' EXIT

seed() { # target, find arguments...
  local target="$1"; shift
  mkdir -p "$seeds/$target"
  find "$corpus" "$@" -size -200k -print0 | xargs -0 -I{} sh -c 'cp "$1" "$2/$(printf %s "$1" | cksum | cut -d" " -f1)"' _ {} "$seeds/$target"
}
seed FuzzYAML -type f \( -name '*.yaml' -o -name '*.yml' -o -name '*.json' \) -path '*cfn-bad*'
seed FuzzYAML -type f -name '*.json' -path '*iam-policy*'
seed FuzzCloudFormation -type f \( -name '*.yaml' -o -name '*.json' -o -name '*.template' \) -path '*/cfn-violations/*'
seed FuzzCLIJSON -type f -name '*.json' \( -path '*/ecs-*' -o -path '*/elb/*' -o -path '*/codepipeline/*' -o -path '*/acm/*' -o -path '*/iam-policy/*' \)
seed FuzzCLIJSON -type f -path '*/buildspec/*'
seed FuzzPEM -type f \( -name '*.pem' -o -name '*.crt' \)

# The Swift runtime's crash handler would otherwise catch traps first (libFuzzer keeps a handler it
# finds installed) and hand them to swift-backtrace instead of writing the artifact.
export SWIFT_BACKTRACE=enable=no

fuzzer_stat() { # name, log
  sed -n "s/^stat::$1: *//p" "$2" | tail -n 1
}
summaries=()
for target in "${targets[@]}"; do
  out="fuzz-out/$target"
  log="fuzz-out/$target.log"
  mkdir -p "$out"
  before="$(find "$out" -type f | wc -l)"
  echo "== $target: $(find "$seeds/$target" -type f | wc -l) seeds, ${seconds}s"
  start="$(date +%s.%N)"
  status=0
  "$bin/$target" "$seeds/$target" -max_total_time="$seconds" -timeout=5 -rss_limit_mb=2048 \
    -artifact_prefix="$out/" -print_final_stats=1 >"$log" 2>&1 || status=$?
  elapsed="$(awk -v a="$start" -v b="$(date +%s.%N)" 'BEGIN { printf "%.1f", b - a }')"
  grep -E '^(==[0-9]+== ?ERROR|SUMMARY|artifact_prefix|Done [0-9]+ runs)' "$log" || true
  runs="$(fuzzer_stat number_of_executed_units "$log")"
  rss="$(fuzzer_stat peak_rss_mb "$log")"
  found=$(( $(find "$out" -type f | wc -l) - before ))
  line="$(printf '%-19s %10s executions in %6.1f s (%s exec/s), peak RSS %s MB, exit %d, %d new artifact(s)' \
    "$target" "${runs:-?}" "$elapsed" "$(awk -v n="${runs:-0}" -v t="$elapsed" 'BEGIN { printf "%d", (t > 0 ? n / t : 0) }')" "${rss:-?}" "$status" "$found")"
  echo "$line"
  summaries+=("$line")
done
echo "== summary"
printf '%s\n' "${summaries[@]}"
echo "artifacts in fuzz-out/<target>/ (crashes, timeouts, leaks, ooms): $(find fuzz-out -mindepth 2 -type f | wc -l)"
