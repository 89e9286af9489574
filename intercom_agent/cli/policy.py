"""The command line's one error policy: exit codes, the one line on stderr, and the CLI's wording.

Exit codes (documented in ``intercom-agent --help``):

- 0: the command did what was asked.
- 1: Intercom or a tool failed: an API error, a revoked token, a company that was not found or is
  ambiguous, a partial result the command could not complete.
- 2: usage or configuration: a bad argument, a port that is busy or invalid, an unusable path, an
  unknown or disconnected credential id, a missing extra, a model that cannot be loaded.
- 130: interrupted (Ctrl-C).

Every failure is one line on stderr, ``error: <what happened>. <what to do>``; a traceback only with
``--debug`` (accepted anywhere on the command line). The toolkit's messages are written for an
integration's users ("connect Intercom (Settings → Integrations)"); when the CLI runs they are
reworded for the CLI, here and only here.
"""

from __future__ import annotations

import argparse
import errno
import re
import socket
import sqlite3
import sys
import traceback
from typing import NoReturn

from intercom_agent.errors import (
    NOT_CONNECTED_HINT,
    RECONNECT_HINT,
    IntercomError,
    InvalidInputError,
    NotConnectedError,
)

EXIT_OK = 0
EXIT_FAILED = 1
EXIT_USAGE = 2
EXIT_INTERRUPTED = 130

EPILOG = (
    "Exit codes: 0 success; 1 Intercom or a tool failed (including a company not found or ambiguous); "
    "2 usage or configuration (arguments, ports, paths, credentials, models); 130 interrupted. "
    "Errors are one line on stderr; add --debug anywhere for a traceback."
)

CLI_CONNECT = "run `intercom-agent connect` (or set a valid INTERCOM_ACCESS_TOKEN)"
CLI_RECONNECT = "Run `intercom-agent connect` again, or set a valid INTERCOM_ACCESS_TOKEN."


class CommandError(Exception):
    """A command's failure, already worded for the CLI, with its exit code."""

    def __init__(self, message: str, code: int = EXIT_FAILED) -> None:
        super().__init__(message)
        self.code = code


def usage(message: str) -> CommandError:
    return CommandError(message, EXIT_USAGE)


def for_cli(text: str) -> str:
    """A toolkit message as the CLI says it: the CLI's fix, on one line."""
    from graphs.catalog import CATALOG

    text = text.replace(RECONNECT_HINT, CLI_RECONNECT).replace(NOT_CONNECTED_HINT, CLI_CONNECT)
    text = re.sub(
        r"(?<![\w`])(" + "|".join(CATALOG.names) + r")(?![\w`])", lambda m: f"`intercom-agent call {m.group(1)}`", text
    )
    return " ".join(text.split())


def classify(exc: BaseException) -> tuple[int, str]:
    """The exit code and the one line for an exception raised by a command."""
    if isinstance(exc, CommandError):
        return exc.code, for_cli(str(exc))
    if isinstance(exc, InvalidInputError | NotConnectedError | ValueError):  # incl. a model's configuration
        return EXIT_USAGE, for_cli(str(exc))
    if isinstance(exc, IntercomError):
        return EXIT_FAILED, for_cli(str(exc))
    if isinstance(exc, ImportError):
        return EXIT_USAGE, f"{exc}. Install the missing extra, e.g. pip install 'intercom-agent[models]'."
    if isinstance(exc, sqlite3.Error):
        return EXIT_USAGE, f"SQLite: {exc}. Check the file is a SQLite database you can write, or pick another path."
    if isinstance(exc, OSError):
        return EXIT_USAGE, f"{exc.strerror or exc}" + (f": {exc.filename}" if exc.filename else "") + "."
    return EXIT_FAILED, f"{type(exc).__name__}: {' '.join(str(exc).split())} (rerun with --debug for the traceback)"


def fail(exc: BaseException, debug: bool) -> int:
    """Report ``exc`` per the policy (with ``debug``, its traceback first); the exit code."""
    if debug:
        traceback.print_exception(exc, file=sys.stderr)
    code, line = classify(exc)
    print(f"error: {line}", file=sys.stderr, flush=True)
    return code


def split_debug(argv: list[str]) -> tuple[list[str], bool]:
    """``--debug`` is accepted anywhere: before the command, after it, between its arguments."""
    if "--" in argv:
        head, tail = argv[: argv.index("--")], argv[argv.index("--") :]
    else:
        head, tail = argv, []
    return [a for a in head if a != "--debug"] + tail, "--debug" in head


class OneLineParser(argparse.ArgumentParser):
    """argparse with the policy's usage errors: one line on stderr, exit 2."""

    def error(self, message: str) -> NoReturn:
        print(f"error: {message} (see: {self.prog} --help)", file=sys.stderr, flush=True)
        raise SystemExit(EXIT_USAGE)


def port(text: str) -> int:
    """An argparse type: a TCP port, 0 for a free one."""
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"invalid port {text!r}: use a number 0-65535 (0 picks a free port)") from None
    if not 0 <= value <= 65535:
        raise argparse.ArgumentTypeError(f"invalid port {value}: use a number 0-65535 (0 picks a free port)")
    return value


def bind(host: str, port: int, flag: str = "--port") -> socket.socket:
    """A listening socket on ``host:port``, or a usage error that says why and what to do."""
    try:
        infos = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
    except socket.gaierror:
        raise usage(f"cannot listen on {host!r}: not a local address. Use 127.0.0.1 (the default).") from None
    family, kind, proto, _, address = infos[0]
    sock = socket.socket(family, kind, proto)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    try:
        sock.bind(address)
        sock.listen(128)
    except OSError as exc:
        sock.close()
        if exc.errno == errno.EADDRINUSE:
            raise usage(
                f"port {port} on {host} is already in use. Pick another with {flag} (0 picks a free port)."
            ) from None
        if exc.errno in (errno.EACCES, errno.EPERM):
            raise usage(f"no permission to listen on port {port}. Use a port above 1023 with {flag}.") from None
        raise usage(f"cannot listen on {host}:{port}: {exc.strerror or exc}.") from None
    return sock


__all__ = [
    "EPILOG",
    "EXIT_FAILED",
    "EXIT_INTERRUPTED",
    "EXIT_OK",
    "EXIT_USAGE",
    "CommandError",
    "OneLineParser",
    "bind",
    "classify",
    "fail",
    "for_cli",
    "port",
    "split_debug",
    "usage",
]
