#!/usr/bin/env python3
"""Reads a JUnit report with the readers CI servers and people use (junitparser, xunitparser,
junit2html) and prints, as JSON, the failure messages each one sees: {"reader": [message, ...]}.
A reader that is not installed is left out. Used by JUnitReaderTests; `.ci/run` installs them
with `pip install junitparser xunitparser junit2html`.
"""
import json
import sys


def junitparser_failures(path):
    from junitparser import Failure, JUnitXml
    return [result.message for suite in JUnitXml.fromfile(path) for case in suite
            for result in case.result if isinstance(result, Failure)]


def xunitparser_failures(path):
    import xunitparser
    with open(path, "rb") as source:
        _, result = xunitparser.parse(source)
    return [case.message for case, _ in result.failures]


def junit2html_failures(path):
    from junit2htmlreport.parser import Junit
    report = Junit(filename=path)
    report.html()  # what a person reads: it must render
    return [case.failure_msg for suite in report.suites for case in suite.all() if case.failed()]


def main():
    path = sys.argv[1]
    seen = {}
    for name, read in [("junitparser", junitparser_failures), ("xunitparser", xunitparser_failures),
                       ("junit2html", junit2html_failures)]:
        try:
            seen[name] = read(path)
        except ImportError:
            pass
    json.dump(seen, sys.stdout, ensure_ascii=False)


if __name__ == "__main__":
    main()
