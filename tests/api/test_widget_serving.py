"""Serving the widget: cache scheme, content-hashed names, example pages, the demo page's CSP."""

from __future__ import annotations

import hashlib
from pathlib import Path

from fastapi.testclient import TestClient

from index.geo import Gazetteer
from search_api.widget_assets import REPO_WIDGET_DIR
from tests.api.conftest import make_client
from tests.api.london import Directory


def test_plain_name_has_short_cache_and_etag(client: TestClient) -> None:
    r = client.get("/widget/signpost-search.js")
    assert r.status_code == 200
    assert r.headers["content-type"].startswith("text/javascript")
    assert r.content == (REPO_WIDGET_DIR / "src" / "signpost-search.js").read_bytes()
    assert r.headers["cache-control"] == "public, max-age=300"
    assert r.headers["access-control-allow-origin"] == "*"
    assert r.headers["cross-origin-resource-policy"] == "cross-origin"
    again = client.get("/widget/signpost-search.js", headers={"If-None-Match": r.headers["etag"]})
    assert again.status_code == 304
    css = client.get("/widget/signpost-search.css")
    assert css.status_code == 200 and css.headers["content-type"].startswith("text/css")


def test_hashed_names_are_immutable_and_checked(client: TestClient) -> None:
    manifest = client.get("/widget/manifest.json").json()
    body = (REPO_WIDGET_DIR / "src" / "signpost-search.js").read_bytes()
    digest = hashlib.sha256(body).hexdigest()[:12]
    assert manifest["js"] == f"/widget/signpost-search.{digest}.js"
    r = client.get(manifest["js"])
    assert r.status_code == 200 and r.content == body
    assert r.headers["cache-control"] == "public, max-age=31536000, immutable"
    assert client.get(manifest["css"]).status_code == 200
    stale = client.get("/widget/signpost-search.000000000000.js")
    assert stale.status_code == 404 and "manifest" in stale.json()["error"]


def test_demo_page_and_examples_under_a_strict_csp(client: TestClient) -> None:
    home = client.get("/")
    assert home.status_code == 200 and home.headers["content-type"].startswith("text/html")
    assert b"<signpost-search" in home.content
    assert home.content == (REPO_WIDGET_DIR / "examples" / "council.html").read_bytes()
    csp = home.headers["content-security-policy"]
    assert "script-src 'self'" in csp and "style-src 'self'" in csp
    assert "unsafe-inline" not in csp and "unsafe-eval" not in csp
    assert "frame-ancestors 'none'" in csp
    for name in ("council.html", "gp-screen.html", "council.css"):
        assert client.get(f"/examples/{name}").status_code == 200, name


def test_no_traversal_out_of_the_widget_folder(client: TestClient) -> None:
    for path in (
        "/examples/..%2F..%2Fpyproject.toml",
        "/examples/../README.md",
        "/examples/%2e%2e%2fREADME.md",
        "/widget/..%2Fsrc%2Fsignpost-search.js",
        "/widget/README.md",
        "/examples/.hidden.html",
    ):
        r = client.get(path)
        assert r.status_code == 404, path
        assert b"import" not in r.content and b"[project]" not in r.content


def test_widget_dir_can_be_configured(
    tmp_path: Path, directory: Directory, gazetteer: Gazetteer, gazetteer_path: Path
) -> None:
    (tmp_path / "src").mkdir()
    (tmp_path / "examples").mkdir()
    (tmp_path / "src" / "signpost-search.js").write_text("customElements.define('x', class {});")
    (tmp_path / "src" / "signpost-search.css").write_text(":host{}")
    (tmp_path / "examples" / "council.html").write_text("<!doctype html><title>t</title>")
    with make_client(directory, gazetteer, gazetteer_path, widget_dir=tmp_path) as c:
        assert c.get("/widget/signpost-search.js").text.startswith("customElements")
        assert c.get("/").text == "<!doctype html><title>t</title>"
    with make_client(directory, gazetteer, gazetteer_path, widget_dir=tmp_path / "none") as c:
        r = c.get("/widget/signpost-search.js")
        assert r.status_code == 404 and "SIGNPOST_WIDGET_DIR" in r.json()["error"]
