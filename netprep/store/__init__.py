"""Persistence: TinyDB behind repositories, atomic files, backups, one writer."""
