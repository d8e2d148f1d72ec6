"""The public web service for emailed links (booking page); see ``include.web.app``."""
