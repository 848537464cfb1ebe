"""Spanish search: Spanish lay and street words find their entry in the top 3 (issue 12).

Every query is a title or alias written in content/es/ (a translation's front matter, or
content/es/aliases.yaml for entries not yet translated). Accented and unaccented forms both
appear, since the index folds diacritics. The expected slug is always the English slug.
"""

from __future__ import annotations

import pytest

from app.search import Searcher
from app.store import Store

# (query as a Spanish-speaking nurse, outreach worker or family member would type it,
#  entry expected in the top 3)
SPANISH_TOP_3 = [
    ("sobredosis", "recognising-overdose"),
    ("señales de sobredosis", "recognising-overdose"),
    ("labios morados", "recognising-overdose"),
    ("qué hacer en una sobredosis", "overdose-response-steps"),
    ("que hacer en una sobredosis", "overdose-response-steps"),
    ("naloxona", "naloxone"),
    ("la naloxona no funciona", "naloxone"),
    ("como usar la naloxona", "handout-using-naloxone"),
    ("abstinencia", "withdrawal-overview"),
    ("síndrome de abstinencia", "withdrawal-overview"),
    ("sindrome de abstinencia", "withdrawal-overview"),
    ("malilla", "withdrawal-overview"),
    ("cuanto dura la abstinencia", "withdrawal-time-course"),
    ("escala de abstinencia de opiaceos", "cows"),
    ("absceso en el brazo", "abscess"),
    ("heroína", "heroin-forms"),
    ("heroina negra", "heroin-forms"),
    ("fentanilo", "fentanyl-and-nitazenes"),
    ("pastillas falsas", "counterfeit-pills"),
    ("xilacina", "xylazine-and-sedatives"),
    ("herida negra en la pierna", "xylazine-wounds"),
    ("pupilas pequeñas", "pinpoint-pupils"),
    ("buprenorfina", "buprenorphine"),
    ("metadona", "methadone"),
    ("desintoxicacion", "supervised-withdrawal"),
    ("posicion de recuperacion", "rescue-breathing-recovery-position"),
    ("linea de ayuda en espanol", "where-to-get-help"),
    ("jeringa", "paraphernalia"),
    ("embarazada", "pregnancy-and-oud"),
]


@pytest.fixture(scope="module")
def bundled(bundled_db):
    store = Store(bundled_db)
    yield Searcher(store.conn)
    store.close()


@pytest.mark.parametrize("query, slug", SPANISH_TOP_3)
def test_spanish_query_in_top_3(bundled, query, slug):
    found = [h.slug for h in bundled.search(query, limit=3)]
    assert slug in found, (query, found)
