"""Word lists the extractors share: stopwords, speech, hedges, and nouns that name people or organisations."""

from __future__ import annotations

# Capitalised words that are never part of a person's name (articles, pronouns, honorifics, sentence adverbs).
STOPWORDS: frozenset[str] = frozenset(
    ["The", "A", "An", "And", "But", "Or", "If", "In", "On", "At", "Of", "For", "To", "By", "With", "From", "As", "While", "When", "Where", "After", "Before", "Since", "Until", "During", "Despite", "Though", "Although", "Even", "However", "Meanwhile", "Also", "It", "Its", "He", "She", "His", "Her", "They", "Their", "We", "Our", "I", "You", "This", "That", "These", "Those", "There", "Here", "What", "Which", "Who", "Whom", "Why", "How", "Many", "Some", "Any", "All", "Both", "Each", "Every", "No", "Not", "Mr", "Mrs", "Ms", "Dr", "Sir", "Madam", "Lord", "Lady", "Saint", "St", "Online", "Closer", "Moreover", "Still", "Yet", "Then", "Now", "Today", "Yesterday", "Last", "Next", "Earlier", "Later", "According", "Under", "Over", "Among", "Between", "Against", "Without", "Within", "Into", "Across", "Through", "Chinese", "Russian"]
)
SPEAKER_NOUNS: frozenset[str] = frozenset(
    ["Officials", "Authorities", "Witnesses", "Investigators", "Police", "Residents", "Officers", "Prosecutors", "Critics", "Analysts", "Experts", "Sources", "Reports", "Firefighters", "Rescuers", "Doctors", "Students", "Workers", "Protesters", "Troops", "Soldiers", "Militants", "Rebels", "Lawmakers", "Voters", "Fans", "Neighbors", "Neighbours", "Relatives", "Families", "Scientists", "Researchers", "Academy", "Organizers", "Organisers", "Employees", "Staff", "Spokesmen", "Spokeswomen", "Detectives", "Deputies", "Authorities", "Medics", "Paramedics", "Survivors", "Victims", "Passengers", "Pilots", "Crews", "Engineers", "Environmentalists", "Opponents", "Supporters", "Activists", "Diplomats", "Leaders", "Observers", "Agencies", "Hospitals", "Companies", "Officers", "Ministers", "Judges", "Jurors", "Lawyers", "Attorneys", "Teachers", "Parents"]
)
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
# Words that end the capitalised name of an organisation, a place or an event, never a person's.
NOT_PERSON_WORDS: frozenset[str] = frozenset(
    ["Ministry", "Department", "University", "Institute", "Center", "Centre", "School", "College", "Council", "Agency", "Organization", "Organisation", "Party", "Bank", "Corp", "Corporation", "Inc", "Ltd", "Group", "Times", "News", "Post", "Journal", "Association", "Committee", "Commission", "Union", "Court", "Army", "Navy", "Forces", "Office", "Service", "Services", "Company", "Fund", "Foundation", "Summit", "Cooperation", "Assembly", "Parliament", "Congress", "Senate", "House", "Government", "Administration", "Authority", "Bureau", "Club", "League", "Federation", "Airlines", "Airways", "Hospital", "Church", "Museum", "Studies", "Network", "Agreement", "Treaty", "Square", "Street", "Avenue", "Road", "Airport", "Station", "Stadium", "Park", "River", "Sea", "Ocean", "Island", "Islands", "Republic", "Kingdom", "Empire", "Union", "Defence", "Defense", "Police", "Navy", "Marines", "Coast", "Guard", "Zero", "Day", "Week", "Year", "War", "Games", "Olympics", "Cup", "Prize", "Award", "Award", "Festival", "Conference", "Forum", "Times"]
)

# Verbs that report what someone said, and "according to": a date right after one dates the saying.
REPORTING_VERBS: tuple[str, ...] = (
    "said", "says", "say", "told", "tells", "added", "adds", "wrote", "writes", "stated", "denied", "denies",
    "claimed", "insisted", "reported", "announced", "confirmed", "tweeted", "posted", "according to",
)
