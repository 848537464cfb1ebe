"""`opioidref export SLUG|lesson:NAME --pdf FILE`: an entry, handout or lesson as a PDF, headless.

The same print document as File → Export PDF… in the app (app.printdoc), painted by
app.gui.printing (imported only when the verb runs, so other verbs never load Qt).
"""

from __future__ import annotations


def register(verbs) -> dict:
    p = verbs.add_parser(
        "export", help="write an entry, handout or lesson as a PDF",
        description="Write the print version of an entry or handout (by its slug) or of a "
                    "lesson (lesson:NAME) to a PDF file, with page numbers, sources and the "
                    "disclaimer. Works without a display.")
    p.add_argument("name", metavar="SLUG|lesson:NAME",
                   help="an entry or handout slug, or lesson:NAME")
    p.add_argument("--pdf", required=True, metavar="FILE", help="the PDF file to write")
    p.add_argument("--lang", default="en", help="language: en (default) or es, where translated")
    return {"export": cmd_export}


def cmd_export(args) -> int:
    from app import cli_language
    from app.database import open_store
    from app.page_labels import labels as page_labels
    from app.printdoc import print_document
    from app.render import Renderer

    lang = cli_language.check(args.lang)
    translate = cli_language.translate_for(lang, gui=True)  # the PDF's page labels too
    from app.gui.printing import export_pdf

    store = open_store()
    try:
        document = print_document(store, Renderer(), args.name, page_labels(translate), lang)
        export_pdf(document.html, args.pdf, document.title)
    finally:
        store.close()
    print(f"Wrote “{document.title}” to {args.pdf}.")
    return 0
