"""JSON Schemas of the rule files in ``rules/``; every file is validated against its schema on load."""

from __future__ import annotations

from typing import Any

_ARTICLE = {
    "type": "object",
    "required": ["text"],
    "additionalProperties": False,
    "properties": {
        "id": {"type": "string"},
        "text": {"type": "string", "minLength": 1},
        "published": {"type": ["string", "null"], "format": "date"},
        "title": {"type": "string"},
        "source": {"type": "string"},
        "url": {"type": "string"},
    },
}

_EXAMPLE = {
    "type": "object",
    "required": ["expect", "articles"],
    "additionalProperties": False,
    "properties": {
        "name": {"type": "string"},
        "expect": {"enum": ["flag", "pass"]},
        "articles": {"type": "array", "minItems": 2, "items": _ARTICLE},
        "subject": {"type": "string"},
        "values": {"type": "array", "items": {"type": "string"}},
    },
}

FRAMES: dict[str, Any] = {
    "type": "object",
    "required": ["rules"],
    "additionalProperties": False,
    "properties": {
        "rules": {
            "type": "array",
            "items": {
                "type": "object",
                "required": ["code", "name", "kind", "severity", "summary", "explanation", "examples"],
                "additionalProperties": False,
                "properties": {
                    "code": {"type": "string", "pattern": "^[A-Z]{2,4}[0-9]{3}$"},
                    "name": {"type": "string", "pattern": "^[a-z][a-z0-9-]*$"},
                    "kind": {"type": "string", "pattern": "^[a-z][a-z_]*$"},  # a registered claim kind
                    "severity": {"enum": ["error", "warning", "info"]},
                    "enabled": {"type": "boolean"},
                    "groups": {"type": "array", "items": {"type": "string"}},
                    "aliases": {"type": "array", "items": {"type": "string"}},
                    "summary": {"type": "string", "minLength": 1},
                    "explanation": {"type": "string", "minLength": 1},
                    "params": {"type": "object"},
                    "examples": {"type": "array", "minItems": 2, "items": _EXAMPLE},
                },
            },
        }
    },
}

_WORDS = {"type": "array", "items": {"type": "string", "minLength": 1}}

TITLES: dict[str, Any] = {
    "type": "object",
    "required": ["offices", "titles"],
    "additionalProperties": False,
    "properties": {
        "offices": {
            "type": "object",
            "additionalProperties": {
                "type": "object",
                "required": ["unique", "label"],
                "additionalProperties": False,
                "properties": {"unique": {"type": "boolean"}, "label": {"type": "string"}},
            },
        },
        "titles": {"type": "object", "additionalProperties": {**_WORDS, "minItems": 1}},
        "past_markers": _WORDS,
    },
}

_ALIAS_ENTRY = {
    "type": "object",
    "required": ["canonical", "aliases"],
    "additionalProperties": False,
    "properties": {"canonical": {"type": "string", "minLength": 1}, "aliases": _WORDS},
}

ALIASES: dict[str, Any] = {
    "type": "object",
    "required": ["matching"],
    "additionalProperties": False,
    "properties": {
        "matching": {
            "type": "object",
            "required": ["scorer", "cutoff"],
            "additionalProperties": False,
            "properties": {
                "scorer": {"enum": ["ratio", "partial_ratio", "token_sort_ratio", "token_set_ratio", "WRatio",
                                    "QRatio"]},
                "cutoff": {"type": "number", "minimum": 0, "maximum": 100},
                "given_name_cutoff": {"type": "number", "minimum": 0, "maximum": 100},
                "block_prefix": {"type": "integer", "minimum": 1, "maximum": 12},
            },
        },
        "people": {"type": "array", "items": _ALIAS_ENTRY},
        "organisations": {"type": "array", "items": _ALIAS_ENTRY},
    },
}

PLACES: dict[str, Any] = {
    "type": "object",
    "required": ["countries"],
    "properties": {
        "countries": {
            "type": "array",
            "items": {
                "type": "object",
                "required": ["name"],
                "properties": {
                    "name": {"type": "string"},
                    "code": {"type": ["string", "null"]},
                    "aliases": _WORDS,
                    "demonyms": _WORDS,
                    "capital": {"type": ["string", "null"]},
                    "cities": _WORDS,
                },
            },
        }
    },
}

FACTS: dict[str, Any] = {
    "type": "object",
    "required": ["facts"],
    "additionalProperties": False,
    "properties": {
        "facts": {
            "type": "array",
            "items": {
                "type": "object",
                "required": ["subject", "attribute"],
                "additionalProperties": False,
                "properties": {
                    "subject": {"type": "string", "minLength": 1},
                    "attribute": {"enum": ["tenure_start", "office"]},
                    "title": {"type": "string", "minLength": 1},
                    "of": {"type": "string"},
                    "value": {"type": ["string", "integer"]},
                    "source": {"type": "string"},
                },
                "if": {"properties": {"attribute": {"const": "tenure_start"}}},
                "then": {"required": ["value", "title"]},
                "else": {"required": ["title"]},
            },
        }
    },
}

EVENTS: dict[str, Any] = {
    "type": "object",
    "required": ["events"],
    "additionalProperties": False,
    "properties": {
        "events": {"type": "object", "minProperties": 1, "additionalProperties": {**_WORDS, "minItems": 1}},
        "types": {"type": "object", "additionalProperties": {**_WORDS, "minItems": 1}},
        "outcomes": _WORDS,
        "related": {"type": "array", "items": {**_WORDS, "minItems": 2}},
        "recurring": _WORDS,
        "roles": {
            "type": "object",
            "additionalProperties": {
                "type": "object",
                "additionalProperties": False,
                "properties": {"before": _WORDS, "after": _WORDS, "toll": _WORDS},
            },
        },
    },
}

VICTIMS: dict[str, Any] = {
    "type": "object",
    "required": ["categories"],
    "additionalProperties": False,
    "properties": {
        "categories": {
            "type": "object",
            "minProperties": 1,
            "additionalProperties": {
                "type": "object",
                "required": ["words"],
                "additionalProperties": False,
                "properties": {"within": {"type": "string"}, "words": {**_WORDS, "minItems": 1}},
            },
        },
    },
}

SCHEMAS: dict[str, dict[str, Any]] = {
    "events.yml": EVENTS,
    "victims.yml": VICTIMS,
    "facts": FACTS,
    "frames.yml": FRAMES,
    "titles.yml": TITLES,
    "aliases.yml": ALIASES,
    "places.yml": PLACES,
}
