"""What notes and fields say: sourced passages, what a note is for, facts, career path."""
