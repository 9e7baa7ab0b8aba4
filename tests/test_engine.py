"""The contradiction engine on small multi-article cases: attribution, evolving figures, rounding, events."""

from __future__ import annotations

from claimcheck.rule_examples import check_articles


def findings(articles, rules, code=None):  # type: ignore[no-untyped-def]
    report = check_articles(articles, rules)
    return [f for f in report.findings if code is None or f.finding.code == code]


def test_a_growing_toll_is_an_update_with_its_timeline_not_a_contradiction(rules) -> None:
    (item,) = findings([
        {"id": "mon", "published": "2024-04-02", "text": "Floods in the Kivu region of Congo killed 58 people, officials in Goma said."},
        {"id": "tue", "published": "2024-04-03", "text": "Floods in the Kivu region of Congo have killed at least 86 people, officials in Goma said."},
    ], rules, "CC109")
    assert item.finding.kind == "update" and item.finding.severity.value == "info"
    assert "grew between publications" in item.finding.reason
    assert item.finding.message.endswith("“58 people” (mon, 2024-04-02) → “at least 86 people” (tue, 2024-04-03)")


def test_a_shrinking_figure_is_a_contradiction(rules) -> None:
    (item,) = findings([
        {"id": "mon", "published": "2024-04-02", "text": "Floods in the Kivu region of Congo killed 86 people, officials in Goma said."},
        {"id": "tue", "published": "2024-04-03", "text": "Floods in the Kivu region of Congo killed 58 people, officials in Goma said."},
    ], rules, "CC109")
    assert item.finding.kind == "contradiction" and "grew" not in item.finding.reason


def test_at_least_overlapping_counts_agree(rules) -> None:
    assert not findings([
        {"id": "a", "text": "The landslide near Kigali killed at least 58 people, the Rwandan police said."},
        {"id": "b", "text": "The landslide near Kigali killed 60 people, the Rwandan police said."},
    ], rules)


def test_rounded_money_agrees_and_different_money_does_not(rules) -> None:
    base = "Brazil's trade with Argentina topped a record {} in 2022, the Mercosur secretariat in Montevideo said."
    assert not findings([{"id": "a", "text": base.format("$190 billion")},
                         {"id": "b", "text": base.format("$189.3 billion")}], rules)
    flagged = findings([{"id": "a", "text": base.format("$190 billion")},
                        {"id": "b", "text": base.format("$150 billion")}], rules, "CC105")
    assert flagged and {loc.value for loc in flagged[0].locations} == {"$190 billion", "$150 billion"}


def test_quoted_values_name_their_speaker(rules) -> None:
    (item,) = findings([
        {"id": "a", "published": "2024-02-12",
         "text": "“The attack on the market in Mopti killed 12 people,” said Amadou Kone, the governor of Mopti in Mali."},
        {"id": "b", "published": "2024-02-12",
         "text": "Officials in Mopti said the attack on the market killed 30 people in Mali, according to Reuters."},
    ], rules, "CC109")
    speakers = {loc.document: loc.speaker for loc in item.locations}
    assert speakers["a"] == "Amadou Kone"
    assert speakers["b"] == "Reuters"
    assert "attributed" in item.finding.reason


def test_date_of_saying_is_not_the_event_date(rules) -> None:
    assert not findings([
        {"id": "a", "text": "Vietnamese officials said Monday the ferry sank near Hai Phong."},
        {"id": "b", "text": "Vietnamese officials said Tuesday the ferry sank near Hai Phong."},
    ], rules)


def test_two_events_of_one_story_are_not_compared(rules) -> None:
    assert not findings([
        {"id": "a", "text": "Prime Minister Anna Kask arrived in Tallinn on Sunday for talks on the Baltic grid."},
        {"id": "b", "text": "Kask met Latvian President Juris Ozols in Tallinn on Monday for talks on the Baltic grid."},
    ], rules)


def test_an_article_dating_one_kind_of_event_twice_is_left_out(rules) -> None:
    # Article a mentions two different elections; its years must not contradict article b's.
    assert not findings([
        {"id": "a", "text": "Lopez won the 2008 election in Oaxaca. He lost the 2012 election in Oaxaca."},
        {"id": "b", "text": "Lopez won the 2008 election in Oaxaca, officials in Oaxaca said."},
    ], rules, "CC102")


def test_reference_facts_are_the_other_side(tmp_path, rules) -> None:  # type: ignore[no-untyped-def]
    import json

    from typer.testing import CliRunner

    from claimcheck.cli import app

    (tmp_path / "a.txt").write_text("Kenyan President Daniel Moi has ruled Kenya since 1979, officials in Nairobi said.\n",
                                    encoding="utf-8")
    facts = tmp_path / "facts.yml"
    facts.write_text("facts:\n  - subject: Daniel Moi\n    attribute: tenure_start\n    title: president\n"
                     "    of: Kenya\n    value: 1978\n    source: Kenya gazette\n", encoding="utf-8")
    result = CliRunner().invoke(app, ["check", str(tmp_path / "a.txt"), "--facts", str(facts), "-f", "json"])
    data = json.loads(result.stdout)
    assert result.exit_code == 1
    (finding,) = data["findings"]
    sides = {c["document"]: (c["value"], c["line"]) for c in finding["claims"]}
    assert sides == {"a": ("1979", 1), "reference": ("1978", 6)}
    assert "Kenya gazette" in finding["reason"]
    assert [d["id"] for d in data["documents"]] == ["a"]


def test_bad_facts_file_names_file_and_line(tmp_path) -> None:  # type: ignore[no-untyped-def]
    from typer.testing import CliRunner

    from claimcheck.cli import app

    (tmp_path / "a.txt").write_text("Nothing to see.\n", encoding="utf-8")
    facts = tmp_path / "facts.yml"
    facts.write_text("facts:\n  - subject: Daniel Moi\n    attribute: tenure_start\n    title: wizard\n    value: 1978\n",
                     encoding="utf-8")
    result = CliRunner().invoke(app, ["check", str(tmp_path / "a.txt"), "--facts", str(facts)])
    assert result.exit_code == 2 and "facts.yml:4: unknown title 'wizard'" in result.stderr
    facts.write_text("facts:\n  - subject: Daniel Moi\n    attribute: birthday\n", encoding="utf-8")
    result = CliRunner().invoke(app, ["check", str(tmp_path / "a.txt"), "--facts", str(facts)])
    assert result.exit_code == 2 and "facts.yml:2: invalid facts file at facts/0" in result.stderr


def test_the_ministry_links_to_the_one_ministry_of_the_article(rules) -> None:  # type: ignore[no-untyped-def]
    from claimcheck.extract import extract
    from claimcheck.load.article import build_document

    text = ("The Foreign Ministry in Hanoi said the talks went well.\n\n"
            "“The two sides will sign 12 agreements,” the ministry added.\n\nNATO said 30 jets flew over the sea.\n")
    extraction = extract(build_document("x", "x.txt", text), rules)
    assert {o.name for o in extraction.organisations} == {"Foreign Ministry", "North Atlantic Treaty Organization"}
    assert {c.text: c.speaker for c in extraction.claims} == {
        "12 agreements": "Foreign Ministry", "30 jets": "North Atlantic Treaty Organization"}


def test_the_ministry_stays_unlinked_when_two_ministries_fit(rules) -> None:  # type: ignore[no-untyped-def]
    from claimcheck.extract import extract
    from claimcheck.load.article import build_document

    text = "The Foreign Ministry and the Defence Ministry met in Hanoi.\n\n“We will sign 12 agreements,” the ministry added.\n"
    extraction = extract(build_document("x", "x.txt", text), rules)
    assert [c.speaker for c in extraction.claims if c.text == "12 agreements"] == ["the ministry"]


def test_passives_relative_clauses_and_numbers_are_no_speakers() -> None:
    # Shapes from ECB+ that named "12 are", "and is", "the church was" or "which" as a value's source.
    from claimcheck.extract.attribution import attribution

    def speaker(text: str, value: str) -> str | None:
        start = text.index(value)
        return attribution(text, start, start + len(value), [], None)[0]

    assert speaker("Of the 23 pirates arrested, 12 are reported to be Somali.", "23 pirates") is None
    assert speaker("The fire destroyed 40 homes, and no injuries were reported.", "40 homes") is None
    assert speaker("The church was estimated to hold 300 people.", "300 people") is None
    assert speaker("The ministry, which said 30 people died, gave no names.", "30 people") is None
    assert speaker("Some 200 people were hurt, and officials said the toll would rise.", "200 people") == "officials"
    assert speaker("The clinic, where spokeswoman Ilene Wolff said two died, closed.", "two") == "Ilene Wolff"
    assert speaker("The blast killed 12 people, police said.", "12 people") == "police"
    assert speaker("Officials in Goma said 40 people were killed.", "40 people") == "Officials in Goma"
    assert speaker("Leaders in Goma said 40 people were killed.", "40 people") == "Goma"  # not a group of speakers


def test_contract_values_are_counts_of_one_deal(rules) -> None:
    # ECB+ (Sixers): "signed Elton Brand to a five-year, $80 million contract" against "an $82 million deal".
    flagged = findings([
        {"id": "a", "text": "The Sixers signed free-agent forward Elton Brand to a five-year, $80 million contract."},
        {"id": "b", "text": "The Sixers had signed free agent Elton Brand to an $82 million deal in the off-season."},
    ], rules, "CC105")
    assert [{loc.value for loc in f.locations} for f in flagged] == [{"$80 million", "$82 million"}]


def test_counts_about_different_named_people_are_not_compared(rules) -> None:
    costa = "Ana Costa, who joined from Benfica, signed a five-year, {} contract with Porto on Monday."
    olsen = "Ben Olsen, who joined from Benfica, signed a five-year, {} contract with Porto on Monday."
    assert findings([{"id": "a", "text": costa.format("$80 million")}, {"id": "b", "text": costa.format("$8 million")}],
                    rules, "CC105")
    assert not findings([{"id": "a", "text": costa.format("$80 million")},
                         {"id": "b", "text": olsen.format("$8 million")}], rules, "CC105")


def test_killed_injured_and_destroyed_counts_have_events(rules) -> None:
    # "killing 10 people", "injuring 50", "destroyed seven villages": the commonest counts of disaster news.
    articles = [
        {"id": "a", "text": "The quake near Qeshm in Iran destroyed seven villages and killed 12 people, police said."},
        {"id": "b", "text": "The quake near Qeshm in Iran razed five villages, killing 14 people, police said."},
    ]
    assert [sorted(loc.value for loc in f.locations) for f in findings(articles, rules, "CC109")] == [
        ["12 people", "14 people"]]
    assert [sorted(loc.value for loc in f.locations) for f in findings(articles, rules, "CC105")] == [
        ["five villages", "seven villages"]]


def test_a_participle_after_the_date_is_not_its_event(rules) -> None:
    # "struck on Monday, flattening two villages": Monday dates the quake, as in the other outlet.
    flagged = findings([
        {"id": "a", "published": "2021-06-16",
         "text": "The earthquake struck near Valparaiso on Monday, flattening two villages."},
        {"id": "b", "published": "2021-06-16", "text": "Tuesday's earthquake near Valparaiso flattened two villages."},
    ], rules, "CC102")
    assert [f.finding.subject for f in flagged] == ["earthquake"]


def test_a_person_noun_before_a_name_makes_it_a_person(rules) -> None:
    from claimcheck.extract.names import name_mentions

    found = name_mentions("The Sixers signed free-agent forward Elton Brand.", 0, rules.titles, rules.places,
                          frozenset())
    assert [(m.name, m.evidence) for m in found if m.name == "Elton Brand"] == [("Elton Brand", True)]


def test_a_count_placed_in_another_country_is_not_compared_with_an_unplaced_one(rules) -> None:
    # ECB+ topic 20: an Iranian article's "Ten people were killed" (its clause names no place) against another
    # article's background "more than a dozen people were killed by a quake in eastern China".
    iran = "An earthquake struck Qeshm island in Iran on Sunday. {}"
    assert not findings([
        {"id": "a", "text": iran.format("Ten people were killed when the quake razed mud-brick villages.")},
        {"id": "b",
         "text": iran.format("On Saturday, more than a dozen people were killed by a quake in eastern China.")},
    ], rules, "CC109")
    assert findings([  # the same count without the other country is compared
        {"id": "a", "text": iran.format("Ten people were killed when the quake razed mud-brick villages.")},
        {"id": "b", "text": iran.format("More than a dozen people were killed by the quake on Qeshm.")},
    ], rules, "CC109")


def test_a_clock_time_without_a_day_is_no_disagreement_between_publication_days(rules) -> None:
    # Copies of one report published a day apart: "shortly after 7 p.m." takes each article's publication
    # day for want of a written one, which is no claim about the day.
    text = "A passer-by who found the wounded deputy shortly after 7 p.m. called the Lakewood sheriff's station."
    assert not findings([{"id": "a", "published": "2007-05-04", "text": text},
                         {"id": "b", "published": "2007-05-03", "text": text}], rules)
    dated = "The deputy was wounded on Thursday, May 3, 2007 at 7 p.m. near the Lakewood sheriff's station."
    redated = dated.replace("Thursday, May 3", "Friday, May 4")
    assert findings([{"id": "a", "published": "2007-05-04", "text": dated},  # a written day is still compared
                     {"id": "b", "published": "2007-05-04", "text": redated}], rules, "CC102")


def test_an_article_with_several_generic_dates_still_compares_each_statement(rules) -> None:
    # All of an article's "generic" dates share one group; an article was left out of all of them as soon as it
    # wrote two different dates, even for two statements ("formed in 1965", "split in 1970").
    flagged = findings([
        {"id": "a", "text": "The Kinks of Muswell Hill were formed by Ray Davies in 1965. The Kinks split in 1996."},
        {"id": "b", "text": "The Kinks of Muswell Hill were formed by Ray Davies in 1964."},
    ], rules, "CC107")
    assert [sorted(loc.value for loc in f.locations) for f in flagged] == [["1964", "1965"]]


def test_values_of_one_clause_meet_only_their_counterparts(rules) -> None:
    sentence = "Marine commandos from Mumbai boarded two of the pirate vessels to nab {} Somali and 23 Yemeni pirates."
    flagged = findings([{"id": "a", "text": sentence.format(26)}, {"id": "b", "text": sentence.format(29)}],
                       rules, "CC107")
    assert [sorted(loc.value for loc in f.locations) for f in flagged] == [["26", "29"]]


def test_amounts_without_an_event_word_meet_as_the_same_statement(rules) -> None:
    revenue = "The overall annual revenue of the company made up {} in 2008, the Cupertino firm said."
    flagged = findings([{"id": "a", "text": revenue.format("$10.5 billion")},
                        {"id": "b", "text": revenue.format("$12 billion")}], rules, "CC105")
    assert [sorted(loc.value for loc in f.locations) for f in flagged] == [["$10.5 billion", "$12 billion"]]
    assert not findings([  # two statements about two amounts of one unit
        {"id": "a", "text": "The overall annual revenue of the company made up $10.5 billion in 2008, the firm said."},
        {"id": "b", "text": "Analysts at Morgan Stanley expect the firm's debt to reach $12 billion in 2008."},
    ], rules, "CC105")


def test_spaced_hyphens_of_tokenised_text_end_no_clause(rules) -> None:
    # ECB+ topic 10: two teams' offers to one player looked alike once " - " cut "eight - year" off the clause.
    story = "\nMark Teixeira , who hit 33 homers for the Angels and the Braves , is the top free agent ."
    assert not findings([
        {"id": "a", "text": "Dan Patrick reported that the Boston Red Sox have made first baseman Mark Teixeira an "
                            "eight - year , $200 million offer ." + story},
        {"id": "b", "text": "Last week at the Winter Meetings , the Washington Nationals made Teixeira an "
                            "eight - year , $160 million offer ." + story},
    ], rules, "CC105")


def test_ages_of_one_person_are_compared_in_dated_articles_of_one_story(rules) -> None:
    from claimcheck.kinds.age import age_claims  # noqa: F401  (the kind under test)

    base = {"published": "2024-03-04"}
    flagged = findings([
        {**base, "id": "a", "text": "Police in Denver identified the driver as Carl Rowe, 34, of Aurora."},
        {**base, "id": "b", "text": "Police in Denver arrested 36-year-old Carl Rowe after the crash in Aurora."},
    ], rules, "CC108")
    assert [(f.finding.subject, sorted(loc.value for loc in f.locations)) for f in flagged] == [
        ("Carl Rowe", ["34", "36"])]
    assert not findings([  # "Rowe (34)" and "aged 34" agree
        {**base, "id": "a", "text": "Police in Denver identified the driver as Carl Rowe (34) of Aurora."},
        {**base, "id": "b", "text": "Police in Denver said Carl Rowe, aged 34, of Aurora, was arrested."},
    ], rules, "CC108")
    assert not findings([  # undated: the articles may be years apart
        {"id": "a", "text": "Police in Denver identified the driver as Carl Rowe, 34, of Aurora."},
        {"id": "b", "text": "Police in Denver arrested 36-year-old Carl Rowe after the crash in Aurora."},
    ], rules, "CC108")
