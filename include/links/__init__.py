"""Signed, single-purpose links for emails (tokens) and the rows that make them revocable and single-use (store)."""
