# archlint in a container: the Swift image builds, a slim Debian runs.
#   docker build -t archlint .                          # with Graphviz, for the HTML report's diagrams
#   docker build -t archlint --build-arg GRAPHVIZ= .    # without (smaller; HTML report without diagrams)
#   docker run --rm -v "$PWD:/src" -w /src archlint check infra
FROM swift:6.3-bookworm AS build
# Debian's stable packages are not pinned (DL3008): they get security fixes under one version.
# hadolint ignore=DL3008
RUN apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends \
      libyaml-dev libxml2-dev pkg-config && rm -rf /var/lib/apt/lists/*
WORKDIR /src
COPY . .
# The same build as a release tarball: Swift runtime, libyaml and libxml2 linked in.
RUN scripts/release.sh && mkdir /out && tar -xzf dist/archlint-*.tar.gz -C /out --strip-components=1

FROM debian:bookworm-slim
ARG GRAPHVIZ=libgvc6
COPY --from=build /out/bin/archlint /usr/local/bin/archlint
COPY --from=build /out/share /usr/local/share
# git: for --changed-since and repository-relative paths in CI formats; the shared libraries
# the binary needs, as the tarball lists them (none when it was linked statically); Graphviz's
# libgvc, which archlint opens at run time to draw diagrams. The package list is split on
# purpose (SC2046).
# hadolint ignore=DL3008,SC2046
RUN apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends git ca-certificates \
      $(cat /usr/local/share/archlint/runtime-packages) $GRAPHVIZ && rm -rf /var/lib/apt/lists/* && archlint --version
ENTRYPOINT ["archlint"]
CMD ["--help"]
