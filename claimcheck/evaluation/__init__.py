"""Evaluation scripts that measure extraction layers against gold corpora."""
