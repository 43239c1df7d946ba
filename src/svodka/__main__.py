"""``python -m svodka``: the same as the ``svodka`` command."""
from .cli import main

main()
