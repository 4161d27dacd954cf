"""Rules that need code.  Importing this package registers them."""
from ..registry import PY_RULES
from . import (agreement, boilerplate, grammar, languagetool, readability, seo, seo_keyphrase,  # noqa: F401
               seo_site, spelling, truncation)

_SITE = {**boilerplate.SITE, **seo_site.SITE}
for _r in PY_RULES:
    if _r.code in _SITE:
        _r.site = _SITE[_r.code]
