"""Pure-Python records and rules. Imports neither Qt, TinyDB nor jinja2."""
