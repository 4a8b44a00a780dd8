#!/usr/bin/env python3
"""Decide the eligibility of a Dinas' KIM through the KIM SDK service (docs/server.md).

Only Python's standard library: reads a Tabel 3.1 CSV and the JSON records of the same KIM (the
bundled Jembrana sample by default), imports the CSV (POST /v1/import/tabel-3-1), joins each profile
with its record by name as the `kim` command does, asks POST /v1/eligibility, and prints each KIM's
verdicts with the reasons: every requirement not satisfied or not yet known, its rule, message and
remedy. With --json it prints the service's results instead.

    python3 docs/examples/kim_eligibility.py --url http://127.0.0.1:8080
    KIM_API_KEY=... python3 docs/examples/kim_eligibility.py --lang en --json
"""
import argparse
import json
import os
import sys
import urllib.error
import urllib.parse
import urllib.request

SAMPLE = os.path.join(os.path.dirname(__file__), "..", "..", "kim-report", "src", "main", "resources",
                      "id", "kim", "report", "sample", "jembrana")


def call(url, path, body, content_type, lang):
    """POST body to the service; returns the parsed JSON answer or exits with the problem document."""
    request = urllib.request.Request(url + path + ("&" if "?" in path else "?") + "lang=" + lang,
                                     data=body, method="POST", headers={"Content-Type": content_type})
    key = os.environ.get("KIM_API_KEY")
    if key:
        request.add_header("X-API-Key", key)
    try:
        with urllib.request.urlopen(request, timeout=120) as answer:
            return json.load(answer)
    except urllib.error.HTTPError as e:
        problem = json.load(e)
        sys.exit("%s %s: %s %s" % (path, e.code, problem.get("title"), json.dumps(problem.get("errors", []))))


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--url", default="http://127.0.0.1:8080")
    parser.add_argument("--data", default=SAMPLE, help="directory with dinas.json, tabel-3-1.csv, records.json")
    parser.add_argument("--as-of", default="2026-01-15")
    parser.add_argument("--lang", default="id", choices=["id", "en"])
    parser.add_argument("--json", action="store_true", help="print the service's results as JSON")
    args = parser.parse_args()

    with open(os.path.join(args.data, "dinas.json"), encoding="utf-8") as f:
        dinas = json.load(f)
    with open(os.path.join(args.data, "tabel-3-1.csv"), "rb") as f:
        csv = f.read()
    with open(os.path.join(args.data, "records.json"), encoding="utf-8") as f:
        documents = {r["profile"]["name"].strip().lower(): r for r in json.load(f)}

    imported = call(args.url, "/v1/import/tabel-3-1?dinas=" + urllib.parse.quote(json.dumps(dinas)), csv,
                    "text/csv; charset=utf-8", args.lang)
    records = []
    for row in imported["rows"]:
        if "profile" in row:
            record = dict(documents.get(row["profile"]["name"].strip().lower(), {}))
            record["profile"] = row["profile"]
            records.append(record)

    body = json.dumps({"dinas": dinas, "asOf": args.as_of, "records": records}).encode("utf-8")
    answer = call(args.url, "/v1/eligibility", body, "application/json", args.lang)
    if args.json:
        json.dump(answer["results"], sys.stdout, ensure_ascii=False, indent=2)
        print()
        return
    for result in answer["results"]:
        print("%s: mapping entry %s, partnership %s" % (result["kim"], result["mappingEntry"].get("verdict"),
                                                         result["partnership"].get("verdict")))
        for question in ("mappingEntry", "partnership"):
            for finding in result[question].get("findings", []):
                if finding["outcome"] in ("NOT_SATISFIED", "UNKNOWN"):
                    remedy = finding.get("remedy", {}).get("text", "")
                    print("  %s %s: %s %s" % (finding["ruleId"], finding["outcome"], finding["message"]["text"],
                                              ("-> " + remedy) if remedy else ""))


if __name__ == "__main__":
    main()
