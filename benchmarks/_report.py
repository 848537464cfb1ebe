"""Shared by the start-up probes: print the resident memory once the event loop is idle."""

import sys


def rss_kib() -> int:
    with open("/proc/self/status", encoding="ascii") as status:
        for line in status:
            if line.startswith("VmRSS:"):
                return int(line.split()[1])
    return 0


def ready() -> None:
    print(f"READY {rss_kib()}", flush=True)
    sys.stdout.flush()
