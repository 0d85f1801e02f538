"""Documents from the web: ``speech-reader https://…`` fetches a page and reads its article.

Owns the network side: http(s) only, a time-out on every read, at most five redirects, the
size limit counted while reading (a page larger than the web-page share of the limit is
refused before it is all in memory), and one-line errors for everything that goes wrong
(offline, a name that does not resolve, a refused connection, an HTTP error). The page's
bytes then go through the same loader as a saved ``.html`` file.
"""

from __future__ import annotations

import socket
import ssl
import urllib.error
import urllib.request
from http.client import HTTPException

from .document.load import LoadError, max_bytes, too_big

TIMEOUT = 15.0  # s for connecting and for each read
MAX_REDIRECTS = 5
_SCHEMES = ("http://", "https://")


def is_url(source: str) -> bool:
    return source.lower().startswith(_SCHEMES)


class _Redirects(urllib.request.HTTPRedirectHandler):
    max_redirections = MAX_REDIRECTS

    def redirect_request(self, req, fp, code, msg, headers, newurl):  # type: ignore[no-untyped-def]
        if not is_url(newurl):
            raise LoadError(f"{req.full_url}: redirected to a non-web address ({newurl[:60]})")
        return super().redirect_request(req, fp, code, msg, headers, newurl)


def fetch(url: str, limit: int | None = None) -> bytes:
    """The body of ``url``, or ``LoadError`` with one line saying why not."""
    from .document.formats import HTML_SHARE

    if not is_url(url):
        raise LoadError(f"{url}: only http:// and https:// addresses can be fetched")
    limit = (max_bytes() // HTML_SHARE) if limit is None else limit
    opener = urllib.request.build_opener(_Redirects())
    request = urllib.request.Request(url, headers={"User-Agent": "speech-reader (+https://pypi.org)"})
    try:
        with opener.open(request, timeout=TIMEOUT) as response:
            declared = response.headers.get("Content-Length")
            if declared and declared.isdigit() and int(declared) > limit:
                raise LoadError(too_big(url, int(declared), limit, "web page"))
            chunks: list[bytes] = []
            total = 0
            while chunk := response.read(1 << 16):
                total += len(chunk)
                if total > limit:
                    raise LoadError(too_big(url, total, limit, "web page"))
                chunks.append(chunk)
            return b"".join(chunks)
    except LoadError:
        raise
    except urllib.error.HTTPError as exc:
        raise LoadError(f"{url}: the server answered {exc.code} {exc.reason}") from None
    except urllib.error.URLError as exc:
        raise LoadError(f"{url}: cannot fetch ({_reason(exc.reason)})") from None
    except TimeoutError:
        raise LoadError(f"{url}: no answer within {TIMEOUT:.0f} s") from None
    except (HTTPException, ssl.SSLError, OSError, ValueError) as exc:
        raise LoadError(f"{url}: cannot fetch ({type(exc).__name__}: {exc})") from None


def _reason(reason: object) -> str:
    if isinstance(reason, socket.gaierror):
        return "the name does not resolve; are you offline?"
    if isinstance(reason, ConnectionRefusedError):
        return "connection refused"
    if isinstance(reason, TimeoutError):
        return f"no answer within {TIMEOUT:.0f} s"
    return str(reason)
