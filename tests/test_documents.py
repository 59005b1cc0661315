"""The article reader: header forms, datelines, sign-offs, encodings and bad input."""

from __future__ import annotations

import hashlib
from datetime import date
from pathlib import Path

import pytest

from feeds.documents import (
    content_digest,
    document_id,
    parse_document,
    read_document,
    read_file,
)
from feeds.errors import DocumentError

PUBLISHER_FIRST = (
    "date 2024-10-10 News Central Asia (nCa)\n\n"
    "Kazakhstan plans new rail link with China\n\n"
    "Kazakhstan plans a new rail link, officials said.\n\n"
    "The line opened in March. /// nCa, 10 October 2024\n"
)

HEADLINE_FIRST = (
    "date 2024-10-28 Experts hail regional tech exchange at the forum\n\n"
    "October 28, 2024\n\n"
    "YINCHUAN, Oct. 27 (Xinhua) -- The forum opened Saturday in Yinchuan.\n\n"
    "It closes on Monday.\n"
)


def test_publisher_in_header_and_headline_on_next_line() -> None:
    doc = parse_document(PUBLISHER_FIRST.encode(), "a/2024-10-10-rail.txt")
    assert doc.publisher == "News Central Asia (nCa)"
    assert doc.title == "Kazakhstan plans new rail link with China"
    assert doc.published == date(2024, 10, 10)
    assert doc.paragraphs == (
        "Kazakhstan plans a new rail link, officials said.",
        "The line opened in March.",
    )


def test_headline_in_header_and_date_line_skipped() -> None:
    doc = parse_document(HEADLINE_FIRST.encode(), "a/2024-10-28-forum.txt")
    assert doc.title == "Experts hail regional tech exchange at the forum"
    assert doc.publisher == "Xinhua"
    assert doc.paragraphs[0] == "The forum opened Saturday in Yinchuan."
    assert "October 28, 2024" not in doc.text


def test_dateline_gives_place_and_anchor_day() -> None:
    doc = parse_document(HEADLINE_FIRST.encode(), "a/2024-10-28-forum.txt")
    assert doc.dateline == "YINCHUAN, Oct. 27 (Xinhua) --"
    assert doc.place == "Yinchuan"
    assert doc.anchor == date(2024, 10, 27)
    assert doc.published == date(2024, 10, 28)


def test_short_publisher_name_followed_by_title_line_is_the_publisher() -> None:
    doc = parse_document(
        b"date 2025-02-03 Daily Herald\n\nCity council approves budget\n\n"
        b"The council voted on Monday.\n",
        "x.txt",
    )
    assert (doc.publisher, doc.title) == ("Daily Herald", "City council approves budget")


def test_sentence_case_header_is_the_headline_even_before_a_short_line() -> None:
    doc = parse_document(
        b"date 2025-02-03 Council approves the city budget after long debate\n\n"
        b"Budget vote\n\nThe council voted on Monday.\n",
        "x.txt",
    )
    assert doc.title == "Council approves the city budget after long debate"
    assert doc.publisher is None
    assert doc.paragraphs[0] == "Budget vote"


@pytest.mark.parametrize(
    ("first_paragraph", "dateline", "place", "anchor"),
    [
        ("WASHINGTON (AP) -- Talks began.", "WASHINGTON (AP) --", "Washington", date(2024, 3, 14)),
        ("LONDON, 12 March -- Talks began.", "LONDON, 12 March --", "London", date(2024, 3, 12)),
        (
            "NEW YORK, March 13 — Talks began.",
            "NEW YORK, March 13 —",
            "New York",
            date(2024, 3, 13),
        ),
        ("ALMATY, Kazakhstan – Talks began.", "ALMATY, Kazakhstan –", "Almaty", date(2024, 3, 14)),
        ("XI'AN, Sept. 30, 2023 (Xinhua) -- Talks began.", None, "Xi'an", date(2023, 9, 30)),
        ("BISHKEK, Tuesday (Reuters) - Talks began.", None, "Bishkek", date(2024, 3, 12)),
        (
            "JAKARTA, Indonesia, March 13, 2024 /PRNewswire/ -- Talks began.",
            "JAKARTA, Indonesia, March 13, 2024 /PRNewswire/ --",
            "Jakarta",
            date(2024, 3, 13),
        ),
    ],
)
def test_dateline_forms(
    first_paragraph: str, dateline: str | None, place: str, anchor: date
) -> None:
    doc = parse_document(f"date 2024-03-14 Talks begin\n\n{first_paragraph}\n".encode(), "x.txt")
    assert doc.place == place
    assert doc.anchor == anchor
    assert doc.paragraphs == ("Talks began.",)
    if dateline:
        assert doc.dateline == dateline


def test_dateline_in_late_december_before_a_january_header_is_last_year() -> None:
    doc = parse_document(
        b"date 2025-01-02 Year ends\n\nKYIV, Dec. 31 -- Crowds gathered.\n", "x.txt"
    )
    assert doc.anchor == date(2024, 12, 31)


def test_capitalised_sentence_start_is_not_a_dateline() -> None:
    doc = parse_document(
        b"date 2024-03-14 Talks\n\nChina and Kazakhstan - old friends - met.\n", "x.txt"
    )
    assert doc.dateline is None
    assert doc.anchor == date(2024, 3, 14)
    assert doc.paragraphs == ("China and Kazakhstan - old friends - met.",)


def test_dateline_on_a_line_of_its_own() -> None:
    doc = parse_document(
        b"date 2024-03-14 Talks\n\nASTANA, March 13 (Kazinform) --\n\nTalks began.\n", "x.txt"
    )
    assert doc.place == "Astana"
    assert doc.paragraphs == ("Talks began.",)


def test_sign_off_removed_from_last_paragraph() -> None:
    doc = parse_document(PUBLISHER_FIRST.encode(), "x.txt")
    assert "///" not in doc.text
    assert "10 October 2024" not in doc.text


def test_credit_line_and_end_mark_are_not_body() -> None:
    doc = parse_document(
        b"date 2024-03-14 Talks\n\nTalks began.\n\n"
        b"(Reporting by A. Smith; Editing by B. Jones)\n\n-30-\n",
        "x.txt",
    )
    assert doc.paragraphs == ("Talks began.",)


def test_bom_and_crlf_read_like_plain_lf() -> None:
    plain = parse_document(HEADLINE_FIRST.encode(), "x.txt")
    bom_crlf = parse_document(
        b"\xef\xbb\xbf" + HEADLINE_FIRST.replace("\n", "\r\n").encode(), "x.txt"
    )
    assert (bom_crlf.title, bom_crlf.paragraphs, bom_crlf.anchor) == (
        plain.title,
        plain.paragraphs,
        plain.anchor,
    )


def test_leading_space_and_nbsp_lines_are_ignored() -> None:
    doc = parse_document(
        " date 2024-03-14 Talks begin\n\nTalks began.\n\n\u00a0\n".encode(), "x.txt"
    )
    assert doc.paragraphs == ("Talks began.",)


def test_wrapped_lines_of_a_paragraph_are_joined() -> None:
    doc = parse_document(b"date 2024-03-14 Talks\n\nTalks began\nin Geneva.\n", "x.txt")
    assert doc.paragraphs == ("Talks began in Geneva.",)


def test_id_is_the_stem_and_digest_the_sha256_of_the_bytes() -> None:
    data = HEADLINE_FIRST.encode()
    doc = parse_document(data, "dir/2024-10-28-forum.txt")
    assert doc.id == "2024-10-28-forum"
    assert doc.path == "dir/2024-10-28-forum.txt"
    assert doc.digest == hashlib.sha256(data).hexdigest()
    assert doc.text == "\n\n".join(doc.paragraphs)


def test_id_and_digest_are_known_from_path_and_bytes_without_parsing() -> None:
    data = HEADLINE_FIRST.encode()
    doc = parse_document(data, "dir/2024-10-28-forum.txt")
    assert document_id("dir/2024-10-28-forum.txt") == doc.id == "2024-10-28-forum"
    assert content_digest(data) == doc.digest
    assert content_digest(b"not an article") == hashlib.sha256(b"not an article").hexdigest()


def test_reading_a_folder_as_an_article_file_is_a_document_error(tmp_path: Path) -> None:
    with pytest.raises(DocumentError, match="is a folder"):
        read_file(tmp_path)


@pytest.mark.parametrize(
    ("data", "reason"),
    [
        (b"", "empty file"),
        (b"\n \n\n", "empty file"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "binary file"),
        (b"date 2024-10-10 Caf\xe9 opens\n\nText.\n", "not UTF-8"),
        (b"Headline only\n\nText.\n", "no date header"),
        (b"date yesterday Headline\n\nText.\n", "no date in the header"),
        (b"date 2024-13-45 Headline\n\nText.\n", "impossible date 2024-13-45"),
        (b"date 2024-10-10 Headline\n", "no body"),
        (b"date 2024-10-10 Headline\n\n/// nCa, 10 October 2024\n", "no body"),
    ],
)
def test_bad_input_names_the_file_and_the_problem(data: bytes, reason: str) -> None:
    with pytest.raises(DocumentError) as caught:
        parse_document(data, "in/bad.txt")
    assert caught.value.where == "in/bad.txt"
    assert reason in caught.value.reason
    assert str(caught.value).startswith("in/bad.txt: ")


def test_read_document_reports_a_missing_file(tmp_path: Path) -> None:
    missing = tmp_path / "gone.txt"
    with pytest.raises(DocumentError) as caught:
        read_document(missing)
    assert caught.value.where == str(missing)
    assert "cannot be read" in caught.value.reason


def test_read_document_reads_the_seeds(seeds_dir: Path) -> None:
    doc = read_document(seeds_dir / "2024-10-10-joint-sci-tech-centre-proposal.txt")
    assert (
        doc.title == "China planning to establish joint science-technology centre with Central Asia"
    )
    assert doc.publisher == "News Central Asia (nCa)"
    assert "nCa, 10 October 2024" not in doc.text
    forum = read_document(seeds_dir / "2024-10-28-china-central-asia-cooperation-forum.txt")
    assert (forum.place, forum.anchor, forum.publisher) == (
        "Yinchuan",
        date(2024, 10, 27),
        "Xinhua",
    )


def test_publisher_named_with_a_publishing_word_is_the_publisher() -> None:
    doc = parse_document(
        b"date 2025-02-10 Health Policy Watch\n\nMeasles cases in Europe hit highest level\n\n"
        b"GENEVA, Feb. 10 -- Europe recorded cases.\n",
        "x.txt",
    )
    assert (doc.publisher, doc.place) == ("Health Policy Watch", "Geneva")


def test_short_capitalised_headline_stays_the_headline() -> None:
    doc = parse_document(
        b"date 2025-02-10 Kenya Floods\n\nHundreds displaced as rains continue\n\nText here.\n",
        "x.txt",
    )
    assert (doc.publisher, doc.title) == (None, "Kenya Floods")


def test_dateline_after_a_one_line_standfirst() -> None:
    doc = parse_document(
        b"date 2025-02-10 Measles surge\n\nCases double in a year\n\n"
        b"GENEVA, Feb. 10 -- Europe recorded cases.\n",
        "x.txt",
    )
    assert doc.place == "Geneva"
    assert doc.paragraphs == ("Cases double in a year", "Europe recorded cases.")


def test_accented_capitals_in_a_dateline() -> None:
    doc = parse_document(
        "date 2024-02-05 Chile mourns\n\nVIÑA DEL MAR, Chile, Feb. 5 -- Chile began mourning.\n"
        "\nRains eased. (Reporting by A B; Editing by C)\n".encode(),
        "x.txt",
    )
    assert doc.place == "Viña del Mar"
    assert doc.paragraphs == ("Chile began mourning.", "Rains eased.")


def test_the_dateline_agency_is_the_publisher_when_the_header_names_none() -> None:
    doc = parse_document(
        b"date 2024-10-28 Forum opens\n\n"
        b"YINCHUAN, Oct. 27 (Xinhua) -- The forum opened Saturday.\n",
        "forum.txt",
    )
    assert doc.publisher == "Xinhua"
    named = parse_document(
        b"date 2024-10-10 News Central Asia (nCa)\n\nCentre planned\n\n"
        b"ASHGABAT (AP) -- The centre was proposed in March.\n",
        "centre.txt",
    )
    assert named.publisher == "News Central Asia (nCa)"


def test_brackets_inside_a_paragraph_are_text_and_a_trailing_credit_is_not() -> None:
    doc = parse_document(
        b"date 2024-03-14 Talks\n\nTalks began (in Astana) on Monday.\n\n"
        b"The leaders met again (Reporting by A. Smith)\n",
        "x.txt",
    )
    assert doc.paragraphs == ("Talks began (in Astana) on Monday.", "The leaders met again")


def test_a_remark_in_brackets_at_the_end_of_the_text_is_kept() -> None:
    doc = parse_document(b"date 2024-03-14 Talks\n\nTalks began on Monday (local time).\n", "x.txt")
    assert doc.paragraphs == ("Talks began on Monday (local time).",)


def test_one_word_agency_in_the_header_is_the_publisher() -> None:
    doc = parse_document(
        b"date 2026-02-12 AFP\n\nGlaciers shrank at record pace last year, agency says\n\n"
        b"GENEVA, Feb 12 (AFP) - The world's glaciers lost more ice in 2025.\n",
        "x.txt",
    )
    assert (doc.publisher, doc.title) == (
        "AFP",
        "Glaciers shrank at record pace last year, agency says",
    )
    assert doc.paragraphs == ("The world's glaciers lost more ice in 2025.",)


def test_masthead_line_repeating_the_publisher_is_not_the_headline() -> None:
    doc = parse_document(
        b"date 2026-02-23 BBC News\n\nBBC News\n\nLeeds bus drivers strike on Monday\n\n"
        b"Hundreds of bus drivers walked out on Monday.\n",
        "x.txt",
    )
    assert (doc.publisher, doc.title) == ("BBC News", "Leeds bus drivers strike on Monday")
    assert doc.paragraphs == ("Hundreds of bus drivers walked out on Monday.",)


def test_dateline_naming_two_bureaux_is_filed_in_the_first() -> None:
    doc = parse_document(
        b"date 2026-03-05 Reuters\n\nOPEC+ agrees output increase\n\n"
        b"LONDON/DUBAI, March 5 (Reuters) - OPEC+ agreed on Thursday to raise output.\n",
        "x.txt",
    )
    assert (doc.place, doc.dateline) == ("London", "LONDON/DUBAI, March 5 (Reuters) -")
    assert doc.paragraphs == ("OPEC+ agreed on Thursday to raise output.",)


def test_each_line_of_a_timeline_or_a_list_is_a_paragraph_and_running_lines_are_joined() -> None:
    doc = parse_document(
        b"date 2026-10-28 Test\n\nHeadline\n\nThe dispute\ngoes back years.\n\n"
        b"April 2, 2011 - Ethiopia lays the foundation stone\n"
        b"March 23, 2015 - The three countries sign a declaration\n"
        b"- a bullet item\n",
        "t.txt",
    )
    assert doc.paragraphs[-4:] == (
        "The dispute goes back years.",
        "April 2, 2011 - Ethiopia lays the foundation stone",
        "March 23, 2015 - The three countries sign a declaration",
        "- a bullet item",
    )
