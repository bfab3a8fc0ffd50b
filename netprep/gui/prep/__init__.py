"""Prepare a meeting: the form and the live, editable brief."""
