"""What the load stage may be told: record field names, stdin format, file globs, duplicate detection."""

from __future__ import annotations

from dataclasses import dataclass

STDIN_FORMATS = ("jsonl", "json", "csv", "txt", "md", "html")


@dataclass(frozen=True, slots=True)
class FieldMap:
    """Which fields of a JSONL/JSON/CSV record hold the article's id, text and metadata."""

    id: str = "id"
    text: str = "text"
    date: str = "published"  # "date" is accepted too while the default is in force
    title: str = "title"
    source: str = "source"
    url: str = "url"


@dataclass(frozen=True, slots=True)
class LoadOptions:
    """Options of ``load_corpus``; the defaults read every format with the documented field names."""

    id_field: str = "id"
    text_field: str = "text"
    date_field: str = "published"
    title_field: str = "title"
    source_field: str = "source"
    url_field: str = "url"
    stdin_format: str = "jsonl"
    include: tuple[str, ...] = ()
    exclude: tuple[str, ...] = ()
    find_duplicates: bool = True
    duplicate_threshold: float = 0.8  # estimated Jaccard similarity of word 3-shingles

    def __post_init__(self) -> None:
        if self.stdin_format not in STDIN_FORMATS:
            raise ValueError(f"stdin_format must be one of {', '.join(STDIN_FORMATS)}, not {self.stdin_format!r}")

    @property
    def fields(self) -> FieldMap:
        """The record field names as one object."""
        return FieldMap(self.id_field, self.text_field, self.date_field, self.title_field, self.source_field,
                        self.url_field)
