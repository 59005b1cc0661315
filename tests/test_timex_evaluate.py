"""TempEval-3 scoring of the tagger on small TimeML documents written here."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest

from feeds.errors import InputError
from feeds.timex import tag
from feeds.timex.evaluate import (
    Evaluation,
    error_kinds,
    evaluate_folder,
    format_evaluation,
    parse_timeml,
    score_document,
    timex_json,
)
from feeds.types import Timex

TIMEML = """<?xml version="1.0" ?>
<TimeML>
<DOCID>wsj_0001</DOCID>
<DCT><TIMEX3 tid="t0" type="DATE" value="1989-10-27" temporalFunction="false"
 functionInDocument="CREATION_TIME">10/27/89</TIMEX3></DCT>
<TEXT>
Profit rose <TIMEX3 tid="t1" type="DATE" value="1989-10-26">yesterday</TIMEX3> and fell in
<TIMEX3 tid="t2" type="DATE" value="1989-Q3">the third quarter</TIMEX3>, the company said
<TIMEX3 tid="t3" type="DATE" value="1989-10-27">Friday</TIMEX3>. It plans to hire for
<TIMEX3 tid="t4" type="DURATION" value="P2Y">two years</TIMEX3>.
</TEXT>
</TimeML>
"""


def write(folder: Path, name: str, content: str) -> Path:
    """Write a file into a folder and return its path."""
    path = folder / name
    path.write_text(content, encoding="utf-8")
    return path


def test_a_timeml_document_gives_its_text_creation_day_and_gold_timexes():
    doc = parse_timeml(TIMEML.encode(), "wsj_0001")
    assert doc.dct == date(1989, 10, 27)
    assert [(t.text, t.type, t.value) for t in doc.gold] == [
        ("yesterday", "DATE", "1989-10-26"),
        ("the third quarter", "DATE", "1989-Q3"),
        ("Friday", "DATE", "1989-10-27"),
        ("two years", "DURATION", "P2Y"),
    ]
    assert all(doc.text[t.start : t.end] == t.text for t in doc.gold)
    assert "10/27/89" not in doc.text


def test_a_folder_where_the_tagger_finds_everything_scores_one(tmp_path):
    write(tmp_path, "wsj_0001.tml", TIMEML)
    result = evaluate_folder(tmp_path).as_dict()
    assert result["documents"] == 1
    assert result["counts"]["gold"] == 4
    assert result["strict"]["f1"] == 1.0
    assert result["value"]["f1"] == 1.0
    assert result["type"]["f1"] == 1.0
    assert result["per_type"]["DURATION"]["counts"]["gold"] == 1


def test_partial_overlap_counts_as_relaxed_not_strict_and_wrong_values_lower_value_f1():
    doc = parse_timeml(TIMEML.encode(), "wsj_0001")
    system = [
        Timex(doc.gold[0].start, doc.gold[0].end, "yesterday", "DATE", "1989-10-25"),
        Timex(doc.gold[1].start + 4, doc.gold[1].end, "third quarter", "DATE", "1989-Q3"),
        Timex(0, 6, "Profit", "DATE", "2000"),
    ]
    ev = Evaluation()
    score_document(doc, system, ev)
    result = ev.as_dict()
    assert result["counts"] == {
        "gold": 4,
        "system": 3,
        "strict": 1,
        "relaxed": 2,
        "value": 1,
        "type": 2,
    }
    assert result["strict"]["precision"] == pytest.approx(1 / 3)
    assert result["relaxed"]["recall"] == pytest.approx(2 / 4)
    relaxed_f1 = 2 * (2 / 3) * (2 / 4) / (2 / 3 + 2 / 4)
    assert result["value"]["f1"] == pytest.approx(relaxed_f1 * 1 / 2)
    assert sorted(m.kind for m in ev.mistakes) == [
        "extent",
        "missed",
        "missed",
        "spurious",
        "value",
    ]


def test_alignment_prefers_identical_spans_over_larger_overlaps():
    doc = parse_timeml(TIMEML.encode(), "wsj_0001")
    gold = doc.gold[1]
    system = [
        Timex(gold.start - 8, gold.end, "x", "DATE", "1989-Q3"),
        Timex(gold.start, gold.end, "the third quarter", "DATE", "1989-Q3"),
    ]
    ev = Evaluation()
    score_document(doc, system, ev)
    assert ev.total.strict == 1
    assert [m.kind for m in ev.mistakes if m.kind == "spurious"] == ["spurious"]


def test_the_table_lists_measures_types_and_with_errors_each_mistake(tmp_path):
    write(tmp_path, "doc.tml", TIMEML.replace(">yesterday<", ">yesterday morning<"))
    ev = evaluate_folder(tmp_path)
    table = format_evaluation(ev, errors=False)
    assert "strict" in table and "relaxed" in table and "DURATION" in table
    detailed = format_evaluation(ev, errors=True)
    expected = "doc\tvalue\tgold='yesterday morning' DATE 1989-10-26"
    assert f"{expected}\tours='yesterday morning' TIME 1989-10-26TMO" in detailed
    assert error_kinds(ev)[0][1] == 1


def test_timexes_as_json_have_offsets_text_type_and_value():
    found = tag("Sales rose in 2023.", date(2024, 1, 1))
    assert json.loads(json.dumps(timex_json(found))) == [
        {"start": 14, "end": 18, "text": "2023", "type": "DATE", "value": "2023"}
    ]


def test_a_folder_without_timeml_files_is_refused(tmp_path):
    write(tmp_path, "notes.txt", "nothing here")
    with pytest.raises(InputError, match="no .tml files"):
        evaluate_folder(tmp_path)


@pytest.mark.parametrize(
    ("content", "reason"),
    [
        ("<TimeML><TEXT>unclosed", "not TimeML"),
        ("<TimeML><TEXT>no creation time</TEXT></TimeML>", "CREATION_TIME"),
        (TIMEML.replace("<TEXT>", "<BODY>").replace("</TEXT>", "</BODY>"), "no TEXT"),
    ],
)
def test_a_file_that_is_not_timeml_is_named_with_the_problem(tmp_path, content, reason):
    path = write(tmp_path, "bad.tml", content)
    with pytest.raises(InputError, match=reason) as raised:
        evaluate_folder(tmp_path)
    assert raised.value.where == str(path)


def test_scores_agree_with_the_reference_scorer_on_the_dev_corpus(shared_dir, tmp_path):
    import subprocess
    import sys

    corpus = shared_dir / "corpora" / "tempeval3" / "aquaint"
    ours = evaluate_folder(corpus).as_dict()
    system = tmp_path / "system"
    system.mkdir()
    for path in sorted(corpus.glob("*.tml")):
        doc = parse_timeml(path.read_bytes(), path.stem)
        (system / f"{doc.name}.json").write_text(json.dumps(timex_json(tag(doc.text, doc.dct))))
    scorer = shared_dir / "tools" / "timex_eval.py"
    out = subprocess.run(
        [sys.executable, str(scorer), "score", str(corpus), str(system), "--json"],
        check=True,
        capture_output=True,
        text=True,
    ).stdout
    reference = json.loads(out)
    assert reference["counts"] == ours["counts"]
    for measure in ("strict", "relaxed"):
        assert reference[measure]["f1"] == pytest.approx(ours[measure]["f1"])
    for measure in ("value", "type"):
        assert reference[measure]["f1"] == pytest.approx(ours[measure]["f1"])
