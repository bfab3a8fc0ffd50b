"""Other contacts: what is read from each, who links to this contact, whom to introduce."""
