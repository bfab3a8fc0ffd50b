"""The weekly review's use cases: the review itself (service.py), its settings (settings.py)
and its calendar files (calendar.py)."""
