"""Places, from what the document itself says: the place in a council's name ("Example and
Sample Borough Council" -> Example, Sample, Example and Sample), the places the model found,
the town a public building is named for ("Example Library", "Example High School",
"Example Depot"), other names listed with a known place ("Example, Sample and Other"), the
town after a building in an address ("Example House, Sampleton"), "north of Example" and "in
Example", "through Example", "buses to Example" (a preposition of place or a way to a place, no
article; and the name joined to it by "and" that ends the list: "at Example Quay and Sample
Fields"), the places a list of councils in lower case serves ("Example and Sample city
councils"), a street after a house number or a preposition ("12 Example Road", "on Sample Lane")
a conservation area, a building or site named as one ("Example House", "Sample Court", "Example
Lane Cemetery", "Sample Wharf"), the places after "the villages of", "the parish of", and the
wards and electoral divisions named in lower case ("Example North ward", "the Sample Vale
division"). Each
such name is then a place (GPE) wherever the document writes it on its own, and a name the
document uses as a place is not a person."""

from __future__ import annotations

import bisect
import itertools
import re

from councilsearch.extract.entities.candidates import Cand, DocContext
from councilsearch.extract.entities.domain import COMMON_CAPS, COUNCIL_TYPES, ROLE_WORDS, TITLE_SET, word_set
from councilsearch.extract.entities.shapes import head_type, is_place_head, last_head_type

_COUNCIL_WORDS = re.compile(
    r"^(?:the\s+)?(?:(?:[A-Z][a-z]+\s+)?(?:Borough|City|County|District)\s+of\s+)?|"
    r"(?:\s+(?:Metropolitan|Borough|City|County|District|Town|Parish|Unitary|Combined))*\s+Councils?$",
    re.I,
)
_NAME = r"[A-Z][a-z][A-Za-z'’]*(?:[ -](?:upon|on|in|le|de|la|by|under|of)?[ -]?[A-Z][a-z][A-Za-z'’]*){0,2}"
# a list of names ("Example", "Example and Sample", "Example, Sample and Other"): the first, the
# middle ones after commas, the last after "and"
_NAMES = r"(?<![\w-])(" + _NAME + r")((?:,[ \t]*" + _NAME + r")*)(?:[ \t]*,?[ \t]+(?:and|&)[ \t]+(" + _NAME + r"))?"
_LIST = re.compile(r"(?<![\w-])(" + _NAME + r")((?:,\s*" + _NAME + r")*)\s*(?:,\s*)?(?:and|&)\s+(" + _NAME + r")(?![\w-])")
_COMPASS = re.compile(r"\b(?:north|south|east|west|north-east|north-west|south-east|south-west)(?:ern)?\s+of\s+(" + _NAME + r")")
# "lead pipes remain in Example Fold", "across Sample": a name after a preposition of place, with
# no article and no possessive ("in Jane Doe's absence"), is where something is
_LOCATIVE = re.compile(
    r"\b(?:in|at|across|throughout|around|near|within|outside|through|residents?[ \t]+of|"
    r"(?:villages?|towns?|hamlets?|parish(?:es)?|suburbs?|the[ \t]+city)[ \t]+of|"
    r"(?:routes?|bus(?:es)?|journeys?|trips?|links?|connections?)[ \t]+(?:to|from))[ \t]+(" + _NAME
    + r")(?![\w-]|[ \t]*['’]s\b|[ \t]+[A-Z])"
)
# the end of a list of places after a preposition ("at Example Quay and Sample Fields.", "to Example
# Cross and Sample End will ..."): a clause goes on, not a person's deeds ("and Jane Doe attended")
_LIST_END = re.compile(
    r"[ \t]*(?:[.,;:)\n]|$)|[ \t]+(?:would|will|could|should|to|in|on|for|from|with|where|which|as|is|are|was|"
    r"were|and|or|by)\b"
)
# "Example and Sample city councils", "Example county and district councils": a list of names
# before councils in lower case names the places those councils serve
_KINDS = r"(?:city|county|district|borough|town|parish|unitary)"
_COUNCILS_OF = re.compile(
    _NAMES
    + r"[ \t]+(?:" + _KINDS + r"[ \t]+(?:(?:and|&)[ \t]+" + _KINDS + r"[ \t]+)?)councils?\b"
)
# a street after a house number, a preposition or "the" ("14 Example Street", "of Sample Row", "on
# Example Lane", "since the Example Lane works began": no person's name follows "the"), and a
# conservation area: where something is, wherever the text names it
_STREET = re.compile(
    r"(?:\b(?:of|on|in|at|off|along|near|from|to|into|via)[ \t]+(?:the[ \t]+)?|\b[Tt]he[ \t]+"
    r"|(?<![\w.,£$%-])\d{1,4}[A-Za-z]?,?[ \t]+)"
    r"((?:[A-Z][a-z][\w'’]*[ \t]+){1,2}(?:Street|Road|Lane|Row|Avenue|Crescent|Terrace|Close|Drive|Walk|Square|"
    r"Gardens|Mews|Parade|Rise|Way|Hill)|(?:[A-Z][a-z][\w'’]*[ \t]+){1,3}Conservation[ \t]+Area)(?![\w'’-]|[ \t]+[A-Z])"
)
# "Councillor Doe (Example North ward)", "Example and Sample wards", "the Example Vale division":
# the names before a ward or an electoral division in lower case are the places it covers
_WARDS = re.compile(
    _NAMES
    + r"[ \t]+(?:wards?|(?:electoral[ \t]+)?divisions?)\b"
)
# "the Example site", "the Sample Road footbridge", "the Example and Sample Fold leisure centres",
# "the Example catchment": a name before a kind of place in lower case is the place it is at (a
# building's own name has its head in capitals: "Example Leisure Centre")
_SITE_NOUNS = (
    r"sites?|footbridges?|bridges?|junctions?|roundabouts?|crossings?|car[ \t]+parks?|town[ \t]+centres?|"
    r"villages?|parish(?:es)?|estates?|catchments?|seafront|leisure[ \t]+centres?|recreation[ \t]+grounds?|"
    r"playing[ \t]+fields|allotments|neighbourhoods?|corridors?|area"
)
_SITES = re.compile(
    _NAMES
    + r"[ \t]+(?:" + _SITE_NOUNS + r")\b"
)
_OPENS = re.compile(r"(?:^|[\t\n]|[.!?][ \t]+)$")
_AND_NAME = re.compile(r"[ \t]+and[ \t]+(" + _NAME + r")(?![\w-]|[ \t]*['’]s\b|[ \t]+[A-Z])")
# a place head that names an area, not a building or a street: "homes at Example Wharf" is a place
_AREA_HEADS = word_set("wharf quay green hill field fields wood park estate grange farm bridge")
# "Example and Sample in May": the last item of a list runs on into "in May"; cut it there
_LINKED = re.compile(r"[ -](?:upon|on|in|le|de|la|by|under|of)[ -]")
# "Example Farm, Sampleton.", "at Example Farm, Sampleton, was allowed", a table cell "new
# school, Sampleton": the town after a building or a kind of building
_ADDRESS = re.compile(
    r"([A-Z][A-Za-z'’]+),[ \t]+(" + _NAME + r")(?=[ \t]*(?:[.;:)\n*\t]|on\b|$)|,[ \t]+(?:was|were|is|are|has|had|"
    r"which|where|will|would)\b)|([a-z]+),[ \t]+(" + _NAME + r")(?=[ \t]*(?:\t|\n|$))",
    re.M,
)
# a street between commas in an address ("Town Hall, Example Street, Sampleton")
_ADDRESS_STREET = re.compile(
    r",[ \t]+((?:[A-Z][a-z][\w'’]*[ \t]+){1,2}(?:Street|Road|Lane|Row|Avenue|Crescent|Terrace|Close|Drive|Walk|"
    r"Square|Gardens|Mews|Parade|Rise|Way|Hill)),[ \t]+[A-Z]"
)
# public buildings named after the town they serve: "Example Library", "Example and Sample Libraries"
_TOWN_BUILDING = re.compile(
    r"(?<![\w-])(" + _NAME + r")(?:\s+and\s+(" + _NAME + r"))?\s+"
    r"(?:Library|Libraries|Depot|Station|High\s+School|Community\s+College|Hospital|Hospitals|Town\s+Hall|"
    r"(?i:leisure\s+centres?|libraries|depots|hospitals|community\s+centres?))\b"
)
# a building or a site named as one: "Example House", "Sample Court", "Example Lane Cemetery",
# "Sample Mills", "Example Wharf" (not a hall, a centre or a school: their names are surnames or
# the services run there)
_BUILDING = re.compile(
    r"(?<![\w'’-])((?:[A-Z][a-z][\w'’-]*[ \t]+){1,3}(?:House|Court|Cemetery|Crematorium|Mill|Mills|Wharf|Yard|Quay|"
    r"Depot))(?![\w'’-])"
)
_NOT_PLACE = COMMON_CAPS | ROLE_WORDS | TITLE_SET | frozenset(COUNCIL_TYPES) | {"Council", "Councils"}


def council_places(name: str) -> list[str]:
    """ "Example and Sample Borough Council" -> ["Example and Sample", "Example", "Sample"]."""
    if not re.search(r"\bCouncils?$", name):
        return []
    place = _COUNCIL_WORDS.sub("", name).strip()
    if not place or place.split()[0] in _NOT_PLACE:
        return []
    out = [place]
    if " and " in place:
        out += [p.strip() for p in place.split(" and ") if p.strip()]
    return out


def _plausible(name: str, ctx: DocContext, area: bool = False) -> bool:
    words = name.split()
    return (
        bool(words)
        and all(w not in _NOT_PLACE for w in words)
        and not all(ctx.common(w) for w in words)
        and head_type(words) is None
        and last_head_type(words) is None
        and (not is_place_head(words[-1]) or (area and len(words) > 1 and words[-1].lower() in _AREA_HEADS))
    )


def _listed(item: str, ctx: DocContext) -> str:
    """A list item as a place: whole, or cut before a linking word when whole it is no place."""
    if _plausible(item, ctx):
        return item
    return _LINKED.split(item)[0]


def find_places(text: str, chosen: list[Cand], ctx: DocContext) -> list[Cand]:
    for c in chosen:  # "the Example Mosses", "the Sample Beck catchment": no person follows "the"
        if c.label == "PERSON" and c.priority < 2 and re.search(r"\bthe[ \t]+$", text[max(0, c.start - 8) : c.start], re.I):
            c.label, c.title, c.role = "GPE", None, None
    known: set[str] = set()  # places the text itself shows to be places
    for c in chosen:
        if c.label == "ORG":
            known.update(council_places(c.normalised))
    for m in _TOWN_BUILDING.finditer(text):
        known.update(g for g in m.groups() if g and len(g.split()) == 1)
    for m in _COMPASS.finditer(text):
        known.add(m.group(1))
    for m in _COUNCILS_OF.finditer(text):
        known.update(g for g in (m.group(1), *re.findall(_NAME, m.group(2) or ""), m.group(3)) if g)
    areas: set[str] = set()
    sites: set[str] = set()
    for m in _LOCATIVE.finditer(text):
        name = m.group(1)
        words = name.split()
        if m.group().startswith("at") and any(ctx.common(w) for w in words[:-1] if w.isalpha()):
            continue  # "cases at Example Advice Sampleton": a body named by what it does, not a place
        known.add(name)
        if _plausible(name, ctx, area=True):
            areas.add(name)
        elif len(words) > 1 and is_place_head(words[-1]) and _plausible(" ".join(words[:-1]), ctx):
            sites.add(name)  # "a hub at Example Yard": where something is, so not a person
        nxt = _AND_NAME.match(text, m.end())  # "at Example and Sample Lane": both are where
        if nxt and len(nxt.group(1).split()) > 1 and is_place_head(nxt.group(1).split()[-1]):
            sites.add(nxt.group(1))
        elif nxt and _plausible(nxt.group(1), ctx, area=True) and _LIST_END.match(text, nxt.end()):
            areas.add(nxt.group(1))  # "flats at Example Quay and Sample Fields."
    for m in _WARDS.finditer(text):
        for name in (m.group(1), *re.findall(_NAME, m.group(2) or ""), m.group(3)):
            if name and not _plausible(name, ctx, area=True):
                name = _LINKED.split(name)[-1]  # "Members of Example ward": the ward is the last part
            if name and _plausible(name, ctx, area=True):
                areas.add(name)
    for m in _SITES.finditer(text):
        if " " not in m.group(1) and _OPENS.search(text, max(0, m.start() - 3), m.start()):
            continue  # "Skate area closures" opening a row: a capital that opens a line, not a name
        for name in (m.group(1), *re.findall(_NAME, m.group(2) or ""), m.group(3)):
            if name and name.split()[0] in ("The", "A", "An"):  # "The Example site will ...": a sentence's start
                name = " ".join(name.split()[1:])
            if name and _plausible(name, ctx, area=True):
                areas.add(name)
            elif name and len(name.split()) > 1 and is_place_head(name.split()[-1]) and _plausible(" ".join(name.split()[:-1]), ctx):
                sites.add(name)  # "the Example Road site"
    for m in _BUILDING.finditer(text):
        title = re.search(r"([\w.]+)[ \t]+$", text[max(0, m.start() - 14) : m.start()])
        words = m.group(1).split()
        if (title and title.group(1) in TITLE_SET) or set(words) & TITLE_SET:
            continue  # "Councillor Jane Court": a person
        while len(words) > 2 and not _plausible(" ".join(words[:-1]), ctx) and not is_place_head(words[-2]):
            words = words[1:]  # "Moving staff into Example House": the name is the last words
        owner = words[:-2] if len(words) > 2 and is_place_head(words[-2]) else words[:-1]  # "Example Lane Cemetery"
        if _plausible(" ".join(owner), ctx):
            sites.add(" ".join(words))
    for m in itertools.chain(_STREET.finditer(text), _ADDRESS_STREET.finditer(text)):
        if not set(m.group(1).split()) & _NOT_PLACE:
            sites.add(" ".join(m.group(1).split()))
    for m in _ADDRESS.finditer(text):
        building, town = (m.group(1), m.group(2)) if m.group(1) else (m.group(3), m.group(4))
        if is_place_head(building):
            known.add(town)
    people = {c.normalised for c in chosen if c.label == "PERSON" and c.priority >= 2}
    model = {c.normalised for c in chosen if c.label in ("GPE", "LOC") and len(c.normalised.split()) <= 3}
    for m in _LIST.finditer(text):  # "Example, Sample and Other": listed with a known place
        items = [_listed(i, ctx) for i in (m.group(1), *re.findall(_NAME, m.group(2) or ""), m.group(3))]
        if any((i in known and _plausible(i, ctx)) or i in model for i in items):  # "in June, and Jane Doe": no place
            known.update(i for i in items if _plausible(i, ctx) and i not in people)
    known = {k for k in known if _plausible(k, ctx)} | areas
    for c in chosen:  # the model's "person" where the text says something is
        if c.label == "PERSON" and c.priority < 2 and not c.title and c.normalised in sites:
            c.label, c.role = "GPE", None
    known |= sites
    for c in chosen:
        if c.label in ("PERSON", "ORG") and c.priority < 2 and c.normalised in known:
            c.label, c.title, c.role = "GPE", None, None  # the model's "east of Example Town"
        elif c.label == "ORG" and c.normalised in sites and not head_type(c.normalised.split()):
            c.label = "GPE"  # "rent review at Example Yard units": a site, whatever typed it a body
    known |= {k for k in model if _plausible(k, ctx) and k not in people}
    if not known:
        return []
    taken = sorted(c.occupied for c in chosen)
    out: list[Cand] = []
    pat = re.compile(r"(?<![\w-])(" + "|".join(map(re.escape, sorted(known, key=len, reverse=True))) + r")(?![\w-])")
    weak = {c.occupied for c in chosen if c.priority < 2 and c.label in ("PERSON", "ORG")}
    reach = list(itertools.accumulate((b for _, b in taken), max))  # the furthest end so far
    for m in pat.finditer(text):
        s, e = m.span()
        # a weak guess inside the place ("Example" of "Example Fold") gives way to it; only
        # spans starting before e can overlap, and none of them does if none reaches past s
        k = bisect.bisect_left(taken, (e,))
        if k and reach[k - 1] > s and any(
            s < b and not ((a, b) in weak and s <= a and b <= e) for a, b in itertools.islice(taken, k)
        ):
            continue
        nxt = re.match(r"[ \t]+([A-Z][\w'’-]*)", text[e:])
        if nxt and (nxt.group(1) in ROLE_WORDS or head_type(["X", nxt.group(1)])):
            continue  # "Example Council", "Example Local Plan" belong to other entities
        out.append(Cand(s, e, "GPE", m.group(), 1, (s, e)))
    return out
