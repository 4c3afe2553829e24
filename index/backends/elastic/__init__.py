"""The Elasticsearch backend (``pip install .[es]``; ``SIGNPOST_BACKEND=elasticsearch`` with
``ELASTICSEARCH_URL``), split along its seams:

- ``client``: options, connecting (API key, CA certificates), one error vocabulary;
- ``lifecycle``: generations of indices behind the aliases, the atomic swap, rollback;
- ``bulk``: loading through the client's helper, retries on 429, every refusal reported;
- ``mapping`` and ``queries``: index definitions and request bodies, pure functions;
- ``reading``: searches made whole, and the windows of hits a page needs (``search_after``);
- ``responses``: reading answers into the shared result types;
- ``suggest_docs``: the suggestion index's documents;
- ``backend``: the ``SearchBackend`` that puts them together.
"""

from index.backends.elastic.backend import ElasticsearchBackend
from index.backends.elastic.bulk import BulkRejected, BulkReport, Rejection
from index.backends.elastic.client import ElasticOptions

__all__ = ["BulkRejected", "BulkReport", "ElasticOptions", "ElasticsearchBackend", "Rejection"]
