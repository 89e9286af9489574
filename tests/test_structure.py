"""The house's shape, checked: imports flow one way, no class is defined twice, modules stay small."""

from __future__ import annotations

import ast
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
PACKAGES = [ROOT / "intercom_agent", ROOT / "graphs"]
MODULES = sorted(p for package in PACKAGES for p in package.rglob("*.py"))


def _name(path: Path) -> str:
    parts = path.relative_to(ROOT).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def _imports(path: Path) -> set[str]:
    found: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text())):
        if isinstance(node, ast.Import):
            found |= {alias.name for alias in node.names}
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            found.add(node.module)
    return found


def _within(module: str, package: str) -> bool:
    return module == package or module.startswith(package + ".")


def test_no_class_is_defined_twice() -> None:
    defined: dict[str, list[str]] = defaultdict(list)
    for path in MODULES:
        for node in ast.walk(ast.parse(path.read_text())):
            if isinstance(node, ast.ClassDef):
                defined[node.name].append(_name(path))
    twice = {name: where for name, where in defined.items() if len(where) > 1}
    assert not twice, twice


def test_only_the_cli_imports_the_cli() -> None:
    offenders = [
        _name(p)
        for p in MODULES
        if not _name(p).startswith("intercom_agent.cli") and any(_within(i, "intercom_agent.cli") for i in _imports(p))
    ]
    assert not offenders, offenders


def test_the_library_never_imports_the_flows_or_the_front_ends() -> None:
    front_ends = ("intercom_agent.cli", "intercom_agent.servers")
    offenders = []
    for path in MODULES:
        name = _name(path)
        if not name.startswith("intercom_agent") or name.startswith(front_ends):
            continue
        bad = {i for i in _imports(path) if any(_within(i, top) for top in ("graphs", *front_ends))}
        if bad:
            offenders.append((name, sorted(bad)))
    assert not offenders, offenders


def test_the_sandbox_never_imports_the_client() -> None:
    """It must be able to catch the client's mistakes: it knows only the models and the errors."""
    for path in (ROOT / "intercom_agent" / "sandbox").glob("*.py"):
        ours = {i for i in _imports(path) if i.startswith("intercom_agent")}
        assert ours <= {"intercom_agent.errors", "intercom_agent.models"} | {
            i for i in ours if i.startswith("intercom_agent.sandbox")
        }, (path.name, ours)


def test_modules_stay_small() -> None:
    large = {_name(p): n for p in MODULES if (n := len(p.read_text().splitlines())) > 450}
    assert not large, large
