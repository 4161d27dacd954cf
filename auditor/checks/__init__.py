"""Rules that need code.  Importing this package registers them."""
from ..registry import PY_RULES
from . import boilerplate, grammar, languagetool, readability, seo, seo_keyphrase, seo_site, truncation  # noqa: F401

_SITE = {**boilerplate.SITE, **seo_site.SITE}
for _r in PY_RULES:
    if _r.code in _SITE:
        _r.site = _SITE[_r.code]
