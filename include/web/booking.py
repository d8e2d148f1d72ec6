"""The booking page (issue 16): filled in by the next commits."""

from __future__ import annotations

from fastapi import APIRouter

router = APIRouter()
