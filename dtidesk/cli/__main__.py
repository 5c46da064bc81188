"""`python -m dtidesk.cli`."""

import sys

from .main import main

sys.exit(main())
