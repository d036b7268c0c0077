"""Reference lists in manners and languages the corpus lacks, typeset in a
small article, read back and printed: the printed bibliography field by
field against what the list says.

The corpus (``corpus_bib.py``) holds English author-date, numbered and
German lists; real articles from other journals bring French lists
("In : … (éd.)", "p. 45-67", "Paris : PUF"), Spanish ones ("En:", "pp.",
"y"), Vancouver lists cut to six names and "et al.", DOIs written as
``https://doi.org/`` addresses broken across lines, Harvard's "[Online]",
"Available at:" and "[Accessed …]".  Each list here is a small article of
our own making (invented works: names, titles and numbers are made up),
typeset by WeasyPrint with hanging indents, read by the PDF reader,
repaired, and its bibliography built as a build builds it::

    python3 benchmarks/unseen_bib.py            # per list and in total
    python3 benchmarks/unseen_bib.py -v         # each wrong field
    python3 benchmarks/unseen_bib.py --keep DIR # keep the PDFs made

The expected fields are written beside each entry: the surnames of the
authors (or editors, for an edited book), year, title, container, volume,
issue, pages, publisher, place, DOI, URL; a field left out is expected
empty.  Compared as ``corpus_refs.py`` compares (normalised strings).
"""

from __future__ import annotations

import argparse
import html
import re
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks.corpus_refs import _norm  # noqa: E402

FIELDS = ["surnames", "year", "title", "container", "volume", "issue", "pages", "publisher",
          "place", "doi", "url"]

#: (list name, language, heading, numbered, body text, [(entry as printed, expected fields)])
LISTS = [
    ("french-author-date", "fr", "Bibliographie", False,
     "Comme le montrent Castel (1995) et Paugam (2005), la question sociale se transforme ; "
     "voir aussi Dubet (2002, p. 50), Lemieux et Vilbrod (2010) et Bourdieu (1979).", [
         ("Bourdieu, P. (1979). <i>La distinction. Critique sociale du jugement</i>. Paris : Éditions de Minuit.",
          dict(surnames="bourdieu", year="1979", title="La distinction. Critique sociale du jugement",
               publisher="Éditions de Minuit", place="Paris")),
         ("Castel, R. (1995). <i>Les métamorphoses de la question sociale. Une chronique du salariat</i>. "
          "Paris : Fayard.",
          dict(surnames="castel", year="1995",
               title="Les métamorphoses de la question sociale. Une chronique du salariat",
               publisher="Fayard", place="Paris")),
         ("Dubet, F. (2002). « Le déclin de l’institution scolaire ». In : J. Martin et A. Roux (éd.), "
          "<i>Les institutions en question</i>. Lyon : Presses universitaires de Lyon, p. 45-67.",
          dict(surnames="dubet", year="2002", title="Le déclin de l’institution scolaire",
               container="Les institutions en question", pages="45-67",
               publisher="Presses universitaires de Lyon", place="Lyon")),
         ("Lemieux, C. et Vilbrod, A. (2010). « Les métiers de la relation ». <i>Sociologie du travail</i>, "
          "vol. 52, n° 3, p. 301-322.",
          dict(surnames="lemieux|vilbrod", year="2010", title="Les métiers de la relation",
               container="Sociologie du travail", volume="52", issue="3", pages="301-322")),
         ("Paugam, S. (2005). « Les formes élémentaires de la pauvreté ». <i>Revue française de sociologie</i>, "
          "vol. 46, n° 2, p. 401-430.",
          dict(surnames="paugam", year="2005", title="Les formes élémentaires de la pauvreté",
               container="Revue française de sociologie", volume="46", issue="2", pages="401-430")),
     ]),
    ("spanish-author-date", "es", "Referencias", False,
     "Según Castells (1997) y García y López (2015), la sociedad red cambia el trabajo "
     "(Pérez, 2010; Ruiz, 2018).", [
         ("Castells, M. (1997). <i>La era de la información. Economía, sociedad y cultura</i>. Madrid: Alianza.",
          dict(surnames="castells", year="1997", title="La era de la información. Economía, sociedad y cultura",
               publisher="Alianza", place="Madrid")),
         ("García, J. y López, M. (2015). Trabajo y precariedad en la ciudad. <i>Revista Española de "
          "Sociología</i>, 24(2), pp. 33-51.",
          dict(surnames="garcía|lópez", year="2015", title="Trabajo y precariedad en la ciudad",
               container="Revista Española de Sociología", volume="24", issue="2", pages="33-51")),
         ("Pérez, A. (2010). El empleo juvenil. En: R. Gómez (ed.), <i>Juventud y mercado</i> (pp. 12-30). "
          "Barcelona: Ariel.",
          dict(surnames="pérez", year="2010", title="El empleo juvenil", container="Juventud y mercado",
               pages="12-30", publisher="Ariel", place="Barcelona")),
         ("Ruiz, L. (2018). <i>Ciudades y desigualdad</i>. México: Fondo de Cultura Económica.",
          dict(surnames="ruiz", year="2018", title="Ciudades y desigualdad",
               publisher="Fondo de Cultura Económica", place="México")),
     ]),
    ("vancouver-doi", "en", "References", True,
     "Screening instruments differ in their reach [1,2]; parent reports were compared with "
     "teacher reports [3] and with clinical assessment [4].", [
         ("1. Lindqvist A, Hammar B, Sørensen K, Ojala T, Virtanen P, Berg M, et al. Early screening of "
          "language delay in preschool children. Acta Paediatr. 2012;101(4):412-9. "
          "https://doi.org/10.1111/j.1651-2227.2011.02532.x",
          dict(surnames="lindqvist|hammar|sørensen|ojala|virtanen|berg", year="2012",
               title="Early screening of language delay in preschool children", container="Acta Paediatr",
               volume="101", issue="4", pages="412-9", doi="10.1111/j.1651-2227.2011.02532.x")),
         ("2. Moreau C, Dufresne J. Parent and teacher ratings of attention problems. J Child Psychol "
          "Psychiatry. 2009;50(7):845-53.",
          dict(surnames="moreau|dufresne", year="2009",
               title="Parent and teacher ratings of attention problems",
               container="J Child Psychol Psychiatry", volume="50", issue="7", pages="845-53")),
         ("3. Tanaka H, Okada R, Ishii N. Agreement between informants in child psychiatry: a "
          "meta-analysis. Eur Child Adolesc Psychiatry. 2015;24(9):1017-30. "
          "https://doi.org/10.1007/s00787-015-0683-8",
          dict(surnames="tanaka|okada|ishii", year="2015",
               title="Agreement between informants in child psychiatry: a meta-analysis",
               container="Eur Child Adolesc Psychiatry", volume="24", issue="9", pages="1017-30",
               doi="10.1007/s00787-015-0683-8")),
         ("4. Reyes MA, Cook EH Jr. Clinical assessment of autism spectrum disorders. Pediatrics. "
          "2018;141(2):e20172011.",
          dict(surnames="reyes|cook", year="2018",
               title="Clinical assessment of autism spectrum disorders", container="Pediatrics",
               volume="141", issue="2", pages="e20172011")),
     ]),
    ("harvard-online", "en", "Reference list", False,
     "Recent reports (OECD, 2019; Hall and Ferris, 2021) and guidance (Office for National "
     "Statistics, 2020) document the trend (Nolan, 2016).", [
         ("Hall, S. and Ferris, D. (2021) ‘Housing precarity after the pandemic’, <i>Urban Studies "
          "Review</i>, 14(3), pp. 201–219. [Online]. Available at: https://www.urbanstudiesreview.org/"
          "articles/housing-precarity-2021 (Accessed: 12 March 2022).",
          dict(surnames="hall|ferris", year="2021", title="Housing precarity after the pandemic",
               container="Urban Studies Review", volume="14", issue="3", pages="201-219",
               url="https://www.urbanstudiesreview.org/articles/housing-precarity-2021")),
         ("Nolan, B. (2016) <i>Inequality and inclusive growth in rich countries</i>. Oxford: Oxford "
          "University Press.",
          dict(surnames="nolan", year="2016", title="Inequality and inclusive growth in rich countries",
               publisher="Oxford University Press", place="Oxford")),
         ("OECD (2019) <i>Under pressure: the squeezed middle class</i>. Paris: OECD Publishing. "
          "Available at: https://doi.org/10.1787/689afed1-en (Accessed: 5 May 2020).",
          dict(surnames="oecd", year="2019", title="Under pressure: the squeezed middle class",
               publisher="OECD Publishing", place="Paris", doi="10.1787/689afed1-en")),
         ("Office for National Statistics (2020) <i>Household income inequality, UK: financial year "
          "ending 2020</i> [Online]. Available at: https://www.ons.gov.uk/peoplepopulationandcommunity/"
          "personalandhouseholdfinances/incomeandwealth (Accessed: 3 May 2021).",
          dict(surnames="office for national statistics", year="2020",
               title="Household income inequality, UK: financial year ending 2020",
               url="https://www.ons.gov.uk/peoplepopulationandcommunity/personalandhouseholdfinances/"
                   "incomeandwealth")),
     ]),
]

#: lists written after the first four were read back and their faults mended
#: (their first reading is the measure of what is not yet seen)
LISTS += [
    ("apa7-doi", "en", "References", False,
     "Prior work (Adams & Baker, 2019a, 2019b; World Health Organization, 2020) and a handbook "
     "chapter (Nguyen, 2017) frame the question; see also Olsen (2015).", [
         ("Adams, R. J., &amp; Baker, T. (2019a). Loneliness in later life: A longitudinal study. "
          "<i>Journal of Aging Studies</i>, <i>48</i>, 25–34. https://doi.org/10.1016/j.jaging.2019.01.003",
          dict(surnames="adams|baker", year="2019a", title="Loneliness in later life: A longitudinal study",
               container="Journal of Aging Studies", volume="48", pages="25-34",
               doi="10.1016/j.jaging.2019.01.003")),
         ("Adams, R. J., &amp; Baker, T. (2019b). Social ties and health in retirement. <i>Ageing &amp; "
          "Society</i>, <i>39</i>(7), 1410–1432. https://doi.org/10.1017/S0144686X18000077",
          dict(surnames="adams|baker", year="2019b", title="Social ties and health in retirement",
               container="Ageing & Society", volume="39", issue="7", pages="1410-1432",
               doi="10.1017/S0144686X18000077")),
         ("Nguyen, H. (2017). Measuring wellbeing. In P. Lorenz &amp; K. Ito (Eds.), <i>Handbook of "
          "survey methods</i> (2nd ed., pp. 112–130). Sage.",
          dict(surnames="nguyen", year="2017", title="Measuring wellbeing", container="Handbook of survey methods",
               pages="112-130", publisher="Sage")),
         ("Olsen, K. (2015). <i>Neighbourhoods and networks</i>. Routledge.",
          dict(surnames="olsen", year="2015", title="Neighbourhoods and networks", publisher="Routledge")),
         ("World Health Organization. (2020). <i>Decade of healthy ageing: Baseline report</i>. "
          "https://www.who.int/publications/i/item/9789240017900",
          dict(surnames="world health organization", year="2020", title="Decade of healthy ageing: Baseline report",
               url="https://www.who.int/publications/i/item/9789240017900")),
     ]),
    ("italian-author-date", "it", "Riferimenti bibliografici", False,
     "Come mostrano Rossi (2008) e Bianchi (2011), il lavoro cambia la città (Verdi e Neri, 2014).", [
         ("Bianchi, L. (2011), «La città diffusa», in A. Conti (a cura di), <i>Le città italiane</i>, "
          "Milano, FrancoAngeli, pp. 10-30.",
          dict(surnames="bianchi", year="2011", title="La città diffusa", container="Le città italiane",
               pages="10-30", publisher="FrancoAngeli", place="Milano")),
         ("Rossi, M. (2008), <i>Il lavoro che cambia</i>, Bologna, Il Mulino.",
          dict(surnames="rossi", year="2008", title="Il lavoro che cambia", publisher="Il Mulino",
               place="Bologna")),
         ("Verdi, G. e Neri, P. (2014), «Periferie e lavoro», <i>Rassegna Italiana di Sociologia</i>, "
          "55, 3, pp. 455-478.",
          dict(surnames="verdi|neri", year="2014", title="Periferie e lavoro",
               container="Rassegna Italiana di Sociologia", volume="55", issue="3", pages="455-478")),
     ]),
    ("ieee-numbered", "en", "References", True,
     "Earlier detectors [1] and learned models [2], [3] are compared with a survey [4].", [
         ("[1] A. Kumar, B. Singh, and C. Mehta, “Edge detection in noisy images,” <i>IEEE Trans. Image "
          "Process.</i>, vol. 24, no. 3, pp. 1021–1033, Mar. 2015, doi: 10.1109/TIP.2015.2391234.",
          dict(surnames="kumar|singh|mehta", year="2015", title="Edge detection in noisy images",
               container="IEEE Trans. Image Process", volume="24", issue="3", pages="1021-1033",
               doi="10.1109/TIP.2015.2391234")),
         ("[2] L. Zhao and M. Chen, “Learning features for texture,” in <i>Proc. Int. Conf. Computer "
          "Vision</i>, Venice, Italy, 2017, pp. 88–96.",
          dict(surnames="zhao|chen", year="2017", title="Learning features for texture",
               container="Proc. Int. Conf. Computer Vision", pages="88-96", place="Venice, Italy")),
         ("[3] R. Osei, <i>Deep Models for Vision</i>, 2nd ed. Cambridge, MA, USA: MIT Press, 2019.",
          dict(surnames="osei", year="2019", title="Deep Models for Vision", publisher="MIT Press",
               place="Cambridge, MA, USA")),
         ("[4] S. Park, “A survey of segmentation,” 2020. [Online]. Available: "
          "https://arxiv.org/abs/2001.05566",
          dict(surnames="park", year="2020", title="A survey of segmentation",
               url="https://arxiv.org/abs/2001.05566")),
     ]),
    ("chicago-bibliography", "en", "Bibliography", False,
     "As Fischer argues (Fischer 2004, 12; 2010), and as Moreno (1999) and Quist (2012) show.", [
         ("Fischer, Anna. <i>The River Towns</i>. Chicago: University of Chicago Press, 2004.",
          dict(surnames="fischer", year="2004", title="The River Towns",
               publisher="University of Chicago Press", place="Chicago")),
         ("———. “Floods and Memory.” <i>Environmental History</i> 15, no. 2 (2010): 233–58.",
          dict(surnames="fischer", year="2010", title="Floods and Memory", container="Environmental History",
               volume="15", issue="2", pages="233-58")),
         ("Moreno, Luis, and Clara Vidal. “Ports and Politics.” In <i>Maritime Worlds</i>, edited by "
          "Peter Holm, 45–67. London: Verso, 1999.",
          dict(surnames="moreno|vidal", year="1999", title="Ports and Politics", container="Maritime Worlds",
               pages="45-67", publisher="Verso", place="London")),
         ("Quist, Jonas. “Counting the Poor.” <i>New Left Review</i>, no. 74 (2012): 5–29.",
          dict(surnames="quist", year="2012", title="Counting the Poor", container="New Left Review",
               issue="74", pages="5-29")),
     ]),
]

#: a third round, written after the second was mended
LISTS += [
    ("german-harvard", "de", "Literatur", False,
     "Wie Müller und Schmidt (2012) und Weber (1922) zeigen, ist Bildung ungleich verteilt "
     "(Becker 2009; Statistisches Bundesamt 2019).", [
         ("Becker, R. (Hrsg.) (2009): <i>Lehrbuch der Bildungssoziologie</i>. 2. Aufl. Wiesbaden: VS Verlag.",
          dict(surnames="becker", year="2009", title="Lehrbuch der Bildungssoziologie",
               publisher="VS Verlag", place="Wiesbaden")),
         ("Müller, K./Schmidt, A. (2012): Bildung und Herkunft. In: <i>Zeitschrift für Soziologie</i> 41 (3), "
          "S. 201–219.",
          dict(surnames="müller|schmidt", year="2012", title="Bildung und Herkunft",
               container="Zeitschrift für Soziologie", volume="41", issue="3", pages="201-219")),
         ("Statistisches Bundesamt (2019): <i>Mikrozensus 2018. Bevölkerung und Erwerbstätigkeit</i>. Online "
          "verfügbar unter https://www.destatis.de/DE/Themen/Gesellschaft-Umwelt/mikrozensus.html, zuletzt "
          "geprüft am 12.03.2020.",
          dict(surnames="statistisches bundesamt", year="2019",
               title="Mikrozensus 2018. Bevölkerung und Erwerbstätigkeit",
               url="https://www.destatis.de/DE/Themen/Gesellschaft-Umwelt/mikrozensus.html")),
         ("Weber, M. (1922): <i>Wirtschaft und Gesellschaft</i>. Tübingen: Mohr.",
          dict(surnames="weber", year="1922", title="Wirtschaft und Gesellschaft", publisher="Mohr",
               place="Tübingen")),
     ]),
    ("dutch-apa", "nl", "Literatuur", False,
     "Volgens Jansen en de Vries (2016) en Van der Berg (2010) verandert het werk (Bakker, 2019).", [
         ("Bakker, L. (2019). Flexibel werk in Nederland. <i>Tijdschrift voor Arbeidsvraagstukken</i>, "
          "<i>35</i>(1), 7–24.",
          dict(surnames="bakker", year="2019", title="Flexibel werk in Nederland",
               container="Tijdschrift voor Arbeidsvraagstukken", volume="35", issue="1", pages="7-24")),
         ("Berg, J. van der (2010). <i>De stad en het werk</i>. Amsterdam: Boom.",
          dict(surnames="berg", year="2010", title="De stad en het werk", publisher="Boom", place="Amsterdam")),
         ("Jansen, P., &amp; de Vries, M. (2016). Werk en gezin. <i>Mens &amp; Maatschappij</i>, <i>91</i>(2), "
          "123–145.",
          dict(surnames="jansen|de vries", year="2016", title="Werk en gezin", container="Mens & Maatschappij",
               volume="91", issue="2", pages="123-145")),
     ]),
    ("portuguese-abnt", "pt", "Referências", False,
     "Segundo Freire (1987), Silva (2010) e Santos e Oliveira (2010), a escola muda.", [
         ("FREIRE, Paulo. <b>Pedagogia do oprimido</b>. 17. ed. Rio de Janeiro: Paz e Terra, 1987.",
          dict(surnames="freire", year="1987", title="Pedagogia do oprimido", publisher="Paz e Terra",
               place="Rio de Janeiro")),
         ("SANTOS, Maria; OLIVEIRA, Pedro. A escola pública e a cidade. <b>Revista Brasileira de "
          "Educação</b>, v. 15, n. 44, p. 233-250, 2010.",
          dict(surnames="santos|oliveira", year="2010", title="A escola pública e a cidade",
               container="Revista Brasileira de Educação", volume="15", issue="44", pages="233-250")),
         ("SILVA, João. <b>Trabalho e cidade</b>. São Paulo: Cortez, 2010.",
          dict(surnames="silva", year="2010", title="Trabalho e cidade", publisher="Cortez",
               place="São Paulo")),
     ]),
    ("mla", "en", "Works Cited", False,
     "Rivers shaped the towns (Lee 45; Smith and Lee 12), as did trade (Okafor).", [
         ("Lee, Ann. “Rivers and Cities.” <i>Urban History</i>, vol. 12, no. 3, 2005, pp. 45-67.",
          dict(surnames="lee", year="2005", title="Rivers and Cities", container="Urban History",
               volume="12", issue="3", pages="45-67")),
         ("Okafor, Chidi. <i>Trade and the Delta</i>. Ibadan UP, 2014.",
          dict(surnames="okafor", year="2014", title="Trade and the Delta", publisher="Ibadan UP")),
         ("Smith, John, and Ann Lee. <i>The River Towns</i>. U of Chicago P, 2001.",
          dict(surnames="smith|lee", year="2001", title="The River Towns", publisher="U of Chicago P")),
     ]),
]

#: a fourth round, written after the third was mended
LISTS += [
    ("polish", "pl", "Bibliografia", False,
     "Jak pokazują Kowalski i Nowak (2015) oraz Nowak (2010), praca się zmienia (Wiśniewska 2018).", [
         ("Kowalski J., Nowak A. (2015), <i>Praca i rodzina w Polsce</i>, „Studia Socjologiczne”, nr 2, "
          "s. 45–67.",
          dict(surnames="kowalski|nowak", year="2015", title="Praca i rodzina w Polsce",
               container="Studia Socjologiczne", issue="2", pages="45-67")),
         ("Nowak A. (2010), <i>Miasto i praca</i>, Wydawnictwo Naukowe PWN, Warszawa.",
          dict(surnames="nowak", year="2010", title="Miasto i praca", publisher="Wydawnictwo Naukowe PWN",
               place="Warszawa")),
         ("Wiśniewska M. (2018), <i>Migracje zarobkowe</i>, [w:] P. Zieliński (red.), <i>Rynek pracy</i>, "
          "Scholar, Warszawa, s. 101–120.",
          dict(surnames="wiśniewska", year="2018", title="Migracje zarobkowe", container="Rynek pracy",
               pages="101-120", publisher="Scholar", place="Warszawa")),
     ]),
    ("chicago-author-date", "en", "References", False,
     "Weber (2002) and Durkheim ([1897] 1951) saw it early; Tilly and Wood (2013, 12) extend it, "
     "as do government figures (Department for Work and Pensions 2021).", [
         ("Department for Work and Pensions. 2021. “Households Below Average Income: For Financial Years "
          "Ending 1995 to 2020.” Accessed June 3, 2021. https://www.gov.uk/government/statistics/"
          "households-below-average-income-for-financial-years-ending-1995-to-2020.",
          dict(surnames="department for work and pensions", year="2021",
               title="Households Below Average Income: For Financial Years Ending 1995 to 2020",
               url="https://www.gov.uk/government/statistics/households-below-average-income-for-financial-"
                   "years-ending-1995-to-2020")),
         ("Durkheim, Émile. (1897) 1951. <i>Suicide: A Study in Sociology</i>. Translated by John A. "
          "Spaulding and George Simpson. New York: Free Press.",
          dict(surnames="durkheim", year="1951", title="Suicide: A Study in Sociology", publisher="Free Press",
               place="New York")),
         ("Tilly, Charles, and Lesley J. Wood. 2013. <i>Social Movements, 1768–2012</i>. 3rd ed. Boulder, "
          "CO: Paradigm.",
          dict(surnames="tilly|wood", year="2013", title="Social Movements, 1768–2012", publisher="Paradigm",
               place="Boulder, CO")),
         ("Weber, Max. 2002. <i>The Protestant Ethic and the Spirit of Capitalism</i>. Translated by "
          "Stephen Kalberg. Los Angeles: Roxbury.",
          dict(surnames="weber", year="2002", title="The Protestant Ethic and the Spirit of Capitalism",
               publisher="Roxbury", place="Los Angeles")),
     ]),
    ("ama", "en", "References", True,
     "Depression is common in primary care [1] and treatable [2].", [
         ("1. Okonkwo C, Brandt L. Prevalence of depression in primary care. <i>JAMA</i>. "
          "2019;321(4):345-352. doi:10.1001/jama.2018.20123",
          dict(surnames="okonkwo|brandt", year="2019", title="Prevalence of depression in primary care",
               container="JAMA", volume="321", issue="4", pages="345-352", doi="10.1001/jama.2018.20123")),
         ("2. Haas M, Lindgren S, Petrov D. <i>Treating Depression</i>. 2nd ed. Oxford University Press; 2016.",
          dict(surnames="haas|lindgren|petrov", year="2016", title="Treating Depression",
               publisher="Oxford University Press")),
     ]),
]


def article_html(heading: str, lang: str, numbered: bool, body: str, entries: list[str]) -> str:
    """A one-page article: title, author, two paragraphs, the list with
    hanging indents (long addresses break where the line ends)."""
    items = "\n".join(f'<p class="ref">{e}</p>' for e in entries)
    filler = ("The argument is developed in three steps. First, the data and the design are "
              "described; second, the results are reported; third, they are discussed in the light "
              "of the literature. ") * 3
    return f"""<!doctype html><html lang="{lang}"><head><meta charset="utf-8"><style>
@page {{ size: A4; margin: 25mm 22mm; }}
body {{ font-family: 'DejaVu Serif', serif; font-size: 10.5pt; line-height: 1.35; }}
h1 {{ font-size: 16pt; }} h2 {{ font-size: 12pt; margin-top: 14pt; }}
p {{ text-align: justify; margin: 0 0 6pt; }}
p.ref {{ padding-left: 1.5em; text-indent: -1.5em; text-align: left; overflow-wrap: anywhere;
         margin: 0 0 3pt; }}
</style></head><body>
<h1>A study of reference lists in print</h1>
<p class="author">Ana Example</p>
<h2>1 Introduction</h2>
<p>{html.escape(body)} {filler}</p>
<p>{filler}</p>
<h2>{heading}</h2>
{items}
</body></html>"""


def make_pdf(path: Path, heading: str, lang: str, numbered: bool, body: str, entries: list[str]) -> None:
    from weasyprint import HTML
    HTML(string=article_html(heading, lang, numbered, body, entries)).write_pdf(path)


def built_view(e) -> dict:
    """The compared fields of a built entry."""
    f, p = e.fields, e.persons
    people = p.get("author") or p.get("editor") or []
    sur = "|".join(_norm(x.strip("{}").split(",")[0]) for x in people if x != "others")
    cont = next((f[k] for k in ("journal", "booktitle", "series", "organization") if f.get(k)), "")
    return {"surnames": sur, "year": _norm(str(f.get("year", ""))), "title": _norm(str(f.get("title", ""))),
            "container": _norm(str(cont)), "volume": _norm(str(f.get("volume", ""))),
            "issue": _norm(str(f.get("number", ""))), "pages": _norm(str(f.get("pages", ""))),
            "publisher": _norm(str(f.get("publisher", "") or f.get("institution", ""))),
            "place": _norm(str(f.get("address", ""))),
            "doi": _norm(re.sub(r"(?i)^https?://(?:dx\.)?doi\.org/", "", str(f.get("doi", "")))),
            "url": _norm(str(f.get("url", ""))).rstrip("/")}


def expected_view(x: dict) -> dict:
    return {k: _norm(x.get(k, "")) if k != "surnames" else x.get(k, "").casefold() for k in FIELDS}


def read_back(pdf: Path, lang: str):
    """The bibliography a build makes of ``pdf``: read, repaired, built."""
    from coursepack.bibliography import build_bibliography
    from coursepack.read import read_pdf
    from coursepack.read.figures import page_graphics, settle
    from coursepack.repair import repair_structure
    result = repair_structure(settle(read_pdf(pdf), page_graphics(pdf)), source=pdf.name)
    bib = build_bibliography(result.footnotes, landing_refs=list(result.references) or None,
                             sections=result.sections, lang=lang)
    return result, bib


def score(name, lang, heading, numbered, body, entries, folder: Path, verbose: bool = False) -> dict:
    from rapidfuzz import fuzz
    pdf = folder / f"{name}.pdf"
    make_pdf(pdf, heading, lang, numbered, body, [t for t, _ in entries])
    result, bib = read_back(pdf, lang)
    got = [(e, built_view(e)) for e in bib.entries]
    out = {"gold": len(entries), "found": 0, "fay": 0, "all": 0, "fields": {k: 0 for k in FIELDS},
           "refs": len(result.references), "linked": getattr(bib.intext, "linked", 0)}
    used: set[int] = set()
    for text, want in entries:
        w = expected_view(want)
        best = max(((fuzz.ratio(w["title"], g["title"]) + fuzz.ratio(w["surnames"], g["surnames"]), i)
                    for i, (_, g) in enumerate(got) if i not in used), default=(0, -1))
        if best[0] < 100:
            if verbose:
                print(f"  [{name}] not found: {re.sub('<[^>]+>', '', text)[:90]}")
            continue
        used.add(best[1])
        g = got[best[1]][1]
        out["found"] += 1
        ok = {k: w[k] == g[k] for k in FIELDS}
        for k in FIELDS:
            out["fields"][k] += ok[k]
        out["fay"] += ok["surnames"] and ok["year"] and ok["title"]
        out["all"] += all(ok.values())
        if verbose and not all(ok.values()):
            print(f"  [{name}] {re.sub('<[^>]+>', '', text)[:100]}")
            for k in FIELDS:
                if not ok[k]:
                    print(f"      {k:9} want={w[k]!r:.70}\n      {'':9} got ={g[k]!r:.70}")
    return out


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("-v", "--verbose", action="store_true", help="print each wrong field")
    ap.add_argument("--keep", type=Path, help="keep the PDFs made in this folder")
    ap.add_argument("--only", help="only the list of this name")
    a = ap.parse_args(argv)
    tot = {"gold": 0, "found": 0, "fay": 0, "all": 0}
    fields = {k: 0 for k in FIELDS}
    with tempfile.TemporaryDirectory() as tmp:
        folder = a.keep or Path(tmp)
        folder.mkdir(parents=True, exist_ok=True)
        print(f"{'list':24} {'gold':>4} {'read':>4} {'found':>5} {'A+Y+T':>5} {'all':>4} {'linked':>6}")
        for spec in LISTS:
            if a.only and spec[0] != a.only:
                continue
            s = score(*spec, folder=folder, verbose=a.verbose)
            print(f"{spec[0]:24} {s['gold']:4} {s['refs']:4} {s['found']:5} {s['fay']:5} {s['all']:4} "
                  f"{s['linked']:6}")
            for k in tot:
                tot[k] += s[k]
            for k in FIELDS:
                fields[k] += s["fields"][k]
    n = max(tot["gold"], 1)
    print(f"{'total':24} {tot['gold']:4} {'':4} {tot['found']:5} {tot['fay']:5} {tot['all']:4}")
    print(f"found {tot['found'] / n:.1%}, first author + year + title {tot['fay'] / n:.1%}, "
          f"all fields {tot['all'] / n:.1%} of {tot['gold']} entries")
    print("per field: " + ", ".join(f"{k} {v / n:.0%}" for k, v in fields.items()))
    return 0


if __name__ == "__main__":
    sys.exit(main())
