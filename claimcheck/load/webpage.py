"""Read a saved HTML article: main text chosen by trafilatura, metadata from <meta> and JSON-LD, and a SourceMap.

trafilatura decides which blocks are the article (it scores best among open extractors on news pages and is
maintained); it returns plain text without offsets, so its paragraphs are matched back to the blocks of
``htmlblocks`` that carry source offsets. The Document's text is those blocks, one paragraph per block, and
the SourceMap maps every character back to the HTML file. Nothing is fetched: trafilatura gets the page as a
string and no URL.
"""

from __future__ import annotations

import json
import logging
from dataclasses import dataclass

from claimcheck.load.article import build_document
from claimcheck.load.htmlblocks import Block, PageMeta, parse_blocks
from claimcheck.load.sourcemap import SourceMap, SourceMapBuilder
from claimcheck.model import Document

_ARTICLE_TYPES = frozenset({"article", "newsarticle", "reportagenewsarticle", "analysisnewsarticle", "blogposting",
                            "report", "webpage"})
_META_KEYS = {
    "title": ("og:title", "twitter:title", "dc.title", "headline"),
    "published": ("article:published_time", "og:article:published_time", "datepublished", "date",
                  "dc.date", "dc.date.issued", "pubdate", "publish-date", "sailthru.date"),
    "source": ("og:site_name", "application-name", "publisher", "dc.publisher"),
    "url": ("og:url", "twitter:url"),
    "author": ("author", "article:author", "dc.creator", "byl"),
}
_PARAGRAPH_BREAK = "\n\n"
_SHORT_BLOCK = 40  # blocks shorter than this must match a whole extracted paragraph, not a substring


@dataclass(frozen=True, slots=True)
class WebPage:
    """An HTML article as loaded: its Document and the map from its text back to the HTML source."""

    document: Document
    source_map: SourceMap
    author: str | None


def read_webpage(doc_id: str, path: str, source: str) -> WebPage:
    """Build the Document and SourceMap of one HTML page."""
    parsed = parse_blocks(source)
    blocks = main_blocks(source, parsed.blocks)
    text, builder = _assemble(blocks)
    meta = page_metadata(parsed.meta)
    document = build_document(doc_id, path, text, {k: v for k, v in meta.items() if v})
    return WebPage(document, builder.build(source), meta.get("author"))


def main_blocks(source: str, blocks: list[Block]) -> list[Block]:
    """The blocks trafilatura keeps as the article; all non-chrome blocks when it keeps nothing we can match."""
    paragraphs = _trafilatura_paragraphs(source)
    if paragraphs:
        whole = "\n".join(paragraphs)
        kept = [b for b in blocks if _matches(_norm(b.text), paragraphs, whole)]
        if kept:
            return kept
    return [b for b in blocks if not b.chrome]


def _trafilatura_paragraphs(source: str) -> set[str]:
    """The normalised paragraphs of trafilatura's main-text extraction (empty when it finds none)."""
    import trafilatura  # imported here: it is heavy (lxml, htmldate) and only HTML inputs need it

    logging.getLogger("trafilatura").setLevel(logging.CRITICAL)
    try:
        extracted = trafilatura.extract(source, output_format="txt", include_comments=False, include_tables=True,
                                        include_images=False, deduplicate=False, with_metadata=False)
    except Exception:  # a library failure on one odd page falls back to our own blocks
        return set()
    lines = (line.strip() for line in (extracted or "").splitlines())
    return {_norm(line.removeprefix("- ")) for line in lines if line}


def _matches(key: str, paragraphs: set[str], whole: str) -> bool:
    """A block is kept when it is one of trafilatura's paragraphs, or a long part of one."""
    return bool(key) and (key in paragraphs or (len(key) >= _SHORT_BLOCK and key in whole))


def _norm(text: str) -> str:
    """Collapse whitespace for matching."""
    return " ".join(text.split())


def _assemble(blocks: list[Block]) -> tuple[str, SourceMapBuilder]:
    """Join blocks with blank lines, recording a run per piece (a break maps to the end of the block before)."""
    builder = SourceMapBuilder()
    parts: list[str] = []
    block_end = 0
    for block in blocks:
        if parts:
            builder.add(len(_PARAGRAPH_BREAK), block_end, 0)
            parts.append(_PARAGRAPH_BREAK)
        for piece, start, length in block.pieces:
            builder.add(len(piece), start, length)
            parts.append(piece)
        block_end = block.pieces[-1][1] + block.pieces[-1][2]
    return "".join(parts), builder


def page_metadata(page: PageMeta) -> dict[str, str | None]:
    """Title, publication date, site, URL and author: JSON-LD first, then <meta>, then <title>."""
    linked = _json_ld_article(page.json_ld)
    found: dict[str, str | None] = {
        "title": _text(linked.get("headline")),
        "published": _text(linked.get("datePublished")),
        "source": _name(linked.get("publisher")),
        "url": _text(linked.get("url")) or _text(linked.get("mainEntityOfPage")),
        "author": _name(linked.get("author")),
    }
    for key, names in _META_KEYS.items():
        found[key] = found[key] or next((page.meta[n] for n in names if page.meta.get(n)), None)
    found["title"] = found["title"] or page.title
    found["url"] = found["url"] or page.canonical
    return found


def _json_ld_article(scripts: list[str]) -> dict[str, object]:
    """The first Article-like object of the page's JSON-LD (plain ``json``: no remote context is resolved)."""
    for script in scripts:
        try:
            data = json.loads(script)
        except (json.JSONDecodeError, RecursionError):
            continue
        for item in _json_ld_items(data):
            kinds = item.get("@type")
            kinds = kinds if isinstance(kinds, list) else [kinds]
            if any(isinstance(k, str) and k.lower() in _ARTICLE_TYPES for k in kinds):
                return item
    return {}


def _json_ld_items(data: object) -> list[dict[str, object]]:
    """Top-level objects of a JSON-LD document, including those of an ``@graph``."""
    items = data if isinstance(data, list) else [data]
    found: list[dict[str, object]] = []
    for item in items:
        if isinstance(item, dict):
            found.append(item)
            graph = item.get("@graph")
            found.extend(g for g in graph if isinstance(g, dict)) if isinstance(graph, list) else None
    return found


def _text(value: object) -> str | None:
    """A non-empty string, or the ``@id`` of a linked object."""
    if isinstance(value, dict):
        value = value.get("@id")
    return value.strip() if isinstance(value, str) and value.strip() else None


def _name(value: object) -> str | None:
    """The ``name`` of a person/organisation (or the first of a list), or a plain string."""
    if isinstance(value, list):
        value = value[0] if value else None
    if isinstance(value, dict):
        value = value.get("name")
    return _text(value)
