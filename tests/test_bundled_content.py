"""The bundled reference: complete, well-formed, and found by what people actually type."""

from __future__ import annotations

import re
from collections import Counter

import pytest

from app.content import load_content
from app.search import Searcher
from app.store import Store
from tests.conftest import ROOT

CONTENT = ROOT / "content"

# (query as a nurse, outreach worker or family member would type it, entry expected in the top 3)
RELEVANCE = [
    ("narcan", "naloxone"), ("narkan", "naloxone"), ("nalaxone", "naloxone"), ("kloxxado", "naloxone"),
    ("pinned pupils", "pinpoint-pupils"), ("miosis", "pinpoint-pupils"), ("dope sick", "withdrawal-overview"),
    ("withdrawl", "withdrawal-overview"), ("goosebumps", "gooseflesh"), ("cold turkey", "withdrawal-overview"),
    ("tranq", "xylazine-and-sedatives"), ("tranq wound", "xylazine-wounds"),
    ("black wound on the leg", "xylazine-wounds"), ("suboxone", "buprenorphine"), ("bupe", "buprenorphine"),
    ("subs", "buprenorphine"), ("sublocade", "buprenorphine-formulations"), ("vivitrol", "naltrexone-extended-release"),
    ("methadone qtc", "methadone-qtc"), ("cows", "cows"), ("opiate withdrawal scale", "cows"),
    ("precipitated withdrawl", "precipitated-withdrawal"), ("micro dosing buprenorphine", "buprenorphine-low-dose-induction"),
    ("x waiver", "buprenorphine-prescribing-rules"), ("take home methadone", "methadone-take-homes-2024"),
    ("skin popping", "skin-and-muscle-popping"), ("lump in the groin", "femoral-pseudoaneurysm"),
    ("flesh eating infection", "necrotising-soft-tissue-infection"), ("necrotizing fasciitis", "necrotising-soft-tissue-infection"),
    ("heart valve infection", "infective-endocarditis"), ("drooping eyelids", "wound-botulism"), ("lockjaw", "tetanus"),
    ("hep c", "hepatitis-b-and-c"), ("fentanyl test strips", "fentanyl-and-nitazenes"), ("nitazene", "fentanyl-and-nitazenes"),
    ("xanax and heroin", "benzodiazepines-alcohol-and-opioids"), ("pregnant", "pregnancy-and-oud"),
    ("helpline", "where-to-get-help"), ("988", "where-to-get-help"), ("talk to my son about drugs", "talking-about-use"),
    ("dsm 5", "dsm5-oud-criteria"), ("track marks", "track-marks"), ("nodding off", "nodding-and-drowsiness"),
    ("smack", "heroin-forms"), ("chasing the dragon", "burns-from-smoking"), ("shoelaces", "paraphernalia"),
    ("recovery position", "rescue-breathing-recovery-position"), ("how long does naloxone last", "observation-after-naloxone"),
    ("detox", "supervised-withdrawal"), ("NA meetings", "mutual-help-groups"), ("itchy", "itching"),
    ("cold hand after injection", "arterial-injection"), ("DVT", "groin-dvt"), ("sows", "sows"),
]

# Urgent plain-word questions: the right entry must come FIRST. Question words ("how", "much",
# "not", "after") are noise, and a rare word in a title or alias beats common words in bodies.
URGENT_FIRST = [
    ("how much narcan", "naloxone"), ("second dose narcan", "naloxone"),
    ("naloxone not working", "naloxone"), ("narcan not working", "naloxone"),
    ("still not breathing after narcan", "overdose-response-steps"),
    ("narcan dose baby", "naloxone-children"), ("baby not breathing narcan", "naloxone-children"),
    ("narcan for a child", "naloxone-children"), ("toddler swallowed suboxone", "naloxone-children"),
    ("red hot swollen skin", "cellulitis"), ("cpr overdose", "opioid-associated-cardiac-arrest"),
    ("no pulse overdose", "opioid-associated-cardiac-arrest"),
    ("how long to watch after narcan", "observation-after-naloxone"),
    ("discharge after naloxone", "observation-after-naloxone"),
    ("how often rescue breaths", "rescue-breathing-recovery-position"),
    ("medetomidine", "medetomidine"), ("medetomidine withdrawal", "medetomidine"),
    ("is withdrawal dangerous", "withdrawal-overview"),
    ("fentanyl withdrawal how long", "withdrawal-time-course"),
    ("what is tranq", "xylazine-and-sedatives"), ("is narcan expired", "naloxone"),
    ("what does a black wound on my leg mean", "xylazine-wounds"),
    ("will i get arrested for calling 911", "good-samaritan-laws"), ("kratom", "kratom-and-7-oh"),
    ("fentanyl test strips", "fentanyl-test-strips"), ("m30", "counterfeit-pills"),
    ("fake pills", "counterfeit-pills"),
    ("nows", "neonatal-opioid-withdrawal"), ("baby withdrawal", "neonatal-opioid-withdrawal"),
    ("neonatal abstinence syndrome", "neonatal-opioid-withdrawal"),
]

# A clinical name typed alone opens its entry first, even when the title adds a lay term.
FIRST = [("naloxone", "naloxone"), ("methadone", "methadone"), ("buprenorphine", "buprenorphine"),
         ("abscess", "abscess"), ("cellulitis", "cellulitis"), ("tetanus", "tetanus")]


@pytest.fixture(scope="module")
def content():
    return load_content(CONTENT)


@pytest.fixture(scope="module")
def bundled(bundled_db):
    store = Store(bundled_db)
    yield Searcher(store.conn)
    store.close()


def test_counts_per_category(content):
    counts = Counter(e.category for e in content.entries)
    minimum = {"signs": 18, "overdose": 6, "withdrawal": 15, "complications": 16, "treatment": 18, "support": 10}
    for category, count in minimum.items():
        assert counts[category] >= count, category
    assert len(content.entries) >= 100


def test_every_entry_is_complete(content):
    linked = Counter(target for e in content.entries for target in e.see_also)
    for entry in content.entries:
        assert entry.summary and "\n" not in entry.summary, entry.slug
        assert len(entry.see_also) >= 2, entry.slug
        assert entry.sources and entry.reviewed, entry.slug
        assert "## What it is" in entry.body_md, entry.slug
        assert linked[entry.slug] >= 1, f"{entry.slug} is an orphan"


def test_every_source_is_cited(content):
    cited = {sid for e in content.entries for sid in e.sources}
    assert set(content.sources) == cited


def test_language_is_person_first(content):
    stigmatising = re.compile(r"\b(addicts?|junkies?|abusers?)\b", re.I)
    for entry in content.entries:
        if entry.slug in {"stigma-and-language", "street-terms-glossary"}:
            continue  # these two name the words in order to replace them
        assert not stigmatising.search(entry.body_md + entry.summary), entry.slug


def test_only_public_phone_numbers(content):
    allowed = {"1-800-662-4357", "1-800-662-HELP", "1-800-222-1222"}
    phone = re.compile(r"\b1-8\d\d-[0-9A-Z]{3}-[0-9A-Z]{4}\b|\(\d{3}\) ?\d{3}-\d{4}|\b\d{3}-\d{3}-\d{4}\b")
    for entry in content.entries:
        for number in phone.findall(entry.body_md):
            assert number in allowed, (entry.slug, number)


def test_narcan_finds_naloxone_first(bundled):
    assert bundled.search("narcan")[0].slug == "naloxone"


@pytest.mark.parametrize("query, slug", RELEVANCE)
def test_relevance_top_3(bundled, query, slug):
    found = [h.slug for h in bundled.search(query, limit=3)]
    assert slug in found, (query, found)


@pytest.mark.parametrize("query, slug", URGENT_FIRST)
def test_urgent_question_first(bundled, query, slug):
    found = [h.slug for h in bundled.search(query, limit=5)]
    assert found and found[0] == slug, (query, found)


@pytest.mark.parametrize("query, slug", FIRST)
def test_clinical_name_first(bundled, query, slug):
    assert bundled.search(query)[0].slug == slug


def test_every_entry_found_by_its_title_and_each_alias(bundled, content):
    for entry in content.entries:
        assert bundled.search(entry.title, limit=1)[0].slug == entry.slug, entry.title
        for alias in entry.aliases:
            top = [h.slug for h in bundled.search(alias, limit=5)]
            assert entry.slug in top, (alias, entry.slug, top)


# Issue 15 (complications and treatment): what ER nurses and outreach workers type.
# Kept apart from RELEVANCE and FIRST so that parallel edits to those lists merge cleanly.
ISSUE_15_FIRST = [
    ("abscess on arm", "abscess"),
    ("precipitated withdrawal after suboxone", "precipitated-withdrawal-management"),
    ("vivitrol how long off opioids", "naltrexone-extended-release"),
    ("black scab xylazine", "xylazine-wounds"),
]
ISSUE_15_TOP_3 = ISSUE_15_FIRST + [
    ("fentanyl buprenorphine start", "buprenorphine-standard-induction"),
    ("bupe dose ER", "buprenorphine-ed-high-dose"),
    ("methadone missed dose", "methadone-in-hospital"),
    ("pain control on buprenorphine", "acute-pain-on-moud"),
    ("PrEP", "hiv-prep-and-pep"),
    ("PEP needle", "hiv-prep-and-pep"),
]


@pytest.mark.parametrize("query, slug", ISSUE_15_FIRST)
def test_issue_15_answer_comes_first(bundled, query, slug):
    found = [h.slug for h in bundled.search(query, limit=3)]
    assert found and found[0] == slug, (query, found)


@pytest.mark.parametrize("query, slug", ISSUE_15_TOP_3)
def test_issue_15_answer_in_top_3(bundled, query, slug):
    found = [h.slug for h in bundled.search(query, limit=3)]
    assert slug in found, (query, found)


def test_methadone_overview_shows_first_dose_and_maintenance_range_up_front(content):
    entry = next(e for e in content.entries if e.slug == "methadone")
    first_screen = entry.body_md[:1500]
    assert "First dose" in first_screen and "30 mg" in first_screen
    assert "60-120 mg" in first_screen
