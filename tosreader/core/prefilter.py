"""Literal prefilters for regexes: the word parts a pattern cannot match without, read from its parse tree.

A pattern like ``\\b(?:may|can)\\s+(?:\\w+\\s+){0,3}terminat\\w*`` can only match a text that contains
"may" or "can" *and* "terminat". :func:`required_factors` returns exactly such factors — each a set of
lower-case literals of which at least one must occur — so the engine can skip a regex on a clause whose
words cannot satisfy it. The factors are a necessary condition only (a superset test): dropping a factor
is always safe, which is how anything the analysis does not understand (back-references, classes,
unbounded repeats) is handled.
"""

from __future__ import annotations

import hashlib
import importlib
import json
import os
import re
import sys
from pathlib import Path
from typing import Any

# The regex parser is private API: re._parser (Python 3.11+), sre_parse before.
try:
    _p: Any = importlib.import_module("re._parser")
    _c: Any = importlib.import_module("re._constants")
except ImportError:  # pragma: no cover - older Pythons
    _p = importlib.import_module("sre_parse")
    _c = importlib.import_module("sre_constants")

Factor = frozenset[str]

MAX_FACTORS = 3
MIN_LITERAL = 2
_MAX_RUN_VARIANTS = 16
_MAX_CLASS = 4
_REPEATS = tuple(getattr(_c, n) for n in ("MAX_REPEAT", "MIN_REPEAT", "POSSESSIVE_REPEAT") if hasattr(_c, n))


def _word_char(code: int) -> bool:
    ch = chr(code)
    return ch.isalnum() or ch == "_"


def _best(factors: list[Factor]) -> Factor | None:
    """The most selective factor: its shortest literal is longest; then the fewest literals."""
    usable = [f for f in factors if f and min(map(len, f)) >= MIN_LITERAL]
    if not usable:
        return None
    return max(usable, key=lambda f: (min(map(len, f)), -len(f)))


class _Walker:
    """Collects the factors of one parsed sequence."""

    def __init__(self) -> None:
        self.factors: list[Factor] = []
        self.run: set[str] | None = None

    def flush(self) -> None:
        if self.run:
            self.factors.append(frozenset(self.run))
        self.run = None

    def extend(self, chars: list[str]) -> None:
        base = self.run or {""}
        grown = {s + ch for s in base for ch in chars}
        if len(grown) > _MAX_RUN_VARIANTS:
            self.flush()
            grown = set(chars)
        self.run = grown

    def sequence(self, items: Any) -> list[Factor]:
        for op, av in items:
            self.node(op, av)
        self.flush()
        return self.factors

    def node(self, op: Any, av: Any) -> None:
        if op is _c.LITERAL and _word_char(av):
            self.extend([chr(av).lower()])
        elif op is _c.IN and 0 < len(av) <= _MAX_CLASS and all(
            o is _c.LITERAL and _word_char(a) for o, a in av
        ):
            self.extend(sorted({chr(a).lower() for _, a in av}))
        elif op is _c.AT:
            pass  # zero-width (\b, \A): the run of literals goes on
        elif op in (_c.MAX_REPEAT, _c.MIN_REPEAT) and self._optional_letter(av):
            ch = chr(av[2][0][1]).lower()
            self.run = (self.run or {""}) | {s + ch for s in (self.run or {""})}
            if len(self.run) > _MAX_RUN_VARIANTS:
                self.flush()
        else:
            self.flush()
            self.factors.extend(_factors_of(op, av))

    @staticmethod
    def _optional_letter(av: Any) -> bool:
        lo, hi, body = av
        return lo == 0 and hi == 1 and len(body) == 1 and body[0][0] is _c.LITERAL and _word_char(body[0][1])


def _factors_of(op: Any, av: Any) -> list[Factor]:
    """Factors of a node that ends a literal run."""
    if op is _c.SUBPATTERN:
        return _Walker().sequence(av[-1])
    if op is _c.BRANCH:
        union: set[str] = set()
        for alternative in av[1]:
            best = _best(_Walker().sequence(alternative))
            if best is None:
                return []
            union |= best
        return [frozenset(union)]
    if op in _REPEATS:
        lo, _hi, body = av
        return _Walker().sequence(body) if lo >= 1 else []
    if op is _c.ASSERT:
        return _Walker().sequence(av[1])
    if hasattr(_c, "ATOMIC_GROUP") and op is _c.ATOMIC_GROUP:
        return _Walker().sequence(av)
    return []  # classes, any, back-references, negative look-arounds, conditionals: no requirement


def required_factors(pattern: re.Pattern[str]) -> tuple[Factor, ...]:
    """At most MAX_FACTORS factors the pattern needs, most selective first; () when nothing is known."""
    try:
        parsed = _p.parse(pattern.pattern, pattern.flags & ~re.UNICODE)
    except Exception:  # noqa: BLE001 - a parser quirk must never break analysis: no prefilter then
        return ()
    factors = [f for f in _Walker().sequence(parsed) if min(map(len, f), default=0) >= MIN_LITERAL]
    unique = list(dict.fromkeys(factors))
    unique.sort(key=lambda f: (-min(map(len, f)), len(f)))
    return tuple(unique[:MAX_FACTORS])


# -- kept between runs -------------------------------------------------------------------------------

def _stamp() -> str:
    """What the factors depend on besides the pattern: this module's code (or, in a frozen bundle
    without sources, the app's version) and the Python version."""
    try:
        code = Path(__file__).read_bytes()
    except OSError:  # a frozen bundle keeps bytecode only; the bundle itself never changes
        from tosreader import __version__

        code = f"frozen {__version__}".encode()
    return hashlib.sha256(code + sys.version.encode()).hexdigest()[:16]


def factors_for(patterns: list[re.Pattern[str]],
                cache_file: str | os.PathLike[str] | None = None) -> list[tuple[Factor, ...]]:
    """:func:`required_factors` of each pattern, read from ``cache_file`` (a JSON file) where it was
    worked out before: reading every pattern's parse tree is most of the time it takes to build an
    engine. The file is rewritten with exactly the patterns asked for when any was missing; a file that
    cannot be read or does not fit (another version of this module or of Python) is ignored, and one
    that cannot be written is left alone: the cache never decides a result, only saves work."""
    path = Path(cache_file) if cache_file is not None else None
    try:
        stamp = _stamp()
    except Exception:  # noqa: BLE001 - the cache must never stop an analysis: work everything out
        stamp, path = "", None
    known: dict[str, list[list[str]]] = {}
    if path is not None:
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
            if isinstance(data, dict) and data.get("stamp") == stamp and isinstance(data.get("factors"), dict):
                known = data["factors"]
        except (OSError, ValueError):
            known = {}
    result: list[tuple[Factor, ...]] = []
    kept: dict[str, list[list[str]]] = {}
    missing = False
    for pattern in patterns:
        key = f"{pattern.flags}:{pattern.pattern}"
        cached = known.get(key)
        if (isinstance(cached, list) and all(isinstance(f, list) and f and all(isinstance(s, str) for s in f)
                                             for f in cached)):
            factors = tuple(frozenset(f) for f in cached)
        else:
            factors = required_factors(pattern)
            missing = True
        kept[key] = [sorted(f) for f in factors]
        result.append(factors)
    if path is not None and missing:
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            temporary = path.with_name(f"{path.name}.{os.getpid()}.tmp")
            temporary.write_text(json.dumps({"stamp": stamp, "factors": kept}), encoding="utf-8")
            os.replace(temporary, path)
        except OSError:
            pass
    return result
