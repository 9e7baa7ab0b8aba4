"""Where the per-document stages run: inline or in worker processes (``parallel``), or on a Dask cluster
(``engine``)."""
