"""Stage 3a, actors: found with spaCy, resolved to one actor per real actor, of the right kind."""

from __future__ import annotations

import pytest

from generator.actors import clean_name, extract_actors
from generator.index import build_actors
from generator.model import Article, FuzzyDate, Paragraph
from generator.nlp import parse


def mentions_of(*paragraphs: str, registry=None):
    article = Article("a", "a.txt", FuzzyDate(2020),
                      paragraphs=[Paragraph(f"p{i}", "paragraph", t, i) for i, t in enumerate(paragraphs, 1)])
    mentions, _ = extract_actors(article, parse(list(paragraphs)), registry)
    return mentions


def actors_of(*paragraphs: str, registry=None) -> dict[str, set[str]]:
    """Resolved name → the surface forms that named it, for a tiny article."""
    found: dict[str, set[str]] = {}
    for m in mentions_of(*paragraphs, registry=registry):
        found.setdefault(m.name, set()).add(m.mention.text)
    return found


def kinds_of(*paragraphs: str) -> dict[str, str]:
    return {m.name: m.label for m in mentions_of(*paragraphs)}


def by_name(site, name):
    matches = [a for a in site.actors if a.name == name]
    assert matches, f"no actor {name!r}; have {[a.name for a in site.actors]}"
    return matches[0]


@pytest.mark.parametrize("surface, name", [
    ("Secretary of State Michael Pompeo’s", "Michael Pompeo"),
    ("the State Department’s", "State Department"),
    ("Gen. John Nicholson", "John Nicholson"),
    ("Former president George W. Bush", "George W. Bush"),
    ("U.S", "U.S."),
    # an initialism keeps its last dot (it read "U.N"); a sentence's full stop after a name does not
    ("U.N.", "U.N."),
    ("the U.S.A.", "U.S.A."),
    ("A.Q. Khan.", "A.Q. Khan"),
])
def test_titles_articles_and_possessives_are_stripped(surface, name):
    assert clean_name(surface) == name


def test_acronym_defined_in_the_text_stands_for_its_long_form():
    found = actors_of("The Northern Relief Agency (NRA) opened an office in Quetta.",
                      "Later the NRA closed it again, and NRA staff left.")
    assert "NRA" not in found
    assert {"NRA", "The Northern Relief Agency"} <= found["Northern Relief Agency"]


def test_an_acronym_given_inside_a_name_stands_for_the_whole_name():
    found = actors_of("Pakistan asked the Export-Import (Exim) Bank of China to reschedule the loans.",
                      "Officials said the Exim Bank would give its answer within weeks.",
                      "The competing insurgents of the Islamic State (IS) in Khorasan did not wither away.",
                      "Instead, the IS was back with a renewed campaign of attacks.")
    assert "the Exim Bank" in found["Export-Import Bank of China"] and "Exim Bank" not in found, found
    assert "IS" in found["Islamic State Khorasan Province"] and "Islamic State" not in found


def test_an_acronym_inside_a_name_that_names_a_body_of_its_own_keeps_its_meaning():
    found = actors_of("The United Nations (UN) Security Council met on Monday.",
                      "The UN said its envoy would travel to Kabul.")
    assert "UN" in found["United Nations"], found


def test_surname_stands_for_the_full_name_met_in_the_article():
    found = actors_of("Foreign Minister Khalid Rahimi arrived in Kabul on Monday.",
                      "Rahimi said the talks were useful.")
    assert "Rahimi" not in found and "Rahimi" in found["Khalid Rahimi"]


def test_demonyms_and_abbreviations_count_for_the_state():
    found = actors_of("Pakistani officials met U.S. diplomats, and American aid to Pakistan resumed.")
    assert {"Pakistani", "Pakistan"} <= found["Pakistan"]
    assert {"U.S.", "American"} <= found["United States"]


def test_seed_actors_are_merged_across_forms_and_articles(seed_site):
    saeed = by_name(seed_site, "Hafiz Saeed")
    assert saeed.kind == "person" and len(saeed.articles) == 4
    let = by_name(seed_site, "Lashkar-e-Taiba")
    assert let.kind == "organization" and "LeT" in let.aliases
    isi = by_name(seed_site, "Inter-Services Intelligence")
    assert "ISI" in isi.aliases and len(isi.articles) >= 2
    pompeo = by_name(seed_site, "Michael Pompeo")
    assert pompeo.kind == "person" and "Pompeo" in pompeo.aliases
    assert "Pompeo" not in {a.name for a in seed_site.actors}


def test_different_actors_sharing_a_word_stay_apart(seed_site):
    afghan, pakistani = by_name(seed_site, "Afghan Taliban"), by_name(seed_site, "Tehrik-i-Taliban Pakistan")
    assert "Taliban" in afghan.aliases and "Pakistani Taliban" not in afghan.aliases
    assert "Pakistani Taliban" in pakistani.aliases or "the Pakistani Taliban" in pakistani.aliases
    assert "Taliban" not in {a.name for a in seed_site.actors}
    network = by_name(seed_site, "Haqqani Network")
    assert network.kind == "organization"
    assert all("Husain" not in alias for alias in network.aliases)


@pytest.mark.parametrize("name, kind", [
    ("Pakistan", "country"), ("United States", "country"), ("Afghanistan", "country"), ("India", "country"),
    ("Mumbai", "place"), ("Pathankot", "place"), ("Jamaat-ud-Dawa", "organization"), ("Tehrik-i-Taliban Pakistan", "organization"),
    ("Rex Tillerson", "person"), ("James Mattis", "person"), ("Donald Trump", "person"),
])
def test_kinds_are_right_for_the_actor(seed_site, name, kind):
    assert by_name(seed_site, name).kind == kind


def test_no_actor_comes_from_removed_boilerplate(seed_site):
    names = {a.name for a in seed_site.actors}
    for invented in ("Eurasia", "Quincy Institute for Responsible Statecraft", "Getty Images", "AFP", "Amir Hussain",
                     "QOSHE", "Google Play", "Svante Cornell", "Bharatiya Janata Party", "Foreign Affairs"):
        assert invented not in names


def test_every_mention_points_at_a_real_paragraph_and_sentence(seed_site):
    for actor in seed_site.actors:
        for m in actor.mentions:
            paragraph = seed_site.article(m.article).paragraph(m.paragraph)
            assert m.sentence in paragraph.text
            assert m.text in m.sentence


def test_a_capital_counts_for_its_state_as_government_and_as_seat():
    found = actors_of("Washington demanded that Islamabad act, and aid from Washington was cut.",
                      "Rex Tillerson landed in Islamabad on Monday, after a state visit to Washington DC.")
    assert found["United States"] == {"Washington", "Washington DC"}
    assert found["Pakistan"] == {"Islamabad"} and "Islamabad" not in found
    assert kinds_of("Rex Tillerson landed in Islamabad on Monday.")["Pakistan"] == "country"


@pytest.mark.parametrize("sentence, person", [
    # CoNLL-2003 eng.testa: the model names the person; the role word before the name is no part of it
    ("Cofinec CEO Stephen Frater told reporters in a conference call from Vienna on Friday.", "Stephen Frater"),
    ("Professor David McLeod, who examined Bruno, told the Sun there was a risk.", "David McLeod"),
])
def test_a_role_word_before_a_name_the_model_found_is_not_taken_into_it(sentence, person):
    found = actors_of(sentence)
    assert person in found and not any(name.endswith(person) and name != person for name in found), found


@pytest.mark.parametrize("sentence, expected, not_expected", [
    # sentences of the cleaning benchmark's real pages (../shared/bench/cleaning)
    ("So now you know that there IS an oxygen bar in Delhi.", None, "IS"),  # a verb in capitals
    ("OR YOU DON'T", None, "OR"),
    ("Madelyn Rosario 1 assist.", "Madelyn Rosario", "Madelyn Rosario 1"),  # a score is no part of the name
    # CoNLL-2003 eng.testa: a score between two names parts them
    ("Pohang 3 Ulsan 2 (halftime 1-0)", "Ulsan", "Pohang 3 Ulsan"),
    ("Channel 4 reported the attack.", "Channel 4", "Channel"),  # the one figure of a one-word name
    ("Grace Millane ‘gave man on BDSM site list of kinky sex fetishes’", "Grace Millane", "Grace Millane ‘"),
    # and a capitalised noun is still an acronym
    ("Instead, after a lull of a few weeks, the IS was back with a renewed campaign.", "IS", None),
])
def test_capitals_scores_and_quotes_around_names(sentence, expected, not_expected):
    found = actors_of(sentence)
    assert expected is None or expected in found, found
    assert not_expected not in found, found


def test_two_places_a_story_was_filed_from_name_no_one():
    # a fresh page of 2023 (Dawn): "ISLAMABAD / LAHORE:" made Islamabad a name of Pakistan in the story
    found = actors_of("ISLAMABAD / LAHORE: The arrest of PTI Chairman Imran Khan set off violent protests.")
    assert "Pakistan" not in found and "Lahore" not in found and "Imran Khan" in found, found


def test_the_place_a_wire_story_was_filed_from_names_no_one():
    # the dev set's CNN stories: "WASHINGTON (CNN) --" made Washington, the US government, an actor
    found = actors_of("WASHINGTON (CNN) -- President Obama signed legislation providing an additional $7.5 "
                      "billion in assistance to Pakistan.")
    assert "United States" not in found and "Pakistan" in found, found
    assert "United States" in actors_of("Officials in Washington said the aid would flow.")


def test_a_nickname_in_brackets_names_the_same_person():
    found = actors_of('The officer known as "Colonel Imam" (Colonel Sultan Amir Tarar) was well known.',
                      "Colonel Imam was later kidnapped by militants.")
    assert set(found) == {"Sultan Amir Tarar"} and "Colonel Imam" in found["Sultan Amir Tarar"]


def test_a_country_or_a_party_in_brackets_is_not_another_name_for_the_person():
    found = actors_of("The race was won by Donovan Bailey (Canada), ahead of Michael Johnson (U.S.).",
                      "Canada has now won the relay twice.")
    assert found["Canada"] == {"Canada"} and found["Donovan Bailey"] == {"Donovan Bailey"}
    assert found["United States"] == {"U.S."}


def test_a_province_or_state_in_brackets_is_where_the_place_lies():
    # a fresh page of 2022: "Los Angeles (California)" made California another name for Los Angeles
    found = actors_of("The president made the remarks at a reception in Los Angeles (California), where he spoke "
                      "about China.")
    assert found["Los Angeles"] == {"Los Angeles"} and found["California"] == {"California"}, found


def test_a_name_after_a_capitalised_title_and_a_comma_is_a_persons():
    # a fresh page of 2022: the parser made the name the subject, the model an organisation
    kinds = kinds_of("“If questions are to be raised, then they should be over India’s nuclear weapons,” a "
                     "statement from Pakistan’s Foreign Minister, Bilawal Bhutto stated.")
    assert kinds["Bilawal Bhutto"] == "person", kinds


def test_a_title_alone_names_no_one():
    # fresh pages of 2019: "the Premier" and "Advisor" were organisations
    found = actors_of("On Monday, Trump welcomed Imran Khan as the Premier arrived at the White House.",
                      "Advisor to Prime Minister on Commerce Abdul Razzaq Dawood also accompanied him.")
    assert not {"Premier", "Advisor"} & set(found), found
    # a title to nameparser may be a surname ("Graf": a German count; Steffi Graf)
    assert "Graf" in actors_of("Steffi Graf won in straight sets.", "Graf ran off the next three games.")["Steffi Graf"]


def test_an_office_held_for_a_portfolio_is_no_part_of_the_name():
    # fresh pages of 2019 and CoNLL-2003 training: "Commerce Abdul Razzaq Dawood", "Finance Bill Birch"
    found = actors_of("Advisor to Prime Minister on Commerce Abdul Razzaq Dawood accompanied the Prime Minister.",
                      "Tsang will meet Prime Minister Jim Bolger and Minister of Finance Bill Birch.",
                      "Federal Minister for Information and Broadcasting Fawad Chaudhry spoke to reporters.")
    assert {"Abdul Razzaq Dawood", "Bill Birch", "Fawad Chaudhry"} <= set(found), found
    assert actors_of("The Minister for Finance said the budget was on track.") == {}
    # the portfolio written first: a fresh page of 2025, and CoNLL-2003 ("Privatisation Minister Wieslaw Kaczmarek")
    found = actors_of("Commerce Secretary Jawad Paul was also in attendance.",
                      "Privatisation Minister Wieslaw Kaczmarek said the consortium was open.")
    assert set(found) == {"Jawad Paul", "Wieslaw Kaczmarek"}, found
    # a fresh page of 2022 ("External Affairs" an organisation) and CoNLL-2003 ("Agriculture Secretary Dan Glickman")
    found = actors_of("While visiting last month, External Affairs Minister S. Jaishankar said the ties had not helped.",
                      "Agriculture Secretary Dan Glickman said the department was monitoring reports.")
    assert set(found) == {"S. Jaishankar", "Dan Glickman"}, found


def test_a_name_the_model_took_with_its_indefinite_article_is_kept():
    # a fresh page of 2022: "at a Democratic Congressional Campaign Committee reception" lost the committee
    found = actors_of("Biden was speaking at a Democratic Congressional Campaign Committee reception on Thursday.")
    assert "Democratic Congressional Campaign Committee" in found, found



def test_an_initial_a_before_an_initial_is_part_of_the_name():
    # the model leaves out the "A" of "A Q Khan" (an article to it): Pakistan's bomb-maker was "Q Khan"
    assert set(actors_of("The network of A Q Khan was exposed in 2004.")) == {"A Q Khan"}
    assert set(actors_of("A Q Khan ran the network for years.")) == {"A Q Khan"}


def test_a_firm_named_for_its_founder_and_his_sons_is_one_name():
    # a fresh page of 2024: "Sons Private Limited" and "Akhtar" were two actors
    found = actors_of("Three Karachi-based companies, Akhtar and Sons Private Limited, Affiliates International "
                      "and Rockside Enterprise, were sanctioned.")
    assert "Akhtar and Sons Private Limited" in found and "Sons Private Limited" not in found, found


def test_a_firm_is_told_by_the_business_noun_beside_it():
    # a fresh page of 2025: the refiner was a place; CoNLL-2003 training: "exploration company Ivernia"
    kinds = kinds_of("According to Reuters, Cnergyico, Pakistan’s largest refiner, is set to import 1 million "
                     "barrels of crude in October.", "Irish exploration company Ivernia and its partner have "
                     "raised the offer.")
    assert kinds["Cnergyico"] == "organization" and kinds["Ivernia"] == "organization", kinds
    # a person the model names stays one ("insurer Thierry Dehaan"), and a state's comma is no apposition
    assert kinds_of("The other was insurer Thierry Dehaan.")["Thierry Dehaan"] == "person"


def test_words_of_a_mosque_attack_page_that_are_not_who_acted():
    # fresh pages of 2023 and 2025
    found = kinds_of("He added that the suicide attack was carried out by Huziafa, a 25-year-old suicide bomber.",
                     "The death toll has risen to 47, the city’s Lady Reading Hospital said.",
                     "The blast happened when worshippers were offering the Zuhr (afternoon) prayers.",
                     "“We have just concluded a Deal,” President Trump wrote in a post on Truth Social.",
                     "A policeman was killed when assailants attacked a police post in Dheri Zardad locality.",
                     "Aurangzeb met the US Secretary of Commerce and the US Trade Representative.")
    assert found["Huziafa"] == "person" and found["Lady Reading Hospital"] == "organization", found
    assert found["Dheri Zardad"] == "place", found
    assert not {"Zuhr", "Truth Social", "Commerce", "Reading Hospital"} & set(found), found


def test_scripture_is_no_actor_and_a_state_with_an_ampersand_is_a_place():
    # a fresh page of 2025: "the Quran's Surah Al-Fil" was a place; "Jammu & Kashmir" an organisation
    found = kinds_after_index("He admitted to authorising a tweet quoting the Quran’s Surah Al-Fil alongside an "
                              "image of Indian industrialist Mukesh Ambani. India placed the agreement in abeyance "
                              "following a terror attack in Jammu & Kashmir.")
    assert found.get("Jammu & Kashmir") == "place" and not {"Quran", "Surah Al-Fil"} & set(found), found


def test_a_person_named_in_full_heads_a_government_a_party_does_not():
    # a fresh page of 2021: "the Atal Bihari Vajpayee government" was an organisation; CoNLL-2003 training
    # ("a future Labour government", "the Yugoslav government") keeps its parties and peoples
    kinds = kinds_after_index("Omar Sheikh was one of the three terrorists that the Atal Bihari Vajpayee "
                              "government had freed. The Punjab government agreed. A future Labour government "
                              "will remove VAT.")
    assert kinds["Atal Bihari Vajpayee"] == "person" and kinds["Punjab"] == "place", kinds
    assert kinds.get("Labour") != "person", kinds


def test_a_middle_name_and_surname_name_the_one_person_named_in_full():
    # a fresh page of 2021: "Omar Sheikh" and "Ahmed Omar Saeed Sheikh" were two actors
    kinds = kinds_after_index("Ahmed Omar Saeed Sheikh was convicted in 2002.",
                              "Omar Sheikh is set to be released after the ruling.")
    assert set(kinds) == {"Ahmed Omar Saeed Sheikh"}, kinds


def test_words_of_a_2010_dialogue_page_that_are_no_actor_or_not_as_read():
    # fresh pages of 2010 and 2021
    found = kinds_after_index("The meeting was joined by Under Secretary of Defence for Policy Michele Flournoy. "
                              "He chaired a meeting at the army's General Headquarters in Rawalpindi. Leading "
                              "defence analyst Lt Gen (Retd) Talat Masood spoke. The Biden Administration has yet "
                              "to respond. Automakers petitioned the National Highway Traffic Safety Administration.")
    assert found.get("Michele Flournoy") == "person" and found.get("Biden") == "person", found
    assert found.get("General Headquarters") == "organization", found
    assert found.get("National Highway Traffic Safety Administration") == "organization", found
    assert not {"Headquarters", "Retd", "Policy Michele Flournoy", "Biden Administration"} & set(found), found


def test_a_headline_in_capitals_names_no_one():
    # Every word of a shouted headline looks like an acronym or a name to the model.
    assert actors_of("PAKISTAN TAKE OVER AT TOP AFTER INNINGS VICTORY.") == {}
    assert set(actors_of("SOCCER - SHEARER NAMED AS ENGLAND CAPTAIN.",
                         "Alan Shearer takes the captaincy on a trial basis.")) == {"Alan Shearer"}


def test_names_listed_together_share_a_kind_and_a_role_introduces_a_person():
    kinds = kinds_of("The attacks in Mumbai, Pathankot, Uri and Delhi shocked India.",
                     "The strike killed one of its commanders, Sangeen Wali Shah, near the border.")
    assert kinds["Pathankot"] == "place" and kinds["Uri"] == "place"
    assert kinds["Sangeen Wali Shah"] == "person"


def test_documents_plans_and_prefixes_are_not_actors():
    found = actors_of("The India-US Joint Statement named Pakistan, and the Trump administration's South Asia "
                      "Strategy followed; Pakistan may lose its non-NATO ally status.")
    assert "India-US Joint Statement" not in found and "South Asia Strategy" not in found
    assert "NATO" in found


def test_a_state_army_is_one_organisation_however_it_is_written():
    mentions = mentions_of("Attacks on the Pakistan army grew, and the Pakistani Army hit back.")
    armies = [m for m in mentions if "rmy" in m.mention.text]
    assert {(m.name, m.label) for m in armies} == {("Pakistan Army", "organization")} and len(armies) == 2


def test_an_acronym_the_article_spells_out_elsewhere_is_the_same_actor():
    found = actors_of("The International Monetary Fund approved a loan to Pakistan on Friday.",
                      "The IMF said the money would be paid in three parts.",
                      "Officials said the Tehrik-e Taliban Pakistan had claimed the attack, and the TTP denied it later.")
    assert "IMF" in found["International Monetary Fund"] and "IMF" not in found
    assert "TTP" not in found


def test_a_first_name_alone_is_the_one_person_of_that_name_and_an_ambiguous_one_stays_apart():
    found = actors_of("Rebecca Davis, the widow of one of the men, spoke to reporters in Lahore.",
                      "Raymond Davis was released on Wednesday. Rebecca said she had been forced to accept the money.",
                      "Davis said he had acted in self-defence.")
    assert "Rebecca" in found["Rebecca Davis"]
    # Two Davises: the surname alone is given to neither, and is no actor of its own.
    assert "Davis" not in found["Rebecca Davis"] and "Davis" not in found["Raymond Davis"] and "Davis" not in found


def test_a_word_of_a_title_is_no_actor():
    """"Chief of Army Staff Field Marshal Asim Munir" made an actor "Army" of the title's word."""
    found = actors_of("Chief of Army Staff Field Marshal Asim Munir met US Secretary of State Marco Rubio.",
                      "The Pakistan Army Chief said so.")
    assert "Army" not in found and "State" not in found and "Pakistan Army" in found
    assert "Asim Munir" in found and "Marco Rubio" in found


def test_whoever_has_kin_or_is_named_as_kin_is_a_person():
    """The model read "Bhutto" and "Bilawal" as organisations here."""
    kinds = kinds_of("Bhutto's daughter Benazir led the PPP until her death.",
                     "Zardari's son Bilawal now leads the party.")
    assert kinds["Bhutto"] == "person" and kinds["Bilawal"] == "person" and kinds["Benazir"] == "person"


def test_a_partys_acronym_keeps_the_letter_of_its_faction():
    """"PML-N" was read as "PML", which would join every Muslim League into one actor."""
    found = actors_of("The PML-N government sought a loan, while the JUI-F and the MQM-P joined the protest.",
                      "The US-UK talks went on in London.")
    assert found["Pakistan Muslim League (N)"] == {"PML-N"} and found["Jamiat Ulema-e-Islam (F)"] == {"JUI-F"}
    assert "MQM-P" in found
    assert "PML" not in found and "US-UK" not in found


def test_a_state_is_no_first_name_of_a_name_that_begins_with_it():
    """Cleaning benchmark (an election report): the model read "Virginia Democrats" as a person, and the
    state Virginia was made that person's first name."""
    found = actors_of("Trump sent a similar message ahead of the Virginia elections.",
                      "In Virginia, they voted for control of the state Legislature.",
                      "Virginia Democrats won both chambers for the first time in a generation.")
    assert all("Virginia" not in aliases for name, aliases in found.items() if name != "Virginia")


@pytest.mark.parametrize("lead_in", ["MIDWAY through last week's rampage in Mumbai, a gunman called a TV channel.",
                                     "DURING AN EXCITED exchange with reporters, the minister left the room."])
def test_the_capitals_that_open_a_paragraph_in_print_name_no_one(lead_in):
    found = actors_of(lead_in, "The minister of Pakistan spoke in Lahore.")
    assert not {"MIDWAY", "DURING", "EXCITED", "AN EXCITED", "DURING AN EXCITED"} & set(found)


def test_an_acronym_that_opens_a_paragraph_is_still_a_name():
    assert "NATO" in actors_of("NATO said on Monday that its troops would stay.")
    assert "United States" in actors_of("US officials said on Monday that the talks would go on.")


@pytest.mark.parametrize("surface, name", [
    ("Ms Albright", "Albright"), ("Mr Khan", "Khan"), ("Dr Ayesha Siddiqa", "Ayesha Siddiqa"),
    ("Field Marshal Asim Munir", "Asim Munir"), ("Air Chief Marshal Zaheer Babar Sidhu", "Zaheer Babar Sidhu"),
])
def test_ranks_and_honorifics_without_a_dot_are_not_part_of_the_name(surface, name):
    assert clean_name(surface) == name


def test_a_city_the_model_reads_as_an_organisation_is_a_place():
    from collections import Counter

    from generator.actors import decide_kind

    assert decide_kind("Karachi", Counter({"organization": 3, "place": 1})) == "place"
    assert decide_kind("Lahore", Counter({"person": 2})) == "place"  # a city of millions is no one's name
    assert decide_kind("Jackson", Counter({"person": 2})) == "person"  # a smaller city's name may well be
    assert decide_kind("Lashkar-e-Taiba", Counter({"place": 2})) == "organization"


def test_the_outlet_that_published_the_article_is_not_one_of_its_actors():
    paragraphs = ["Pakistan launched an offensive in North Waziristan on Sunday, the army said.",
                  "CNN's Zahir Shah Shirazi contributed to this report."]
    article = Article("a", "a.txt", FuzzyDate(2014), publication="CNN",
                      paragraphs=[Paragraph(f"p{i}", "paragraph", t, i) for i, t in enumerate(paragraphs, 1)])
    names = {m.name for m in extract_actors(article, parse(paragraphs))[0]}
    assert "CNN" not in names and "Pakistan" in names
    assert "CNN" in actors_of(*paragraphs)  # another outlet's article may well be about CNN
    # an outlet named with its web domain is credited without it ("Caliber.Az reports")
    paragraphs = ["According to Trump, the two countries are choosing an oil company, Caliber reports."]
    article = Article("a", "a.txt", FuzzyDate(2025), publication="Caliber.Az",
                      paragraphs=[Paragraph("p1", "paragraph", paragraphs[0], 1)])
    assert "Caliber" not in {m.name for m in extract_actors(article, parse(paragraphs))[0]}


def test_a_trade_representative_is_a_title_and_the_joint_chiefs_their_staff():
    found = actors_of("US Trade Representative Katherine Tai met Aurangzeb. He met Joint Chiefs Chairman Adm. Mike "
                      "Mullen.")
    assert {"Katherine Tai", "Joint Chiefs of Staff", "Mike Mullen"} <= set(found), found
    assert not any("Trade" in name for name in found), found


@pytest.mark.parametrize("sentence, not_an_actor", [
    ("Speaking in Urdu (the primary language of Pakistan), he ranted against the visit.", "Urdu"),  # a language
    ("Pakistan, a nation-state founded on Islam, has long claimed Kashmir.", "Islam"),  # a creed
    ("The Taliban cracked down on Salafi madrasas, closing down any that supplied recruits.", "Salafi"),
    ("Six soldiers were killed and three were injured Monday in an IED explosion.", "IED"),  # a common noun
    ("A minister openly boasted on TV of running a camp for Kashmiri fighters.", "TV"),
    ("The military hopes to conclude the offensive -- called Zarb-e-Azb in Urdu -- by June 28.", "Zarb-e-Azb"),
    ("U.S. officials stayed in contact on Valentine's Day and the couple's anniversary.", "Valentine"),
    ("Pakistan has had multiple Shia Chiefs of Army Staff and a number of Shia generals.", "Shia Chiefs of Army Staff"),
    ("The minister said on Twitter that Pakistan had bought F-16s from the United States.", "Twitter"),  # a platform
    ("The minister said on Twitter that Pakistan had bought F-16s from the United States.", "F-16"),  # a product
    # a feast (cleaning benchmark: Diwali was a place)
    ("Since Diwali, despite the Supreme Court ban, the air quality has plunged to alarming levels.", "Diwali"),
    ("Markets in Karachi were crowded before Eid al-Fitr as families bought clothes.", "Eid"),
])
def test_languages_creeds_common_nouns_operations_and_days_are_not_actors(sentence, not_an_actor):
    found = actors_of(sentence)
    assert not any(not_an_actor in name or not_an_actor in forms for name, forms in found.items()), found


@pytest.mark.parametrize("sentence, person", [
    ("Pakistani Foreign Minister Shah Mahmood Qureshi joined Sen. John Kerry at the signing.", "Shah Mahmood Qureshi"),
    ("Imran Khan is Chairman of Pakistan's Tehreek-e-Insaf political party.", "Imran Khan"),
    ("Wajahat S Khan of the Atlantic Council, Pakistan's foremost defence journalist, agrees.", "Wajahat S Khan"),
    ("Getting Bin Laden was not enough at this point, they wanted to eradicate al-Qaeda.", "Bin Laden"),
])
def test_a_person_is_named_in_full_whatever_the_model_cut(sentence, person):
    kinds = kinds_of(sentence)
    assert kinds.get(person) == "person", kinds


def test_a_role_in_apposition_makes_a_person():
    kinds = kinds_of("The best India can hope for is what Ratan Tata — the country's leading industrialist "
                     "and the owner of Mumbai's Taj hotel — calls crisis management.")
    assert kinds["Ratan Tata"] == "person"


def test_an_office_keeps_the_title_that_names_its_field():
    found = actors_of("The U.S. Justice Department has opened an investigation into the incident.",
                      "Interior Minister Rehman Malik said the Pakistani Taliban accepted blame.")
    assert "U.S. Justice Department" in found and "Department" not in found
    assert "Rehman Malik" in found and "Interior" not in found


def test_a_region_of_a_state_counts_for_the_state_but_a_state_named_for_a_direction_stays():
    found = actors_of("Northwestern Pakistan is home to loosely governed tribal areas.",
                      "East Pakistan became Bangladesh in 1971.")
    assert found["Pakistan"] == {"Northwestern Pakistan"}
    assert "East Pakistan" in found


def test_well_known_organisations_are_one_actor_by_any_of_their_names():
    found = actors_of("The UN said on Monday that aid would resume.",
                      "The United Nations has 193 members.",
                      "Pakistani Taliban sources said jets dropped five bombs on the Degan area.")
    assert found["United Nations"] == {"UN", "The United Nations"}
    assert found["Tehrik-i-Taliban Pakistan"] == {"Pakistani Taliban"}


@pytest.mark.parametrize("sentence, place", [
    ("In the district of Swat, formerly controlled by the Pakistani Taliban, the struggle succeeded.", "Swat"),
    ("The raids hit the Degan area of North Waziristan.", "Degan"),
    ("This March, in Punjab and Khyber Pakhtunkhwa, sympathy for the Taliban ran high.", "Punjab"),
    ("This March, in Punjab and Khyber Pakhtunkhwa, sympathy for the Taliban ran high.", "Khyber Pakhtunkhwa"),
])
def test_provinces_districts_and_areas_are_places(sentence, place):
    from collections import Counter

    from generator.actors import decide_kind

    label = kinds_of(sentence)[place]
    assert decide_kind(place, Counter({label: 1})) == "place"


def test_a_name_of_tribal_areas_is_a_place_and_a_known_organisation_is_an_organisation():
    from collections import Counter

    from generator.actors import decide_kind

    assert decide_kind("Federally Administered Tribal Areas", Counter({"organization": 2})) == "place"
    assert decide_kind("Islamic State Khorasan Province", Counter({"place": 2})) == "organization"


@pytest.mark.parametrize("sentence, person", [
    ("Field Marshal Asim Munir said the army would respond.", "Asim Munir"),  # no entity from the model
    ("Pakistan’s army chief, Field Marshal Asim Munir, visited Washington.", "Asim Munir"),  # read as an ORG
    ("The army chief, General Ashfaq Pervez Kayani, met the envoy.", "Ashfaq Pervez Kayani"),
])
def test_a_name_after_a_rank_is_a_person_named_in_full(sentence, person):
    assert kinds_of(sentence).get(person) == "person", kinds_of(sentence)


def test_one_office_named_both_ways_in_an_article_is_one_actor():
    found = actors_of("The U.S. Justice Department has opened an investigation.",
                      "A Department of Justice spokeswoman said it would act.",
                      "The Interior Ministry and the Foreign Ministry disagreed.")
    assert found["U.S. Justice Department"] == {"The U.S. Justice Department", "Department of Justice"}
    assert "Interior Ministry" in found and "Foreign Ministry" in found  # two offices stay two


def test_a_known_organisation_the_model_cuts_in_two_is_found_whole():
    found = actors_of("The TTP works with Al-Qaeda, while Islamic State Khorasan Province (ISKP) operates alone.",
                      "Competing insurgents of the Islamic State (IS) in Khorasan did not wither away.")
    assert found["Islamic State Khorasan Province"] >= {"Islamic State Khorasan Province", "ISKP",
                                                        "Islamic State (IS) in Khorasan"}
    assert not any(name.startswith("Khorasan") for name in found)


def test_a_title_alone_is_no_actor():
    # TempEval-3 training (nyt19980402-0453): the sentence splitter cuts "Sgt. Derek Glenn" after "Sgt."
    found = actors_of("Officials have expressed concerns about unsolved cases. Citing an example, Sgt. Derek "
                      "Glenn, a spokesman for the Newark Police Department, said that of nine women who had been "
                      "killed last year, suspects had been arrested in only four cases.")
    assert "Sgt" not in found and "Derek Glenn" in found, found


def test_an_organisation_named_by_the_first_word_of_its_name_is_one_actor():
    # cleaning benchmark page: "Amnesty" after "Amnesty International" (the article's actors listed both)
    found = actors_of("“The authorities must end this crackdown,” said Philip Luther of Amnesty International.",
                      "At least 106 protesters have been killed, according to reports received by Amnesty.")
    assert found["Amnesty International"] == {"Amnesty International", "Amnesty"}, found
    assert "Amnesty" not in found


@pytest.mark.parametrize("sentence, wanted, unwanted", [
    # cleaning benchmark pages (space.com, a Bolivian report): what the model took into a name
    ("This Sierra Nevada Corp lander and SpaceX's Starship, Blue Origin's Blue Moon were chosen.",
     {"Sierra Nevada Corp", "Starship", "Blue Origin"}, {"This Sierra Nevada Corp", "Starship, Blue Origin"}),
    ("Follow him on Twitter @Spacedotcom and Facebook.", set(), {"Twitter @Spacedotcom"}),
])
def test_a_list_a_demonstrative_or_a_handle_is_no_part_of_a_name(sentence, wanted, unwanted):
    found = set(actors_of(sentence))
    assert wanted <= found and not unwanted & found, found


def test_an_office_written_before_a_name_is_no_part_of_it():
    # cleaning benchmark pages (space.com, a Bolivian report): offices nameparser does not list
    found = actors_of("In May, NASA’s Administrator Jim Bridenstine said returning to the moon was necessary.",
                      "Public Ombudsman Nadia Cruz’s office said the deaths were caused by gunshot wounds.")
    assert {"Jim Bridenstine", "Nadia Cruz"} <= set(found), found


def test_a_town_of_two_words_is_a_place_even_where_the_model_reads_a_person():
    # cleaning benchmark page (Florida police report): "Palm Bay"; in the domain "Dera Ismail Khan"
    kinds = {a.name: a.kind for a in build_actors(mentions_of("Police in Palm Bay said two men were held.",
                                                              "Ismail Khan said Dera Ismail Khan was shelled."), {})}
    assert kinds.get("Palm Bay") == "place" and kinds.get("Ismail Khan") == "person", kinds


def test_a_side_named_by_its_direction_is_a_place_though_bank_names_organisations():
    # CoNLL-2003 development set: "the West Bank" was an organisation, for the "Bank" in its name
    kinds = {a.name: a.kind for a in build_actors(mentions_of("Israeli troops entered the West Bank on Monday.",
                                                              "The World Bank said so."), {})}
    assert kinds.get("West Bank") == "place" and kinds.get("World Bank") == "organization", kinds


def test_what_the_words_around_one_mention_say_a_name_is_holds_in_the_whole_article():
    # CoNLL-2003 development set: the model read "Tavildara" as a person where nothing said what it is
    found = {a.name: a.kind for a in build_actors(mentions_of(
        "Tajik government troops now control the strategically vital town of Tavildara after driving out rebels.",
        "He said his troops took Tavildara without casualties on August 23.",
        "Sherbatov said the rebels were located about three km east of Tavildara around the village.",
        "Tavildara was quiet, Sherbatov said."), {})}
    assert found.get("Tavildara") == "place", found


def test_a_surname_the_model_missed_after_the_full_name_is_that_person():
    # CoNLL-2003 development set: the small model finds "Alexander Lebed's" once, then none of the
    # eleven "Lebed" after it
    found = actors_of("Russian Prime Minister Viktor Chernomyrdin said on Friday that Boris Yeltsin had full "
                      "confidence in Alexander Lebed's peace mission in Chechnya.",
                      "Lebed said on Friday he hoped to sign a document with the rebels later in the day.")
    assert "Lebed" in found.get("Alexander Lebed", set()), found


def test_an_acronym_the_article_defines_is_a_name_whatever_the_model_reads_it_as():
    # seed (2017-11): with "Jamaat-ul-Ahrar" one token, the model reads "JuA" as an event
    found = actors_of("America reciprocated by killing top commanders of Jamaat-ul-Ahrar (JuA), an offshoot of "
                      "the Pakistani Taliban, in Afghanistan.", "JuA denied it.")
    assert "JuA" in found.get("Jamaat-ul-Ahrar", set()), found


def test_the_start_of_a_companys_name_is_the_company_whatever_the_model_read():
    # TempEval-3 training (wsj-0027, wsj-0136): "Magna" and "Oshkosh Truck" were persons
    found = actors_of("Magna International Inc. said Frank Stronach would step down.", "Magna's shares rose.",
                      "Oshkosh Truck Corp. said earnings fell. Oshkosh Truck blamed the weather.")
    assert found.get("Magna International Inc") == {"Magna International Inc.", "Magna"}, found
    assert found.get("Oshkosh Truck Corp") == {"Oshkosh Truck Corp.", "Oshkosh Truck"}, found
    assert "Frank Stronach" in found


def test_an_office_the_model_took_into_a_persons_name_is_left_out():
    # TempEval-3 training (apw19980213-1320)
    found = actors_of("In a joint statement with Tourism Minister Andrew Thomson, it said two new flights would "
                      "leave Bombay on Monday.")
    assert "Andrew Thomson" in found and "Tourism Minister Andrew Thomson" not in found, found


def kinds_after_index(*paragraphs: str) -> dict[str, str]:
    """Actor name → kind, as the site would list them, for a tiny article."""
    return {a.name: a.kind for a in build_actors(mentions_of(*paragraphs), {})}


def mentions_of_articles(*texts: str) -> list:
    """The actor mentions of one-paragraph articles, one per text, as the index receives them from a site."""
    mentions = []
    for number, text in enumerate(texts):
        article = Article(f"a{number}", f"a{number}.txt", FuzzyDate(2020), paragraphs=[Paragraph("p1", "paragraph", text, 1)])
        mentions += extract_actors(article, parse([text]))[0]
    return mentions


# The tests below are written in our own words, in the shapes of sentences that in-domain news
# articles nobody tuned the rules on got wrong: each failed before its mechanism was built.

@pytest.mark.parametrize("sentence, people, not_actors", [
    # the model read "Defense Harold Whitcombe" as an organisation and "Defence Mara Quill" as a person
    ("The general met US Secretary of Defense Lloyd Austin and National Security Adviser Jake Sullivan.",
     {"Lloyd Austin", "Jake Sullivan"}, {"Defense Lloyd Austin", "National Security"}),
    ("He held talks with Acting Secretary of Defence Richard Spencer and Dunford, the statement said.",
     {"Richard Spencer"}, {"Defence Richard Spencer"}),
    ("The delegation was received by Chairman Joint Chief of Staff General Joseph Dunford on Tuesday.",
     {"Joseph Dunford"}, {"Joint Chief", "Chairman Joint Chief"}),
    ("Lawyers filed cases against Additional District and Sessions Judge Amina Haider over the raid.",
     {"Amina Haider"}, {"Additional District and Sessions", "Additional District", "Sessions"}),
    ("Party leaders including former Federal Ministers Fawad Chaudhry and Asad Umar gathered outside.",
     {"Fawad Chaudhry", "Asad Umar"}, {"Federal Ministers Fawad Chaudhry"}),
    ("The appointment was announced in Lahore, said PM Shehbaz Sharif.", {"Shehbaz Sharif"}, {"PM Shehbaz Sharif"}),
])
def test_a_title_written_around_a_name_is_no_part_of_it_and_names_no_actor(sentence, people, not_actors):
    kinds = kinds_after_index(sentence)
    assert all(kinds.get(person) == "person" for person in people), kinds
    assert not not_actors & set(kinds), kinds


def test_a_persons_name_the_model_cut_short_is_found_whole_and_its_surname_joins_it():
    kinds = kinds_after_index("Pakistan Army chief Gen Qamar Javed Bajwa has met America's top military leaders.",
                              "Bajwa also visited the State Department.")
    found = actors_of("Pakistan Army chief Gen Qamar Javed Bajwa has met America's top military leaders.",
                      "Bajwa also visited the State Department.")
    assert kinds.get("Qamar Javed Bajwa") == "person" and "Qamar" not in kinds, kinds
    assert "Bajwa" in found["Qamar Javed Bajwa"], found


@pytest.mark.parametrize("sentence, person", [
    ("Commission President Ursula Von der Leyen called the killings a vile attack.", "Ursula Von der Leyen"),
    ("Bloomberg quoted a Pakistani economist, Nadeem ul Haque, who did not share that view.", "Nadeem ul Haque"),
])
def test_a_name_keeps_its_particles(sentence, person):
    kinds = kinds_after_index(sentence)
    assert kinds.get(person) == "person", kinds
    assert not {"Leyen", "Ursula Von", "ul Haque"} & set(kinds), kinds


@pytest.mark.parametrize("sentence, places", [
    ("The drones struck the towns of Mir Ali, Datta Khel and Miramshah on Sunday.", {"Mir Ali", "Datta Khel", "Miramshah"}),
    ("Missiles hit a truck four miles north of Miram Shah before dawn.", {"Miram Shah"}),
    ("The convoy reached Miram Shah, the main town of the district, at night.", {"Miram Shah"}),
    ("A resident of Datta Khel said the house was destroyed.", {"Datta Khel"}),
    # a facility named after its locality: the model read these as persons
    ("A case was registered at the Kohsar police station against the former minister.", {"Kohsar"}),
    ("Cases were registered at Bara Kahu, Ramna, Khanna and CTD police stations.", {"Bara Kahu", "Ramna", "Khanna"}),
    ("Troops were killed in the attack on the Salala check post near the border.", {"Salala"}),
])
def test_the_words_before_or_beside_a_name_can_make_it_a_place(sentence, places):
    kinds = kinds_after_index(sentence)
    assert all(kinds.get(place) == "place" for place in places), kinds


def test_a_name_before_newspaper_is_an_outlet_in_the_whole_article():
    kinds = kinds_after_index("Pakistan's Dawn newspaper said the visit would come soon.",
                              "Dawn said the two sides had tried for a year.")
    assert kinds.get("Dawn") == "organization", kinds


@pytest.mark.parametrize("sentence, wanted, unwanted", [
    ("Lawyers met at the Islamabad High Court (IHC) on Monday. Officials went to the IHC & the police station.",
     {"Islamabad High Court"}, {"IHC &", "IHC"}),
    ("There was heavy firing across the Line of Control (LoC) at night.", {"Line of Control"}, {"Line of Control (LoC"}),
    ("A large crowd of workers including Khattak Sb & ex MNAs has waited here since 1am. pic.twitter.com/WsGN2zI5pE "
     "— Omar Ayub Khan (@OmarAyubKhan) August 21, 2022", {"Omar Ayub Khan"}, {"WsGN2zI5pE", "Khattak Sb &"}),
    ("Quoting diplomatic sources, the paper said Bajwa would visit.", set(), {"Quoting"}),
    ("CIA Predator drones launched three separate attacks in North Waziristan today.", {"Central Intelligence Agency"},
     {"CIA Predator"}),
])
def test_punctuation_links_and_participles_are_no_part_of_a_name(sentence, wanted, unwanted):
    found = set(actors_of(*sentence.split(". ")))
    assert wanted <= found and not unwanted & found, found


def test_an_acronym_spelled_by_the_last_names_of_a_list_stands_for_them_alone():
    found = actors_of("Pakistan owes $4 billion and $3 billion to China and the United Arab Emirates (UAE), respectively.",
                      "The UAE rolled its deposit over.")
    assert "UAE" in found.get("United Arab Emirates", set()) and "and the United Arab Emirates" not in found, found


def test_a_known_body_named_by_its_state_and_without_it_is_one_actor():
    found = actors_of("The Pentagon said the US State Department had approved the sale.",
                      "The State Department later said the aircraft would be serviced.")
    assert found.get("State Department") == {"the US State Department", "The State Department"}, found


@pytest.mark.parametrize("sentence, not_an_actor", [
    ("Pakistan secured a $7 billion, 37-month Extended Fund Facility in Sept. last year.", "Extended Fund Facility"),
    ("Khan appeared before the court in the Toshakhana case on Saturday.", "Toshakhana"),
    ("India suspended the Indus Waters Treaty (IWT) after the attack. Pakistan said the IWT binds both.",
     "Indus Waters Treaty"),
])
def test_loan_programmes_court_cases_and_treaties_named_by_acronym_are_not_actors(sentence, not_an_actor):
    assert not_an_actor not in actors_of(*sentence.split(". "))


def test_a_person_named_with_and_without_middle_names_is_one_actor():
    kinds = kinds_after_index("Munir was welcomed by Lloyd Austin at the Pentagon.",
                              "He then called on Secretary of Defence General Lloyd James Austin III.")
    assert kinds.get("Lloyd James Austin III") == "person" and "Lloyd Austin" not in kinds, kinds


def test_the_place_a_story_was_filed_from_in_capitals_names_no_one():
    kinds = kinds_after_index("WASHINGTON – Chief of Army Staff (COAS) General Syed Asim Munir called on the secretary.")
    assert kinds.get("Syed Asim Munir") == "person", kinds
    assert not {"WASHINGTON", "COAS", "Chief of Army Staff"} & set(kinds), kinds


def test_an_acronym_of_a_title_is_no_actor_and_the_name_after_it_is_a_person():
    kinds = kinds_after_index("Khan will appear before Additional District and Sessions Judge (ADSJ) Zafar Iqbal.",
                              "The ADSJ adjourned the hearing.")
    assert kinds.get("Zafar Iqbal") == "person" and not {"ADSJ", "Additional District"} & set(kinds), kinds


def test_a_name_before_administration_is_a_persons():
    kinds = kinds_after_index("Senior members of Biden administration visited Pakistan in early December.")
    assert kinds.get("Biden") == "person", kinds


def test_the_short_name_of_a_state_counts_for_it():
    kinds = kinds_after_index("The Pak Army welcomed the decision of the government.")
    assert kinds.get("Pakistan Army") == "organization" and "Pak Army" not in kinds, kinds


def test_a_possessive_that_is_part_of_a_name_does_not_cut_it():
    found = actors_of("She led the centre-left Pakistan People's Party (PPP) until her death.")
    assert "Pakistan People's Party" in found.get("Pakistan Peoples Party", set()), found
    assert not {"Pakistan People", "Party"} & set(found), found


def test_an_editors_brackets_are_no_part_of_a_name():
    found = actors_of("His first months were spent on the [Raymond] Davis incident and its fallout.")
    assert found.get("Raymond Davis") == {"Raymond Davis"}, found


@pytest.mark.parametrize("sentence, place", [
    ("Helicopters entered the airspace in the vicinity of Ghursal and Shilman before midnight.", "Shilman"),
    ("The Torkham border incident nearly escalated into a wider conflict.", "Torkham"),
    ("Officials denied that US helicopters used Ghazi Airbase that night.", "Ghazi Airbase"),
])
def test_a_vicinity_a_border_or_an_airbase_is_a_place(sentence, place):
    assert kinds_after_index(sentence).get(place) == "place"


def test_the_first_word_of_an_organisations_name_that_is_a_province_stays_the_province():
    kinds = kinds_after_index("ATTACKS IN BALOCHISTAN", "Attacks rose in Balochistan this year.",
                              "The Balochistan Liberation Army (BLA) claimed the attack.")
    assert kinds.get("Balochistan") == "place", kinds


def test_an_article_before_a_name_is_no_part_of_it():
    found = actors_of("An International Monetary Fund (IMF) report last year said China held a third of the debt.")
    assert "An International Monetary Fund" not in found, found


def test_two_spellings_of_a_first_name_with_one_surname_are_one_person():
    kinds = kinds_after_index("General Parvez Musharraf said the vote would go ahead.",
                              "Asked again, General Pervez Musharraf replied that it would.")
    assert len([name for name in kinds if name.endswith("Musharraf")]) == 1, kinds


def test_two_people_told_apart_by_an_initial_stay_apart():
    kinds = kinds_after_index("In 1990, President George H.W. Bush withheld the determination.",
                              "The sanctions were waived by President George W. Bush after the attacks.")
    assert {"George H.W. Bush", "George W. Bush"} <= set(kinds), kinds


@pytest.mark.parametrize("sentence, wanted, unwanted", [
    ("Sen. John Kerry (D-Mass.), the chairman, met Rep. Howard Berman (D-Calif.) on Tuesday.",
     {"John Kerry", "Howard Berman"}, {"D-Mass", "D-Calif"}),
    ("Pakistan is a front-line state in the U.S.-led campaign against militancy.", {"United States"}, {"U.S.-led"}),
    ("The sanctions were waived under a law known as Brownback II.", set(), {"II"}),
])
def test_a_party_and_state_a_led_by_and_a_numeral_are_no_names(sentence, wanted, unwanted):
    kinds = kinds_after_index(sentence)
    assert wanted <= set(kinds) and not unwanted & set(kinds), kinds


def test_a_name_before_mountain_is_a_place():
    assert kinds_after_index("Helicopters strafed two posts on the Anargai Ghakhi mountain peak at night.").get(
        "Anargai Ghakhi") == "place"


@pytest.mark.parametrize("sentence, person", [
    ("Evidence collected in the inquiry pointed to Zaki-ur-Rehman Lakhvi and Yusuf Muzammil as masterminds. Lakhvi and "
     "Muzammil belong to the outlawed group.", "Zaki-ur-Rehman Lakhvi"),
    ("The coup was led by General Zia-ul-Haq in 1977.", "Zia-ul-Haq"),
])
def test_a_name_joined_by_particles_with_a_surname_or_a_title_is_a_persons(sentence, person):
    kinds = kinds_after_index(*sentence.split(". "))
    assert kinds.get(person) == "person" and "Lakhvi" not in kinds, kinds


def test_a_bracket_the_name_was_cut_from_is_no_part_of_it():
    found = actors_of("You have heard it from President Trump, from (Defense Secretary James) Mattis and others.")
    assert found.get("James Mattis") == {"James Mattis"}, found


def test_an_embassy_is_an_organisation():
    kinds = kinds_after_index("Malik Zahoor Ahmad was a minister at the Pakistani Embassy in Washington.",
                              "The first reports of the visit came to the Pakistan Embassy, not the Foreign Office.")
    assert all(kind == "organization" for name, kind in kinds.items() if "Embassy" in name), kinds


def test_a_capital_placed_by_the_words_around_it_still_counts_for_its_state():
    kinds = kinds_after_index("The raid on the garrison town of Abbottabad, 50 km (30 miles) north of Islamabad, "
                              "strained ties.")
    assert "Islamabad" not in kinds and kinds.get("Pakistan") == "country", kinds


def test_transliterations_joined_by_other_vowels_are_one_group():
    kinds = kinds_after_index("Tehreek-e-Nafaz-e-Aman claimed the attack.", "Later, Tehreek-i-Nafaz-i-Aman denied it.")
    assert len([name for name in kinds if "Nafaz" in name]) == 1, kinds


def test_a_name_the_model_starts_at_a_possessive_is_read_without_it():
    # a cleaning-benchmark page: the model's span "’s Haqqani" had no owner before the possessive, and the
    # actor stage crashed on it
    found = actors_of("The released insurgents included Anas Haqqani, the younger brother of the Taliban’s deputy "
                      "leader, Sirajuddin Haqqani, who heads the Afghan guerrilla insurgent group’s Haqqani network.")
    assert "Sirajuddin Haqqani" in found, found


def test_a_surname_joins_a_name_that_itself_joins_a_longer_one_and_no_mention_is_lost():
    # TempEval-3 training pages through the whole pipeline: "Baker" → "James Baker" → "James A. Baker III"
    # lost the first's mentions, and the site build failed on them
    mentions = mentions_of_articles("Baker said the talks would go on.", "James Baker spoke to reporters in Kabul.",
                                    "Former Secretary of State James A. Baker III arrived on Monday.")
    actors = build_actors(mentions, {})
    assert sum(len(a.mentions) for a in actors) == len(mentions)
    assert [a.name for a in actors if "Baker" in a.name] == ["James A. Baker III"], [a.name for a in actors]


@pytest.mark.parametrize("text", [
    # fresh pages of 2022: "Zawahiri" and "Al-Zawahri" (opening a sentence) were people beside Ayman al-Zawahiri
    "Ayman al-Zawahiri was killed on Sunday. Zawahiri, an Egyptian physician, had a reward on his head.",
    "Two missiles ended Ayman al-Zawahri's reign. They knew al-Zawahri sat on the balcony. Al-Zawahri's death came fast.",
])
def test_a_surname_written_without_its_particle_or_with_a_capital_is_the_full_names(text):
    kinds = kinds_after_index(text)
    assert [name for name in kinds if "Zaw" in name] == [next(n for n in kinds if n.startswith("Ayman"))], kinds


def test_a_name_before_a_noun_of_a_group_is_the_group():
    # fresh page of 2018: spaCy read "Haqqani" as a place in "the Taliban-linked Haqqani group"
    kinds = kinds_after_index("Pakistani forces captured one of the abductors belonging to the Taliban-linked "
                              "Haqqani group.")
    assert kinds.get("Haqqani Network") == "organization" and "Haqqani" not in kinds, kinds
    # the name alone, later, is the same group ("the Haqqani terrorist group")
    kinds = kinds_after_index("Pakistani forces captured an abductor belonging to the Taliban-linked Haqqani group. "
                              "Mattis wanted action against the Haqqani terrorist group.")
    assert [name for name in kinds if "Haqqani" in name] == ["Haqqani Network"], kinds
    # a group the data know keeps its own name: "the Taliban group" is the Taliban
    assert "Taliban group" not in kinds_after_index("The Taliban group attacked the post in Kandahar.")


def test_a_surname_of_one_full_name_written_two_ways_is_that_persons():
    found = actors_of("Ayman Al-Zawahiri, the head of al-Qaeda, was the target. Officials said Ayman al-Zawahiri "
                      "was killed in Kabul. Zawahiri had a reward on his head.")
    assert any("Zawahiri" in forms for name, forms in found.items() if name.startswith("Ayman")), found


def test_two_surnames_joined_before_a_noun_are_no_person():
    # Dawn, 2017: "the original Cranston-Glenn amendment" made `Cranston-Glenn` a person
    found = actors_of("The committee adopted an amendment proposed by two Democrat senators, Alan Cranston and John "
                      "Glenn. The revision to the original Cranston-Glenn amendment was co-sponsored by others.")
    assert "Cranston-Glenn" not in found and {"Alan Cranston", "John Glenn"} <= set(found), found
    # a double-barrelled surname speaking is a person
    found = actors_of("Benazir Bhutto and Asif Ali Zardari had a son. Mr Bhutto-Zardari said the talks would go on.")
    assert "Bhutto-Zardari" in found, found


def test_a_name_that_ends_a_longer_name_in_its_article_is_that_person():
    # fresh page of 2016: "Mullah Akhtar Mansour" and "Mullah Mohammad Akhtar Mansour" were two people
    found = actors_of("The attack killed Mullah Akhtar Mansour on Saturday. A commander confirmed that Mullah "
                      "Mohammad Akhtar Mansour had been killed.")
    assert [name for name in found if "Mansour" in name] == ["Mohammad Akhtar Mansour"], found
    # two people who share a surname stay two
    found = actors_of("Benazir Bhutto met Zulfikar Ali Bhutto's old friends.")
    assert {"Benazir Bhutto", "Zulfikar Ali Bhutto"} <= set(found), found


def test_a_name_spelled_otherwise_joins_the_longer_name_it_ends_in_another_article():
    # fresh pages of 2016: "Mullah Akhtar Mansur" (RFE/RL) and "Mullah Mohammed Akhtar Mansour" (CSM) were two
    mentions = mentions_of_articles("Pakistan denounced the drone strike that killed Mullah Akhtar Mansur.",
                                    "The Taliban said Mullah Mohammed Akhtar Mansour had been killed on Saturday.")
    assert len([a for a in build_actors(mentions, {}) if "Mans" in a.name]) == 1
    # an initial still tells people apart
    mentions = mentions_of_articles("President George W. Bush signed the bill.",
                                    "President George H.W. Bush vetoed it.")
    assert len([a for a in build_actors(mentions, {}) if "Bush" in a.name]) == 2


def test_a_surname_without_its_particle_joins_the_full_name_of_another_article():
    mentions = mentions_of_articles("Ayman al-Zawahiri had been a senior official of al-Qaeda since 1998.",
                                    "Before the attack, nobody knew where Zawahiri was.")
    assert [a.name for a in build_actors(mentions, {}) if "Zawahiri" in a.name] == ["Ayman al-Zawahiri"]


@pytest.mark.parametrize("sentence, wanted, unwanted", [
    ("He told the conference that the war would go on till the last terrorist, Xinhua reported.",
     {"Xinhua News Agency"}, {"Xinhua"}),
    ("The army chief, accompanied by DG ISI, rushed to Kabul on December 17, 2014.",
     {"Inter-Services Intelligence"}, {"DG"}),
])
def test_news_agencies_are_organisations_and_a_directors_title_is_no_actor(sentence, wanted, unwanted):
    kinds = kinds_after_index(sentence)
    assert all(kinds.get(name) == "organization" for name in wanted) and not unwanted & set(kinds), kinds


def test_a_name_after_a_role_noun_is_a_persons_whatever_the_model_read():
    kinds = kinds_after_index("Lawyer Asad Manzoor Butt said that he was kept in illegal custody in Kot Lakhpat jail.",
                              "The families had disengaged Advocate Asad Butt, the official source said.")
    assert kinds.get("Asad Manzoor Butt") == "person" and kinds.get("Kot Lakhpat") == "place", kinds
    assert not any(name.startswith(("Lawyer", "Advocate")) for name in kinds), kinds


def test_a_title_after_an_article_is_still_no_actor():
    kinds = kinds_after_index("An Additional District and Sessions Judge of Lahore on Wednesday ordered his release.")
    assert not any("Additional" in name for name in kinds), kinds


def test_a_title_inside_what_the_model_read_as_a_body_makes_it_a_persons_name():
    kinds = kinds_after_index("Foreign Secretary Sohail Mehmood and Ambassador of Pakistan to the US Dr Asad Majeed Khan "
                              "were present during the meeting.")
    assert kinds.get("Asad Majeed Khan") == "person" and "Asad" not in kinds and "Majeed Khan" not in kinds, kinds


def test_a_middle_initial_written_in_one_article_only_does_not_split_a_person():
    mentions = mentions_of_articles("Secretary of State Mike Pompeo arrived in Islamabad on Tuesday.",
                                    "US Secretary of State Michael R Pompeo called on the prime minister.")
    assert len([a for a in build_actors(mentions, {}) if "Pompeo" in a.name]) == 1


@pytest.mark.parametrize("sentence, wanted, unwanted", [
    ("Imran Khan claimed that assistant Secretary of State for South and Central Asian Affairs Donald Lu was involved.",
     {"Donald Lu"}, {"Affairs Donald Lu"}),
    ("Saeed-led JuD is believed to be the front organisation of the group.", {"Jamaat-ud-Dawa"}, {"Saeed-led JuD"}),
    ("In FIR No 32/2019 registered by the police, the leaders were awarded five months.", set(), {"FIR"}),
    ("New Delhi | Jagran News Desk: Jamaat-ud-Dawa chief Hafiz Saeed was sentenced on Thursday.", {"Hafiz Saeed"},
     {"Jagran News Desk: Jamaat-ud-Dawa", "India"}),
])
def test_what_runs_into_a_name_from_before_it_is_no_part_of_it(sentence, wanted, unwanted):
    kinds = kinds_after_index(sentence)
    assert wanted <= set(kinds) and not unwanted & set(kinds), kinds


@pytest.mark.parametrize("paragraphs, wanted, unwanted", [
    (("Blinken met Foreign Minister Bilawal Bhutto Zardari at the State Department.",
      "Bilawal Bhutto thanked the US government for its assistance."),
     {"Bilawal Bhutto Zardari"}, {"Bilawal Bhutto"}),
    (("General Munir also met earlier with CENTCOM Commander Gen. Michael Kurilla.",),
     {"Michael Kurilla"}, {"CENTCOM Commander"}),
    (("Military-to-Military Ties: the general also met the commander.",), set(), {"Military-to-Military"}),
    (("The Associated Press quoted residents of a village nearby.",), {"Associated Press"}, {"Associated"}),
    # CoNLL-2003 development set: a body named after its city is one name, not the state and the rest
    (("Japanese bonds lost much of the day's gains as Tokyo Stock Exchange shares fell.",),
     {"Tokyo Stock Exchange"}, {"Stock Exchange"}),
    (("He was accompanied by General Joseph Dunford, Chairman of the Joint Chiefs of Staff, on the visit.",),
     {"Joint Chiefs of Staff"}, {"Joint Chiefs of"}),
    (("ISLAMABAD, Sep 5 (UrduPoint / Pakistan Point News - 5th Sep, 2022 ) :Federal Minister for Climate Change "
      "Senator Sherry Rehman on Monday met the delegation.",),
     {"Sherry Rehman"}, {"Sep", "UrduPoint", "Pakistan Point News -"}),
])
def test_first_names_roles_reduplications_and_long_credits(paragraphs, wanted, unwanted):
    kinds = kinds_after_index(*paragraphs)
    assert wanted <= set(kinds) and not unwanted & set(kinds), kinds


@pytest.mark.parametrize("paragraphs, wanted, unwanted", [
    (("US President Donald Trump‘s administration has committed $1.25 billion to the mine.",
      "Trump held meetings with the prime minister in September."), {"Donald Trump"}, {"Donald Trump‘s", "Trump"}),
    (("The headline agreement followed Trump’s July pledge to develop the oil reserves, and two MoUs were signed.",),
     {"Trump"}, {"July", "MoUs"}),
    (("ISLAMABAD/KABUL: Afghanistan and Pakistan were holding peace talks in Doha on Saturday.",),
     {"Pakistan", "Afghanistan"}, {"ISLAMABAD"}),
])
def test_a_left_quote_for_an_apostrophe_months_and_a_dateline_of_two_places(paragraphs, wanted, unwanted):
    found = actors_of(*paragraphs)
    assert wanted <= set(found) and not unwanted & set(found), found
    assert not any(form in ("ISLAMABAD", "KABUL") for forms in found.values() for form in forms), found


def test_a_states_official_name_is_the_state():
    # ISO 3166's official names, through pycountry: not a place of its own
    kinds = kinds_after_index("The lunch was with the army chief of the Islamic Republic of Pakistan.")
    assert kinds.get("Pakistan") == "country" and "Islamic Republic of Pakistan" not in kinds, kinds


def test_a_name_split_by_an_editors_insertion_is_one_person():
    kinds = kinds_after_index("“I think (Indian Prime Minister Narendra) Modi is a fantastic man,” he said.")
    assert kinds.get("Narendra Modi") == "person" and "Narendra" not in kinds and "Modi" not in kinds, kinds
    kinds = kinds_after_index("“The message we sent to (Syrian President Hafez al-) Assad is clear,” he said.")
    assert kinds.get("Hafez al-Assad") == "person" and "Assad" not in kinds and "Hafez" not in kinds, kinds


@pytest.mark.parametrize("sentence, holder, state", [
    # the model read "the United States Asad Majeed" as one organisation
    ("The witnesses included former ambassador to the United States Asad Majeed.", "Asad Majeed", "United States"),
    # a fresh page of 2022: "Pakistan Bilawal" was an organisation
    ("Foreign Minister of Pakistan Bilawal said that his country seeks help on climate justice.", "Bilawal", "Pakistan"),
    ("Foreign Minister of India Jaishankar rejected the offer on Monday.", "Jaishankar", "India"),  # missed
    ("President of Afghanistan Ashraf Ghani visited the capital on Monday.", "Ashraf Ghani", "Afghanistan"),  # "Ghani", a place
    ("Chief of Army Staff of Pakistan General Asim Munir arrived in Tampa.", "Asim Munir", "Pakistan"),  # "Pakistan General"
])
def test_the_name_after_an_office_of_a_state_is_its_holders(sentence, holder, state):
    kinds = kinds_after_index(sentence)
    assert kinds.get(holder) == "person" and kinds.get(state) == "country", kinds
    assert not any(holder.split()[-1] in name for name in kinds if name != holder), kinds


@pytest.mark.parametrize("sentence, body", [
    ("The president of the Bosnian Association for Refugees spoke.", "Bosnian Association for Refugees"),  # CoNLL
    ("Nawaz Sharif, President of Pakistan Muslim League, spoke in Lahore.", "Pakistan Muslim League"),
])
def test_a_body_named_for_a_state_after_an_office_stays_a_body(sentence, body):
    assert kinds_after_index(sentence).get(body) == "organization"


def test_a_person_and_what_is_theirs_stay_two_actors():
    # the model's "Conrad Black's" ran into the company after it, which became a person
    kinds = kinds_after_index("Media baron Conrad Black's Hollinger Inc reported lower than expected profits on Thursday.")
    assert kinds.get("Conrad Black") == "person" and kinds.get("Hollinger Inc") == "organization", kinds


def test_a_word_capitalised_only_by_the_sentence_it_opens_is_no_actor():
    kinds = kinds_after_index("Media baron Conrad Black's Hollinger Inc reported lower profits on Thursday. "
                              "Analysts told the media the results were weak.")
    assert "Media" not in kinds, kinds


def test_a_companys_officer_titles_stay_off_the_name():
    kinds = kinds_after_index("Best Products Co Chairman and Chief Executive Daniel Levy said Thursday he expected a profit.")
    assert kinds.get("Daniel Levy") == "person" and not any("Executive" in name for name in kinds), kinds


@pytest.mark.parametrize("sentence, name, kind", [
    # a name joined by the Arabic article is a person's ...
    ("Zia-ul-Haq seized power in a coup in 1977.", "Zia-ul-Haq", "person"),
    ("Fazl-ur-Rehman met the prime minister in Islamabad.", "Fazl-ur-Rehman", "person"),
    # ... unless its last word ends a group's name
    ("Ansar-ul-Islam fighters attacked the town.", "Ansar-ul-Islam", "organization"),
    ("Jamaat-ud-Dawa denied any role in the attack.", "Jamaat-ud-Dawa", "organization"),
    # a noun beside a name says what it names
    ("The report appeared in the English-language daily Dawn on Tuesday.", "Dawn", "organization"),
    ("A shipload of wheat arrived in Umm Qasr port on Monday.", "Umm Qasr", "place"),
])
def test_the_words_of_a_name_or_beside_it_say_what_it_names(sentence, name, kind):
    assert kinds_after_index(sentence).get(name) == kind


def test_a_surname_the_model_read_once_as_a_place_joins_the_one_person_of_that_name():
    # An article that writes only "Musharraf", read by the model as a place in one sentence: on a site
    # that knows one Musharraf, it is his surname, not a place of its own.
    one = mentions_of("President Pervez Musharraf pardoned the scientist on Thursday.")
    other = mentions_of("Earlier Tuesday, the Cabinet had forwarded a plea to Musharraf that Khan be forgiven "
                        "for the sales.")
    assert [m.label for m in other if m.name == "Musharraf"] == ["place"]  # the model's reading
    actors = {a.name: a for a in build_actors(one + other, {})}
    assert "Musharraf" not in actors and len(actors["Pervez Musharraf"].mentions) == 2, actors


def test_an_opening_participle_read_as_a_names_word_is_left_off():
    kinds = kinds_after_index("Citing Islamabad’s alleged ties with a militant group, a senior US senator has "
                              "blocked the sale.")
    assert kinds.get("Pakistan") == "country" and not any("Citing" in name for name in kinds), kinds


def test_a_tribal_agency_is_a_region_not_a_body():
    kinds = kinds_after_index("NATO helicopters fired on a check post in Mohmand Agency. "
                              "Later strikes hit the Kurram Agency.")
    assert kinds.get("Mohmand Agency") == "place" and kinds.get("Kurram Agency") == "place", kinds


def test_a_committee_named_before_its_chairs_title_is_the_committee():
    short = mentions_of("Senate Armed Services Chairman John Warner said the talks had failed.")
    full = mentions_of("The Senate Armed Services Committee will hold a hearing on the request.")
    actors = {a.name: a for a in build_actors(short + full, {})}
    assert "Senate Armed Services" not in actors, actors
    assert len(actors["Senate Armed Services Committee"].mentions) == 2, actors


def test_a_possessive_whose_apostrophe_was_lost_to_the_encoding_is_still_one():
    # text saved in the wrong encoding turns the curly apostrophe into "?": "Pakistan?s"
    kinds = kinds_after_index("He told officials of a link between the plot and Pakistan?s intelligence service.")
    assert kinds.get("Pakistan") == "country" and not any("?" in name for name in kinds), kinds


@pytest.mark.parametrize("sentence, province", [
    ("The plan could have opened another front in Punjab, or Rajasthan, but it was put on hold.", "Rajasthan"),
    ("Maharashtra said it would send more police to the coast.", "Maharashtra"),
])
def test_a_province_iso_writes_with_diacritics_is_a_place(sentence, province):
    # ISO 3166-2 writes "Rājasthān" and "Mahārāshtra"; the news writes them plain
    assert kinds_after_index(sentence).get(province) == "place"


def test_a_group_named_by_the_first_word_of_its_joined_name_is_that_group():
    short = mentions_of("He pleaded guilty to serving as an operative of Lashkar and the ISI.")
    full = mentions_of("A jury convicted him of supporting the Lashkar-i-Taiba militant group.")
    actors = {a.name: a for a in build_actors(short + full, {})}
    assert "Lashkar" not in actors, actors
    other = mentions_of("Lashkar-e-Jhangvi claimed the bombing in Quetta.")
    actors = {a.name for a in build_actors(short + full + other, {})}
    assert "Lashkar" in actors, actors  # two groups begin so: it is left alone


def test_a_ministry_named_before_its_ministers_title_is_the_ministry():
    short = mentions_of("India expressed disappointment, with External Affairs Minister Salman Khurshid saying "
                        "the decision was disappointing.")
    full = mentions_of("The Ministry of External Affairs summoned the envoy on Monday.")
    actors = {a.name for a in build_actors(short + full, {})}
    assert "External Affairs" not in actors and "Ministry of External Affairs" in actors, actors


def test_the_body_the_site_names_more_often_keeps_its_name_when_a_full_form_joins_it():
    common = [m for text in ("The ISI denied the report.", "Officials of the Inter-Services Intelligence met on Monday.",
                             "The Inter-Services Intelligence said it had no role.") for m in mentions_of(text)]
    rare = mentions_of("The Inter-Services Intelligence Directorate played a direct role, the trial showed.")
    actors = {a.name for a in build_actors(common + rare, {})}
    assert "Inter-Services Intelligence" in actors and "Inter-Services Intelligence Directorate" not in actors, actors


def test_a_slogan_around_a_name_does_not_rename_the_person_across_the_site():
    # a chant of "Free Imran Khan" once: the site's Imran Khan keeps his name
    named = [m for text in ("Imran Khan addressed a rally in Lahore.", "Imran Khan was arrested on Tuesday.",
                            "Police said Imran Khan would be moved to Adiala jail.") for m in mentions_of(text)]
    chant = mentions_of("Protesters in the gallery interrupted the hearing, chanting “Free Imran Khan.” The "
                        "chairman called for order.")
    actors = {a.name for a in build_actors(named + chant, {}) if a.kind == "person"}
    assert "Imran Khan" in actors and "Free Imran Khan" not in actors, actors


def test_a_headlines_capitals_do_not_run_a_name_on_past_a_verb_or_possessive():
    kinds = kinds_after_index("Imran Khan Calls for New Inquiry Following Donald Lu’s Dismissal of the Claims")
    assert kinds.get("Imran Khan") == "person" and kinds.get("Donald Lu") == "person", kinds
    assert not any(word in name for name in kinds for word in ("Calls", "Dismissal")), kinds
    # the possessor and the name it owns are two: "Rawalpindi's Adiala jail"
    kinds = kinds_after_index("The verdict was announced at a hearing inside Rawalpindi’s Adiala jail on Tuesday.")
    assert kinds.get("Adiala") == "place" and kinds.get("Rawalpindi") == "place", kinds


@pytest.mark.parametrize("sentence, body, office", [
    # a fresh page of 2022: the agency and "the Administrator of" it were two organisations
    ("Bilawal met the Administrator of the United States Agency for International Development, Samantha Power.",
     "United States Agency for International Development", "Administrator"),
    ("The Archbishop of Buenos Aires said on Tuesday that he would pray.", "Buenos Aires", "Archbishop"),  # CoNLL
])
def test_a_body_read_with_an_office_of_it_is_the_body(sentence, body, office):
    kinds = kinds_after_index(sentence)
    assert body in kinds and not any(office in name for name in kinds), kinds


@pytest.mark.parametrize("text, body", [
    # a fresh page of 2022: "Congress" and "the US Congress" were two bodies on one page
    ("He met members of Congress on Monday. Bilawal said that the US Congress was playing an important role.",
     "US Congress"),
    ("The Pakistani Senate passed the bill on Monday. The Senate then adjourned.", "Pakistani Senate"),
    ("The Pakistani Army denied it on Monday. The Army said it was not there.", "Pakistan Army"),
])
def test_a_body_named_bare_is_the_states_body_its_article_names(text, body):
    kinds = kinds_after_index(text)
    assert kinds.get(body) == "organization" and not any(name in kinds for name in ("Congress", "Senate", "Army"))


def test_a_bare_body_name_two_states_share_is_left_alone():
    kinds = kinds_after_index("The US Senate passed it, and the Pakistani Senate rejected it. The Senate then adjourned.")
    assert "Senate" in kinds, kinds  # which state's is not said


def test_a_programme_named_before_its_noun_is_no_actor():
    # a fresh page of 2022: "the Foreign Military Sales (FMS) programme" made an organisation
    kinds = kinds_after_index("The administration decided to proceed with the sale under the Foreign Military Sales "
                              "(FMS) programme, and on September 7 the Department of State informed the US Congress.")
    assert not any("Military" in name or name == "FMS" for name in kinds) and "US Congress" in kinds, kinds


def test_a_states_possessive_after_a_name_is_the_states():
    # a fresh page of 2022: "Lloyd J Austin III India" was one person
    kinds = kinds_after_index("Defence Minister Rajnath Singh had also conveyed to Defence Secretary Lloyd J Austin "
                              "III India’s concerns over the package.")
    assert kinds.get("Lloyd J Austin III") == "person" and kinds.get("India") == "country", kinds


def test_a_body_word_alone_is_no_short_form_of_a_longer_body():
    # a fresh page of 2022: "stated to the Senate" was the Senate Foreign Relations Committee
    kinds = kinds_after_index("Sen. Robert Menendez, chairman of the Senate Foreign Relations Committee, stated to the "
                              "Senate on September 13 that the Congress has 30 days.")
    assert kinds.get("Senate") == "organization" and "Senate Foreign Relations Committee" in kinds, kinds
