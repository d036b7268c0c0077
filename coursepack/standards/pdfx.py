"""PDF/X-4 placeholder (filled below)."""
def make_pdfx(writer, info):
    pass
def check(data):
    return []
