"""``python -m feeds`` runs the ``timeline`` command."""

from feeds.cli import main

main()
