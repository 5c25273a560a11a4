"""``python -m councilsearch.embedding``: build (or check) the int8 export ahead of time."""

import sys

from councilsearch.embedding.export import main

sys.exit(main())
