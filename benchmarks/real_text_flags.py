"""What the eight unfair-clause categories flag on real, current terms that nobody annotated or tuned to.

Usage: python benchmarks/real_text_flags.py [--shared PATH] [--list] [--category CAT]

Reads the newest version of each service in ``<shared>/data/ota-versions`` (Open Terms Archive
histories; PATH defaults to env TOSREADER_SHARED or ../shared next to the repository) and analyses it
with the built-in rules. Prints, per service, how many clauses each category flags (risk findings,
one per clause and category, as the reader sees them). With ``--list`` it also prints each flagged
clause with the rules and words that fired, for a person to judge: the annotated corpus measures
rules against experts' tags, this shows what they do on text of a kind the corpus does not have
(today's long US-style arbitration sections, AI clauses). Skips cleanly when the folder is absent.
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from tosreader.core.analysis import analyze  # noqa: E402
from tosreader.core.entries import entries  # noqa: E402
from tosreader.core.loaders import load_path  # noqa: E402

CATEGORIES = ("arbitration", "unilateral_change", "content_removal", "jurisdiction", "choice_of_law",
              "limitation_of_liability", "unilateral_termination", "contract_by_using")


def newest_versions(shared: Path) -> list[Path]:
    """The newest Markdown version of each service folder, by file name (they start with the date)."""
    base = shared / "data" / "ota-versions"
    if not base.is_dir():
        return []
    newest = []
    for service in sorted(p for p in base.iterdir() if p.is_dir()):
        versions = sorted(service.glob("*.md"))
        if versions:
            newest.append(versions[-1])
    return newest


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    default = os.environ.get("TOSREADER_SHARED") or str(REPO.parent / "shared")
    parser.add_argument("--shared", default=default)
    parser.add_argument("--list", action="store_true", help="print every flagged clause")
    parser.add_argument("--category", choices=CATEGORIES, help="only this category")
    args = parser.parse_args()
    files = newest_versions(Path(args.shared))
    if not files:
        print(f"skipped: no Open Terms Archive versions under {args.shared}/data/ota-versions")
        return 0
    wanted = (args.category,) if args.category else CATEGORIES
    print("service".ljust(12) + "".join(c[:12].rjust(13) for c in wanted) + "  clauses")
    listings = []
    for path in files:
        analysis = analyze(load_path(path), "auto")
        doc = analysis.document
        counts = dict.fromkeys(wanted, 0)
        for members in entries(f for f in analysis.findings if f.severity.is_risk and f.category in wanted):
            lead = members[0]
            counts[lead.category] += 1
            rules = "; ".join(f"{m.rule} \u201c{m.matched}\u201d" for m in members)
            listings.append(f"{path.parent.name} [{lead.category}] {rules}\n    {doc.text[lead.start:lead.end]}")
        service = path.parent.name
        print(service[:12].ljust(12) + "".join(str(counts[c]).rjust(13) for c in wanted)
              + f"  {len(doc.clauses)}")
    if args.list:
        print()
        print("\n".join(listings))
    return 0


if __name__ == "__main__":
    sys.exit(main())
