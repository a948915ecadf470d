"""Recall and false alarms of the data, AI and consumer-risk rules on ToS;DR's curated quotes.

Usage: python benchmarks/tosdr_points.py [--data PATH] [--half tune|check|both|all] [--json]
                                         [--errors CATEGORY] [--info] [--unfair]

PATH is a points.jsonl in the layout of ../shared/data/tosdr-dev (one object a line: class, case, quote,
document); default $TOSREADER_SHARED/data/tosdr-dev/points.jsonl, with TOSREADER_SHARED defaulting to
../shared next to the repository. Absent data: a message and exit status 0.

Each quote whose case maps to one of our categories (CASE_MAP) is analysed on its own with the English
rules. For a category C: recall = share of its ``bad`` quotes that get a risk finding (low or above) of C;
false alarm = share of its ``good``/``neutral`` quotes that get a risk finding of C. Quotes that are not
English (ToS;DR has a few German and Russian ones) are skipped. To keep the figures honest the quotes are
split by line number: even lines are the tuning half, odd lines the check half; both are reported.
INFO_CASES are reported apart: ToS;DR rates them neutral, while we flag them on purpose (e.g. automatic
renewal), so they measure coverage, not false alarms.

``--unfair`` measures the eight CLAUDETTE categories instead (UNFAIR_CASES: ToS;DR cases such as "Terms may
be changed any time at their discretion"), on all quotes of those cases. Those rules were written and tuned
on the CLAUDETTE documents only, never on these quotes, so this is a check on text nobody tuned them to;
keep it that way (no --errors for these categories).
It also counts the ``good``-rated quotes of all other cases that get a risk finding of the eight categories
("fair quotes flagged"): ToS;DR judged them friendly to the reader, so most such findings are false alarms
(a few are not: a change announced 30 days ahead is still a unilateral change). That figure is a development
one: its quotes were read to find classes of false alarms in the eight categories' rules.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from tosreader.core.analysis import analyze, get_ruleset  # noqa: E402
from tosreader.core.language import detect_language  # noqa: E402
from tosreader.core.loaders import load_text  # noqa: E402

# ToS;DR case title -> our category. Bad quotes of a case measure recall, good/neutral ones false alarms.
CASE_MAP: dict[str, str] = {
    # any_purpose
    "This service uses your personal information for many different purposes": "any_purpose",
    "Your personal data is used for limited purposes": "any_purpose",
    "The service provides information about how they intend to use your personal data": "any_purpose",
    # content_licence
    "The copyright license maintained by the service over user data and/or content is broader than "
    "necessary.": "content_licence",
    "This service can license user content to third parties": "content_licence",
    "This service keeps a license on user-generated content even after users close their accounts.":
        "content_licence",
    "This service retains rights to your content even after you stop using your account": "content_licence",
    "The service can distribute your content through any media known now or in the future": "content_licence",
    "This service can use your content for all their existing and future services": "content_licence",
    "very broad": "content_licence",
    "You maintain ownership of your data": "content_licence",
    "Copyright license limited for the purposes of that same service but transferable and sublicenseable":
        "content_licence",
    "Content is published under a free license instead of a bilateral one": "content_licence",
    "Users are free to choose the type of copyright license that they want to use over their content":
        "content_licence",
    "The copyright license that users grant this service is limited to the parties that make up the "
    "service's broader platform.": "content_licence",
    # data_sharing
    "The service can sell or otherwise transfer your personal data as part of a bankruptcy proceeding or "
    "other type of financial transaction.": "data_sharing",
    "Your personal data is given to third parties": "data_sharing",
    "This service can share your personal information to third parties": "data_sharing",
    "This service reserves the right to disclose your personal information without notifying you":
        "data_sharing",
    "The service may sell your data unless you opt out": "data_sharing",
    "This service does not sell your personal data": "data_sharing",
    "The service does not share user information with third parties": "data_sharing",
    "This service only shares user information with third parties when given specific consent": "data_sharing",
    "Third parties used by the service are bound by confidentiality obligations": "data_sharing",
    "The service will not allow third parties to access your personal information without a legal basis":
        "data_sharing",
    "The service allows you to opt out of providing personal information to third parties": "data_sharing",
    "Only aggregate data is given to third parties": "data_sharing",
    # tracking
    "The service may use tracking pixels, web beacons, browser fingerprinting, and/or device fingerprinting "
    "on users.": "tracking",
    "This service uses third-party cookies for statistics": "tracking",
    "This service ignores the Do Not Track (DNT) header and tracks users anyway even if they set this header.":
        "tracking",
    "Tracking via third-party cookies for other purposes without your consent.": "tracking",
    "This service employs third-party cookies, but with opt-out instructions": "tracking",
    "This service tracks you on other websites": "tracking",
    "The service uses your personal data to employ targeted third-party advertising": "tracking",
    "The service uses your personal data for advertising": "tracking",
    "This service tracks which web page referred you to it": "tracking",
    "The service uses social media cookies/pixels": "tracking",
    "Tracking pixels are used in service-to-user communication": "tracking",
    "Your profile is combined across various products": "tracking",
    "This service may collect, use, and share location data": "tracking",
    "This service receives your location through GPS coordinates": "tracking",
    "This service can view your browser history": "tracking",
    "Device fingerprinting": "tracking",
    "This service does not track you": "tracking",
    "IP addresses of website visitors are not tracked": "tracking",
    "This service respects your browser's Do Not Track (DNT) headers": "tracking",
    "You can opt out of targeted advertising": "tracking",
    "This service only uses temporary session cookies": "tracking",
    "The service does not use third-party analytics or tracking platforms": "tracking",
    "This service does not collect, use, or share location data": "tracking",
    "The cookies used by this service do not contain information that would personally identify you":
        "tracking",
    "Tracking cookies refused will not limit your ability to use the service": "tracking",
    "The service deletes tracking data after a period of time and allows you to opt out": "tracking",
    "Blocking first party cookies may limit your ability to use the service": "tracking",
    "This service requires first-party cookies": "tracking",
    "This service collects your IP address for location use": "tracking",
    # data_retention
    "This service may keep personal data after a request for erasure for business interests or legal "
    "obligations": "data_retention",
    "This service keeps user logs for an undefined period of time": "data_retention",
    "This service holds onto content that you've deleted": "data_retention",
    "The service may keep a secure, anonymized record of users' data for analytical purposes even after the "
    "data retention period": "data_retention",
    "This service will continue using anonymized user-generated content even after erasure of personal "
    "information": "data_retention",
    "You cannot delete your account of this service": "data_retention",
    "You can request access and deletion of personal data": "data_retention",
    "User logs are deleted after a finite period of time": "data_retention",
    "The service's data retention period is kept to the minimum necessary for fulfilling its purposes":
        "data_retention",
    "Only necessary user logs are kept by the service to ensure quality": "data_retention",
    "You can delete your content from this service": "data_retention",
    # class_action_waiver
    "You waive your right to a class action.": "class_action_waiver",
    # indemnification
    "You agree to defend, indemnify, and hold the service harmless in case of a claim related to your use of "
    "the service": "indemnification",
    "You are solely responsible for claims made against the service and agree to indemnify and hold "
    "harmless the service.": "indemnification",
    "This service cannot be held responsible for disputes that you may have with other users":
        "indemnification",
    "Users are responsible for any risks, damages, or losses they may incur by downloading materials":
        "indemnification",
}

# ToS;DR cases that are CLAUDETTE categories: a bad quote should carry a risk of the category (either one
# of "a|b"), a good one should not.
UNFAIR_CASES: dict[str, str] = {
    "Terms may be changed any time at their discretion, without notice to the user": "unilateral_change",
    "The service can delete your account without prior notice and without a reason": "unilateral_termination",
    "The service can delete specific content without reason and may do it without prior notice":
        "content_removal",
    "This service assumes no liability for any losses or damages resulting from any matter relating to the "
    "service": "limitation_of_liability",
    "Any liability on behalf of the service is only limited to the fees you paid as a user":
        "limitation_of_liability",
    "This service forces users into binding arbitration in the case of disputes": "arbitration",
    "This service does not force users into binding arbitration": "arbitration",
    "The court of law governing the terms is in a jurisdiction that is less friendly to user privacy "
    "protection.": "jurisdiction|choice_of_law",
}
UNFAIR_CATEGORIES = ["unilateral_change", "unilateral_termination", "content_removal", "limitation_of_liability",
                     "arbitration", "jurisdiction|choice_of_law"]

# Cases ToS;DR rates neutral that a category flags on purpose: reported as coverage, not as false alarms.
INFO_CASES: dict[str, str] = {
    "You authorise the service to charge a credit card supplied on re-occurring basis": "auto_renewal",
}

CATEGORIES = ["ai_training", "any_purpose", "content_licence", "data_sharing", "tracking",
              "data_retention", "auto_renewal", "class_action_waiver", "indemnification"]


@dataclass
class Point:
    line: int
    cls: str
    case: str
    category: str
    quote: str
    risks: dict[str, list[str]] = field(default_factory=dict)  # category -> rule ids
    goods: set[str] = field(default_factory=set)

    @property
    def hit(self) -> bool:
        return any(c in self.risks for c in self.category.split("|"))


def default_data() -> Path:
    shared = Path(os.environ.get("TOSREADER_SHARED", str(REPO.parent / "shared")))
    return shared / "data" / "tosdr-dev" / "points.jsonl"


def is_english(quote: str) -> bool:
    letters = [c for c in quote if c.isalpha()]
    if not letters or sum(c.isascii() for c in letters) / len(letters) < 0.9:
        return False
    return detect_language(quote) == "en"


def load_points(path: Path, category_of: Callable[[str], str | None],
                classes: frozenset[str] | None = None) -> tuple[list[Point], int]:
    """The English quotes whose case (whitespace normalised) ``category_of`` maps to a category, of the
    given ``classes`` (default: all), and how many such quotes were skipped as not English."""
    points: list[Point] = []
    skipped = 0
    with path.open(encoding="utf-8") as fh:
        for line, raw in enumerate(fh):
            data = json.loads(raw)
            if classes is not None and data.get("class") not in classes:
                continue
            category = category_of(" ".join(str(data.get("case", "")).split()))
            if category is None:
                continue
            quote = str(data.get("quote", ""))
            if not is_english(quote):
                skipped += 1
                continue
            points.append(Point(line, str(data.get("class", "")), data["case"].strip(), category, quote))
    return points, skipped


def analyse(points: list[Point]) -> None:
    ruleset = get_ruleset("en", include_user=False)
    for p in points:
        analysis = analyze(load_text(p.quote), "en", ruleset=ruleset)
        for f in analysis.findings:
            if f.severity.is_risk:
                p.risks.setdefault(f.category, []).append(f.rule)
            elif f.severity.value == "good":
                p.goods.add(f.category)


def figures(points: list[Point], categories: list[str] = CATEGORIES) -> dict[str, dict[str, float | int]]:
    result: dict[str, dict[str, float | int]] = {}
    for cat in [*categories, "overall"]:
        mine = points if cat == "overall" else [p for p in points if p.category == cat]
        bad = [p for p in mine if p.cls == "bad"]
        fair = [p for p in mine if p.cls in ("good", "neutral")]
        if not bad and not fair:
            continue
        result[cat] = {
            "bad": len(bad), "recall": _share(sum(p.hit for p in bad), len(bad)),
            "fair": len(fair), "false_alarm": _share(sum(p.hit for p in fair), len(fair)),
            "good_points": _share(sum(any(c in p.goods for c in p.category.split("|")) for p in fair), len(fair)),
        }
    return result


def fair_quotes_flagged(path: Path) -> tuple[int, int]:
    """How many English good-rated quotes of cases outside UNFAIR_CASES get a risk finding of one of the
    eight CLAUDETTE categories, and how many such quotes there are."""
    eight = {c for cats in UNFAIR_CATEGORIES for c in cats.split("|")} | {"contract_by_using"}
    good, _ = load_points(path, lambda case: None if case in UNFAIR_CASES else "other", frozenset({"good"}))
    analyse(good)
    return sum(1 for p in good if eight & set(p.risks)), len(good)


def _share(n: int, total: int) -> float:
    return round(n / total, 3) if total else 0.0


def halves(points: list[Point], which: str) -> dict[str, list[Point]]:
    tune = [p for p in points if p.line % 2 == 0]
    check = [p for p in points if p.line % 2 == 1]
    if which == "both":
        return {"tune": tune, "check": check}
    return {which: {"tune": tune, "check": check, "all": points}[which]}


def print_table(name: str, table: dict[str, dict[str, float | int]]) -> None:
    print(f"\n{name} half")
    print(f"{'category':<22}{'bad':>6}{'recall':>9}{'fair':>7}{'false alarm':>13}{'good pts':>10}")
    for cat, row in table.items():
        print(f"{cat:<22}{row['bad']:>6}{row['recall']:>9.3f}{row['fair']:>7}{row['false_alarm']:>13.3f}"
              f"{row['good_points']:>10.3f}")


def print_errors(points: list[Point], category: str) -> None:
    for p in points:
        if p.category != category:
            continue
        if p.cls == "bad" and not p.hit:
            print(f"MISS  [{p.line}] {p.case[:60]}\n      {p.quote[:400]}")
        elif p.cls != "bad" and p.hit:
            print(f"FALSE [{p.line}] {','.join(p.risks[category])} | {p.case[:60]}\n      {p.quote[:400]}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=None, help="points.jsonl (default: shared tosdr-dev)")
    parser.add_argument("--half", choices=("tune", "check", "both", "all"), default="both")
    parser.add_argument("--json", action="store_true")
    parser.add_argument("--errors", metavar="CATEGORY", help="list misses and false alarms of CATEGORY")
    parser.add_argument("--info", action="store_true", help="also list the info-case quotes not flagged")
    parser.add_argument("--unfair", action="store_true",
                        help="the eight CLAUDETTE categories on their ToS;DR cases (all quotes; text nobody tuned to)")
    args = parser.parse_args(argv)
    path = args.data or default_data()
    if not path.is_file():
        print(f"tosdr_points: no data at {path}; skipped")
        return 0
    if args.unfair:
        unfair, skipped = load_points(path, UNFAIR_CASES.get)
        analyse(unfair)
        table = figures(unfair, UNFAIR_CATEGORIES)
        flagged, good = fair_quotes_flagged(path)
        if args.json:
            print(json.dumps({"unfair": table, "skipped_non_english": skipped,
                              "fair_quotes_flagged": {"flagged": flagged, "good_quotes": good}}, indent=2))
        else:
            print(f"{len(unfair)} English quotes in CLAUDETTE-category cases ({skipped} non-English skipped)")
            print_table("all (not tuned on)", table)
            print(f"\nfair quotes flagged (good-rated quotes of other cases with a risk of the eight categories; "
                  f"development figure): {flagged} of {good} ({_share(flagged, good):.3f})")
        return 0
    points, skipped = load_points(path, CASE_MAP.get)
    info, _ = load_points(path, INFO_CASES.get)
    analyse(points + info)
    groups = halves(points, args.half)
    if args.errors:
        for group in groups.values():
            print_errors(group, args.errors)
        return 0
    tables = {name: figures(group) for name, group in groups.items()}
    coverage = {cat: _share(sum(p.hit for p in info if p.category == cat),
                            sum(p.category == cat for p in info)) for cat in set(INFO_CASES.values())}
    if args.json:
        print(json.dumps({"tables": tables, "info_coverage": coverage, "skipped_non_english": skipped},
                         indent=2))
        return 0
    print(f"{len(points)} English quotes in mapped cases ({skipped} non-English skipped)")
    for name, table in tables.items():
        print_table(name, table)
    for cat, share in coverage.items():
        n = sum(p.category == cat for p in info)
        print(f"\ninfo cases (ToS;DR: neutral) flagged as {cat}: {share:.3f} of {n}")
    if args.info:
        for p in info:
            if not p.hit:
                print(f"  not flagged [{p.line}] {p.quote[:300]}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
