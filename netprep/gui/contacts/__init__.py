"""Contacts and the user's own profile: list, search, details, notes."""
