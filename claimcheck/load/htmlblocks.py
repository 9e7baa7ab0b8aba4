"""Split an HTML page into text blocks (paragraphs, headings, list items) that remember their source offsets.

The standard library's tokenizer is used with ``convert_charrefs=False`` so that every character reference
arrives on its own and its source range is known; references are decoded here from the HTML5 table, never
by a DTD, and nothing is ever fetched. Metadata (``<title>``, ``<meta>``, JSON-LD) is collected on the way.
"""

from __future__ import annotations

import html
import re
from dataclasses import dataclass, field
from html.parser import HTMLParser

BLOCK_TAGS = frozenset(
    ["address", "article", "aside", "blockquote", "body", "br", "dd", "details", "div", "dl", "dt", "figcaption",
     "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hr", "li", "main", "nav", "ol", "p",
     "pre", "section", "summary", "table", "td", "th", "title", "tr", "ul"]
)
SKIP_TAGS = frozenset(
    ["script", "style", "noscript", "template", "svg", "math", "iframe", "object", "select", "button", "textarea",
     "head"]
)
CHROME_TAGS = frozenset(["nav", "header", "footer", "aside", "form"])
VOID_TAGS = frozenset(
    ["area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr"]
)
_REFERENCE = re.compile(r"&(?:#[0-9]+;?|#[xX][0-9a-fA-F]+;?|[A-Za-z][A-Za-z0-9]*;?)")
_SPACE = re.compile(r"\s+")


@dataclass(slots=True)
class Block:
    """One paragraph-like block: its pieces as (text, source_start, source_length), and where it sits."""

    pieces: list[tuple[str, int, int]] = field(default_factory=list)
    chrome: bool = False  # inside nav/header/footer/aside/form

    @property
    def text(self) -> str:
        """The block's text, whitespace already collapsed."""
        return "".join(piece for piece, _, _ in self.pieces)


@dataclass(slots=True)
class PageMeta:
    """What the page's head says about the article."""

    title: str | None = None
    meta: dict[str, str] = field(default_factory=dict)  # lower-cased name/property/itemprop → content
    json_ld: list[str] = field(default_factory=list)  # raw JSON-LD script bodies
    canonical: str | None = None


class BlockParser(HTMLParser):
    """Collects blocks with source offsets, and the page metadata."""

    def __init__(self, source: str) -> None:
        super().__init__(convert_charrefs=False)
        self.source = source
        self.line_starts = [0] + [m.end() for m in re.finditer("\n", source)]
        self.blocks: list[Block] = []
        self.meta = PageMeta()
        self._current = Block()
        self._skip = 0
        self._chrome = 0
        self._script: list[str] | None = None
        self._title: list[str] | None = None

    def _offset(self) -> int:
        """Absolute source offset of the token being handled."""
        line, column = self.getpos()
        return self.line_starts[line - 1] + column

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        """Open skipped/chrome regions, break blocks, read meta/link/script attributes."""
        self._head_tag(tag, dict(attrs))
        if tag in BLOCK_TAGS:
            self._flush()
        if tag == "body":
            self._skip = 0  # a page that never closes <head>
        if tag in VOID_TAGS:
            return
        self._skip += tag in SKIP_TAGS
        self._chrome += tag in CHROME_TAGS
        self._current.chrome = self._current.chrome or self._chrome > 0

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        """A self-closing tag: metadata or a block break, never a region."""
        self._head_tag(tag, dict(attrs))
        if tag in BLOCK_TAGS:
            self._flush()

    def handle_endtag(self, tag: str) -> None:
        """Close regions and blocks."""
        if tag == "script" and self._script is not None:
            self.meta.json_ld.append("".join(self._script))
            self._script = None
        if tag == "title" and self._title is not None:
            self.meta.title = " ".join("".join(self._title).split()) or None
            self._title = None
        if tag in BLOCK_TAGS:
            self._flush()
        if tag in SKIP_TAGS and self._skip:
            self._skip -= 1
        if tag in CHROME_TAGS and self._chrome:
            self._chrome -= 1
        self._current.chrome = self._chrome > 0 if not self._current.pieces else self._current.chrome

    def handle_data(self, data: str) -> None:
        """Text: kept with its offsets, unless inside a skipped region."""
        if self._script is not None:
            self._script.append(data)
        if self._title is not None:
            self._title.append(data)
        if self._skip:
            return
        start = self._offset()
        position = 0
        for match in _SPACE.finditer(data):
            self._text(data[position : match.start()], start + position)
            self._space(start + match.start(), match.end() - match.start())
            position = match.end()
        self._text(data[position:], start + position)

    def handle_charref(self, name: str) -> None:
        """A numeric reference (``&#8217;``): decoded, mapped to its whole source range."""
        self._reference()

    def handle_entityref(self, name: str) -> None:
        """A named reference (``&rsquo;``): decoded from the HTML5 table, mapped to its source range."""
        self._reference()

    def close(self) -> None:
        """Finish parsing and the last block."""
        super().close()
        self._flush()

    def _reference(self) -> None:
        """Add a character reference, decoded by the HTML5 rules (``html.unescape``), as one atomic piece."""
        start = self._offset()
        match = _REFERENCE.match(self.source, start)
        length = match.end() - start if match else 1
        decoded = html.unescape(self.source[start : start + length])
        if self._title is not None:
            self._title.append(decoded)
        if self._skip:
            return
        if decoded.isspace():
            self._space(start, length)
        else:
            self._current.pieces.append((decoded, start, length))

    def _text(self, text: str, start: int) -> None:
        """Add literal text (no whitespace inside)."""
        if text:
            self._current.pieces.append((text, start, len(text)))

    def _space(self, start: int, length: int) -> None:
        """Add one space for a whitespace run, unless the block is empty or already ends with one."""
        pieces = self._current.pieces
        if pieces and pieces[-1][0] != " ":
            pieces.append((" ", start, length))

    def _flush(self) -> None:
        """End the current block (dropping a trailing space) and start a new one."""
        block = self._current
        while block.pieces and block.pieces[-1][0] == " ":
            block.pieces.pop()
        if block.pieces:
            block.chrome = block.chrome or self._chrome > 0
            self.blocks.append(block)
        self._current = Block(chrome=self._chrome > 0)

    def _head_tag(self, tag: str, attrs: dict[str, str | None]) -> None:
        """Record <meta>, <link rel=canonical>, JSON-LD scripts and <title>."""
        if tag == "meta":
            key = attrs.get("property") or attrs.get("name") or attrs.get("itemprop")
            if key and attrs.get("content") and key.lower() not in self.meta.meta:
                self.meta.meta[key.lower()] = str(attrs["content"]).strip()
        elif tag == "link" and (attrs.get("rel") or "").lower() == "canonical" and attrs.get("href"):
            self.meta.canonical = attrs["href"]
        elif tag == "script" and (attrs.get("type") or "").lower() == "application/ld+json":
            self._script = []
        elif tag == "title" and self.meta.title is None:
            self._title = []


def parse_blocks(source: str) -> BlockParser:
    """Tokenise a page into blocks and metadata."""
    parser = BlockParser(source)
    parser.feed(source)
    parser.close()
    return parser
