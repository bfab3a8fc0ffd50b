"""The pre-meeting brief: model and builder."""
