"""Regenerate the raw-extracted fixture reading from its clean text.

``python -m tests.packs.make_fixtures`` writes
``fixtures/ingest/extracted.txt``: the clean article
below (our own text, written for these tests) with the damage PDF
extraction does (see ``tests/repair/corrupter.py``).  The landing page next
to it is written by hand.  The tests read the committed files; this script
only documents where the extracted text came from.
"""

from __future__ import annotations

from pathlib import Path

from tests.repair.corrupter import Article, corrupt

HERE = Path(__file__).resolve().parent

STUDY_CIRCLES = Article(
    title="Study circles and the shared reading of difficult texts",
    abstracts=[("en", "", "This article describes how small study circles read difficult "
                "texts together and why the shared effort helps first-year students.")],
    sections=[
        ("Introduction", [
            "A study circle is a small group of readers who meet regularly to work through a "
            "text they could not easily read alone. The form is old and flexible: it has been "
            "used by trade unions, churches and universities, and it needs no more than a room, "
            "a text and an agreed rhythm of meetings.[^1]",
            "This article asks what the circle offers a first-year student who meets an "
            "official report, a treaty or a scholarly article for the first time. It argues "
            "that the benefit lies less in the explanations given than in the questions the "
            "group learns to ask.[^2]",
        ]),
        ("How a circle reads", [
            "Each meeting begins with a short summary by one member, followed by a slow "
            "reading of the passages the group found hardest. Members mark the terms they do "
            "not know and the claims they doubt, and the discussion returns to the text "
            "whenever it drifts into general opinion.[^3]",
            "The conflict between speed and depth is real. A circle that reads too little "
            "loses its members' interest; one that reads too much reads nothing well. Most "
            "groups settle on a chapter or an article per meeting and a fixed list of "
            "questions.[^4]",
        ]),
        ("Conclusion", [
            "Study circles are not a substitute for lectures or for individual work. They "
            "are a place where difficult texts become shared objects, and where students "
            "learn that careful reading is a skill that can be practised.[^5]",
        ]),
    ],
    notes={
        1: "A. Example, Reading together, Example Press 2019, pp. 10–24.",
        2: "B. Sample, Questions before answers, “Journal of Example Studies” 2020, no. 2, "
           "pp. 5–17.",
        3: "A. Example, op. cit., p. 31.",
        4: "Ibid., p. 40.",
        5: "C. Specimen, The practice of reading [online], 12 III 2021 [accessed: 3 V 2022]: "
           "<https://www.example.org/reading/the-practice-of-reading/>.",
    },
)


def main() -> None:
    out = HERE / "fixtures" / "ingest" / "extracted.txt"
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(corrupt(STUDY_CIRCLES, width=70, page_lines=14), encoding="utf-8")
    print(f"wrote {out}")


if __name__ == "__main__":
    main()
