"""The consultation's video link: one answer for every email, invitation, brief and the ops UI.

Google mode: the Meet link Calendar created for the event (stored on the booking). Local mode: the
advisor's own video room (``video_url`` in the advisors file). Neither: everyone reads ``NO_LINK``.
"""

from __future__ import annotations

# The nightly report lists booked calls without a link, so ops keep this promise.
NO_LINK = "No video link yet: clerkflow ops will email it to you before the call."


def video_link(meet_link: str | None, advisor_video_url: str | None) -> str | None:
    """The link the call happens on: the calendar's Meet link first, else the advisor's room, else None."""
    return (meet_link or "").strip() or (advisor_video_url or "").strip() or None
