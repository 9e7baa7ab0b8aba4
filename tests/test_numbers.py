"""Number, money, percent, quantity and ordinal extraction (claimcheck.extract.numbers)."""

from __future__ import annotations

import pytest

from claimcheck.compare.quantities import agrees, comparable
from claimcheck.extract.numbers import extract_numbers
from claimcheck.model import Mention, Quantity, Span


def found(sentence: str, offset: int = 0, exclude: tuple[Span, ...] = ()) -> list[Mention]:
    return extract_numbers(sentence, offset, exclude)


def only(sentence: str) -> Mention:
    mentions = found(sentence)
    assert len(mentions) == 1, [(m.kind, m.text) for m in mentions]
    return mentions[0]


def texts(sentence: str) -> list[str]:
    return [m.text for m in found(sentence)]


# --- spans and offsets -----------------------------------------------------------------------


def test_spans_are_in_document_coordinates() -> None:
    sentence = "The ferry carried 412 passengers."
    (m,) = found(sentence, offset=1000)
    assert m.span == Span(1018, 1032)
    assert m.text == sentence[m.span.start - 1000 : m.span.end - 1000] == "412 passengers"


def test_excluded_spans_are_never_returned() -> None:
    sentence = "Rescuers searched for 36 hours and found 9 survivors."
    start = 1000 + sentence.index("36")
    mentions = found(sentence, 1000, (Span(start, start + 8),))
    assert [m.text for m in mentions] == ["9 survivors"]


def test_mention_overlapping_exclude_is_dropped_even_partially() -> None:
    sentence = "Turnout reached 71 percent on polling day."
    start = sentence.index("percent")
    assert found(sentence, 0, (Span(start, start + 3),)) == []


# --- plain numbers, counted nouns --------------------------------------------------------------


def test_count_with_noun_has_noun_lemma_as_unit() -> None:
    m = only("Volunteers planted 340 trees along the river.")
    assert (m.kind, m.text, m.normalized) == ("number", "340 trees", "340 tree")
    assert m.value == Quantity(340.0, 340.0, "tree", None, False)


def test_irregular_and_ies_plurals_are_lemmatised() -> None:
    assert only("The storm left 14 casualties.").value.unit == "casualty"
    assert only("Officials said 230 people were evacuated.").value.unit == "people"
    assert only("The bus carried 45 children.").value.unit == "child"


def test_noun_after_modifiers_sets_unit_but_not_span() -> None:
    m = only("The airline ordered 64 new regional jets.")
    assert m.text == "64"
    assert m.value.unit == "jet"


def test_hyphenated_count_compound() -> None:
    m = only("The council adopted a 15-point reform agenda.")
    assert (m.kind, m.text, m.normalized) == ("number", "15-point", "15 point")


def test_bullet_points_unit_is_point() -> None:
    m = only("She summarised the report in 7 bullet points.")
    assert m.value.unit == "point"
    assert m.normalized == "7 point"


def test_bare_number_without_noun() -> None:
    m = only("The final tally was 1,204.")
    assert m.value == Quantity(1204.0, 1204.0, "", None, False)
    assert m.normalized == "1204"


def test_negative_number() -> None:
    m = only("The index closed at -12.5 after the announcement.")
    assert m.value.low == m.value.high == -12.5
    assert m.text == "-12.5"


def test_decimal_number() -> None:
    m = only("The tremor measured 4.7 on the scale.")
    assert m.value.low == 4.7


# --- qualifiers and intervals -----------------------------------------------------------------


def test_at_least_is_closed_open_interval() -> None:
    m = only("At least 58 miners were trapped underground.")
    assert m.text == "At least 58 miners"
    assert m.value == Quantity(58.0, None, "miner", "at least", False)
    assert m.normalized == "[58,inf) miner"


def test_more_than_is_exclusive_lower_bound() -> None:
    m = only("More than 70 flights were cancelled.")
    assert m.value == Quantity(70.0, None, "flight", "more than", False)
    assert m.normalized == "(70,inf) flight"


def test_nearly_is_ninety_percent_to_value_and_approximate() -> None:
    m = only("Nearly 300 homes lost power.")
    assert m.value == Quantity(270.0, 300.0, "home", "nearly", True)
    assert m.normalized == "[270,300] home"


def test_about_money_is_plus_minus_ten_percent() -> None:
    m = only("The bridge will cost about $1.9 billion to build.")
    assert m.kind == "money"
    assert m.text == "about $1.9 billion"
    assert m.value.low == pytest.approx(1.71e9)
    assert m.value.high == pytest.approx(2.09e9)
    assert m.value.approximate and m.value.qualifier == "about"
    assert m.normalized == "~1900000000 USD"


def test_up_to_starts_at_zero() -> None:
    m = only("The shelter can house up to 86 families.")
    assert m.value == Quantity(0.0, 86.0, "family", "up to", False)
    assert m.normalized == "[0,86] family"


def test_fewer_than_is_exclusive_upper_bound() -> None:
    m = only("Fewer than 40 delegates voted.")
    assert m.value == Quantity(0.0, 40.0, "delegate", "fewer than", False)
    assert m.normalized == "[0,40) delegate"


def test_range_with_to() -> None:
    m = only("Forecasters expect 10 to 15 storms this season.")
    assert m.text == "10 to 15 storms"
    assert m.value == Quantity(10.0, 15.0, "storm", "range", False)


def test_range_with_hyphen() -> None:
    m = only("Each crate holds 20-25 melons.")
    assert (m.value.low, m.value.high, m.value.unit) == (20.0, 25.0, "melon")


def test_range_with_between_and() -> None:
    m = only("Between 10 and 15 boats capsized.")
    assert m.text == "Between 10 and 15 boats"
    assert (m.value.low, m.value.high) == (10.0, 15.0)


def test_range_shares_scale_and_percent() -> None:
    m = only("Prices could rise 3 to 4.5 percent next quarter.")
    assert (m.kind, m.value.low, m.value.high, m.value.unit) == ("percent", 3.0, 4.5, "%")
    m = only("The fund needs 2 to 3 billion euros.")
    assert (m.kind, m.value.low, m.value.high, m.value.unit) == ("money", 2e9, 3e9, "EUR")


def test_from_to_is_a_change_not_a_range() -> None:
    mentions = found("Membership grew from 120 to 180 clubs.")
    assert [(m.value.low, m.value.high) for m in mentions] == [(120.0, 120.0), (180.0, 180.0)]


def test_vague_plurals() -> None:
    m = only("Dozens of volunteers arrived.")  # no upper bound: early reports of "dozens" dead become hundreds
    assert m.value == Quantity(24.0, None, "volunteer", None, True)
    m = only("Hundreds gathered outside the court.")
    assert m.value == Quantity(200.0, 999.0, "", None, True)
    m = only("Tens of thousands of fans marched.")
    assert (m.value.low, m.value.high, m.value.unit) == (20_000.0, 99_999.0, "fan")


def test_vague_money() -> None:
    m = only("The scheme cost taxpayers billions of dollars.")
    assert (m.kind, m.value.unit, m.value.low) == ("money", "USD", 2e9)


# --- scale words and currencies ---------------------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "text", "value", "unit"),
    [
        ("Exports reached $190 billion last year.", "$190 billion", 190e9, "USD"),
        ("The deal is worth US$ 40 billion in total.", "US$ 40 billion", 40e9, "USD"),
        ("The tender was GB # 20.1 billion in all.", "GB # 20.1 billion", 20.1e9, "GBP"),
        ("The club paid £20.1bn for the land.", "£20.1bn", 20.1e9, "GBP"),
        ("Investors lost €5m overnight.", "€5m", 5e6, "EUR"),
        ("A settlement of 40 billion dollars was agreed.", "40 billion dollars", 40e9, "USD"),
        ("The fine was 5,000 euros per breach.", "5,000 euros", 5000.0, "EUR"),
        ("The village received Rs 500 crore for roads.", "Rs 500 crore", 5e9, "INR"),
        ("A coffee costs 80 cents here.", "80 cents", 0.8, "USD"),
        ("Tickets cost AU$ 75 each.", "AU$ 75", 75.0, "AUD"),
    ],
)
def test_money(sentence: str, text: str, value: float, unit: str) -> None:
    m = only(sentence)
    assert (m.kind, m.text, m.value.unit) == ("money", text, unit)
    assert m.value.low == pytest.approx(value)


def test_money_normalized_string() -> None:
    assert only("Exports reached $190 billion last year.").normalized == "190000000000 USD"


@pytest.mark.parametrize(
    ("sentence", "value"),
    [
        ("The app has 100M downloads.", 100e6),
        ("About 1.5 million visitors came.", 1.5e6),
        ("The debt is 3 trillion yuan.", 3e12),
    ],
)
def test_scale_words(sentence: str, value: float) -> None:
    m = found(sentence)[0]
    center = (m.value.low + m.value.high) / 2
    assert center == pytest.approx(value)


# --- percentages -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "text", "value", "unit"),
    [
        ("Inflation eased to 2.5 percent in May.", "2.5 percent", 2.5, "%"),
        ("Turnout was 12% lower.", "12%", 12.0, "%"),
        ("Unemployment fell 3.5 per cent.", "3.5 per cent", 3.5, "%"),
        ("Rates rose by 0.25 percentage points.", "0.25 percentage points", 0.25, "pp"),
        ("The bank cut rates by 50 basis points.", "50 basis points", 50.0, "bp"),
        ("Support dropped to forty percent.", "forty percent", 40.0, "%"),
        ("Sales slipped half a percent.", "half a percent", 0.5, "%"),
    ],
)
def test_percent(sentence: str, text: str, value: float, unit: str) -> None:
    m = only(sentence)
    assert (m.kind, m.text, m.value.low, m.value.unit) == ("percent", text, value, unit)


def test_percent_normalized() -> None:
    assert only("Growth was 3.5 % in the first half.").normalized == "3.5 %"


# --- number words ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "text", "value"),
    [
        ("Three lifeboats were launched.", "Three lifeboats", 3.0),
        ("The jury heard from twelve witnesses.", "twelve witnesses", 12.0),
        ("Forty-five nurses went on strike.", "Forty-five nurses", 45.0),
        ("The choir has a hundred members.", "a hundred members", 100.0),
        ("The region has two million residents.", "two million residents", 2e6),
        ("Half a million tourists visit each summer.", "Half a million tourists", 5e5),
        ("She bought a dozen eggs.", "a dozen eggs", 12.0),
        ("The city has one hundred and twenty bridges.", "one hundred and twenty bridges", 120.0),
    ],
)
def test_number_words(sentence: str, text: str, value: float) -> None:
    m = only(sentence)
    assert (m.kind, m.text, m.value.low) == ("number", text, value)


def test_two_word_numbers_joined_by_and_stay_separate() -> None:
    assert texts("Between three and seven percent of voters switched.") == ["Between three and seven percent"]
    assert [m.value.low for m in found("He has three and she has seven.")] == [3.0, 7.0]


def test_one_as_count() -> None:
    m = only("One of the climbers was rescued.")
    assert (m.text, m.value.low) == ("One", 1.0)
    assert only("Only one bridge survived.").value.unit == "bridge"


@pytest.mark.parametrize(
    "sentence",
    ["No one was hurt.", "She was the one who called.", "They helped one another.", "One must be careful.",
     "He picked the red one.", "This one is better."],
)
def test_pronoun_one_is_skipped(sentence: str) -> None:
    assert found(sentence) == []


def test_fraction_of() -> None:
    m = only("Two-thirds of members approved the merger.")
    assert (m.kind, m.value.unit) == ("number", "fraction")
    assert m.value.low == pytest.approx(2 / 3)
    m = only("About half of the staff left.")
    assert m.value.unit == "fraction"
    assert m.text.startswith("About half")


# --- ordinals ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "text", "value"),
    [
        ("It was the 21st ascent of the peak.", "21st", 21.0),
        ("She finished third in the race.", "third", 3.0),
        ("The team won its twenty-second title.", "twenty-second", 22.0),
    ],
)
def test_ordinals(sentence: str, text: str, value: float) -> None:
    m = only(sentence)
    assert (m.kind, m.text, m.value.low, m.value.unit) == ("ordinal", text, value, "ordinal")


def test_first_and_second_are_not_ordinals() -> None:
    assert found("The first train left before the second one.") == []


# --- measurements --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "text", "unit", "value"),
    [
        ("The pipeline runs 5 km under the bay.", "5 km", "km", 5.0),
        ("The trail is 500km long.", "500km", "km", 500.0),
        ("The phone stores 60GB of music.", "60GB", "GB", 60.0),
        ("The chip runs at 2 GHz.", "2 GHz", "GHz", 2.0),
        ("The laptop has a 13.3-inch screen.", "13.3-inch", "inch", 13.3),
        ("The lorry carried twenty tonnes of grain.", "twenty tonnes", "tonne", 20.0),
        # Magnitudes written with the unit first, and the Richter scale after the number.
        ("A magnitude-6.1 earthquake struck the island.", "magnitude-6.1", "magnitude", 6.1),
        ("A magnitude 5.9 quake struck the island.", "magnitude 5.9", "magnitude", 5.9),
        ("The quake measured 6.0 on the Richter scale.", "6.0 on the Richter scale", "magnitude", 6.0),
        ("A 5.9-magnitude earthquake struck the island.", "5.9-magnitude", "magnitude", 5.9),
        # Tokenised text (ECB+): the decimal point between spaces.
        ("The quake measured magnitude - 5 . 9 , officials said .", "magnitude - 5 . 9", "magnitude", 5.9),
    ],
)
def test_measurements(sentence: str, text: str, unit: str, value: float) -> None:
    m = only(sentence)
    assert (m.kind, m.text, m.value.unit, m.value.low) == ("quantity", text, unit, value)


# --- never extract -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "The three-day summit ended early.",
        "The festival lasted 5 days.",
        "A 33-year-old man was arrested.",
        "The victim was 33 years old.",
        "It happened over nearly three years.",
    ],
)
def test_time_units_are_left_to_the_temporal_layer(sentence: str) -> None:
    assert found(sentence) == []


@pytest.mark.parametrize(
    "sentence",
    [
        "The minister resigned in 2019.",
        "Since 1994 the party has ruled.",
        "He crushed the 2020 protests.",
        "The law dates from 1848.",
        "Growth returned by 2021, officials said.",
        "It was the worst crisis of the 1990s.",
        "The 2008-09 season was a disaster.",
    ],
)
def test_years_are_not_numbers(sentence: str) -> None:
    assert found(sentence) == []


def test_year_like_number_with_money_or_qualifier_is_kept() -> None:
    assert only("The repair cost $2000.").value.low == 2000.0
    assert only("More than 2000 marchers attended.").value.low == 2000.0


@pytest.mark.parametrize(
    "sentence",
    ["The meeting starts at 3:30 tomorrow.", "The train leaves at 10 a.m. sharp.", "They arrived at 9 pm."],
)
def test_clock_times_are_skipped(sentence: str) -> None:
    assert found(sentence) == []


@pytest.mark.parametrize("sentence", ["Leeds won 3-1 at home.", "The bill passed 52-35 in the chamber."])
def test_scores_are_skipped(sentence: str) -> None:
    assert found(sentence) == []


def test_phone_numbers_are_skipped() -> None:
    assert found("Call the hotline on 555-1234 or (212) 555-7788 today.") == []


@pytest.mark.parametrize(
    "sentence",
    [
        "The Boeing 747 landed safely.",
        "Leaders of the G7 met in Rome.",
        "The COVID-19 wave receded.",
        "An F-16 escorted the plane.",
        "The A320 is popular with airlines.",
        "Article 5 was invoked.",
        "She ranked No. 1 in the world.",
        "The film reached #1 in the charts.",
        "The Formula One season opened.",
        "Britain's 3D printers are popular.",
    ],
)
def test_names_and_codes_are_skipped(sentence: str) -> None:
    assert found(sentence) == []


@pytest.mark.parametrize(
    "sentence",
    ["The treaty was signed on March 1st.", "Talks resume on 14 July.", "The vote is on May 5."],
)
def test_date_numbers_are_skipped(sentence: str) -> None:
    assert found(sentence) == []


def test_one_time_compound_is_skipped() -> None:
    assert found("Staff received a one-time bonus.") == []


def test_multiplier_is_a_count_of_times() -> None:
    m = only("The new engine is four times faster.")
    assert (m.value.low, m.value.unit) == (4.0, "time")


# --- comparable / agrees -------------------------------------------------------------------------


def q(low: float | None, high: float | None, unit: str = "", qualifier: str | None = None,
      approximate: bool = False) -> Quantity:
    return Quantity(low, high, unit, qualifier, approximate)


def test_rounding_agreement_at_written_precision() -> None:
    assert agrees(q(190e9, 190e9, "USD"), q(189.3e9, 189.3e9, "USD"))
    assert not agrees(q(190e9, 190e9, "USD"), q(180e9, 180e9, "USD"))


def test_exact_counts_disagree() -> None:
    assert not agrees(q(58, 58, "people"), q(86, 86, "people"))
    assert agrees(q(58, 58, "people"), q(58, 58, "people"))


def test_interval_overlap_agrees() -> None:
    at_least = q(58, None, "people", "at least")
    assert agrees(at_least, q(86, 86, "people"))
    assert not agrees(at_least, q(40, 40, "people"))
    assert agrees(q(10, 15, "boat", "range"), q(14, 14, "boat"))
    assert not agrees(q(0, 40, "delegate", "fewer than"), q(52, 52, "delegate"))


def test_approximate_values_agree_within_tolerance() -> None:
    about = only("The bridge will cost about $1.9 billion to build.").value
    assert agrees(about, q(2.0e9, 2.0e9, "USD"))
    assert not agrees(about, q(2.5e9, 2.5e9, "USD"))


def test_comparable_units() -> None:
    assert comparable(q(5, 5, "km"), q(3, 3, "mile"))
    assert agrees(q(5, 5, "km"), q(3.1, 3.1, "mile"))
    assert comparable(q(58, 58, ""), q(86, 86, "people"))
    assert not comparable(q(5, 5, "USD"), q(5, 5, "EUR"))
    assert not comparable(q(5, 5, "%"), q(5, 5, "pp"))
    assert not comparable(q(5, 5, "people"), q(5, 5, "tanker"))


def test_agrees_rejects_incomparable_quantities() -> None:
    with pytest.raises(ValueError, match="not comparable"):
        agrees(q(5, 5, "USD"), q(5, 5, "%"))


def test_extracted_quantities_round_trip_through_agrees() -> None:
    a = only("Trade topped $190 billion.").value
    b = only("Trade reached $189.3 billion.").value
    c = only("Trade reached $150 billion.").value
    assert agrees(a, b)
    assert not agrees(a, c)


# --- tokenised text and smaller rules --------------------------------------------------------


def test_tokenised_thousands_are_joined() -> None:
    m = only("The tanks hold 250 , 000 litres of water.")
    assert (m.text, m.value.low, m.value.unit) == ("250 , 000 litres", 250_000.0, "litre")


def test_tokenised_clock_and_dates_are_skipped() -> None:
    assert found("Posted at 6 : 07 PM on 05 / 02 / 07 .") == []


def test_second_number_of_a_spaced_score_is_skipped() -> None:
    assert found("Final score : Rovers 26 - 1 .") == []


def test_leading_zero_numbers_are_codes() -> None:
    assert found("Flight 007 used gate 09 today.") == []


def test_ordinal_inside_a_name_is_skipped() -> None:
    assert found("The parade went down 5th Avenue.") == []


def test_noun_compound_takes_the_plural_head() -> None:
    m = only("Guards stopped five merchant vessels.")
    assert m.value.unit == "vessel"
    assert only("Police found five suspicious parcels.").value.unit == "parcel"


def test_modifier_other_leads_to_the_noun() -> None:
    assert only("The list covers 40 other species.").value.unit == "species"


def test_money_range_shares_currency_and_scale() -> None:
    m = only("The repairs will cost $5-10 million.")
    assert (m.kind, m.value.low, m.value.high, m.value.unit) == ("money", 5e6, 10e6, "USD")


def test_ranges_of_time_units_and_years_are_skipped() -> None:
    assert found("The sentence was 10 to 15 years.") == []
    assert found("Output grew between 2008 and 2010.") == []


def test_possessive_before_a_count_is_kept_but_model_numbers_are_not() -> None:
    m = only("Britain's 60 million people voted.")
    assert (m.value.low, m.value.unit) == (60e6, "people")
    assert found("Airbus's 380 is the largest airliner.") == []


def test_approximate_range_prints_an_interval() -> None:
    m = only("The deal is worth about $16 million to $28 million.")
    assert m.kind == "money"
    assert m.value.low == pytest.approx(14.4e6)
    assert m.value.high == pytest.approx(30.8e6)
    assert m.normalized == "[14400000,30800000] USD"


def test_a_spaced_decimal_point_of_tokenised_text_ends_no_sentence() -> None:
    from claimcheck.extract.segment import sentences
    from claimcheck.load.article import build_document

    tokenised = build_document("t", "t.txt", "The quake measured magnitude - 5 . 9 , officials said .\nIt hit Qeshm .")
    assert [s.text for s in sentences(tokenised)] == ["The quake measured magnitude - 5 . 9 , officials said .",
                                                      "It hit Qeshm ."]
    plain = build_document("p", "p.txt", "The plant opened in 2005. 9 workers were hired that week.")
    assert len(sentences(plain)) == 2  # a period glued to the digits ends the sentence as usual


def test_a_title_case_headline_still_names_what_it_counts() -> None:
    assert [(m.text, m.value.unit) for m in found("19 Children, 2 Teachers Killed in Robb Elementary School Shooting")] \
        == [("19 Children", "child"), ("2 Teachers", "teacher")]
    assert [m.value.unit for m in found("He gave 3 Doors Down tickets to friends.")] == [""]  # a name, in a sentence


def test_a_fall_written_with_a_minus_sign_too_is_the_size_of_the_fall(rules) -> None:  # type: ignore[no-untyped-def]
    # MEANTIME: "The NASDAQ index has fallen by -3.16 %" in one story, "has fallen by 3.16 %" in another
    from claimcheck.extract import extract
    from claimcheck.load.article import build_document

    def percent(text: str) -> tuple[float | None, float | None]:
        (claim,) = [c for c in extract(build_document("d", "d.txt", text), rules).claims if c.kind == "percent"]
        return claim.value.low, claim.value.high

    assert percent("The NASDAQ index has fallen by -3.16 % to 2138.14.") == (3.16, 3.16)
    assert percent("The NASDAQ index has fallen by 3.16 % to 2138.14.") == (3.16, 3.16)
    assert percent("Inflation was -0.4 % in May.") == (-0.4, -0.4)
