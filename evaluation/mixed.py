"""Build one mixed corpus (and its incident labels) from labelled sets and the shared real corpora.

A real corpus mixes incidents: the checker must keep apart what no topic split separates for it. This writes
``docs.jsonl`` and ``labels.jsonl`` (the incident-label format of ``evaluation.incidents``) from:

- labelled sets given as ``DOCS:LABELS`` (records with ``id``, ``source``, ``text``; labels with ``id``,
  ``incident``, ``counts``), kept as they are;
- ECB+ dev (``--ecb``): each article its own outlet, its subtopic its incident (no counts: pair labels of ECB+
  are passed to ``evaluation.incidents --pairs``);
- MEANTIME (``--meantime``): each article its own outlet and its own incident (WikiNews stories of a topic are
  different stories, years apart), dated by its creation time.

    python -m evaluation.mixed OUT_DIR [DOCS:LABELS ...] [--ecb ../shared/data/ecbplus-dev/docs.jsonl]
        [--meantime ../shared/data/meantime/docs.jsonl]
    python -m evaluation.incidents OUT_DIR/docs.jsonl OUT_DIR/labels.jsonl --pairs ECB-PAIRS.jsonl
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path
from typing import Any


def _records(path: Path) -> list[dict[str, Any]]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def build(sets: list[tuple[Path, Path]], ecb: Path | None, meantime: Path | None
          ) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    """The records and labels of the mixed corpus, in a fixed order; ids must not collide."""
    docs: list[dict[str, Any]] = []
    labels: list[dict[str, Any]] = []
    for corpus, labelled in sets:
        docs += _records(corpus)
        labels += _records(labelled)
    if ecb is not None:
        for record in _records(ecb):
            docs.append({"id": record["doc"], "source": record["doc"], "subtopic": record["subtopic"],
                         "text": record["text"]})
            labels.append({"id": record["doc"], "incident": f"ecb:{record['subtopic']}", "counts": []})
    if meantime is not None:
        for record in _records(meantime):
            ident = f"meantime:{record['doc']}"
            docs.append({"id": ident, "source": ident, "published": record.get("dct"), "url": record.get("url"),
                         "text": record["text"]})
            labels.append({"id": ident, "incident": ident, "counts": []})
    ids = [d["id"] for d in docs]
    if len(set(ids)) != len(ids):
        raise SystemExit("document ids collide between the sets")
    return docs, labels


def main(argv: list[str] | None = None) -> int:
    """Write OUT_DIR/docs.jsonl and OUT_DIR/labels.jsonl."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("out", type=Path)
    parser.add_argument("sets", nargs="*", help="DOCS:LABELS of a labelled set")
    parser.add_argument("--ecb", type=Path)
    parser.add_argument("--meantime", type=Path)
    args = parser.parse_args(argv)
    pairs = [tuple(Path(p) for p in item.split(":", 1)) for item in args.sets]
    docs, labels = build(pairs, args.ecb, args.meantime)  # type: ignore[arg-type]
    args.out.mkdir(parents=True, exist_ok=True)
    for name, rows in (("docs.jsonl", docs), ("labels.jsonl", labels)):
        (args.out / name).write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows),
                                     encoding="utf-8")
    print(f"{len(docs)} documents, {len({label['incident'] for label in labels})} incidents → {args.out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
