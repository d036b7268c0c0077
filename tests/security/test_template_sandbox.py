"""User templates run in a sandbox: no escape to Python objects, files,
commands or the network; each attempt is a one-line content error naming
the template and its line, and the project's own templates render as
before."""

from __future__ import annotations

from pathlib import Path

import pytest

from coursepack.edition import gather
from coursepack.errors import ContentError
from coursepack.render.reader import PageIndex, Segment, reader_context
from coursepack.render.env import Renderer, make_env
from tests.robustness import scenarios

ESCAPES = [
    "{{ cycler.__init__.__globals__.os.popen('id').read() }}",
    "{{ ''.__class__.__mro__[1].__subclasses__() }}",
    "{{ self._TemplateReference__context }}",
    "{{ range.__globals__ }}",
    "{{ lipsum.__globals__['os'].popen('id').read() }}",
    "{{ joiner.__init__.__globals__ }}",
    "{{ namespace.__init__.__globals__ }}",
    "{{ config.items() }}",
    "{{ request.application }}",
    "{{ pack.readings[0].__dict__ }}",
    "{{ pack.readings[0].__class__.__init__.__globals__ }}",
    "{{ plain_text.__globals__['__builtins__']['open']('/etc/passwd').read() }}",
    "{{ pack.readings[0].meta.title.__class__.__base__.__subclasses__() }}",
    "{% for c in [].__class__.__base__.__subclasses__() %}{{ c }}{% endfor %}",
    "{{ glossary_items.__code__ }}",
    "{{ (pack.readings|first).note.__func__.__globals__ }}",
    "{{ 'x' * 100000000 }}",
    "{{ [1] * 10000000 }}",
    "{{ 9 ** 999999 }}",
    "{{ ''.format.__self__ }}",
    "{{ '{0.__class__}'.format(pack) }}",
    "{{ pack.readings.__getitem__ }}",
]


@pytest.fixture(scope="module")
def project(tmp_path_factory):
    root = scenarios.make_base(tmp_path_factory.mktemp("sandbox") / "project")
    cfg, pack, _eds = gather(root)
    return root, cfg, pack


def _context(cfg, pack) -> dict:
    ctx = reader_context(cfg, pack, "office", False, PageIndex())
    ctx.update(fn_breaks=set(), right_hand_starts=False, segment=Segment("front"))
    return ctx


@pytest.mark.parametrize("payload", ESCAPES)
def test_escape_is_a_content_error_naming_the_template(project, payload):
    root, cfg, pack = project
    folder = root / "content" / "templates"
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "evil.html.j2").write_text("<p>first line</p>\n" + payload + "\n", encoding="utf-8")
    with pytest.raises(ContentError) as e:
        Renderer(root).html("evil.html.j2", **_context(cfg, pack))
    (p,) = e.value.problems
    assert p.path == "content/templates/evil.html.j2"
    assert p.line == 2
    text = str(e.value)
    assert "\n" not in text.strip()
    assert "uid=" not in text and "root:" not in text
    assert len(text) < 400


def test_the_documented_template_api_still_works(project):
    """What the project's templates use: loops, namespaces, macros, filters,
    list methods, model methods, dict(), cycler."""
    root, cfg, pack = project
    env = make_env(root)
    t = env.from_string(
        "{% set ns = namespace(n=0) %}{% set seen = [] %}"
        "{% for r in pack.readings %}{% set ns.n = ns.n + 1 %}{{ seen.append(r.slug) or '' }}"
        "{{ r.meta.title|upper }}:{{ r.slug|slug }}:{{ plain_text([])|length }}"
        "{{ r.note(1) is none }}{% endfor %}"
        "{% set c = cycler('a', 'b') %}{{ c.next() }}{{ c.next() }}"
        "|{{ ns.n }}|{{ seen|join(',') }}|{{ dict(a=1)['a'] }}|{{ 4|roman }}"
        "|{{ [3, 4, 5]|pagelist }}|{{ 'a,b'.split(',')|length }}|{{ '%s-%d'|format('x', 2) }}"
        "|{{ 'x' * 3 }}|{{ 2 ** 10 }}")
    out = t.render(pack=pack)
    assert out.endswith("ab|1|harbour|1|iv|3–5|2|x-2|xxx|1024")
    assert out.startswith(pack.readings[0].meta.title.upper() + ":harbour:0True")


def test_paths_and_modules_cannot_be_reached(project):
    """Even an object that holds a file path (the pack's configuration)
    gives a template nothing to open."""
    root, cfg, pack = project
    env = make_env(root)
    for src in ("{{ cfg.root.read_text() }}", "{{ cfg.root }}", "{{ cfg.root.parent }}",
                "{{ cfg.files }}"):
        with pytest.raises(Exception) as e:
            env.from_string(src).render(cfg=cfg)
        assert type(e.value).__name__ in ("SecurityError", "UndefinedError"), src


def test_a_template_symlink_out_of_the_project_is_refused(project, tmp_path):
    root, cfg, pack = project
    secret = tmp_path / "id_rsa"
    secret.write_text("-----BEGIN OPENSSH PRIVATE KEY-----\nAAAA\n", encoding="utf-8")
    folder = root / "content" / "templates"
    folder.mkdir(parents=True, exist_ok=True)
    link = folder / "leak.html.j2"
    link.symlink_to(secret)
    try:
        with pytest.raises(ContentError) as e:
            Renderer(root).html("leak.html.j2", **_context(cfg, pack))
    finally:
        link.unlink()
    assert e.value.problems[0].path == "content/templates/leak.html.j2"
    assert "outside the project" in str(e.value)
    assert "PRIVATE" not in str(e.value) and "AAAA" not in str(e.value)
