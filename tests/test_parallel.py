"""Worker processes: the same documents and extractions, in input order, for every number of jobs; small inputs
run inline."""

from __future__ import annotations

import pickle

import pytest

from claimcheck.extract import extract
from claimcheck.load import load_corpus
from claimcheck.ruleset import RuleSet
from claimcheck.run import parallel
from claimcheck.run.parallel import BuildAndExtract, Workers, chunk_size, extract_all, workers

from .conftest import ROOT


@pytest.fixture(scope="module")
def documents():  # type: ignore[no-untyped-def]
    return load_corpus([ROOT / "seeds"]).documents


def test_rules_and_documents_pickle(rules: RuleSet, documents) -> None:  # type: ignore[no-untyped-def]
    assert pickle.loads(pickle.dumps(rules)) == rules
    assert pickle.loads(pickle.dumps(documents)) == documents


def test_extractions_pickle_as_field_values(rules: RuleSet, documents) -> None:  # type: ignore[no-untyped-def]
    """What a worker sends back rebuilds equal objects, pickled as values by position (no field names)."""
    from claimcheck.run.parallel import attach, detach

    for document in documents:
        extraction = extract(document, rules)
        data = pickle.dumps(detach(extraction))
        assert attach(document, pickle.loads(data)) == extraction
        assert extraction.claims and b"normalized" not in data  # field names are not in the pickle


def test_extract_all_is_identical_for_one_and_two_jobs(rules: RuleSet, documents, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    many = documents * 4  # more documents than chunks, so several chunks per worker
    inline = extract_all(many, rules, jobs=1)
    assert inline == [extract(d, rules) for d in many]
    monkeypatch.setattr(parallel, "INLINE_CHARS", 0)  # the seeds are too small to start a pool for otherwise
    assert workers(many, 2) == 2
    seen: list[tuple[int, int]] = []
    assert extract_all(many, rules, jobs=2, progress=lambda done, total: seen.append((done, total))) == inline
    assert len(seen) == len(range(0, 12, chunk_size(12, 2))) > 1  # once per chunk, in order, up to the total
    assert [done for done, _ in seen] == sorted(done for done, _ in seen) and seen[-1] == (12, 12)


def test_small_inputs_run_inline_whatever_the_jobs(rules: RuleSet, documents, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    def no_pool(*args, **kwargs):  # type: ignore[no-untyped-def]
        raise AssertionError("a process pool was started for a small input")

    monkeypatch.setattr(parallel, "ProcessPoolExecutor", no_pool)
    assert sum(len(d.text) for d in documents) < parallel.INLINE_CHARS
    assert workers(documents, 0) == workers(documents, 8) == 1
    assert extract_all(documents, rules, jobs=0) == [extract(d, rules) for d in documents]
    from .conftest import run_cli

    result = run_cli("check", str(ROOT / "seeds"))  # the CLI's default, one job per core, on three articles
    assert result.exit_code == 1 and "Found 2 contradictions" in result.stdout


def test_workers_for_larger_inputs(documents, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setattr(parallel, "available_cores", lambda: 4)
    chars = sum(len(d.text) for d in documents)
    monkeypatch.setattr(parallel, "INLINE_CHARS", chars)  # these documents are exactly at the threshold: a pool
    assert workers(documents, 0) == 3  # one per core, but no more than one per document
    assert workers(documents * 4, 0) == 4
    assert workers(documents * 4, 2) == 2
    assert workers(documents * 4, 1) == 1
    monkeypatch.setattr(parallel, "INLINE_CHARS", chars + 1)
    assert workers(documents, 0) == 1


def test_cli_jobs_default_is_one_per_core() -> None:
    from claimcheck.cli.inputs import check_options as _options
    from claimcheck.config import Settings

    assert _options(Settings()).jobs == 0
    assert _options(Settings(jobs=3)).jobs == 3


def test_jobs_beyond_the_documents_and_empty_input(rules: RuleSet, documents) -> None:  # type: ignore[no-untyped-def]
    assert extract_all(documents[:1], rules, jobs=4) == [extract(documents[0], rules)]
    assert extract_all((), rules, jobs=2) == []


@pytest.mark.parametrize(("count", "jobs", "expected"), [(1, 2, 1), (100, 2, 13), (100_000, 2, 256)])
def test_chunk_size(count: int, jobs: int, expected: int) -> None:
    assert chunk_size(count, jobs) == expected




def _mixed_inputs(tmp_path) -> None:  # type: ignore[no-untyped-def]
    """Seeds, a syndicated copy, an HTML page, a page with no text and JSONL with a malformed line."""
    import json

    from .conftest import write_file
    from .test_load_formats import PAGE

    seeds = sorted((ROOT / "seeds").glob("*.txt"))
    for path in seeds:
        write_file(tmp_path / path.name, path.read_text(encoding="utf-8"))
    write_file(tmp_path / "copy.txt", seeds[0].read_text(encoding="utf-8"))  # a syndicated copy
    write_file(tmp_path / "quake.html", PAGE)
    write_file(tmp_path / "empty.html", "<html><head><script>var a = 1;</script></head><body></body></html>")
    records = [json.dumps({"id": f"r{i}", "text": seeds[i % 3].read_text(encoding="utf-8")}) for i in range(5)]
    write_file(tmp_path / "corpus.jsonl", "\n".join([*records[:2], "{not json", *records[2:]]) + "\n")


def test_documents_built_in_workers_are_the_same_corpus(rules: RuleSet, tmp_path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """Building documents in the pool changes nothing: documents, warnings and their order, source maps, copies."""
    _mixed_inputs(tmp_path)
    seeds = sorted((ROOT / "seeds").glob("*.txt"))
    inline = load_corpus([tmp_path])
    warned = " | ".join(w.render() for w in inline.warnings)
    assert "empty.html: no article text" in warned and "corpus.jsonl:3: malformed JSON" in warned, warned
    assert inline.duplicates["copy"] == seeds[0].stem and inline.source_maps  # every path below is exercised
    monkeypatch.setattr(parallel, "INLINE_CHARS", 0)
    with Workers(2, rules) as pool:
        pooled = load_corpus([tmp_path], mapper=BuildAndExtract(pool))
        assert pool.count(100, 0) == 2  # the pool is running: it built the documents
        assert extract_all(pooled.documents, rules, pool=pool) == [extract(d, rules) for d in inline.documents]
    assert (pooled.documents, pooled.source_maps, pooled.duplicates) == (inline.documents, inline.source_maps,
                                                                         inline.duplicates)
    assert [w.render() for w in pooled.warnings] == [w.render() for w in inline.warnings]


@pytest.mark.parametrize("pooled", [False, True])
def test_build_and_extract_equals_loading_then_extracting(rules: RuleSet, tmp_path, monkeypatch, pooled: bool) -> None:  # type: ignore[no-untyped-def]
    """One map that builds and extracts gives the corpus and extractions of the two stages run one after the other."""
    from dataclasses import replace

    _mixed_inputs(tmp_path)
    inline = load_corpus([tmp_path])
    expected = [extract(d, rules) for d in inline.documents]
    if pooled:
        monkeypatch.setattr(parallel, "INLINE_CHARS", 0)
    seen: list[tuple[int, int]] = []
    with Workers(2, rules) as pool:
        build = BuildAndExtract(pool, progress=lambda done, total: seen.append((done, total)))
        corpus = load_corpus([tmp_path], mapper=build)
        assert pool.count(100, 0) == (2 if pooled else 1)  # the pool started only when asked to
        assert build.extractions(corpus.documents) == expected
        quiet = BuildAndExtract(pool, mentions=False)
        terse = quiet.extractions(load_corpus([tmp_path], mapper=quiet).documents)
    assert (corpus.documents, corpus.source_maps, corpus.duplicates) == (inline.documents, inline.source_maps,
                                                                         inline.duplicates)
    assert [w.render() for w in corpus.warnings] == [w.render() for w in inline.warnings]
    assert any(e.mentions for e in expected) and terse == [replace(e, mentions=()) for e in expected]
    drafts = len(inline.documents) + 1  # the page with no text was a draft too
    assert seen[-1] == (drafts, drafts) and [d for d, _ in seen] == sorted(d for d, _ in seen)
    with pytest.raises(ValueError, match="finish only"):
        build(len, [], 0)  # type: ignore[arg-type]


def test_workers_send_back_no_text_the_driver_holds(rules: RuleSet, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """A built document's text is its draft's, which the driver has: it does not cross the pipe again."""
    from claimcheck.load.drafts import Draft

    from .test_load_formats import PAGE

    text = sorted((ROOT / "seeds").glob("*.txt"))[0].read_text(encoding="utf-8")
    drafts = (Draft("a", "a.txt", text), Draft("page", "p.html", PAGE, html=True))
    monkeypatch.setattr(parallel, "_worker_rules", rules)
    sent = parallel._finish_and_extract_chunk(True, drafts)
    assert [left_out for _, _, left_out in sent] == [True, False]  # an HTML page's text is not its draft's
    assert sent[0][0][0].text == "" and sent[1][0][0].document.text  # type: ignore[union-attr]
    back = [parallel._with_text(draft, item) for draft, item in zip(drafts, sent, strict=True)]
    assert back == [parallel._finish_and_extract(draft, rules, mentions=True) for draft in drafts]


def test_collector_paused_restores_the_collector() -> None:
    import gc

    from claimcheck.pipeline import collector_paused

    assert gc.isenabled()
    with pytest.raises(RuntimeError), collector_paused():
        assert not gc.isenabled()
        raise RuntimeError
    assert gc.isenabled()
    gc.disable()
    try:
        with collector_paused():
            pass
        assert not gc.isenabled()  # left as it was found
    finally:
        gc.enable()


def test_workers_chunks_keep_input_order(rules: RuleSet, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    items = [str(i) * (i % 7 + 1) for i in range(50)]
    with Workers(2, rules) as pool:
        assert pool.count(50, 10) == 1  # too small: inline
        monkeypatch.setattr(parallel, "INLINE_CHARS", 0)
        assert pool.count(50, 10) == 2
        chunks = list(pool.chunks(list, items))  # computed in the workers
        assert len(chunks) > 1 and all(list(chunk) == done for chunk, done in chunks)
        assert [item for _, done in chunks for item in done] == items
    monkeypatch.setattr(parallel, "INLINE_CHARS", 1000)
    assert pool.count(50, 10) == 1  # closed: a small map runs inline again


def test_claims_listing_is_the_same_in_workers(monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from .conftest import run_cli

    inline = run_cli("claims", str(ROOT / "seeds"), "--format", "json", "--jobs", "1")
    monkeypatch.setattr(parallel, "INLINE_CHARS", 0)  # the seeds are small: make the pool start anyway
    pooled = run_cli("claims", str(ROOT / "seeds"), "--format", "json", "--jobs", "2")
    assert inline.exit_code == pooled.exit_code == 0
    assert '"claims"' in inline.stdout and pooled.stdout == inline.stdout


def test_a_worker_that_dies_is_a_one_line_error(monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """A worker killed mid-run (the OOM killer) ends the run with exit 2 and a message, not a traceback."""
    import os
    from concurrent.futures import ProcessPoolExecutor

    from .conftest import run_cli

    def killed(self, task, items):  # type: ignore[no-untyped-def]
        with ProcessPoolExecutor(max_workers=1, mp_context=parallel._context()) as pool:
            pool.submit(os._exit, 1).result()  # the worker process ends without a word, as under the OOM killer
        yield from ()

    monkeypatch.setattr(parallel, "INLINE_CHARS", 0)
    monkeypatch.setattr(parallel.Workers, "chunks", killed)
    result = run_cli("check", str(ROOT / "seeds"), "--jobs", "2")
    assert result.exit_code == 2, result.output
    assert "worker process ended abruptly" in result.stderr and "Traceback" not in result.output + result.stderr
