"""Every input format of the load stage, with positions, field mapping, encodings and duplicates."""

from __future__ import annotations

import gzip
import io
import json
import sys
from pathlib import Path

import pytest

from claimcheck.extract import extract
from claimcheck.load import LegacyEncoding, LoadOptions, load_corpus
from claimcheck.load.duplicates import find_duplicates
from claimcheck.load.files import matches_glob
from claimcheck.ruleset import RuleSet

from .conftest import write_file as write

BODY = ("The earthquake struck near Valparaiso on Monday, killing at least 12 people, officials said. "
        "Rescue teams from Santiago arrived on Tuesday with 40 trucks of supplies, the ministry said.")

PAGE = """<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>Quake | The Daily</title>
<meta property="og:title" content="Quake hits Chile&#8217;s coast">
<meta property="article:published_time" content="2021-06-16T08:00:00Z">
<meta property="og:site_name" content="The Daily">
<script type="application/ld+json">{"@context": "https://schema.org", "@type": "NewsArticle",
 "author": {"@type": "Person", "name": "Ana Ruiz"}, "url": "https://daily.example/quake"}</script>
<style>p { color: red }</style><script>var x = "1999 Monday";</script>
</head><body>
<nav><ul><li><a href="/">Home</a></li><li><a href="/world">World</a></li><li>Subscribe to our newsletter</li></ul></nav>
<header><h1>Quake hits coast</h1></header>
<article>
<p>The earthquake struck near Valpara&iacute;so on Monday, killing at least 12 people, officials said.</p>
<p>Chile&#8217;s president Gabriel Boric visited the region on Tuesday and promised   aid
 worth $40 million, the presidency said in a statement.</p>
<p>The quake had a magnitude of 7.1, according to the country&rsquo;s seismological service, which said
it was the strongest since 2010.</p>
</article>
<aside><h2>Related</h2><p>Volcano erupts in Iceland on Friday after 800 years</p></aside>
<footer><p>&copy; 2021 The Daily. All rights reserved.</p></footer>
</body></html>
"""


def source_position(source: str, needle: str) -> tuple[int, int]:
    offset = source.index(needle, source.index("<article>"))
    line = source.count("\n", 0, offset) + 1
    return line, offset - (source.rfind("\n", 0, offset) + 1) + 1


def test_html_main_text_metadata_and_entities(tmp_path: Path) -> None:
    corpus = load_corpus([write(tmp_path / "quake.html", PAGE)])
    (document,) = corpus.documents
    assert document.id == "quake"
    assert document.title == "Quake hits Chile’s coast"
    assert str(document.published) == "2021-06-16"
    assert document.source == "The Daily" and document.url == "https://daily.example/quake"
    assert "Valparaíso" in document.text and "Chile’s president" in document.text and "country’s" in document.text
    assert "aid worth $40 million" in document.text
    for boilerplate in ("Home", "Subscribe", "Volcano", "All rights reserved", "var x", "color: red"):
        assert boilerplate not in document.text


def test_html_positions_point_into_the_original_file(tmp_path: Path, rules: RuleSet) -> None:
    corpus = load_corpus([write(tmp_path / "quake.html", PAGE)])
    (document,) = corpus.documents
    smap = corpus.source_maps[document.id]
    for value, needle in [("Tuesday", "Tuesday"), ("$40 million", "$40 million"), ("2010", "2010"),
                          ("Chile’s", "Chile&#8217;s"), ("Valparaíso", "Valpara&iacute;so")]:
        start = document.text.index(value)
        begin, end = smap.source_span(start, start + len(value))
        assert (begin, PAGE[begin:end]) == (PAGE.index(needle, PAGE.index("<article>")), needle)
        assert smap.position(start) == source_position(PAGE, needle)
    claims = extract(document, rules).mentions
    tuesday = next(m for m in claims if m.text == "Tuesday")
    assert smap.position(tuesday.span.start) == source_position(PAGE, "Tuesday")
    line, column = source_position(PAGE, "Tuesday")
    assert smap.end_position(tuesday.span.start, tuesday.span.end) == (line, column + len("Tuesday") - 1)


def test_tiny_html_page_keeps_its_text_and_skips_crumbs(tmp_path: Path) -> None:
    page = "<html><body><nav>Home | World</nav><div>Officials said 12 people died on Monday.</div></body></html>"
    (document,) = load_corpus([write(tmp_path / "short.htm", page)]).documents
    assert "12 people died on Monday" in document.text
    assert all(document.text[s.start : s.end] != "Officials said 12 people died on Monday." for s in document.skipped)
    if "World" in document.text:  # trafilatura keeps the nav of a page this small; boilerplate rules skip it
        assert any("World" in document.text[s.start : s.end] for s in document.skipped)


def test_main_blocks_fall_back_to_non_chrome_blocks_when_nothing_matches(monkeypatch: pytest.MonkeyPatch) -> None:
    from claimcheck.load import webpage
    from claimcheck.load.htmlblocks import parse_blocks

    monkeypatch.setattr(webpage, "_trafilatura_paragraphs", lambda source: set())
    page = "<html><body><nav>Home | World</nav><div>Officials said 12 people died on Monday.</div></body></html>"
    kept = webpage.main_blocks(page, parse_blocks(page).blocks)
    assert [b.text for b in kept] == ["Officials said 12 people died on Monday."]


def test_csv_with_field_mapping_and_multiline_text(tmp_path: Path) -> None:
    rows = ('story,body,date,headline,outlet,link\n'
            's1,"' + BODY.replace(". Rescue", ".\nRescue") + '",2021-06-16,Quake,Daily,https://a.example/1\n'
            's2,"Officials said 14 people died on Monday.",2021-06-17,Quake 2,Courier,\n')
    options = LoadOptions(id_field="story", text_field="body", date_field="date", title_field="headline",
                          source_field="outlet", url_field="link")
    corpus = load_corpus([write(tmp_path / "c.csv", rows)], options)
    first, second = corpus.documents
    assert (first.id, first.title, str(first.published), first.source, first.url) == (
        "s1", "Quake", "2021-06-16", "Daily", "https://a.example/1")
    assert "\nRescue teams" in first.text
    assert (second.first_line, second.url) == (4, None)


def test_csv_without_the_text_column_is_skipped_with_a_warning(tmp_path: Path) -> None:
    write(tmp_path / "a.txt", BODY)
    corpus = load_corpus([tmp_path], LoadOptions())
    assert len(corpus.documents) == 1
    write(tmp_path / "c.csv", "id,content\n1,hello\n")
    warnings = load_corpus([tmp_path]).warnings
    assert any('c.csv:1: CSV has no "text" column' in w.render() for w in warnings)


def test_json_array_records_keep_their_lines_and_accept_date(tmp_path: Path) -> None:
    records = [{"id": "a", "text": BODY, "date": "2021-06-16"}, {"id": "b"}, {"id": 3, "text": "Officials said 3 died."}]
    text = "[\n" + ",\n".join(json.dumps(r) for r in records) + "\n]\n"
    corpus = load_corpus([write(tmp_path / "c.json", text)])
    assert [(d.id, d.first_line) for d in corpus.documents] == [("a", 2), ("3", 4)]
    assert str(corpus.documents[0].published) == "2021-06-16"
    assert [w.render() for w in corpus.warnings] == [
        f'{corpus.documents[0].path}:3: record has no "text" string'
        " (the record's fields: id; choose one with --text-field); line skipped"]


def test_malformed_json_array_keeps_records_before_the_error(tmp_path: Path) -> None:
    text = '[{"id": "a", "text": "Officials said 3 died."},\n{"id": "b", "text": oops}]'
    corpus = load_corpus([write(tmp_path / "c.json", text)])
    assert [d.id for d in corpus.documents] == ["a"]
    assert "c.json:2: malformed JSON" in corpus.warnings[0].render()


@pytest.mark.parametrize("name", ["c.jsonl.gz", "a.txt.gz", "c.csv.gz"])
def test_gzip_inputs(tmp_path: Path, name: str) -> None:
    content = {"c.jsonl.gz": json.dumps({"id": "x", "text": BODY}) + "\n", "a.txt.gz": BODY,
               "c.csv.gz": "id,text\nx,\"" + BODY + "\"\n"}[name]
    (document,) = load_corpus([write(tmp_path / name, gzip.compress(content.encode()))]).documents
    assert document.text == BODY and document.id in ("x", "a")


def test_corrupt_gzip_is_skipped_with_a_warning(tmp_path: Path) -> None:
    write(tmp_path / "a.txt", BODY)
    write(tmp_path / "b.txt.gz", b"\x1f\x8bnot really gzip")
    corpus = load_corpus([tmp_path])
    assert [w.render() for w in corpus.warnings] == [f"{tmp_path.as_posix()}/b.txt.gz: not a valid gzip file; skipped"]


@pytest.mark.parametrize("stdin_format", ["jsonl", "txt", "html"])
def test_stdin(monkeypatch: pytest.MonkeyPatch, stdin_format: str) -> None:
    data = {"jsonl": json.dumps({"id": "s1", "text": BODY}), "txt": BODY, "html": PAGE}[stdin_format]
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(data.encode())))
    (document,) = load_corpus([Path("-")], LoadOptions(stdin_format=stdin_format)).documents
    assert document.path == "<stdin>" and "Monday" in document.text


def test_unknown_stdin_format_is_refused() -> None:
    with pytest.raises(ValueError, match="stdin_format"):
        LoadOptions(stdin_format="xml")


def test_include_and_exclude_globs(tmp_path: Path) -> None:
    for name in ("news/a.txt", "news/b.md", "drafts/c.txt", "news/old/d.txt"):
        write(tmp_path / name, BODY)
    ids = lambda **kw: [d.id for d in load_corpus([tmp_path], LoadOptions(**kw)).documents]  # noqa: E731
    assert ids() == ["c", "a", "b", "d"]
    assert ids(include=("*.txt",)) == ["c", "a", "d"]
    assert ids(exclude=("drafts",)) == ["a", "b", "d"]
    assert ids(include=("news/*",), exclude=("news/old/*",)) == ["a", "b"]
    assert matches_glob(Path("x/y/z.html"), "*.html") and not matches_glob(Path("x/z.txt"), "y")


def test_explicit_files_are_kept_whatever_the_globs(tmp_path: Path) -> None:
    path = write(tmp_path / "drafts" / "c.txt", BODY)
    assert len(load_corpus([path], LoadOptions(exclude=("drafts",))).documents) == 1


def test_legacy_cp1252_is_decoded_with_a_warning(tmp_path: Path) -> None:
    text = "The president’s “new” plan costs €40 million, officials in München said on Monday.\n"
    corpus = load_corpus([write(tmp_path / "legacy.txt", text.encode("cp1252"))])
    (document,) = corpus.documents
    assert document.text == text
    (warning,) = corpus.warnings
    assert isinstance(warning, LegacyEncoding) and not warning.skipped
    assert "legacy.txt:1: not valid UTF-8 (byte 0x92 at offset 13); read as cp1252 (detected)" in warning.render()


def test_html_declared_charset_is_used(tmp_path: Path) -> None:
    page = '<html><head><meta charset="iso-8859-1"></head><body><p>Caf\xe9 owners in M\xfcnchen said prices rose on Monday.</p></body></html>'
    corpus = load_corpus([write(tmp_path / "p.html", page.encode("latin-1"))])
    assert "Café owners in München" in corpus.documents[0].text
    assert "read as cp1252, the charset the page declares" in corpus.warnings[0].render()


def test_binary_is_still_skipped(tmp_path: Path) -> None:
    write(tmp_path / "a.txt", BODY)
    write(tmp_path / "b.txt", b"\x00\x01\x02PNG")
    assert "binary file" in load_corpus([tmp_path]).warnings[0].render()


def test_exact_and_near_duplicates_map_to_the_first_original(tmp_path: Path) -> None:
    story = " ".join(f"Officials in Santiago said on Monday that {n} rescue teams had reached the town of Talca "
                     f"after the quake, and that roads to the coast were open again." for n in range(3, 9))
    other = " ".join(f"The central bank raised its rate by {n} points on Thursday to fight inflation, the bank "
                     f"said in a statement, citing food and fuel prices." for n in range(2, 8))
    write(tmp_path / "a_original.txt", story)
    write(tmp_path / "b_copy.txt", "SANTIAGO (Wire) — " + story)
    write(tmp_path / "c_near.txt", story.replace("Talca", "Curicó", 1) + " Reporting by A. Writer.")
    write(tmp_path / "d_other.txt", other)
    write(tmp_path / "e_copy_of_copy.txt", "(AP) — " + story)
    corpus = load_corpus([tmp_path])
    assert corpus.duplicates == {"b_copy": "a_original", "c_near": "a_original", "e_copy_of_copy": "a_original"}
    assert load_corpus([tmp_path], LoadOptions(find_duplicates=False)).duplicates == {}


def test_short_different_texts_are_not_duplicates(tmp_path: Path) -> None:
    write(tmp_path / "a.txt", "Officials said 3 died.")
    write(tmp_path / "b.txt", "Officials said 4 died.")
    corpus = load_corpus([tmp_path])
    assert find_duplicates(corpus.documents) == {}


@pytest.mark.parametrize("line", ["Watch: rescuers reach the village", "LISTEN: our podcast on the quake",
                                  "► Watch : the rescue in pictures",
                                  "Related: Chile braces for aftershocks", "Sign up for our newsletter",
                                  "Reporting by Ana Ruiz; editing by Tom Lee"])
def test_promo_and_credit_lines_are_boilerplate(line: str) -> None:
    from claimcheck.load.boilerplate import is_promo_or_copyright

    assert is_promo_or_copyright(line)


@pytest.mark.parametrize("line", ["Crowds gathered to watch the rescue on Monday.", "Subscribers rose 12% in 2021.",
                                  "The watchdog said the figures were related.",
                                  "End of Watch: Tuesday, June 4 2004",  # a memorial page's date of death
                                  "Los Angeles County Sheriff's Department End of Watch: Friday, June 30 2002"])
def test_sentences_with_promo_words_are_not_boilerplate(line: str) -> None:
    from claimcheck.load.boilerplate import is_promo_or_copyright

    assert not is_promo_or_copyright(line)
