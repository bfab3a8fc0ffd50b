"""The three insight questions: context, candidates of each kind, and the choice."""
