"""The renderer loads only files inside the project: the URL fetcher and the
check of the user's stylesheets refuse the network, ``file:`` URLs
elsewhere, ``..`` and symbolic-link escapes."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from coursepack.errors import ContentError
from coursepack.render.env import Renderer, make_url_fetcher
from coursepack.sanitize import FetchRefused, check_stylesheet, local_file, stylesheet_urls


@pytest.fixture
def project(tmp_path) -> Path:
    root = tmp_path / "project"
    (root / "content/styles").mkdir(parents=True)
    (root / "content/styles/logo.png").write_bytes(b"\x89PNG\r\n\x1a\n")
    (root / "styles").mkdir()
    (root / "styles/base.css").write_text("p { color: black }\n")
    secret = tmp_path / "secret.txt"
    secret.write_text("not for the renderer\n")
    os.symlink(secret, root / "content/styles/link-out.png")
    os.symlink(root / "styles/base.css", root / "content/styles/link-in.css")
    os.symlink(tmp_path, root / "content/styles/dir-out")
    return root


def test_serves_files_inside(project):
    fetch = make_url_fetcher(project)
    r = fetch((project / "styles/base.css").as_uri())
    assert r.read() == b"p { color: black }\n"
    assert r.content_type == "text/css"
    # a symlink that stays inside is followed
    assert fetch((project / "content/styles/link-in.css").as_uri()).read().startswith(b"p {")
    assert fetch.refused == []


def test_serves_data_urls(project):
    assert make_url_fetcher(project)("data:text/plain;base64,aGVsbG8=").read() == b"hello"


@pytest.mark.parametrize("url", [
    "http://example.org/font.woff",
    "https://example.org/style.css",
    "HTTPS://EXAMPLE.ORG/x.png",
    "ftp://example.org/x.png",
    "//example.org/x.png",
    "file://example.org/etc/passwd",
])
def test_refuses_the_network(project, url):
    fetch = make_url_fetcher(project)
    with pytest.raises(FetchRefused, match="never reaches the network"):
        fetch(url)
    assert fetch.refused and url in fetch.refused[0]


def test_refuses_files_outside(project, tmp_path):
    fetch = make_url_fetcher(project)
    outside = [
        "file:///etc/passwd",
        (tmp_path / "secret.txt").as_uri(),
        project.as_uri() + "/../secret.txt",
        project.as_uri() + "/content/styles/../../../secret.txt",
        project.as_uri() + "/content/%2e%2e/%2e%2e/../secret.txt",     # percent-encoded ..
        (project / "content/styles/link-out.png").as_uri(),             # symlink out
        (project / "content/styles/dir-out/secret.txt").as_uri(),      # through a dir link
        "file://localhost/etc/passwd",
    ]
    for url in outside:
        with pytest.raises(FetchRefused, match="outside the project"):
            fetch(url)
    assert len(fetch.refused) == len(outside)


def test_refuses_what_is_not_a_regular_file(project):
    fetch = make_url_fetcher(project)
    with pytest.raises(FetchRefused, match="not a file"):
        fetch((project / "content").as_uri())
    with pytest.raises(FetchRefused, match="no such file"):
        fetch((project / "content/nothing.png").as_uri())
    with pytest.raises(FetchRefused, match="only files inside the project"):
        fetch("javascript:alert(1)")


def test_missing_file_outside_is_refused_as_outside(project):
    # a name that does not exist must not reveal more than "outside"
    with pytest.raises(FetchRefused, match="outside the project"):
        local_file("../../no/such/file.css", project)


def test_relative_urls_are_taken_from_the_project(project):
    assert local_file("styles/base.css", project) == (project / "styles/base.css").resolve()


def test_stylesheet_urls_positions():
    css = ('/* @import url(http://ignored.example/in-a-comment.css); */\n'
           '@import "https://example.org/a.css";\n'
           'h1 { background: url( "img/a.png" ) }\n'
           '@font-face { src: url(fonts/x.woff) }\n')
    assert stylesheet_urls(css) == [("https://example.org/a.css", 2, 1),
                                    ("img/a.png", 3, 18),
                                    ("fonts/x.woff", 4, 19)]


def test_check_stylesheet_reports_each_refusal(project):
    css = ('@import url(http://example.org/a.css);\n'
           'body { background: url(file:///etc/passwd) }\n'
           'h1 { background: url(content/styles/link-out.png) }\n'
           'h2 { background: url(content/styles/logo.png) }\n'
           'h3 { background: url(data:image/png;base64,iVBORw0KGgo=) }\n')
    problems = check_stylesheet(css, project, "content/styles/reader.local.css")
    where = [(p.line, p.column) for p in problems]
    assert where == [(1, 1), (2, 20), (3, 18)]
    assert "never reaches the network" in problems[0].message
    assert all("outside the project" in p.message for p in problems[1:])


def test_weasyprint_refusal_becomes_a_content_error(project):
    """An <img> or stylesheet asked for by a template is refused during the
    layout and reported, not silently skipped."""
    r = Renderer(project)
    html = ('<html><body><p>x</p><img src="https://example.org/a.png">'
            f'<img src="{(project / "content/styles/link-out.png").as_uri()}">'
            '<img src="content/styles/logo.png"></body></html>')
    with pytest.raises(ContentError) as e:
        r.layout(html, ["base.css"])
    messages = [p.message for p in e.value.problems]
    assert len(messages) == 2
    assert "never reaches the network" in messages[0]
    assert "outside the project" in messages[1]
    # the fetcher's record is cleared: the next layout of clean HTML passes
    assert r.layout("<html><body><p>x</p></body></html>", ["base.css"]).pages
