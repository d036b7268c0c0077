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


def test_global_options_before_or_after_the_command(tmp_path, monkeypatch):
    from coursepack.cli import _parser, main
    for argv in (["--root", str(tmp_path), "check"], ["check", "--root", str(tmp_path)]):
        args = _parser().parse_args(argv)
        assert args.root == tmp_path, argv
    # and main applies the defaults when the option is not given at all
    monkeypatch.chdir(tmp_path)
    assert main(["check", "--quiet"]) == 2      # no content/ here: bad input, not a crash
