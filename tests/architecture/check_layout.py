#!/usr/bin/env python3
"""Checks the layout rules a reader relies on to find their way through the tree.

- ui/ and app/ are shells over core: no SQL, no transactions, no store internals, and none of
  the C libraries core wraps (SQLite, OpenSSL, FreeXL).
- every project include starts at the repository root (core/, ui/, app/, tests/, bench/);
- core never includes ui/ or app/, ui/ never includes app/;
- the folders of core/ include each other without a cycle;
- ui/ keeps its shell at the top level and everything else in feature folders;
- comments say why, not which ticket: no issue numbers in code.

Work still to be done is listed in known_violations.txt next to this script ("path: what", no
line numbers). The check fails on any violation not listed there, and on a listed one that no
longer occurs, so the list can only shrink.

Usage: check_layout.py REPO_ROOT. Prints every violation and exits 1 if there is any.
"""
import re
import sys
from pathlib import Path

ROOTS = ("core/", "ui/", "app/", "tests/", "bench/")
SOURCE_SUFFIXES = {".cpp", ".h"}
CODE_DIRS = ("core", "ui", "app", "tests", "bench")
UI_TOP_LEVEL_LIMIT = 20

INCLUDE = re.compile(r'^\s*#\s*include\s*([<"])([^>"]+)[>"]', re.M)
# What a shell must not do itself: each pattern names why in the message.
SHELL_FORBIDDEN = [
    (re.compile(r"\bsql::"), "uses the store's SQL layer (sql::)"),
    (re.compile(r"\bQSql\w+"), "uses Qt SQL directly"),
    (re.compile(r"\bTransaction\b"), "opens a transaction"),
    (re.compile(r"(->|\.)db\(\)"), "reaches into the project database (db())"),
    (re.compile(r'"\s*(SELECT\s.*\bFROM\b|INSERT\s+INTO|UPDATE\s+\w+\s+SET|DELETE\s+FROM|CREATE\s+TABLE)'),
     "holds SQL text"),
]
SHELL_FORBIDDEN_INCLUDES = [
    (re.compile(r"^sqlite3\.h$"), "includes SQLite, which core wraps"),
    (re.compile(r"^openssl/"), "includes OpenSSL, which core wraps"),
    (re.compile(r"^freexl\.h$"), "includes FreeXL, which core wraps"),
    (re.compile(r"^core/store/(Sqlite|StoreAccess)\.h$"), "includes a core-internal store header"),
]
ISSUE_REFERENCE = re.compile(r"\b(issues?|tickets?)\s*#?\d+\b", re.I)
COMMENT = re.compile(r"//(.*)$|/\*(.*?)\*/", re.S | re.M)


def sources(root: Path, top: str):
    base = root / top
    if not base.is_dir():
        return []
    return sorted(p for p in base.rglob("*")
                  if p.suffix in SOURCE_SUFFIXES and p.is_file())


def main() -> int:
    args = [a for a in sys.argv[1:] if not a.startswith("--")]
    root = Path(args[0] if args else ".").resolve()
    problems = []

    def report(path: Path, line: int, what: str):
        problems.append(f"{path.relative_to(root)}:{line}: {what}")

    core_edges = {}
    for top in CODE_DIRS:
        for path in sources(root, top):
            text = path.read_text(encoding="utf-8")
            rel = path.relative_to(root).as_posix()
            for m in INCLUDE.finditer(text):
                line = text.count("\n", 0, m.start()) + 1
                bracket, name = m.group(1), m.group(2)
                if bracket == '"' and not name.endswith(".moc") and not name.startswith("ui_") \
                        and not name.startswith(ROOTS):
                    report(path, line, f'include "{name}" does not start at the repository root')
                if top == "core" and name.startswith(("ui/", "app/")):
                    report(path, line, f"core includes {name}: core must not know its shells")
                if top == "ui" and name.startswith("app/"):
                    report(path, line, f"ui includes {name}: ui must not know the executables")
                if top in ("ui", "app"):
                    for pattern, why in SHELL_FORBIDDEN_INCLUDES:
                        if pattern.search(name):
                            report(path, line, why)
                if top == "core" and name.startswith("core/"):
                    here = rel.split("/")[1]
                    there = name.split("/")[1]
                    if here != there:
                        core_edges.setdefault(here, {}).setdefault(there, f"{rel}:{line}")
            if top in ("ui", "app"):
                for number, content in enumerate(text.splitlines(), 1):
                    code = content.split("//", 1)[0]
                    for pattern, why in SHELL_FORBIDDEN:
                        if pattern.search(code):
                            report(path, number, why)
            for m in COMMENT.finditer(text):
                comment = m.group(1) if m.group(1) is not None else m.group(2)
                if ISSUE_REFERENCE.search(comment or ""):
                    line = text.count("\n", 0, m.start()) + 1
                    report(path, line, "a comment names an issue number; say why instead")

    # Build files and folder READMEs are read as often as the code.
    for top in CODE_DIRS:
        base = root / top
        if not base.is_dir():
            continue
        for path in sorted(base.rglob("*")):
            if path.is_file() and (path.name == "CMakeLists.txt" or path.suffix == ".md"):
                for number, content in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
                    if ISSUE_REFERENCE.search(content):
                        report(path, number, "names an issue number; say why instead")
    for number, content in enumerate((root / "CMakeLists.txt").read_text(encoding="utf-8").splitlines(), 1):
        if ISSUE_REFERENCE.search(content):
            report(root / "CMakeLists.txt", number, "names an issue number; say why instead")

    # A cycle between core's folders means neither can be read, built or tested alone.
    state = {}

    def visit(node, trail):
        state[node] = "open"
        for nxt, where in sorted(core_edges.get(node, {}).items()):
            if state.get(nxt) == "open":
                cycle = trail[trail.index(nxt):] + [nxt] if nxt in trail else [node, nxt]
                problems.append("core folders include each other: " + " -> ".join(cycle)
                                + f" (e.g. {where})")
            elif nxt not in state:
                visit(nxt, trail + [nxt])
        state[node] = "done"

    for node in sorted(core_edges):
        if node not in state:
            visit(node, [node])

    ui_top = [p.name for p in (root / "ui").iterdir()
              if p.is_file() and p.suffix in SOURCE_SUFFIXES]
    if len(ui_top) > UI_TOP_LEVEL_LIMIT:
        problems.append(f"ui/ holds {len(ui_top)} source files at its top level (at most "
                        f"{UI_TOP_LEVEL_LIMIT}): put features in their folders")

    def key(problem: str) -> str:
        return re.sub(r"^([^:]+):\d+: ", r"\1: ", problem)

    known_file = Path(__file__).with_name("known_violations.txt")
    known = set()
    if known_file.is_file():
        known = {line.strip() for line in known_file.read_text(encoding="utf-8").splitlines()
                 if line.strip() and not line.startswith("#")}
    seen = {key(p) for p in problems}
    problems = [p for p in problems if key(p) not in known]
    problems += [f"{k}: listed in {known_file.name} but no longer occurs: remove it from the list"
                 for k in sorted(known - seen)]
    if "--list" in sys.argv:
        for k in sorted(seen):
            print(k)
        return 0

    for p in problems:
        print(p)
    if problems:
        print(f"{len(problems)} layout problem(s)", file=sys.stderr)
        return 1
    print("layout ok")
    return 0


if __name__ == "__main__":
    sys.exit(main())
