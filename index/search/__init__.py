"""What a search means, whatever engine answers it: the query and result types, the planner
that understands what was typed (needs, synonyms, typos, place, opening times) and the hit
fields every backend fills the same way. ``index.backends`` holds the engines."""
