#!/usr/bin/env bash
# Entry of the pre-commit hooks (.pre-commit-hooks.yaml): the installed archlint when one is on
# PATH (from a release tarball, seconds), else this checkout built once in release mode
# (minutes; libyaml and libxml2 development files needed) and reused on every later commit.
set -euo pipefail
if [ -z "${ARCHLINT_BUILD:-}" ] && command -v archlint >/dev/null 2>&1; then
  exec archlint "$@"
fi
here=$(cd "$(dirname "$0")/.." && pwd)
binary="$here/.build/release/archlint"
if [ ! -x "$binary" ]; then
  echo "archlint is not installed: building it once in $here (install a release tarball to skip this)" >&2
  swift build -c release --package-path "$here" --product archlint >&2
fi
exec "$binary" "$@"
