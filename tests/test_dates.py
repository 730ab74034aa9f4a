"""Date expressions normalised against the publication date, at their real precision."""

from __future__ import annotations

import pytest

from generator.dates import FUTURE, PAST, find_dates
from generator.model import FuzzyDate


def dates(sentence, published, future=False):
    return [(m.text, m.date.iso()) for m in find_dates(sentence, FuzzyDate.parse(published), "future" if future else "past")]


@pytest.mark.parametrize("sentence, published, expected", [
    ("The November 2008 Mumbai terror attacks killed 161 people.", "2017-12-01", [("November 2008", "2008-11")]),
    ("Sanctions since December 2008 remain.", "2018-09", [("December 2008", "2008-12")]),
    ("He fell on December 12, 2011 and again on 3 May 2012.", "2020",
     [("December 12, 2011", "2011-12-12"), ("3 May 2012", "2012-05-03")]),
    ("On November 24, Hafiz Saeed was released.", "2017-12-01", [("On November 24", "2017-11-24")]),
    ("Speaking on Capitol Hill in October, Mattis said so.", "2017-12-01", [("in October", "2017-10")]),
    ("When the Taliban seized Kabul in 1996, it changed.", "2021-09-09", [("1996", "1996")]),
    ("It helped birth the group in the 1990s.", "2021-09-09", [("the 1990s", "1990s")]),
    ("After the Soviet withdrawal in the late 1980s.", "2021", [("the late 1980s", "1980s")]),
    ("Bush had hoped for a turnaround after 9/11.", "2018-09", [("9/11", "2001-09-11")]),
    ("Last week, the government demanded an end.", "2011-04-22", [("Last week", "2011-04")]),
    ("He was killed this January.", "2011-04-22", [("this January", "2011-01")]),
    ("He was killed last summer.", "2011-04-22", [("last summer", "2010")]),
    ("He was kidnapped last year.", "2011-04-22", [("last year", "2010")]),
    ("Ten years ago, Pakistan depended on the US.", "2018-09", [("Ten years ago", "2008")]),
    # a span of days is read from its first; the part of the day is read with its date
    ("SEALs killed Bin Laden on the night of May 1-2, 2011.", "2011-05-10",
     [("the night of May 1-2, 2011", "2011-05-01")]),
    ("The summit is held on 12–14 March.", "2019-03-20", [("on 12–14 March", "2019-03-12")]),
    ("Ten gunmen attacked Mumbai on the evening of November 26.", "2008-11-30",
     [("on the evening of November 26", "2008-11-26")]),
    ("India struck in the early hours of 7 May.", "2025-05-15", [("the early hours of 7 May", "2025-05-07")]),
    # a season or a part of a year is the year; a day written "the 2nd of May"
    ("In the spring of 2002, Musharraf held a referendum.", "2019", [("the spring of 2002", "2002")]),
    ("At the end of 2014, the US ended its combat mission.", "2019", [("the end of 2014", "2014")]),
    ("In the first half of 2018, the rupee was devalued.", "2019", [("the first half of 2018", "2018")]),
    ("The talks broke down on the 2nd of May, 2018.", "2019", [("the 2nd of May, 2018", "2018-05-02")]),
    ("They met on the 5th of August.", "2019-09-01", [("on the 5th of August", "2019-08-05")]),
    # a count of days past ten, from the date told before
    ("Militants attacked a base in Uri on 18 September. Eleven days after the attack, India struck back.",
     "2016-09-30", [("on 18 September", "2016-09-18"), ("Eleven days after", "2016-09-29")]),
])
def test_dates_are_resolved(sentence, published, expected):
    assert dates(sentence, published) == expected


def test_month_day_after_publication_is_future_only_when_the_sentence_says_so():
    assert dates("On December 3, Mattis will visit.", "2017-12-01", future=True) == [("On December 3", "2017-12-03")]
    assert dates("On December 3, Mattis visited.", "2018-03-01") == [("On December 3", "2017-12-03")]


@pytest.mark.parametrize("sentence", [
    "He was released from a ten-month-long house arrest.",
    "The group met again after a gap of 16 months.",
    "More than 3,200 have been killed, and $1,000 was paid.",
    "The 2+2 dialogue was held.",
])
def test_durations_and_numbers_are_not_dates(sentence):
    assert dates(sentence, "2017-12-01") == []


def test_impossible_dates_are_ignored():
    assert dates("It happened on February 30, 2020.", "2021") == [("2020", "2020")]


@pytest.mark.parametrize("sentence, expected", [
    ("The hostages were released Tuesday in a swap.", [("Tuesday", "2019-11-19")]),
    ("The military said in a statement on Wednesday.", [("on Wednesday", "2019-11-20")]),
    ("It rained last Wednesday.", [("last Wednesday", "2019-11-13")]),
    ("On Tuesday, November 19, 2019 it rained.", [("November 19, 2019", "2019-11-19")]),
])
def test_weekdays_are_the_last_such_day_up_to_publication(sentence, expected):
    assert dates(sentence, "2019-11-20") == expected


def test_weekdays_give_only_the_month_when_publication_has_no_day():
    assert dates("They met on Monday.", "2019-11") == [("on Monday", "2019-11")]


def test_what_refers_back_is_read_first_from_a_date_before_it_in_its_sentence():
    found = find_dates("On May 22, 1995, he was made a general, and the following year he was appointed.",
                       FuzzyDate.parse("1998-04-18"), previous=FuzzyDate(1990))
    assert [(m.text, m.date.iso()) for m in found] == [("May 22, 1995", "1995-05-22"), ("the following year", "1996")]
    # the nearest date before it, whichever pattern read it: not the year read after the full date
    found = find_dates("In 1990 he left, on March 3, 1992 he returned, and the following year he died.",
                       FuzzyDate.parse("1999-01-01"))
    assert [(m.text, m.date.iso()) for m in found][-1] == ("the following year", "1993")


@pytest.mark.parametrize("sentence, published, expected", [
    # TempEval-3 training (xie19981203-0008): the month and the year said after it are one date
    ("The lower house already approved the move in early October this year.", "1998-12-03",
     [("early October this year", "1998-10")]),
    ("In July last year, Hun Sen staged a coup.", "1998-02-19", [("July last year", "1997-07")]),
])
def test_a_month_with_its_year_said_after_it(sentence, published, expected):
    assert dates(sentence, published) == expected


def test_the_next_year_is_read_from_the_date_the_text_gave_last():
    found = find_dates("The next year, the group released a video.", FuzzyDate.parse("2019-11-20"),
                       previous=FuzzyDate(2016, 8))
    assert [(m.text, m.date.iso(), m.absolute) for m in found] == [("The next year", "2017", False)]
    assert find_dates("The next year, the group released a video.", FuzzyDate.parse("2019-11-20")) == []


@pytest.mark.parametrize("sentence, published, expected", [
    ("Poland, Hungary and the Czech Republic today became members of NATO.", "1999-03-12", [("today", "1999-03-12")]),
    ("The minister resigned yesterday.", "2019-01-01", [("yesterday", "2018-12-31")]),
    ("The minister resigned yesterday.", "2019-01", [("yesterday", "2019-01")]),  # only the month is known
    ("The envoy left two days ago.", "2019-03-02", [("two days ago", "2019-02-28")]),
    ("Fighters gathered Wednesday night.", "2000-02-16", [("Wednesday night", "2000-02-16")]),  # the day, whole
    ("The talks collapsed a year ago.", "2019-03-02", [("a year ago", "2018")]),
    ("The talks collapsed two months ago.", "2019", []),  # this year's or the last
    ("Deals for Black Friday 2019 are below.", "2019-11-20", [("Black Friday", "2019-11-29"), ("2019", "2019")]),
    # TempEval-3 training: months counted on the calendar (voa19980331-1700-1533: 150 days made it November)
    ("UNOS gave them five months ago a deadline.", "1998-03-31", [("five months ago", "1997-10")]),
    # and weeks, like days, to the day (apw19980322-0749)
    ("The governments invited Sinn Fein to rejoin two weeks ago.", "1998-03-22", [("two weeks ago", "1998-03-08")]),
    ("The governments invited Sinn Fein to rejoin two weeks ago.", "1998-03", [("two weeks ago", "1998-03")]),
    ("The Security Council on Aug. 6 ordered an embargo.", "1990-08-15", [("on Aug. 6", "1990-08-06")]),
    ("He was last seen Nov. 3, the day before the warrant.", "1998-11-20", [("Nov. 3", "1998-11-03")]),
    ("Since the Oct. 23 slaying, he has eluded the police.", "1998-11-20", [("Oct. 23", "1998-10-23")]),
])
def test_dates_told_from_the_day_of_publication(sentence, published, expected):
    assert dates(sentence, published) == expected


@pytest.mark.parametrize("sentence, published, tense, expected", [
    # a fresh page of Friday, August 1, 2025: the deal announced "earlier this week" was July's
    ("Earlier this week, Trump announced a preliminary energy deal.", "2025-08-01", PAST, "2025-07"),
    ("He will visit Islamabad this week.", "2025-08-01", FUTURE, "2025-08"),
    ("Talks were held last week.", "2025-08-01", PAST, "2025-07"),
    ("Talks were held last week.", "2025-08-20", PAST, "2025-08"),
])
def test_a_week_is_the_month_most_of_its_days_fall_in(sentence, published, tense, expected):
    found = find_dates(sentence, FuzzyDate.parse(published), tense)
    assert [m.date.iso() for m in found] == [expected]


@pytest.mark.parametrize("sentence, told, expected", [
    ("About a half hour after the trio of attacks, a car bomber hit a police station.", FuzzyDate(2009, 10, 15),
     [("About a half hour after", "2009-10-15")]),
    ("The statement came just hours after the American was charged.", FuzzyDate(2011, 3, 16),
     [("just hours after", "2011-03-16")]),
    # a fresh page of 2022: the year told last was background ("soured since last year, when …"), and
    # hours after a year is no moment
    ("Hours after the transcript of his address was posted, Pakistan summoned the US ambassador.",
     FuzzyDate(2021), []),
    # fresh pages of 2006: "hours after" a happening whose own day the phrase gives is on that day
    # (published 2020-01-01 here)
    ("Musharraf claimed just hours after a meeting with George Bush yesterday.", FuzzyDate(2006, 9, 1),
     [("just hours after", "2019-12-31"), ("yesterday", "2019-12-31")]),
    ("Two days after the raid on May 2, officials met.", FuzzyDate(2006, 9, 1),
     [("Two days after", "2019-05-04"), ("on May 2", "2019-05-02")]),
    # not when a clause between has its own date (the dev set: the charge came in March, not January)
    ("The statement came just hours after the American was charged with murder in the January shootings.",
     FuzzyDate(2011, 3, 16), [("just hours after", "2011-03-16"), ("the January", "2020-01")]),
    ("Talks collapsed in the same month.", FuzzyDate(2019, 4, 22), [("the same month", "2019-04")]),
    ("He returned to Cuba later that year.", FuzzyDate(1998, 6), [("later that year", "1998")]),
    ("Two days later, the army withdrew.", FuzzyDate(2016, 8, 30), [("Two days later", "2016-09-01")]),
    ("Two days later, the army withdrew.", FuzzyDate(2016, 8), []),  # no day to count from
    ("A few days later, the army withdrew.", FuzzyDate(2016, 8, 30), [("A few days later", "2016-09")]),  # no one day
    ("That evening, the army withdrew.", FuzzyDate(2016, 8, 30), [("That evening", "2016-08-30")]),
    # TempEval-3 training (cnn19980213-2130-0155)
    ("He arrived in Philadelphia later in the day.", FuzzyDate(1998, 2, 13), [("later in the day", "1998-02-13")]),
    # "the very day after X" is read from X, not from the date told before
    ("A drone killed 40 people on the very day after Pakistan released him.", FuzzyDate(2011, 4), []),
    # cleaning benchmark page: counted from a happening its clause tells, whose date is not given
    ("Three weeks before he died, Epstein had been found in his jail cell.", FuzzyDate(2017, 3, 28), []),
])
def test_what_refers_back_is_read_from_the_last_date_told(sentence, told, expected):
    found = find_dates(sentence, FuzzyDate.parse("2020-01-01"), told=told)
    assert [(m.text, m.date.iso()) for m in found] == expected


@pytest.mark.parametrize("sentence, expected", [
    ("Relations froze after 26/11.", [("26/11", "2008-11-26", "26/11 Mumbai attacks")]),
    # a British page of 2006: "the 11 September terrorist attacks" were dated 11 September 2006
    ("The US threatened to bomb Pakistan after the 11 September terrorist attacks.",
     [("11 September", "2001-09-11", "9/11 attacks")]),
    ("Before 9 / 11, aid was small.", [("9 / 11", "2001-09-11", "9/11 attacks")]),
    ("The raid of 26/11/2019 failed.", []),  # a day written in figures, not the named day
    # the day written out names it too, where no year follows
    ("In the week after September 11th, he conceded.", [("September 11th", "2001-09-11", "9/11 attacks")]),
    ("The towers fell on Sept. 11, 2001.", [("Sept. 11, 2001", "2001-09-11", "")]),
])
def test_a_named_date_is_its_day_and_names_its_happening(sentence, expected):
    found = find_dates(sentence, FuzzyDate.parse("2020-01-01"))
    assert [(m.text, m.date.iso(), m.happening) for m in found] == expected


def test_a_day_written_out_is_only_a_day_before_its_happening():
    found = find_dates("The vote is due on September 11.", FuzzyDate.parse("1999-08-02"), "future")
    assert [(m.text, m.date.iso(), m.happening) for m in found] == [("on September 11", "1999-09-11", "")]


@pytest.mark.parametrize("sentence, expected", [
    # TempEval-3 training: a part of a month, or of the year or month of writing
    ("Talks will resume in mid-November.", [("mid-November", "2019-11")]),
    ("The deal should close by the end of the year.", [("the end of the year", "2019")]),
    ("Sales fell earlier in the year.", [("earlier in the year", "2019")]),
    ("The fund's assets at year-end were small.", [("year-end", "2019")]),
])
def test_parts_of_months_and_of_the_year_of_writing(sentence, expected):
    assert dates(sentence, "2019-10-05", future="will" in sentence) == expected


def test_the_next_morning_is_the_next_day():
    found = find_dates("The next morning, the army withdrew.", FuzzyDate.parse("2020-01-01"), previous=FuzzyDate(2016, 8, 30))
    assert [(m.text, m.date.iso()) for m in found] == [("The next morning", "2016-08-31")]


def test_a_year_earlier_and_the_previous_year_count_back_from_the_last_date():
    found = find_dates("A year earlier, the group had split.", FuzzyDate.parse("2019-06-01"),
                       previous=FuzzyDate(2016, 5))
    assert [(m.text, m.date.iso()) for m in found] == [("A year earlier", "2015")]


@pytest.mark.parametrize("sentence, published, tense, expected", [
    ("The rights expire Nov. 21.", "1989-10-30", "present", "1989-11-21"),  # the nearest: three weeks on
    ("The dividend is payable Jan. 2.", "1989-11-15", "present", "1990-01-02"),
    ("The dividend was paid Jan. 2.", "1989-11-15", "past", "1989-01-02"),
    ("The council meets Thursday.", "2019-03-05", "present", "2019-03-07"),  # a Tuesday: two days on
    ("The council met Thursday.", "2019-03-05", "past", "2019-02-28"),
    ("The treaty was signed on Feb. 29.", "2024-01-15", "past", "2024-02-29"),  # no earlier 29 February
    # TempEval-3 training: a day of the year of writing has no year said; one most of a year back would
    ("By setting a Jan. 14 return date, the service allowed time.", "2000-01-06", "past", "2000-01-14"),
    ("Dunkin' has set Nov. 10 as the deadline.", "1989-11-03", "past", "1989-11-10"),
    ("The fund was closed Dec. 28.", "1990-01-03", "past", "1989-12-28"),  # last year, days back
])
def test_a_date_without_its_year_is_read_in_the_tense_of_its_clause(sentence, published, tense, expected):
    [mention] = find_dates(sentence, FuzzyDate.parse(published), tense)
    assert mention.date.iso() == expected


@pytest.mark.parametrize("sentence, published, expected", [
    ("In nineteen ninety-one Charles Keating was convicted.", "1998-01-08", [("nineteen ninety-one", "1991")]),
    ("Pro-republicans hope to have a president by the year two thousand.", "1998-02-05", [("two thousand", "2000")]),
    ("But the group began to fall apart in mid-1996.", "1998-02-05", [("1996", "1996")]),
    ("Oil prices have come down from the middle of October.", "1998-02-23", [("the middle of October", "1997-10")]),
    ("The gain left wages 3.8 percent higher than a year earlier.", "1998-02-06", [("a year earlier", "1997")]),
])
def test_dates_said_in_words_parts_of_periods_and_earlier_than_publication(sentence, published, expected):
    assert dates(sentence, published) == expected


def test_a_number_in_words_is_no_year_and_the_next_year_still_needs_a_date_before():
    assert dates("Two thousand troops arrived.", "1998-02-05") == []
    assert find_dates("The next year, the group released a video.", FuzzyDate.parse("2019-11-20")) == []


@pytest.mark.parametrize("sentence, published, expected", [
    # TempEval-3 training: feasts placed by their rule, read like a day without its year
    ("Elian was found Thanksgiving Day clinging to an inner tube.", "2000-01-07", [("Thanksgiving Day", "1999-11-25")]),
    ("He was found in the Atlantic last Thanksgiving.", "2000-02-10", [("last Thanksgiving", "1999-11-25")]),
    # a feast weeks ahead is the coming one, even read in the past, as a day without its year is
    ("The talks resume after Christmas.", "2019-12-02", [("Christmas", "2019-12-25")]),
    ("Black Friday pricing is now live at Amazon.", "2019-11-20", [("Black Friday", "2019-11-29")]),
    ("The talks resumed after Christmas.", "2019-06-02", [("Christmas", "2018-12-25")]),
    ("It is a theme of the campaign from now to Election Day.", "1998-10-26", [("Election Day", "1998-11-03")]),
])
def test_feasts_are_their_days(sentence, published, expected):
    assert dates(sentence, published, future="from now" in sentence) == expected


def test_the_next_morning_counts_from_the_date_told_in_an_earlier_paragraph():
    found = find_dates("He appeared in court the next morning.", FuzzyDate.parse("2000-02-24"),
                       told=FuzzyDate(2000, 2, 22))
    assert [(m.text, m.date.iso()) for m in found] == [("the next morning", "2000-02-23")]
    # "the next year" without a date in its own paragraph may count from the day of writing: no date
    assert find_dates("Prices will rise over the next year.", FuzzyDate.parse("2000-02-24"), told=FuzzyDate(1999)) == []


def test_a_year_an_editor_put_in_brackets_after_the_day_is_the_days_year():
    found = find_dates("Imran Khan called off the December 18 (2014) countrywide shutdown.", FuzzyDate(2017, 12, 16))
    assert [m.date.iso() for m in found] == ["2014-12-18"]


def test_a_day_followed_by_last_year_is_that_day_of_the_year_before():
    found = find_dates("Saeed and 12 other leaders were booked on July 3, last year.", FuzzyDate(2020, 11, 19))
    assert [m.date.iso() for m in found] == ["2019-07-03"]
