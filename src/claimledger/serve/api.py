"""The JSON twins of the pages: ``/api/series``, ``/api/claims``, ``/api/documents``, ...

Claims and the ledger keep the SPEC's contract shapes (claims gain ``outlet`` and ``series``),
so what a script reads here is what ``claimledger show --format json`` writes.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from starlette.requests import Request
from starlette.responses import JSONResponse, Response

from claimledger.serve.state import FilterError

if TYPE_CHECKING:
    from claimledger.serve.app import Views


def _error(status: int, message: str) -> JSONResponse:
    return JSONResponse({"error": message}, status_code=status)


def _int(req: Request, name: str, default: int, top: int) -> int:
    raw = req.query_params.get(name)
    if raw is None or raw == "":
        return default
    if not raw.isdigit():
        raise FilterError(f"{name}: not a whole number: {raw!r}")
    return min(int(raw), top)


async def api_series_list(v: "Views", req: Request) -> Response:
    st = v.state
    try:
        series = st.series(v.filters(req))
    except FilterError as e:
        return _error(400, str(e))
    return JSONResponse({"series": [{
        "id": s.id, "subject": s.subject, "measure": s.measure, "who": s.who, "unit": s.unit,
        "estimates": len(s.estimates), "claims": len(s.claim_ids()),
        "url": f"/series/{s.id}", "api": f"/api/series/{s.id}"} for s in series]})


async def api_series(v: "Views", req: Request) -> Response:
    sid = v.series_id(req)
    if sid is None:
        return _error(404, f"no series {req.path_params['series_id']!r}")
    story = v.state.story
    s = story.ledger.series[sid]
    out: dict[str, Any] = {"id": sid, "unit": s.unit, **story.raw_series(sid)}
    out.update(story.raw_items_for(s.claim_ids()))
    return JSONResponse(out)


async def api_claims(v: "Views", req: Request) -> Response:
    st = v.state
    try:
        limit = _int(req, "limit", 100, 1000)
        offset = _int(req, "offset", 0, 1 << 40)
        ids = st.claims(v.filters(req))
    except FilterError as e:
        return _error(400, str(e))
    body = st.claims_page(ids[offset:offset + limit], len(ids), limit, offset)
    return Response(body, media_type="application/json")


async def api_claim(v: "Views", req: Request) -> Response:
    cid = req.path_params["claim_id"]
    js = v.state.claim_json.get(cid)
    if js is None:
        return _error(404, f"no claim {cid!r}")
    return Response(js, media_type="application/json")


async def api_document(v: "Views", req: Request) -> Response:
    story = v.state.story
    did = req.path_params["doc_id"]
    doc = story.documents.get(did)
    if doc is None:
        return _error(404, f"no document {did!r}")
    return JSONResponse({
        "id": doc.id, "outlet": doc.outlet, "url": doc.url, "title": doc.title,
        "published": doc.published.isoformat() if doc.published else None, "text": doc.text,
        "claims": [c.id for c in story.claims_of_doc.get(did, [])]})


async def api_ledger(v: "Views", req: Request) -> Response:
    return JSONResponse(v.state.story.raw_ledger)


__all__ = ["api_claim", "api_claims", "api_document", "api_ledger", "api_series",
           "api_series_list"]
