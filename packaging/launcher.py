"""Entry script for the PyInstaller bundle: the same `main` as the `annotator` command."""

import sys

from annotator.cli import main

if __name__ == "__main__":
    sys.exit(main())
