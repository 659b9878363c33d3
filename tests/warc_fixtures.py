"""Small WARC files written with warcio for the tests (no binary fixtures in the repo)."""

from __future__ import annotations

import io
from pathlib import Path

ARTICLE = """<html><head><title>{title}</title>
<meta property="og:site_name" content="Beispielzeitung"></head>
<body><nav>Startseite | Politik | Sport 2025</nav><article><h1>{title}</h1>
<p>{body}</p>
<p>Die Behörden wollen am Dienstag weitere Angaben machen. Die Lage in der Region bleibt
nach Einschätzung von Beobachtern angespannt, Hilfsorganisationen bereiten sich vor.</p>
<p>Bereits im vergangenen Jahr hatte es in der Gegend schwere Unwetter gegeben, bei denen
zahlreiche Häuser beschädigt worden waren und viele Familien ihre Wohnungen verlassen mussten.</p>
</article><footer>Impressum · Kontakt · 0800 123456</footer></body></html>"""

BODIES = [
    ("Hochwasser im Süden", "Nach dem Hochwasser mussten laut Polizei rund 1.200 Menschen ihre "
     "Häuser verlassen. Mindestens 14 Menschen kamen ums Leben, sagte ein Sprecher des "
     "Innenministeriums am Montag."),
    ("Streik bei der Bahn", "Nach Angaben der Gewerkschaft beteiligten sich mehr als 8.000 "
     "Beschäftigte an dem Warnstreik. Rund 400 Züge fielen nach Angaben der Bahn aus."),
]


def write_warc(path: Path, gzip: bool = True) -> list[str]:
    """A WARC with two German article pages among records that are not articles (a request,
    an image, a 404, a warcinfo); returns the two article URLs."""
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    urls = []
    with open(path, "wb") as fh:
        w = WARCWriter(fh, gzip=gzip)
        w.write_record(w.create_warcinfo_record(path.name, {"software": "tests"}))

        def response(url: str, status: str, ctype: str, body: bytes, day: str) -> None:
            http = StatusAndHeaders(status, [("Content-Type", ctype)], protocol="HTTP/1.1")
            w.write_record(w.create_warc_record(
                url, "response", payload=io.BytesIO(body), http_headers=http,
                warc_headers_dict={"WARC-Date": f"{day}T08:30:00Z"}))

        for i, (title, body) in enumerate(BODIES):
            url = f"https://www.beispielzeitung.de/artikel-{i + 1}.html"
            req = StatusAndHeaders("GET / HTTP/1.1", [("Host", "www.beispielzeitung.de")],
                                   is_http_request=True)
            w.write_record(w.create_warc_record(url, "request", payload=io.BytesIO(b""),
                                                http_headers=req))
            response(url, "200 OK", "text/html; charset=utf-8",
                     ARTICLE.format(title=title, body=body).encode("utf-8"), f"2025-03-0{i + 3}")
            urls.append(url)
        response("https://www.beispielzeitung.de/bild.jpg", "200 OK", "image/jpeg",
                 b"\xff\xd8\xff\xe0 not really a jpeg 12345", "2025-03-03")
        response("https://www.beispielzeitung.de/fehlt.html", "404 Not Found", "text/html",
                 b"<html><body>Seite nicht gefunden 404</body></html>", "2025-03-03")
    return urls
