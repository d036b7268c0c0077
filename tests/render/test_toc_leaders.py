"""The contents page: every entry's page number stands in one column (one-line
entries' numbers stood 4mm left of wrapped entries': WeasyPrint's leader
ignores text-indent, which set the hanging indent)."""

from __future__ import annotations

import re

import pytest

pytestmark = pytest.mark.slow

WORDS = ("Working for the meeting means nothing has changed at the plant in "
         "Hanover since the group leaders were chosen by the workers themselves "
         "in the spring").split()


@pytest.fixture(scope="module")
def contents(tmp_path_factory):
    import pdfplumber
    from tests.packs.project import make_project
    from coursepack.build import Options, build
    root = make_project(tmp_path_factory.mktemp("toc") / "p", seed=False,
                        pack="title: Contents test\nreadings:\n  - slug: plant\n")
    folder = root / "content" / "readings" / "plant"
    (folder / "source").mkdir(parents=True)
    # titles one word, then one letter, longer each: some end at the line's end
    titles = [" ".join(WORDS[:n]) for n in range(6, len(WORDS) + 1, 3)]
    titles += [" ".join(WORDS[:9]) + " " + "Hanoverians"[:k] for k in range(1, 12)]
    sections = []
    for n, title in enumerate(titles, 6):
        sections.append(f"## {title}\n\nThe section's text, a sentence long.\n")
        if n % 4 == 0:
            sections.append(f"### Part {n}\n\nAnother sentence of text.\n")
    (folder / "source" / "article.md").write_text(
        "# The plant\n\n" + "\n".join(sections), encoding="utf-8")
    (folder / "reading.yaml").write_text(
        "title: The plant\nauthors: [Ann Example]\nyear: '2001'\nlanguage: en\n"
        "sources:\n  markdown: source/article.md\n", encoding="utf-8")
    build(root, Options(quiet=True))
    lines = []
    with pdfplumber.open(str(root / "build" / "reader.pdf")) as pdf:
        for page in pdf.pages:
            text = page.extract_text() or ""
            if ". . . ." not in text:
                continue        # not a contents page
            rows = []               # words whose tops lie within 3pt: one line
            for w in sorted(page.extract_words(), key=lambda w: w["top"]):
                if rows and w["top"] - rows[-1][0]["top"] < 3:
                    rows[-1].append(w)
                else:
                    rows.append([w])
            lines += [sorted(ws, key=lambda w: w["x0"]) for ws in rows]
    assert lines, "no contents page found"
    return lines


def test_page_numbers_stand_in_one_column(contents):
    ends = [ws[-1]["x1"] for ws in contents if re.fullmatch(r"\d+", ws[-1]["text"])
            and len(ws) > 1]
    assert len(ends) >= 20
    assert max(ends) - min(ends) < 0.5, sorted(set(round(e, 1) for e in ends))

