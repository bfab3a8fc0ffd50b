"""Words: tidy note text, fold spellings, say note-speak aloud, name organisations."""
