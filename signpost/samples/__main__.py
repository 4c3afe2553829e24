"""``python -m signpost.samples [--host H] [--port P]``: the same as ``signpost sample-sites``."""

from __future__ import annotations

import sys

from signpost.cli import main

if __name__ == "__main__":
    sys.argv = [sys.argv[0], "sample-sites", *sys.argv[1:]]
    main()
