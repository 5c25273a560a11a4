"""A hostile corpus, generated on demand (see make.py), and stand-in parsers that misbehave."""
