"""Label presets of common Arabic/English NER tag sets, and the default colour palette.

Colours are light enough that black text stays readable on them in both themes, and
every colour in a preset differs from the others.
"""

from __future__ import annotations

from dataclasses import dataclass, field

# Material-design 300-level tones: distinct hues, readable under dark text.
PALETTE: tuple[str, ...] = (
    "#e57373",  # red
    "#64b5f6",  # blue
    "#81c784",  # green
    "#ffb74d",  # orange
    "#ba68c8",  # purple
    "#4dd0e1",  # cyan
    "#f06292",  # pink
    "#aed581",  # light green
    "#ffd54f",  # amber
    "#9575cd",  # deep purple
    "#4db6ac",  # teal
    "#ff8a65",  # deep orange
    "#7986cb",  # indigo
    "#dce775",  # lime
    "#a1887f",  # brown
    "#90a4ae",  # blue grey
    "#f48fb1",  # light pink
    "#80deea",  # light cyan
    "#c5e1a5",  # pale green
    "#ffcc80",  # light orange
    "#b39ddb",  # lavender
    "#fff176",  # yellow
    "#bcaaa4",  # light brown
    "#e0e0e0",  # grey
)


@dataclass(frozen=True)
class PresetLabel:
    name: str
    color: str
    hotkey: str | None
    descriptions: dict[str, str] = field(default_factory=dict, hash=False)  # language -> text


def _preset(types: list[tuple[str, str, str]]) -> tuple[PresetLabel, ...]:
    """Labels from ``(name, English description, Arabic description)``."""
    return tuple(
        PresetLabel(name, PALETTE[i], str(i + 1) if i < 9 else None, {"en": en, "ar": ar})
        for i, (name, en, ar) in enumerate(types)
    )


def _four(person: str) -> list[tuple[str, str, str]]:
    """The CoNLL-2003 types (ANERcorp calls the person type PERS)."""
    return [
        (
            person,
            "Names of people, real or fictional, with family names and nicknames.",
            "أسماء الأشخاص، حقيقيين أو خياليين، مع أسماء العائلات والألقاب.",
        ),
        (
            "LOC",
            "Locations: countries, cities, regions, rivers, mountains.",
            "الأماكن: الدول والمدن والمناطق والأنهار والجبال.",
        ),
        (
            "ORG",
            "Organisations: companies, institutions, government bodies, parties, teams.",
            "المنظمات: الشركات والمؤسسات والهيئات الحكومية والأحزاب والفرق.",
        ),
        (
            "MISC",
            "Other names: nationalities, events, works, products, languages.",
            "أسماء أخرى: الجنسيات والأحداث والأعمال والمنتجات واللغات.",
        ),
    ]


# Wojood (Jarrar et al., 2022): 21 entity types, nested annotation.
WOJOOD: list[tuple[str, str, str]] = [
    ("PERS", "Names of people.", "أسماء الأشخاص."),
    (
        "NORP",
        "Nationalities, religious or political groups.",
        "الجنسيات والجماعات الدينية أو السياسية.",
    ),
    (
        "OCC",
        "Occupations and titles (president, minister).",
        "المهن والمناصب والألقاب (الرئيس، الوزير).",
    ),
    ("ORG", "Organisations, institutions, companies.", "المنظمات والمؤسسات والشركات."),
    (
        "GPE",
        "Geopolitical entities: countries, cities, states.",
        "الكيانات الجغرافية السياسية: الدول والمدن والولايات.",
    ),
    (
        "LOC",
        "Places without a government: regions, mountains, seas, rivers.",
        "الأماكن غير السياسية: المناطق والجبال والبحار والأنهار.",
    ),
    (
        "FAC",
        "Facilities: buildings, airports, roads, bridges.",
        "المنشآت: المباني والمطارات والطرق والجسور.",
    ),
    (
        "EVENT",
        "Named events: wars, conferences, festivals, disasters.",
        "الأحداث المسماة: الحروب والمؤتمرات والمهرجانات والكوارث.",
    ),
    (
        "DATE",
        "Dates and periods: days, months, years.",
        "التواريخ والفترات: الأيام والشهور والسنوات.",
    ),
    (
        "TIME",
        "Times of day and durations shorter than a day.",
        "الأوقات خلال اليوم والمدد الأقصر من يوم.",
    ),
    ("LANGUAGE", "Names of languages.", "أسماء اللغات."),
    ("WEBSITE", "Websites and their addresses.", "المواقع الإلكترونية وعناوينها."),
    ("LAW", "Named laws, treaties and agreements.", "القوانين والمعاهدات والاتفاقيات المسماة."),
    ("PRODUCT", "Products: objects, vehicles, software.", "المنتجات: الأشياء والمركبات والبرامج."),
    ("CARDINAL", "Numbers that no other type covers.", "الأعداد التي لا يشملها نوع آخر."),
    ("ORDINAL", "Ordinal numbers (first, second).", "الأعداد الترتيبية (الأول، الثاني)."),
    ("PERCENT", "Percentages.", "النسب المئوية."),
    (
        "QUANTITY",
        "Measurements: weight, distance, area.",
        "الكميات والمقاييس: الوزن والمسافة والمساحة.",
    ),
    ("UNIT", "Units of measurement (kilometre, ton).", "وحدات القياس (كيلومتر، طن)."),
    ("MONEY", "Amounts of money with their currency.", "المبالغ المالية مع عملتها."),
    ("CURR", "Names of currencies (dollar, dinar).", "أسماء العملات (الدولار، الدينار)."),
]

PRESETS: dict[str, tuple[PresetLabel, ...]] = {
    "conll2003": _preset(_four("PER")),
    "anercorp": _preset(_four("PERS")),
    "wojood": _preset(WOJOOD),
}


def preset_names() -> list[str]:
    return sorted(PRESETS)


def next_color(used: set[str]) -> str:
    """The first palette colour not in ``used`` (lower-case hex); cycles when all are used."""
    for color in PALETTE:
        if color not in used:
            return color
    return PALETTE[len(used) % len(PALETTE)]
