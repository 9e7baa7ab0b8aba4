"""Word lists the extractors share: stopwords, speech, hedges, and nouns that name people or organisations."""

from __future__ import annotations

# Capitalised words that are never part of a person's name (articles, pronouns, honorifics, sentence adverbs).
STOPWORDS: frozenset[str] = frozenset(
    ["The", "A", "An", "And", "But", "Or", "If", "In", "On", "At", "Of", "For", "To", "By", "With", "From", "As",
     "While", "When", "Where", "After", "Before", "Since", "Until", "During", "Despite", "Though", "Although", "Even",
     "However", "Meanwhile", "Also", "It", "Its", "He", "She", "His", "Her", "They", "Their", "We", "Our", "I", "You",
     "This", "That", "These", "Those", "There", "Here", "What", "Which", "Who", "Whom", "Why", "How", "Many", "Some",
     "Any", "All", "Both", "Each", "Every", "No", "Not", "Mr", "Mrs", "Ms", "Dr", "Sir", "Madam", "Lord", "Lady",
     "Saint", "St", "Online", "Closer", "Moreover", "Still", "Yet", "Then", "Now", "Today", "Yesterday", "Last",
     "Next", "Earlier", "Later", "According", "Under", "Over", "Among", "Between", "Against", "Without", "Within",
     "Into", "Across", "Through", "Chinese", "Russian"]
)
SPEAKER_NOUNS: frozenset[str] = frozenset(
    ["Officials", "Authorities", "Witnesses", "Investigators", "Police", "Residents", "Officers", "Prosecutors",
     "Critics", "Analysts", "Experts", "Sources", "Reports", "Firefighters", "Rescuers", "Doctors", "Students",
     "Workers", "Protesters", "Troops", "Soldiers", "Militants", "Rebels", "Lawmakers", "Voters", "Fans", "Neighbors",
     "Neighbours", "Relatives", "Families", "Scientists", "Researchers", "Academy", "Organizers", "Organisers",
     "Employees", "Staff", "Spokesmen", "Spokeswomen", "Detectives", "Deputies", "Authorities", "Medics",
     "Paramedics", "Survivors", "Victims", "Passengers", "Pilots", "Crews", "Engineers", "Environmentalists",
     "Opponents", "Supporters", "Activists", "Diplomats", "Leaders", "Observers", "Agencies", "Hospitals",
     "Companies", "Officers", "Ministers", "Judges", "Jurors", "Lawyers", "Attorneys", "Teachers", "Parents"]
)
# Groups spoken of as being in a place, whose words a report gives: "Police in Denver said", "Officials in Goma".
GROUP_SPEAKERS: frozenset[str] = frozenset({"police", "officials", "authorities", "witnesses", "residents",
                                            "investigators", "prosecutors", "doctors", "rescuers", "firefighters",
                                            "sources", "analysts"})
# Lower-case nouns that describe a person, written right before a name: "forward Elton Brand", "actress Tara Reid".
PERSON_NOUNS: frozenset[str] = frozenset((
    "actor", "actress", "singer", "rapper", "musician", "star", "model", "director", "producer", "author", "writer",
    "novelist", "poet", "artist", "comedian", "host", "anchor", "reporter", "journalist", "photographer", "coach",
    "player", "forward", "guard", "center", "centre", "striker", "midfielder", "defender", "goalkeeper",
    "quarterback", "pitcher", "catcher", "shortstop", "outfielder", "infielder", "slugger", "boxer", "fighter",
    "champion", "driver", "golfer", "agent", "lawyer", "attorney", "defendant", "suspect", "victim", "gunman",
    "shooter", "witness", "resident", "student", "teacher", "nurse", "officer", "deputy", "detective",
    "firefighter", "soldier", "pilot", "owner", "founder", "executive", "analyst", "economist", "researcher",
    "scientist", "teammate", "rookie", "veteran", "husband", "wife", "son", "daughter", "brother", "sister",
    "father", "mother", "boyfriend", "girlfriend", "fiancé", "fiancée", "publicist", "rep", "designer", "chef",
))
# The last word of a named organisation ("the Foreign Ministry", "the Democratic Party").
ORGANISATION_HEADS: frozenset[str] = frozenset((
    "Administration", "Agency", "Alliance", "Army", "Assembly", "Association", "Authority", "Bank", "Board",
    "Bureau", "Cabinet", "Center", "Centre", "Coalition", "College", "Commission", "Committee", "Company",
    "Congress", "Corporation", "Council", "Court", "Department", "Federation", "Foundation", "Fund", "Government",
    "Group", "Institute", "League", "Ministry", "Navy", "Network", "Office", "Organisation", "Organization",
    "Parliament", "Party", "Police", "School", "Senate", "Service", "Services", "Tribunal", "Union", "University",
))
# Words that end the capitalised name of an organisation, a place, a publication or an event, never a person's.
NOT_PERSON_WORDS: frozenset[str] = ORGANISATION_HEADS | frozenset((
    "Agreement", "Airlines", "Airport", "Airways", "Avenue", "Award", "Church", "Club", "Coast", "Conference",
    "Cooperation", "Corp", "Cup", "Day", "Defence", "Defense", "Empire", "Festival", "Forces", "Forum", "Games",
    "Guard", "Hospital", "House", "Inc", "Island", "Islands", "Journal", "Kingdom", "Ltd", "Marines", "Museum",
    "News", "Ocean", "Olympics", "Park", "Post", "Prize", "Republic", "River", "Road", "Sea", "Square", "Stadium",
    "Station", "Street", "Studies", "Summit", "Times", "Treaty", "War", "Week", "Year", "Zero",
))

# Each verb that reports speech, once, with what it is evidence of where it is written:
#   person    a capitalised name right before it is a person ("Ketsoyan told"): organisations report too, so
#             "Reuters reported" is no such evidence;
#   inverted  the name right after it is the speaker ("said Raffaello Pantucci"; "told Xinhua" names the listener);
#   speaker   the words before it are who a claim is attributed to ("police said", "the ministry announced");
#   saying    a date right after it dates the saying, not the event ("officials said Saturday");
#   past      a weekday right after it lies in the past ("confirmed Monday").
# Each use was measured on its own list; a verb is not given a use it was not measured with ("posted" as a
# speaker verb made "The Dow Jones Industrial Average" a speaker).
REPORTING: dict[str, frozenset[str]] = {
    "said": frozenset({"person", "inverted", "speaker", "saying", "past"}),
    "says": frozenset({"person", "inverted", "speaker", "saying", "past"}),
    "say": frozenset({"person", "speaker", "saying"}),
    "told": frozenset({"person", "speaker", "saying", "past"}),
    "tells": frozenset({"person", "speaker", "saying"}),
    "added": frozenset({"person", "inverted", "speaker", "saying", "past"}),
    "adds": frozenset({"person", "speaker", "saying"}),
    "wrote": frozenset({"person", "inverted", "speaker", "saying", "past"}),
    "writes": frozenset({"person", "speaker", "saying"}),
    "explained": frozenset({"person", "past"}),
    "noted": frozenset({"person", "past"}),
    "asked": frozenset({"person", "inverted"}),
    "replied": frozenset({"person"}),
    "insisted": frozenset({"person", "speaker", "saying", "past"}),
    "argued": frozenset({"person", "speaker", "past"}),
    "stated": frozenset({"person", "speaker", "saying", "past"}),
    "recalled": frozenset({"person"}),
    "testified": frozenset({"person"}),
    "declared": frozenset({"person", "past"}),
    "claimed": frozenset({"speaker", "saying", "past"}),
    "announced": frozenset({"speaker", "saying", "past"}),
    "reported": frozenset({"speaker", "saying", "past"}),
    "estimated": frozenset({"speaker"}),
    "denied": frozenset({"saying", "past"}),
    "denies": frozenset({"saying"}),
    "confirmed": frozenset({"saying", "past"}),
    "tweeted": frozenset({"saying", "past"}),
    "posted": frozenset({"saying"}),
    "revealed": frozenset({"past"}),
    "disclosed": frozenset({"past"}),
    "warned": frozenset({"past"}),
    "admitted": frozenset({"past"}),
}
SPEECH_VERBS: tuple[str, ...] = tuple(verb for verb, uses in REPORTING.items() if "person" in uses)
INVERTED_SPEECH_VERBS: tuple[str, ...] = tuple(verb for verb, uses in REPORTING.items() if "inverted" in uses)
SPEAKER_VERBS: tuple[str, ...] = tuple(verb for verb, uses in REPORTING.items() if "speaker" in uses)
SAYING_VERBS: tuple[str, ...] = tuple(verb for verb, uses in REPORTING.items() if "saying" in uses)
PAST_REPORT_VERBS: tuple[str, ...] = tuple(verb for verb, uses in REPORTING.items() if "past" in uses)


# Words that mark a claim as hedged: the outlet itself is unsure.
HEDGES: tuple[str, ...] = (
    "expected", "likely", "reportedly", "allegedly", "believed", "thought", "rumored", "rumoured", "may", "might",
    "could", "possibly", "probably", "appear", "appears", "seem", "seems", "unconfirmed",
)
# Words that put a claim in the future ("will be held", "is due to").
FUTURE_MARKERS: tuple[str, ...] = (
    "will", "shall", "is due", "are due", "is set", "are set", "is to", "are to", "plan to", "plans to",
    "scheduled", "expected to", "would",
)
# Words that negate a claim ("n't" as tokenised text writes it: "did n't").
NEGATIONS: tuple[str, ...] = ("not", "never", "no", "denied", "denies", "n’t", "n't")


def alternation(words: tuple[str, ...]) -> str:
    """A regex alternation of ``words`` (single words), longest first."""
    return "|".join(sorted(words, key=lambda word: (-len(word), word)))


def phrases(words: tuple[str, ...]) -> str:
    """A regex alternation of ``words``, longest first, a run of spaces between the words of a phrase."""
    return "|".join(w.replace(" ", r"\s+") for w in sorted(words, key=lambda word: (-len(word), word)))
