"""Token runs turned into names: stripped of titles and punctuation, checked to look like a
person's name, an organisation or a council, and written one way."""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Any

from councilsearch.extract.entities.candidates import DocContext
from councilsearch.extract.entities.domain import (
    COUNCIL_TYPES,
    DIRECTIONS,
    GENERIC_COUNCIL,
    HYPHEN_LC,
    NAME_STOP_SET,
    NOT_SURNAMES,
    SUFFIX_SET,
    TITLE_SET,
    initial_re,
    name_re,
)
from councilsearch.extract.entities.shapes import last_head_type


def strip_tokens(tokens: Sequence[Any]) -> list[Any]:
    toks = list(tokens)
    while toks and (
        toks[0].is_punct or toks[0].is_space or toks[0].text in ("the", "The", "THE", "this", "This", "a", "A", "an")
        or toks[0].text in ("•", "-", "–", "*", ">", "<")
    ):  # fmt: skip
        toks.pop(0)
    while toks and (toks[-1].is_punct or toks[-1].is_space or toks[-1].text in ("'s", "’s", "'", "’")):
        if toks[-1].text == ")" and any(t.text == "(" for t in toks):
            break
        toks.pop()
    return toks


def span_of(tokens: Sequence[Any], base: int) -> tuple[int, int]:
    return base + tokens[0].idx, base + tokens[-1].idx + len(tokens[-1].text)


_SMALL_WORDS = frozenset({"of", "for", "and", "the", "at", "in", "to", "&", "on", "upon"})


def tidy_name(text: str) -> str:
    """One spelling for a name: "CABINET", "cabinet" -> "Cabinet"; "Overview and scrutiny" ->
    "Overview and Scrutiny"; words with capitals inside ("ExDT") are kept as written."""
    words = text.split()
    shout = text.isupper()
    out = []
    for i, w in enumerate(words):
        low = w.lower()
        if i and low in _SMALL_WORDS:
            out.append(low)
        elif w.islower() or shout:
            out.append(w[:1].upper() + w[1:].lower())
        else:
            out.append(w)
    return " ".join(out)


def normalise_role(text: str) -> str:
    t = " ".join(text.split())
    t = re.sub(r"^(?:the|The)\s+", "", t)
    owner = re.match(r"(?:[A-Z][\w-]*\s+){0,3}([A-Z][\w-]*)['’]s\s+(?=[A-Z])", t)
    if owner and last_head_type([owner.group(1)]) in ("ORG", "COMMITTEE"):
        t = t[owner.end() :]  # "the Council's Finance Manager": the body owns the post, it is not in its name
    low = t.lower()
    m = re.fullmatch(r"(deputy )?(?:s\.?\s?151|section 151) officer", low)
    if m:
        return ("Deputy " if m.group(1) else "") + "Section 151 Officer"
    small = {"of", "for", "and", "the", "at", "in", "to", "&"}
    words = []
    for i, w in enumerate(t.split(" ")):
        if w.islower() and (i == 0 or w not in small):
            w = w[0].upper() + w[1:]
        words.append(w)
    return " ".join(words)


def clean_name(text: str) -> str:
    t = " ".join(text.split())
    return re.sub(r"['’]s$", "", t)


def valid_name_tokens(tokens: Sequence[Any], ctx: DocContext, *, strict: bool | str) -> bool:
    words = [t.text for t in tokens if t.text != "-"]
    if not words or len(words) > 5:
        return False
    if any(not (name_re.match(w) or initial_re.match(w)) for w in words):
        return False
    if any(w in NAME_STOP_SET for w in words):
        return False
    full = [w for w in words if not initial_re.match(w)]
    if not full:
        return False
    if full[-1] in NOT_SURNAMES:
        return False
    if strict == "any" and any(ctx.common(w) for w in full):
        return False
    if strict and len(words) < 2:
        return False
    return not (strict and all(ctx.common(w) for w in full))






def split_title(tokens: Sequence[Any]) -> tuple[list[Any], list[str]]:
    """Strip leading titles and trailing post-nominals; return (name tokens, title words)."""
    toks = list(tokens)
    pre: list[str] = []
    post: list[str] = []
    while toks and toks[0].text in TITLE_SET:
        pre.append(toks.pop(0).text)
    while toks and (toks[-1].text in SUFFIX_SET or toks[-1].text in ("-", ",")):
        t = toks.pop().text
        if t in SUFFIX_SET:
            post.insert(0, t)
    return toks, pre + post


def org_shaped(tokens: Sequence[Any]) -> bool:
    """Capitalised words (and connectors), at most eight, no digits: what the model's ORG must
    look like to be kept (its head noun, if any, is typed elsewhere)."""
    words = [t.text for t in tokens]
    if not words or len(words) > 8:
        return False
    connectors = {"of", "for", "and", "&", "the", "on", "upon", "-"}
    if words[0] in connectors:
        return False
    return all(w in connectors or (w[0].isupper() and not any(c.isdigit() for c in w)) for w in words)


_COUNCIL_SHAPE = re.compile(r"^N(?:[au]?N)*T*C$")


def _council_class(tok: Any) -> str:
    t = tok.text
    if t == "Council":
        return "C"
    if t in COUNCIL_TYPES:
        return "T"
    if t == "-":
        return "-"
    if t == "and":
        return "a"
    if t == "upon":
        return "u"  # "Example upon Sea Council"
    if t in HYPHEN_LC:
        return "l"
    return "P"


def valid_council(tokens: Sequence[Any], ctx: DocContext) -> list[Any]:
    """Trim a broad council match from the left until it has the shape of a council name:
    Place[-on-Place] ... [and Place] [Borough|City|...] Council, without common words."""
    toks = list(tokens)
    while toks:
        classes = "".join(_council_class(t) for t in toks)
        shape = re.sub(r"P(?:-(?:l-)*P)*", "N", classes)
        if _COUNCIL_SHAPE.match(shape) and shape.count("a") <= 1:
            break
        toks = toks[1:]
    if not toks:
        return []
    if any(t.text == "and" for t in toks):  # "Members and Example City Council"
        i = next(i for i, t in enumerate(toks) if t.text == "and")
        if any(ctx.common(t.text) for t in toks[:i] if t.text != "-"):
            toks = toks[i + 1 :]
    while (
        len(toks) > 1 and toks[1].text != "-" and ctx.common(toks[0].text) and toks[0].text not in DIRECTIONS
    ):
        toks = toks[1:]
    if not toks or all(t.text in GENERIC_COUNCIL for t in toks) or toks[0].text in COUNCIL_TYPES:
        return []
    return toks
