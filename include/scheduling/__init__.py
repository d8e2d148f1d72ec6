"""Consultation scheduling without I/O: advisors' free slots and which one an applicant gets.

Kept pure (no DB, no calendar calls) so the DST and capacity rules can be tested exhaustively; the booking
stage feeds in freeBusy intervals and existing bookings and writes the result.
"""
