"""Export: summary content, Markdown that parses back as intended, JSON against its schema, labels, changes."""

from __future__ import annotations

import copy
import json
from pathlib import Path

import pytest
from jsonschema import Draft202012Validator
from markdown_it import MarkdownIt

from tests.golden.export_fixture import CHANGES, GENERATED_AT, empty_analysis, fixed_analysis
from tosreader.core.analysis import analyze
from tosreader.core.entries import entries
from tosreader.core.export import SCHEMA_VERSION, build_summary, render
from tosreader.core.export.changes import changes_from_diff
from tosreader.core.export.markdown import md_escape
from tosreader.core.export.summary import Highlighter, content_hash
from tosreader.core.loaders import load_path, load_text
from tosreader.paths import resource_dir

SCHEMA = json.loads((resource_dir() / "schema" / "summary.schema.json").read_text(encoding="utf-8"))
SAMPLES = resource_dir() / "samples"
HOSTILE = (
    "# Terms [click](javascript:alert(1)) <b>bold</b>\n\n"
    "1. We may change these terms at any time <img src=x onerror=alert(1)> *without* notice.\n\n"
    "> Quoted? See <https://evil.example/> and [ref]: http://evil.example &copy; `code` ~~gone~~\n\n"
    "- We may **terminate** your account | col | at any time ###\n\n"
    "Plain text with \\backslash and trailing hashes ##\n"
)


def validator() -> Draft202012Validator:
    return Draft202012Validator(SCHEMA, format_checker=Draft202012Validator.FORMAT_CHECKER)


def md_tokens(md: str) -> list:
    return MarkdownIt("commonmark").enable("table").enable("strikethrough").parse(md)


def inline_children(tokens: list) -> list:
    return [c for t in tokens if t.type == "inline" for c in (t.children or [])]


# -- content ------------------------------------------------------------------------------------

def test_summary_groups_findings_by_category_worst_first() -> None:
    s = build_summary(fixed_analysis())
    assert [g.category for g in s.risks][:2] == ["ai_training", "arbitration"]
    assert {g.category for g in s.good} == {"ai_training"}
    assert [g.category for g in s.noteworthy] == ["privacy_by_reference"]
    assert s.content_hash == content_hash(s.text) and len(s.content_hash) == 64
    for g in s.risks + s.good + s.noteworthy:
        for item in g.items:
            assert item.quote[item.match_start : item.match_end] == item.finding.matched


def test_markdown_contains_every_section_and_quote() -> None:
    a = fixed_analysis()
    md = render(a, "md", changes=CHANGES, generated_at=GENERATED_AT)
    tokens = md_tokens(md)
    headings = [tokens[i + 1].content for i, t in enumerate(tokens) if t.type == "heading_open"]
    assert headings[0] == "Confero Terms of Service"
    for title in ("What changed since the previous version", "Risks", "Good points", "Noteworthy",
                  "AI / machine-learning training", "Your data may train AI models (high)"):
        assert title in headings
    # the risk delta comes before the findings
    assert headings.index("New or added") < headings.index("Risks")
    quotes = [tokens[i + 2].content for i, t in enumerate(tokens) if t.type == "blockquote_open"]
    for f in a.findings:
        assert a.document.text[f.start : f.end] in quotes
    assert GENERATED_AT in md and content_hash(a.document.text) in md


def test_markdown_user_text_never_becomes_markup() -> None:
    doc = load_text(HOSTILE, source="hostile.md")
    a = analyze(doc, "en")
    md = render(a, "md")
    tokens = md_tokens(md)
    html = MarkdownIt("commonmark").enable("table").enable("strikethrough").render(md)
    kinds = {c.type for c in inline_children(tokens)}
    assert "link_open" not in kinds and "html_inline" not in kinds and "image" not in kinds
    assert "s_open" not in kinds
    assert not any(t.type in ("html_block", "table_open", "code_block", "fence") for t in tokens)
    assert "<img" not in html and "<b>" not in html and "href" not in html
    # the only code spans are the ones we write (the content hash, the rule ids)
    codes = [c.content for c in inline_children(tokens) if c.type == "code_inline"]
    assert codes[0] == content_hash(a.document.text) and set(codes[1:]) == {f.rule for f in a.findings}
    # every quote and the title come back as exactly the document's text
    texts = ["".join(c.content for c in (tokens[i + 1].children or []))
             for i, t in enumerate(tokens) if t.type == "paragraph_open" and i and tokens[i - 1].type == "blockquote_open"]
    for f in a.findings:
        assert a.document.text[f.start : f.end] in texts
    assert "".join(c.content for c in (tokens[1].children or [])) == a.document.title


@pytest.mark.parametrize("text", [
    "1. numbered", "2) numbered", "- dash", "+ plus", "# hash", "> quote", "=====", "***", "___",
    "<div>x</div>", "[a](b)", "![i](x.png)", "`tick`", "a\\", "&amp; entity", "| a | b |", "~~strike~~",
    "*em* _em_", "http://example.com", "trailing ##",
])
def test_md_escape_round_trips_as_literal_text(text: str) -> None:
    md = "> " + md_escape(text, line_start=True, heading=True)
    tokens = MarkdownIt("commonmark").enable("table").enable("strikethrough").parse(md)
    types = [t.type for t in tokens]
    assert types == ["blockquote_open", "paragraph_open", "inline", "paragraph_close", "blockquote_close"]
    children = tokens[2].children or []
    assert [c.type for c in children] == ["text"] * len(children)
    assert "".join(c.content for c in children) == text


def test_md_escape_is_readable() -> None:
    plain = "3.3 You agree that Confero may use data (e.g. telemetry) - for any purpose!"
    assert md_escape(plain, line_start=True) == plain


def test_no_findings_and_german_labels() -> None:
    md = render(empty_analysis(), "md")
    assert "The rules found no risky clauses" in md
    de = render(empty_analysis("Dies ist nur ein Hinweis.", "de"), "md")
    assert "## Risiken" in de and "keine riskanten Klauseln" in de
    en_labels = render(empty_analysis("Dies ist nur ein Hinweis.", "de"), "md", labels_language="en")
    assert "## Risks" in en_labels
    html = render(empty_analysis(), "html")
    assert "The rules found no risky clauses" in html


def test_german_sample_keeps_its_characters() -> None:
    a = analyze(load_path(SAMPLES / "de" / "streaming-agb.md"))
    assert a.language == "de"
    for fmt in ("html", "json"):
        out = render(a, fmt, include_text=True)
        assert "Geschäftsbedingungen" in out and "„Streamo“" in out
    md = render(a, "md")
    assert "Geschäftsbedingungen" in md and "Was Sie tun können" in md


# -- JSON --------------------------------------------------------------------------------------------

@pytest.mark.parametrize("sample", ["en/videocall-terms-2023-03.md", "en/videocall-terms-2023-08.md",
                                    "de/streaming-agb.md", "en/fair-terms.txt", "en/notely-terms.html"])
def test_json_of_every_sample_is_valid_against_the_schema(sample: str) -> None:
    data = json.loads(render(analyze(load_path(SAMPLES / sample)), "json"))
    validator().validate(data)
    assert data["schema_version"] == SCHEMA_VERSION
    for f in data["findings"]:
        for key in ("rule", "category", "severity", "start", "end", "matched", "explanation"):
            assert key in f
        assert f["quote"] == data["text"][f["start"] : f["end"]]


def test_json_with_changes_and_without_findings_is_valid() -> None:
    data = json.loads(render(fixed_analysis(), "json", changes=CHANGES))
    validator().validate(data)
    assert data["changes"]["risk"]["changed"][0]["new_severity"] == "medium"
    empty = json.loads(render(empty_analysis(), "json"))
    validator().validate(empty)
    assert empty["findings"] == [] and empty["changes"] is None


def test_schema_rejects_a_wrong_version_and_a_bad_finding() -> None:
    data = json.loads(render(fixed_analysis(), "json"))
    bad = copy.deepcopy(data)
    bad["schema_version"] = 2
    assert list(validator().iter_errors(bad))
    bad = copy.deepcopy(data)
    bad["findings"][0]["severity"] = "catastrophic"
    assert list(validator().iter_errors(bad))


def test_schema_file_is_a_valid_2020_12_schema() -> None:
    Draft202012Validator.check_schema(SCHEMA)
    assert SCHEMA["$schema"] == "https://json-schema.org/draft/2020-12/schema"


# -- changes -------------------------------------------------------------------------------------------

def test_changes_from_a_real_diff_of_the_two_confero_versions() -> None:
    from tosreader.core.diff import diff_documents

    old = load_path(SAMPLES / "en" / "videocall-terms-2023-03.md")
    new_analysis = analyze(load_path(SAMPLES / "en" / "videocall-terms-2023-08.md"))
    diff = diff_documents(old, new_analysis.document, new_analysis=new_analysis).to_dict()
    changes = changes_from_diff(diff, {"recorded_at": "2023-03-01", "content_hash": "ab" * 32})
    assert changes["previous"]["recorded_at"] == "2023-03-01"
    assert changes["summary"]["changed"] + changes["summary"]["added"] > 0
    assert any(changes["risk"].values())
    md = render(new_analysis, "md", changes=changes)
    assert "## What changed since the previous version" in md
    validator().validate(json.loads(render(new_analysis, "json", changes=changes)))


def test_changes_without_any_risk_delta_say_so() -> None:
    quiet = {"previous": {"recorded_at": "x", "content_hash": ""}, "risk": {}, "summary": {"unchanged": 3}}
    md = render(fixed_analysis(), "md", changes=quiet)
    assert "No finding appeared, disappeared or changed severity." in md
    assert "3 unchanged" in md


# -- highlights and size --------------------------------------------------------------------------------

def test_highlighter_marks_the_worst_severity_and_the_trigger() -> None:
    a = fixed_analysis()
    hl = Highlighter(a.document.text, a.findings)
    f = next(f for f in a.findings if f.severity.value == "high")
    segs = hl.segments(f.start, f.end)
    assert segs[0].start == f.start and segs[-1].end == f.end
    assert all(s.severity == "high" for s in segs)
    assert [a.document.text[s.start : s.end] for s in segs if s.triggered] == [f.matched]
    whole = hl.segments(0, len(a.document.text))
    assert "".join(a.document.text[s.start : s.end] for s in whole) == a.document.text


def test_a_very_long_document_exports_with_every_finding(tmp_path: Path) -> None:
    base = (SAMPLES / "en" / "videocall-terms-2023-03.md").read_text(encoding="utf-8")
    text = "\n\n".join(base.replace("# Confero", f"# Part {i} Confero") for i in range(60))
    a = analyze(load_text(text, source="long.md", title="Long"), "en")
    assert len(a.document.text) > 200_000 and len(a.findings) > 500
    html = render(a, "html", include_text=True)
    assert html.count('<article class="finding') == len(entries(a.findings))  # one per clause and category
    md = render(a, "md")
    assert md.count("\n> ") == len(entries(a.findings))
    assert md.count("`en.") == len(a.findings)  # every rule that fired is named, once per finding
    validator().validate(json.loads(render(a, "json")))


def test_unknown_format_is_refused() -> None:
    with pytest.raises(ValueError):
        render(fixed_analysis(), "docx")
