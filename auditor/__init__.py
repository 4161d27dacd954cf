"""auditor: article content-quality and SEO auditor."""
__version__ = "0.1.0"


def audit_text(text, format="text", path="<text>", config=None, **kw):
    from .api import audit_text as _audit_text

    return _audit_text(text, format=format, path=path, config=config, **kw)


def audit_paths(paths, config=None, **kw):
    from .api import audit_paths as _audit_paths

    return _audit_paths(paths, config=config, **kw)


__all__ = ["__version__", "audit_text", "audit_paths"]
