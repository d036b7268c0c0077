"""Print what read_pdf finds in PDFs: per block its id, role and first words.

    python3 tests/read_pdf/dump.py /work/shared/corpus/pdf/*.pdf [--roles heading,note] [--full]
"""

import sys
import time

from coursepack.read.pdf import read_pdf


def main(argv):
    roles = None
    full = "--full" in argv
    paths = [a for a in argv if a.endswith(".pdf")]
    for a in argv:
        if a.startswith("--roles="):
            roles = set(a.split("=", 1)[1].split(","))
    for p in paths:
        t = time.perf_counter()
        s = read_pdf(p)
        dt = time.perf_counter() - t
        print(f"=== {p} {len(s.pages)} pages {dt:.2f}s meta={s.meta}")
        for b in s.blocks:
            if roles and b.role not in roles:
                continue
            text = b.text.replace("\n", " ⏎ ")
            extra = f" L{b.level}" if b.level else ""
            extra += f" #{b.number}" if b.number is not None else ""
            extra += " +cont" if b.continues else ""
            print(f"  {b.id:9} {b.role:12}{extra:8} {text if full else text[:100]!r}  [{b.why}]")
        for d in s.doubts:
            print(f"  doubt {d.kind}: {d.message}")


if __name__ == "__main__":
    main(sys.argv[1:])
