"""Turning records and briefs into text: Markdown, sanitised HTML, templates (no Qt here)."""
