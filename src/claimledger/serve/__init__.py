"""``claimledger serve``: a local, read-only web app over a claimledger database."""

from __future__ import annotations

import os
from collections.abc import Awaitable, Callable

from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import Route

from claimledger.serve import api
from claimledger.serve.app import Views
from claimledger.serve.state import AppState


def create_app(db: str | os.PathLike[str]) -> Starlette:
    """The app over a snapshot of ``db`` (read-only); raises ``StoreError`` for a missing or
    unusable database, before anything listens."""
    v = Views(AppState.load(db))

    def bind(fn: Callable[[Views, Request], Awaitable[Response]]
             ) -> Callable[[Request], Awaitable[Response]]:
        async def handler(req: Request) -> Response:
            return await fn(v, req)
        return handler

    routes = [
        Route("/", v.index), Route("/series/{series_id}", v.series),
        Route("/claims/{claim_id:path}", v.claim), Route("/documents/{doc_id:path}", v.document),
        Route("/static/plotly.min.js", v.plotly),
        Route("/api/series", bind(api.api_series_list)),
        Route("/api/series/{series_id}", bind(api.api_series)),
        Route("/api/claims", bind(api.api_claims)),
        Route("/api/claims/{claim_id:path}", bind(api.api_claim)),
        Route("/api/documents/{doc_id:path}", bind(api.api_document)),
        Route("/api/ledger", bind(api.api_ledger)),
    ]
    return Starlette(routes=routes)


__all__ = ["create_app"]
