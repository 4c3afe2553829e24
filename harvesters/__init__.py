"""Harvesters: one Scrapy spider per directory platform, configured per council by its
``[[source]]`` entry, yielding SourceRecords and a run summary.

Harvesters parse and normalise; they never write the store or decide what is published (that
is ``signpost.harvest``). ``harvesters.runner.run_crawl`` runs a crawl in a child process;
docs/harvesters.md explains the whole flow and how to add a source.
"""
