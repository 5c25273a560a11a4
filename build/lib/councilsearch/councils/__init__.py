"""The council register (ONS codes, tiers, upper-tier councils, reorganisations) and the
linking of council names in text to it. Records level: imports only models and errors."""

from councilsearch.councils.data import REORGANISATIONS, RegisterUnavailableError, Reorganisation
from councilsearch.councils.find import CouncilMention, find_councils
from councilsearch.councils.register import Council, Register, Resolved, default_register, normalise

__all__ = [
    "REORGANISATIONS",
    "Council",
    "CouncilMention",
    "Register",
    "RegisterUnavailableError",
    "Reorganisation",
    "Resolved",
    "default_register",
    "find_councils",
    "normalise",
]
