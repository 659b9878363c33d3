"""The web app: Starlette routes over an in-memory snapshot of one database.

Every HTML page has a JSON twin under ``/api/``. Pages are Jinja2 templates with
autoescaping, so article text (untrusted input) is always text; the only script the pages run
is plotly.js, served from the plotly package at ``/static/plotly.min.js``, and the small chart
loader — nothing is fetched from another host.
"""

from __future__ import annotations

import json
from typing import Any
from urllib.parse import urlencode

from starlette.requests import Request
from starlette.responses import HTMLResponse, Response

from claimledger.report.charts import plotly_js, series_figure
from claimledger.report.evidence import claim_marks, document_segments, segments
from claimledger.report.html import app_url, environment, script_json
from claimledger.report.pages import claim_card, series_block, who_text
from claimledger.serve.state import AppState, Filters, FilterError, parse_date

PAGE_SIZE = 60          # series per overview page
MAX_LIMIT = 1000        # claims per API page

SECURITY_HEADERS = {
    # the pages run only their own scripts and load nothing from elsewhere
    "Content-Security-Policy": "default-src 'self'; script-src 'self' 'unsafe-inline'; "
                               "style-src 'self' 'unsafe-inline'; img-src 'self' data:; "
                               "connect-src 'self'; object-src 'none'; base-uri 'none'",
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "no-referrer",
}


def page_url(req: Request, page_no: int) -> str:
    """The overview URL with the same filters and another page number."""
    params = [(k, v) for k, v in req.query_params.multi_items() if k != "page"]
    return "/?" + urlencode([*params, ("page", str(page_no))])


class Views:
    """Route handlers over one :class:`AppState`."""

    def __init__(self, state: AppState) -> None:
        self.state = state
        self.env = environment("claimledger.serve")
        self.env.globals.update(claim_url=lambda c: app_url("claims", c),
                                series_url=lambda s: app_url("series", s),
                                doc_url=lambda d: app_url("documents", d), who_text=who_text)

    # ---------------------------------------------------------------- helpers
    def page(self, name: str, status: int = 200, **ctx: Any) -> HTMLResponse:
        html = self.env.get_template(name).render(counts=self.state.story.counts(), **ctx)
        return HTMLResponse(html, status_code=status, headers=SECURITY_HEADERS)

    def not_found(self, what: str, ident: str) -> HTMLResponse:
        return self.page("error.html.j2", 404, message=f"No {what} {ident!r} in this database.")

    def figure(self, series_id: int, small: bool) -> dict[str, Any]:
        st = self.state
        s = st.story.ledger.series[series_id]
        cs = [st.story.claims[c] for c in s.claim_ids() if c in st.story.claims]
        return series_figure(cs, st.outlets, st.palette, st.story.disputed(), s.unit, small)

    @staticmethod
    def filters(req: Request) -> Filters:
        qp = req.query_params
        return Filters(q=qp.get("q", ""), measure=qp.get("measure", ""),
                       source=qp.get("source", ""), outlet=qp.get("outlet", ""),
                       doc=qp.get("doc", ""), since=parse_date(qp.get("since"), "since"),
                       until=parse_date(qp.get("until"), "until"))

    def series_id(self, req: Request) -> int | None:
        raw = req.path_params["series_id"]
        n = int(raw) if raw.isdigit() else -1
        return n if 0 <= n < len(self.state.story.ledger.series) else None

    # ---------------------------------------------------------------- pages
    async def index(self, req: Request) -> Response:
        try:
            f = self.filters(req)
            series = self.state.series(f)
            error = None
        except FilterError as e:
            f, series, error = Filters(), [], str(e)
        raw_page = req.query_params.get("page", "1")
        page_no = max(int(raw_page), 1) if raw_page.isdigit() else 1
        shown = series[(page_no - 1) * PAGE_SIZE: page_no * PAGE_SIZE]
        figs = {str(s.id): self.figure(s.id, small=True) for s in shown}
        st = self.state
        return self.page("index.html.j2", 400 if error else 200, f=f, error=error,
                         series=shown, total=len(series), page_no=page_no,
                         pages=(len(series) + PAGE_SIZE - 1) // PAGE_SIZE,
                         measures=st.measures(), sources=st.source_keys(),
                         outlets=st.outlet_names(), figures_json=script_json(figs),
                         prev_url=page_url(req, page_no - 1), next_url=page_url(req, page_no + 1))

    async def series(self, req: Request) -> Response:
        sid = self.series_id(req)
        if sid is None:
            return self.not_found("series", req.path_params["series_id"])
        block = series_block(self.state.story, self.state.story.ledger.series[sid])
        return self.page("series.html.j2", b=block,
                         figures_json=script_json({str(sid): self.figure(sid, small=False)}))

    async def claim(self, req: Request) -> Response:
        cid = req.path_params["claim_id"]
        story = self.state.story
        c = story.claims.get(cid)
        if c is None:
            return self.not_found("claim", cid)
        doc = story.documents.get(c.doc_id)
        text = doc.text if doc else ""
        return self.page("claim.html.j2", c=c, card=claim_card(story, c), doc=doc,
                         article=segments(text, claim_marks(c)),
                         fields=json.dumps(c.to_json(), ensure_ascii=False, indent=1),
                         series_id=story.series_of_claim.get(cid))

    async def document(self, req: Request) -> Response:
        did = req.path_params["doc_id"]
        story = self.state.story
        doc = story.documents.get(did)
        if doc is None:
            return self.not_found("document", did)
        claims = story.claims_of_doc.get(did, [])
        return self.page("document.html.j2", doc=doc, article=document_segments(doc.text, claims),
                         cards=[claim_card(story, c, with_evidence=False) for c in claims])

    async def plotly(self, req: Request) -> Response:
        return Response(plotly_js(), media_type="application/javascript",
                        headers={"Cache-Control": "max-age=86400"})
