"""ToS Reader: makes terms of service readable."""

__version__ = "0.1.0"
