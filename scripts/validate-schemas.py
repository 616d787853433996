#!/usr/bin/env python3
"""Validates rule files and configuration files against docs/schemas/ (needs the jsonschema
and PyYAML packages). Usage: validate-schemas.py rule FILE... | config FILE...
Prints one line per problem and exits 1 when there is any. Run by SchemaTests."""
import json
import sys
from pathlib import Path

import jsonschema
import yaml


class Loader(yaml.SafeLoader):
    """YAML as archlint reads it: dates stay text (`now: 2026-11-26`)."""


Loader.yaml_implicit_resolvers = {
    key: [r for r in resolvers if r[0] != "tag:yaml.org,2002:timestamp"]
    for key, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
}

root = Path(__file__).resolve().parent.parent
kind, files = sys.argv[1], sys.argv[2:]
schema = json.loads((root / "docs/schemas" / f"archlint-{kind}.schema.json").read_text())
validator = jsonschema.Draft202012Validator(schema)
problems = 0
for name in files:
    document = yaml.load(Path(name).read_text(), Loader=Loader)
    for error in validator.iter_errors(document):
        problems += 1
        where = "/".join(str(p) for p in error.absolute_path)
        print(f"{name}: {where}: {error.message[:300]}")
sys.exit(1 if problems else 0)
