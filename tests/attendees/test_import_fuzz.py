"""Arbitrary bytes never crash the reader: only coded FileErrors or clean records come out."""

from __future__ import annotations

import csv
import io

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from wufops.attendees.io.errors import FILE_CODES, FileError
from wufops.attendees.io.mapping import locate_header
from wufops.attendees.io.reading import read_csv_bytes
from wufops.attendees.io.validation import validate

HEADER = "Registration code;Given name;Family name;Country;Category;Email;Captions\r\n"

_cells = st.text(alphabet=st.characters(blacklist_categories=("Cs",)), max_size=12)


def _read_all(data: bytes) -> None:
    try:
        table = read_csv_bytes(data, "fuzz.csv")
        header_map, records = locate_header(table)
        validated = validate(header_map, records)
    except FileError as error:
        assert error.code in FILE_CODES
        return
    lines = [r.line for r in table.records]
    assert lines == sorted(set(lines)) and all(line >= 1 for line in lines)
    assert validated.rows == len(records)
    for problem in validated.errors:
        assert problem.line >= 1 and problem.code


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.binary(max_size=400))
def test_arbitrary_bytes_give_records_or_a_coded_error(data: bytes) -> None:
    _read_all(data)


@settings(max_examples=200, deadline=None)
@given(st.binary(max_size=300))
def test_arbitrary_bytes_after_a_valid_header_give_records_or_a_coded_error(data: bytes) -> None:
    _read_all(HEADER.encode() + data)


@settings(max_examples=150, deadline=None)
@given(
    st.lists(st.lists(_cells, min_size=1, max_size=7), min_size=1, max_size=8),
    st.sampled_from([",", ";", "\t"]),
    st.sampled_from(["\r\n", "\n"]),
)
def test_record_lines_are_the_physical_lines_where_records_start(
    rows: list[list[str]], delimiter: str, newline: str
) -> None:
    header = ["Registration code", "Given name", "Family name", "Country", "Category"]
    buffer = io.StringIO(newline="")
    writer = csv.writer(buffer, delimiter=delimiter, lineterminator=newline, quoting=csv.QUOTE_ALL)
    writer.writerow(header)
    starts = []
    for row in rows:
        starts.append(
            buffer.getvalue().count("\n")
            + buffer.getvalue().count("\r")
            - buffer.getvalue().count("\r\n")
            + 1
        )
        writer.writerow(row)
    try:
        table = read_csv_bytes(buffer.getvalue().encode("utf-8"), "gen.csv")
    except FileError as error:
        assert error.code in FILE_CODES
        return
    expected = [
        start for start, row in zip(starts, rows, strict=True) if any(cell.strip() for cell in row)
    ]
    assert table.delimiter == delimiter
    assert [record.line for record in table.records[1:]] == expected


_csvish = st.text(
    alphabet=st.one_of(
        st.sampled_from(list(",;\t|\"'\r\n =+-@xé\ufeff\x00\u200c\u0301")),
        st.characters(blacklist_categories=("Cs",)),
    ),
    max_size=300,
)


@settings(max_examples=300, deadline=None)
@given(_csvish)
def test_arbitrary_utf8_text_gives_records_or_a_coded_error(text: str) -> None:
    _read_all(text.encode("utf-8"))
    _read_all((HEADER + text).encode("utf-8"))
