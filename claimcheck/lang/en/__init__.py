"""English language data.

``calendar`` (months, weekdays), ``numbers`` (number words), ``currencies`` and ``words`` (stopwords, reporting verbs,
hedges, person and organisation nouns).
"""
