"""Today: what needs doing now."""
