"""The boroughs of the sample data: which postcode districts they use and what people call the
places, so that an address reads "Pinner, HA5 3AB" and not "Harrow, HA5 3AB".

Only districts with plenty of postcodes inside the borough are listed (a few districts straddle
borough boundaries; the gazetteer decides which borough each postcode is really in).
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class District:
    outcode: str
    locality: str
    """What residents call the area (shown in venue and service names)."""
    post_town: str
    """Royal Mail post town (the ``city`` line of an address)."""


@dataclass(frozen=True)
class Borough:
    name: str
    """Exactly as the gazetteer names it."""
    short: str
    """How local directories write it in names ("Kensington & Chelsea" → "K&C" is too short)."""
    districts: tuple[District, ...]
    weight: float = 1.0
    """Relative number of services generated for the borough."""


def _d(outcode: str, locality: str, post_town: str = "London") -> District:
    return District(outcode, locality, post_town)


BOROUGHS: tuple[Borough, ...] = (
    Borough(
        "Harrow",
        "Harrow",
        (
            _d("HA1", "Harrow", "Harrow"),
            _d("HA2", "South Harrow", "Harrow"),
            _d("HA3", "Wealdstone", "Harrow"),
            _d("HA5", "Pinner", "Pinner"),
            _d("HA7", "Stanmore", "Stanmore"),
        ),
    ),
    Borough(
        "Hillingdon",
        "Hillingdon",
        (
            _d("UB8", "Uxbridge", "Uxbridge"),
            _d("UB10", "Ickenham", "Uxbridge"),
            _d("UB3", "Hayes", "Hayes"),
            _d("UB4", "Yeading", "Hayes"),
            _d("UB7", "West Drayton", "West Drayton"),
            _d("HA4", "Ruislip", "Ruislip"),
            _d("HA6", "Northwood", "Northwood"),
            _d("UB9", "Harefield", "Uxbridge"),
        ),
    ),
    Borough(
        "Hounslow",
        "Hounslow",
        (
            _d("TW3", "Hounslow", "Hounslow"),
            _d("TW4", "Hounslow West", "Hounslow"),
            _d("TW5", "Heston", "Hounslow"),
            _d("TW7", "Isleworth", "Isleworth"),
            _d("TW8", "Brentford", "Brentford"),
            _d("TW13", "Feltham", "Feltham"),
            _d("TW14", "Bedfont", "Feltham"),
            _d("W4", "Chiswick"),
        ),
    ),
    Borough(
        "Wandsworth",
        "Wandsworth",
        (
            _d("SW18", "Wandsworth"),
            _d("SW17", "Tooting"),
            _d("SW11", "Battersea"),
            _d("SW15", "Putney"),
            _d("SW12", "Balham"),
        ),
    ),
    Borough(
        "Kensington and Chelsea",
        "Kensington & Chelsea",
        (
            _d("W8", "Kensington"),
            _d("W10", "North Kensington"),
            _d("W11", "Notting Hill"),
            _d("SW3", "Chelsea"),
            _d("SW5", "Earl's Court"),
            _d("SW7", "South Kensington"),
            _d("SW10", "West Brompton"),
        ),
        weight=0.8,
    ),
    Borough(
        "Bexley",
        "Bexley",
        (
            _d("DA5", "Bexley Village", "Bexley"),
            _d("DA6", "Bexleyheath", "Bexleyheath"),
            _d("DA7", "Barnehurst", "Bexleyheath"),
            _d("DA14", "Sidcup", "Sidcup"),
            _d("DA15", "Blackfen", "Sidcup"),
            _d("DA16", "Welling", "Welling"),
            _d("DA8", "Erith", "Erith"),
            _d("DA17", "Belvedere", "Belvedere"),
            _d("SE2", "Abbey Wood"),
            _d("SE28", "Thamesmead"),
        ),
        weight=1.7,
    ),
    Borough(
        "Kingston upon Thames",
        "Kingston",
        (
            _d("KT1", "Kingston", "Kingston upon Thames"),
            _d("KT2", "Norbiton", "Kingston upon Thames"),
            _d("KT3", "New Malden", "New Malden"),
            _d("KT5", "Berrylands", "Surbiton"),
            _d("KT6", "Surbiton", "Surbiton"),
            _d("KT9", "Chessington", "Chessington"),
        ),
    ),
    Borough(
        "Enfield",
        "Enfield",
        (
            _d("EN1", "Enfield Town", "Enfield"),
            _d("EN2", "Gordon Hill", "Enfield"),
            _d("EN3", "Ponders End", "Enfield"),
            _d("N9", "Lower Edmonton"),
            _d("N18", "Upper Edmonton"),
            _d("N13", "Palmers Green"),
            _d("N21", "Winchmore Hill"),
            _d("N14", "Southgate"),
        ),
    ),
    Borough(
        "Brent",
        "Brent",
        (
            _d("NW10", "Harlesden"),
            _d("HA9", "Wembley", "Wembley"),
            _d("HA0", "Alperton", "Wembley"),
            _d("NW2", "Cricklewood"),
            _d("NW9", "Kingsbury"),
            _d("NW6", "Kilburn"),
        ),
    ),
    Borough(
        "Ealing",
        "Ealing",
        (
            _d("W5", "Ealing"),
            _d("W13", "West Ealing"),
            _d("W7", "Hanwell"),
            _d("W3", "Acton"),
            _d("UB1", "Southall", "Southall"),
            _d("UB6", "Greenford", "Greenford"),
            _d("UB5", "Northolt", "Northolt"),
        ),
    ),
    Borough(
        "Greenwich",
        "Greenwich",
        (
            _d("SE10", "Greenwich"),
            _d("SE18", "Woolwich"),
            _d("SE9", "Eltham"),
            _d("SE7", "Charlton"),
            _d("SE3", "Blackheath"),
        ),
    ),
)

BY_NAME: dict[str, Borough] = {b.name: b for b in BOROUGHS}

NEIGHBOURS: dict[str, tuple[str, ...]] = {
    "Harrow": ("Hillingdon", "Brent"),
    "Hillingdon": ("Harrow", "Ealing", "Hounslow"),
    "Hounslow": ("Ealing", "Hillingdon"),
    "Wandsworth": ("Kensington and Chelsea", "Kingston upon Thames"),
    "Kensington and Chelsea": ("Wandsworth", "Brent"),
    "Bexley": ("Greenwich",),
    "Kingston upon Thames": ("Wandsworth",),
    "Enfield": (),
    "Brent": ("Harrow", "Ealing"),
    "Ealing": ("Brent", "Hounslow", "Hillingdon"),
    "Greenwich": ("Bexley",),
}
"""Which boroughs a cross-border service can also cover (used for multi-borough services)."""
