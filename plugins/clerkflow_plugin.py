"""Adds "Applicants", "Needs attention" and "Funnel" to the Airflow UI: one FastAPI app under ``/clerkflow``
shown as nav external views.

Every Airflow process that loads plugins (scheduler, task runners) imports this file, so the web app
itself is imported only when the API server serves its first request.
"""

from __future__ import annotations

from typing import Any, ClassVar

from airflow.plugins_manager import AirflowPlugin
from clerkflow_ui import URL_PREFIX


class _LazyApp:
    """An ASGI app that builds ``clerkflow_ui.app`` on first use."""

    def __init__(self) -> None:
        self._app: Any = None

    def __repr__(self) -> str:
        return "clerkflow_ui.app:create_app()"

    async def __call__(self, scope: Any, receive: Any, send: Any) -> None:
        if self._app is None:
            from clerkflow_ui.app import create_app

            self._app = create_app()
        await self._app(scope, receive, send)


class ClerkflowUiPlugin(AirflowPlugin):
    name = "clerkflow_ui"
    fastapi_apps: ClassVar[list[dict[str, Any]]] = [
        {"app": _LazyApp(), "url_prefix": URL_PREFIX, "name": "clerkflow applicants"}
    ]
    external_views: ClassVar[list[dict[str, Any]]] = [
        {
            "name": "Applicants",
            "href": f"{URL_PREFIX}/applicants",
            "url_route": "applicants",
            "destination": "nav",
            "nav_top_level": True,
            "icon": f"{URL_PREFIX}/static/icon.svg",
        },
        {
            "name": "Needs attention",
            "href": f"{URL_PREFIX}/attention",
            "url_route": "attention",
            "destination": "nav",
            "nav_top_level": True,
            "icon": f"{URL_PREFIX}/static/icon.svg",
        },
        {
            "name": "Funnel",
            "href": f"{URL_PREFIX}/funnel",
            "url_route": "funnel",
            "destination": "nav",
            "nav_top_level": True,
            "icon": f"{URL_PREFIX}/static/icon.svg",
        },
    ]
