"""One module per platform; ``build_sites`` makes one site per sample publisher."""

from __future__ import annotations

from samples.dataset import Dataset
from samples.publishers import BY_ID, PUBLISHERS
from samples.sites.afc import AfcSite
from samples.sites.base import Request, Response, Site, View
from samples.sites.careplace import CarePlaceSite
from samples.sites.connected_places import ConnectedPlacesSite
from samples.sites.csv_export import CsvSite
from samples.sites.fid import FidSite
from samples.sites.jadu import JaduSite
from samples.sites.kb5 import Kb5Site
from samples.sites.localgov import LocalGovSite
from samples.sites.marketplace import MarketplaceSite
from samples.sites.oruk1 import Oruk1Site
from samples.sites.oruk3 import Oruk3Site
from samples.sites.outpost import OutpostSite
from samples.sites.pcg import PcgSite
from samples.sites.sitemap import SitemapSite

__all__ = ["Request", "Response", "Site", "View", "build_sites", "theme_of"]

_SITE_CLASSES: dict[str, type[Site]] = {
    "marketplace": MarketplaceSite,
    "kb5": Kb5Site,
    "careplace": CarePlaceSite,
    "fid": FidSite,
    "oruk3": Oruk3Site,
    "oruk1": Oruk1Site,
    "sitemap": SitemapSite,
    "csv": CsvSite,
    "pcg": PcgSite,
    "afc": AfcSite,
    "jadu": JaduSite,
    "connected_places": ConnectedPlacesSite,
    "outpost": OutpostSite,
    "localgov": LocalGovSite,
}


def theme_of(publisher_id: str) -> str:
    """The theme a publisher's site renders unless the control API switches it."""
    publisher = BY_ID[publisher_id]
    return publisher.settings.get("theme", _SITE_CLASSES[publisher.platform].themes[0])


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
        elif platform == "pcg":
            site = PcgSite(publisher, dataset.postcodes)
        elif platform == "afc":
            site = AfcSite(publisher)
        elif platform == "jadu":
            site = JaduSite(publisher)
        elif platform == "connected_places":
            site = ConnectedPlacesSite(publisher)
        elif platform == "outpost":
            site = OutpostSite(publisher)
        elif platform == "localgov":
            site = LocalGovSite(publisher)
        else:
            raise ValueError(f"publisher {publisher.id}: unknown platform {platform!r}")
        sites[publisher.id] = site
    return sites
