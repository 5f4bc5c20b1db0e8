"""My log: the paged table model, its filter bar and the record detail."""
