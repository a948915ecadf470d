"""Errors the core reports to people: each carries a one-line message fit for a dialog or stderr."""

from __future__ import annotations


class ToSReaderError(Exception):
    """Base of every error that is about the user's input rather than a bug in the app."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message

    def __str__(self) -> str:
        return self.message


class LoadError(ToSReaderError):
    """A document could not be read: missing, unreadable, unsupported, broken or hostile."""


class RulePackError(ToSReaderError):
    """A rule pack is invalid; the message names the file, the rule and the field."""


class FetchError(ToSReaderError):
    """A URL could not be fetched or gave nothing usable."""


class HistoryError(ToSReaderError):
    """The history store could not do what was asked."""
