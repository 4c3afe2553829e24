"""The sample London sources: a seeded, reproducible data set with ground truth, published
through local web sites that behave like the real directory platforms (docs/sample-sources.md).

Real directories cannot be reached from a test machine, yet harvesters, dedup, search and the
demo all need sources that behave like them. The generator (``signpost samples generate``) runs
once against the postcode gazetteer and writes ``data/``; the committed output is what the
server (``signpost sample-sites``) and the tests read, so neither needs the gazetteer.

The ground truth lives in ``data/`` too and is read only through ``truth.py`` by tests: the
``harvesters`` and ``index`` packages can never import ``signpost``, so it cannot leak into
harvesting or deduplication.
"""
