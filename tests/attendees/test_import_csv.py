"""Importing CSV registration exports: messy real-world files, coded errors, all-or-nothing."""

from __future__ import annotations

import sqlite3
import unicodedata
from pathlib import Path

import pytest

from wufops.attendees.io.errors import FileError
from wufops.attendees.io.importing import import_attendees
from wufops.attendees.io.messages import file_error_message
from wufops.clock import FakeClock
from wufops.store.apply import canonical_dump
from wufops.store.replica import Replica

MESSY = (
    "\ufeffRegistration code;First name;Last name;Country;Ticket type;E-mail;Company;"
    "Wheelchair access;Order date\r\n"
    'WUF-0001;Aysel ;Məmmədova;AZE;Delegate;aysel@example.org;"UN-Habitat\r\nBaku office";'
    "yes;2026-03-01\r\n"
    "WUF-0002;محمد;العلي;Egypt;Press;;;;2026-03-02\r\n"
    "\r\n"
    "WUF-0003;明;王;CHN;Speaker;wang@example.cn;;no;2026-03-03\r\n"
    "WUF-0004;Jose\u0301 ;Garci\u0301a  ;Mexico;VIP;;;;\r\n"
    'WUF-0005;Zoë;Ørsted;  Denmark ;Head of delegation;;"Ministry ""Blue""";x;\r\n'
    "WUF-0006;Nguyễn;Văn An;Viet Nam;participant;;;;\r\n"
)


def _rows(replica: Replica) -> dict[str, sqlite3.Row]:
    return {
        row["reg_code"]: row
        for row in replica.conn.execute("SELECT * FROM attendee ORDER BY reg_code")
    }


def _write(tmp_path: Path, name: str, text: str, encoding: str = "utf-8") -> Path:
    path = tmp_path / name
    path.write_bytes(text.encode(encoding))
    return path


def test_a_messy_real_world_export_imports_clean(tmp_path: Path, event_replica: Replica) -> None:
    path = _write(tmp_path, "export.csv", MESSY)
    report = import_attendees(event_replica, path)

    assert (report.created, report.updated, report.unchanged, report.invalid) == (6, 0, 0, 0)
    assert report.written and report.errors == ()
    assert (report.format, report.encoding, report.delimiter) == ("csv", "utf-8-sig", ";")
    assert report.ignored_columns == ("Order date",)
    rows = _rows(event_replica)
    aysel = rows["WUF-0001"]
    assert (aysel["given_name"], aysel["family_name"]) == ("Aysel", "Məmmədova")
    assert (aysel["country"], aysel["category"]) == ("AZ", "participant")
    assert aysel["organization"] == "UN-Habitat Baku office"  # quoted newline kept as a space
    assert aysel["step_free"] == 1 and aysel["email"] == "aysel@example.org"
    assert (rows["WUF-0002"]["given_name"], rows["WUF-0002"]["family_name"]) == ("محمد", "العلي")
    assert (rows["WUF-0002"]["country"], rows["WUF-0002"]["category"]) == ("EG", "media")
    assert (rows["WUF-0003"]["family_name"], rows["WUF-0003"]["country"]) == ("王", "CN")
    assert rows["WUF-0003"]["category"] == "speaker"
    jose = rows["WUF-0004"]
    assert (jose["given_name"], jose["family_name"]) == ("José", "García")
    assert jose["given_name"] == unicodedata.normalize("NFC", jose["given_name"])
    assert len(jose["given_name"]) == 4  # composed é, not e + combining accent
    assert (jose["country"], jose["category"]) == ("MX", "vip")
    zoe = rows["WUF-0005"]
    assert (zoe["country"], zoe["category"], zoe["step_free"]) == ("DK", "vip", 1)
    assert zoe["organization"] == 'Ministry "Blue"'
    assert rows["WUF-0006"]["country"] == "VN"
    # every attendee went through the op log: one insert op each
    kinds = [entry.op.kind for entry in event_replica.outbox() if entry.op.entity == "attendee"]
    assert kinds == ["insert"] * 6


BAD = (
    "Registration code,Given name,Family name,Country,Category,Email,Captions\n"
    "R1,Ana,Silva,BR,participant,ana@example.org,no\n"  # 2 ok
    "R2,,,BR,participant,,no\n"  # 3 no name
    ",Bo,Li,CN,participant,,\n"  # 4 no reg code
    "R1,Ana,Silva,BR,participant,,\n"  # 5 duplicate of line 2
    '"R5","Multi\nline",X,Narnia,participant,,\n'  # 6-7 unknown country (starts on 6)
    "R6,Eve,Doe,FR,tourist,,\n"  # 8 unknown category
    "R7,Eve,Doe,FR,media,not-an-email,\n"  # 9 bad email
    "R8,Eve,Doe,FR,media,,maybe\n"  # 10 bad flag
    "R9,Jo,Ng,SG,speaker,,yes\n"  # 11 ok
)
BAD_EXPECTED = {
    (3, "missing_name", "Given name"),
    (4, "missing_reg_code", "Registration code"),
    (5, "duplicate_reg_code", "Registration code"),
    (6, "unknown_country", "Country"),
    (8, "unknown_category", "Category"),
    (9, "bad_email", "Email"),
    (10, "bad_flag", "Captions"),
}


def _seed_one(replica: Replica) -> None:
    event_id = replica.conn.execute("SELECT id FROM event").fetchone()[0]
    replica.insert(
        "attendee",
        {
            "event_id": event_id,
            "reg_code": "OLD-1",
            "given_name": "Leyla",
            "family_name": "Aliyeva",
            "country": "AZ",
            "category": "staff",
        },
    )


def test_bad_rows_are_listed_by_line_and_code_and_nothing_is_imported(
    tmp_path: Path, event_replica: Replica
) -> None:
    _seed_one(event_replica)
    before = canonical_dump(event_replica.conn)
    outbox_before = event_replica.pending_count()
    hlc_before = event_replica.meta("hlc")

    report = import_attendees(event_replica, _write(tmp_path, "bad.csv", BAD))

    assert {(e.line, e.code, e.column) for e in report.errors} == BAD_EXPECTED
    assert not report.written and report.status == "invalid"
    assert report.invalid == 7 and report.created == 2  # what --skip-invalid would create
    assert canonical_dump(event_replica.conn) == before
    assert event_replica.pending_count() == outbox_before
    assert event_replica.meta("hlc") == hlc_before
    values = {e.code: e.value for e in report.errors}
    assert values["unknown_country"] == "Narnia"
    assert values["bad_flag"] == "maybe"
    duplicate = next(e for e in report.errors if e.code == "duplicate_reg_code")
    assert duplicate.params == {"first_line": 2}


def test_skip_invalid_imports_the_valid_rows_and_reports_the_rest(
    tmp_path: Path, event_replica: Replica
) -> None:
    report = import_attendees(event_replica, _write(tmp_path, "bad.csv", BAD), skip_invalid=True)

    assert report.written and report.status == "imported"
    assert (report.created, report.invalid) == (2, 7)
    assert {(e.line, e.code, e.column) for e in report.errors} == BAD_EXPECTED
    rows = _rows(event_replica)
    assert sorted(rows) == ["R1", "R9"]
    assert rows["R1"]["email"] == "ana@example.org"  # the first R1, not the duplicate
    assert rows["R9"]["captions"] == 1


def test_dry_run_plans_without_writing(tmp_path: Path, event_replica: Replica) -> None:
    before = canonical_dump(event_replica.conn)
    report = import_attendees(event_replica, _write(tmp_path, "m.csv", MESSY), dry_run=True)
    assert report.status == "dry_run" and report.created == 6 and not report.written
    assert canonical_dump(event_replica.conn) == before


FIRST = (
    "Registration code,Given name,Family name,Country,Category,Email,Organization\n"
    "A1,Aysel,Məmmədova,AZ,participant,aysel@example.org,UN-Habitat\n"
    "A2,Wei,Zhang,CN,speaker,wei@example.cn,Tsinghua\n"
    "A3,Amina,Diallo,SN,media,,RTS\n"
)
SECOND = (  # A1 moves organisation, A2 unchanged, A3 becomes a speaker, A4 is new
    "Registration code,Given name,Family name,Country,Category,Email,Organization\n"
    "A1,Aysel,Məmmədova,AZ,participant,aysel@example.org,UN-Habitat Baku\n"
    "A2,Wei,Zhang,CN,speaker,wei@example.cn,Tsinghua\n"
    "A3,Amina,Diallo,SN,Speaker,,RTS\n"
    "A4,Kofi,Mensah,GH,Delegate,,\n"
)


def test_reimport_updates_by_registration_code_with_ops_only_for_changed_fields(
    tmp_path: Path, event_replica: Replica
) -> None:
    import_attendees(event_replica, _write(tmp_path, "first.csv", FIRST))
    ids_before = {code: row["id"] for code, row in _rows(event_replica).items()}
    seq_before = max(e.client_seq for e in event_replica.outbox())

    report = import_attendees(event_replica, _write(tmp_path, "second.csv", SECOND))

    assert (report.created, report.updated, report.unchanged) == (1, 2, 1)
    rows = _rows(event_replica)
    assert len(rows) == 4
    assert {code: rows[code]["id"] for code in ids_before} == ids_before  # same rows, updated
    new_ops = [e.op for e in event_replica.outbox() if e.client_seq > seq_before]
    updates = {op.row_id: op.body for op in new_ops if op.kind == "update"}
    assert updates == {
        ids_before["A1"]: {"organization": "UN-Habitat Baku"},
        ids_before["A3"]: {"category": "speaker"},
    }
    assert [op.kind for op in new_ops].count("insert") == 1

    again = import_attendees(event_replica, _write(tmp_path, "second.csv", SECOND))
    assert (again.created, again.updated, again.unchanged) == (0, 0, 4)
    assert len(event_replica.outbox()) == len(new_ops) + seq_before  # no op for unchanged rows


def test_a_column_missing_from_the_new_file_is_left_alone(
    tmp_path: Path, event_replica: Replica
) -> None:
    import_attendees(event_replica, _write(tmp_path, "first.csv", FIRST))
    narrow = "Registration code,Given name,Family name,Country,Category\nA1,Aysel,X,AZ,vip\n"
    report = import_attendees(event_replica, _write(tmp_path, "narrow.csv", narrow))
    assert report.updated == 1
    row = _rows(event_replica)["A1"]
    assert (row["family_name"], row["category"]) == ("X", "vip")
    assert (row["email"], row["organization"]) == ("aysel@example.org", "UN-Habitat")


def test_a_latin1_file_is_refused_with_bad_encoding_and_how_to_fix_it(
    tmp_path: Path, event_replica: Replica
) -> None:
    text = "Registration code,Given name,Family name,Country,Category\nR1,José,Núñez,ES,vip\n"
    path = _write(tmp_path, "latin1.csv", text, encoding="latin-1")
    with pytest.raises(FileError) as raised:
        import_attendees(event_replica, path)
    error = raised.value
    assert error.code == "bad_encoding"
    assert error.params["line"] == 2 and error.params["byte"] == "0xE9"
    message = file_error_message(error)
    assert "not UTF-8" in message and "CSV UTF-8" in message and "iconv" in message
    assert "José" in message  # the line shown as the person would see it
    assert event_replica.conn.execute("SELECT count(*) FROM attendee").fetchone()[0] == 0


@pytest.mark.parametrize(
    ("content", "code"),
    [
        (b"", "empty_file"),
        (b"\xef\xbb\xbf\r\n \r\n", "empty_file"),
        (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 100, "unsupported_format"),
        (b'Registration code,Given name,Country,Category\nR1,"Ann,FR,vip\n', "malformed_csv"),
        (b"Registration code,Given name,Country\nR1,Ann,FR\n", "missing_column"),
        (b"a,b\x00c\n", "bad_encoding"),
    ],
)
def test_file_level_problems_have_codes(
    tmp_path: Path, event_replica: Replica, content: bytes, code: str
) -> None:
    path = tmp_path / "file.csv"
    path.write_bytes(content)
    with pytest.raises(FileError) as raised:
        import_attendees(event_replica, path)
    assert raised.value.code == code
    assert file_error_message(raised.value)


def test_missing_column_lists_headers_found_and_expected(
    tmp_path: Path, event_replica: Replica
) -> None:
    path = _write(tmp_path, "x.csv", "Ticket code;Prénom;Nom;Pays\nT1;Ana;Lima;BR\n")
    with pytest.raises(FileError) as raised:
        import_attendees(event_replica, path)
    params = raised.value.params
    assert params["missing"] == ("Category",)
    assert params["found"] == ("Ticket code", "Prénom", "Nom", "Pays")
    assert "Registration code / Order code" in params["expected"]
    assert "Prénom" in file_error_message(raised.value)


def test_malformed_csv_points_at_the_line_where_the_broken_record_starts(
    tmp_path: Path, event_replica: Replica
) -> None:
    text = (
        "Registration code,Given name,Family name,Country,Category\n"
        'R1,Ann,Lee,FR,vip\nR2,"Bo,Li,CN,vip\nR3,Cy,Ma,CN,vip\n'
    )
    with pytest.raises(FileError) as raised:
        import_attendees(event_replica, _write(tmp_path, "q.csv", text))
    assert (raised.value.code, raised.value.params["line"]) == ("malformed_csv", 3)


def test_no_event_and_several_events_are_file_errors(tmp_path: Path) -> None:
    replica = Replica.open(tmp_path / "empty.db", FakeClock())
    path = _write(tmp_path, "m.csv", MESSY)
    try:
        with pytest.raises(FileError) as raised:
            import_attendees(replica, path)
        assert raised.value.code == "no_event"
        assert "wufops event create" in file_error_message(raised.value)
        for name in ("A", "B"):
            replica.insert(
                "event",
                {
                    "name": name,
                    "timezone": "UTC",
                    "first_day": "2026-01-01",
                    "last_day": "2026-01-02",
                },
            )
        with pytest.raises(FileError) as raised:
            import_attendees(replica, path)
        assert raised.value.code == "event_required"
        event_id = replica.conn.execute("SELECT id FROM event WHERE name = 'B'").fetchone()[0]
        report = import_attendees(replica, path, event_id=event_id)
        assert report.created == 6
        with pytest.raises(FileError) as raised:
            import_attendees(replica, path, event_id="nope")
        assert raised.value.code == "unknown_event"
    finally:
        replica.close()


def test_title_lines_above_a_semicolon_table_are_skipped(
    tmp_path: Path, event_replica: Replica
) -> None:
    text = (
        "WUF13 attendee report\r\nGenerated 2026-03-01\r\n\r\n"
        "Confirmation Number;First Name;Last Name;Company Name;Country;Registration Type\r\n"
        "9001;Ana;Lima;UN-Habitat, Nairobi;Brazil;Delegate\r\n"
        "9002;Bo;Li;Tsinghua, Beijing;China;Press\r\n"
    )
    report = import_attendees(event_replica, _write(tmp_path, "cvent.csv", text))
    assert (report.delimiter, report.header_line, report.created) == (";", 4, 2)
    rows = _rows(event_replica)
    assert rows["9001"]["organization"] == "UN-Habitat, Nairobi"
    assert rows["9002"]["category"] == "media"


def test_excel_unicode_text_utf16_tab_separated_imports(
    tmp_path: Path, event_replica: Replica
) -> None:
    text = (
        "Registration code\tGiven name\tFamily name\tCountry\tCategory\r\n"
        "U1\tЛина\tКостенко\tUkraine\tPress\r\n"
    )
    path = tmp_path / "unicode.txt"
    path.write_bytes(text.encode("utf-16"))  # with BOM, as Excel writes it
    report = import_attendees(event_replica, path)
    assert (report.encoding, report.delimiter, report.created) == ("utf-16", "\t", 1)
    row = _rows(event_replica)["U1"]
    assert (row["given_name"], row["country"], row["category"]) == ("Лина", "UA", "media")


def test_a_code_of_another_event_is_a_row_error(tmp_path: Path) -> None:
    replica = Replica.open(tmp_path / "two.db", FakeClock())
    try:
        events = [
            replica.insert(
                "event",
                {"name": n, "timezone": "UTC", "first_day": "2026-01-01", "last_day": "2026-01-02"},
            )
            for n in ("WUF12", "WUF13")
        ]
        path = _write(tmp_path, "f.csv", FIRST)
        assert import_attendees(replica, path, event_id=events[0]).created == 3
        report = import_attendees(replica, path, event_id=events[1])
        assert {(e.line, e.code) for e in report.errors} == {
            (2, "reg_code_in_other_event"),
            (3, "reg_code_in_other_event"),
            (4, "reg_code_in_other_event"),
        }
        assert not report.written and report.invalid == 3
    finally:
        replica.close()


def test_insert_ops_leave_schema_defaults_out_and_rows_still_hold_them(
    tmp_path: Path, event_replica: Replica
) -> None:
    text = (
        "Registration code,Given name,Family name,Country,Category,Email,Captions,Step-free\n"
        "D1,Ana,,BR,vip,,no,yes\n"
    )
    import_attendees(event_replica, _write(tmp_path, "d.csv", text))
    op = next(e.op for e in event_replica.outbox() if e.op.entity == "attendee")
    assert set(op.body) == {
        "event_id",
        "reg_code",
        "given_name",
        "country",
        "category",
        "step_free",
    }
    row = _rows(event_replica)["D1"]
    defaults = {
        r["name"]: r["dflt_value"]
        for r in event_replica.conn.execute("PRAGMA table_info(attendee)")
        if r["dflt_value"] is not None
    }
    for name in ("family_name", "email", "captions", "organization", "photo_ref"):
        assert str(row[name]) == defaults[name].strip("'")


def test_a_write_refused_half_way_rolls_back_every_row(
    tmp_path: Path, event_replica: Replica
) -> None:
    # the database refuses the last row (as a constraint added later by another schema would)
    event_replica.conn.execute(
        "CREATE TRIGGER refuse_a3 BEFORE INSERT ON attendee WHEN NEW.reg_code = 'A3' "
        "BEGIN SELECT RAISE(ABORT, 'refused by test trigger'); END"
    )
    before = canonical_dump(event_replica.conn)
    pending, hlc = event_replica.pending_count(), event_replica.meta("hlc")
    with pytest.raises(FileError) as raised:
        import_attendees(event_replica, _write(tmp_path, "first.csv", FIRST))
    assert raised.value.code == "write_failed"
    assert "refused by test trigger" in file_error_message(raised.value)
    assert canonical_dump(event_replica.conn) == before
    assert (event_replica.pending_count(), event_replica.meta("hlc")) == (pending, hlc)
    event_replica.conn.execute("DROP TRIGGER refuse_a3")
    assert import_attendees(event_replica, _write(tmp_path, "first.csv", FIRST)).created == 3


class _Cancelled(Exception):
    pass


def test_cancelling_from_the_progress_callback_writes_nothing(
    tmp_path: Path, event_replica: Replica
) -> None:
    rows = "".join(f"K{i},Name,Family,AZ,participant\n" for i in range(4500))
    path = _write(
        tmp_path, "k.csv", "Registration code,Given name,Family name,Country,Category\n" + rows
    )
    seen: list[tuple[str, int, int]] = []

    def cancel_while_writing(phase: str, done: int, total: int) -> None:
        seen.append((phase, done, total))
        if phase == "writing":
            raise _Cancelled

    before = canonical_dump(event_replica.conn)
    with pytest.raises(_Cancelled):
        import_attendees(event_replica, path, progress=cancel_while_writing)
    assert ("writing", 2000, 4500) in seen and ("validating", 4000, 4500) in seen
    assert canonical_dump(event_replica.conn) == before
    assert import_attendees(event_replica, path).created == 4500
