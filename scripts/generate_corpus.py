"""Generate a realistic JSONL news corpus of N articles from real text (MEANTIME and ECB+), for benchmarks.

Each *story* is one real article with its people, places, numbers, years and publication date swapped
(consistently within the story); each story is told by 2–4 *outlets*, each keeping its own 40–60 % of the
sentences, sometimes with one number or year changed (a contradiction to find). A few outlets run a
syndicated copy of another outlet's version under their own dateline (a near-duplicate to detect). Same
sources and seed, same bytes.

    python scripts/generate_corpus.py ../shared/data/meantime/docs.jsonl ../shared/data/ecbplus-dev/docs.jsonl \
        -n 10000 --seed 7 -o /tmp/corpus-10k.jsonl
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import random
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

import yaml

from claimcheck.lang.en.calendar import WEEKDAY_NAMES

ROOT = Path(__file__).resolve().parents[1]
FIRST = ["Ana", "Ben", "Carla", "David", "Elena", "Farid", "Grace", "Hiro", "Ines", "Jonas", "Kemal", "Lena",
         "Marco", "Nadia", "Omar", "Priya", "Rafael", "Sofia", "Tomas", "Uma", "Viktor", "Wei", "Yara", "Zoltan",
         "Amara", "Bruno", "Chen", "Dmitri", "Esther", "Felix"]
LAST = ["Alvarez", "Becker", "Costa", "Dubois", "Eriksen", "Fischer", "Garcia", "Haddad", "Ivanova", "Jensen",
        "Kowalski", "Larsen", "Moreau", "Novak", "Okafor", "Petrov", "Quinn", "Rossi", "Schmidt", "Tanaka", "Ueda",
        "Varga", "Weber", "Xu", "Yilmaz", "Zielinski", "Mendes", "Park", "Sato", "Nkemelu"]
OUTLETS = ("Daily Ledger", "Morning Courier", "Evening Standard-Post", "Global Wire", "Harbour Times", "Capital Review",
           "Northern Herald", "Metro Observer", "Pacific Chronicle", "Valley Gazette", "Continental Press",
           "Island Sentinel")
DATELINE = ("(Global Wire) — ", "WIRE SERVICE — ", "(Reuters-style syndication) — ", "")
WEEKDAYS = list(WEEKDAY_NAMES)
NOT_PEOPLE = frozenset(
    ["The", "A", "An", "In", "On", "At", "For", "And", "But", "Of", "To", "By", "With", "From", "He", "She", "It",
     "They", "We", "I", "Mr", "Mrs", "Ms", "Dr", "US", "U.S.", "UK", "EU", "UN", "January", "February", "March",
     "April", "May", "June", "July", "August", "September", "October", "November", "December", "Company",
     "Corporation", "Inc", "Air", "Force", "Army", "Party", "Ministry", "University", "Council", "Bank", "United",
     "States", "Union", "News", "Center", "Centre", "Group", "Court", "House", "Senate", "Congress", "Department",
     "Agency", "Association", "Committee", "Parliament", *WEEKDAYS]
)
_CAPITALISED = re.compile(r"[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+)*")
_NUMBER = re.compile(r"(?<![\w.])\d[\d,]*(?:\.\d+)?(?![\w])")
# Words whose date depends on the day an article is published. Outlets of a story that uses them publish on one
# day: a retelling keeps the words, and "yesterday" printed two days later would be another day (a false
# contradiction the generator, not the checker, would make).
_PUBLICATION_RELATIVE = re.compile(
    r"\b(?:today|tonight|yesterday|tomorrow|(?:this|last|next)\s+(?:morning|afternoon|evening|night|week|month|"
    r"weekend|year)|earlier\s+this\s+\w+|\w+\s+(?:days?|weeks?|months?)\s+ago|(?:mon|tues|wednes|thurs|fri|"
    r"satur|sun)day)\b", re.IGNORECASE)
_DETOKENISE = [(re.compile(p), r) for p, r in [
    (r"\s+([,.;:!?%)\]])", r"\1"), (r"([(\[$])\s+", r"\1"), (r"\s+(['’]s|n't|['’]re|['’]ve|['’]ll|['’]d)\b", r"\1"),
    (r"``\s*", "“"), (r"\s*''", "”"), (r"\bUS\$\s+", "US$"), (r"\s+-\s+", " – "),
]]


@dataclass(frozen=True, slots=True)
class Source:
    """One real article: title, sentences and publication date (ECB+ has none)."""

    title: str | None
    sentences: tuple[str, ...]
    published: dt.date | None


@dataclass(slots=True)
class Substitutions:
    """One story's consistent swaps: names, surnames, places, a number factor, a year shift, a weekday shift."""

    rng: random.Random
    places: list[str]
    place_set: frozenset[str]
    names: dict[str, str] = field(default_factory=dict)
    factor: float = 1.0
    years: int = 0
    weekdays: int = 0

    def apply(self, text: str) -> str:
        """Swap names, places, weekdays, then numbers and years."""
        text = _CAPITALISED.sub(self._proper, text)
        return _NUMBER.sub(self._number, text)

    def _proper(self, match: re.Match[str]) -> str:
        phrase = match.group()
        if phrase in self.names:
            return self.names[phrase]
        if phrase in WEEKDAYS:
            return WEEKDAYS[(WEEKDAYS.index(phrase) + self.weekdays) % 7]
        if phrase in self.place_set:
            return self.names.setdefault(phrase, self.rng.choice(self.places))
        words = phrase.split()
        if len(words) in (2, 3) and not any(w in NOT_PEOPLE or w in self.place_set for w in words):
            new = f"{self.rng.choice(FIRST)} {self.rng.choice(LAST)}"
            self.names[phrase], self.names[words[-1]] = new, new.split()[-1]
            return new
        return phrase

    def _number(self, match: re.Match[str]) -> str:
        written = match.group()
        digits = written.replace(",", "")
        if re.fullmatch(r"1[89]\d\d|20\d\d", digits):
            return str(int(digits) + self.years)
        value = float(digits) * self.factor
        decimals = len(digits.split(".")[1]) if "." in digits else 0
        text = f"{value:,.{decimals}f}" if "," in written else f"{value:.{decimals}f}"
        return text if decimals or value >= 1 else "1"


def detokenise(text: str) -> str:
    """Undo the corpus tokenisation (spaces around punctuation, `` '' quotes)."""
    for pattern, replacement in _DETOKENISE:
        text = pattern.sub(replacement, text)
    return text.strip()


def read_sources(meantime: Path | None, ecb: Path | None) -> list[Source]:
    """Real articles from MEANTIME (title line, date line, body) and ECB+ (annotated sentences only)."""
    sources: list[Source] = []
    for path, kind in ((meantime, "meantime"), (ecb, "ecb")):
        if path is None:
            continue
        for line in path.read_text(encoding="utf-8").splitlines():
            record = json.loads(line)
            lines = [detokenise(s) for s in record["text"].splitlines() if s.strip()]
            if kind == "meantime":
                title, body, published = lines[0], lines[2:], _date(record.get("dct"))
            else:
                title, body, published = None, [s for s in lines if not s.startswith("http")], None
            if len(body) >= 4:  # shorter ones retold with swapped names would be near-copies of each other
                sources.append(Source(title, tuple(body), published))
    return sources


def _date(value: object) -> dt.date | None:
    """A MEANTIME creation date: ISO, or month-day-year as a few documents write it; None when absent."""
    for layout in ("%Y-%m-%d", "%m-%d-%Y"):
        try:
            return dt.datetime.strptime(str(value), layout).date()  # noqa: DTZ007  # a calendar date, no time
        except ValueError:
            continue
    return None


def load_places(path: Path) -> list[str]:
    """Country names and cities of rules/places.yml (single words and short names only)."""
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    names = {c["name"] for c in data["countries"]} | {city for c in data["countries"] for city in c.get("cities", [])}
    return sorted(n for n in names if len(n.split()) <= 2 and n[:1].isupper())


def stories(sources: list[Source], places: list[str], rng: random.Random) -> Iterator[tuple[Source, Substitutions]]:
    """Endless stories: each source in a shuffled order, then again, with new substitutions and background.

    A story is its source's sentences followed by a few background sentences from another source, so that
    two retellings of one source (a source is reused every ~550 stories) are not near-copies of each other.
    """
    place_set = frozenset(places)
    while True:
        order = list(range(len(sources)))
        rng.shuffle(order)
        for index in order:
            subs = Substitutions(random.Random(rng.random()), places, place_set, factor=rng.uniform(0.4, 2.5),
                                 years=rng.randint(-12, 6), weekdays=rng.randint(0, 6))
            other = sources[rng.randrange(len(sources))].sentences[1:]
            background = tuple(rng.sample(other, k=min(len(other), max(2, len(sources[index].sentences) // 2))))
            story = sources[index]
            yield Source(story.title, story.sentences + background, story.published), subs


Change = dict[str, str]  # a changed figure: {"id", "original", "changed"} (the sentence before and after)


def outlet_versions(source: Source, subs: Substitutions, rng: random.Random, story: int,
                    changes: list[Change] | None = None) -> list[dict[str, str]]:
    """2–4 outlets' articles of one story, with ids ``s<story>-<outlet>``.

    Figures changed on purpose are appended to ``changes``.
    """
    base = _shift_years(source.published, subs.years) if source.published else \
        dt.date(2005, 1, 1) + dt.timedelta(days=rng.randint(0, 3650))
    sentences = [subs.apply(s) for s in source.sentences]
    title = subs.apply(source.title) if source.title else None
    articles: list[dict[str, str]] = []
    chosen: list[set[int]] = []
    for outlet in rng.sample(OUTLETS, rng.randint(2, 4)):
        keep = _selection(len(sentences), chosen, rng)
        if keep is None:  # a short story: no retelling different enough from the others
            break
        body = [sentences[0]] + [sentences[i] for i in keep]
        ident = f"s{story:06d}-{len(articles)}"
        if rng.random() < 0.15:
            original, body = body, [_perturb(s, rng) for s in body]
            if changes is not None:
                changes.extend({"id": ident, "original": a, "changed": b}
                               for a, b in zip(original, body, strict=True) if a != b)
        spread = 0 if any(_PUBLICATION_RELATIVE.search(s) for s in [title or "", *body]) else 2
        published = base + dt.timedelta(days=rng.randint(0, spread))
        articles.append(_record(ident, outlet, title, body, published, rng))
    return articles


def _selection(count: int, chosen: list[set[int]], rng: random.Random) -> list[int] | None:
    """40–60 % of the sentences after the first, sharing at most half with any other outlet's; None if none does."""
    size = max(1, round((count - 1) * rng.uniform(0.4, 0.6)))
    for _ in range(8):
        keep = set(rng.sample(range(1, count), k=size))
        if all(len(keep & other) + 1 <= 0.5 * (len(keep | other) + 1) for other in chosen):
            chosen.append(keep)
            return sorted(keep)
    return None if chosen else sorted(keep)


def _perturb(sentence: str, rng: random.Random) -> str:
    """Change one number of a sentence (half the time): an outlet that got a figure wrong."""
    if rng.random() < 0.5:
        return sentence
    return _NUMBER.sub(lambda m: str(int(float(m.group().replace(",", ""))) + rng.randint(1, 3)), sentence, count=1)


def _shift_years(date: dt.date, years: int) -> dt.date:
    """The same day ``years`` later (28 February for a 29 February that does not exist)."""
    try:
        return date.replace(year=date.year + years)
    except ValueError:
        return date.replace(year=date.year + years, day=28)


def _record(ident: str, outlet: str, title: str | None, body: list[str], published: dt.date,
            rng: random.Random) -> dict[str, str]:
    """One JSONL record; sentences grouped into paragraphs of one to three."""
    paragraphs, i = [], 0
    while i < len(body):
        size = rng.randint(1, 3)
        paragraphs.append(" ".join(body[i : i + size]))
        i += size
    slug = re.sub(r"\W+", "-", (title or body[0])[:50].lower()).strip("-")
    domain = outlet.lower().replace(" ", "").replace("-", "")
    record = {"id": ident, "source": outlet, "published": published.isoformat(),
              "url": f"https://{domain}.example/{published:%Y/%m}/{slug}-{ident}", "text": "\n\n".join(paragraphs)}
    return {"title": title, **record} if title else record


def syndicated_copy(record: dict[str, str], rng: random.Random) -> dict[str, str]:
    """Another outlet running the same wire story under its own dateline (``copy_of`` names the original)."""
    outlet = rng.choice([o for o in OUTLETS if o != record["source"]])
    ident = record["id"] + "c"
    return {**record, "id": ident, "source": outlet, "text": rng.choice(DATELINE) + record["text"],
            "url": record["url"] + "c", "copy_of": record["id"]}


def generate(sources: list[Source], places: list[str], count: int, seed: int, syndicated: float,
             changes: list[Change] | None = None) -> Iterator[dict[str, str]]:
    """Yield ``count`` records; the figures changed on purpose go to ``changes`` (copies' too)."""
    rng = random.Random(seed)
    made: list[dict[str, str]] = []
    feed = stories(sources, places, rng)
    story = 0
    while len(made) < count:
        found: list[Change] = []
        for record in outlet_versions(*next(feed), rng, story, found):
            made.append(record)
            if rng.random() < syndicated:
                made.append(syndicated_copy(record, rng))
                found += [{**c, "id": made[-1]["id"]} for c in found if c["id"] == record["id"]]
        if changes is not None:
            changes.extend(found)
        story += 1
    if changes is not None:
        kept = {r["id"] for r in made[:count]}
        changes[:] = [c for c in changes if c["id"] in kept]
    yield from made[:count]


def main() -> None:
    """Command line: sources, -n, --seed, -o."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("sources", nargs="+", type=Path,
                        help="docs.jsonl of MEANTIME and/or ECB+ (by its 'subtopic' field)")
    parser.add_argument("-n", "--count", type=int, default=1000)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--syndicated", type=float, default=0.03, help="share of syndicated (near-duplicate) copies")
    parser.add_argument("--places", type=Path, default=ROOT / "rules" / "places.yml")
    parser.add_argument("-o", "--output", type=Path, required=True)
    parser.add_argument("--gold", type=Path, help="also write the figures changed on purpose (JSONL: id, original, "
                                                   "changed sentence), for python -m evaluation.generated")
    args = parser.parse_args()
    write_corpus(args.sources, args.count, args.seed, args.output, args.syndicated, args.places, args.gold)


def _first_line(path: Path) -> str:
    """The first line of a file (tells ECB+, which has subtopics, from MEANTIME)."""
    with path.open(encoding="utf-8") as handle:
        return handle.readline()


def write_corpus(paths: list[Path], count: int, seed: int, output: Path, syndicated: float = 0.03,
                 places: Path = ROOT / "rules" / "places.yml", gold: Path | None = None) -> int:
    """Generate and write a corpus (and, with ``gold``, the figures changed on purpose); return its size in bytes."""
    ecb = next((p for p in paths if "subtopic" in _first_line(p)), None)
    meantime = next((p for p in paths if p != ecb), None)
    changes: list[Change] = []
    records = generate(read_sources(meantime, ecb), load_places(places), count, seed, syndicated, changes)
    with output.open("w", encoding="utf-8") as handle:
        for record in records:
            handle.write(json.dumps(record, ensure_ascii=False) + "\n")
    if gold is not None:
        gold.write_text("".join(json.dumps(c, ensure_ascii=False) + "\n" for c in changes), encoding="utf-8")
    return output.stat().st_size


if __name__ == "__main__":
    main()
