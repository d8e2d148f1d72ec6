"""Applicant and ops emails: Jinja2 templates rendered to a subject, an HTML part and a text part.

Rendering is pure (``render.render_email``) so the outbox can render, store and send in separate steps,
and staff can preview any message without sending it (``preview.sample_context``).
"""
