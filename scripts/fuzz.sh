#!/usr/bin/env bash
# Fuzzes every parser entry point with libFuzzer for a bounded time each.
#   scripts/fuzz.sh [SECONDS_PER_TARGET]   (default 60)
# Seeds come from ../shared/corpus (copied to a temporary directory, never committed).
# Crashes, hangs and out-of-memory inputs land in fuzz-out/<target>/ (git-ignored); turn each
# into a regression test under Tests/ before fixing it.
set -euo pipefail
cd "$(dirname "$0")/.."
seconds="${1:-60}"
corpus="../shared/corpus"
flags=(-c release -Xswiftc -sanitize=fuzzer,address)
swift build --package-path Fuzz "${flags[@]}"
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

for target in FuzzYAML FuzzCloudFormation FuzzCLIJSON FuzzPEM; do
  out="fuzz-out/$target"
  mkdir -p "$out"
  echo "== $target: $(ls "$seeds/$target" | wc -l) seeds, ${seconds}s"
  "$bin/$target" "$seeds/$target" -max_total_time="$seconds" -timeout=5 -rss_limit_mb=2048 \
    -artifact_prefix="$out/" -print_final_stats=1 2>&1 | grep -E '^(#[0-9]+ *DONE|stat::number_of_executed_units|stat::average_exec_per_sec|stat::peak_rss_mb|==[0-9]+==ERROR|SUMMARY)' || true
done
echo "artifacts (crashes, timeouts, ooms): $(find fuzz-out -type f | wc -l)"
