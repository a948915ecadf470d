"""Write the German profile's macros ``home_law_clause`` and ``home_court_clause`` from a table of countries.

"Wohnen Sie in Österreich, gilt österreichisches Recht" keeps the reader's own law, and "Lebst du in Dänemark,
sind die dänischen Gerichte zuständig" the reader's own courts: both are fair. A regular expression cannot
check that the law or the courts named are those of the country named, so each macro lists every country of
the table with its own adjective and name (a fixed table, not the first letters: "Schweiz" is not
"schwedisch"). The resulting patterns are long; edit the table here and run

    python tools/country_macros.py           # rewrite the two lines in resources/rules/de/language.toml
    python tools/country_macros.py --check   # exit 1 when the file does not match the table (a test runs this)
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

PROFILE = Path(__file__).resolve().parent.parent / "resources" / "rules" / "de" / "language.toml"

# Country (as a pattern) - adjective stem(s) - name after "Recht der/des/von".
COUNTRIES = [
    ("Deutschland", "deutsch", "Deutschland"), ("Österreich", "österreichisch", "Österreich"),
    ("Schweiz", "schweizerisch|Schweizer", "Schweiz"), ("Frankreich", "französisch", "Frankreich"),
    ("Spanien", "spanisch", "Spanien"), ("Italien", "italienisch", "Italien"), ("Irland", "irisch", "Irland"),
    ("Portugal", "portugiesisch", "Portugal"), ("Niederlanden?", "niederländisch", "Niederlande"),
    ("Belgien", "belgisch", "Belgien"), ("Luxemburg", "luxemburgisch", "Luxemburg"),
    ("Dänemark", "dänisch", "Dänemark"), ("Schweden", "schwedisch", "Schweden"), ("Norwegen", "norwegisch", "Norwegen"),
    ("Finnland", "finnisch", "Finnland"), ("Polen", "polnisch", "Polen"), ("Tschechien|Tschechischen\\s+Republik", "tschechisch", "Tschechien|Tschechischen\\s+Republik"),
    ("Ungarn", "ungarisch", "Ungarn"), ("Griechenland", "griechisch", "Griechenland"),
    ("Schottland", "schottisch", "Schottland"), ("England", "englisch", "England"), ("Wales", "walisisch", "Wales"),
    ("Vereinigten\\s+Königreich", "englisch|britisch", "Vereinigten\\s+Königreichs?|England"),
    ("Nordirland", "nordirisch", "Nordirland"), ("Island", "isländisch", "Island"),
    ("Liechtenstein", "liechtensteinisch", "Liechtenstein"), ("Kanada", "kanadisch", "Kanada"),
    ("Brasilien", "brasilianisch", "Brasilien"), ("Japan", "japanisch", "Japan"), ("Australien", "australisch", "Australien"),
    ("Kroatien", "kroatisch", "Kroatien"), ("Slowenien", "slowenisch", "Slowenien"),
    ("Rumänien", "rumänisch", "Rumänien"), ("Bulgarien", "bulgarisch", "Bulgarien"),
    ("Estland", "estnisch", "Estland"), ("Lettland", "lettisch", "Lettland"), ("Litauen", "litauisch", "Litauen"),
    ("Slowakei|Slowakischen\\s+Republik", "slowakisch", "Slowakei|Slowakischen\\s+Republik"), ("Malta", "maltesisch", "Malta"),
    ("Zypern", "zyprisch|zypriotisch", "Zypern"),
]

# "Wohnen Sie in …", "Lebst du im …" at the start of the condition.
HEAD = (r"\b(?:wohnen|leben|wohnst|lebst)\s+(?-i:Sie|du)\s+(?:[\w-]+\s+){0,2}?(?:in|im)\s+(?:der\s+|den\s+|dem\s+)?"
        r"(?:Republik\s+|Bundesrepublik\s+)?")
# A comma right after the country; no "trotzdem", no denial, nothing excluded in the sentence.
GUARD = (r"\s*(?:\([^)]{0,30}\)\s*)?,(?![^.]*?\b(?:trotzdem|dennoch|gleichwohl|ungeachtet|nicht|kein\w*|"
         r"ausgeschlossen)\b)")


def _other(adjective: str) -> str:
    """No law or courts of another country anywhere in the sentence."""
    return r"(?![^.]*?\b(?!(?:" + adjective + r"))[a-zäöü][\w-]*ische[snm]?\s+(?:Recht|Gerichte?n?)\b)"


def _named_after(country: str, adjective: str, target: str) -> str:
    """The country, then (in the same sentence, after the guards) ``target``: its own law or courts."""
    return "(?:" + country + r")(?=" + GUARD + _other(adjective) + r"[^.]{0,300}?(?:" + target + "))"


def _law(country: str, adjective: str, name: str) -> str:
    return _named_after(country, adjective, r"\b(?:" + adjective + r")\w*\s+(?:Recht|Rechts|Gesetz)|\b(?:Recht|Gesetze?n?)\s+"
                        r"(?:der\s+|des\s+|von\s+)?(?:Republik\s+|Bundesrepublik\s+)?(?:[\w-]+\s+und\s+)?(?:" + name + ")")


def _court(country: str, adjective: str, name: str) -> str:
    return _named_after(country, adjective, r"\b(?:Gerichte?\w*|Gerichtsbarkeit|Gerichtsstand|Zuständigkeit|zuständig)\b"
                        r"[^.;]{0,80}?\b(?:" + name + r")|\b(?:" + adjective + r")\w*\s+(?:[\w-]+\s+)?Gerichte?\w*")


def macros() -> dict[str, str]:
    law = HEAD + "(?:" + "|".join(_law(*row) for row in COUNTRIES) + ")"
    court = HEAD + "(?:" + "|".join(_court(*row) for row in COUNTRIES) + ")"
    for pattern in (law, court):
        re.compile(pattern, re.IGNORECASE)
    return {"home_law_clause": law, "home_court_clause": court}


def rewritten(text: str) -> str:
    for name, pattern in macros().items():
        line = re.compile(rf"^{name} = '''.*?'''$", re.MULTILINE)
        if line.search(text) is None:
            raise SystemExit(f"{PROFILE}: no line '{name} = ...' to rewrite")
        text = line.sub(lambda _m, n=name, p=pattern: f"{n} = '''{p}'''", text)
    return text


def main(argv: list[str]) -> int:
    text = PROFILE.read_text(encoding="utf-8")
    new = rewritten(text)
    if "--check" in argv:
        if new != text:
            print(f"{PROFILE} does not match the table in tools/country_macros.py; run it without --check")
            return 1
        return 0
    PROFILE.write_text(new, encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
