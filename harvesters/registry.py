"""Source kind → spider class. Adding a council on a known platform needs no code: its
``[[source]]`` entry names the kind and carries the platform's parameters."""

from __future__ import annotations

import importlib

from harvesters.spiders.base import SourceSpider

SPIDERS: dict[str, str] = {
    "oo_marketplace": "harvesters.spiders.oo_marketplace:MarketplaceSpider",
    "oo_kb5": "harvesters.spiders.oo_kb5:Kb5Spider",
    "careplace": "harvesters.spiders.careplace:CarePlaceSpider",
    "fid": "harvesters.spiders.fid:FidSpider",
    "oruk": "harvesters.spiders.oruk:OrukSpider",
    "sitemap": "harvesters.spiders.sitemap:SitemapSpider",
    "csv": "harvesters.spiders.csv_file:CsvSpider",
    "connect_to_support": "harvesters.spiders.connect_to_support:ConnectToSupportSpider",
    "afc": "harvesters.spiders.afc:AfcSpider",
    "jadu": "harvesters.spiders.jadu:JaduSpider",
    "connected_places": "harvesters.spiders.connected_places:ConnectedPlacesSpider",
    "outpost": "harvesters.spiders.outpost:OutpostSpider",
    "localgov_directory": "harvesters.spiders.localgov:LocalGovDirectorySpider",
}


class UnknownKind(LookupError):
    pass


def spider_for(kind: str) -> type[SourceSpider]:
    try:
        module_name, _, cls_name = SPIDERS[kind].partition(":")
    except KeyError:
        raise UnknownKind(f"no harvester for source kind {kind!r}") from None
    cls = getattr(importlib.import_module(module_name), cls_name)
    if not (isinstance(cls, type) and issubclass(cls, SourceSpider)):
        raise TypeError(f"{SPIDERS[kind]} is not a SourceSpider")
    return cls
