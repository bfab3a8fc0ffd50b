"""Persistence: TinyDB is the store; this package is a custom TinyDB ``Storage`` under it.

The product is specified on TinyDB (one TinyDB per table file, documents keyed by doc
id). Under TinyDB sits :class:`~netprep.store.table_file.TableFileStorage`, which never
rewrites a file in place: each save is one checksummed, numbered line appended to the
table's journal and fsynced; a change that spans tables (delete a contact with its notes,
record a meeting outcome) is one line of a shared journal, replayed whole or not at all
(transaction.py); journals are folded back into the table files by an atomic rewrite
whose generation number makes every step of the fold safe to interrupt. Records that
fail their checksum or their type are set aside in ``quarantine/`` (never dropped).
Backups, migrations and the single-writer lock live here too.

:mod:`netprep.store.repository` is the one place that reaches under TinyDB's API (to
hand a storage just the change instead of the whole table); everything above it uses
repositories and :meth:`~netprep.store.store.Store.transaction`.
"""
