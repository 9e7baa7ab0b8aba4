"""Language data, one package per language (as spaCy's ``spacy/lang/en``): word lists the extractors share.

Each list lives once. Lists a user may want to tune for a corpus (the event lexicon, victim categories, titles,
aliases, places) are rule files in ``rules/`` instead.
"""
