"""Programmes named by how the text uses them, not by a head noun.

- Names a document quotes and then calls a programme: "the ‘Bright Example Futures’ initiative",
  "the “Example First” programme". The quoted words are the name; the noun after the quotes
  (initiative, programme, scheme, …) says it is a programme.
- A name something is done *under*: "flats sold under the Example to Own",
  "Under the Example Safety Duty each landlord …". What one acts under is a scheme, duty or
  framework, never a person or a place; a body ("under the Example Trust") has a head noun of its
  own, and a law or a document's part ("under the Example Act 2011", "under the Code of …",
  "under the Example (Amendment) Regulations") is left alone.
- A programme named once with what it is ("known as Example Together": the programme, scheme or
  project so called) and then used bare ("Example Together has helped 300 households") is the
  same programme at every bare use: a name with no head noun is typed where it is introduced,
  and one name is one thing in a document (``carried_programmes``)."""

from __future__ import annotations

import re

from councilsearch.extract.entities.candidates import Cand, DocContext
from councilsearch.extract.entities.domain import COMMON_CAPS, word_set
from councilsearch.extract.entities.shapes import PROGRAMME_HEADS, fold, last_head_type

_HEADS = "|".join(sorted(PROGRAMME_HEADS | {h + "s" for h in PROGRAMME_HEADS if not h.endswith("s")}))
_QUOTED_RE = re.compile(
    r"[‘“'\"]((?:[A-Z][\w’'&-]*|and|of|for|in|the|to)(?:[ ](?:[A-Z][\w’'&-]*|and|of|for|in|the|to)){0,7})"
    r"[’”'\"][ \t]+(?i:" + _HEADS + r")\b"
)
# in typographic quotes a name may be in lower case: the “example funding” review
_CURLY_RE = re.compile(r"[‘“]([a-z][\w'-]*(?: [a-z][\w'-]*){1,3})[’”][ \t]+(?:" + _HEADS + r")\b")


def quoted_programmes(text: str) -> list[Cand]:
    out: list[Cand] = []
    for m in _QUOTED_RE.finditer(text):
        name = m.group(1)
        if not name[:1].isupper() or len(name) < 3:
            continue
        s, e = m.span(1)
        out.append(Cand(s, e, "PROGRAMME", " ".join(name.split()), 2, (s, e)))
    for m in _CURLY_RE.finditer(text):
        s, e = m.span(1)
        out.append(Cand(s, e, "PROGRAMME", m.group(1), 2, (s, e)))
    return out


_UNDER_RE = re.compile(
    r"\b[Uu]nder[ \t]+the[ \t]+([A-Z][\w-]*(?:[ \t]+(?:[A-Z][\w-]*|of|to|for|and|on))*)"
    r"(?![\w'’-]|[ \t]*[(\d]|[ \t]+[A-Z])"
)
# the heads of laws, documents and their parts: what one acts under, but no programme
_INSTRUMENTS = word_set(
    "act regulation order rule section part schedule article term code constitution contract agreement "
    "licence license lease policy protocol procedure"
)
_CONNECTORS = frozenset({"of", "to", "for", "and", "on"})


def governing_programmes(text: str) -> list[Cand]:
    """The names things are done under (see the module's note), as programmes."""
    out: list[Cand] = []
    for m in _UNDER_RE.finditer(text):
        words = m.group(1).split()
        while words and words[-1] in _CONNECTORS:
            words.pop()
        if len(words) < 2 or fold(words[-1]) in _INSTRUMENTS or all(w in COMMON_CAPS for w in words if w[0].isupper()):
            continue
        if last_head_type(words) in ("ORG", "COMMITTEE"):
            continue
        s = m.start(1)
        e = s + len(" ".join(words)) if " ".join(words) == text[s : s + len(" ".join(words))] else -1
        if e < 0:
            continue  # the name runs over a line or a tab: not one name
        out.append(Cand(s, e, "PROGRAMME", " ".join(words), 2, (s, e)))
    return out


_KIND = r"(?:programme|program|scheme|initiative|project|campaign|partnership|service|fund|network|pilot)"
# "the programme, known as Example Together,", "a project called Sample Steps": the name after it
_KNOWN_AS_RE = re.compile(
    r"\b" + _KIND + r"s?,?[ \t]+(?:(?:is|was|are|were)[ \t]+)?(?:known[ \t]+as|called|named|branded(?:[ \t]+as)?)[ \t]+"
    r"[‘“'\"]?((?:[A-Z][\w’'&-]*)(?:[ \t]+(?:[A-Z][\w’'&-]*|and|of|for|in|the|to)){0,5})(?<![ \t])",
    re.I,
)


# "bids go through Example Keys, a home-swap scheme for tenants": a name described in
# apposition as a scheme, programme, initiative, campaign or pilot (not "the scheme's sponsor")
_DESCRIBED_AS_RE = re.compile(
    r"((?:[A-Z][\w’'&-]*[ \t]+){0,3}[A-Z][\w’'&-]*),[ \t]+(?:the|a|an|its|our)[ \t]+(?:[a-z][\w-]*[ \t]+){0,4}"
    r"(?:scheme|programme|program|initiative|campaign|pilot)(?![\w'’-])"
)


def known_as_programmes(text: str) -> list[Cand]:
    """ "the programme, known as Example Together": the name a programme is said to be called; so
    is a name described as one in apposition ("Example Keys, a home-swap scheme ...")."""
    out: list[Cand] = []
    for m in _DESCRIBED_AS_RE.finditer(text):
        words = m.group(1).split()
        s = m.start(1)
        while words and words[0] in COMMON_CAPS:
            s += len(words.pop(0)) + 1
        if not words or last_head_type(words) in ("ORG", "COMMITTEE") or text[s : m.end(1)] != " ".join(words):
            continue  # a body described by what it runs; a name over a line
        out.append(Cand(s, m.end(1), "PROGRAMME", text[s : m.end(1)], 2, (s, m.end(1))))
    for m in _KNOWN_AS_RE.finditer(text):
        words = m.group(1).split()
        while words and not words[-1][:1].isupper():
            words.pop()
        if not words or not words[0][:1].isupper() or all(w in COMMON_CAPS for w in words):
            continue
        s = m.start(1)
        e = s + len(" ".join(words))
        if text[s:e] != " ".join(words):
            continue  # the name runs over a line
        out.append(Cand(s, e, "PROGRAMME", text[s:e], 2, (s, e)))
    return out


_BARE_LABELS = frozenset({"ORG", "PERSON", "GPE", "ACRONYM"})


def carried_programmes(chosen: list[Cand], ctx: DocContext) -> list[Cand]:
    """A programme whose name has no head noun (typed where the text introduces it: quoted
    before "programme", "known as …") is that programme wherever the name stands bare: the
    other readings of the same name (a body, a person, a place the model guessed) take its type,
    and uses nothing found are added. A name of one word counts only when the document never
    writes it in lower case; a titled person keeps being a person."""
    text = ctx.text
    names = {
        c.normalised for c in chosen
        if c.label == "PROGRAMME" and c.normalised == text[c.start : c.end] and last_head_type(c.normalised.split()) is None
        and (len(c.normalised.split()) > 1 or not ctx.common(c.normalised))
    }
    if not names:
        return chosen
    for c in chosen:
        if c.label in _BARE_LABELS and c.normalised in names and not c.title and text[c.start : c.end] == c.normalised:
            c.label, c.role, c.affiliation = "PROGRAMME", None, None
    added: list[Cand] = []
    for name in names:
        for m in re.finditer(r"(?<![\w'’&-])" + re.escape(name) + r"(?![\w&-]|['’][a-rt-z])", text):
            s, e = m.span()
            if not any(c.start < e and s < c.end for c in chosen):
                added.append(Cand(s, e, "PROGRAMME", name, 2, (s, e)))
    return sorted(chosen + added, key=lambda c: (c.start, c.end)) if added else chosen
