"""Meetings: upcoming and past, their records, and agenda editing."""
