"""The Follow-ups page: what the meetings left to do, the drafts to send, touches to log."""
