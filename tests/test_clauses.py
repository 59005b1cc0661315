"""Sentences and clause boundaries: where a paragraph splits and where a clause starts."""

from __future__ import annotations

import pytest

from feeds.clauses import antecedent, clause_at, parse, sentences


@pytest.mark.parametrize(
    ("paragraph", "expected"),
    [
        (
            "Talks with the U.S. delegation resumed on Monday. Both sides met again.",
            ["Talks with the U.S. delegation resumed on Monday.", "Both sides met again."],
        ),
        (
            "John F. Kennedy airport reopened on Monday. Flights resumed.",
            ["John F. Kennedy airport reopened on Monday.", "Flights resumed."],
        ),
        (
            "The deal was signed on Jan. 5 in Astana. It takes effect in May.",
            ["The deal was signed on Jan. 5 in Astana.", "It takes effect in May."],
        ),
        (
            "Gen. Smith arrived in Kabul. The talks began!  Then they ended? Yes.",
            ["Gen. Smith arrived in Kabul.", "The talks began!", "Then they ended?", "Yes."],
        ),
    ],
)
def test_a_paragraph_splits_at_full_stops_but_not_after_abbreviations_or_initials(
    paragraph: str, expected: list[str]
) -> None:
    assert [paragraph[a:b] for a, b in sentences(paragraph)] == expected


@pytest.mark.parametrize(
    ("sentence", "starts"),
    [
        ("The ministry opened the centre and the bank approved the loan.", ["and"]),
        ("Kazakhstan and Uzbekistan signed an agreement on Monday.", []),
        ("The forum opened after the delegates arrived in the city.", ["after"]),
    ],
)
def test_and_or_after_start_a_clause_only_between_two_verbs(
    sentence: str, starts: list[str]
) -> None:
    parsed = parse(sentence)
    assert [parsed.tokens[b].text for b in parsed.bounds] == starts


def test_a_verb_after_when_belongs_to_the_when_clause_and_he_faces_is_a_verb() -> None:
    s = "He faces up to 20 years in prison when he is sentenced on June 12."
    c = clause_at(s, s.index("June 12"), s.index("June 12") + 7)
    assert c is not None
    assert (c.subject, c.verb) == ("he", ("is", "sentenced"))


@pytest.mark.parametrize(
    ("sentence", "subject"),
    [
        (
            "The swap came on the eve of a partial ceasefire on strikes against energy "
            "facilities, which came into effect on Sunday.",
            "a partial ceasefire on strikes against energy facilities",
        ),
        (
            "The union called a protest against layoffs, which began on Monday.",
            "a protest against layoffs",
        ),
        # A name is a thing of its own, not a kind.
        ("Trains run to Mombasa, which was founded on May 31.", "Mombasa"),
    ],
)
def test_which_after_a_bare_plural_describes_the_noun_phrase_it_qualifies(
    sentence: str, subject: str
) -> None:
    at = sentence.rindex(" on ") + 4
    c = clause_at(sentence, at, len(sentence) - 1)
    assert c is not None
    assert c.subject == subject


@pytest.mark.parametrize(
    ("sentence", "verb"),
    [
        ("We now aim to finish the text in 2027.", ("aim", "to", "finish")),
        ("They also expect to open the plant in 2027.", ("expect", "to", "open")),
    ],
)
def test_a_pronoun_then_an_adverb_then_a_base_form_is_a_verb_group(
    sentence: str, verb: tuple[str, ...]
) -> None:
    c = clause_at(sentence, sentence.index("2027"), sentence.index("2027") + 4)
    assert c is not None
    assert c.verb == verb


def test_a_past_verb_before_a_participle_with_its_agent_is_the_main_verb() -> None:
    sentence = (
        "Leaders of the group gathered in Kazan on Tuesday for a summit hosted by President "
        "Vladimir Putin."
    )
    at = sentence.index("Tuesday")
    clause = clause_at(sentence, at, at + len("Tuesday"))
    assert clause is not None
    assert (clause.subject, clause.subject_kind, clause.verb) == (
        "Leaders of the group",
        "clause",
        ("gathered",),
    )


@pytest.mark.parametrize(
    ("sentence", "verb"),
    [
        ("Parliament approved a package of tax increases in July.", ("approved",)),
        ("The price of oil rises on Monday.", ("rises",)),
    ],
)
def test_an_s_word_after_of_in_a_past_verb_s_object_is_a_noun(
    sentence: str, verb: tuple[str, ...]
) -> None:
    day = "July" if "July" in sentence else "Monday"
    at = sentence.index(day)
    clause = clause_at(sentence, at, at + len(day))
    assert clause is not None and clause.verb == verb


def test_a_plural_in_the_object_of_a_base_verb_opens_a_compound_noun() -> None:
    sentence = "He will present the savings plan to ministers in London on March 10."
    at = sentence.index("March")
    c = clause_at(sentence, at, at + 8)
    assert c is not None
    assert (c.subject, c.verb) == ("He", ("will", "present"))


def test_a_plural_then_a_base_verb_after_a_verb_of_saying_is_a_clause() -> None:
    sentence = "Officials will say the workers plan to strike on March 10."
    at = sentence.index("March")
    c = clause_at(sentence, at, at + 8)
    assert c is not None
    assert (c.subject, c.verb[0]) == ("the workers", "plan")


@pytest.mark.parametrize(
    ("sentence", "date", "subject", "verb"),
    [
        (
            "The European Union adopted its ReFuelEU aviation rules in 2023.",
            "2023",
            "The European Union",
            "adopted",
        ),
        (
            "The eight members began unwinding their voluntary cuts in April 2025.",
            "April",
            "The eight members",
            "began",
        ),
        (
            "Officials said the government plans to build a dam in 2026.",
            "2026",
            "the government",
            "plans",
        ),
    ],
)
def test_a_plural_closing_the_object_of_a_past_verb_is_no_verb(
    sentence: str, date: str, subject: str, verb: str
) -> None:
    at = sentence.index(date)
    c = clause_at(sentence, at, at + len(date))
    assert c is not None
    assert (c.subject, c.verb[0]) == (subject, verb)


def test_a_date_after_a_relative_clause_closed_by_a_comma_times_the_clause_around_it() -> None:
    s = "The group plans to spin off its energy unit, which employs 80,000 people, by 2020."
    c = clause_at(s, s.index("2020"), s.index("2020") + 4)
    assert c is not None
    assert (c.subject, c.verb[0]) == ("The group", "plans")


def test_and_between_two_names_before_a_verb_with_its_own_and_starts_no_clause() -> None:
    s = "The airport diverted 42 flights to Al Maktoum and Muscat on Tuesday and cancelled others."
    c = clause_at(s, s.index("Tuesday"), s.index("Tuesday") + 7)
    assert c is not None
    assert (c.subject, c.verb) == ("The airport", ("diverted",))


def test_and_before_a_verb_past_a_comma_starts_no_clause() -> None:
    s = "Etihad Rail, which opened a line between Abu Dhabi and Dubai in January, said it runs."
    c = clause_at(s, s.index("January"), s.index("January") + 7)
    assert c is not None
    assert c.verb == ("opened",)


@pytest.mark.parametrize(
    ("sentence", "word", "expected"),
    [
        ("Cargo went through the port of Maputo, which said it", "which", "the port of Maputo"),
        (
            "It was run by a group of unions and students, who said",
            "who",
            "a group of unions and students",
        ),
    ],
)
def test_antecedent_is_the_noun_phrase_before_the_relative_pronoun(
    sentence: str, word: str, expected: str
) -> None:
    assert antecedent(sentence, sentence.index(word)) == expected


def test_an_opening_place_phrase_is_no_name_with_an_appositive() -> None:
    s = "In Beijing, the committee launched a programme on Monday."
    start = s.index("Monday")
    clause = clause_at(s, start, start + len("Monday"))
    assert clause is not None
    assert (clause.subject, clause.verb) == ("the committee", ("launched",))


def test_an_and_closing_a_list_of_names_opens_no_clause() -> None:
    s = (
        "Talks mediated by the Commission for Conciliation, Mediation and Arbitration on July 8 "
        "stalled."
    )
    start = s.index("July 8")
    clause = clause_at(s, start, start + len("July 8"))
    assert clause is not None
    assert (clause.subject, clause.verb) == ("Talks", ("mediated",))


def test_an_antecedent_stops_at_a_verb_after_not() -> None:
    s = "The strike did not stop the annual race, which was run on 4 July."
    assert antecedent(s, s.index("which")) == "the annual race"


def test_a_date_after_an_opening_participle_phrase_belongs_to_the_main_clause() -> None:
    s = "Organised by the city council, this year's festival brings 200 musicians to the city."
    start = s.index("this year")
    clause = clause_at(s, start, start + len("this year"))
    assert clause is not None
    assert clause.verb == ("brings",)


@pytest.mark.parametrize(
    ("sentence", "date_text", "subject", "verb"),
    [
        (
            "Data released on Oct. 6 showed consumer prices rose 2.1 percent in September.",
            "September",
            "consumer prices",
            ("rose",),
        ),
        (
            "Protesters arrested on Monday were released on Tuesday.",
            "Tuesday",
            "Protesters",
            ("were", "released"),
        ),
    ],
)
def test_a_noun_with_a_dated_participle_is_the_subject_only_of_the_verb_right_after_it(
    sentence: str, date_text: str, subject: str, verb: tuple[str, ...]
) -> None:
    at = sentence.index(date_text)
    clause = clause_at(sentence, at, at + len(date_text))
    assert clause is not None
    assert (clause.subject, clause.verb) == (subject, verb)


def test_two_names_joined_by_and_are_the_subject_of_a_base_verb() -> None:
    sentence = "Sisi and Abiy meet in Nairobi on Tuesday."
    clause = clause_at(sentence, 33, 40)
    assert clause is not None
    assert (clause.subject, clause.verb) == ("Sisi and Abiy", ("meet",))


def test_the_subject_before_a_conditional_aside_is_the_verb_s() -> None:
    sentence = "The law, once signed, will take effect on Jan. 1."
    clause = clause_at(sentence, sentence.index("Jan."), sentence.index("Jan.") + 6)
    assert clause is not None
    assert (clause.subject, clause.verb) == ("The law", ("will", "take"))


def test_a_participle_after_the_object_of_ordered_is_no_verb_unless_a_relative_ends() -> None:
    ordered = "On Thursday a court ordered the suspects held without bail."
    clause = clause_at(ordered, 3, 11)
    assert clause is not None
    assert (clause.subject, clause.verb) == ("a court", ("ordered",))
    assert clause.rest == "the suspects held without bail."
    relative = "The police chief who ordered the raid resigned on Monday."
    clause = clause_at(relative, relative.index("Monday"), relative.index("Monday") + 6)
    assert clause is not None
    assert clause.verb == ("resigned",)


def test_two_names_before_a_plural_verb_and_a_compound_after_of_make_one_clause() -> None:
    sentence = (
        "Oil rose at the eve of a meeting at which Saudi Arabia and Russia are expected to push "
        "for an extension of voluntary production cuts into the spring."
    )
    at = sentence.index("the spring")
    clause = clause_at(sentence, at, at + len("the spring"))
    assert clause is not None
    assert (clause.subject, clause.verb[0]) == ("Saudi Arabia and Russia", "are")


def test_an_s_word_inside_a_list_of_plurals_is_a_noun_not_the_verb() -> None:
    s = "A general strike shut down ferries, trains and public services on Thursday."
    clause = clause_at(s, s.index("Thursday"), len(s) - 1)
    assert clause is not None
    assert (clause.subject, clause.verb) == ("A general strike", ("shut", "down"))


def test_a_participle_phrase_between_commas_with_a_set_leaves_the_noun_the_subject() -> None:
    s = "The Hornstull flea market, held twice a year, returns with 200 stalls on Nov 21."
    clause = clause_at(s, s.index("Nov"), s.index("Nov") + 6)
    assert clause is not None
    assert (clause.subject, clause.verb) == ("The Hornstull flea market", ("returns",))


@pytest.mark.parametrize(
    ("sentence", "subject"),
    [
        (
            "Minutes of the meeting, at which two board members argued for a cut, will be "
            "published on Nov 19.",
            "Minutes of the meeting",
        ),
        (
            "The hearing, during which the judge questioned witnesses, will resume on Nov 19.",
            "The hearing",
        ),
    ],
)
def test_a_relative_clause_opened_by_a_preposition_keeps_the_noun_before_it_as_subject(
    sentence: str, subject: str
) -> None:
    start = sentence.index("Nov 19")
    clause = clause_at(sentence, start, start + 6)
    assert clause is not None
    assert (clause.subject, clause.subject_kind) == (subject, "antecedent")


def test_a_quoted_phrase_without_a_verb_inside_a_clause_ends_no_clause() -> None:
    s = 'He said the hostages would go free "within days", with a handover planned for Friday.'
    c = clause_at(s, s.index("Friday"), s.index("Friday") + 6)
    assert c is not None
    assert (c.subject, c.verb) == ("a handover", ("planned",))


@pytest.mark.parametrize(
    ("sentence", "date", "subject", "verb"),
    [
        (
            "The first plant will open in May and the second in September.",
            "September",
            "the second plant",
            ("will", "open"),
        ),
        (
            "The upper house votes on Dec. 3 and the lower house on Dec. 5.",
            "Dec. 5",
            "the lower house",
            ("votes",),
        ),
    ],
)
def test_a_noun_and_a_date_after_and_take_the_verb_of_the_dated_clause_before(
    sentence: str, date: str, subject: str, verb: tuple[str, ...]
) -> None:
    at = sentence.index(date)
    c = clause_at(sentence, at, at + len(date))
    assert c is not None
    assert (c.subject, c.verb) == (subject, verb)


@pytest.mark.parametrize(
    ("sentence", "date"),
    [
        ("JAXA plans to launch a probe in 2027 and a lunar lander in 2028.", "2028"),
        ("It opens in Tbilisi on Dec 4, moves to Batumi on Dec 6 and Yerevan on Dec 9.", "Dec 9"),
    ],
)
def test_a_noun_after_and_that_stands_for_an_object_or_a_place_is_no_gapped_subject(
    sentence: str, date: str
) -> None:
    at = sentence.index(date)
    c = clause_at(sentence, at, at + len(date))
    assert c is not None
    assert c.subject != sentence[sentence.rindex("and") + 4 : at].strip()
