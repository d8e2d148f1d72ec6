"""Consultation scheduling: advisors' slots, who gets which, booking on the calendar, and changes after.

``slots`` and ``choose`` are pure (no DB, no calendar calls) so the DST and capacity rules can be tested
exhaustively; ``availability`` feeds them calendar busy time and existing bookings; ``book`` is the stage
that writes bookings and events; ``manage`` cancels, reschedules and records outcomes.
"""
