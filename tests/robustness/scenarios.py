"""The bad-input catalogue: each folder under ``scenarios/`` is one scenario,
named after it.  ``project/`` holds the files it puts over the base project
(``base/``: one small reading, no notes); ``expect.yaml`` says

* ``description``: what is wrong;
* ``command``: ``build`` (default) or ``check``;
* ``exit``: the exit status (default 2);
* ``stream``: where the messages go (default ``stderr``);
* ``stderr``: regular expressions, each matching a whole line of it
  (``^`` anchors at a line start);
* ``forbid``: regular expressions that must match nowhere in the output
  (a secret the scenario puts beside the project, a command's output);
* ``remove``: files of the base project to delete;
* ``generate``: the name of a function below that makes files which cannot
  be kept in the repository as they are (binary, other encodings, symbolic
  links pointing outside, a 1.2 MB source).
"""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import yaml

HERE = Path(__file__).resolve().parent
REPO = HERE.parents[1]
BASE = HERE / "base"
SCENARIOS = HERE / "scenarios"
READING = Path("content/readings/harbour")

# What a previous good build left: the outputs a failed build must not touch.
PREVIOUS = {
    "build/reader.pdf": b"%PDF-1.7\n% previous reader\n",
    "build/handout.pdf": b"%PDF-1.7\n% previous handout\n",
    "build/harbour/edition.json": b'{"previous": true}\n',
    "build/harbour/references.bib": b"% previous\n",
}


def names() -> list[str]:
    return sorted(p.name for p in SCENARIOS.iterdir() if (p / "expect.yaml").is_file())


def expect(name: str) -> dict:
    e = yaml.safe_load((SCENARIOS / name / "expect.yaml").read_text(encoding="utf-8")) or {}
    e.setdefault("command", "build")
    e.setdefault("exit", 2)
    e.setdefault("stream", "stderr")
    e.setdefault("stderr", [])
    return e


def make_base(root: Path) -> Path:
    """A copy of the base project with the project's templates and styles."""
    shutil.copytree(BASE, root, dirs_exist_ok=True)
    for folder in ("templates", "styles"):
        shutil.copytree(REPO / "coursepack" / folder, root / folder, dirs_exist_ok=True)
    return root


def make(name: str, root: Path) -> tuple[Path, dict]:
    """The scenario's project in ``root`` (with previous outputs in build/)."""
    e = expect(name)
    make_base(root)
    for rel in e.get("remove") or []:
        (root / rel).unlink()
    overlay = SCENARIOS / name / "project"
    if overlay.is_dir():
        shutil.copytree(overlay, root, dirs_exist_ok=True)
    if e.get("generate"):
        GENERATORS[e["generate"]](root)
    for rel, data in PREVIOUS.items():
        p = root / rel
        p.parent.mkdir(parents=True, exist_ok=True)
        p.write_bytes(data)
    return root, e


def outputs(root: Path) -> dict[str, bytes]:
    """Every file under build/ (but the lock) with its bytes."""
    out = root / "build"
    return {str(p.relative_to(root)): p.read_bytes() for p in sorted(out.rglob("*"))
            if p.is_file() and p.name != ".lock" and ".coursepack" not in p.parts}


# ------------------------------------------------------------------ generators

POLISH = "Zażółć gęślą jaźń: Kraków, Łódź, Gdańsk i Szczecin nad Odrą.\n"


def pack_binary(root: Path) -> None:
    (root / "content/pack.yaml").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(64))


def pack_cp1250(root: Path) -> None:
    (root / "content/pack.yaml").write_bytes(
        'title: "Kraków i Łódź"\nreadings:\n  - slug: harbour\n'.encode("cp1250"))


def source_symlink_outside(root: Path) -> None:
    target = root.parent / "outside.txt"
    target.write_text("Secret\n\nIntroduction\n\nNot part of the project.\n", encoding="utf-8")
    src = root / READING / "source/article.txt"
    src.unlink()
    os.symlink(target, src)


def reading_yaml_folder(root: Path) -> None:
    p = root / READING / "reading.yaml"
    p.unlink()
    p.mkdir()


def source_binary(root: Path) -> None:
    (root / READING / "source/article.txt").write_bytes(
        b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)) * 4)


def source_cp1250(root: Path) -> None:
    text = "Harbour councils\n\nIntroduction\n" + POLISH * 3
    (root / READING / "source/article.txt").write_bytes(text.encode("cp1250"))


def source_utf16(root: Path) -> None:
    text = "Harbour councils\n\nIntroduction\n\nThe council met every week.\n"
    (root / READING / "source/article.txt").write_bytes(text.encode("utf-16"))


def source_large(root: Path) -> None:
    para = ("The harbour council met every week to settle disputes between merchants "
            "and the customs office, and its clerks kept a ledger of every fine.\n")
    (root / READING / "source/article.txt").write_text(
        "Harbour councils\n\nIntroduction\n\n" + para * 8000, encoding="utf-8")


def landing_binary(root: Path) -> None:
    (root / READING / "source/landing.txt").write_bytes(bytes(range(256)) * 8)


def style_symlink_outside(root: Path) -> None:
    target = root.parent / "logo.png"
    target.write_bytes(b"\x89PNG\r\n\x1a\n")
    os.symlink(target, root / "content/styles/logo.png")


def style_cp1250(root: Path) -> None:
    folder = root / "content/styles"
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "reader.css").write_bytes(
        (f"/* {POLISH.strip()} */\n" + (REPO / "coursepack/styles/reader.css").read_text(encoding="utf-8"))
        .encode("cp1250", errors="replace"))


def no_templates(root: Path) -> None:
    shutil.rmtree(root / "templates")


def reading_folder_outside(root: Path) -> None:
    elsewhere = root.parent / "elsewhere"
    shutil.copytree(root / READING, elsewhere)
    os.symlink(elsewhere, root / "content/readings/elsewhere")


def glossary_outside(root: Path) -> None:
    target = root.parent / "glossary.yaml"
    target.write_text("terms:\n  - term: guild\n    definition: An association.\n",
                      encoding="utf-8")
    os.symlink(target, root / READING / "glossary.yaml")


KEY = ("-----BEGIN OPENSSH PRIVATE KEY-----\n"
       "AAAAB3NzaC1yc2EAAAADAQABAAABAQC7 not a real key\n"
       "-----END OPENSSH PRIVATE KEY-----\n")


def _secret(root: Path) -> Path:
    """A private key beside the project (outside it)."""
    target = root.parent / "id_rsa"
    target.write_text(KEY, encoding="utf-8")
    return target


def _link(root: Path, rel: str) -> None:
    link = root / rel
    link.parent.mkdir(parents=True, exist_ok=True)
    link.unlink(missing_ok=True)
    os.symlink(_secret(root), link)


def template_symlink_outside(root: Path) -> None:
    _link(root, "content/templates/reader.html.j2")


def web_template_symlink_outside(root: Path) -> None:
    _link(root, "content/templates/web/reading.html.j2")


def pack_symlink_outside(root: Path) -> None:
    _link(root, "content/pack.yaml")


def reading_yaml_symlink_outside(root: Path) -> None:
    _link(root, str(READING / "reading.yaml"))


def style_file_symlink_outside(root: Path) -> None:
    _link(root, "content/styles/reader.css")


def pack_deep_brackets(root: Path) -> None:
    (root / "content/pack.yaml").write_text("[" * 50000 + "\n", encoding="utf-8")


def glossary_deep_block(root: Path) -> None:
    (root / READING / "glossary.yaml").write_text("- " * 30000 + "x\n", encoding="utf-8")


GENERATORS = {f.__name__: f for f in (
    pack_deep_brackets, glossary_deep_block,
    template_symlink_outside, web_template_symlink_outside, pack_symlink_outside,
    reading_yaml_symlink_outside, style_file_symlink_outside,
    no_templates, reading_folder_outside, glossary_outside,
    pack_binary, pack_cp1250, source_symlink_outside, reading_yaml_folder, source_binary,
    source_cp1250, source_utf16, source_large, landing_binary, style_symlink_outside,
    style_cp1250)}
