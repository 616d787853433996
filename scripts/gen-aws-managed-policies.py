#!/usr/bin/env python3
"""Generate archlint's AWS managed policy reference from moto's copy of AWS's policies.

moto (Apache-2.0) ships every AWS managed policy with its default version's
document as ``moto/iam/aws_managed_policies.py``. That file is not copied into
the repository; this script reads it from the installed package and writes:

1. ``Sources/ArchlintIAMCatalog/AWSManagedPolicyData.swift``: a fingerprint of
   every AWS managed policy with at least MIN_TOKENS distinct action entries, so
   that a policy document pasted into a file with no name or ARN (a user guide's
   copy of AWSCodeBuildAdminAccess) is recognised as AWS's and judged by name.
   A policy's *tokens* are its action entries as written, one per statement
   effect and list: ``A`` or ``D`` (Allow/Deny), ``a`` or ``n`` (Action or
   NotAction), then the lowercased pattern (``Aacodebuild:*``). Each token is
   hashed with 32-bit FNV-1a over its UTF-8 bytes; the fingerprint is the token
   count and the SKETCH smallest distinct hashes (a bottom-k sketch: every token
   of the policy whose hash is at most the largest one kept is in it, which lets
   archlint measure both how much of the policy a document holds and how much
   of the document is the policy's, from a sample). Line format of ``text``:
   ``Name<TAB>path<TAB>version<TAB>token count<TAB>hex hash,hex hash,...``.
   ``namedActionsText`` in the same file: actions AWS names that the IAM catalog
   (``CatalogData.swift``, regenerate it first) does not know, one a line: those
   written out in AWS's managed policies (newer than the catalog, or of retired
   services) and those of scripts/data/retired-actions.json (AWS documents that
   name actions since removed). LP114 does not report them.
2. ``Tests/ArchlintRulesTests/Data/ReadOnlyAccess-actions.txt``: the actions
   ReadOnlyAccess grants without condition, written without wildcard, one a
   line, for the test that each classifies as List or Read.
3. With ``--service-roles``: the entries of scripts/data/service-role-policies.json
   named after an AWS managed policy get the actions that policy grants on
   Resource "*" with no condition, with moto's version as their source.

It installs nothing itself; beforehand, in a venv:

    pip install --no-deps moto==5.2.5

Then, from the repository root:

    python3 scripts/gen-aws-managed-policies.py            # (re)write 1 and 2
    python3 scripts/gen-aws-managed-policies.py --check    # exit 1 if 1 or 2 is out of date
    python3 scripts/gen-aws-managed-policies.py --service-roles && python3 scripts/gen-service-role-grants.py

The output depends only on the installed moto: names, tokens and hashes are sorted.
Bumping: install the new moto, set PINNED_VERSION and RELEASE_DATE, regenerate, run the tests.
"""
from __future__ import annotations

import argparse
import importlib.metadata
import importlib.util
import json
import sys
from pathlib import Path

PACKAGE = "moto"
PINNED_VERSION = "5.2.5"
# PyPI's release month of PINNED_VERSION (the data records only each policy's UpdateDate).
RELEASE_DATE = "2026-10"
MIN_TOKENS = 12
SKETCH = 16

REPO_ROOT = Path(__file__).resolve().parent.parent
OUTPUT = REPO_ROOT / "Sources" / "ArchlintIAMCatalog" / "AWSManagedPolicyData.swift"
READ_ONLY = REPO_ROOT / "Tests" / "ArchlintRulesTests" / "Data" / "ReadOnlyAccess-actions.txt"
SERVICE_ROLES = REPO_ROOT / "scripts" / "data" / "service-role-policies.json"
RETIRED = REPO_ROOT / "scripts" / "data" / "retired-actions.json"
CATALOG = REPO_ROOT / "Sources" / "ArchlintIAMCatalog" / "CatalogData.swift"


def fail(message: str) -> None:
    print(f"gen-aws-managed-policies: {message}", file=sys.stderr)
    sys.exit(2)


def load() -> tuple[str, dict]:
    try:
        version = importlib.metadata.version(PACKAGE)
    except importlib.metadata.PackageNotFoundError:
        fail(f"{PACKAGE} is not installed: pip install --no-deps {PACKAGE}=={PINNED_VERSION}")
    if version != PINNED_VERSION:
        fail(f"{PACKAGE} {version} is installed, the script is pinned to {PINNED_VERSION}")
    # Read the module's one string without importing moto (it needs boto3 and more).
    spec = importlib.util.find_spec(PACKAGE)
    path = Path(spec.origin).parent / "iam" / "aws_managed_policies.py"
    namespace: dict = {}
    exec(compile(path.read_text(), str(path), "exec"), namespace)
    return version, json.loads(namespace["aws_managed_policies_data"])


def as_list(value) -> list:
    if value is None:
        return []
    return value if isinstance(value, list) else [value]


def statements(policy: dict) -> list[dict]:
    return as_list(policy["Document"]["Statement"])


def tokens(policy: dict) -> set[str]:
    result = set()
    for statement in statements(policy):
        effect = "A" if statement.get("Effect") == "Allow" else "D"
        for key, kind in (("Action", "a"), ("NotAction", "n")):
            for pattern in as_list(statement.get(key)):
                result.add(effect + kind + pattern.lower())
    return result


def fnv1a(text: str) -> int:
    value = 0x811C9DC5
    for byte in text.encode():
        value = ((value ^ byte) * 0x01000193) & 0xFFFFFFFF
    return value


def catalog_actions() -> set[str]:
    """Lowercased `service:action` names the generated IAM catalog knows."""
    text = CATALOG.read_text()
    start = text.index('#"""') + len('#"""')
    known, service = set(), None
    for line in text[start:text.index('"""#', start)].split("\n"):
        if not line:
            continue
        if "\t" not in line:
            service = line.strip().lower()
        else:
            known.add(f"{service}:{line.split(chr(9))[0].lower()}")
    return known


def named_actions(data: dict) -> list[str]:
    """Actions AWS's managed policies and retired-actions.json write out that the catalog lacks."""
    names = {}
    for policy in data.values():
        for statement in statements(policy):
            for key in ("Action", "NotAction"):
                for pattern in as_list(statement.get(key)):
                    if "*" not in pattern and ":" in pattern:
                        names.setdefault(pattern.lower(), pattern)
    for source in json.loads(RETIRED.read_text())["sources"]:
        for action in source["actions"]:
            names.setdefault(action.lower(), action)
    known = catalog_actions()
    return sorted({lower for lower in names if lower not in known})


def render_fingerprints(version: str, data: dict) -> str:
    rows = []
    for name in sorted(data):
        policy = data[name]
        found = tokens(policy)
        if len(found) < MIN_TOKENS:
            continue
        if "\t" in name or "\n" in name:
            fail(f"unexpected policy name {name!r}")
        sketch = sorted({fnv1a(t) for t in found})[:SKETCH]
        hashes = ",".join(f"{h:x}" for h in sketch)
        rows.append(f"{name}\t{policy.get('Path', '/')}\t{policy.get('DefaultVersionId', '')}\t{len(found)}\t{hashes}")
    newest = max(p.get("UpdateDate", "") for p in data.values())[:10]
    named = named_actions(data)
    lines = [
        f"// GENERATED by scripts/gen-aws-managed-policies.py from {PACKAGE} {version} moto/iam/aws_managed_policies.py — DO NOT EDIT",
        "//",
        f"// {len(rows)} of the {len(data)} AWS managed policies {PACKAGE} {version} (released {RELEASE_DATE}) ships, those with",
        f"// at least {MIN_TOKENS} distinct action entries; newest policy update in the data: {newest}.",
        "// Each line: Name<TAB>path<TAB>default version<TAB>token count<TAB>the smallest",
        f"// {SKETCH} FNV-1a hashes of its tokens (hex). The script's docstring defines tokens.",
        f"// Regenerate: pip install --no-deps {PACKAGE}=={version} && python3 scripts/gen-aws-managed-policies.py",
        "",
        "extension AWSManagedPolicies {",
        "    /// Where the fingerprints come from.",
        f"    public static let source = \"{PACKAGE} {version} moto/iam/aws_managed_policies.py (released {RELEASE_DATE})\"",
        "    /// Hashes kept per policy (the sketch size).",
        f"    static let sketchSize = {SKETCH}",
        "    /// Policies with fewer distinct action entries are left out: too small to recognise.",
        f"    public static let minimumTokens = {MIN_TOKENS}",
        "    static let text = #\"\"\"",
        *rows,
        "\"\"\"#",
        "",
        f"    /// {len(named)} actions (lowercased) that AWS's managed policies or the documents in",
        "    /// scripts/data/retired-actions.json name and the IAM catalog does not know.",
        "    static let namedActionsText = #\"\"\"",
        *named,
        "\"\"\"#",
        "}",
        "",
    ]
    return "\n".join(lines)


def render_read_only(version: str, data: dict) -> str:
    policy = data["ReadOnlyAccess"]
    actions = set()
    for statement in statements(policy):
        # A conditioned grant is not a plain read: s3express:CreateSession returns credentials,
        # and ReadOnlyAccess grants it only for s3express:SessionMode ReadOnly.
        if statement.get("Effect") != "Allow" or statement.get("Condition"):
            continue
        actions.update(a for a in as_list(statement.get("Action")) if "*" not in a)
    header = [
        f"# GENERATED by scripts/gen-aws-managed-policies.py from {PACKAGE} {version} — DO NOT EDIT",
        f"# The actions AWS's ReadOnlyAccess ({policy.get('DefaultVersionId')}, updated {policy.get('UpdateDate', '')[:10]})"
        " grants without condition, written without wildcard.",
    ]
    return "\n".join(header + sorted(actions, key=str.lower)) + "\n"


def star_grants(policy: dict) -> list[str]:
    """Actions an AWS managed policy allows on Resource "*" with no condition."""
    actions = set()
    for statement in statements(policy):
        if statement.get("Effect") == "Allow" and "*" in as_list(statement.get("Resource")) \
                and not statement.get("Condition"):
            actions.update(as_list(statement.get("Action")))
    return sorted(actions, key=str.lower)


def refresh_service_roles(version: str, data: dict) -> None:
    reference = json.loads(SERVICE_ROLES.read_text())
    for entry in reference["policies"]:
        policy = data.get(entry["name"])
        if policy is None:
            continue
        entry["actions"] = star_grants(policy)
        entry["source"] = f"{PACKAGE} {version} moto/iam/aws_managed_policies.py, {entry['name']}"
        entry["version"] = f"{policy.get('DefaultVersionId')} (default, updated {policy.get('UpdateDate', '')[:10]})"
        entry["verified"] = "full"
        entry["note"] = "actions on Resource \"*\" without condition, taken from the whole document"
    SERVICE_ROLES.write_text(json.dumps(reference, indent=2, ensure_ascii=False) + "\n")
    print(f"wrote {SERVICE_ROLES}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("--check", action="store_true", help="exit 1 if an output is out of date")
    parser.add_argument("--service-roles", action="store_true",
                        help="refresh the AWS managed entries of scripts/data/service-role-policies.json")
    args = parser.parse_args()
    version, data = load()
    outputs = {OUTPUT: render_fingerprints(version, data).encode(), READ_ONLY: render_read_only(version, data).encode()}
    if args.check:
        stale = [str(path) for path, text in outputs.items() if not path.is_file() or path.read_bytes() != text]
        if stale:
            print(f"gen-aws-managed-policies: out of date: {', '.join(stale)}", file=sys.stderr)
            sys.exit(1)
        print("AWS managed policy data is up to date")
        return
    for path, text in outputs.items():
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(text)
        print(f"wrote {path}")
    if args.service_roles:
        refresh_service_roles(version, data)


if __name__ == "__main__":
    main()
