"""Pure-ASGI middleware: cheap enough to wrap every request of a 300 req/s service.

Order (outermost first) is set in ``search_api.main``: request log → security headers → CORS →
rate limit → HEAD-as-GET → gzip → the app, so that even a refused request is logged, carries
the security headers and can be read by a browser script on another origin.
"""
