"""Stage 2, clean: only the article is kept, nothing of it is lost, and every removal has a reason."""

from __future__ import annotations

from collections import Counter

import pytest

from generator import clean as c
from generator.clean import clean
from generator import heuristics as h
from generator.heuristics import squeeze
from generator.read import read_article, split_blocks

from .conftest import FIXTURES, SEEDS

HARBOUR = FIXTURES / "articles" / "2024-03-harbour-talks.txt"


def cleaned(path):
    return clean(read_article(path).blocks)


def kept_text(result):
    return "\n".join(p.text for p in result.paragraphs)


# Page furniture each seed carries, as a reader would point it out. None of it may reach the page.
SEED_BOILERPLATE = {
    "haqqani": ["Skip to main content", "Related Articles", "Continue Reading", "Counterbalance | Ep. 41",
                "Svante Cornell argues", "Michael Doran & Marshall Kosloff", "Hungary’s Real Significance"],
    "lieven": ["Argument", "An expert's point of view", "STR/AFP/Getty Images", "More from Foreign Policy",
               "A ripped and warped section", "How the West Misunderstood Moscow", "Another Uprising Has Started"],
    "tillerson": ["US Afghanistan", "Image 1:", "Share this:", "Related articles", "Modi 3.0",
                  "Submarines are Key", "Maritime commerce"],
    "mattis": ["School boys stand near fuel trucks", "REUTERS/"],
    "markey": ["We use cookies", "More information", "Aa Aa Aa", "- A +", "41 106 41", "© Foreign Affairs",
               "Get it on Google Play", "........"],
}


@pytest.mark.parametrize("seed", SEEDS)
def test_no_boilerplate_reaches_the_page(seed):
    text = kept_text(cleaned(SEEDS[seed]))
    for furniture in SEED_BOILERPLATE[seed]:
        assert furniture not in text, f"{seed}: kept {furniture!r}"


@pytest.mark.parametrize("seed", SEEDS)
def test_every_body_paragraph_is_kept_exactly_once(seed):
    result = cleaned(SEEDS[seed])
    keys = Counter(squeeze(p.text) for p in result.paragraphs)
    assert [k for k, n in keys.items() if n > 1] == []
    # Every long prose block of the source ends up on the page (none is lost to a heuristic).
    source_prose = {squeeze(b.text) for b in read_article(SEEDS[seed]).blocks if len(b.text.split()) >= 60}
    kept = {squeeze(p.text) for p in result.paragraphs}
    assert source_prose - kept == set()


@pytest.mark.parametrize("seed, title, subtitle, authors", [
    ("haqqani", "By Now, U.S. Should Know Pakistan Civilian Government Won't Deliver", "", ["Husain Haqqani"]),
    ("lieven", "Hard Power", "Why Pakistan is so difficult to work with.", ["Anatol Lieven"]),
    ("tillerson", "Pakistan and the United States", "", []),
    ("mattis", "Will Pakistan's Support for Terrorists Destroy Its Relationship with America?", "", []),
    ("markey", "America’s Perennial Pakistan Problem", "", []),
])
def test_title_subtitle_and_authors_are_read_from_the_text(seed, title, subtitle, authors):
    result = cleaned(SEEDS[seed])
    assert (result.title, result.subtitle, result.authors) == (title, subtitle, authors)


def test_subheadings_are_headings_and_labels_are_not():
    haqqani = cleaned(SEEDS["haqqani"])
    assert [p.text for p in haqqani.paragraphs if p.kind == "heading"] == ["Half-hearted steps", "Relations with India"]
    tillerson = cleaned(SEEDS["tillerson"])
    assert [p.text for p in tillerson.paragraphs if p.kind == "heading"] == ["Quid Pro Quo Policy with Modest Thaw"]
    assert ("US Afghanistan", c.LABEL) in [(r.text, r.reason) for r in tillerson.removed]


def test_correction_is_kept_as_a_note_and_bio_as_author_description():
    result = cleaned(SEEDS["lieven"])
    notes = [p.text for p in result.paragraphs if p.kind == "note"]
    assert len(notes) == 1 and notes[0].startswith("*Correction, April 25, 2011")
    assert result.author_bios[0].startswith("Anatol Lieven is the director of the Eurasia program")
    assert "Anatol Lieven is the director" not in kept_text(result)


def test_truncated_last_paragraph_is_kept_without_its_dots():
    last = cleaned(SEEDS["markey"]).paragraphs[-1].text
    assert last.endswith("likely even more direct involvement")


def test_paragraph_ids_are_sequential_anchors_with_source_lines():
    result = cleaned(SEEDS["mattis"])
    assert [p.id for p in result.paragraphs] == [f"p{i}" for i in range(1, len(result.paragraphs) + 1)]
    lines = SEEDS["mattis"].read_text(encoding="utf-8").splitlines()
    for p in result.paragraphs:
        assert lines[p.line - 1].replace("\u00a0", " ").split()[:3] == p.text.split()[:3]


# The same mechanisms on a page from an outlet the seeds do not include (tests/fixtures).

def test_generic_page_keeps_the_article_and_nothing_else():
    result = cleaned(HARBOUR)
    assert result.title == "Harbour Talks Stall as Ministers Trade Blame"
    assert result.subtitle == "Neither side expects a deal before the monsoon."
    assert result.authors == ["Jane Doe", "John Roe"]
    kinds = [p.kind for p in result.paragraphs]
    assert kinds == ["paragraph", "paragraph", "paragraph", "heading", "paragraph", "paragraph", "note"]
    assert result.paragraphs[-2].text.endswith("cargo will continue to queue outside the harbour")


@pytest.mark.parametrize("start, reason", [
    ("Skip to content", c.BOILERPLATE),
    ("We use cookies", c.BOILERPLATE),
    ("12 48 7", c.WIDGET),
    ("A cargo ship waits", c.CREDIT),
    ("The dispute began in 2019", c.REPEATED),
    ("shipping companies have complained", c.PULL_QUOTE),
    ("Read more: Port strike", c.PROMOTION),
    ("Jane Doe is a senior correspondent", c.BIO),
    ("Related stories", c.TEASERS),
    ("Dock workers walked out", c.TEASERS),
    ("© 2024", c.COPYRIGHT),
    ("World", c.HEADER),
])
def test_each_removal_has_its_reason(start, reason):
    removed = [(r.text, r.reason) for r in cleaned(HARBOUR).removed]
    assert any(text.startswith(start) and why == reason for text, why in removed), removed


def test_cleaning_only_removes_or_labels_blocks():
    """Every source block is either kept (same words) or listed as removed: nothing vanishes silently."""
    for path in [*SEEDS.values(), HARBOUR, WIRE]:
        source = read_article(path)
        result = clean(source.blocks)
        accounted = {p.line for p in result.paragraphs} | {r.line for r in result.removed}
        assert {b.line for b in source.blocks} == accounted, path


# A wire story with a menu, a "most read" list, a related box inside the article, a list of the
# article's own, and a comment thread: the shapes of the shared news benchmark, in text of our own.
WIRE = FIXTURES / "articles" / "2023-06-wire-report.txt"


def test_wire_story_keeps_its_opener_box_free_body_and_own_list():
    result = cleaned(WIRE)
    text = kept_text(result)
    assert result.title == "Ministers Agree Grain Corridor After Night of Talks"
    assert result.authors == ["Omar Haddad", "Lena Fischer"]
    assert result.paragraphs[0].text == "GENEVA (EW) — Ministers agreed a grain corridor early on Wednesday."
    for kept in ("the end of the blockade", "June 23 -- A convoy of four ships under escort",
                 "further talks on fishing rights would follow", "— Port Authority (@portauthority) June 13, 2023"):
        assert kept in text
    for dropped in ("Most Read", "Celebrity chef", "Related coverage", "Grain prices fall", "34 Comments",
                    "grainwatcher says", "About time", "I will believe it", "Updated 10:42 pm"):
        assert dropped not in text


def test_wire_story_removals_are_explained():
    reasons = {r.text: r.reason for r in cleaned(WIRE).removed}
    assert reasons["Related coverage"] == c.TEASER_BOX
    assert reasons["Port workers strike over unpaid wages"] == c.TEASER_BOX
    assert reasons["34 Comments"] == c.COMMENTS and reasons["skeptic99 says:"] == c.COMMENTS
    assert reasons["Updated 10:42 pm, Tuesday, June 13, 2023"] == c.DATELINE


def test_a_comment_heading_beside_a_one_word_commenter_is_no_toolbar_button():
    """WordPress's heading ("10 thoughts on “…”") stands above the first commenter's name, a single
    word: the thread was kept, as if the heading were a button in a row of one-word buttons."""
    comments = [
        "What a wonderful piece, thank you so much for writing it and for all the work it took! I have lived by "
        "the harbour for thirty years and never understood the dispute until today, when I read how the loading "
        "rules came to be and why the unions have fought them for so long. I will share it with my neighbours.",
        "I worked on the ships for a decade, and the loading rules were always the heart of it, whatever the "
        "port authority says now about the unions and the companies. Nobody on the quay believed the new rules "
        "would come within a month, and I doubt they will come this year, but I hope to be proved wrong soon.",
    ]
    thread = ["2 thoughts on “Harbour Talks”", ""]
    for name, comment in zip(("Gaye", "Tom"), comments):
        thread += [name, "", "August 8, 2018 at 3:17 pm", "", comment, "", "Reply", ""]
    kept = kept_text(clean(split_blocks([HARBOUR_PROSE[0], "", HARBOUR_PROSE[1], "", *thread])))
    assert kept == "\n".join(HARBOUR_PROSE)


@pytest.mark.parametrize("text, credit", [
    # a caption that points at its picture (cleaning benchmark: it was an event, "File photo shows …")
    ("This March 28, 2017, file photo, provided by the New York State Sex Offender Registry shows Jeffrey Epstein.", True),
    ("In this Sunday, Nov. 10, 2019, photograph, a long row of unsold cars sits at a dealership.", True),
    ("This image of the state has been shaped by decades of war, the author argues in a new book.", False),
    ("STR/AFP/Getty Images", True),
    ("REUTERS/ Amir Hussain", True),
    ("Press Trust of India  Islamabad", True),  # dev set: an agency's line under the headline was the title
    ("A ship at dawn. (Photo by Ana Ruiz/Getty Images)", True),
    ("Protesters gather outside the court (Image: GETTY )", True),
    ("The new patient hunted and ate a wild rabbitCredit: Getty - Contributor", True),
    ("The minister said the talks had failed, a senior official told Reuters.", False),
    ("Officials confirmed the figures to The Associated Press.", False),
])
def test_credits_are_told_from_sentences_that_name_an_agency(text, credit):
    assert h.is_credit(text) is credit


@pytest.mark.parametrize("text, note", [
    ("A version of this article appeared in print on December 2, 2008, on page A43 of the New York edition.", True),
    ("This article appeared in the Asia section of the print edition under the headline \"Fault lines\"", True),
    ("The views expressed in this Commentary are the author's, and do not represent those of RUSI.", True),
    ("(Only the headline and picture of this report may have been reworked by the staff; the rest of the "
     "content is auto-generated from a syndicated feed.)", True),
    ("Have an idea for a Commentary you'd like to write for us? Send a short pitch to the editors.", True),
    ("This article appeared in the Asia section of the print edition under the headline \"Fault lines\"", True),
    ("Jane Doe is a fellow at the Institute. The views expressed are her own.", False),  # the bio keeps it
    ("The report, which appeared in print last week, does not reflect the army's position.", False),
])
def test_the_outlets_notes_about_the_article_are_told_from_its_sentences(text, note):
    assert h.is_editorial_note(text) is note


def test_a_bio_that_names_no_one_is_a_bio():
    # Dawn, 2017: "The writer is … at University of Lahore" made the university an actor of the article
    assert h.is_anonymous_bio("The writer is a nuclear historian and director of a research centre at a university.")
    assert not h.is_anonymous_bio("The writer Mohammed Hanif published his second novel in 2011, to acclaim.")


def test_a_link_in_brackets_is_a_promotion():
    # Yahoo News, 2012: the link made "Read Hillary Clinton" a person beside Hillary Rodham Clinton
    assert h.is_promotion("[Related: Read the secretary's full statement]")
    assert not h.is_promotion("[The ISI] said on Monday that the talks would go on.")


def test_a_table_of_contents_line_of_a_magazine_is_a_promotion():
    assert h.is_promotion("In this issue: Tariq Ali on the generals, and more")


@pytest.mark.parametrize("text, notice", [
    # cleaning benchmark pages: lines to the reader's browser or letterbox, which made actors of
    # "JavaScript" and "Motor Cycle Monthly"
    ("This slideshow requires JavaScript.", True),
    ("Please enable cookies in your browser to continue.", True),
    ("Get Motor Cycle Monthly delivered through your letterbox every month.", True),
    ("Email Tariq Malik at tmalik@space.com or follow him on Twitter @Spacedotcom.", True),
    ("Follow the money, the senator said, and you will find the network.", False),
    ("The drone programme requires the consent of the Pakistani government, officials said.", False),
    ("The aid was delivered to the border crossing at Torkham on Monday.", False),
    # newsletter boxes and legal lines at the end of benchmark pages
    ('Need more space? Subscribe to our sister title "All About Space" Magazine for the latest news!', True),
    ("No spam, we promise. You can unsubscribe at any time and we'll never share your details.", True),
    ("Roku is a registered trademark of Roku, Inc. in the United States and other countries.", True),
    ("GET FOX BUSINESS ON THE GO BY CLICKING HERE", True),
    ("Like this story? Share it with a friend!", True), ("Want more deals? Join the IGN Deals Newsletter.", True),
    ("Related post: Pickled Brussels Sprouts Recipe", True), ("Also: See Black Friday coverage at CNET", True),
    ("Pakistan does not subscribe to the view that the talks have failed, its foreign office said.", False),
])
def test_a_line_to_the_readers_browser_or_letterbox_is_a_promotion(text, notice):
    assert h.is_promotion(text) is notice


@pytest.mark.parametrize("byline, names", [
    ("By Jane Doe and John Roe, Reuters", ["Jane Doe", "John Roe"]),
    ("By Omar Haddad and Lena Fischer, Example Wire", ["Omar Haddad", "Lena Fischer"]),
    ("By , the director of the Eurasia program", []),
    ("By Now, U.S. Should Know Pakistan Civilian Government Won't Deliver", None),
    # the cleaning benchmark: the date, a handle or a role after the name, and a consent banner
    ("By Kashmira Gander On 11/13/19 at 4:00 PM EST", ["Kashmira Gander"]),
    ("Posted by Michael David Smith on November 19, 2019, 6:21 AM EST", ["Michael David Smith"]),
    ("Written by Rachael Link, MS, RD on November 14, 2019", ["Rachael Link"]),
    ("Posted by the committee on Monday", None),
    ("By Umair Irfan Updated Nov 20, 2019, 11:10am EST", ["Umair Irfan"]),
    ("By Chaim Gartenberg@cgartenberg Nov 19, 2019, 7:53pm EST", ["Chaim Gartenberg"]),
    ("By Tim Childers - Live Science Contributor 2019-11-19T12:48:14Z Space", ["Tim Childers"]),
    ("By Theresa May", ["Theresa May"]),
    ("BY JANE DOE AND JOHN ROE", ["JANE DOE", "JOHN ROE"]),
    ("By choosing I Accept, you consent to our use of cookies", None),
])
def test_bylines_yield_people_not_roles_or_outlets(byline, names):
    assert h.byline_names(byline) == names


def test_list_items_are_paragraphs_not_headings():
    kinds = {p.text: p.kind for p in cleaned(WIRE).paragraphs}
    assert kinds["June 23 -- A convoy of four ships under escort"] == "paragraph"
    assert kinds["— Port Authority (@portauthority) June 13, 2023"] == "paragraph"


# A markets story whose opening paragraph stands above a share-price table flattened into cells.
EARNINGS = FIXTURES / "articles" / "2024-09-port-earnings-table.txt"


def test_opening_paragraph_above_a_table_is_kept_and_the_dek_stays_the_subtitle():
    result = cleaned(EARNINGS)
    assert result.paragraphs[0].text.startswith("Harbour Freight reported third-quarter profit")
    assert result.subtitle == "The shipping group cut its forecast for the second time this year."
    assert result.authors == ["Mara Quint"]
    text = kept_text(result)
    for dropped in ("Continue Reading Below", "LinkedIn", "Published September"):
        assert dropped not in text
    assert "The shipping group cut its forecast" not in text


def test_a_table_flattened_into_cells_is_kept_as_rows():
    tables = [p for p in cleaned(EARNINGS).paragraphs if p.kind == "table"]
    assert len(tables) == 1
    assert tables[0].text.split("\n") == ["Ticker\tSecurity\tLast\tChange\tChange %",
                                          "HFG\tHARBOUR FREIGHT GROUP\t41.20\t-3.15\t-7.10%",
                                          "CLN\tCOASTLINE HOLDINGS INC.\t88.02\t-0.40\t-0.45%"]


@pytest.mark.parametrize("cells", [
    ["1 cup flour", "2 eggs", "3 tbsp sugar", "1 tsp salt", "200 ml milk", "Mix well"],  # a list, not rows
    ["Home", "News", "Sport", "Weather", "Video", "More"],  # a menu: no figures
])
def test_runs_of_short_lines_that_are_no_table(cells):
    assert h.table_rows(cells) is None


def test_a_quotation_keeps_the_line_that_names_who_said_it():
    page = ("Visitors Review the Festival Show\n\n"
            "The theatre asked the visitors who saw the show this autumn what they made of it, and these are some of the answers it received.\n\n"
            "“The show was really great and the actors were very happy and interactive with the audience all night.”\n\n"
            "– Ni** My**\n\n"
            "“A gorgeous play with an interesting way of telling its story, and the music was wonderful too.”\n\n"
            "— Jo Al, visitor from Busan\n\n"
            "The festival runs until the end of the month, and tickets can still be booked at the theatre's own office.\n")
    kinds = {p.text: p.kind for p in clean(split_blocks(page.splitlines())).paragraphs}
    assert kinds["– Ni** My**"] == "paragraph" and kinds["— Jo Al, visitor from Busan"] == "paragraph"


@pytest.mark.parametrize("heading", ["We recommend", "Related Research", "Related coverage", "Recommended for you",
                                     # cleaning benchmark pages: with the outlet's name or the section's
                                     "More Great WIRED Stories", "Most read in world news", "PFT Most Commented"])
def test_a_teaser_heading_of_any_outlet_ends_the_article(heading):
    """After the article, a "Related …" or "We recommend" heading starts a run of headline teasers,
    dated ones included: none of them is the article's text."""
    prose = ("The committee met on Monday and agreed on a short statement about the harbour dispute, "
             "which has kept ships waiting outside the port for most of the spring.")
    blocks = split_blocks([prose, "", prose.replace("Monday", "Tuesday"), "", heading,
                           "Minister sworn in as the port's new chief (May 26, 2014)",
                           "Ferry crews return to work after nine days", "Ten cafés to visit this summer"])
    kept = kept_text(clean(blocks))
    assert "Tuesday" in kept and "sworn in" not in kept and "cafés" not in kept


def test_more_articles_in_a_section_starts_teasers():
    prose = ("The committee met on Monday and agreed on a short statement about the harbour dispute, "
             "which has kept ships waiting outside the port for most of the spring.")
    blocks = split_blocks([prose, "", prose.replace("Monday", "Tuesday"), "", "More Articles in Opinion »",
                           "Madoff? Never Heard of Him", "Rick Wagoner's Last Stand"])
    kept = kept_text(clean(blocks))
    assert "Tuesday" in kept and "Wagoner" not in kept


HARBOUR_PROSE = [
    "The committee met on Monday and agreed on a short statement about the harbour dispute, which has kept "
    "ships waiting outside the port for most of the spring.",
    "Its members said the port authority would publish the new loading rules within a month, after talks "
    "with the unions and the shipping companies that use the harbour.",
]


def card(headline, author, day, lede):
    return [headline, "", author, "", day, "", lede, ""]


def test_a_list_of_dated_cards_at_the_page_end_is_no_article_text():
    """Other articles as cards (headline, author, date, first paragraph): their first paragraphs are
    prose, and were kept as the article's last paragraphs."""
    cards = (card("Ferry crews return to work after nine days", "Ann Lee", "Wednesday November 20, 2019",
                  "The ferry crews who walked out last week over pay went back to work on Tuesday morning, their union said.")
             + card("Ten cafés to visit along the old quay", "Tom Ray", "Tuesday November 19, 2019",
                    "Some of the best coffee in the city is poured in the old sheds of the quay, now home to a dozen cafés.")
             + card("Why the harbour tunnel is late again", "Sue Park", "Monday November 18, 2019",
                    "The tunnel under the harbour was meant to open this year, but the builders now say it will be two more."))
    page = [HARBOUR_PROSE[0], "", HARBOUR_PROSE[1], "", "Share your thoughts with friends.", "", *cards,
            "About Us", "", "Contact", "", "Privacy Policy"]
    result = clean(split_blocks(page))
    assert [p.text for p in result.paragraphs] == HARBOUR_PROSE
    assert {r.reason for r in result.removed if "ferry crews" in r.text.lower()} == {c.TEASERS}


@pytest.mark.parametrize("stamps", [
    ["March 3, 2019", "March 9, 2019", "March 14, 2019"],     # a chronology: no headline between its dates
    ["10:32 a.m.", "11:05 a.m.", "11:40 a.m."],               # a live blog's entries are stamped with times
])
def test_dated_entries_of_the_article_itself_are_kept(stamps):
    entries = ["The port authority closed the northern quay after a crane collapsed onto a moored ship, and "
               "ferries were sent to the southern piers while engineers looked at the other cranes.",
               "Unions called a strike at the harbour, saying the authority had ignored their warnings about the "
               "old cranes for years and had cut the number of inspectors twice.",
               "The authority and the unions agreed to an inquiry led by a retired judge, and the northern quay "
               "opened again for ferries, though not yet for cargo ships."]
    headed = stamps[0][0].isdigit() and ":" in stamps[0]
    page = [HARBOUR_PROSE[0], ""]
    for stamp, entry in zip(stamps, entries):
        page += [stamp, ""] + (["Quay news", ""] if headed else []) + [entry, ""]
    kept = kept_text(clean(split_blocks(page)))
    assert all(entry in kept for entry in entries)


@pytest.mark.parametrize("opening", [
    "NAIROBI, Kenya (AP) _",                # TempEval-3 training (APW19980807.0261): it was taken for the title
    "JOHANNESBURG, August 7 (Xinhua) --",  # and with the day of filing (XIE19980808.0031): a page header
])
def test_a_wire_opening_on_a_line_of_its_own_opens_the_first_paragraph(opening):
    lede = ("South Africa deplored Friday the bomb blasts which killed scores of people and injured more than "
            "1,000 others outside embassies of the United States in Kenya and Tanzania earlier in the day.")
    follow = "A statement by the Foreign Affairs Department described the attacks as senseless."
    result = clean(split_blocks(["Embassy Bombings", "", opening, "", lede, "", follow]))
    assert [p.text for p in result.paragraphs] == [f"{opening} {lede}", follow]
    assert result.paragraphs[0].line == 3  # where the paragraph starts in the source
    assert result.title == "Embassy Bombings"
    assert opening not in {r.text for r in result.removed}


def test_a_line_that_opens_what_follows_is_no_date_line():
    # TempEval-3 training (NYT19981025.0188): the editorial's lead-in was removed as a date line
    lead_in = "The New York Times said in an editorial on Monday, Oct. 26:"
    body = ("The murder of Dr. Barnett Slepian is the latest depraved assault on the small number of courageous "
            "physicians who still risk their safety to perform legal abortions in this country.")
    result = clean(split_blocks(["Violence Against Abortion Doctors", "", lead_in, "", body]))
    assert [p.text for p in result.paragraphs] == [lead_in, body]
    assert h.is_dateline("Updated: March 3, 2020") and h.is_dateline("Last updated on Monday, Oct. 26:")


# The head of a page that writes no "By" (dev set: a student paper, a think tank's commentary).
NO_BY_HEAD = ["Home | Editions | Opinion | Politics | About", "Opinion",
              "The Tragic End to America's Afghan Forever War", "Vijay Fisch", "Sep 30, 2021 · 4 min read",
              "Afghan families attempting to escape Kabul"]
NO_BY_BODY = ("On September 11, 2001, America faced one of its deadliest terrorist attacks ever, and the war "
              "that followed lasted twenty years.")


@pytest.mark.parametrize("head, title, authors", [
    (NO_BY_HEAD, "The Tragic End to America's Afghan Forever War", ["Vijay Fisch"]),
    # two names on the line, under the dek
    (["Commentary", "Pakistan-Afghanistan Conflict and the Question of Cross-Border Terrorism",
      "The latest round of violence highlights how cyclical policy failures fuel the crisis.",
      "Zuha Noor-Sylvia and Noah Sylvia", "12 November 2025", "7 Minute Read"],
     "Pakistan-Afghanistan Conflict and the Question of Cross-Border Terrorism", ["Zuha Noor-Sylvia", "Noah Sylvia"]),
])
def test_a_name_line_under_the_headline_is_the_byline(head, title, authors):
    # the dev page names its author again at the end, as pages without "By" do
    result = clean(split_blocks([line for text in head for line in (text, "")] + [NO_BY_BODY, "", "Share this", "",
                                                                               f"Written by {authors[0]}"]))
    assert result.title == title and result.authors == authors
    assert "Minute Read" not in kept_text(result)


@pytest.mark.parametrize("text", [
    "Share | Email | Save | Print", "PRINT | E-MAIL | SHARE | COMMENT",  # dev set: each was taken for the title
    "Recommend 1,294 people recommend this.", "6 Minute Read", "Estimated reading time: 6 minutes",
    "Image credit: Taliban fighters at a checkpoint in Kabul, Afghanistan. Photo: Wikimedia Commons, CC BY-SA 4.0",
    # a newsletter's sign-up form (cleaning benchmark): "Email (required)" was an actor
    "Email (required)", "By signing up, you agree to our Privacy Policy and European users agree to the data transfer policy.",
])
def test_buttons_counters_and_credits_are_furniture(text):
    result = clean(split_blocks(["Musharraf and the Jihad Industry", "", text, "", NO_BY_BODY]))
    assert result.title == "Musharraf and the Jihad Industry"
    assert text in {r.text for r in result.removed}


def test_a_headline_ending_in_a_quotation_below_a_list_of_counted_headlines_is_the_title():
    """A sports page: the site's most-commented list (each headline with its count) stands above the
    headline, which ends in the coach's words: the list was taken for the article's first paragraphs
    and the menu's "Follow on Twitter" for its title."""
    most_commented = ["Follow on Twitter", "", "Most Commented", ""] + [
        line for text in ("Ferry crews vote to return to work after nine days (185)",
                          "The harbour tunnel will be two years late, its builders say (148)",
                          "Ten cafés you should visit on the old quay this winter (133)") for line in (text, "")]
    title = "Harbour chief: “We needed to win this vote”"
    head = [title, "", "Posted by Ann Lee on November 19, 2019, 6:21 AM EST", ""]
    result = clean(split_blocks([*most_commented, *head, HARBOUR_PROSE[0], "", HARBOUR_PROSE[1]]))
    assert result.title == title and result.authors == ["Ann Lee"]
    assert [p.text for p in result.paragraphs] == HARBOUR_PROSE


def test_a_standfirst_set_as_prose_above_the_byline_is_the_subtitle():
    """An opinion page: the headline, one sentence of standfirst, then the byline and the columnist's
    role. The standfirst was taken for the body's first paragraph and the byline for a subheading."""
    standfirst = "There is a lesson for the port hiding in the harbour board's failure to agree new rules."
    page = ["Continue reading the main story", "", "The Harbour Board Is Going Nowhere", "", standfirst, "",
            "By Ann Lee", "", "Opinion Columnist", "", HARBOUR_PROSE[0], "", HARBOUR_PROSE[1]]
    result = clean(split_blocks(page))
    assert (result.title, result.subtitle, result.authors) == ("The Harbour Board Is Going Nowhere", standfirst, ["Ann Lee"])
    assert [p.text for p in result.paragraphs] == HARBOUR_PROSE


def test_a_gallerys_counters_and_captions_are_furniture():
    """A picture gallery flattened into page text: each counter, then the picture's caption."""
    gallery = ["Image 1 of 2", "", "An artist's drawing of the new harbour tunnel, seen from the old quay.", "",
               "Image 2 of 2", "", "The tunnel's builders at work under the harbour this spring.", ""]
    result = clean(split_blocks(["Harbour Tunnel Opens", "", HARBOUR_PROSE[0], "", *gallery, HARBOUR_PROSE[1]]))
    assert [p.text for p in result.paragraphs] == HARBOUR_PROSE
    assert {r.reason for r in result.removed if "tunnel" in r.text} == {c.CREDIT}


def test_subheadings_between_paragraphs_are_headings_and_tags_are_labels():
    first = ("Ever since the Afghan Taliban came to power in 2021, Pakistan has been demanding that they withdraw "
             "their support for the group, and the recent escalation followed months of attacks.")
    second = "The regime's refusal to take action against the group contributed to this escalation of violence."
    third = "TTP, whose name translates to the Taliban Movement of Pakistan, is primarily composed of militants."
    lines = ["Border Crisis", "", first, "", "Recent Escalations", "", second, "", "US Afghanistan", "", third, "",
             "What is the TTP Problem and Why Does it Persist?", "", first.replace("2021", "2022")]
    kinds = {p.text: p.kind for p in clean(split_blocks(lines)).paragraphs}
    assert kinds["Recent Escalations"] == "heading"
    assert kinds["What is the TTP Problem and Why Does it Persist?"] == "heading"
    assert "US Afghanistan" not in kinds


def test_the_headline_is_above_the_storys_points_and_near_the_body():
    # dev set (CNN, 2009): the highlights under the headline, a link to the next article, and a menu far above
    menu = [f"Section {n}" for n in range(30)]
    head = ["Obama signs $7.5 billion Pakistan aid bill", "STORY HIGHLIGHTS",
            "NEW: Aid bill signed on same day militants launch a string of attacks in Pakistan",
            "Some Pakistanis accuse U.S. of trying to meddle in Pakistan's civilian, military affairs",
            "Next Article in Politics »", "Share | Email | Save | Print", "New, 15 comments"]
    result = clean(split_blocks([line for text in menu + head for line in (text, "")] + [NO_BY_BODY]))
    assert result.title == "Obama signs $7.5 billion Pakistan aid bill"
    assert result.authors == []  # "STORY HIGHLIGHTS" under the headline is no name
    removed = {r.text: r.reason for r in result.removed}
    assert removed["Next Article in Politics »"] == c.PROMOTION and removed["New, 15 comments"] == c.WIDGET
    # a menu far above the body, past a run of buttons, holds no headline (the benchmark's Verge page)
    far = clean(split_blocks([line for text in menu + ["Share"] * 30 for line in (text, "")] + [NO_BY_BODY]))
    assert far.title == ""


def test_a_closing_bio_with_a_capitalised_role_goes_with_the_author(tmp_path):
    # "is Senior Editor for …" after the article: the bio's outlets must not become the article's actors
    article = tmp_path / "2010-09-khyber.txt"
    article.write_text(
        "---\npublished: 2010-09-30\n---\n"
        "Pakistan Blocks Supply Convoys After Border Raid\n\n"
        "Pakistan has blocked all supply convoys through the Khyber Pass after a helicopter raid on a border "
        "post killed three soldiers, officials said on Thursday.\n\n"
        "The government said civilian traffic would continue to cross the border without delay.\n\n"
        "Author: Sara Malik\n\n"
        "Sara Malik is Senior Editor for the site. Her work has appeared in the Toronto Star and the "
        "Providence Journal.\n", encoding="utf-8")
    result = cleaned(article)
    assert result.author_bios and result.author_bios[0].startswith("Sara Malik is Senior Editor")
    assert "Toronto Star" not in kept_text(result)
    assert result.authors == ["Sara Malik"]


def test_a_line_that_only_names_the_outlet_is_its_label_wherever_it_stands():
    # a fresh page of 2022: "Sputnik" stood between the story's first and second paragraphs
    story = ["US President Joe Biden announced the killing of the al-Qaeda leader in Kabul in a drone strike on "
             "July 31. However, Washington failed to provide any evidence that the killing did take place.", "",
             "Sputnik", "",
             "Afghanistan on Thursday accused the US of flying drones over its territory without official permission, "
             "a spokesman for Sputnik's sources in Kabul said on the record.", ""]
    result = clean(split_blocks(story), publication="Sputnik")
    assert [r.text for r in result.removed if r.reason == c.OUTLET] == ["Sputnik"]
    assert len(result.paragraphs) == 2  # a paragraph that names the outlet among other words stays
    assert "Sputnik" in [p.text for p in clean(split_blocks(story)).paragraphs]  # unknown outlet: left as it was
