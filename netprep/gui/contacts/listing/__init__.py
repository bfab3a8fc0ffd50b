"""The contact list at 30,000 contacts: prepared off the GUI thread (prepare.py), shown and
searched in passes in C (model.py), with the words of the notes indexed (note_search.py)."""
