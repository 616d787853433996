#!/usr/bin/env bash
# Builds a release tarball: dist/archlint-<version>-linux-<arch>.tar.gz and its .sha256.
#
#   scripts/release.sh            # build, package, print size and ldd output
#   scripts/release.sh --package  # package an existing .build/release/archlint only
#
# The binary is linked with --static-swift-stdlib (the Swift runtime and Foundation inside),
# and libyaml and libxml2 (with libxml2's ICU, zlib and liblzma) statically when Debian's
# -dev packages ship the archives (bookworm does); the build stops if the binary still needs
# them shared or needs anything from the Swift toolchain. What stays shared beyond the C and C++
# runtimes is named by its Debian package in the tarball's README and
# share/archlint/runtime-packages (nothing, when the archives are there). Graphviz's libgvc is
# not linked: archlint opens it at run time for the HTML report's diagrams and `archlint graph`,
# so it is an optional package (libgvc6). The version comes from Checker.version, the one place
# it is written. Inside the tarball:
#   bin/archlint, share/man/man1/archlint.1, completions for bash, zsh and fish, README, LICENSE
set -euo pipefail
cd "$(dirname "$0")/.."

version=$(sed -n 's/.*public static let version = "\(.*\)".*/\1/p' Sources/ArchlintDriver/Checker.swift)
[ -n "$version" ] || { echo "release.sh: no version in Sources/ArchlintDriver/Checker.swift" >&2; exit 1; }
arch=$(uname -m)
name="archlint-$version-linux-$arch"
multiarch=$(gcc -print-multiarch 2>/dev/null || echo "$arch-linux-gnu")
libdir="/usr/lib/$multiarch"

static_libs=(yaml xml2 icui18n icuuc icudata z lzma)
static_dir=$(mktemp -d)
trap 'rm -rf "$static_dir"' EXIT
all_static=1
for lib in "${static_libs[@]}"; do
  if [ -f "$libdir/lib$lib.a" ]; then ln -s "$libdir/lib$lib.a" "$static_dir/"; else all_static=0; fi
done

# SwiftPM links the system libraries with what pkg-config says. These .pc files point it at a
# directory that holds only the archives, so -lyaml and -lxml2 resolve to them (linker flags
# given with -Xlinker come after the system's library directories, where the shared
# libraries would win); libxml2's own dependencies follow it, in the order a static link needs.
write_pc() {  # write_pc NAME LIBS
  cat > "$static_dir/$1.pc" <<PC
Name: $1
Description: static archives for the archlint release build
Version: $(pkg-config --modversion "$1")
Cflags: $(pkg-config --cflags "$1")
Libs: -L$static_dir $2
PC
}

build() {
  swift build -c release --static-swift-stdlib --product archlint
}

if [ "${1:-}" != "--package" ]; then
  if [ "$all_static" = 1 ]; then
    write_pc yaml-0.1 "-lyaml"
    write_pc libxml-2.0 "-lxml2 -licui18n -licuuc -licudata -lz -llzma -lstdc++ -lm"
    PKG_CONFIG_PATH="$static_dir" build
    linked="libyaml and libxml2 (with ICU, zlib, liblzma) statically"
  elif [ -f "$libdir/libyaml.a" ]; then
    write_pc yaml-0.1 "-lyaml"
    PKG_CONFIG_PATH="$static_dir" build
    linked="libyaml statically; libxml2 shared (runtime package: libxml2)"
  else
    build
    linked="libyaml and libxml2 shared (runtime packages: libyaml-0-2, libxml2)"
  fi
  echo "release.sh: linked $linked"
fi

binary=.build/release/archlint
[ -x "$binary" ] || { echo "release.sh: $binary is missing: build first" >&2; exit 1; }
[ "$("$binary" --version)" = "$version" ] || { echo "release.sh: $binary is not version $version" >&2; exit 1; }
# What the binary must not need at run time: the Swift toolchain's libraries, and the libraries
# linked statically above (a system library whose pkg-config file puts the system's library
# directory first on the link line turns -lyaml back into the shared library).
forbidden='libswift|libFoundation|libdispatch|libBlocksRuntime|libgvc|libcgraph'
[ "$all_static" = 1 ] && forbidden="$forbidden|libyaml|libxml2|libicu|libz\.|liblzma"
if ldd "$binary" | grep -E "$forbidden"; then
  echo "release.sh: $binary needs the shared libraries above; they should be linked in (or opened at run time)" >&2
  exit 1
fi

stage=$(mktemp -d)
trap 'rm -rf "$static_dir" "$stage"' EXIT
root="$stage/$name"
mkdir -p "$root/bin" "$root/share/man/man1" "$root/share/bash-completion/completions" \
         "$root/share/zsh/site-functions" "$root/share/fish/vendor_completions.d"
cp "$binary" "$root/bin/archlint"
strip "$root/bin/archlint" 2>/dev/null || true
cp docs/archlint.1 "$root/share/man/man1/archlint.1"
"$binary" --generate-completion-script bash > "$root/share/bash-completion/completions/archlint"
"$binary" --generate-completion-script zsh > "$root/share/zsh/site-functions/_archlint"
"$binary" --generate-completion-script fish > "$root/share/fish/vendor_completions.d/archlint.fish"
# Shared libraries beyond the C and C++ runtimes, named by the Debian packages that hold them.
runtime_packages=$(ldd "$binary" | awk '$3 ~ /^\// {print $3}' \
  | { grep -Ev '/(libc|libm|libstdc\+\+|libgcc_s|libpthread|libdl|librt|ld-linux[^/]*)\.so' || true; } \
  | xargs -r -n1 readlink -f | { xargs -r dpkg -S 2>/dev/null || true; } | cut -d: -f1 | sort -u | tr '\n' ' ' | sed 's/ $//')
mkdir -p "$root/share/archlint"
echo "$runtime_packages" | tr ' ' '\n' | sed '/^$/d' > "$root/share/archlint/runtime-packages"
{
  echo "archlint $version for Linux $arch"
  echo
  echo "Install: tar -xzf $name.tar.gz -C /usr/local --strip-components=1"
  echo "Then:    archlint check ./infra"
  if [ -n "$runtime_packages" ]; then
    echo
    echo "Needs at run time (Debian/Ubuntu packages, listed in share/archlint/runtime-packages):"
    echo "  apt-get install $runtime_packages"
  fi
  echo
  echo "Optional: Graphviz's libgvc for the diagrams in the HTML report and archlint graph"
  echo "(Debian/Ubuntu: apt-get install libgvc6). Without it the HTML report says so and lists"
  echo "the findings; archlint graph --format dot needs nothing."
} > "$root/README"
[ -f LICENSE ] && cp LICENSE "$root/"

mkdir -p dist
# Reproducible archive: sorted names, fixed owner and time.
tar --sort=name --owner=0 --group=0 --numeric-owner --mtime="@0" -C "$stage" -cf - "$name" | gzip -n -9 > "dist/$name.tar.gz"
(cd dist && sha256sum "$name.tar.gz" > "$name.tar.gz.sha256")

echo "release.sh: dist/$name.tar.gz ($(du -h "dist/$name.tar.gz" | cut -f1)), binary $(du -h "$root/bin/archlint" | cut -f1)"
cat "dist/$name.tar.gz.sha256"
echo "ldd $binary:"
ldd "$binary" || true
