"""Page chrome glued to an article's first line: a publication stamp before the headline, a headline run into the lead."""

from __future__ import annotations

import datetime as dt

import pytest

from claimcheck.extract import extract
from claimcheck.load.article import build_document
from claimcheck.load.boilerplate import glued_headline


def _parts(text: str) -> tuple[dt.date | None, list[str], list[str]]:
    document = build_document("d", "d.txt", text)
    return (document.published, [text[s.start : s.end].strip() for s in document.skipped],
            [text[s.start : s.end] for s in document.headlines])


def test_a_stamp_opening_the_page_dates_it_and_the_headline_is_split_from_the_lead(rules) -> None:  # type: ignore[no-untyped-def]
    text = ("Tuesday 4 Apr 2017 Thirty Killed in Strikes on Syrian Town At least 30 people were killed on Tuesday "
            "in air strikes on the town, a monitor said.\n")
    published, skipped, headlines = _parts(text)
    assert published == dt.date(2017, 4, 4)
    assert skipped == ["Tuesday 4 Apr 2017", "Thirty Killed in Strikes on Syrian Town"]
    assert headlines == ["Thirty Killed in Strikes on Syrian Town"]
    claims = extract(build_document("d", "d.txt", text), rules).claims
    dates = [c for c in claims if c.kind == "date"]
    # the stamp is no event date; the lead's "Tuesday" is resolved against it
    assert [(c.text, str(c.normalized)) for c in dates] == [("Tuesday", "2017-04-04")]


@pytest.mark.parametrize(("line", "rest"), [
    ("UPDATED: THURSDAY, MARCH 20 2008 13:45 AM", ""),
    ("Updated : May 24 , 2005 , 3 : 23 PM ET", ""),
    ("Posted on November 15 , 2011 6 : 07 : 15 PM GMT+01 : 00", ""),
    ("May 3 2019 2:19 PM Her attorney said Monday the actress checked into rehab.", "Her attorney said"),
])
def test_a_stamp_line_is_skipped_with_its_time_and_zone(line: str, rest: str) -> None:
    published, skipped, _ = _parts(line + "\n\nThe fire killed 12 people, officials said.\n")
    assert published is not None
    remaining = line.replace(skipped[0], "", 1).strip()
    assert remaining.startswith(rest) and (rest or not remaining)


def test_a_date_that_opens_a_sentence_is_no_stamp() -> None:
    published, skipped, _ = _parts("March 1, 2023, was the coldest day of the year, officials said.\n")
    assert published is None and skipped == []


@pytest.mark.parametrize("text", [
    "President Barack Obama on Tuesday said the talks would go on, aides said.",  # a name run
    "Australian Prime Minister John Howard and federal industry minister Ian Macfarlane announced a plan.",
    "Priya Patel to Host the Oscars “ We are thrilled to have her host the oscars, ” they said.",  # a quote opens
    "5 Dead, 2 Wounded in Shooting at Plant. Police say two people have been killed.",  # already two sentences
    "Thirty killed in strikes on Syrian town at least 30 people were killed.",  # not Title Case
])
def test_no_headline_is_cut_out_of_a_sentence(text: str) -> None:
    assert glued_headline(text, 0, len(text)) is None


def test_a_glued_headline_opens_on_a_short_word_or_a_preposition() -> None:
    text = ("Lindsay Lohan Checks Into Betty Ford After Fleeing Other Rehab Facility After leaving rehab less than "
            "an hour after checking in on Tuesday, she went to another facility.")
    end = glued_headline(text, 0, len(text))
    assert end is not None and text[:end] == "Lindsay Lohan Checks Into Betty Ford After Fleeing Other Rehab Facility"


def test_an_address_and_a_title_before_a_date_header_are_classified(rules) -> None:  # type: ignore[no-untyped-def]
    # ECB+ 19_7: the page's address, its title, then "Published : March 13 , 2013"
    text = ("http : / / www . nytimes . com / 2013 / 03 / 14 / nyregion / teenager - killed . html\n"
            "Anger in East Flatbush Persists Over Teenager's Killing by the Police\n"
            "Published : March 13 , 2013\n"
            "First came the shooting : an armed teenager killed by police officers on a darkened street .\n")
    document = build_document("d", "d.txt", text)
    assert document.published == dt.date(2013, 3, 13)
    assert document.title == "Anger in East Flatbush Persists Over Teenager's Killing by the Police"
    dates = [c.text for c in extract(document, rules).claims if c.kind == "date"]
    assert dates == []  # the address's "2013 / 03 / 14" and the header are no claims
