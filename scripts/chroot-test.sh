#!/usr/bin/env bash
# Runs a release tarball on a fresh Debian 12 that has no Swift: a minimal root made with
# debootstrap (kept in ROOT and reused), the tarball checked and installed as README says, then
# archlint on samples/campuslearn: --version, check, usage errors, JUnit, SARIF and the HTML
# report, first without Graphviz (the report must say what to install), then with Debian's
# libgvc6 (the report must hold the diagrams).
#
#   scripts/chroot-test.sh dist/archlint-0.1.0-linux-x86_64.tar.gz [ROOT]
#
# Needs root, debootstrap (apt-get install debootstrap) and a Debian mirror (MIRROR, default
# http://deb.debian.org/debian) for debootstrap and libgvc6. Prints each command with its exit
# status and ends with "N passed, N failed".
set -euo pipefail
cd "$(dirname "$0")/.."
tarball=$(realpath "${1:?usage: scripts/chroot-test.sh TARBALL [ROOT]}")
[ -f "$tarball.sha256" ] || { echo "chroot-test.sh: $tarball.sha256 is missing" >&2; exit 2; }
root=${2:-/var/tmp/archlint-bookworm}
mirror=${MIRROR:-http://deb.debian.org/debian}
name=$(basename "$tarball" .tar.gz)

if [ ! -f "$root/etc/debian_version" ]; then
  echo "== debootstrap --variant=minbase bookworm $root $mirror"
  debootstrap --variant=minbase bookworm "$root" "$mirror" > "$root.debootstrap.log" 2>&1 \
    || { tail -20 "$root.debootstrap.log" >&2; exit 2; }
fi
echo "== Debian $(cat "$root/etc/debian_version") in $root"
cp /etc/resolv.conf "$root/etc/resolv.conf"
# /proc as every container has it (without it the static Swift runtime sees no arguments).
mountpoint -q "$root/proc" || mount -t proc proc "$root/proc"
trap 'umount "$root/proc" 2>/dev/null || true' EXIT
in_root() { chroot "$root" /usr/bin/env -i PATH=/usr/local/bin:/usr/bin:/bin HOME=/root LANG=C.UTF-8 DEBIAN_FRONTEND=noninteractive "$@"; }

passed=0 failed=0
# expect STATUS DESCRIPTION COMMAND...: runs COMMAND in the root with bash -o pipefail, shows its
# first lines and its last.
expect() {
  local want=$1 what=$2 status=0
  shift 2
  in_root bash -o pipefail -c "$*" > "$root/tmp/out" 2>&1 || status=$?
  if [ "$status" = "$want" ]; then passed=$((passed + 1)); echo "ok   $what (exit $status)"
  else failed=$((failed + 1)); echo "FAIL $what: exit $status, expected $want"; fi
  echo "     \$ $*"
  local shown=${LINES_SHOWN:-3} lines
  lines=$(wc -l < "$root/tmp/out")
  head -n "$shown" "$root/tmp/out" | sed 's/^/     | /'
  if [ "$lines" -gt "$shown" ]; then echo "     | ..."; tail -n 1 "$root/tmp/out" | sed 's/^/     | /'; fi
}

# A fresh start: no archlint, no Graphviz, no Swift.
rm -rf "$root/tmp/dist" "$root/tmp/work" "$root/usr/local/bin/archlint" "$root/usr/local/share/archlint"
if in_root dpkg -s libgvc6 > /dev/null 2>&1; then
  in_root apt-get purge -y -qq --autoremove libgvc6 > /dev/null
fi
expect 1 "no Swift in the root" "command -v swift || ls /usr/lib/swift /usr/share/swift 2>/dev/null | grep -q . || find / -xdev -name 'libswiftCore*' | grep ."
mkdir -p "$root/tmp/dist" "$root/tmp/work"
cp "$tarball" "$tarball.sha256" "$root/tmp/dist/"
cp -r samples/campuslearn "$root/tmp/work/"

start=$(date +%s.%N)
expect 0 "checksum and install" "cd /tmp/dist && sha256sum -c $name.tar.gz.sha256 && tar -xzf $name.tar.gz -C /usr/local --strip-components=1"
expect 1 "first check (findings fail the gate)" "cd /tmp/work && archlint check campuslearn --now 2026-11-26"
echo "== from the tarball to a first check: $(awk "BEGIN { printf \"%.1f\", $(date +%s.%N) - $start }") s"
mapfile -t packages < "$root/usr/local/share/archlint/runtime-packages"
echo "== runtime packages the tarball names: ${packages[*]:-none}"
if [ ${#packages[@]} -gt 0 ]; then in_root apt-get update -qq && in_root apt-get install -y -qq "${packages[@]}" > /dev/null; fi

expect 0 "ldd: only the C and C++ runtimes" "ldd /usr/local/bin/archlint; ! ldd /usr/local/bin/archlint | grep -E 'not found|swift|yaml|xml2|icu|gvc'"
expect 0 "--version" "archlint --version"
expect 0 "man page and completions installed" "ls /usr/local/share/man/man1/archlint.1 /usr/local/share/bash-completion/completions/archlint"
expect 2 "usage error: impossible date" "archlint check /tmp/work/campuslearn --now 2026-02-30"
expect 2 "usage error: mistyped command" "archlint chek"
expect 2 "load error: file:line:col, exit 2" "cd /tmp/work && printf 'Resources: [unclosed\\n' > bad.yaml && archlint check bad.yaml --now 2026-11-26"
expect 1 "JUnit, SARIF and HTML without Graphviz" "cd /tmp/work && archlint check campuslearn --now 2026-11-26 -f junit -o r.xml -f sarif -o r.sarif -f html -o r.html"
expect 0 "the HTML report says what to install" "grep -o 'No diagrams: [^(]*' /tmp/work/r.html && grep -c '<tr' /tmp/work/r.html && ! grep -q '<figure class=\"diagram\"' /tmp/work/r.html"
expect 2 "graph without Graphviz says so" "archlint graph /tmp/work/campuslearn --now 2026-11-26 > /dev/null"
expect 0 "graph --format dot needs no Graphviz" "archlint graph /tmp/work/campuslearn --now 2026-11-26 --format dot --output /tmp/work/g.dot && grep -c -- '->' /tmp/work/g.dot"

if [ "${NO_GRAPHVIZ:-}" = 1 ]; then
  echo "== NO_GRAPHVIZ=1: not installing libgvc6"
else
  echo "== apt-get install libgvc6"
  in_root apt-get update -qq && in_root apt-get install -y -qq --no-install-recommends libgvc6 > /dev/null
  expect 1 "HTML report with Graphviz" "cd /tmp/work && archlint check campuslearn --now 2026-11-26 -f html -o g.html"
  expect 0 "the HTML report holds both diagrams" "test \$(grep -o '<figure class=\"diagram\"' /tmp/work/g.html | wc -l) = 2 && ls -l /tmp/work/g.html"
  expect 0 "graph draws SVG" "archlint graph /tmp/work/campuslearn --now 2026-11-26 --output /tmp/work/g.svg && head -n 2 /tmp/work/g.svg | cut -c 1-60"
fi
echo "$passed passed, $failed failed"
[ "$failed" = 0 ]
