"""Stage 3b and 4, events: dated happenings at the right date, one per happening across articles."""

from __future__ import annotations

import pytest

from generator.model import FuzzyDate


def events_on(site, iso):
    return [e for e in site.events if e.date.iso() == iso]


def test_month_day_dates_take_the_year_from_publication(seed_site):
    release = events_on(seed_site, "2017-11-24")
    assert len(release) == 1
    assert "Hafiz Saeed" in release[0].title and "released" in release[0].title
    assert "hafiz-saeed" in release[0].actors
    visit = events_on(seed_site, "2017-12-03")
    assert len(visit) == 1 and "Mattis" in visit[0].title and "visit" in visit[0].title
    landing = events_on(seed_site, "2017-10-24")
    assert any("Tillerson" in e.title for e in landing)


def test_mumbai_attacks_told_by_several_articles_are_one_event(seed_site):
    mumbai = [e for e in seed_site.events if "Mumbai" in e.title and "attack" in e.title.lower()]
    assert len(mumbai) == 1
    event = mumbai[0]
    assert event.date == FuzzyDate(2008, 11, 26)  # the curated date, more precise than the sources' Nov 2008
    assert len({s.article for s in event.sources}) >= 3


def test_an_event_takes_the_most_precise_date_its_sources_support():
    from generator.events import EventMention
    from generator.index import build_events
    from generator.model import Source

    def told(date, article):
        return EventMention(FuzzyDate.parse(date), "Harbour talks collapse", frozenset({"harbour", "talk", "collapse"}),
                            [], Source(article, "p1", "The harbour talks collapse.", date))
    (event,) = build_events([told("2019", "a"), told("2019-06", "b"), told("2019-06-12", "c")], {},
                            published={"a": FuzzyDate(2020), "b": FuzzyDate(2021), "c": FuzzyDate(2022)})
    assert event.date == FuzzyDate(2019, 6, 12) and len(event.sources) == 3
    assert event.id == "2019-harbour-talks-collapse"  # from the source published first: stable as articles arrive


def test_dates_keep_their_precision(seed_site):
    precisions = {e.date.precision for e in seed_site.events}
    assert precisions == {"decade", "year", "month", "day"}
    assert any(e.date.iso() == "1996" and "Kabul" in e.title for e in seed_site.events)
    assert any(e.date.iso() == "1990s" for e in seed_site.events)


def test_no_event_from_a_caption_date(seed_site):
    assert events_on(seed_site, "2011-12-12") == []


def test_every_source_sentence_is_in_its_paragraph(seed_site):
    for event in seed_site.events:
        assert event.sources
        for s in event.sources:
            assert s.sentence in seed_site.article(s.article).paragraph(s.paragraph).text
            assert s.date_text in s.sentence


def test_timeline_is_chronological(seed_site):
    keys = [e.date.sort_key() for e in seed_site.events]
    assert keys == sorted(keys)


def _article(text, published="2017-12-01"):
    from generator.model import Article, Paragraph
    return Article("a", "a.txt", FuzzyDate.parse(published), paragraphs=[Paragraph("p1", "paragraph", text, 1)])


def events_in(text, published="2017-12-01"):
    from generator.events import extract_events
    from generator.nlp import parse

    article = _article(text, published)
    return [(e.date.iso(), e.title) for e in extract_events(article, parse([text]), [])]


def test_two_dates_in_one_sentence_are_two_happenings():
    found = events_in("The colonel was kidnapped by militants last year and then killed this January.", "2011-04-22")
    assert [date for date, _ in found] == ["2010", "2011-01"]
    assert "kidnapped" in found[0][1] and "killed" in found[1][1]


def test_the_authors_reporting_states_and_negations_are_not_events():
    assert events_in("I interviewed him in 2009 and he told me about the camps.") == []
    assert events_in("Ten years ago, Pakistan depended on the US more than it does now.", "2018-09") == []
    assert events_in("The administration won't start evaluating the plan until the first months of next year.") == []
    assert events_in("The offensive applied battlefield lessons from the 1990s.") == []


def test_a_state_that_began_at_a_date_is_dated_by_its_start():
    found = events_in("Then came the rescue of a Canadian family who had been in the captivity of militants since 2012.")
    assert found == [("2012", "Canadian family had been in the captivity of militants")]


def test_a_named_date_also_names_its_happening():
    found = events_in("Musharraf sided with America after 9/11.")
    # the siding came after the day of the attacks, not on it: its month at most
    assert found == [("2001-09-11", "9/11 attacks"), ("2001-09", "Musharraf sided with America")]


def test_titles_are_short_and_put_the_subject_first():
    assert events_in("Speaking on Capitol Hill in October, Mattis said the talks would go on.") == \
        [("2017-10", "Mattis speaking on Capitol Hill")]
    assert events_in("On November 24, Hafiz Saeed, the leader of the group, was released from a ten-month-long house arrest.") == \
        [("2017-11-24", "Hafiz Saeed was released from a ten-month-long house arrest")]


def test_one_action_of_one_actor_told_twice_is_one_event(seed_site):
    strategy = [e for e in seed_site.events if e.date.iso() == "2017-08"]
    assert len(strategy) == 1 and len({s.article for s in strategy[0].sources}) == 2


def test_narrative_dates_and_participles_date_the_right_clause():
    text = ("King and Weeks were abducted by gunmen wearing military uniforms in the heart of the capital in "
            "August 2016. The next year, the Taliban released two videos of them in January 2017.")
    assert events_in(text, "2019-11-20") == [("2016-08", "King and Weeks were abducted by gunmen"),
                                            ("2017-01", "Taliban released two videos of them")]


def test_since_dates_a_state_not_a_one_off_act():
    found = events_in("Two hostages who had been held by the Taliban since 2016 were released Tuesday in a swap.",
                      "2019-11-20")
    assert found == [("2019-11-19", "Two hostages were released in a swap")]


# Sentences from real pages that once made the tree walks loop for ever (a date as the root, no
# verb, a headline run, a dateline lead), and the general shapes behind them. Each runs under a
# time limit, so that a regression fails here instead of hanging the suite.
HANG_SHAPES = [
    "By Joseph Tsidulko November 19, 2019, 07:47 PM EST",  # a byline whose root is a preposition
    "January 10, 2008.",  # a date alone: the date is the sentence's root
    "ONE 2019 News Juniper NXTWORK 2019 News Lenovo Newsroom",  # a headline list in capitals
    "Cong NEW DELHI: The Congress on Wednesday demanded a probe into the deal.",  # a dateline lead
    "Photo taken in 2011 by the author.",  # a fragment: a participle and no finite verb
    "The summit of 12 March 2019, the talks of April 2019 and the visit of May 2020.",  # nouns only
]


@pytest.mark.parametrize("sentence", HANG_SHAPES)
def test_a_sentence_of_any_shape_ends_the_walk(sentence):
    from generator.timelimit import time_limit

    with time_limit(10):
        found = events_in(sentence, "2020-06-01")
    assert all(title for _, title in found)


def test_a_date_without_a_verb_dates_no_happening():
    assert events_in("January 10, 2008.", "2020-06-01") == []


def test_the_walks_are_bounded_on_a_very_long_sentence():
    from generator.timelimit import time_limit

    # One sentence of 2,000 coordinated clauses: a recursive walk would exceed Python's stack.
    sentence = " and ".join(f"the envoy met the minister on {day} May 2019" for day in range(1, 29))
    long = ", ".join([sentence] * 70) + "."
    with time_limit(60):
        found = events_in(long, "2020-06-01")
    assert found and all(date.startswith("2019-05") for date, _ in found)


def test_today_dates_what_happened_today_but_not_a_state():
    assert events_in("Officials today signed the harbour treaty in Lisbon.", "2019-03-05") == \
        [("2019-03-05", "Officials signed the harbour treaty in Lisbon")]
    assert events_in("Today, officials appear unconvinced.", "2019-03-05") == []


def test_what_is_under_way_today_is_dated_but_today_as_nowadays_is_not():
    # TempEval-3 training (ed980111): a search going on that day
    found = events_in("Helicopters are flying over northern New York today trying to locate people stranded "
                      "without food, heat or medicine.", "1998-01-11")
    assert found == [("1998-01-11", "Helicopters are flying over northern New York")]
    assert events_in("Today, prominent members of the security establishment are cheering the return.",
                     "2021-09-09") == []


def test_a_past_participle_dates_the_act_it_tells_not_the_clause_around_it():
    # TempEval-3 training (wsj_0187): the accord was signed yesterday; becoming shareholders is to come
    found = events_in("Under an accord signed yesterday, the government and Union Bank of Finland would become "
                      "major shareholders in the new company.", "1989-11-02")
    assert found == [("1989-11-01", "Accord signed")]
    found = events_in("Two aid workers abducted by gunmen wearing uniforms in August 2016 were freed on Monday.",
                      "2016-09-02")
    assert ("2016-08", "Two aid workers abducted by gunmen") in found


def test_the_present_tense_reads_a_bare_date_as_the_nearest_one():
    assert events_in("The new rules take effect Nov. 13, the company said.", "1989-10-30") == \
        [("1989-11-13", "New rules take effect")]


def test_a_day_dates_its_clause_when_the_parser_hangs_it_on_a_noun():
    # spaCy attaches "on Friday" to "presidents"; a day names no state of the presidents.
    assert events_in("The two presidents on Friday signed the plan, which calls for cooperation.", "1998-02-27") == \
        [("1998-02-27", "Two presidents signed the plan")]
    assert events_in("The offensive applied battlefield lessons from the 1990s.") == []  # a decade on a noun is no act


def test_a_date_between_an_article_and_a_noun_dates_the_noun_not_the_clause():
    # spaCy reads "in the March 2009 bombing" as "in March" with "bombing" a clause of its own, which
    # dated the charging March 2009; the charging is last year's, the bombing March 2009's.
    found = events_in("The cleric was charged last year in the March 2009 bombing of a police academy in Lahore.",
                      "2011-05-10")
    assert sorted(found) == [("2009-03", "Bombing of a police academy in Lahore"),
                             ("2010", "Cleric was charged in the bombing of a police academy")]
    found = events_in("Kasi was indicted last year in the October 1998 shooting death of a guard in Karachi.",
                      "2000-01-24")
    assert sorted(found) == [("1998-10", "Shooting death of a guard in Karachi"), ("1999", "Kasi was indicted")]


@pytest.mark.parametrize("sentence, published, expected", [
    # a verb of state in its sense of an act: present before a court, seen by someone
    ("The former prime minister appeared before the Islamabad High Court on Tuesday.", "2023-05-12",
     [("2023-05-09", "Former prime minister appeared before the Islamabad High Court")]),
    ("The missing journalist was last seen on March 3 near his home in Rawalpindi.", "2021-04-01",
     [("2021-03-03", "Missing journalist was seen near his home in Rawalpindi")]),
    # in its sense of a state it tells no happening
    ("The minister appeared to be confident on Tuesday.", "2023-05-12", []),
    ("The general was seen as a moderate in 2008.", "2011-04-01", []),
    ("Rescue workers are seen at the site of the blast on May 13, 2011.", "2011-05-14", []),  # a caption
])
def test_a_verb_of_state_told_as_an_act_is_a_happening(sentence, published, expected):
    assert events_in(sentence, published) == expected


def test_a_clause_a_date_introduces_is_at_the_date_whatever_the_preposition():
    # "since" dates a state; the "when" clause after it is a one-off act at the date itself
    found = events_in("It was the largest protest held since early May, when the government banned rallies.",
                      "2023-08-01")
    assert found == [("2023-05", "Government banned rallies")]


def test_a_time_preposition_before_a_dated_noun_dates_the_clause_after_it():
    # the word-order reading of "the <date> <noun>" must not take the clause's date away
    found = events_in("The president said that after the September 11 attacks the United States threatened to "
                      "bomb Pakistan.", "2006-09-22")
    assert ("2001-09", "United States threatened to bomb Pakistan") in found
    found = events_in("After Zia's July 5, 1977, coup, Washington cut off economic aid to Pakistan.", "2006-10-03")
    assert ("1977-07", "Washington cut off economic aid to Pakistan") in found


def test_the_article_of_a_noun_after_a_date_stays_in_the_title():
    found = events_in("The prime minister wrote in a New Year's Day letter that the talks had failed.", "2018-01-02")
    assert found == [("2018-01-01", "Prime minister wrote in a letter")]


def test_a_long_subject_is_not_cut_to_a_person_it_only_mentions():
    # "Paul's procedural call … died" was titled "Paul died": the cut kept the possessor as the doer
    found = events_in("On Friday, Sharif's long-awaited proposal for a national dialogue on the economy "
                      "collapsed when the opposition walked out.", "2016-03-12")
    assert found and all(not title.startswith("Sharif collapsed") for _, title in found), found
    assert any("proposal" in title for _, title in found), found


def test_a_date_closed_by_a_comma_before_a_gerund_dates_the_gerund():
    # "the May 2, 2011, killing of bin Laden": the comma after the year, and a gerund read as a verb
    found = events_in("The inquiry ended in the March 3, 2009, shooting of the Sri Lankan team by gunmen.", "2010-01-05")
    assert found == [("2009-03-03", "Shooting of the Sri Lankan team by gunmen")]


def test_a_bound_of_a_nouns_time_does_not_date_the_clause():
    # "from May 9" says when the incidents or protests were, not when the arrest was
    assert events_in("The senator has been arrested in connection with incidents from May 9.", "2024-06-04") == []
    found = events_in("The senator has been arrested in connection with protests from May 9.", "2024-06-04")
    assert not any("arrested" in title for _, title in found), found


def test_the_word_that_carries_a_date_leaves_the_title_with_it():
    assert events_in("The court set aside the trial court's decision dated January 30, 2024.", "2024-06-04") == \
        [("2024-01-30", "Trial court's decision")]


@pytest.mark.parametrize("sentence, published, date", [
    ("Pakistan carried out airstrikes in Kabul on 9 October, targeting a residence.", "2025-11-05", "2025-10-09"),
    ("Qatar brokered a temporary ceasefire between the countries on 19 October in Doha.", "2025-11-05", "2025-10-19"),
    ("He was charged with murder in connection with the January shootings.", "2011-03-16", "2011-01"),
])
def test_day_month_order_and_a_month_naming_its_happening_are_dates(sentence, published, date):
    assert [d for d, _ in events_in(sentence, published)] == [date]


@pytest.mark.parametrize("sentence, date, word", [
    ("Although 2012 saw an accelerating drawdown of United States forces in Afghanistan, drone strikes went on.",
     "2012", "drawdown"),  # a time as the subject: what it saw is the happening
    ("Another gunman invoked the destruction of the Babri Mosque in Ayodhya in 1992.", "1992", "Babri"),
    ("After the ousting of the Shah by Islamic hardliners in 1979, relations changed.", "1979", "ousting"),
    ("In October of 2001, Operation Enduring Freedom began, and US forces initiated airstrikes.", "2001-10", "began"),
])
def test_happenings_named_by_a_noun_made_of_a_verb_or_seen_by_a_year(sentence, date, word):
    found = events_in(sentence, "2021-09-30")
    assert any(d == date and word.lower() in title.lower() for d, title in found), found


@pytest.mark.parametrize("sentence, date", [
    ("ONEIDA Ltd. declared a 10% stock dividend, payable Dec. 15 to stock of record.", "1989-12-15"),
    ("Institut Merieux said it would extend its bid, due to expire Nov. 6.", "1989-11-06"),
    ("They said they expect the transaction to be completed by Dec. 15.", "1989-12-15"),
])
def test_a_date_the_words_point_ahead_to_is_the_next_one(sentence, date):
    assert date in [d for d, _ in events_in(sentence, "1989-10-27")]


def test_a_conjecture_with_would_does_not_move_a_past_date_ahead():
    found = events_in("With General Musharraf's departure from office in September, it would be no surprise "
                      "if the army changed course.", "2008-12-08")
    assert all(d == "2008-09" for d, _ in found), found


def _title_words(text):
    from generator.nlp import parse

    return list(parse([text])[0])


@pytest.mark.parametrize("title, problem", [
    ("It was repealed", "starts with a pronoun"),
    ("US Chairman of the Joint Chiefs of Staff Admiral Michael Mullen", "names no act"),
    ("Coup", "one word"),
    ("Groups like became the government's proxies", "dangling word"),
])
def test_a_title_a_reader_cannot_trust_is_told_why(title, problem):
    from generator.events import title_problems

    assert problem in title_problems(_title_words(title))


def test_a_title_that_names_who_did_what_has_no_problem():
    from generator.events import title_problems

    assert title_problems(_title_words("Qatar brokered a temporary ceasefire between the countries in Doha")) == []


def test_a_long_subject_is_named_by_its_appositions_and_the_act_is_kept():
    found = events_in("In 2008, soon after the election of a civilian government, the US Chairman of the Joint "
                      "Chiefs of Staff, Admiral Michael Mullen, and the CIA’s Deputy Director, Stephen Kappes, "
                      "travelled to Islamabad on a mission similar to the one undertaken by Pompeo and Dunford.",
                      "2018-09-01")
    assert any("Mullen" in title and "Kappes" in title and "travelled" in title for _, title in found), found


@pytest.mark.parametrize("sentence, published, expected", [
    # a relative clause whose object is its relative word keeps its noun (a fresh page of 2019: "Trump had cut")
    ("Trump spoke of possibly restoring $1.3bn in American aid that he had cut last year, depending upon the "
     "results of the meeting.", "2019-07-22", ("2018", "Trump had cut American aid")),
    # a relative clause set off by commas ends at its comma (2024: the parser hung the main clause's "that"
    # clause on the when-clause)
    ("This action marks the first time since 1998, when both India and Pakistan openly declared their nuclear "
     "capabilities, that such sanctions have been placed on a government agency.", "2024-12-20",
     ("1998", "Both India and Pakistan declared their nuclear capabilities")),
    # a role before a name without a comma is named by the name (2011: the name was dropped, the title ran
    # out at "Asif Ali")
    ("Pakistani Ambassador to the United States Husain Haqqani has become embroiled in a political scandal in "
     "Islamabad and offered his resignation today to Pakistani President Asif Ali Zardari.", "2011-11-16",
     ("2011-11-16", "Husain Haqqani offered his resignation to Pakistani President Asif Ali Zardari")),
    # a title cut at its length limit leaves no word hanging (2018: "… to face a hefty legislative")
    ("The posts came from his private club in Florida before the president returned to the White House on "
     "Monday night to face a hefty legislative to-do list and threats abroad.", "2018-01-02",
     ("2018-01-01", "President returned to the White House")),
])
def test_a_title_of_a_fresh_page_says_who_did_what(sentence, published, expected):
    assert events_in(sentence, published) == [expected]


def test_what_is_set_to_begin_lies_ahead_and_what_was_set_alight_does_not():
    # a fresh page of Tuesday, March 23, 2010: the dialogue "set to begin … on Wednesday" was dated the 17th
    assert [d for d, _ in events_in("Ahead of the US-Pakistan strategic dialogue set to begin in Washington on "
                                    "Wednesday, the US has focused on its ties with Islamabad.", "2010-03-23")] == ["2010-03-24"]
    assert [d for d, _ in events_in("Militants set fire to a girls school on Monday.", "2010-03-23")] == ["2010-03-22"]


def test_he_stands_for_a_person_not_for_states_named_together():
    # a fresh page of 2025: "United States and Pakistan met with Secretary of State Marco Rubio"
    found = events_in("Last week, Pakistani Foreign Minister Ishaq Dar said the United States and Pakistan were "
                      "“very close” to a trade deal that could come within days, after he met with Secretary of "
                      "State Marco Rubio on Friday.", "2025-07-31")
    assert ("2025-07-25", "Pakistani Foreign Minister Ishaq Dar met with Secretary of State Marco Rubio") in found, found


def test_what_follows_the_comma_closing_a_nouns_date_is_not_the_nouns():
    # a fresh page of 2006: the title was "Attacks by Richard L. Armitage to Musharraf's intelligence director"
    found = events_in("The threat was delivered after the attacks of Sept. 11, 2001, by Richard L. Armitage, then "
                      "deputy secretary of State, to Musharraf’s intelligence director.", "2006-09-22")
    assert found and not any("Armitage" in title for _, title in found), found


def test_a_name_joined_by_an_ampersand_stays_whole_in_a_title():
    found = events_in("India placed the agreement in abeyance following a terror attack in Jammu & Kashmir "
                      "earlier this year.", "2025-08-12")
    assert ("2025", "Terror attack in Jammu & Kashmir") in found, found


def test_a_long_subject_without_people_keeps_its_doer_and_what_is_coordinated_in_it():
    found = events_in("On Wednesday, the heads of foreign relations panels in the House of Representatives and "
                      "Senate provided a written explanation.", "2009-10-15")
    assert found and found[0][1].startswith("Heads of foreign relations panels in the House of Representatives "
                                            "and Senate"), found  # not "House of Representatives provided …"


def test_the_dead_of_a_blast_are_not_its_authors_and_what_was_said_is_the_title():
    blast = events_in("At least 41 people were killed and 45 were wounded in a blast Monday at a checkpoint.",
                      "2009-10-15")
    assert blast and not any("by" in title.split() for _, title in blast), blast
    said = events_in("But the families of two men he killed forgave him, a government official said Wednesday.",
                     "2011-03-16")
    assert said and "forgave" in said[0][1], said


def test_a_title_loses_the_preposition_of_a_date_it_leaves_out():
    found = events_in("China's loans to SOEs are also maturing from October 2024 to September 2027.", "2025-02-08")
    assert found and all(" from to " not in f" {title} " for _, title in found), found


def test_two_articles_sharing_one_title_word_tell_two_happenings():
    from generator.events import EventMention
    from generator.index import build_events
    from generator.model import Source

    def told(date, title, keywords, article):
        return EventMention(FuzzyDate.parse(date), title, frozenset(keywords), [],
                            Source(article, "p1", f"{title}.", date))

    clinic = told("1998", "Bombing", {"bombing"}, "apw19990506")
    embassies = told("1998-08-07", "Bombing of two U.S. embassies", {"bombing", "embassy"}, "apw19980911")
    assert len(build_events([embassies, clinic], {})) == 2
    same_article = told("1998", "Bombing", {"bombing"}, "apw19980911")
    assert len(build_events([embassies, same_article], {})) == 1


def test_a_year_gone_by_dates_what_it_closes_not_a_present_verb():
    # English puts no finished time on a present perfect or a present: the year belongs to the
    # bombing, the day to the killing, not to the arrest or to who leads the team today.
    found = events_in("A second suspect has been arrested over the bombing of the Marriott hotel in Islamabad last "
                      "year, police said on Friday.", "2009-05-15")
    assert ("2008", "Bombing of the Marriott hotel in Islamabad") in found
    assert not any(date == "2008" and "arrested" in title for date, title in found), found
    assert events_in("Malik leads a team that is prosecuting the attacks which killed 166 people, including six "
                     "Americans, on Nov. 26, 2008.", "2012-03-02") == [
        ("2008-11-26", "Attacks killed 166 people including six Americans")]
    # "since" a year is what a present perfect is made for
    assert ("2018", "Envoy has held a series of meetings with Taliban leaders") in events_in(
        "The envoy, who has held a series of meetings with Taliban leaders since last year, reached Doha on Friday.",
        "2019-02-16")
    # a weekday may stand on a present perfect ("has on Monday summoned"), and a caption is in the present
    assert events_in("Pakistan has on Monday summoned the American envoy over the drone strike.", "2010-03-02") == [
        ("2010-03-01", "Pakistan has summoned the American envoy over the drone strike")]


def test_a_title_keeps_the_commas_of_a_list_and_no_other():
    assert events_in("The foreign ministers of Poland, Hungary and the Czech Republic signed the accession documents "
                     "in Independence on March 12.", "1999-03-14") == [
        ("1999-03-12", "Foreign ministers of Poland, Hungary and the Czech Republic signed the accession documents")]
    found = events_in("Lt. Gen. Ahmed Shuja Pasha, who took over in October 2008, briefed the lawmakers on Monday.",
                      "2008-11-10")
    assert ("2008-11-10", "Lt. Gen. Ahmed Shuja Pasha briefed the lawmakers") in found


def test_the_first_word_after_a_wire_opening_is_lowercased_inside_a_title():
    assert events_in("ISLAMABAD (Reuters) - The United States gave no warning of the raid, the foreign office said "
                     "on Friday.", "2011-05-08") == [("2011-05-06", "Foreign office said the United States gave no warning")]


def test_a_title_of_what_was_said_reaches_what_was_said_of_it():
    # cut at its length, the title ended inside the subject: "… said the death toll in the … bombing"
    assert events_in("The death toll in the Peshawar church bombing, initially 60, has risen to 81, hospital officials "
                     "and police officers said on Tuesday.", "2013-09-25") == [
        ("2013-09-24", "Hospital officials and police officers said the death toll has risen to 81")]


def test_a_clause_the_parser_left_without_its_doer_is_the_moment_of_the_main_act():
    # spaCy reads "as dawn" as a preposition and "broke" without a subject; it is no act of the officials
    assert events_in("At least 40 were killed and more than 100 injured, officials said as dawn broke on Sunday.",
                     "2013-09-25") == [("2013-09-22", "Officials said at least 40 were killed")]


@pytest.mark.parametrize("sentence, published, expected", [
    # a gerund after "after" is done by the subject of the clause it hangs from ("Visiting Kabul")
    ("After visiting Kabul on Tuesday, the envoy said talks would resume.", "2011-06-10",
     [("2011-06-07", "Envoy visiting Kabul")]),
    # "at least" is a quantity, not a loose preposition to trim ("Least 12 people")
    ("On Friday morning, at least 12 people were killed in a blast near the Peshawar press club.", "2013-09-25",
     [("2013-09-20", "At least 12 people were killed in a blast near the Peshawar press club")]),
    # what was not done dates nothing; what was done beside it is the happening ("Naming any country")
    ("Without naming any country on Saturday, the foreign minister said Pakistan would not allow its soil to be "
     "used against anyone.", "2019-01-28",
     [("2019-01-26", "Foreign minister said Pakistan would not allow its soil to be used")]),
    # "between" needs both sides ("Summit between Musharraf")
    ("The summit between Musharraf and Vajpayee in July 2001 ended without a joint statement.", "2005-03-02",
     [("2001-07", "Summit between Musharraf and Vajpayee")]),
])
def test_a_title_keeps_the_words_its_act_needs(sentence, published, expected):
    assert events_in(sentence, published) == expected


def test_a_gerund_after_from_is_not_done_by_the_subject():
    # Pakistan blocked the trucks; the trucks, not Pakistan, would have travelled
    found = events_in("Pakistan has blocked NATO trucks from travelling through the Khyber Pass today.", "2005-03-02")
    assert not any(title.startswith("Pakistan travelling") for _, title in found), found


def test_a_participle_describing_a_noun_does_not_set_the_clause_in_the_past():
    # "coming from Congress" is no verb of the clause: the expecting looks to the next Wednesday
    assert events_in("The president is expected to echo the conciliatory tone coming from Congress as early as "
                     "Wednesday.", "2009-10-13") == [("2009-10-14", "President is expected to echo the conciliatory tone")]


def test_a_particle_stays_with_its_verb():
    found = events_in("Trump attacked Pakistan in a tweet on Monday. Islamabad hit back hours later and summoned the "
                      "US ambassador.", "2018-01-03")
    assert ("2018-01-01", "Islamabad hit back") in found  # "Islamabad hit" is another happening


@pytest.mark.parametrize("sentence, published, expected", [
    # what the past had scheduled ahead is the nearest such day, not next year's
    ("The tariffs were initially scheduled to take effect on July 9, but the president postponed them.",
     "2025-07-31", [("2025-07-09", "Tariffs were scheduled to take effect")]),
    # the figure compared with is no happening of its year ("Trade … reached $7.3 billion" dated 2023)
    ("In 2024, trade between the US and Pakistan reached an estimated $7.3 billion, up from $6.9 billion in 2023.",
     "2025-07-31", [("2024", "Trade between the US and Pakistan reached an estimated $7.3 billion")]),
    # after a passive the subject did what the gerund says, whatever the preposition
    ("The PTI chairman was booked under the Anti-Terrorism Act for allegedly threatening police at his rally on "
     "August 20.", "2022-08-22", [("2022-08-20", "PTI chairman allegedly threatening police at his rally")]),
    # the person a subject's appositions name, not the short form in brackets ("US announced")
    ("United States (US) President Donald Trump on Wednesday night announced that the US has concluded a deal with "
     "Pakistan.", "2025-07-31", [("2025-07-30", "President Donald Trump announced the US has concluded a deal with Pakistan")]),
    # a second subject of what was said stays: "the United States were very close" said something else
    ("Last week, Foreign Minister Ishaq Dar said the United States and Pakistan were very close to a trade deal.",
     "2025-07-31", [("2025-07", "Foreign Minister Ishaq Dar said the United States and Pakistan were very close")]),
    # spaCy found no main verb and hung "bin Laden was sentenced" under "to help find": the surgeon was
    ("A Pakistani surgeon recruited by the CIA to help find Osama bin Laden was Wednesday sentenced to 33 years in "
     "prison for treason, drawing a warning from American senators about aid.", "2012-05-26",
     [("2012-05-23", "Pakistani surgeon was sentenced to 33 years in prison for treason")]),
    # "their" after plural soldiers is theirs, not Clinton's
    ("Clinton offered condolences to the families of Pakistani soldiers who lost their lives in the NATO airstrike "
     "last November.", "2012-07-03",
     [("2011-11", "Families of Pakistani soldiers lost their lives in the NATO airstrike")]),
    # a named date that opens a name dates nothing but its own happening ("Official Commission report")
    ("The official 9/11 Commission report on the attacks said officials moved at once to secure Pakistan's help.",
     "2006-09-21", [("2001-09-11", "9/11 attacks")]),
    # a verb that carries the act its object names names who did it
    ("Prime Minister Shahid Khaqan Abbasi called a meeting of top government officials on Tuesday to discuss the "
     "tweet.", "2018-01-03",
     [("2018-01-02", "Prime Minister Shahid Khaqan Abbasi called a meeting of top government officials")]),
    # what no one did did not happen
    ("No one from the administration had apologized for the raid until Tuesday.", "2012-07-04", []),
    # the article of a date left out goes with it ("visited Islamabad the to help")
    ("General Allen had visited Islamabad twice over the last week to help seal the deal.", "2012-07-03",
     [("2012-06", "General Allen had visited Islamabad to help seal the deal")]),
])
def test_fresh_pages_of_2012_2022_and_2025(sentence, published, expected):
    assert events_in(sentence, published) == expected


def test_a_dateline_set_off_by_a_spaced_hyphen_is_no_part_of_a_title():
    assert events_in("ISLAMABAD - Pakistan's envoy to Washington lost a battle with the country's generals to keep his "
                     "job on Tuesday.", "2011-11-23") == [
        ("2011-11-22", "Pakistan's envoy to Washington lost a battle with the country's generals")]
    found = events_in("RAWALPINDI, ISLAMABAD  -  Former prime minister Imran Khan and former foreign minister Shah "
                      "Mahmood Qureshi were sentenced to 10 years in jail yesterday.", "2024-01-31")
    assert found and found[0][1].startswith("Imran Khan and Shah Mahmood"), found  # the subject after the dateline


def test_tempeval_training_news_of_1999():
    # TempEval-3 training (APW19990312.0251): spaCy made "Germany" an apposition of "it" past the verb,
    # and the title said Germany had been expanded
    found = events_in("There were 12 original members of NATO at its founding. Since 1949, it has been expanded to "
                      "include Greece and Turkey in 1952, Germany in 1955 and Spain in 1982.", "1999-03-12")
    assert found and not any(title.startswith("Germany") for _, title in found), found
    # the "almost" of "almost four years ago" goes with the date
    assert events_in("NATO warplanes helped end the war in Bosnia almost four years ago.", "1999-03-12") == [
        ("1995", "NATO warplanes helped end the war in Bosnia")]
    # a summit "set for" a month lies ahead
    assert events_in("The question is expected to dominate a NATO summit set for Washington in April.", "1999-03-12") == [
        ("1999-04", "NATO summit set for Washington")]


def test_a_coarse_telling_is_no_bridge_between_two_days():
    from generator.events import EventMention
    from generator.index import build_events
    from generator.model import Source

    def told(date, title, article):
        words = frozenset(w.lower() for w in title.split() if w[0].isalpha() and w not in ("the", "in"))
        return EventMention(FuzzyDate.parse(date), title, words, [], Source(article, "p1", f"{title}.", date))

    strike = told("2019-06-12", "Drone strike in Waziristan", "a")
    protest = told("2019-06-14", "Pakistan protested the drone strike in Waziristan", "b")
    last_year = told("2019", "Drone strike in Waziristan", "c")  # like both: one is the strike, one a protest at it
    for order in ([last_year, protest, strike], [strike, last_year, protest], [protest, last_year, strike]):
        events = build_events(order, {})
        assert sorted((str(e.date), len(e.sources)) for e in events) == [("2019-06-12", 2), ("2019-06-14", 1)]


@pytest.mark.parametrize("sentence, published, date", [
    # TempEval-3 training sentences: a past clause that sets something in train looks ahead
    ("The parent asked it to respond by Oct. 31.", "1989-10-30", "1989-10-31"),
    ("A C$30-a-share bid by Ciba-Geigy Ltd. was extended to Nov. 16.", "1989-11-01", "1989-11-16"),
    ("U.S. Trust also created a four-member office of the chairman, effective Feb. 1.", "1989-11-01", "1990-02-01"),
    # and a clause told in the past still dates the last such day
    ("On December 3, Mattis visited Islamabad.", "2018-03-01", "2017-12-03"),
    # TempEval-3 training (xie19990210-0079): what was decided lies ahead of the deciding
    ("NATO has decided to admit Poland, Hungary and the Czech Republic in early March.", "1999-02", "1999-03"),
])
def test_a_date_a_past_clause_looks_ahead_to_is_the_nearest_one(sentence, published, date):
    assert date in [found for found, _ in events_in(sentence, published)]


@pytest.mark.parametrize("sentence, published, date", [
    # a fresh page on the 2011 memo affair: a purpose, not a plan; read ahead it was a May 2012 memo
    ("Haqqani has returned to answer allegations that he colluded with Pakistani-American businessman "
     "Mansoor Ijaz to draft a May 10 memo to then Joint Chiefs Chairman Adm. Mike Mullen.", "2011-11-22", "2011-05-10"),
    ("The envoy flew to Kabul to meet President Hamid Karzai on May 10.", "2011-11-22", "2011-05-10"),
])
def test_a_date_in_an_infinitive_of_purpose_is_the_last_such_day(sentence, published, date):
    assert [found for found, _ in events_in(sentence, published)] == [date]


def test_an_infinitive_set_off_by_a_comma_is_the_writers_aside():
    # a seed (Lieven, 2011): "at least to judge by my interviews …, including this March" dated the policy
    found = events_in("This official policy takes place against a background of overwhelming sympathy for the "
                      "Afghan Taliban among ordinary Pakistanis, at least to judge by my hundreds of interviews on "
                      "the street in all four provinces over the past four years, including this March in Punjab.",
                      "2011-04-22")
    assert found == [], found


def test_an_infinitive_of_purpose_is_told_with_the_act_it_was_for():
    found = events_in("The army launched an operation in June 2014 to clear North Waziristan of militants.", "2015-01-01")
    assert found == [("2014-06", "Army launched an operation to clear North Waziristan of militants")]
    found = events_in("The envoy flew to Kabul to meet President Hamid Karzai on May 10.", "2011-11-22")
    assert found == [("2011-05-10", "Envoy flew to Kabul to meet President Hamid Karzai")]


def test_the_one_asked_or_ordered_to_act_is_who_acts():
    # TempEval-3 training (apw20000107-0318): Elian is to testify, not the congressman who subpoenaed him
    found = events_in("Rep. Dan Burton said he subpoenaed 6-year-old Elian to testify before the committee on "
                      "Feb. 10, so he remains in the country.", "2000-01-07")
    assert found == [("2000-02-10", "6-year-old Elian to testify before the committee")]


def test_each_date_of_a_series_dates_what_was_told_with_it():
    # TempEval-3 training (nyt19990312-0271)
    found = events_in("The alliance has expanded three times before, adding Greece and Turkey in 1952, "
                      "West Germany in 1955 and Spain in 1982.", "1999-03-12")
    assert found == [("1952", "Alliance adding Greece and Turkey"), ("1955", "Alliance adding West Germany"),
                     ("1982", "Alliance adding Spain")]


def test_a_title_leaves_out_the_dates_of_other_events_and_whose_shares_are_said_right():
    # TempEval-3 training (wsj-0778): "his" is Mr. Antar's, not the SEC's
    found = events_in("Mr. Antar, the SEC said, made more than $60 million from the sale of his shares "
                      "between 1985 and 1987.", "1989-11-01")
    assert found and all("1985" not in title and "SEC’s" not in title for _, title in found), found
    assert events_in("Pakistan tested missiles in 1998 and again in 2002.", "2008-12-02") == \
        [("1998", "Pakistan tested missiles"), ("2002", "Pakistan tested missiles")]


def dates_by_paragraph(texts, published):
    """(date, paragraph id) of each event an article of these paragraphs tells."""
    from generator.events import extract_events
    from generator.model import Article, Paragraph
    from generator.nlp import parse

    article = Article("a", "a.txt", FuzzyDate.parse(published),
                      paragraphs=[Paragraph(f"p{i}", "paragraph", t, i) for i, t in enumerate(texts, 1)])
    return [(e.date.iso(), e.source.paragraph) for e in extract_events(article, parse(texts), [])]


def test_hours_after_is_read_from_the_last_date_told_in_an_earlier_paragraph():
    found = dates_by_paragraph(["Three blasts hit the police academy in Lahore on Thursday, officials said.",
                                "About a half hour after the trio of attacks, a suicide car bomber hit a police "
                                "station in Kohat."], "2009-10-16")
    assert ("2009-10-15", "p2") in found, found


def test_a_name_the_parser_hangs_on_an_attack_is_not_who_attacked():
    # The seed sentence of 2011-04-lieven-hard-power, dated: the parser makes "Raymond Davis" an
    # apposition of "attack", which made him the one who killed 40 civilians
    found = events_in("This followed a drone attack in North Waziristan that killed more than 40 civilians on "
                      "March 17, after Pakistan released contracted CIA operative Raymond Davis, who had shot "
                      "dead two Pakistanis.", "2011-04-22")
    assert found == [("2011-03-17", "Drone attack in North Waziristan killed more than 40 civilians")]


def test_a_figure_at_its_date_is_dated_but_not_the_figure_it_is_compared_with():
    # TempEval-3 training sentences (wsj_0557, wsj_0674)
    assert events_in("The candy businesses had sales of about $154 million last year, which was roughly 12% "
                     "of total revenue for the unit.", "1989-11-01") == \
        [("1988", "Candy businesses had sales of about $154 million")]
    assert events_in("Revenue was C$291.6 million, up from C$252 million in 1988.", "1989-11-01") == []
    # a state of mind is still no event
    assert events_in("In 2008, Pakistan depended on the US for its weapons.", "2018-09-01") == []


@pytest.mark.parametrize("sentence, published, expected", [
    # TempEval-3 training (wsj-1031, nyt19980206-0460): "as of" a date, and a date that dates the subject
    ("As of Sept. 30, Philip Morris had 926 million shares outstanding.", "1989-10-27",
     [("1989-09-30", "Philip Morris had 926 million shares outstanding")]),
    ("Among people with less than a high school education, the rate in January was 7.2 percent.", "1998-02-06",
     [("1998-01", "Rate was 7.2 percent")]),
    ("As of June 30, Pakistan had foreign reserves of $4.5 billion.", "2023-07-01",
     [("2023-06-30", "Pakistan had foreign reserves of $4.5 billion")]),
    # a subject at its date that gives no figure is a state
    ("The town in May was quiet.", "2023-07-01", []),
    ("The party in 2018 was the third largest.", "2023-07-01", []),
])
def test_a_figure_is_dated_however_its_date_is_attached(sentence, published, expected):
    assert events_in(sentence, published) == expected


def test_yesterday_is_always_a_day_whatever_the_clause_looks_to():
    # TempEval-3 training (wsj_0938): "yesterday" was skipped as "today as nowadays" once an infinitive
    # or the "to" before it made the clause look ahead
    assert events_in("Cineplex shareholders responded coolly to yesterday's announcement.", "1989-10-26") == \
        [("1989-10-25", "Cineplex shareholders responded coolly to announcement")]
    found = events_in("Du Pont's stock rose $2.50 a share to close at $117.375 in New York Stock Exchange "
                      "composite trading yesterday.", "1989-10-26")
    assert [date for date, _ in found] == ["1989-10-25"]


def _events_with_actors(text, published):
    from generator.actors import extract_actors
    from generator.events import extract_events
    from generator.nlp import parse

    article = _article(text, published)
    docs = parse([text])
    actors, _ = extract_actors(article, docs)
    return [(e.date.iso(), e.title, e.actors) for e in extract_events(article, docs, actors)]


def test_he_stands_for_the_person_the_actor_stage_found_whatever_the_models_label():
    # fresh page of 2022: spaCy labels "Zawahiri" an organisation, so "he" stood for no one; and the
    # heading's "Ayman Al-Zawahiri" beside the text's "Ayman al-Zawahiri" had left "Zawahiri" to neither
    found = _events_with_actors("Ayman Al-Zawahiri, the head of al-Qaeda, was the target. Officials said Ayman "
                                "al-Zawahiri was killed in Kabul. Zawahiri was killed when he stepped out on the "
                                "balcony of his safe house on Sunday morning.", "2022-08-02")
    assert [(date, title) for date, title, _ in found] == [
        ("2022-07-31", "Zawahiri stepped out on the balcony of his safe house")]


def test_a_pronoun_subject_is_the_actor_the_sentence_before_was_about():
    # the shape of the dev set's LSE article: "it" two sentences on is still the group
    found = _events_with_actors("Instead, after a lull of a few weeks, the Islamic State was back with a renewed "
                                "campaign of attacks. By 2022, it had given up on a half-hearted attempt to wage "
                                "a guerrilla war in the east.", "2023-06-12")
    assert ("2022", "Islamic State had given up on a half-hearted attempt", ["Islamic State"]) in found, found


def test_a_pronoun_acted_on_is_not_the_actor_before_it():
    found = _events_with_actors("Pakistan passed the ordinance in 1979. It was repealed in 2004.", "2020-01-01")
    assert ("2004", "It was repealed", []) in found, found


def test_a_happening_owned_by_the_subject_says_whose_even_with_its_date_after_it():
    # the dev set (Project Syndicate, 2002): "his coup in 1977" was titled "Coup"
    found = events_in("With his coup in 1977, General Zia ul Haq injected a messianic zeal to redefine Pakistan "
                      "as an Islamic state governed by Sharia (Islamic Law).", "2002-08-15")
    assert found == [("1977", "Coup by General Zia")]


@pytest.mark.parametrize("sentence, expected", [
    # issue 14: everything "after 9/11" was dated 11 Sep 2001; the clause is after the day, not on it
    ("After 9/11, Pakistan joined the American war on terror.",
     [("2001-09-11", "9/11 attacks"), ("2001-09", "Pakistan joined the American war on terror")]),
    ("Before 9/11, Pakistan backed the Taliban.", [("2001-09-11", "9/11 attacks")]),
    ("After 2008, drone strikes grew.", []),
    # and a date inside "before …" dates what it names, not the clause
    ("Before the attack on December 3, Musharraf met Bush in Camp David.", [("2010-12-03", "Attack")]),
])
def test_a_clause_told_after_or_before_a_date_is_not_dated_on_it(sentence, expected):
    assert events_in(sentence, "2011-05-02") == expected


def test_a_name_the_parser_hung_elsewhere_is_still_the_doer_of_its_verb():
    # the parser joins "Pakistan" to "February"; "shot" took India, the subject of "struck", for its doer
    found = events_in("After the Pulwama attack, India struck Balakot on 26 February and Pakistan shot down an "
                      "Indian jet on 27 February.", "2019-05-01")
    assert found == [("2019-02-26", "India struck Balakot"), ("2019-02-27", "Pakistan shot down an Indian jet")]


def test_the_wire_opening_of_a_story_is_not_its_first_sentences_subject():
    # the dev set (CNN, 2011): the title said "Islamabad Pakistan was released from jail"
    found = events_in("Islamabad, Pakistan (CNN) -- A CIA contractor who killed two Pakistani men was released "
                      "from jail Wednesday after compensation was paid to the victims' families.", "2011-03-16")
    assert found == [("2011-03-16", "CIA contractor was released from jail")]


def test_a_place_and_a_colon_opening_a_story_is_where_it_was_filed():
    # a fresh page of 2023: "New Delhi mounted to 61" was the title, New Delhi an actor of the story
    text = ("New Delhi: The death toll in a Taliban suicide attack at a mosque in Pakistan's Peshawar city mounted "
            "to 61 on Monday (January 30, 2023).")
    assert not any(title.startswith("New Delhi") for _, title in events_in(text, "2023-01-31"))
    from tests.test_actors import actors_of
    assert "India" not in actors_of(text) and "Peshawar" in actors_of(text)


@pytest.mark.parametrize("sentence, published, expected", [
    # TempEval-3 training (XIE19990227.0171): the day the story was filed dates its first clause
    ("WARSAW, February 26 (Xinhua) -- The presidents of Poland and the Czech Republic have signed papers of "
     "accession in simultaneous ceremonies.", "1999-02-27",
     [("1999-02-26", "Presidents of Poland and the Czech Republic have signed papers of accession")]),
    # a day the sentence gives itself wins, and the subject is the one after the opening (XIE19980808.0031)
    ("JOHANNESBURG, August 7 (Xinhua) -- South Africa deplored Friday the bomb blasts which killed scores of "
     "people.", "1998-08-08", [("1998-08-07", "South Africa deplored the bomb blasts")]),
    ("NAIROBI, Kenya (AP) -- South Africa deplored Friday the bomb blasts which killed scores of people.",
     "1998-08-08", [("1998-08-07", "South Africa deplored the bomb blasts")]),
    # the day of filing is no date of a state
    ("BUDAPEST, March 12 (Xinhua) -- Hungary is a member of NATO.", "1999-03-13", []),
    # day before month, a year and a colon: the agency in brackets was the title's subject ("TDI held …")
    ("Washington DC, 21 December 2022 (TDI): The Foreign Minister of Pakistan, Bilawal Bhutto Zardari held an "
     "official meeting with the head of the aid agency.", "2022-12-22",
     [("2022-12-21", "Bilawal Bhutto Zardari held an official meeting with the head of the aid agency")]),
])
def test_the_day_a_wire_story_was_filed_dates_its_first_clause(sentence, published, expected):
    assert events_in(sentence, published) == expected


def test_a_wire_opening_is_no_part_of_what_was_said():
    # TempEval-3 training (XIE19990313.0173)
    ((date, title),) = events_in("BUDAPEST, March 12 (Xinhua) -- Hungary's accession to NATO has brought about "
                                 "new changes to the political balance in central Europe, said a Hungarian "
                                 "official.", "1999-03-13")
    assert date == "1999-03-12"
    assert title.startswith("Hungarian official said Hungary's accession") and "BUDAPEST" not in title
    assert "brought about" in title  # what was said of it, not only of what


@pytest.mark.parametrize("sentence, published, expected", [
    # TempEval-3 training: what a past report said was to come is told, as "will" is (wsj-0805, wsj-0584)
    ("CMS Energy Corp. said management would recommend to its board today that its dividend be reinstated.",
     "1989-10-27", [("1989-10-27", "Management would recommend to its board its dividend be reinstated")]),
    ("William O. McCoy said the revised agreement would dilute BellSouth earnings by about 9% in 1990.",
     "1989-10-27", [("1990", "Revised agreement would dilute BellSouth earnings by about 9")]),
    # the parser made the complement's subject the object of "worried" (apw20000417-0031): not "Would fail"
    ("Many worried their efforts to keep the boy in Miami would fail today.", "2000-04-17",
     [("2000-04-17", "Their efforts would fail")]),
    # but what would happen on a condition has not, and a state stays a state
    ("Pakistan said it would release the prisoners on Friday if India agreed.", "2017-10-27", []),
    ("Pakistan said it would be happy on Friday.", "2017-10-27", []),
    ("The minister would resign on Friday, if the talks failed.", "2017-10-27", []),
])
def test_what_a_report_said_would_come_is_told(sentence, published, expected):
    assert events_in(sentence, published) == expected


@pytest.mark.parametrize("sentence, expected", [
    ("Imran Khan had a meeting with Donald Trump on Monday.", [("2019-07-22", "Imran Khan had a meeting with Donald Trump")]),
    ("Imran Khan had talks with Donald Trump in July.", [("2019-07", "Imran Khan had talks with Donald Trump")]),
    ("In 2008, Pakistan had elections.", [("2008", "Pakistan had elections")]),
    # what a verb of state has is a state unless it names an act
    ("Pakistan had a bad year in 2019.", []),
    ("In 2008, Pakistan had a civilian government.", []),
])
def test_an_act_named_by_the_object_of_have_is_a_happening(sentence, expected):
    assert events_in(sentence, "2019-07-25") == expected


@pytest.mark.parametrize("sentence, published, expected", [
    # TempEval-3 training (apw20000328-0257): not "until" Tuesday, and not negated
    ("But it was not until Tuesday that Castro revealed that those concerns had been shared directly with "
     "the U.S. government.", "2000-03-28",
     [("2000-03-28", "Castro revealed those concerns had been shared directly with the U.S. government")]),
    ("It was not until 2014 that the army launched an operation in North Waziristan.", "2016-03-28",
     [("2014", "Army launched an operation in North Waziristan")]),
    ("It was in June 2014 that the army launched an operation in North Waziristan.", "2016-03-28",
     [("2014-06", "Army launched an operation in North Waziristan")]),
    # what was clear at a date is no cleft
    ("It was clear in 2014 that the army had failed.", "2016-03-28", []),
])
def test_a_cleft_dates_the_clause_it_puts_at_its_date(sentence, published, expected):
    assert events_in(sentence, published) == expected


@pytest.mark.parametrize("sentence, published, expected", [
    # TempEval-3 training (nyt20000330-0406), published on a Thursday: the coming Tuesday, not the last one
    ("U.S. Immigration officials postponed until Tuesday morning any action on revoking the boy's permission.",
     "2000-03-30", [("2000-04-04", "U.S. Immigration officials postponed any action on revoking the boy's permission")]),
    ("The court adjourned the hearing till March 5.", "2023-03-01", [("2023-03-05", "Court adjourned the hearing")]),
    # a day it was put off on is behind
    ("On Monday the court adjourned the hearing.", "2023-03-01", [("2023-02-27", "Court adjourned the hearing")]),
])
def test_what_is_put_off_until_a_date_lies_ahead(sentence, published, expected):
    assert events_in(sentence, published) == expected


@pytest.mark.parametrize("sentence, published, expected", [
    # TempEval-3 training (xie19980808-0060): the parser hung both days on "condemned"
    ("The Cypriot government Saturday strongly condemned two terrorist bomb attacks in Kenya and Tanzania "
     "Friday, calling them an atrocious crime.", "1998-08-08",
     [("1998-08-08", "Cypriot government condemned two terrorist bomb attacks in Kenya"),
      ("1998-08-07", "Two terrorist bomb attacks in Kenya")]),
    ("Pakistan on Thursday condemned the drone strike in Kurram Wednesday.", "2019-03-01",
     [("2019-02-28", "Pakistan condemned the drone strike in Kurram"), ("2019-02-27", "Drone strike in Kurram")]),
])
def test_a_second_day_of_a_clause_dates_the_happening_it_closes(sentence, published, expected):
    assert events_in(sentence, published) == expected


@pytest.mark.parametrize("sentence, published, expected", [
    # TempEval-3 training (apw19981205-0374, wsj-0709): the act under a verb of state is told
    ("The three are expected to join in April, as part of marking NATO's 50th anniversary.", "1998-12-05",
     [("1999-04", "Three are expected to join")]),
    ("The company said it expects to release third-quarter results in mid-November.", "1989-10-27",
     [("1989-11", "Company expects to release third-quarter results")]),
    # a state under a state is not, nor a view ("saw winning as the step": the cleaning benchmark)
    ("In 2008, Pakistan wanted to remain neutral.", "2018-09-01", []),
    ("The Chargers saw winning Monday night as the most important step.", "2019-11-19", []),
    # and "had to flee" fled (apw19980219-0476)
    ("Nhek Bunchhay, who had been closely involved in the search for Howes before having to flee the Cambodian "
     "capital after a coup d'etat last year, appeared confident.", "1998-02-19",
     [("1997", "Nhek Bunchhay having to flee the Cambodian capital after a coup d'etat")]),
    # the poll completed on Saturday: a count after a weekday is no day of the month (nyt19981026-0446)
    ("In a New York Times/CBS News poll completed on Saturday, 69 percent of those polled said they did not "
     "know his position.", "1998-10-26", [("1998-10-24", "New York Times/CBS News poll completed")]),
    # an accession is a happening (xie19990210-0079)
    ("The March accession will enable the three countries to sign the summit documents.", "1999-02-10",
     [("1999-03", "Accession will enable the three countries to sign the summit documents")]),
])
def test_an_act_under_a_verb_of_state_is_told(sentence, published, expected):
    assert events_in(sentence, published) == expected


@pytest.mark.parametrize("sentence, expected", [
    # the cleaning benchmark's shopping pages: a feast that names a season dates nothing
    ("Skip the Black Friday rush and snag some of these great deals early.", []),
    ("The price of one of the PS4 DualShock controllers has prematurely dropped to Black Friday levels.", []),
    # a weekday that names the occasion still dates its clause (TempEval-3 training, nyt19981121-0173)
    ("In its Friday issue, The Hamilton Spectator quoted an officer.", [("2019-11-15", "Hamilton Spectator quoted an officer")]),
    # "last night" is the day before
    ("Pakistan said last night that it would release the prisoners.",
     [("2019-11-19", "Pakistan said it would release the prisoners")]),
])
def test_a_feast_that_names_a_season_dates_nothing(sentence, expected):
    assert events_in(sentence, "2019-11-20") == expected


def test_a_clause_the_parser_hung_on_its_date_is_dated_by_it():
    # TempEval-3 training (apw19980418-0210): "the following year" counts from the sentence's own date,
    # and dates the appointing, which the parser made a relative clause of "year"
    found = events_in("On May 22, 1995, Farkas was made a brigadier general, and the following year he was "
                      "appointed military attache at the Hungarian embassy in Washington.", "1998-04-18")
    assert [date for date, _ in found] == ["1995-05-22", "1996"]
    assert "appointed military attache" in found[1][1]


@pytest.mark.parametrize("sentence, published, expected", [
    # TempEval-3 training: a hyphenated event noun is one word of the lexicon (ap900816-0139, ap900815-0044)
    ("Saddam has been under international quarantine since his Aug. 2 power-grab.", "1990-08-16",
     ("1990-08-02", "Power-grab")),
    ("Saddam appeared to accept a treaty he had rejected in talks following the August 1988 cease-fire.",
     "1990-08-15", ("1988-08", "Cease-fire")),
    # a sale is a happening (wsj-0558)
    ("Gains included $27 million from the sale of Federated Investors in August.", "1989-11-02",
     ("1989-08", "Sale of Federated Investors")),
    # "when" right after the date, whatever the parser hung its clause on (pri19980121-2000-2591)
    ("The city could have used some special protection in nineteen seventy-nine when the Soviet Union "
     "invaded Afghanistan.", "1998-01-21", ("1979", "Soviet Union invaded Afghanistan")),
])
def test_what_a_date_dates_when_the_parser_splits_or_misplaces_it(sentence, published, expected):
    assert expected in events_in(sentence, published)


def test_a_when_clause_of_a_state_leaves_the_date_to_its_act():
    # TempEval-3 training (apw20000417-0031)
    found = events_in("Josefa Gonzalez left Cuba in 1962 when she was 4.", "2000-04-17")
    assert [date for date, _ in found] == ["1962"] and "left Cuba" in found[0][1]


def test_the_following_month_counts_from_the_date_told_in_the_paragraph_before():
    # TempEval-3 training (wsj-0786)
    found = dates_by_paragraph(["In March, the company rejected a bid by its founder.",
                                "The following month, the company put itself up for sale."], "1989-11-01")
    assert ("1989-04", "p2") in found, found


@pytest.mark.parametrize("sentence, published, expected", [
    # TempEval-3 training: the parser made the day the subject of the participle after it (nyt19990419-0515)
    ("The rifle was discovered April 8 buried one foot below the ground.", "1999-04-19",
     ("1999-04-08", "Rifle was discovered")),
    # a count of things at its date is a figure too (wsj-0541)
    ("Last Monday, the company had nearly 73 million shares outstanding.", "1989-11-01",
     ("1989-10-30", "Company had nearly 73 million shares outstanding")),
])
def test_a_day_after_its_verb_and_a_count_at_its_date_are_dated(sentence, published, expected):
    assert expected in events_in(sentence, published)


@pytest.mark.parametrize("sentence, published, date", [
    # TempEval-3 training: a plan told in the past may lie behind (apw19991024-0075, apw19980930-0425)
    ("A memorial service planned at the University of Rochester for Saturday was canceled.", "1999-10-24", "1999-10-23"),
    ("On Friday, the Kenyan government planned to pay the first 32 death claims.", "1998-09-30", "1998-09-25"),
    # and what "is to" happen is arranged ahead (wsj-0810)
    ("Navigation Mixte is to resume trading in Paris Tuesday.", "1989-10-27", "1989-10-31"),
])
def test_a_plan_told_in_the_past_is_read_from_the_clause_that_tells_it(sentence, published, date):
    assert date in [d for d, _ in events_in(sentence, published)]


def test_a_hyphenated_name_of_a_happening_is_kept_whole_and_a_day_as_subject_is_no_date():
    # cleaning benchmark pages: "the 1967 Six-Day War" was titled "Day War"; a magazine's slogan
    # "WIRED is where tomorrow is realized" was an event of the next day
    assert events_in("Israel seized the territories in the 1967 Six-Day War.", "2019-11-20") == [("1967", "Six-Day War")]
    assert events_in("WIRED is where tomorrow is realized.", "2019-11-20") == []


def test_a_name_joined_by_particles_is_one_word_to_the_parser():
    # dev set (2021-09, "groups like Lashkar-e-Taiba became …"): split at its hyphens, the name was
    # parsed as three subjects and the title read "Groups like became …"
    [(date, title)] = events_in("In the early 1990s, as an anti-India insurgency in Kashmir intensified, groups like "
                                "Lashkar-e-Taiba became the Pakistani government's proxies in its war against India.",
                                "2021-09-09")
    assert date == "1990s" and "like Lashkar-e-Taiba became" in title, title


def test_what_there_was_at_a_date_is_the_title():
    # cleaning benchmark page: "there were 9 million premature deaths" was titled "Were 9 million …"
    assert events_in("The Lancet Commission on pollution and health found that in 2015, there were 9 million "
                     "premature deaths.", "2019-11-20") == [("2015", "9 million premature deaths")]


def test_a_question_tells_no_happening_but_a_report_of_one_does():
    # cleaning benchmark page; TempEval-3 training (ea980120-1830-0456)
    assert events_in("Was it a misjudgement to hold the opening ceremony at 2:30pm on a Monday?", "2019-11-20") == []
    assert events_in("The Pentagon said today it will re-examine whether the remains are, in fact, known?",
                     "1998-01-20")


def test_a_date_that_opens_the_sentence_dates_each_clause_joined_to_the_first():
    # TempEval-3 training (apw19980219-0476): the arrest was in June last year too
    assert events_in("But in June last year, the remaining leadership had a falling out, and Pol Pot was "
                     "arrested.", "1998-02-19") == [("1997-06", "Pol Pot was arrested")]
    # dev set: the airstrikes began in October 2001 with the operation
    found = events_in("In October of 2001, Operation Enduring Freedom began, and US forces initiated airstrikes "
                      "on al-Qaeda and the Taliban.", "2021-09-10")
    assert ("2001-10", "US forces initiated airstrikes on al-Qaeda") in found
    # a clause told in another tense, or with a date of its own, is not dated by the opening date
    assert events_in("In 2008, the army withdrew from the valley, and now it is back.", "2019-02-19") == \
        [("2008", "Army withdrew from the valley")]
    assert events_in("On Monday the minister resigned, and on Friday the party elected a new leader.",
                     "2019-02-20") == [("2019-02-18", "Minister resigned"), ("2019-02-15", "Party elected a new leader")]
    # a joined clause is read after the date as the first is: "after 2001" dates neither
    assert events_in("After 2001, the army withdrew from the valley and the militants returned.", "2019-03-01") == []
    assert ("2001-09", "Musharraf banned Lashkar-e-Taiba") in events_in(
        "After 9/11, Musharraf sided with America and banned Lashkar-e-Taiba.", "2019-03-01")


def test_titles_leave_out_the_part_of_the_day_and_names_joined_by_particles_are_no_verbs():
    # the part of the day was left in the title ("… attacked Mumbai on the evening"), and the tagger
    # read "Jaish-e-Mohammed" as a past participle ("-ed"): the event was titled with the name alone
    assert events_in("Ten gunmen attacked Mumbai on the evening of November 26.", "2008-11-30") == \
        [("2008-11-26", "Ten gunmen attacked Mumbai")]
    assert events_in("SEALs killed Osama bin Laden in Abbottabad on the night of May 1-2, 2011.", "2011-05-10") == \
        [("2011-05-01", "SEALs killed Osama bin Laden in Abbottabad")]
    assert events_in("Musharraf banned Lashkar-e-Taiba and Jaish-e-Mohammed on 12 January 2002.", "2002-01-13") == \
        [("2002-01-12", "Musharraf banned Lashkar-e-Taiba")]


def test_a_possessive_stands_for_the_person_named_before_it_unless_the_title_names_them():
    # the pronoun was spelled out even where the title names its person: "Nawaz Sharif nominated Nawaz
    # Sharif's brother"; where it does not, it still is ("Hamid Mir's talk show aired", a seed)
    found = events_in("Pakistan held general elections on 8 February 2024. A week later, Nawaz Sharif nominated "
                      "his brother for prime minister.", "2024-02-20")
    assert ("2024-02-15", "Nawaz Sharif nominated his brother for prime minister") in found
    found = events_in("Hamid Mir made a revelation in a recent episode of his talk show that aired on October 24.",
                      "2017-11-01")
    assert found == [("2017-10-24", "Hamid Mir’s talk show aired")]


def test_a_phrasal_verbs_particle_ends_its_title_and_a_part_of_a_year_is_no_title():
    # "The Kargil conflict broke out" was titled "Kargil conflict broke"; "at the end of 2014" left "End"
    assert events_in("The Kargil conflict broke out in May 1999.", "2019-03-01") == [("1999-05", "Kargil conflict broke out")]
    assert events_in("At the end of 2014, the US formally ended its combat mission.", "2019-03-01") == \
        [("2014", "US ended its combat mission")]


# Written in our own words, in the shapes of sentences of in-domain news pages nobody tuned the
# rules on; each failed before its mechanism was built.

def test_a_span_of_time_after_a_clause_counts_from_that_clause_not_from_the_last_date():
    # "came 12 days after" the killing: the killing is dated by its own day, not twelve days after Tuesday
    found = dates_by_paragraph(["Indian jets bombed a camp across the border on Tuesday.",
                                "The strike came 12 days after 40 soldiers were killed in a car bombing on Feb. 14."],
                               "2019-02-27")
    assert ("2019-02-14", "p2") in found and not any(date.startswith("2019-03") for date, _ in found), found
    # with no day of its own, the clause is not dated at all: it lies two weeks before Tuesday, not after
    found = dates_by_paragraph(["Indian jets bombed a camp across the border on Tuesday.",
                                "The strike came two weeks after a car bombing killed 40 soldiers."], "2019-02-27")
    assert found == [("2019-02-26", "p1")], found


def test_a_title_keeps_the_adverb_that_says_the_act_did_not_quite_happen():
    assert events_in("Last year, Pakistan nearly defaulted as its economy struggled.", "2024-09-27") == \
        [("2023", "Pakistan nearly defaulted")]


def test_a_rank_written_with_a_dot_does_not_end_the_sentence_or_the_title():
    found = events_in("Officials named two members of the Haqqani network, a faction that until last month held "
                      "Sgt. Bowe Bergdahl hostage.", "2014-06-11")
    assert found == [("2014-05", "Faction held Sgt. Bowe Bergdahl hostage")], found


def test_a_title_of_a_bare_saying_tells_what_was_said():
    found = events_in("The fund this week said the two sides have made significant progress toward an agreement, "
                      "the lender said late Wednesday.", "2025-10-11")
    assert ("2025-10-08", "Lender said") not in found and any(
        date == "2025-10-08" and "progress" in title for date, title in found), found


def test_a_day_earlier_counts_from_the_date_told_in_the_paragraph_before():
    found = dates_by_paragraph(["The former CIA chief said on July 24, 2019 that he was convinced.",
                                "A day earlier, Imran Khan had referred to the raid in an interview."], "2019-07-27")
    assert ("2019-07-23", "p2") in found, found


def test_he_does_not_stand_for_a_plural_subject_before_it():
    found = events_in("Prosecutors say that he called the former premier in New York on 25 September.", "2020-12-27")
    assert found and not any(title.startswith("Prosecutors called") for _, title in found), found


def test_a_day_whose_own_preposition_hangs_from_after_a_time_is_that_day():
    found = events_in("Shortly after midnight on November 26, American helicopters rocketed and strafed two lightly "
                      "manned border posts.", "2011-12-20")
    assert found and all(date == "2011-11-26" for date, _ in found), found


def test_a_day_after_doing_something_counts_from_the_doing_not_from_the_last_date():
    found = dates_by_paragraph(["On Thursday, investigators named a second commander.",
                                "Rice met Pakistani leaders in Islamabad, a day after meeting with Indian leaders."],
                               "2008-12-05")
    assert not any(date == "2008-12-05" for date, _ in found), found


def test_a_span_after_which_the_parser_hung_a_dated_clause_elsewhere_dates_nothing():
    # the parser made "after" a preposition of "people" and "were killed on Wednesday" a clause of its own
    found = dates_by_paragraph(["Nine militants were killed in a drone strike in the district on Thursday.",
                                "The strike comes a day after 16 people, including two fighters of the Tehreek-i-Taliban "
                                "Pakistan (TTP), were killed on Wednesday in the deadliest US drone strike in three months."],
                               "2011-11-17")
    assert ("2011-11-18", "p2") not in found and ("2011-11-16", "p2") in found, found


@pytest.mark.parametrize("sentence, published, expected", [
    # a fresh page of 2022: "Vein he met with Lindsey Graham"; the title fell back on the clause's own words
    ("In this vein, he met with Lindsey Graham this year.", "2022-12-21", [("2022", "He met with Lindsey Graham")]),
    ("In response, they met with Lindsey Graham this year.", "2022-12-21", [("2022", "They met with Lindsey Graham")]),
    ("On the other hand, he visited Kabul this year.", "2022-12-21", [("2022", "He visited Kabul")]),
])
def test_an_opening_phrase_set_off_by_a_comma_is_no_part_of_the_clause_told(sentence, published, expected):
    assert events_in(sentence, published) == expected


@pytest.mark.parametrize("sentence, published, expected", [
    # fresh pages of 2022: the killing was dated 9/11 and the Monday of the officials' word
    ("On Tuesday, US President Joe Biden announced that al-Qaeda chief and 9/11 mastermind Ayman al-Zawahiri had "
     "been killed in a drone strike in Kabul.", "2022-08-04",
     [("2001-09-11", "9/11 attacks"), ("2022-08-02", "US President Joe Biden announced al-Qaeda chief had been killed")]),
    ("Ayman al-Zawahiri, the head of Al Qaeda, was killed by a CIA drone attack in Afghanistan over the weekend, "
     "according to U.S. authorities on Monday.", "2022-08-03", []),
    # the day of the attacks, not of the locating: a date between "the" and an adjective and its noun
    ("Years of efforts paid dividends, Biden said, when they located Osama bin Laden’s longtime No. 2 — a "
     "co-planner of the Sept. 11, 2001, terrorist attacks on the U.S. — and ultimate successor at the house in Kabul.",
     "2022-08-03", [("2001-09-11", "Terrorist attacks on the U.S.")]),
])
def test_a_date_of_a_man_or_of_the_report_is_no_date_of_the_act(sentence, published, expected):
    assert events_in(sentence, published) == expected


@pytest.mark.parametrize("sentence, expected", [
    # what was under way when the act happened sets the scene; the title tells the act
    ("While he was visiting Kabul on Sunday, the minister met the Taliban leaders.",
     [("2022-07-31", "Minister met the Taliban leaders")]),
    ("Two missiles ended his reign as the sun was rising in Kabul on Sunday.",
     [("2022-07-31", "Two missiles ended his reign")]),
])
def test_a_clause_of_what_was_under_way_dates_the_act_it_frames(sentence, expected):
    assert events_in(sentence, "2022-08-03") == expected
