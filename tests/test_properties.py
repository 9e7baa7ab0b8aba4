"""Property tests (hypothesis): random and mutated text never crashes a stage and keeps every invariant.

Invariants checked: spans lie inside the text they index, mention/sentence/claim text equals the slice of its
span, results are sorted and non-overlapping, report positions are 1-based and inside the file, and the JSON
report is valid JSON. The default run is small (a few seconds); set ``CLAIMCHECK_FUZZ_EXAMPLES=N`` to run N
examples per property (``scripts/fuzz_check.py`` does that for long runs).
"""

from __future__ import annotations

import datetime as dt
import itertools
import json
import os
import random
import re

from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

from claimcheck.errors import InputWarning
from claimcheck.extract.numbers import extract_numbers
from claimcheck.extract.segment import sentences
from claimcheck.extract.temporal import extract_temporal
from claimcheck.load import Corpus
from claimcheck.load.article import build_document
from claimcheck.load.jsonl import parse_jsonl
from claimcheck.model import Document, Mention, Span
from claimcheck.pipeline import CheckOptions, check_corpus
from claimcheck.report import Report, json_format, text_format

from .conftest import ROOT


def examples(default: int) -> int:
    """The number of examples of a property: ``CLAIMCHECK_FUZZ_EXAMPLES`` when set, else ``default``."""
    value = os.environ.get("CLAIMCHECK_FUZZ_EXAMPLES")
    return int(value) if value else default


def fuzz_settings(default: int):  # type: ignore[no-untyped-def]
    return settings(max_examples=examples(default), deadline=None, derandomize=not os.environ.get("CLAIMCHECK_FUZZ_EXAMPLES"),
                    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large,
                                           HealthCheck.filter_too_much])


# --- material: real sentences from the seeds, and hostile fragments -------------------------------------------

def _seed_sentences() -> list[str]:
    found: list[str] = []
    for path in sorted((ROOT / "seeds").glob("*.txt")):
        for line in path.read_text(encoding="utf-8").splitlines():
            found.extend(s for s in re.split(r"(?<=[.!?”])\s+", line.strip()) if s)
    return found


SEED_SENTENCES = _seed_sentences()

HOSTILE = [
    "10**30", str(10**30), "1" + "0" * 400, "$" + "9" * 40 + " billion", "99999999999999999999999%", "1e308", "-0",
    "0.000000000000000000001", "1,000,000,000,000,000,000,000,000 people", "nine hundred quadrillion",
    "February 30, 2023", "Feb. 29, 2023", "February 29, 2024", "Jan. 0", "January 0, 2023", "March 32, 2023",
    "0000-01-01", "9999-12-31", "0000-00-00", "10000-01-01", "year 0000", "in 9999", "since 0001", "the 0s",
    "31/02/2023", "2023-13-45", "on 29 February 1900", "last Thursday", "next Monday", "12:99 p.m.", "25:00",
    "since 1994", "in the 1990s", "Q5 2023", "the 99th century", "4000 years ago", "in the year 9999 BC",
    "President", "Mr. President", "the Belarusian leader", "Lukashenko's", "ex-President Xi Jinping", "s",
    "\u200f", "\u202e", "\u202d", "\u2066", "\u200b", "\u200c", "\u200d", "\ufeff", "\u00ad", "\u2060",
    "\x00", "\x07", "\x0b", "\x0c", "\x1c", "\x1e", "\x85", "\u2028", "\u2029", "\r", "\t",
    "e\u0301\u0301\u0301", "\U0001f600", "\U0001d7d9\U0001d7da", "\u0663\u0664", "\u0967\u0968\u0969", "²³",
    "İstanbul", "ǅ", "ﬃ", "ß", "ΐ", "\ud7ff", "\uffff", "\U0010ffff",
    "<div>" * 50 + "</div>" * 3, "&amp;&#x0;&#99999999;", "---", "...", "“", "”", "'", "’s",
]


# Front matter whose YAML value looks like an impossible date (``date: 2023-02-30``, ``0000-01-01``) crashes
# the loader (PyYAML raises ValueError, not YAMLError): a known bug of claimcheck/load/article.py, pinned by
# test_robustness.py::test_front_matter_with_impossible_date; kept out of the generated text here.
_YAML_DATE = re.compile(r"\d{4}-\d\d?-\d\d?")


def _yaml_safe(value: str) -> str:
    return _YAML_DATE.sub("2023-03-01", value)


def _long_token(rnd: random.Random) -> str:
    return rnd.choice(["a", "9", "Lukashenko", "-", "1,", "\u200b", "é"]) * rnd.randint(200, 6000)


@st.composite
def mutated_text(draw: st.DrawFn, max_fragments: int = 30) -> str:
    """Seed sentences shuffled, duplicated and truncated, mixed with hostile fragments and odd separators."""
    seed = draw(st.integers(0, 2**32 - 1))
    rnd = random.Random(seed)
    count = draw(st.integers(1, max_fragments))
    fragments: list[str] = []
    for _ in range(count):
        roll = rnd.random()
        if roll < 0.55:
            sentence = rnd.choice(SEED_SENTENCES)
        elif roll < 0.85:
            sentence = rnd.choice(HOSTILE)
        elif roll < 0.9:
            sentence = _long_token(rnd)
        else:
            sentence = draw(st.text(max_size=40))
        if rnd.random() < 0.2:  # truncate
            sentence = sentence[: rnd.randint(0, len(sentence))]
        if rnd.random() < 0.3:  # insert hostile characters inside
            for _ in range(rnd.randint(1, 4)):
                at = rnd.randint(0, len(sentence))
                sentence = sentence[:at] + rnd.choice(HOSTILE) + sentence[at:]
        fragments.append(sentence)
        if rnd.random() < 0.1:  # duplicate
            fragments.append(sentence)
    if rnd.random() < 0.3:
        rnd.shuffle(fragments)
    separators = [" ", "\n", "\n\n", "\r\n", "\r\n\r\n", "\r", " \n", "\n\x0c\n", "\u2028", "\t"]
    text = fragments[0]
    for fragment in fragments[1:]:
        text += rnd.choice(separators) + fragment
    if rnd.random() < 0.1:
        text = "\ufeff" + text
    if rnd.random() < 0.1:
        text = "---\ntitle: " + _yaml_safe(rnd.choice(HOSTILE)) + "\ndate: " + _yaml_safe(rnd.choice(HOSTILE)) + "\n---\n" + text
    if rnd.random() < 0.15:
        text = rnd.choice(["date ", "Published: ", "Updated ", "Posted on "]) + rnd.choice(HOSTILE) + "\n" + text
    return text


EDGE_DATES = [dt.date(1, 1, 1), dt.date(1, 1, 2), dt.date(9999, 12, 31), dt.date(9999, 12, 30), dt.date(2024, 2, 29),
              dt.date(2000, 2, 29), dt.date(1900, 2, 28), dt.date(2023, 3, 1), dt.date(1970, 1, 1), dt.date(2, 1, 1)]
published_dates = st.one_of(st.none(), st.sampled_from(EDGE_DATES), st.dates())
any_text = st.one_of(mutated_text(), st.text(max_size=300), st.text(alphabet=st.characters(codec="utf-8"), max_size=300))


# Known bug of claimcheck/extract/temporal (another engineer's module): a publication date at the very edge of
# the calendar (0001-01-01, 9999-12-31) makes relative expressions ("yesterday", "tomorrow", "Friday") raise
# OverflowError. Pinned by test_robustness.py::test_relative_date_at_calendar_edge; until it is fixed such
# examples are discarded here (only when a document is dated within two years of an edge). Set to False once
# the pinned test passes.
KNOWN_TEMPORAL_EDGE_OVERFLOW = True


def at_calendar_edge(published: dt.date | None) -> bool:
    return published is not None and (published.year <= 2 or published.year >= 9998)


def waive_edge_overflow(error: OverflowError, *dates: dt.date | None) -> None:
    """Discard the example for the known temporal overflow at calendar edges; re-raise anything else."""
    if KNOWN_TEMPORAL_EDGE_OVERFLOW and any(at_calendar_edge(d) for d in dates):
        assume(False)
    raise error


def temporal(sentence: str, offset: int, published: dt.date | None) -> list[Mention]:
    try:
        return list(extract_temporal(sentence, offset, published))
    except OverflowError as error:
        waive_edge_overflow(error, published)
        raise


# --- helpers ---------------------------------------------------------------------------------------------------

def assert_spans_sorted_disjoint(spans: list[Span], low: int, high: int) -> None:
    for span in spans:
        assert low <= span.start <= span.end <= high, (span, low, high)
    for a, b in itertools.pairwise(spans):
        assert a.end <= b.start, (a, b)


def assert_mentions(mentions: list[Mention], document: str, offset: int, sentence: str) -> None:
    for mention in mentions:
        assert mention.text == document[mention.span.start : mention.span.end], mention
        assert mention.text, mention
    assert_spans_sorted_disjoint([m.span for m in mentions], offset, offset + len(sentence))


_LINE_BREAK = re.compile(r"\r\n?|\n")


def line_count(text: str) -> int:
    """Lines as the report counts them: "\n", "\r\n" and a lone "\r" each end one."""
    return len(_LINE_BREAK.split(text))


def check_report(report: Report, documents: tuple[Document, ...]) -> None:
    """Every location is 1-based, inside its file and points at the claim's value; both formats render."""
    by_id = {d.id: d for d in documents}
    for reported in (*report.findings, *report.corroborations):
        assert len(reported.locations) == len(reported.finding.claims)
        for claim, location in zip(reported.finding.claims, reported.locations, strict=True):
            document = by_id[claim.document]
            assert claim.text == document.text[claim.span.start : claim.span.end]
            assert claim.sentence.contains(claim.span) or claim.sentence.overlaps(claim.span) or claim.span.start == claim.span.end
            last_line = document.first_line - 1 + line_count(document.text)
            assert location.line >= 1 and location.column >= 1, location
            assert location.end_line >= location.line and location.end_column >= 1, location
            assert location.line <= last_line and location.end_line <= last_line, (location, last_line)
            # the (line, column) points at the value in the document text
            text_line = _LINE_BREAK.split(document.text)[location.line - document.first_line]
            assert text_line[location.column - 1 :].startswith(_LINE_BREAK.split(claim.text)[0]), (location, claim.text)
    data = json.loads(json_format.render(report))
    assert data["schema"] == json_format.SCHEMA
    assert data["summary"]["documents"] == len(documents)
    assert len(data["findings"]) == len(report.findings)
    text_format.render(report, color=False, corroborations=True)


def run(documents: list[Document], rules) -> tuple[Report, tuple[Document, ...]]:  # type: ignore[no-untyped-def]
    unique = tuple({d.id: d for d in documents}.values())
    try:
        return check_corpus(Corpus(unique, ()), rules, CheckOptions()), unique
    except OverflowError as error:
        waive_edge_overflow(error, *(d.published for d in unique))
        raise


# --- load ------------------------------------------------------------------------------------------------------

@fuzz_settings(150)
@given(text=any_text)
def test_build_document_never_crashes_and_skipped_spans_are_in_bounds(text: str) -> None:
    document = build_document("doc", "doc.txt", text)
    assert document.text == text
    assert_spans_sorted_disjoint(list(document.skipped), 0, len(text))
    assert document.title is None or isinstance(document.title, str)
    assert document.published is None or isinstance(document.published, dt.date)


@fuzz_settings(60)
@given(text=any_text, meta_date=st.one_of(st.none(), st.sampled_from(HOSTILE), st.dates().map(str), st.text(max_size=20)))
def test_build_document_with_hostile_metadata(text: str, meta_date: str | None) -> None:
    meta: dict[str, object] = {"published": meta_date, "title": meta_date, "source": meta_date, "url": meta_date}
    document = build_document("doc", "doc.md", text, meta)
    assert_spans_sorted_disjoint(list(document.skipped), 0, len(text))


RECORD_TEXT = st.one_of(mutated_text(max_fragments=6), st.text(max_size=80))
# U+2028/U+2029/U+0085 and other characters str.splitlines() breaks at are left out of raw (unescaped)
# JSON here: see test_robustness.py::test_jsonl_record_with_raw_line_separator for that known bug.
_SPLITLINES = re.compile("[\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029]")


def _one_line(ident: str) -> str:
    # An id with a line break makes a multi-line warning: known bug of claimcheck/load/records.py, pinned by
    # test_robustness.py::test_jsonl_warning_for_id_with_line_break_is_one_line.
    return "".join(" " if c.isspace() else c for c in ident)


@st.composite
def jsonl_text(draw: st.DrawFn) -> tuple[str, list[int]]:
    """A JSONL corpus with some lines mutated; returns the text and the (1-based) lines left intact."""
    records = draw(st.lists(st.fixed_dictionaries(
        {"id": st.one_of(st.text(max_size=8).map(_one_line), st.integers(-5, 10**20)), "text": RECORD_TEXT},
        optional={"published": st.one_of(st.dates().map(str), st.sampled_from(HOSTILE)), "title": st.text(max_size=10),
                  "source": st.integers(), "url": st.none()}), min_size=0, max_size=8))
    lines: list[str] = []
    intact: list[int] = []
    for record in records:
        ascii_only = draw(st.booleans())
        line = json.dumps(record, ensure_ascii=ascii_only)
        if not ascii_only:
            line = _SPLITLINES.sub(lambda m: json.dumps(m.group())[1:-1], line)
        mutation = draw(st.sampled_from(["none", "none", "none", "truncate", "garbage", "array", "blank"]))
        if mutation == "truncate":
            line = line[: draw(st.integers(0, max(0, len(line) - 1)))]
        elif mutation == "garbage":
            line = draw(st.text(max_size=30)).replace("\n", " ").replace("\r", " ")
            line = _SPLITLINES.sub(" ", line)
        elif mutation == "array":
            line = json.dumps([record])
        elif mutation == "blank":
            line = "   "
        else:
            intact.append(len(lines) + 1)
        lines.append(line)
    newline = draw(st.sampled_from(["\n", "\r\n"]))
    return newline.join(lines) + draw(st.sampled_from(["", newline])), intact


@fuzz_settings(100)
@given(corpus=jsonl_text())
def test_parse_jsonl_yields_documents_or_warnings_with_lines(corpus: tuple[str, list[int]]) -> None:
    text, intact = corpus
    total = len(text.splitlines())
    documents: dict[int, Document] = {}
    for item in parse_jsonl(text, "c.jsonl"):
        assert isinstance(item, Document | InputWarning)
        if isinstance(item, InputWarning):
            assert item.path == "c.jsonl" and item.line is not None and 1 <= item.line <= total, item.render()
            assert "\n" not in item.render()
        else:
            assert 1 <= item.first_line <= total
            assert item.first_line not in documents
            documents[item.first_line] = item
            assert item.text.strip()
            assert_spans_sorted_disjoint(list(item.skipped), 0, len(item.text))
    for number in intact:
        record = json.loads(text.splitlines()[number - 1])
        if isinstance(record["text"], str) and record["text"].strip() and str(record["id"]).strip():
            assert documents[number].id == str(record["id"]).strip() and documents[number].text == record["text"]


# --- extract ---------------------------------------------------------------------------------------------------

@fuzz_settings(120)
@given(text=any_text)
def test_sentences_are_ordered_disjoint_slices_outside_skipped_regions(text: str) -> None:
    """Body sentences stay out of skipped regions; a headline segment is one of the title lines skipped from the
    body and read for claims.
    """
    document = build_document("doc", "doc.txt", text)
    parts = sentences(document)
    assert_spans_sorted_disjoint([s.span for s in parts], 0, len(text))
    for sentence in parts:
        assert sentence.text == text[sentence.span.start : sentence.span.end]
        assert sentence.text.strip() == sentence.text and sentence.text
        if sentence.headline:
            assert sentence.span in document.headlines
            assert any(s.start <= sentence.span.start and sentence.span.end <= s.end for s in document.skipped)
        else:
            assert not any(sentence.span.overlaps(s) for s in document.skipped), sentence


@st.composite
def sentence_in_document(draw: st.DrawFn) -> tuple[str, int, str]:
    """A sentence embedded in a document after a random prefix: (document, offset, sentence)."""
    sentence = draw(st.one_of(mutated_text(max_fragments=5), st.text(max_size=120),
                              st.sampled_from(SEED_SENTENCES), st.sampled_from(HOSTILE)))
    prefix = draw(st.text(max_size=20))
    suffix = draw(st.text(max_size=5))
    return prefix + sentence + suffix, len(prefix), sentence


@fuzz_settings(200)
@given(case=sentence_in_document(), published=published_dates)
def test_extract_temporal_spans_are_sorted_slices_of_the_sentence(case: tuple[str, int, str],
                                                                   published: dt.date | None) -> None:
    document, offset, sentence = case
    mentions = temporal(sentence, offset, published)
    assert_mentions(mentions, document, offset, sentence)
    for mention in mentions:
        assert isinstance(mention.normalized, str)


@fuzz_settings(200)
@given(case=sentence_in_document(), published=published_dates, use_exclude=st.booleans())
def test_extract_numbers_spans_are_sorted_slices_outside_excluded(case: tuple[str, int, str],
                                                                  published: dt.date | None, use_exclude: bool) -> None:
    document, offset, sentence = case
    exclude = [m.span for m in temporal(sentence, offset, published)] if use_exclude else []
    mentions = extract_numbers(sentence, offset, exclude)
    assert_mentions(mentions, document, offset, sentence)
    for mention in mentions:
        assert not any(mention.span.overlaps(span) for span in exclude), mention
        low, high = mention.value.low, mention.value.high  # type: ignore[union-attr]
        assert low is None or high is None or low <= high, mention


# --- the whole check -------------------------------------------------------------------------------------------

@fuzz_settings(25)
@given(texts=st.lists(mutated_text(), min_size=1, max_size=4), dates=st.lists(published_dates, min_size=4, max_size=4))
def test_check_corpus_on_mutated_seed_articles(rules, texts: list[str], dates: list[dt.date | None]) -> None:  # type: ignore[no-untyped-def]
    documents = [build_document(f"d{i}", f"d{i}.txt", text, {"published": date} if date else None)
                 for i, (text, date) in enumerate(zip(texts, dates, strict=False))]
    report, kept = run(documents, rules)
    check_report(report, kept)


@fuzz_settings(25)
@given(texts=st.lists(st.text(max_size=400), min_size=1, max_size=3), published=published_dates)
def test_check_corpus_on_random_text(rules, texts: list[str], published: dt.date | None) -> None:  # type: ignore[no-untyped-def]
    documents = [build_document(f"r{i}", f"r{i}.txt", text, {"published": published} if published else None)
                 for i, text in enumerate(texts)]
    report, kept = run(documents, rules)
    check_report(report, kept)


@fuzz_settings(15)
@given(seed=st.integers(0, 2**32 - 1), dates=st.lists(published_dates, min_size=3, max_size=3))
def test_check_corpus_on_real_articles_with_edits(rules, seed: int, dates: list[dt.date | None]) -> None:  # type: ignore[no-untyped-def]
    """The real seed articles, each with a few random edits: findings still locate their values."""
    rnd = random.Random(seed)
    documents = []
    for i, (path, date) in enumerate(zip(sorted((ROOT / "seeds").glob("*.txt")), dates, strict=True)):
        text = path.read_text(encoding="utf-8")
        for _ in range(rnd.randint(0, 6)):
            at = rnd.randint(0, len(text))
            edit = rnd.choice([*HOSTILE, "\n", "\r\n", " ", ""])
            cut = rnd.choice([0, 0, 0, 1, 5, 40])
            text = text[:at] + edit + text[at + cut :]
        if rnd.random() < 0.2:
            text = text.replace("\n", "\r\n")
        documents.append(build_document(f"s{i}", path.name, text, {"published": date} if date else None))
    report, kept = run(documents, rules)
    check_report(report, kept)


def test_seed_articles_unmutated_satisfy_the_report_invariants(rules) -> None:  # type: ignore[no-untyped-def]
    """The check of check_report on the real seeds, so the invariants are known to hold on real findings."""
    documents = [build_document(p.stem, p.name, p.read_text(encoding="utf-8")) for p in sorted((ROOT / "seeds").glob("*.txt"))]
    report, kept = run(documents, rules)
    assert report.findings and report.corroborations
    check_report(report, kept)
