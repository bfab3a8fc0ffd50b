"""The weekly review: ranking who to reconnect with, proposing times, the email's facts,
its settings and its log."""
