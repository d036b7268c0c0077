"""What install.sh sets up and the fast paths depend on."""


def test_weasyprint_uses_harfbuzz_subsetting():
    # libharfbuzz-subset0 (install.sh) lets WeasyPrint subset fonts natively
    # instead of through fontTools, which is many times slower.
    from weasyprint.text.ffi import harfbuzz, harfbuzz_subset
    assert harfbuzz_subset
    assert harfbuzz.hb_version_atleast(4, 1, 0)


def test_stylesheets_parsed_once_per_renderer(tmp_path):
    from pathlib import Path

    from coursepack.render import Renderer
    root = Path(__file__).resolve().parents[2]
    r = Renderer(root)
    a = r.stylesheet(["base.css", "reader.css"], "@page { size: A4 }")
    b = r.stylesheet(["base.css", "reader.css"], "@page { size: A4 }")
    assert a is b
