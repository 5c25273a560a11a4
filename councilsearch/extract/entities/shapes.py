"""What kind of thing a name is, from the shape of the name alone: its head noun.

"Example Flood Agency", "Bank of Atlantis", "Institute for Coastal Studies" and "Ministry of
Silly Walks" are organisations because of the noun that heads them (the last word, or the
word before the first "of"/"for"); "Harbour Access Review", "Example Growth Plan" and
"Example Works Programme" are programmes; "Example Audit Committee" and "Example Board" are
committees. Heads are
matched case- and plural-insensitively ("SERVICES", "Authorities"). Generic vocabulary only:
no proper name is listed here.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from councilsearch.extract.entities.domain import word_set as _words

ORG_HEADS = _words(
    "ministry department agency office authority council trust institute institution centre "
    "center association network partnership commission bank service regulator university "
    "college police constabulary foundation society unit company corporation treasury "
    "inspectorate ombudsman charity federation alliance consortium limited ltd plc llp cic llc "
    "organisation organization library museum gallery theatre archive school academy hub"
)
PROGRAMME_HEADS = _words(
    "programme program plan strategy review challenge initiative scheme project fund framework "
    "priorities compact deal pathway wage grant policy statement standards charter reserve chest "
    "protocol covenant standard credit register"
)
# heads that name a programme only as the last word: "Grant of planning permission" is an act,
# "Statement of Accounts" a document
FINAL_ONLY_HEADS = _words("grant grants statement statements")
# heads that name a body only with a proper name before them ("Example Bank School", "Sample
# Youth Hub"); "Special School", "Advice Hub" are kinds of place or service
PROPER_ONLY_HEADS = _words("school academy hub")
# lower-case words that make the capitalised name before them a programme's ("the Example
# Renewal reforms", "the Sample Burdens grant"); a capitalised "Grant" heads a name of its own
# ("Example Schools Grant": a funding stream, a programme), "Reform" does not
DESCRIPTOR_HEADS = _words("grant grants reform reforms")
COMMITTEE_HEADS = _words("committee board panel forum assembly subcommittee")
# a name followed by one of these is a building or a street, not a person
PLACE_HEADS = _words(
    "house hall road street lane avenue way close drive crescent terrace square place gardens "
    "rise mews row grove hill view walk parade yard wharf quay "
    "park centre center court farm grange green estate library museum building buildings depot "
    "station school academy church chapel hospital surgery bridge wharf field fields wood "
    "rd st ave primary junior infant infants nursery block"
)
# a company's legal form: the last word of its name, whatever its case ("Example Group plc")
LEGAL_FORMS = _words("limited ltd plc llp cic llc")
# a group named for what it is a friend of: an organisation only before "of" ("Friends of Example
# Park"; "Jane Friend" is a person)
OF_HEADS = _words("friends")
_CONNECT = frozenset({"of", "for"})
# a commission that scrutinises is a committee of the council, not a body of its own
_COMMITTEE_MODS = frozenset({"scrutiny", "overview"})


def fold(word: str) -> str:
    """A word lower-cased, without a possessive, in the singular: "Authorities" -> "authority"."""
    w = re.sub(r"['’]s?$", "", word.lower())
    if w.endswith("ies") and len(w) > 4:
        return w[:-3] + "y"
    if w.endswith("sses") or w.endswith("ches") or w.endswith("shes"):
        return w[:-2]
    if w.endswith("s") and not w.endswith("ss") and len(w) > 3:
        return w[:-1]
    return w


def _kind(word: str) -> str | None:
    if word in DESCRIPTOR_HEADS:
        return "PROGRAMME"
    w = word.lower()
    if w in PROGRAMME_HEADS:  # "priorities" is a head as it is
        return "PROGRAMME"
    f = fold(word)
    if f in COMMITTEE_HEADS:
        return "COMMITTEE"
    if f in ORG_HEADS:
        return "ORG"
    if f in PROGRAMME_HEADS:
        return "PROGRAMME"
    return None


def head_type(words: Sequence[str]) -> str | None:
    """ORG, PROGRAMME, COMMITTEE or None for a name given as its words.

    "X of/for Y" is typed by the word before the first "of"/"for" ("Bank of Atlantis": ORG;
    "Head of Service", "Director of Example Services": None, since a role heads them); a
    council's name ends in "Council" whatever comes before ("North Riding of Exampleshire Council")."""
    ws = [w for w in words if w and w not in ("-", "–", ",", "&")]
    if len(ws) < 2:
        return None
    low = [w.lower() for w in ws]
    if fold(ws[-1]) == "council":
        return "ORG"
    for i, w in enumerate(low):
        if w in _CONNECT:
            if i > 0 and w == "of" and low[i - 1] in OF_HEADS:
                return "ORG"
            return _kind(ws[i - 1]) if i > 0 and low[i - 1] not in FINAL_ONLY_HEADS else None
    kind = _kind(ws[-1])
    if kind == "ORG" and fold(ws[-1]) == "commission" and any(w in _COMMITTEE_MODS for w in low):
        return "COMMITTEE"
    return kind


def surname_head(words: Sequence[str], common: Callable[[str], bool]) -> bool:
    """ "Jane Grant": a head that is also a surname heads a name only after two words or more, or
    after a word the document also writes in lower case ("Schools Grant": "schools"); ``common``
    says which."""
    ws = [w for w in words if w[:1].isalpha()]
    return (
        len(ws) == 2 and fold(ws[-1]) in FINAL_ONLY_HEADS and ws[-1][:1].isupper() and not common(ws[0])
    )


def last_head_type(words: Sequence[str]) -> str | None:
    """The type a name's last word gives it (for a match that is known to end in a head:
    "Supply of Example Homes Programme" is a programme though "of" comes first)."""
    ws = [w for w in words if w and w not in ("-", "–", ",", "&")]
    if not ws:
        return None
    kind = _kind(ws[-1])
    low = {w.lower() for w in ws}
    if kind == "ORG" and fold(ws[-1]) == "commission" and low & _COMMITTEE_MODS:
        return "COMMITTEE"
    return kind


# building words that are never surnames (unlike Hall, Green, Wood, Field, Lane)
_NEVER_SURNAMES = _words(
    "house road street avenue centre center library depot station school academy hospital building "
    "buildings estate gardens rd st ave mews primary block"
)


def is_place_head(word: str) -> bool:
    return word.lower() in PLACE_HEADS or fold(word) in PLACE_HEADS


def never_a_surname(word: str) -> bool:
    """ "Sample Vale House": the last word is a building, so the name is not a person's."""
    return word.lower() in _NEVER_SURNAMES or fold(word) in _NEVER_SURNAMES


_RUN_AFTER = re.compile(r"[ \t]+((?:[A-Z][\w'’-]*[ \t]+){0,3}[A-Z][\w'’.-]*)|,[ \t]*[A-Z][\w'’-]*[ \t]+([A-Z][\w'’.]*)")


_BUILDING_AFTER = re.compile(
    r"[ \t]+(?:[a-z]+[ \t]+)?(?:block|building|site|depot|library|school|road|street|centre|estate)s?\b"
)


def followed_by_place(text: str, end: int) -> bool:
    """The capitalised words after ``end`` name a building or street ("… House", "… Relief
    Road", "…, Example Rd"): the name before them is a place, not a person."""
    if _BUILDING_AFTER.match(text, end):
        return True  # "Example Firs living block", "Example Vale site"
    m = _RUN_AFTER.match(text, end)
    if not m:
        return False
    words = (m.group(1) or m.group(2) or "").split()
    return any(is_place_head(w.rstrip(".")) for w in words)


_FIGURE_AFTER = re.compile(r"[ \t]*\(?[£$€]|\t+[-(]?[£$€]?\d")


_HOUSE_NUMBER = re.compile(r"(?:^|[\s,(])\d{1,4}[A-Za-z]?,?[ \t]+$")


def after_house_number(text: str, start: int) -> bool:
    """ "4 Example Rise": a name after a house number is a street."""
    return _HOUSE_NUMBER.search(text[max(0, start - 8) : start]) is not None


def followed_by_figure(text: str, end: int) -> bool:
    """ "Example Sums (£2.15m)", "Example Sums<TAB>1,586": a line item of a budget, not a person."""
    return _FIGURE_AFTER.match(text, end) is not None


_ROW_FIGURE = re.compile(r"\t[ \t]*[-+(]?[£$€]?\d")


def opens_table_row(text: str, start: int) -> bool:
    """ "Example Adults – Residential Care<TAB>187.4": a name that opens a line whose cells
    hold figures is a table's row label (a budget line), not a person."""
    ls = text.rfind("\n", 0, start) + 1
    if text[ls:start].strip():
        return False
    le = text.find("\n", start)
    return _ROW_FIGURE.search(text, start, le if le >= 0 else len(text)) is not None


def head_words() -> list[str]:
    """Every head noun in the forms a text may print it (lower case; the ruler matches LOWER)."""
    out: set[str] = set()
    for w in (ORG_HEADS | PROGRAMME_HEADS) - {"council"}:  # councils have a pattern of their own
        out.add(w)
        out.add(w[:-1] + "ies" if w.endswith("y") and w[-2] not in "aeiou" else w + "s")
    return sorted(out)


def pluralise(phrase: str) -> str:
    """ "Key Delivery Indicator" -> "Key Delivery Indicators"; "Strategy" -> "Strategies"."""
    if not phrase or phrase[-1] == "s":
        return phrase
    if phrase.endswith("y") and len(phrase) > 1 and phrase[-2] not in "aeiouAEIOU":
        return phrase[:-1] + "ies"
    if phrase.endswith(("x", "ch", "sh")):
        return phrase + "es"
    return phrase + "s"
