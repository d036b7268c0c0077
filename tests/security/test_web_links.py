"""The web export carries no script and only http, https, mailto and
relative links, whatever the content or a user's template says; the pages
are read with html.parser, as a browser tokenises them."""

from __future__ import annotations

import re
from html.parser import HTMLParser
from pathlib import Path

import pytest

from coursepack.cli import main
from tests.robustness import scenarios

XSS = "javascript:alert(document.cookie)//"


class Links(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.urls: list[str] = []
        self.bad: list[str] = []

    def handle_starttag(self, tag, attrs):
        if tag == "script":
            self.bad.append(tag)
        for name, value in attrs:
            if name.startswith("on"):
                self.bad.append(name)
            if name in ("href", "src", "action"):
                self.urls.append(value or "")


def links(path: Path) -> Links:
    p = Links()
    p.feed(path.read_text(encoding="utf-8"))
    return p


def project(tmp_path: Path) -> Path:
    root = scenarios.make_base(tmp_path / "project")
    with (root / scenarios.READING / "reading.yaml").open("a", encoding="utf-8") as f:
        f.write(f'url: "{XSS}"\n')
    return root


def test_a_javascript_url_in_reading_yaml_never_becomes_a_link(tmp_path, capsys):
    root = project(tmp_path)
    assert main(["web", "--root", str(root), "--quiet"]) == 0
    pages = sorted((root / "build/web").glob("*.html"))
    assert len(pages) == 2
    for page in pages:
        p = links(page)
        assert p.bad == []
        for url in p.urls:
            scheme = re.match(r"^\s*([A-Za-z][\w+.-]*):", url)
            assert scheme is None or scheme.group(1).lower() in ("http", "https", "mailto"), url
    assert "Traceback" not in capsys.readouterr().err


def test_a_user_template_printing_the_url_raw_is_refused(tmp_path, capsys):
    root = project(tmp_path)
    src = (scenarios.REPO / "coursepack/templates/web/reading.html.j2").read_text(encoding="utf-8")
    user = root / "content/templates/web/reading.html.j2"
    user.parent.mkdir(parents=True)
    raw = "<a href=\"{{ r.meta.url }}\">source</a>{% endblock %}"
    user.write_text(src.replace("{% endblock %}", raw, 1),
                    encoding="utf-8")
    code = main(["web", "--root", str(root), "--quiet"])
    err = capsys.readouterr().err
    assert code == 2, err
    assert re.search(r"^content/templates/web/reading\.html\.j2: the page harbour\.html "
                     r"\(line \d+\) would carry href=\"javascript:", err, re.M), err
    assert not (root / "build/web/harbour.html").exists()


@pytest.mark.parametrize("css, refused", [
    ('body { background: url("http://example.org/x.png") }', "http://example.org/x.png"),
    ("@import url(file:///etc/passwd);", "file:///etc/passwd"),
    ('p { background: url("../../secret.png") }', "../../secret.png"),
])
def test_web_css_passes_the_pdf_url_policy(tmp_path, capsys, css, refused):
    root = scenarios.make_base(tmp_path / "project")
    (root / "content/styles").mkdir(parents=True, exist_ok=True)
    (root / "content/styles/web.local.css").write_text("/* mine */\n" + css + "\n",
                                                         encoding="utf-8")
    code = main(["web", "--root", str(root), "--quiet"])
    err = capsys.readouterr().err
    assert code == 2, err
    assert re.search(rf"^content/styles/web\.local\.css:2:\d+: '{re.escape(refused)}' is refused",
                     err, re.M), err
    assert not (root / "build/web/web.css").exists()
