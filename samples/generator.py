"""``signpost samples generate``: build the sample data set from a seed and the gazetteer and
write it to ``data/``. Run it only to change the data; the output is committed."""

from __future__ import annotations

from pathlib import Path

from samples.childminders import POSTCODES as CHILDMINDER_POSTCODES
from samples.dataset import DATA_DIR, Dataset, save
from samples.publish import publish
from samples.publishers import PUBLISHERS
from samples.world import Generator, PostcodeSource

DEFAULT_SEED = 20261125
DEFAULT_SCALE = 1.2


def generate(
    gazetteer: PostcodeSource, seed: int = DEFAULT_SEED, scale: float = DEFAULT_SCALE
) -> Dataset:
    world = Generator(gazetteer, seed, scale).build()
    listings = publish(world, seed + 100)
    # FID-like postcode searches need coordinates for any postcode a user may type there:
    # keep every postcode of the boroughs such a site covers (a few thousand rows).
    postcodes = dict(world.postcodes)
    for pc in CHILDMINDER_POSTCODES:
        info = gazetteer.lookup(pc)
        postcodes[pc] = (round(float(info.latitude), 6), round(float(info.longitude), 6))
    for publisher in PUBLISHERS:
        if publisher.platform != "fid":
            continue
        for borough in publisher.coverage:
            for pc in gazetteer.postcodes_in_borough(borough):
                if pc not in postcodes:
                    info = gazetteer.lookup(pc)
                    postcodes[pc] = (
                        round(float(info.latitude), 6),
                        round(float(info.longitude), 6),
                    )
    return Dataset(
        meta={"seed": seed, "scale": scale},
        organisations=world.organisations,
        services=world.services,
        listings=listings,
        postcodes=postcodes,
    )


def generate_to(
    gazetteer: PostcodeSource,
    out: Path = DATA_DIR,
    seed: int = DEFAULT_SEED,
    scale: float = DEFAULT_SCALE,
) -> dict[str, int]:
    return save(generate(gazetteer, seed, scale), out)
