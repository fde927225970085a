"""The `plankg` command: wires the subcommands of builder, queries, viz and linking, nothing else.

Any PlankgError becomes one line on stderr and exit code 2; nothing is half-written.
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Sequence

from bench import fidelity_report
from builder import cli as build_cli
from builder.errors import PlankgError
from linking import cli as linker_cli
from linking import reconcile_cli
from queries import cli as query_cli
from viz import cli as viz_cli


def _version() -> str:
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version("plankg")
    except PackageNotFoundError:
        return "(not installed)"


def _all_examples() -> str:
    """Every subcommand's examples, each block headed by its command."""
    blocks = {
        **build_cli.EXAMPLES,
        **query_cli.EXAMPLES,
        **viz_cli.EXAMPLES,
        "link": linker_cli.EXAMPLES,
        "reconcile": reconcile_cli.EXAMPLES,
        "eval": fidelity_report.EXAMPLES,
    }
    return "\n\n".join(
        text.replace("examples:", f"{name} examples:", 1) for name, text in blocks.items()
    )


def parser() -> argparse.ArgumentParser:
    top = argparse.ArgumentParser(
        prog="plankg",
        description="Turn Chinese government plan documents into a provenance-carrying RDF graph.",
        formatter_class=argparse.RawDescriptionHelpFormatter,
        epilog=_all_examples(),
    )
    top.add_argument("--version", action="version", version=f"plankg {_version()}")
    sub = top.add_subparsers(dest="command", required=True, metavar="COMMAND")
    build_cli.add_parsers(sub)
    query_cli.add_parsers(sub)
    viz_cli.add_parsers(sub)
    linker_cli.add_parser(sub)
    reconcile_cli.add_parser(sub)
    fidelity_report.add_parser(sub)
    return top


def main(argv: Sequence[str] | None = None) -> int:
    args = parser().parse_args(argv)
    try:
        return int(args.func(args))
    except PlankgError as exc:
        print(f"plankg: error: {exc}", file=sys.stderr)
        return 2
    except BrokenPipeError:  # `plankg … | head`: the reader left; not an error
        sys.stdout = open(os.devnull, "w")  # noqa: SIM115 (silence the flush at exit)
        return 0
    except KeyboardInterrupt:
        print("plankg: interrupted", file=sys.stderr)
        return 130


if __name__ == "__main__":
    raise SystemExit(main())
