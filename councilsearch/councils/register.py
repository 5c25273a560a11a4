"""The council register: every English and Welsh principal council, by code and by name.

Built from a published source, not from the documents: the ONS lower-tier to upper-tier
local authority lookup of April 2021 (see ``councilsearch.councils.data``), with the
structural reorganisations since applied as a dated table. Each council has a stable id (its
ONS GSS code), a tier (county, district, unitary, metropolitan, london_borough), its
upper-tier council (its county for a district; itself for a single-tier council) and, when a
reorganisation ended it, its last day and its successors.

Welsh councils are the 22 principal areas of the lookup (single tier, so "unitary"). Scottish
and Northern Irish councils are not in the lookup, so they are not in the register: a name of
theirs resolves to nothing, never to a guess.

Names resolve the way papers print them, case-insensitively and ignoring punctuation:
"Wyvernmoor County Council", "Wyvernmoor CC", "Wyvernmoor", "the London Borough of X",
"Royal Borough of X", "X City Council", "X District Council", "City of X Council",
"Council of the Isles of X". The words used decide between authorities that share a stem:
"County Council" only ever names a county or a single-tier county council, "City Council" or
"District Council" never a county, "London Borough of" only a London borough. A date (the
paper's) picks, among councils of one name, the one that existed on it; without a date the
current one is preferred to an abolished one.
"""

from __future__ import annotations

import datetime
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from functools import lru_cache

from councilsearch.councils.data import TIER_BY_PREFIX, Authority, authorities

NATION_BY_LETTER = {"E": "England", "W": "Wales"}

# Words after a name that say what kind of council it is, longest first: (words, kind, as printed)
_SUFFIXES: tuple[tuple[str, str | None, str], ...] = (
    ("metropolitan borough council", "metropolitan", "Metropolitan Borough Council"),
    ("metropolitan district council", "metropolitan", "Metropolitan District Council"),
    ("county borough council", "county_borough", "County Borough Council"),
    ("city and district council", "city", "City and District Council"),
    ("county council", "county", "County Council"),
    ("city council", "city", "City Council"),
    ("borough council", "borough", "Borough Council"),
    ("district council", "district", "District Council"),
    ("council", None, "Council"),
    ("corporation", None, "Corporation"),
    ("mbc", "metropolitan", "Metropolitan Borough Council"),
    ("cbc", "county_borough", "County Borough Council"),
    ("cc", "cc", ""),  # County Council or City Council: the council it resolves to decides
    ("bc", "borough", "Borough Council"),
    ("dc", "district", "District Council"),
)
# Words before a name: (words, kind, as printed)
_PREFIXES: tuple[tuple[str, str, str], ...] = (
    ("london borough of", "london", "London Borough of"),
    ("royal borough of", "royal", "Royal Borough of"),
    ("metropolitan borough of", "metropolitan", "Metropolitan Borough of"),
    ("city and county of", "city", "City and County of"),
    ("council of the", "any", "Council of the"),
    ("borough of", "borough", "Borough of"),
    ("county of", "county", "County of"),
    ("city of", "city", "City of"),
)
# Which tiers each kind of name may name
_COMPATIBLE: dict[str | None, tuple[str, ...]] = {
    None: ("county", "district", "unitary", "metropolitan", "london_borough"),
    "any": ("county", "district", "unitary", "metropolitan", "london_borough"),
    "county": ("county", "unitary"),
    "county_borough": ("unitary",),
    "city": ("district", "unitary", "metropolitan", "london_borough"),
    "borough": ("district", "unitary", "metropolitan", "london_borough"),
    "district": ("district", "metropolitan", "unitary"),
    "metropolitan": ("metropolitan",),
    "london": ("london_borough",),
    "royal": ("london_borough", "unitary"),
}
_INVERTED = re.compile(r"^(?P<base>.+),\s*(?P<kind>City|County) of$")


def short_names(area: str) -> tuple[str, ...]:
    """Names an area goes by that its ONS name implies: the initials of an area named for three
    or more places ("Bournemouth, Christchurch and Poole" -> "BCP"). Other everyday names (a
    city called by the second half of its name) follow no rule and are not guessed."""
    parts = [p.strip() for p in re.split(r",|\band\b", area) if p.strip()]
    if len(parts) >= 3 and all(p[:1].isupper() for p in parts):
        return ("".join(p[0] for p in parts),)
    return ()


def normalise(name: str) -> str:
    """A name as compared: lower case, "&" as "and", no punctuation, single spaces, no
    leading "the" ("The London Borough of X" -> "london borough of x")."""
    s = name.lower().replace("&", " and ")
    s = re.sub(r"['’`.]", "", s)
    s = re.sub(r"[^a-z0-9]+", " ", s).strip()
    return re.sub(r"^the\s+", "", s)


@dataclass(frozen=True)
class Council:
    """One council of the register."""

    code: str  # ONS GSS code: the stable id
    area: str  # its area's name ("Bristol" for ONS's "Bristol, City of")
    tier: str  # county | district | unitary | metropolitan | london_borough
    upper_code: str  # its upper-tier council's code (its own when single tier)
    nation: str = "England"
    city: bool = False  # ONS names the area "X, City of"
    valid_from: datetime.date | None = None
    valid_to: datetime.date | None = None  # last day it existed
    successors: tuple[str, ...] = ()
    order: str = ""  # the legislation that created or abolished it

    @property
    def name(self) -> str:
        """A name for the council built from the register's facts alone (the register does not
        hold councils' own styles, such as borough or city status)."""
        if self.tier == "county":
            return f"{self.area} County Council"
        if self.tier == "london_borough":
            return f"{self.area} Corporation" if self.area.startswith("City of ") else f"London Borough of {self.area}"
        return f"{self.area} City Council" if self.city else f"{self.area} Council"

    @property
    def single_tier(self) -> bool:
        return self.upper_code == self.code

    def valid_on(self, day: datetime.date) -> bool:
        return (self.valid_from is None or self.valid_from <= day) and (self.valid_to is None or day <= self.valid_to)


@dataclass(frozen=True)
class Resolved:
    """A name resolved: the council, and the name to show for it (the register's spelling of
    the area with the type words the text used, "Kent CC" -> "Kent County Council")."""

    council: Council
    name: str


def _as_date(on: datetime.date | str | None) -> datetime.date | None:
    if on is None or isinstance(on, datetime.date):
        return on
    try:
        return datetime.date.fromisoformat(on[:10])
    except ValueError:
        return None


def _tidy(words: str) -> str:
    words = re.sub(r"\s+", " ", words).strip(" ,")
    letters = [c for c in words if c.isalpha()]
    if letters and all(c.isupper() for c in letters) and len(letters) > 3:
        words = re.sub(r"\b(Of|Upon|On|And|In|Under|With|The)\b", lambda m: m.group(0).lower(), words.title())
    return words


def _parses(name: str) -> list[tuple[str, str | None, str, str]]:
    """The readings of a name, most specific first: (area key, kind, prefix as printed,
    suffix as printed)."""
    s = normalise(name)
    out: list[tuple[str, str | None, str, str]] = []
    suffix_kind: str | None = None
    suffix_text = ""
    rest = s
    for words, kind, printed in _SUFFIXES:
        if s == words or not s.endswith(" " + words):
            continue
        rest, suffix_kind, suffix_text = s[: -len(words) - 1].strip(), kind, printed
        break
    for words, kind, printed in _PREFIXES:
        if rest.startswith(words + " ") and len(rest) > len(words) + 1:
            combined = kind if suffix_kind in (None, "cc") or kind == "any" else suffix_kind
            out.append((rest[len(words) + 1 :], combined, printed, suffix_text))
    out.insert(0, (rest, suffix_kind, "", suffix_text))
    return out


class Register:
    """Councils by code and by name."""

    def __init__(self, items: Iterable[Authority] | None = None) -> None:
        rows = list(authorities() if items is None else items)
        self._by_code: dict[str, Council] = {}
        self._by_key: dict[str, list[Council]] = {}
        self._area_rx: re.Pattern[str] | None = None
        for a in rows:
            m = _INVERTED.match(a.area)
            area = m.group("base").strip() if m else a.area
            c = Council(
                code=a.code, area=area, tier=TIER_BY_PREFIX.get(a.code[:3], "unitary"), upper_code=a.upper_code,
                nation=NATION_BY_LETTER.get(a.code[:1], ""), city=bool(m and m.group("kind") == "City"),
                valid_from=a.valid_from, valid_to=a.valid_to, successors=a.successors, order=a.order,
            )
            self._by_code[c.code] = c
            keys = {normalise(area)}
            if m:
                keys.add(normalise(f"{m.group('kind')} of {area}"))
            if area.startswith("County "):  # "County Durham" is "Durham County Council"
                keys.add(normalise(area[len("County ") :]))
            keys.update(normalise(alias) for alias in short_names(area))
            for key in keys:
                self._by_key.setdefault(key, []).append(c)

    def __len__(self) -> int:
        return len(self._by_code)

    def __iter__(self) -> Iterator[Council]:
        return iter(self._by_code.values())

    def by_code(self, code: str) -> Council | None:
        return self._by_code.get(code.strip().upper())

    def upper(self, council: Council) -> Council:
        """The upper-tier council: a district's county; a single-tier council itself."""
        return self._by_code.get(council.upper_code, council)

    def successors(self, council: Council) -> list[Council]:
        return [self._by_code[c] for c in council.successors if c in self._by_code]

    def councils(self, on: datetime.date | str | None = None) -> list[Council]:
        """Every council (existing on ``on`` when given), by code."""
        day = _as_date(on)
        return [c for c in self._by_code.values() if day is None or c.valid_on(day)]

    def area_names(self) -> dict[str, list[Council]]:
        """Each name an area goes by (as printed, e.g. "Bristol", "BCP") -> its councils."""
        out: dict[str, list[Council]] = {}
        for c in self._by_code.values():
            for name in (c.area, *short_names(c.area)):
                out.setdefault(name, []).append(c)
        return out

    def area_pattern(self) -> re.Pattern[str]:
        """A pattern matching any area name as printed (whole words, case-sensitive)."""
        if self._area_rx is None:
            names = sorted(self.area_names(), key=len, reverse=True)
            self._area_rx = re.compile(r"(?<![\w-])(?:" + "|".join(re.escape(n) for n in names) + r")(?![\w-])")
        return self._area_rx

    def lookup(self, name: str, on: datetime.date | str | None = None) -> Council | None:
        """The council ``name`` names (None when it names none, or more than one)."""
        got = self.resolve(name, on)
        return got.council if got else None

    def resolve(self, name: str, on: datetime.date | str | None = None) -> Resolved | None:
        """The council ``name`` names and the name to show for it, or None."""
        if re.fullmatch(r"\s*[EW]\d{8}\s*", name):
            c = self.by_code(name)
            return Resolved(c, c.name) if c else None
        day = _as_date(on)
        for key, kind, prefix, suffix in _parses(name):
            council = self._pick(self._by_key.get(key, []), kind, day)
            if council is not None:
                return Resolved(council, self._shown(name, key, council, kind, prefix, suffix))
        return None

    def _pick(self, found: list[Council], kind: str | None, day: datetime.date | None) -> Council | None:
        tiers = _COMPATIBLE["county" if kind == "cc" else kind]
        fits = [c for c in found if c.tier in tiers]
        if not fits and kind == "cc":
            fits = [c for c in found if c.tier in _COMPATIBLE["city"]]
        if day is not None:
            fits = [c for c in fits if c.valid_on(day)] or fits
        if len(fits) > 1 and kind is not None:  # "County Council" names the county before a unitary
            fits = [c for c in fits if c.tier == tiers[0]] or fits
        if len(fits) > 1:
            fits = [c for c in fits if c.valid_to is None] or fits
        return fits[0] if len({c.code for c in fits}) == 1 else None

    def _shown(self, name: str, key: str, c: Council, kind: str | None, prefix: str, suffix: str) -> str:
        if not prefix and not suffix and kind != "cc":
            return c.name
        area = c.area if key == normalise(c.area) else _area_as_printed(name, key) or c.area
        if kind == "cc":  # "X CC": a county's is its County Council, a district's its City Council
            if c.tier == "unitary" and not c.city:
                return c.name  # a single-tier council may be either: the register cannot tell
            suffix = "County Council" if c.tier == "county" else "City Council"
        if prefix == "Council of the" or (suffix == "Council" and prefix.endswith("Borough of")):
            suffix = ""
        return " ".join(w for w in (prefix, area, suffix) if w)


def _area_as_printed(name: str, key: str) -> str | None:
    """The words of ``name`` that spell the area ``key``, tidied ("KENT" -> "Kent")."""
    words = name.split()
    for i in range(len(words)):
        for j in range(len(words), i, -1):
            if normalise(" ".join(words[i:j])) == key:
                return _tidy(" ".join(words[i:j]))
    return None


@lru_cache(maxsize=1)
def default_register() -> Register:
    """The register built from the installed ONS lookup (once per process)."""
    return Register()
