"""The errors Timeline raises: one root, bad input also a `ValueError`."""

from __future__ import annotations


class TimelineError(Exception):
    """Root of every error Timeline raises on purpose."""


class InputError(TimelineError, ValueError):
    """Bad input: a file, a key or a value that cannot be used as given.

    Attributes:
        where: the file path, config key or URL parameter at fault.
        reason: what is wrong with it, in words a user understands.
    """

    def __init__(self, where: str, reason: str) -> None:
        super().__init__(f"{where}: {reason}")
        self.where = where
        self.reason = reason


class DocumentError(InputError):
    """An article file that cannot be read as a document."""


class ConfigError(InputError):
    """A configuration file or key that is missing or malformed."""


class StoreError(TimelineError):
    """The store cannot be opened or written (environment, not input)."""
