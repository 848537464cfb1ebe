"""`opioidref cows ITEM=POINTS…` and `opioidref oud-severity --met 1,4,7`: the bedside tools'
scores on the command line, from the same core as the desktop tools (app.tools)."""

from __future__ import annotations

import argparse
import json

from app.tools import cows, oud


def register(verbs) -> dict:
    items = "\n".join(f"  {item.key:<13} {item.allowed_text():<16} {item.title}" for item in cows.ITEMS)
    p = verbs.add_parser(
        "cows", help="score the Clinical Opiate Withdrawal Scale (COWS)",
        formatter_class=argparse.RawDescriptionHelpFormatter,
        description="Total and band of one COWS form. Every item is required, once.",
        epilog=f"items and their point values:\n{items}\n\nbands: 0-4 below the form's bands "
               "(JSON \"none\"), 5-12 mild, 13-24 moderate, 25-36 moderately severe, >36 severe",
    )
    p.add_argument("items", nargs="*", metavar="ITEM=POINTS", help="for example pulse=2")
    p.add_argument("--json", action="store_true", help='print {"total": N, "band": B}')

    p = verbs.add_parser(
        "oud-severity", help="count DSM-5 opioid use disorder criteria and grade severity",
        description="Severity from the DSM-5 criteria met within a 12-month period: 0-1 none, "
                    "2-3 mild, 4-5 moderate, 6 or more severe.",
    )
    p.add_argument("--met", required=True, metavar="N,N,…",
                   help="criterion numbers met (1-11, comma-separated), or 'none'")
    p.add_argument("--prescribed", action="store_true",
                   help="opioids taken only as prescribed under medical supervision: "
                        "criteria 10 (tolerance) and 11 (withdrawal) do not count")
    p.add_argument("--json", action="store_true", help='print {"count": N, "severity": S}')
    return {"cows": cmd_cows, "oud-severity": cmd_oud_severity}


def cmd_cows(args) -> int:
    try:
        result = cows.parse_assignments(args.items)
    except cows.CowsError as exc:
        raise cows.CowsError(f"cows: {exc} (see 'opioidref cows --help')") from None
    if args.json:
        print(json.dumps({"total": result.total, "band": result.band.key}))
    else:
        print(f"COWS {result.total} of {cows.MAX_TOTAL}: {result.band.label}")
    return 0


def cmd_oud_severity(args) -> int:
    try:
        result = oud.assess(oud.parse_met(args.met), prescribed=args.prescribed)
    except oud.OudError as exc:
        raise oud.OudError(f"oud-severity: {exc}") from None
    if args.json:
        print(json.dumps({"count": result.count, "severity": result.severity.key}))
        return 0
    print(f"{result.count} of {len(oud.CRITERIA)} criteria counted: {result.severity.label}")
    if result.not_counted:
        print("Not counted (taken only as prescribed under medical supervision): "
              + ", ".join(str(n) for n in result.not_counted))
    return 0
