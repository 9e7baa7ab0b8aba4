"""Where the per-document stages run.

Inline or in worker processes (``parallel``), or on a Dask cluster (``engine``).
"""
