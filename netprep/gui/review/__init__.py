"""The Review room: the weekly review page, its settings and reminders."""
