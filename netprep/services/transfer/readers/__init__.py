"""Readers: a file's bytes to people (or a backup's records), each format on its own."""
