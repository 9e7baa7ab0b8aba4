"""The one-way pipeline: load → extract → align → compare → postprocess → report."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from claimcheck.align import align
from claimcheck.compare import compare
from claimcheck.extract import extract
from claimcheck.listing import ClaimListing, list_claims
from claimcheck.load import Corpus, load_corpus
from claimcheck.postprocess import dedupe, fingerprint, min_confidence, run_chain, sort_findings
from claimcheck.report import Report, build_report
from claimcheck.ruleset import RuleSet, load_ruleset


@dataclass(frozen=True, slots=True)
class CheckOptions:
    """What a run of ``claimcheck check`` may be told."""

    rules_dir: Path | None = None
    min_confidence: float = 0.0


def run_check(paths: list[Path], options: CheckOptions) -> Report:
    """Run the whole pipeline on input paths and return the report."""
    rules = load_ruleset(options.rules_dir)
    corpus = load_corpus(paths)
    return check_corpus(corpus, rules, options)


def run_listing(paths: list[Path], options: CheckOptions) -> ClaimListing:
    """Extract every claim of the inputs, with people resolved across documents, for ``claimcheck claims``."""
    rules = load_ruleset(options.rules_dir)
    corpus = load_corpus(paths)
    extractions = [extract(document, rules) for document in corpus.documents]
    return list_claims(extractions, align(extractions, rules).people.canonical)


def check_corpus(corpus: Corpus, rules: RuleSet, options: CheckOptions) -> Report:
    """Extract, align, compare and post-process loaded documents."""
    extractions = [extract(document, rules) for document in corpus.documents]
    contradictions, corroborations = compare(align(extractions, rules), rules)
    steps = [dedupe, min_confidence(options.min_confidence), sort_findings]
    texts = {d.id: d.text for d in corpus.documents}
    findings = [(fingerprint(f, texts), f) for f in run_chain(contradictions, steps)]
    agreed = [(fingerprint(f, texts), f) for f in run_chain(corroborations, steps)]
    claims = sum(len(e.claims) for e in extractions)
    return build_report(corpus.documents, findings, agreed, claims, corpus.warnings)
