"""Evaluation scripts that measure claimcheck against gold and real corpora (``python -m evaluation.NAME``).

They live beside the package, not in it: a user's install has no use for them, and they read the development data
in ``../shared/data``. Run them from the project root; ``tests/`` runs each on that data when it is present.
"""
