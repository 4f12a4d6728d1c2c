#!/usr/bin/env python3
"""Checks a JSONL archive with `arsenal check` under Apache Spark, through RDD.pipe, and
compares the findings with a single-process run, record for record.

Each Spark partition pipes its lines into `arsenal check --jsonl - --format jsonl`, a
clean standard-input-to-standard-output filter: one finding per output line, nothing
else. A partition sees only its own lines, so the `record_line` Arsenal reports counts
from the partition's first line; the driver maps it back to the archive's line through
the record id (zipWithIndex numbers the archive's lines). Everything else in a finding
is compared as Arsenal wrote it.

Usage: check_archive.py --arsenal BIN ARCHIVE [--workers N] [--partitions P]
Exit status: 0 when every record's findings are equal, 1 otherwise.
"""
import argparse
import collections
import json
import os
import shlex
import subprocess
import sys
import time


def canonical(finding):
    return json.dumps(finding, sort_keys=True, ensure_ascii=False)


def single_process(arsenal, archive):
    with open(archive, "rb") as stdin:
        out = subprocess.run([arsenal, "check", "--jsonl", "-", "--format", "jsonl", "--fail-on", "never"],
                             stdin=stdin, capture_output=True, check=True)
    return [json.loads(line) for line in out.stdout.decode().splitlines()]


def on_spark(arsenal, archive, workers, partitions):
    from pyspark import SparkConf, SparkContext

    conf = (SparkConf().setMaster("local[%d]" % workers).setAppName("arsenal-check-archive")
            .set("spark.ui.enabled", "false").set("spark.driver.memory", "1g"))
    sc = SparkContext(conf=conf)
    sc.setLogLevel("ERROR")
    try:
        lines = sc.textFile(archive, minPartitions=partitions)
        # Record id -> its line in the archive (1-based; blank lines count, as in Arsenal).
        line_of = lines.zipWithIndex().filter(lambda pair: pair[0].strip()) \
            .map(lambda pair: (str(json.loads(pair[0])["id"]), pair[1] + 1))
        command = " ".join(shlex.quote(part) for part in [arsenal, "check", "--jsonl", "-", "--format", "jsonl", "--fail-on", "never"])
        findings = lines.pipe(command, env={"NO_COLOR": "1"}, checkCode=True).map(json.loads)

        def relocate(pair):
            finding, line = pair[1]
            finding["record_line"] = line
            return finding

        keyed = findings.map(lambda finding: (finding["document"], finding))
        placed = keyed.join(line_of).map(relocate)
        used = lines.getNumPartitions()
        return placed.collect(), used
    finally:
        sc.stop()


def by_record(findings):
    grouped = collections.defaultdict(list)
    for finding in findings:
        grouped[finding["document"]].append(canonical(finding))
    return {record: sorted(items) for record, items in grouped.items()}


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("archive")
    parser.add_argument("--arsenal", required=True)
    parser.add_argument("--workers", type=int, default=4)
    parser.add_argument("--partitions", type=int, default=8)
    args = parser.parse_args()
    arsenal = os.path.abspath(args.arsenal)

    start = time.monotonic()
    expected = single_process(arsenal, args.archive)
    single_seconds = time.monotonic() - start
    start = time.monotonic()
    actual, partitions = on_spark(arsenal, os.path.abspath(args.archive), args.workers, args.partitions)
    spark_seconds = time.monotonic() - start

    want, got = by_record(expected), by_record(actual)
    differing = sorted(record for record in set(want) | set(got) if want.get(record) != got.get(record))
    print("single process: %d findings in %d records (%.1f s)" % (len(expected), len(want), single_seconds))
    print("spark local[%d], %d partitions: %d findings in %d records (%.1f s)"
          % (args.workers, partitions, len(actual), len(got), spark_seconds))
    if differing or not expected:
        for record in differing[:5]:
            print("record %s differs:\n  single: %s\n  spark:  %s" % (record, want.get(record), got.get(record)))
        print("FAILED: %d records differ%s" % (len(differing), "" if expected else " (no findings at all)"))
        return 1
    print("OK: every record's findings are equal")
    return 0


if __name__ == "__main__":
    sys.exit(main())
