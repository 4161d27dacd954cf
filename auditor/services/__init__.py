"""Adapters to outside engines (LanguageTool).  Rules reach them through ``ctx.services``."""


class ServiceUnavailable(Exception):
    """Raised by a rule whose outside engine could not answer; the run goes on and the report says so."""
