# archlint in a container: the Swift image builds, a slim Debian runs.
#   docker build -t archlint .
#   docker run --rm -v "$PWD:/src" -w /src archlint check infra
FROM swift:6.3-bookworm AS build
RUN apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends \
      libyaml-dev libxml2-dev libgraphviz-dev pkg-config && rm -rf /var/lib/apt/lists/*
WORKDIR /src
COPY . .
# The same build as a release tarball: Swift runtime and libraries linked in.
RUN scripts/release.sh && mkdir /out && tar -xzf dist/archlint-*.tar.gz -C /out --strip-components=1

FROM debian:bookworm-slim
COPY --from=build /out/bin/archlint /usr/local/bin/archlint
COPY --from=build /out/share /usr/local/share
# git: for --changed-since and repository-relative paths in CI formats.
# git: for --changed-since and repository-relative paths in CI formats; then the shared
# libraries the binary still needs (Graphviz), as the tarball lists them.
RUN apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends git ca-certificates \
      $(cat /usr/local/share/archlint/runtime-packages) && rm -rf /var/lib/apt/lists/* && archlint --version
ENTRYPOINT ["archlint"]
CMD ["--help"]
