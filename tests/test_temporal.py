"""Behaviour of the temporal extractor: one test per expression family and per false-date trap."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from claimcheck.extract.temporal import extract_temporal
from claimcheck.model import Granularity as G
from claimcheck.model import Mention

PUB = dt.date(2023, 3, 1)  # a Wednesday
PUB_FRI = dt.date(2021, 11, 19)  # a Friday


def found(sentence: str, published: dt.date | None = PUB, offset: int = 0) -> list[Mention]:
    """Run the extractor."""
    return extract_temporal(sentence, offset, published)


def one(sentence: str, text: str, published: dt.date | None = PUB) -> Mention:
    """Return the single mention whose text is ``text``."""
    hits = [m for m in found(sentence, published) if m.text == text]
    assert len(hits) == 1, [(m.text, m.normalized) for m in found(sentence, published)]
    return hits[0]


def check(sentence: str, text: str, value: str, gran: G, published: dt.date | None = PUB,
          type_: str = "DATE", **attrs: object) -> Mention:
    """Assert the mention ``text`` has the given value, granularity, type and attributes."""
    m = one(sentence, text, published)
    start = sentence.index(text)
    assert (m.span.start, m.span.end) == (start, start + len(text))
    assert m.normalized == value == m.value.value
    assert m.value.granularity is gran
    assert m.value.type == type_
    assert m.kind == type_.lower()
    for key, expected in attrs.items():
        assert getattr(m.value, key) == expected, key
    return m


def values(sentence: str, published: dt.date | None = PUB) -> list[str]:
    """Return the normalised values found in a sentence."""
    return [m.normalized for m in found(sentence, published)]


# --- full dates -------------------------------------------------------------------------------

def test_month_day_year() -> None:
    check("The clinic in Leeds opened on March 1, 2023 after delays.", "March 1, 2023", "2023-03-01", G.DAY)


def test_day_month_year() -> None:
    check("Ms Okafor was sworn in on 1 March 2023 in Abuja.", "1 March 2023", "2023-03-01", G.DAY)


def test_abbreviated_month_infers_year_from_publication() -> None:
    check("The vote was held on Mar. 1 in the capital.", "Mar. 1", "2023-03-01", G.DAY)


def test_month_day_prefers_past() -> None:
    check("Shares of Kestrel Foods peaked on December 14 before the recall.", "December 14",
          "2022-12-14", G.DAY)


def test_month_day_future_sentence() -> None:
    check("The ferry service will resume on January 9 next season.", "January 9", "2024-01-09", G.DAY)


def test_iso_date() -> None:
    check("The filing is dated 2023-03-01 in the registry.", "2023-03-01", "2023-03-01", G.DAY)


def test_us_numeric_date() -> None:
    # month/day/year by default
    check("The memo, dated 3/1/2023, was leaked.", "3/1/2023", "2023-03-01", G.DAY)


def test_numeric_date_day_first_when_month_impossible() -> None:
    check("The memo, dated 25/4/2021, was leaked.", "25/4/2021", "2021-04-25", G.DAY)


def test_tokenised_numeric_date_and_year_first() -> None:
    check("Posted : 08 / 02 / 2013 by staff", "08 / 02 / 2013", "2013-08-02", G.DAY)
    check("Archived under 2013/05/03 online.", "2013/05/03", "2013-05-03", G.DAY)


def test_tokenised_date() -> None:
    check("Harbour strike ends\nMarch 01 , 2008\n", "March 01 , 2008", "2008-03-01", G.DAY)


def test_weekday_with_date_is_one_mention() -> None:
    m = check("Rivera resigned on Tuesday, December 9, 2008 at the board meeting.",
              "Tuesday, December 9, 2008", "2008-12-09", G.DAY)
    assert m.value.weekday == 2


# --- months, years, decades -------------------------------------------------------------------

def test_weekday_only_when_named() -> None:
    assert one("Polls opened on March 1, 2023 at dawn.", "March 1, 2023").value.weekday is None


def test_month_year() -> None:
    check("Exports to Chile collapsed in March 2023 .", "March 2023", "2023-03", G.MONTH)


def test_bare_year_in_context() -> None:
    check("The bridge was completed in 1994 by a Dutch firm.", "1994", "1994", G.YEAR)


def test_year_is_never_a_day() -> None:
    m = one("Nobody has lived there since 1994.", "1994")
    assert m.value.granularity is G.YEAR and m.normalized == "1994"


def test_year_before_event_noun() -> None:
    check("She lost the 2016 election narrowly.", "2016", "2016", G.YEAR)


def test_typographic_apostrophes() -> None:
    assert values("Britain\u2019s 2010 budget echoed the \u201990s.") == ["2010", "199X"]


def test_year_before_plural_event_noun() -> None:
    check("A nurse was charged in the 1967 slayings of two clerks.", "1967", "1967", G.YEAR)


def test_year_before_capitalised_name() -> None:
    check("Comedian Ana Ruiz will host 2014 Oscars.", "2014", "2014", G.YEAR)


def test_year_list() -> None:
    assert values("Floods struck in 1998, 2004 and 2011.") == ["1998", "2004", "2011"]


def test_decade() -> None:
    check("Grain prices were stable through the 1990s in the region.", "1990s", "199X", G.DECADE)


def test_short_decade() -> None:
    check("The label was founded in the '90s by two DJs.", "'90s", "199X", G.DECADE)


def test_apostrophe_year_after_strong_cue() -> None:
    check("Copper hit its lowest level since '82 on Monday.", "'82", "1982", G.YEAR)
    assert values("The iLife '11 suite shipped.") == []


def test_century() -> None:
    check("The mill dates from the 19th century.", "19th century", "18XX", G.CENTURY)


def test_early_year_has_start_mod() -> None:
    check("Construction begins in early 2020 according to the council.", "early 2020", "2020", G.YEAR,
          mod="START")


def test_since_until_from_to_years() -> None:
    assert values("The treaty ran from 2010 to 2014, and a ban applies until 2025.") == \
        ["2010", "2014", "2025"]
    m = one("The treaty ran from 2010 to 2014.", "2010")
    assert m.span.start == len("The treaty ran from ")


# --- weekdays ---------------------------------------------------------------------------------

def test_weekday_same_day_counts() -> None:
    check("The mayor spoke on Wednesday about the budget.", "Wednesday", "2023-03-01", G.DAY, weekday=3)


def test_weekday_resolves_to_past() -> None:
    check("Police arrested two men on Thursday near the port.", "Thursday", "2023-02-23", G.DAY, weekday=4)


def test_weekday_future_sentence() -> None:
    check("The minister is due to visit Lagos on Friday.", "Friday", "2023-03-03", G.DAY, weekday=5)


def test_weekday_said_is_past_even_with_will() -> None:
    check("Kaur said Monday that the plant will close.", "Monday", "2023-02-27", G.DAY)


def test_weekday_tense_of_its_own_clause() -> None:
    check("Police arrested two men on Thursday and will charge them.", "Thursday", "2023-02-23", G.DAY)
    check("The mayor is scheduled to visit on Friday.", "Friday", "2023-03-03", G.DAY)


def test_future_passive_month() -> None:
    check("The sale should be completed in October.", "October", "2023-10", G.MONTH)


def test_weekday_without_publication_date() -> None:
    check("The mayor spoke on Wednesday.", "Wednesday", "XXXX-WXX-3", G.WEEKDAY, None, weekday=3,
          anchored=False)


def test_weekday_part_of_day() -> None:
    check("Fire crews arrived Thursday night at the depot.", "Thursday night", "2023-02-23TNI",
          G.PART_OF_DAY, type_="TIME", weekday=4)


def test_late_weekday() -> None:
    # TimeML: "late Thursday" is the day with mod END
    check("The talks collapsed late Thursday in Geneva.", "late Thursday", "2023-02-23", G.DAY, mod="END")


def test_last_weekday_is_strictly_before() -> None:
    check("The storm hit last Wednesday.", "last Wednesday", "2023-02-22", G.DAY)


# --- relative expressions ---------------------------------------------------------------------

@pytest.mark.parametrize(("sentence", "text", "value", "gran"), [
    ("The results came out today.", "today", "2023-03-01", G.DAY),
    ("Markets fell yesterday in Tokyo.", "yesterday", "2023-02-28", G.DAY),
    ("The verdict is due tomorrow.", "tomorrow", "2023-03-02", G.DAY),
    ("Prices rose last week.", "last week", "2023-W08", G.WEEK),
    ("Talks continue this week.", "this week", "2023-W09", G.WEEK),
    ("The trial opens next week.", "next week", "2023-W10", G.WEEK),
    ("Sales slowed last month.", "last month", "2023-02", G.MONTH),
    ("Rents rose this month.", "this month", "2023-03", G.MONTH),
    ("Rents rose earlier this month.", "earlier this month", "2023-03", G.MONTH),
    ("Rents will rise next month.", "next month", "2023-04", G.MONTH),
    ("Output grew last year.", "last year", "2022", G.YEAR),
    ("Output grew this year.", "this year", "2023", G.YEAR),
    ("Output will grow next year.", "next year", "2024", G.YEAR),
    ("The mine closed a year ago.", "a year ago", "2022", G.YEAR),
    ("The mine closed two days ago.", "two days ago", "2023-02-27", G.DAY),
    ("The mine closed three years ago.", "three years ago", "2020", G.YEAR),
])
def test_relative(sentence: str, text: str, value: str, gran: G) -> None:
    check(sentence, text, value, gran)


@pytest.mark.parametrize(("sentence", "text", "value"), [
    ("The firm recently moved to Porto.", "recently", "PAST_REF"),
    ("It is now based in Porto.", "now", "PRESENT_REF"),
    ("It is currently based in Porto.", "currently", "PRESENT_REF"),
    ("It is based in Porto at the moment.", "at the moment", "PRESENT_REF"),
    ("More cuts are expected in the coming months.", "the coming months", "FUTURE_REF"),
    ("A decision is expected soon.", "soon", "FUTURE_REF"),
    ("Such storms were rare in the past.", "the past", "PAST_REF"),
])
def test_reference_words(sentence: str, text: str, value: str) -> None:
    check(sentence, text, value, G.REF)


def test_relative_without_publication_date_invents_nothing() -> None:
    check("Prices rose last week.", "last week", "XXXX-WXX", G.WEEK, None, anchored=False)
    check("Sales slowed last month.", "last month", "XXXX-XX", G.MONTH, None, anchored=False)
    check("Markets fell yesterday.", "yesterday", "XXXX-XX-XX", G.DAY, None, anchored=False)


def test_month_alone_nearest_past() -> None:
    check("The factory reopened in September after repairs.", "September", "2022-09", G.MONTH)


def test_month_alone_future() -> None:
    check("The factory will reopen in September.", "September", "2023-09", G.MONTH)


def test_month_alone_without_publication_date() -> None:
    check("The factory reopened in September.", "September", "XXXX-09", G.MONTH, None, anchored=False)


def test_season() -> None:
    check("Wildfires spread last summer across the valley.", "last summer", "2022-SU", G.SEASON)


def test_quarter_with_year() -> None:
    check("Profit doubled in the first quarter of 2023 .", "the first quarter of 2023", "2023-Q1", G.QUARTER)


def test_quarter_nearest() -> None:
    check("Profit doubled in the fourth quarter.", "the fourth quarter", "2022-Q4", G.QUARTER)


def test_the_day_takes_the_mentioned_date() -> None:
    m = one("On June 3 , 2019 the index closed the day 2 % lower.", "the day", None)
    assert m.normalized == "2019-06-03"


def test_half_year() -> None:
    # the model has no half-year granularity: YEAR (coarser) rather than an invented finer one
    check("Margins recovered in the second half of 2022 .", "the second half of 2022", "2022-H2", G.YEAR)


def test_end_of_the_year_is_the_current_year() -> None:
    check("The plant should close by the end of the year.", "the end of the year", "2023", G.YEAR, mod="END")


def test_late_last_year() -> None:
    check("Talks stalled late last year.", "late last year", "2022", G.YEAR, mod="END")


def test_year_range_gives_two_years() -> None:
    assert values("Okoye chaired the board 2015-2019 before retiring.") == ["2015", "2019"]


def test_century_in_words() -> None:
    check("A twenty-first century problem.", "twenty-first century", "20XX", G.CENTURY)


def test_day_of_month_with_of() -> None:
    check("The rally on the 5th of February drew thousands.", "the 5th of February", "2023-02-05", G.DAY)


def test_quarter_ahead_is_this_year() -> None:
    m = one("Cuts will happen during the fourth quarter.", "the fourth quarter", dt.date(2021, 8, 19))
    assert m.normalized == "2021-Q4"


def test_tokenised_clock() -> None:
    check("Doors open at 7 : 30 p.m. sharp.", "7 : 30 p.m.", "2023-03-01T19:30", G.MINUTE, type_="TIME")


def test_the_day_as_daytime_is_not_a_date() -> None:
    assert values("Nurses work during the day and study at night.") == []


# --- durations and sets -----------------------------------------------------------------------

@pytest.mark.parametrize(("sentence", "text", "value", "mod"), [
    ("They began a three-day strike.", "three-day", "P3D", None),
    ("The strike lasted three days.", "three days", "P3D", None),
    ("A 90-day moratorium was declared.", "90-day", "P90D", None),
    ("A 90 - day moratorium was declared.", "90 - day", "P90D", None),
    ("She began a three-month stay in Oslo.", "three-month", "P3M", None),
    ("He served nearly three years in office.", "nearly three years", "P3Y", "APPROX"),
    ("The dispute concerns a year-old contract.", "year-old", "P1Y", None),
    ("A four-year-old boy was rescued.", "four-year-old", "P4Y", None),
    ("The 33-year-old actress won.", "33-year-old", "P33Y", None),
    ("The feud lasted decades.", "decades", "PXDE", None),
    ("He waited a year for the visa.", "a year", "P1Y", None),
    ("Inflation rose six months straight.", "six months straight", "P6M", None),
    ("Rescuers searched for hours.", "hours", "PTXH", None),
    ("The deal runs for two and a half years.", "two and a half years", "P2.5Y", None),
])
def test_durations(sentence: str, text: str, value: str, mod: str | None) -> None:
    check(sentence, text, value, G.DURATION, type_="DURATION", mod=mod)


@pytest.mark.parametrize(("sentence", "text", "value"), [
    ("The annual fair drew crowds.", "annual", "P1Y"),
    ("The fair is held every year.", "every year", "P1Y"),
    ("The newsletter is weekly.", "weekly", "P1W"),
    ("Rent is paid each month.", "each month", "P1M"),
    ("The plant makes 15 a year.", "a year", "P1Y"),
])
def test_sets(sentence: str, text: str, value: str) -> None:
    check(sentence, text, value, G.SET, type_="SET")


# --- times ------------------------------------------------------------------------------------

@pytest.mark.parametrize(("sentence", "text", "value", "gran"), [
    ("The polls close at 3 p.m. in Quito.", "3 p.m.", "2023-03-01T15:00", G.HOUR),
    ("The polls close at 15:00 in Quito.", "15:00", "2023-03-01T15:00", G.MINUTE),
    ("The launch is at 14:30 UTC.", "14:30 UTC", "2023-03-01T14:30Z", G.MINUTE),
    ("The bells rang at noon.", "noon", "2023-03-01T12:00", G.HOUR),
    ("Doors open at 7 p . m . sharp.", "7 p . m .", "2023-03-01T19:00", G.HOUR),
    ("Crews were called on Thursday morning.", "Thursday morning", "2023-02-23TMO", G.PART_OF_DAY),
    ("Lights went out this morning.", "this morning", "2023-03-01TMO", G.PART_OF_DAY),
])
def test_times(sentence: str, text: str, value: str, gran: G) -> None:
    check(sentence, text, value, gran, type_="TIME")


def test_time_takes_the_day_written_in_the_sentence() -> None:
    m = one("The probe landed on Monday at 16:05 UTC.", "16:05 UTC")
    assert m.normalized == "2023-02-27T16:05Z"


# --- no false dates ---------------------------------------------------------------------------

def test_no_date_in_percentage() -> None:
    assert values("Turnout fell 12% to 1994 voters... no, 19.94%.") == []


def test_no_year_in_money() -> None:
    assert values("The repair cost $1,994 and then $ 2010 in parts.") == []


def test_no_year_in_counts() -> None:
    assert values("Officials counted 1,994 people, and 2000 people fled.") == []
    assert values("Only 12 of 629 ballots were valid.") == []


def test_no_year_in_round_count_before_name() -> None:
    assert values("Troops evacuated 2000 Liberians by boat.") == []


def test_no_date_in_score() -> None:
    assert values("Porto won 3-1 against Braga.") == []


def test_season_range_is_not_a_month() -> None:
    vals = values("He scored 20 goals in the 2012-13 season.")
    assert "2012-13" not in vals and all(not v.startswith("2012-") for v in vals)


@pytest.mark.parametrize("sentence", [
    "See page 1994 of the report.",
    "The rule is in section 2010 of the code.",
    "She boarded flight 2012 to Lima.",
    "Article 1998 of the statute applies.",
    "Read chapter 2001 and route 1999 maps.",
    "Invoice No. 2005 was unpaid.",
])
def test_no_year_after_identifier_words(sentence: str) -> None:
    assert values(sentence) == []


def test_may_the_verb() -> None:
    assert values("They may visit the site soon.") == ["FUTURE_REF"]
    assert values("Prime Minister Theresa May spoke.") == []


def test_march_the_noun_and_verb() -> None:
    assert values("Thousands joined a march; protesters march daily.") == ["P1D"]


def test_month_name_before_surname() -> None:
    assert values("August Wilson wrote the play.") == []


def test_no_year_in_street_number() -> None:
    assert values("He lives at 1600 Pennsylvania Avenue.") == []


def test_no_date_in_phone_number() -> None:
    assert values("Call 555-2012 or 020 7946 0958.") == []


def test_no_date_in_large_numbers() -> None:
    assert values("The fund raised 100M and hired 2,000 staff; 2150 units sold.") == []


def test_no_year_in_index_name() -> None:
    assert values("The Russell 2000 Index fell 3 points.") == []


def test_no_season_in_names() -> None:
    assert values("He must prove his health in Spring Training.") == []
    assert values("Stocks fell after the fall of the government.") == []


def test_no_date_in_product_names() -> None:
    assert values("The Boeing 787 and Windows 2000 shipped with iLife '11.") == []


def test_no_year_out_of_range() -> None:
    assert values("In 2150 units were sold.") == []


# --- structural properties --------------------------------------------------------------------

def test_offset_is_applied() -> None:
    m = found("It rained on Tuesday.", offset=100)[0]
    assert (m.span.start, m.span.end) == (113, 120)
    assert m.text == "Tuesday"


_PIECES = st.sampled_from([
    "on Friday", "March 3, 2020", "in 1994", "last week", "three days", "12%", "$1,994", "at 3 p.m.",
    "the 1990s", "every year", "2012-13", "annual", "may", "March", "yesterday", "nearly two years",
    ",", ".", "the", "said", "will", "2000 people", "90 - day", "Thursday night", "since '82",
])


@settings(max_examples=300, deadline=None)
@given(st.lists(_PIECES, min_size=1, max_size=12), st.integers(0, 10_000),
       st.sampled_from([PUB, PUB_FRI, None]))
def test_spans_inside_and_non_overlapping(pieces: list[str], offset: int, pub: dt.date | None) -> None:
    sentence = " ".join(pieces)
    mentions = extract_temporal(sentence, offset, pub)
    last_end = offset
    for m in mentions:
        local = (m.span.start - offset, m.span.end - offset)
        assert 0 <= local[0] < local[1] <= len(sentence)
        assert sentence[local[0]:local[1]] == m.text
        assert m.span.start >= last_end
        last_end = m.span.end
        assert m.kind in {"date", "time", "duration", "set"}
        assert m.normalized == m.value.value


def test_as_soon_as_possible_is_not_a_time() -> None:
    from claimcheck.extract.temporal import extract_temporal

    assert extract_temporal("They called for talks as soon as possible.", 0, None) == []
    assert [m.normalized for m in extract_temporal("Talks will begin soon.", 0, None)] == ["FUTURE_REF"]
