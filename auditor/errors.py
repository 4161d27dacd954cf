"""Exceptions with messages meant for users."""


class AuditorError(Exception):
    """Base class; the CLI prints the message and exits 2."""


class LoadError(AuditorError):
    """A file could not be turned into a Document (reported in ``errors``)."""


class ConfigError(AuditorError):
    """Invalid configuration or rule pack; names the file and key."""
