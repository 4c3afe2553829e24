"""One router per resource; ``search_api.main`` mounts them."""
