"""Intake: read application sources, normalize each row, deduplicate by email, quarantine what cannot be used."""
