"""Incidents: document events with their slots, the cross-document match, clustering, outlets, revisions."""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest

from claimcheck.align import align, outlet
from claimcheck.align.incidents import (
    HARD,
    THRESHOLD,
    EventView,
    article_vectors,
    cluster,
    match,
)
from claimcheck.extract import extract
from claimcheck.load.article import build_document
from claimcheck.model import DocumentEvent, Granularity, Qualifier, Span, TimeValue
from claimcheck.rule_examples import check_articles


def events_of(text: str, rules, published: str | None = None):  # type: ignore[no-untyped-def]
    meta = {"published": dt.date.fromisoformat(published)} if published else None
    return extract(build_document("d", "d.txt", text, meta), rules).events


def outcome_counts(text: str, rules, published: dt.date):  # type: ignore[no-untyped-def]
    """The outcome claims of one article, by their text."""
    claims = extract(build_document("a", "a.txt", text, {"published": published}), rules).claims
    return {c.text: c for c in claims if c.attribute and c.attribute.name == "outcome"}


def day(value: str) -> TimeValue:
    return TimeValue("DATE", value, Granularity.DAY)


def view(doc: str, *, type_: str = "attack", keys: tuple[str, ...] = ("bombing",), time: TimeValue | None = None,
         places: frozenset[str] = frozenset(), cities: frozenset[str] = frozenset(),
         countries: frozenset[str] = frozenset(), published: dt.date | None = None,
         participants: frozenset[str] = frozenset(), vector: dict[str, float] | None = None) -> EventView:
    event = DocumentEvent(doc, 0, type_, keys, keys[0], (Span(0, 4),), time)
    return EventView(event, published, doc, participants, places | cities, countries, frozenset(), cities=cities,
                     city_countries=countries if cities else frozenset(), vector=vector or {})


# --- document events ---------------------------------------------------------------------------------------------

def test_an_article_reports_its_event_with_time_and_place_and_a_background_event_apart(rules) -> None:
    found = events_of("A car bomb killed 12 people in Kabul on Monday. In 2016, a similar attack in Kabul killed 80.",
                      rules, published="2024-05-08")
    current = [e for e in found if not e.background]
    assert current and current[0].type == "attack" and current[0].time is not None
    assert current[0].time.value == "2024-05-06"  # Monday before a Wednesday's publication
    assert any(p.name == "Kabul" for p in current[0].places)
    assert any(e.background for e in found), [(e.label, e.background) for e in found]


def test_a_compass_word_before_a_country_leaves_the_country_and_a_scale_is_no_place(rules) -> None:
    (event, *_) = events_of("The earthquake struck Northwest Iran, measuring 6.1 on the Richter scale.", rules)
    assert {p.name for p in event.places} == {"Iran"}
    assert "richter" not in event.names


def test_outcome_counts_belong_to_the_event_of_their_sentence(rules) -> None:
    report = check_articles([
        {"id": "a", "published": "2024-05-06", "text": "A suicide bombing at a market in Kirkuk killed 14 people on Monday."},
        {"id": "b", "published": "2024-05-06", "text": "A suicide bombing at a market in Kirkuk killed 19 people on Monday."},
    ], rules)
    (item,) = [f for f in report.findings if f.finding.code == "CC109"]
    assert item.finding.kind == "contradiction"
    assert "one incident" in item.finding.reason and "same day (2024-05-06)" in item.finding.reason


# --- the match ---------------------------------------------------------------------------------------------------

def test_same_day_and_city_make_one_incident() -> None:
    a = view("a", time=day("2024-05-06"), cities=frozenset({"kirkuk"}), countries=frozenset({"Iraq"}))
    b = view("b", time=day("2024-05-06"), cities=frozenset({"kirkuk"}), countries=frozenset({"Iraq"}))
    found = match(a, b)
    assert found.same and found.score >= THRESHOLD
    assert "same day (2024-05-06)" in found.reasons and any("kirkuk" in r for r in found.reasons)


def test_cities_of_different_countries_rule_the_match_out_but_a_named_country_only_weighs_against() -> None:
    a = view("a", time=day("2024-05-06"), cities=frozenset({"kirkuk"}), countries=frozenset({"Iraq"}))
    b = view("b", time=day("2024-05-06"), cities=frozenset({"aleppo"}), countries=frozenset({"Syria"}))
    assert match(a, b).score == HARD
    # "a Turkish airstrike in Syria": a country named is not where it happened for sure
    c = view("c", time=day("2024-05-06"), countries=frozenset({"Turkey"}))
    d = view("d", time=day("2024-05-06"), countries=frozenset({"Syria"}))
    assert match(c, d).score != HARD and not match(c, d).same


def test_different_days_and_types_rule_the_match_out() -> None:
    a = view("a", time=day("2024-05-06"), cities=frozenset({"kirkuk"}))
    assert match(a, view("b", time=day("2024-05-09"), cities=frozenset({"kirkuk"}))).score == HARD
    quake = view("b", type_="disaster", keys=("earthquake",), time=day("2024-05-06"), cities=frozenset({"kirkuk"}))
    assert match(a, quake).score == HARD


def test_two_undated_reports_of_one_city_need_more_than_the_city() -> None:
    a = view("a", cities=frozenset({"kabul"}))
    b = view("b", cities=frozenset({"kabul"}))
    found = match(a, b)
    assert not found.same and "no date on either side, and no shared names" in found.reasons
    alike = {"ambulance": 0.6, "checkpoint": 0.5, "chicken": 0.62}
    assert match(view("a", cities=frozenset({"kabul"}), vector=alike),
                 view("b", cities=frozenset({"kabul"}), vector=alike)).same  # the same particular words


def test_a_site_inside_a_city_is_not_a_different_place() -> None:
    a = view("a", time=day("2019-08-03"), cities=frozenset({"el paso"}))
    b = view("b", time=day("2019-08-03"), places=frozenset({"cielo vista walmart"}))
    assert not any(r.startswith("different") for r in match(a, b).reasons)


def test_place_spellings_and_longer_names_match() -> None:
    a = view("a", time=day("2016-07-27"), places=frozenset({"qamishli"}))
    b = view("b", time=day("2016-07-27"), places=frozenset({"qameshli"}))
    assert any("same place" in r for r in match(a, b).reasons)
    c = view("c", time=day("2016-06-28"), places=frozenset({"ataturk airport"}))
    d = view("d", time=day("2016-06-28"), places=frozenset({"istanbul's ataturk airport"}))
    assert any("same place" in r for r in match(c, d).reasons)


def test_article_vectors_weigh_particular_words_over_common_ones() -> None:
    vectors = article_vectors({
        "a": "The ambulance bomb exploded at the checkpoint near the ministry in Kabul.",
        "b": "An ambulance packed with explosives blew up at a checkpoint near the ministry in Kabul.",
        "c": "The floods in Kabul destroyed houses and the ministry said rescue teams were sent.",
    })

    def cosine(x: str, y: str) -> float:
        return sum(w * vectors[y].get(k, 0.0) for k, w in vectors[x].items())

    assert cosine("a", "b") > cosine("a", "c")
    assert all(abs(sum(w * w for w in v.values())) <= 1.0 + 1e-9 for v in vectors.values())


# --- clustering --------------------------------------------------------------------------------------------------

def test_clustering_joins_reports_of_one_incident_and_keeps_another_city_apart() -> None:
    views = [view("a", time=day("2024-05-06"), cities=frozenset({"kirkuk"}), countries=frozenset({"Iraq"}),
                  published=dt.date(2024, 5, 6)),
             view("b", time=day("2024-05-06"), cities=frozenset({"kirkuk"}), countries=frozenset({"Iraq"}),
                  published=dt.date(2024, 5, 7)),
             view("c", time=day("2024-05-06"), cities=frozenset({"mosul"}), countries=frozenset({"Iraq"}),
                  published=dt.date(2024, 5, 6))]
    index = cluster(views, frozenset())
    assert index.of[("a", 0)] == index.of[("b", 0)] != index.of[("c", 0)]
    assert len(index.incidents) == 2
    assert index.evidence[("b", 0)].same  # why b joined a is kept for the report


def test_related_types_join_through_a_chain_of_relations(rules) -> None:
    death = view("b", type_="death", keys=("death",), time=day("2024-05-06"), cities=frozenset({"kirkuk"}),
                 published=dt.date(2024, 5, 6))
    bombing = view("a", time=day("2024-05-06"), cities=frozenset({"kirkuk"}), published=dt.date(2024, 5, 6))
    quake = view("c", type_="disaster", keys=("earthquake",), time=day("2024-05-06"), cities=frozenset({"kirkuk"}),
                 published=dt.date(2024, 5, 6))
    index = cluster([bombing, death, quake], frozenset(), rules.events)
    assert index.of[("a", 0)] == index.of[("b", 0)]  # the deaths of the bombing
    assert index.of[("c", 0)] != index.of[("a", 0)]  # a bombing is not an earthquake


def test_reports_of_two_incidents_of_one_kind_in_one_corpus_are_not_compared(rules) -> None:
    report = check_articles([
        {"id": "a", "published": "2024-05-06", "text": "A car bomb killed 14 people in Kirkuk on Monday, police said."},
        {"id": "b", "published": "2024-05-07", "text": "A car bomb killed 14 people in Kirkuk on Monday, officials said."},
        {"id": "c", "published": "2024-05-10", "text": "A car bomb killed 31 people in Mosul on Friday, police said."},
    ], rules)
    assert not [f for f in report.findings if f.finding.kind == "contradiction"]


# --- outlets, revisions, updates -----------------------------------------------------------------------------------

@pytest.mark.parametrize(("meta", "expected"), [
    ({"source": "Reuters"}, "Reuters"),
    ({"url": "https://www.bbc.co.uk/news/world-123"}, "bbc.co.uk"),
    ({}, "d"),
])
def test_the_outlet_is_the_source_else_the_domain_else_the_document(meta, expected) -> None:  # type: ignore[no-untyped-def]
    assert outlet(build_document("d", "d.txt", "Text.", meta)) == expected


def test_one_outlets_articles_that_disagree_are_a_revision_not_a_contradiction(rules) -> None:
    (item,) = [f for f in check_articles([
        {"id": "a", "source": "Daily Times", "published": "2024-05-06",
         "text": "A suicide bombing at a market in Kirkuk killed 19 people on Monday."},
        {"id": "b", "source": "Daily Times", "published": "2024-05-06",
         "text": "A suicide bombing at a market in Kirkuk killed 14 people on Monday."},
    ], rules).findings if f.finding.code == "CC109"]
    assert item.finding.kind == "revision" and "Daily Times" in item.finding.message


def test_agreeing_articles_of_one_outlet_corroborate_nothing(rules) -> None:
    report = check_articles([
        {"id": "a", "source": "Daily Times", "published": "2024-05-06",
         "text": "A suicide bombing at a market in Kirkuk killed 19 people on Monday."},
        {"id": "b", "source": "Daily Times", "published": "2024-05-06",
         "text": "A suicide bombing at a market in Kirkuk killed 19 people on Monday."},
    ], rules)
    assert not report.corroborations


def test_claims_carry_their_incident_and_the_alignment_explains_it(rules) -> None:
    docs = [build_document(i, f"{i}.txt", text, {"published": dt.date(2024, 5, 6), "source": i}) for i, text in [
        ("a", "A suicide bombing at a market in Kirkuk killed 19 people on Monday."),
        ("b", "A suicide bombing at a market in Kirkuk killed 14 people on Monday.")]]
    alignment = align([extract(d, rules) for d in docs], rules)
    (group,) = [g for g in alignment.groups if g.key[0] == "CC109"]
    assert len({c.incident for c in group.claims}) == 1 and group.claims[0].incident
    assert "same day (2024-05-06)" in alignment.why_same(group.claims)
    assert "Kirkuk" in alignment.incident_label(group.claims)


def test_a_figure_of_a_story_days_later_is_another_fact_unless_of_one_incident(rules) -> None:
    market = "The Dow Jones currently has a value of {} points after a volatile week on Wall Street."
    days_apart = [{"id": "wed", "published": "2008-09-17", "text": market.format("10,769")},
                  {"id": "sat", "published": "2008-09-20", "text": market.format("11,350")}]
    assert not [f for f in check_articles(days_apart, rules).findings if f.finding.kind != "corroboration"]
    same_day = [dict(days_apart[0], id="a", source="A"), dict(days_apart[1], id="b", source="B",
                                                             published="2008-09-17")]
    assert [f for f in check_articles(same_day, rules).findings if f.finding.kind == "contradiction"]


def test_a_phrase_that_names_no_event_dates_nothing(rules) -> None:
    report = check_articles([
        {"id": "a", "text": "A supermarket in Surrey was destroyed after a fire broke out on Friday night."},
        {"id": "b", "text": "The supermarket fire in Surrey was still burning, tackled by firefighters on Saturday morning."},
    ], rules)
    assert not [f for f in report.findings if f.finding.code == "CC102" and "firefighters" in f.finding.message]


def test_accented_names_are_read_whole_and_meet_their_plain_spelling(rules) -> None:
    report = check_articles([
        {"id": "a", "text": "Mexican President Enrique Peña Nieto declared three days of mourning."},
        {"id": "b", "text": "Mexican President Enrique Pena Nieto said the school collapsed."},
    ], rules)
    assert not [f for f in report.findings if f.finding.kind == "contradiction"]
    docs = [build_document("a", "a.txt", "Turkish President Recep Tayyip Erdoğan visited Van on Monday.")]
    (person,) = [p for p in extract(docs[0], rules).persons if "Erdo" in p.name]
    assert person.name == "Recep Tayyip Erdoğan"


def test_a_toll_after_the_worst_since_is_of_the_earlier_event(rules) -> None:
    text = ("A gunman killed 19 children and two teachers at Robb Elementary School in Uvalde on Tuesday. Tuesday’s "
            "attack was the deadliest school shooting since the massacre at Sandy Hook Elementary School in "
            "Connecticut, when a 20-year-old gunman shot dead 20 children and six adults.")
    counts = outcome_counts(text, rules, dt.date(2022, 5, 25))
    assert Qualifier.BACKGROUND in counts["20 children"].qualifiers
    assert Qualifier.BACKGROUND not in counts["19 children"].qualifiers


def test_a_count_of_one_nationality_is_a_part_of_the_toll(rules) -> None:
    report = check_articles([
        {"id": "a", "published": "2019-08-05", "text": "A gunman killed 22 people at a Walmart in El Paso on "
         "Saturday."},
        {"id": "b", "published": "2019-08-05", "text": "The gunman killed eight Mexicans at a Walmart in El Paso "
         "on Saturday, the Mexican government said."},
    ], rules)
    assert not [f for f in report.findings if f.finding.kind == "contradiction"], \
        [f.finding.message for f in report.findings]


def test_a_count_in_the_clause_of_an_earlier_event_is_background(rules) -> None:
    text = ("The massacre came 10 days after a gunman killed 10 people at a grocery store in Buffalo. A gunman "
            "killed 19 children at an elementary school in Uvalde on Tuesday. Two days after the quake, the toll "
            "rose to 300.")
    counts = outcome_counts(text, rules, dt.date(2022, 5, 25))
    assert Qualifier.BACKGROUND in counts["10 people"].qualifiers
    assert Qualifier.BACKGROUND not in counts["19 children"].qualifiers
    assert Qualifier.BACKGROUND not in counts["300"].qualifiers  # the toll of the quake, told two days on


def test_a_noun_after_a_name_severity_and_of_them_make_parts_of_the_toll(rules) -> None:
    counts = outcome_counts(
        "The blast at Kabul airport killed 13 U.S. service members and at least 170 Afghans, officials said. "
        "At least 150 people were wounded, 71 of them critically. Twelve others were slightly hurt.",
        rules, dt.date(2021, 8, 27))
    assert counts["13"].category == "people/security forces/soldiers"
    assert counts["at least 170"].category == "people/nationals/afghan"  # joined past "U.S. service members"
    assert str(counts["71"].attribute) == "outcome:injured" and counts["71"].category == "people/badly hurt"
    assert counts["Twelve"].category == "people/slightly hurt"


def test_badly_hurt_is_a_part_of_all_the_injured(rules) -> None:
    def contradictions(second: str) -> list[list[str]]:
        report = check_articles([
            {"id": "a", "source": "x", "published": "2024-05-06",
             "text": "A car bomb in Kirkuk on Monday wounded 150 people, 71 of them critically."},
            {"id": "b", "source": "y", "published": "2024-05-06", "text": second}], rules)
        return [sorted(c.text for c in f.finding.claims) for f in report.findings
                if f.finding.code == "CC109" and f.finding.kind == "contradiction"]

    # the whole conflicts with the whole; the 71 badly hurt stay out of it
    assert contradictions("A car bomb in Kirkuk on Monday wounded 71 people, police said.") == [["150 people",
                                                                                             "71 people"]]
    assert contradictions("A car bomb in Kirkuk on Monday wounded 150 people, 60 of them critically.") == [["60", "71"]]
    # a part larger than the other outlet's whole is a conflict (and so are the two parts)
    assert contradictions("A car bomb in Kirkuk on Monday wounded dozens of people, 200 of them critically.") == [
        ["150 people", "200"], ["200", "71"]]


def test_an_earlier_event_and_the_sentence_that_goes_on_about_it_are_background(rules) -> None:
    text = ("A gunman killed 19 children and two teachers at an elementary school in Uvalde, Texas, on Tuesday.\n\n"
            "The shooting came 10 days after a gunman attacked a supermarket in Buffalo, New York. He shot dead 10 "
            "people.\n\nThe Uvalde gunman was killed by police.")
    extraction = extract(build_document("a", "a.txt", text, {"published": dt.date(2022, 5, 25)}), rules)
    lead, recalled = extraction.events
    assert not lead.background and lead.names == ("uvalde",)  # "the shooting" stops where "10 days after" begins
    assert recalled.background and recalled.names == ("buffalo",)
    counts = {c.text: c for c in extraction.claims if c.attribute and c.attribute.name == "outcome"}
    assert counts["19 children"].occurrence == lead.index
    assert counts["10 people"].occurrence == recalled.index  # "He shot dead 10 people": of Buffalo
    report = check_articles([
        {"id": "a", "source": "x", "published": "2022-05-25", "text": text},
        {"id": "b", "source": "y", "published": "2022-05-25",
         "text": "A gunman killed 21 people at an elementary school in Uvalde, Texas, on Tuesday."}], rules)
    values = [sorted(c.text for c in f.finding.claims) for f in report.findings if f.finding.code == "CC109"
              and f.finding.kind == "contradiction"]
    assert not any("10 people" in v for v in values)


@pytest.mark.parametrize(("text", "place"), [
    ("The death toll in the devastating Nepal earthquake has risen to over 7,000.", "Nepal"),
    ("Five died in Beirut's port explosion on Tuesday.", "Beirut"),
    ("The Balasore train accident killed 275 people, officials said.", "balasore"),
    ("The toll from the Hathras stampede rose to 121 on Wednesday.", "hathras"),
    ("Kathmandu: Deadly earthquake hits the region.", None),  # a capitalised word opening a clause
    ("The Taliban attack killed 9 soldiers.", None),
    ("The Obama visit was cancelled.", None),  # visits recur: no place from a name before them
])
def test_a_place_before_the_event_word_is_its_place(rules, text: str, place: str | None) -> None:
    (event,) = events_of(text, rules, "2024-07-03")
    found = [p.name for p in event.places] + list(event.names)
    assert found == ([place] if place else [])


def test_a_one_off_event_dated_by_its_aftermath_is_one_event_of_its_earliest_day(rules) -> None:
    text = ("Nepal earthquake: death toll surpasses 4,000.\n\nA police officer walks down a street after buildings "
            "collapsed on April 26, 2015 in Bhaktapur. Relief for earthquake victims was loaded at the airport in "
            "Kathmandu on Monday, April 27, 2015. The earthquake struck on Saturday, April 25, 2015.")
    quakes = [e for e in events_of(text, rules, "2015-04-27") if e.type == "disaster"]
    assert len(quakes) == 1 and quakes[0].time is not None and quakes[0].time.value == "2015-04-25"
    rallies = ("A rally was held in Minsk on Sunday, May 3, 2020. Another rally was held in Minsk on Monday, "
               "May 4, 2020.")
    assert len([e for e in events_of(rallies, rules, "2020-05-05") if e.type == "protest"]) == 2  # rallies recur


def test_counts_whose_noun_is_the_outcome_count_people(rules) -> None:
    counts = outcome_counts(
        "Rescuers recovered 27 bodies after the stampede. It claimed around 121 lives, and there were 2,500 "
        "injuries and more than 130 deaths. A nurse saved 3 lives.", rules, dt.date(2024, 7, 3))
    assert {t: (str(c.attribute), c.category) for t, c in counts.items()} == {
        "27 bodies": ("outcome:killed", "people"), "around 121 lives": ("outcome:killed", "people"),
        "2,500 injuries": ("outcome:injured", "people"), "more than 130 deaths": ("outcome:killed", "people")}


def test_who_a_part_is_can_follow_it(rules) -> None:
    counts = outcome_counts(
        "The stampede has claimed around 121 lives, of whom 108 were women and 7 were children. They had "
        "received 27 bodies, of which 25 were female and two were male.", rules, dt.date(2024, 7, 3))
    assert {t: c.category for t, c in counts.items()} == {
        "around 121 lives": "people", "108": "people/civilians/women", "7": "people/civilians/children",
        "27 bodies": "people", "25": "people/civilians/women", "two": "people/men"}


def test_other_and_more_make_a_count_a_part_and_an_explosion_of_anger_is_no_event(rules) -> None:
    report = check_articles([
        {"id": "a", "source": "x", "text": "Nine assault rifles and a grenade launcher were seized from the pirates."},
        {"id": "b", "source": "y", "text": "The arms seized from the pirates included seven AK-47s and three other "
                                            "assault rifles."}], rules)
    assert not [f for f in report.findings if f.finding.kind == "contradiction"]
    assert events_of("Tonight, we saw an explosion of anger from the youth in my community.", rules) == ()


def test_magnitudes_half_a_point_apart_weigh_against_one_quake() -> None:
    a = view("a", type_="disaster", keys=("earthquake",), time=day("2008-09-07"), places=frozenset({"qeshm"}))
    b = view("b", type_="disaster", keys=("earthquake",), time=day("2008-09-07"), places=frozenset({"qeshm"}))

    def scored(x: float, y: float):  # type: ignore[no-untyped-def]
        return match(dataclasses.replace(a, magnitudes=frozenset({x})), dataclasses.replace(b, magnitudes=frozenset({y})))

    plain = match(a, b).score
    apart, close, same = scored(5.6, 6.1), scored(5.9, 6.1), scored(6.1, 6.1)
    assert apart.score == plain - 3 and "different magnitudes (5.6; 6.1)" in apart.reasons
    assert close.score == plain and same.score == plain + 1
