"""One module per platform; ``build_sites`` makes one site per sample publisher."""

from __future__ import annotations

from signpost.samples.dataset import Dataset
from signpost.samples.publishers import PUBLISHERS
from signpost.samples.sites.base import Request, Response, Site, View
from signpost.samples.sites.careplace import CarePlaceSite
from signpost.samples.sites.csv_export import CsvSite
from signpost.samples.sites.fid import FidSite
from signpost.samples.sites.kb5 import Kb5Site
from signpost.samples.sites.marketplace import MarketplaceSite
from signpost.samples.sites.oruk1 import Oruk1Site
from signpost.samples.sites.oruk3 import Oruk3Site
from signpost.samples.sites.sitemap import SitemapSite

__all__ = ["Request", "Response", "Site", "View", "build_sites"]


def build_sites(dataset: Dataset) -> dict[str, Site]:
    sites: dict[str, Site] = {}
    for publisher in PUBLISHERS:
        platform = publisher.platform
        site: Site
        if platform == "marketplace":
            site = MarketplaceSite(publisher)
        elif platform == "kb5":
            site = Kb5Site(publisher)
        elif platform == "careplace":
            site = CarePlaceSite(publisher, dataset)
        elif platform == "fid":
            site = FidSite(publisher, dataset.postcodes)
        elif platform == "oruk3":
            site = Oruk3Site(publisher)
        elif platform == "oruk1":
            site = Oruk1Site(publisher)
        elif platform == "sitemap":
            site = SitemapSite(publisher)
        elif platform == "csv":
            site = CsvSite(publisher)
        else:
            raise ValueError(f"publisher {publisher.id}: unknown platform {platform!r}")
        sites[publisher.id] = site
    return sites
