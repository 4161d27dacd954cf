"""Rules that need code.  Importing this package registers them."""
from ..registry import PY_RULES
from . import (agreement, boilerplate, determiners, grammar, languagetool, noun_phrases, punctuation,  # noqa: F401
               readability, seo, seo_keyphrase, seo_site, spelling, truncation)

_SITE = {**boilerplate.SITE, **seo_site.SITE}
for _r in PY_RULES:
    if _r.code in _SITE:
        _r.site = _SITE[_r.code]
