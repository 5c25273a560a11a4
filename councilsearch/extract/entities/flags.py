"""The ruler's token tests as lexeme flags: the same matches at a fraction of the cost.

A token pattern such as ``{"TEXT": {"REGEX": ..., "NOT_IN": [...]}}`` makes spaCy's Matcher
call a Python predicate for every token of every block that a pattern's state reaches, again
in every block. Each of these tests looks only at the word's own string (its text or its
lower case), so its answer belongs to the vocabulary entry: computed once per distinct word
in the process (``Vocab.add_flag``) and stored as one bit that the Matcher checks in C. The
rewritten pattern matches exactly the tokens the original matched: a spec's tests are all
required, so their conjunction becomes one flag; what cannot be decided from the word's string
alone is left as it was.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from typing import Any

# the attributes whose value is a function of the word's string, and how to get it
_STRING_OF: dict[str, Callable[[str], str]] = {"TEXT": str, "ORTH": str, "LOWER": str.lower}
_TESTS = frozenset({"REGEX", "IN", "NOT_IN"})
_FIRST_FREE = 19  # spaCy's own lexeme flags (IS_ALPHA ... IS_CURRENCY) take bits 1-18


def _test(attr: str, pred: str, value: Any) -> Callable[[str], bool]:
    get = _STRING_OF[attr]
    if pred == "REGEX":
        rx = re.compile(value)
        return lambda s: rx.search(get(s)) is not None
    members = frozenset(value)
    if pred == "IN":
        return lambda s: get(s) in members
    return lambda s: get(s) not in members


def _split(spec: dict[Any, Any]) -> tuple[list[tuple[str, str, Any]], dict[Any, Any]] | None:
    """The spec's string tests, and what is left of it; None when a dict-valued entry is
    something other than such a test (left alone)."""
    tests: list[tuple[str, str, Any]] = []
    rest: dict[Any, Any] = {}
    for key, value in spec.items():
        if not isinstance(value, dict):
            rest[key] = value
            continue
        attr = key.upper() if isinstance(key, str) else key
        if attr not in _STRING_OF or not value or not set(value) <= _TESTS:
            return None
        if any(p != "REGEX" and not all(isinstance(v, str) for v in v_) for p, v_ in value.items()):
            return None
        tests.extend((attr, p, v) for p, v in value.items())
    return tests, rest


def as_lexeme_flags(vocab: Any, patterns: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """``patterns`` (EntityRuler entries) with every token spec's string tests replaced by one
    lexeme flag of ``vocab`` per distinct set of tests. Phrase patterns pass unchanged; when
    the vocabulary runs out of free flag bits, the remaining specs keep their tests."""
    free = [i for i in range(_FIRST_FREE, 64) if i not in vocab.lex_attr_getters]
    flag_of: dict[str, int] = {}
    out: list[dict[str, Any]] = []
    for entry in patterns:
        pattern = entry["pattern"]
        if not isinstance(pattern, list):
            out.append(entry)
            continue
        specs = []
        for spec in pattern:
            split = _split(spec)
            if split is None or not split[0]:
                specs.append(spec)
                continue
            tests, rest = split
            key = json.dumps(sorted(tests, key=lambda t: (t[0], t[1])), sort_keys=True)
            if key not in flag_of:
                if not free:
                    specs.append(spec)
                    continue
                checks = [_test(*t) for t in tests]
                flag_of[key] = vocab.add_flag(lambda s, checks=checks: all(c(s) for c in checks), free.pop(0))
            specs.append({**rest, flag_of[key]: True})
        out.append({**entry, "pattern": specs})
    return out
