"""The commands that work on a reading's editable lists (`questions`,
`timeline`, `glossary --suggest`) run: each gathers the editions and writes
its file (they once asked the build module for `gather`, which had moved)."""

from coursepack.cli import main
from tests.build.conftest import make_project


def test_list_commands_write_their_files(tmp_path, capsys):
    root = make_project(tmp_path / "p")
    folder = root / "content" / "readings" / "lighthouses"
    for argv, made in ((["questions"], "questions.yaml"), (["timeline"], "timeline.yaml"),
                       (["glossary", "--suggest"], "glossary.yaml")):
        assert main([*argv, "--root", str(root)]) == 0, capsys.readouterr().err
        out = capsys.readouterr().out
        assert (folder / made).is_file() and "lighthouses: " in out, out
    assert "questions:" in (folder / "questions.yaml").read_text(encoding="utf-8")
    assert "events:" in (folder / "timeline.yaml").read_text(encoding="utf-8")
