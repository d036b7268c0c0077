"""What install.sh sets up and the fast paths depend on."""


def test_weasyprint_uses_harfbuzz_subsetting():
    # libharfbuzz-subset0 (install.sh) lets WeasyPrint subset fonts natively
    # instead of through fontTools, which is many times slower.
    from weasyprint.text.ffi import harfbuzz, harfbuzz_subset
    assert harfbuzz_subset
    assert harfbuzz.hb_version_atleast(4, 1, 0)


def test_stylesheets_parsed_once_per_renderer(tmp_path):
    from pathlib import Path

    from coursepack.render.env import Renderer
    root = Path(__file__).resolve().parents[2]
    r = Renderer(root)
    a = r.stylesheet(["base.css", "reader.css"], "@page { size: A4 }")
    b = r.stylesheet(["base.css", "reader.css"], "@page { size: A4 }")
    assert a is b


def test_global_options_before_or_after_the_command(tmp_path, monkeypatch, capsys):
    from coursepack.cli import main
    there, here = tmp_path / "there", tmp_path / "here"
    there.mkdir()
    here.mkdir()
    monkeypatch.chdir(here)
    for argv in (["--root", str(there), "check", "--quiet"],
                 ["check", "--root", str(there), "--quiet"]):
        assert main(argv) == 2, argv            # no content/ there: bad input, not a crash
        err = capsys.readouterr().err
        assert f"is {there} the project folder?" in err, (argv, err)
    # and main applies the defaults when the option is not given at all
    assert main(["check", "--quiet"]) == 2
    assert f"is {here} the project folder?" in capsys.readouterr().err
