"""The categories of the sample data and how each platform labels them.

Each platform has its own vocabulary and ids (Marketplace ``CategoryId``, kb5 channel values,
CarePlace's eight broad headings, FID's ``SelectedCategory``), exactly the mismatch the real
directories have; the harvesters keep the source labels and the taxonomy mapping happens later.
``key`` is the ground-truth category a test can judge relevance against.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Category:
    key: str
    label: str
    """Plain label (as a link worker would say it)."""
    per_borough: float
    """Average number of services of this category in one borough (before weighting)."""
    marketplace: tuple[int, str]
    """Open Objects Marketplace (CategoryId, label)."""
    kb5: tuple[str, str]
    """kb5 channel value and heading."""
    careplace: tuple[int, ...]
    """CarePlace broad category ids the service is filed under."""
    fid: tuple[int, str]
    """FID SelectedCategory id and label."""
    oruk_term: str
    """Term name in the ORUK feeds' taxonomy."""


CATEGORIES: tuple[Category, ...] = (
    Category(
        "debt-advice",
        "Debt and money advice",
        8,
        (1101, "Money & debt advice"),
        ("2-1", "Money and debt"),
        (1,),
        (11, "Money, Debt and Benefits"),
        "Debt advice",
    ),
    Category(
        "benefits-advice",
        "Benefits advice",
        7,
        (1102, "Welfare benefits"),
        ("2-2", "Benefits advice"),
        (1,),
        (11, "Money, Debt and Benefits"),
        "Benefits advice",
    ),
    Category(
        "employment-support",
        "Employment support",
        8,
        (1201, "Employment & training"),
        ("3-1", "Employment and training"),
        (6,),
        (14, "Work and Training"),
        "Employment support",
    ),
    Category(
        "walking-groups",
        "Walking groups",
        6,
        (1301, "Walking & outdoor activities"),
        ("4-1", "Walks and outdoor activities"),
        (3, 4),
        (16, "Sport and Physical Activity"),
        "Walking groups",
    ),
    Category(
        "stop-smoking",
        "Stop smoking",
        3,
        (1401, "Stop smoking"),
        ("5-1", "Healthy living: stop smoking"),
        (4,),
        (17, "Health and Wellbeing"),
        "Stop smoking support",
    ),
    Category(
        "learning-disability-day",
        "Day centres for adults with learning disabilities",
        5,
        (1501, "Day opportunities"),
        ("6-1", "Day services (learning disability)"),
        (8, 3),
        (18, "Disability Support"),
        "Day centres (learning disability)",
    ),
    Category(
        "riding-for-disabled",
        "Riding for the disabled",
        1.2,
        (1502, "Sport & leisure for disabled people"),
        ("6-2", "Inclusive sport and leisure"),
        (8, 3),
        (18, "Disability Support"),
        "Riding for the disabled",
    ),
    Category(
        "digital-skills",
        "IT and digital skills classes",
        6,
        (1202, "Learning & digital skills"),
        ("3-2", "Adult learning and IT skills"),
        (6,),
        (14, "Work and Training"),
        "Digital skills",
    ),
    Category(
        "carers-support",
        "Carers' support",
        7,
        (1601, "Support for carers"),
        ("7-1", "Young carers and carers"),
        (5,),
        (19, "Carers"),
        "Carers support",
    ),
    Category(
        "food-banks",
        "Food banks",
        6,
        (1103, "Food & essentials"),
        ("2-3", "Food banks and essentials"),
        (1, 3),
        (12, "Food and Essentials"),
        "Food banks",
    ),
    Category(
        "mental-health-peer-support",
        "Mental health peer support",
        6,
        (1402, "Mental health & wellbeing"),
        ("5-2", "Emotional health and wellbeing"),
        (4, 8),
        (17, "Health and Wellbeing"),
        "Mental health peer support",
    ),
    Category(
        "talking-therapies",
        "Talking therapies",
        3,
        (1403, "Counselling & talking therapies"),
        ("5-3", "Counselling and therapy"),
        (4,),
        (17, "Health and Wellbeing"),
        "Talking therapies",
    ),
    Category(
        "bereavement",
        "Bereavement support",
        4,
        (1404, "Bereavement"),
        ("5-4", "Bereavement and loss"),
        (4,),
        (17, "Health and Wellbeing"),
        "Bereavement support",
    ),
    Category(
        "housing-advice",
        "Housing advice",
        6,
        (1104, "Housing & homelessness"),
        ("2-4", "Housing"),
        (2, 1),
        (13, "Housing"),
        "Housing advice",
    ),
    Category(
        "befriending",
        "Befriending and loneliness",
        7,
        (1302, "Befriending & social contact"),
        ("4-2", "Befriending and social groups"),
        (3,),
        (15, "Social Activities"),
        "Befriending",
    ),
    Category(
        "exercise-older-people",
        "Exercise for older people",
        6,
        (1303, "Exercise & keeping active (50+)"),
        ("4-3", "Keeping active in later life"),
        (3, 4),
        (16, "Sport and Physical Activity"),
        "Exercise for older people",
    ),
    Category(
        "dementia-cafes",
        "Dementia cafés",
        4,
        (1503, "Dementia support"),
        ("6-3", "Dementia support"),
        (8, 3),
        (18, "Disability Support"),
        "Dementia cafés",
    ),
    Category(
        "parent-toddler",
        "Parent and toddler groups",
        8,
        (1701, "Early years & families"),
        ("8-1", "Stay and play and toddler groups"),
        (7,),
        (20, "Children and Families"),
        "Parent and toddler groups",
    ),
    Category(
        "youth-clubs",
        "Youth clubs",
        6,
        (1702, "Young people"),
        ("8-2", "Youth clubs and activities"),
        (7,),
        (20, "Children and Families"),
        "Youth clubs",
    ),
    Category(
        "domestic-abuse",
        "Domestic abuse support",
        2.5,
        (1105, "Staying safe"),
        ("2-5", "Domestic abuse"),
        (1,),
        (21, "Staying Safe"),
        "Domestic abuse support",
    ),
    Category(
        "esol",
        "English classes (ESOL)",
        4,
        (1203, "English language (ESOL)"),
        ("3-3", "English for speakers of other languages"),
        (6,),
        (14, "Work and Training"),
        "ESOL classes",
    ),
    Category(
        "lunch-clubs",
        "Lunch clubs for older people",
        4,
        (1304, "Lunch clubs"),
        ("4-4", "Lunch clubs"),
        (3,),
        (15, "Social Activities"),
        "Lunch clubs",
    ),
    Category(
        "drug-alcohol",
        "Drug and alcohol support",
        2,
        (1405, "Drugs & alcohol"),
        ("5-5", "Drugs and alcohol"),
        (4, 8),
        (17, "Health and Wellbeing"),
        "Drug and alcohol services",
    ),
    Category(
        "volunteering",
        "Volunteering",
        3,
        (1204, "Volunteering"),
        ("3-4", "Volunteering opportunities"),
        (6,),
        (14, "Work and Training"),
        "Volunteering",
    ),
)

BY_KEY: dict[str, Category] = {c.key: c for c in CATEGORIES}

CAREPLACE_CATEGORIES: dict[int, str] = {
    1: "Advice, information & advocacy",
    2: "Care homes & housing options",
    3: "Community & activities",
    4: "Health & wellbeing",
    5: "Carers",
    6: "Employment, learning & volunteering",
    7: "Children, young people & families",
    8: "Conditions & disabilities",
}
"""CarePlace's broad headings (2, 3 and 8 are the ids SOURCES.md saw on the real site)."""


def fid_categories() -> dict[int, str]:
    return {c.fid[0]: c.fid[1] for c in CATEGORIES}


def marketplace_categories() -> dict[int, str]:
    return {c.marketplace[0]: c.marketplace[1] for c in CATEGORIES}


def kb5_channels() -> dict[str, str]:
    return {c.kb5[0]: c.kb5[1] for c in CATEGORIES}
