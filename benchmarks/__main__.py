"""Run every benchmark: ``python -m benchmarks``. Prints Markdown (as recorded in docs/benchmarks.md)."""

from __future__ import annotations

import platform
import sys

from benchmarks import flow_speed, output_size


def main() -> int:
    print(
        f"# intercom-agent benchmarks\n\nPython {platform.python_version()} on {platform.machine()}, "
        f"{__import__('os').cpu_count()} cores.\n"
    )
    print("## Model-facing output size (issue 3)\n")
    print(output_size.report(output_size.run()))
    print("\n## Flow (a) wall time (issue 4)\n")
    print(flow_speed.report(flow_speed.run()))
    return 0


if __name__ == "__main__":
    sys.exit(main())
