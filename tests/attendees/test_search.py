"""Search as a desk agent types: any script, no accents, any word order, best match first."""

from __future__ import annotations

import string

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from wufops.attendees.postings import short
from wufops.attendees.search import AttendeeIndex, SearchFilters, fold, query_words
from wufops.models.attendee import Attendee


def person(
    n: int,
    given: str,
    family: str,
    *,
    latin_given: str = "",
    latin_family: str = "",
    organization: str = "",
    country: str = "KE",
    category: str = "participant",
    **extra: object,
) -> Attendee:
    return Attendee(
        id=f"a{n:04d}",
        event_id="e1",
        reg_code=f"WUF-{n:05d}",
        given_name=given,
        family_name=family,
        latin_given=latin_given,
        latin_family=latin_family,
        organization=organization,
        country=country,
        category=category,
        **extra,  # type: ignore[arg-type]
    )


PEOPLE = [
    person(1, "Aysel", "Məmmədova", organization="Baku City Executive Power", country="AZ"),
    person(2, "Jürgen", "Müller", organization="Deutscher Städtetag", country="DE", captions=True),
    person(
        3,
        "مُحَمَّد",
        "الأنصاري",
        latin_given="Mohamed",
        latin_family="El-Ansary",
        country="EG",
        category="vip",
    ),
    person(4, "小明", "王", latin_given="Xiaoming", latin_family="Wang", organization="清华大学"),
    person(5, "Анна", "Фёдорова", latin_given="Anna", latin_family="Fyodorova", country="RU"),
    person(6, "Ελένη", "Παπαδοπούλου", latin_given="Eleni", latin_family="Papadopoulou"),
    person(7, "Łukasz", "Wiśniewski", country="PL", category="staff"),
    person(8, "Søren", "Ødegård", country="DK", step_free=True),
    person(9, "Seán", "O'Brien", country="IE", sign_language="ISL"),
    person(10, "Ammar", "Hassan", country="JO"),
    person(11, "Hanna", "Amarova", country="UZ"),
    person(12, "प्रिया", "शर्मा", latin_given="Priya", latin_family="Sharma", country="IN"),
    person(13, "さくら", "田中", latin_given="Sakura", latin_family="Tanaka", country="JP"),
    person(14, "지민", "김", latin_given="Jimin", latin_family="Kim", country="KR"),
]


@pytest.fixture(scope="module")
def index() -> AttendeeIndex:
    return AttendeeIndex.build(PEOPLE, checked_in={"a0002", "a0003"})


def names(index: AttendeeIndex, query: str, filters: SearchFilters | None = None) -> list[str]:
    found = index.search(query, filters or SearchFilters())
    return [index.get(i).family_name for i in found]


@pytest.mark.parametrize(
    ("text", "folded"),
    [
        ("Məmmədova", "memmedova"),
        ("Müller", "muller"),
        ("Łukasz Wiśniewski", "lukasz wisniewski"),
        ("Søren Ødegård", "soren odegard"),
        ("Straße", "strasse"),
        ("Æsa Œuvre Þór", "aesa oeuvre thor"),
        ("Đorđe", "dorde"),
        ("İstanbul Işık", "istanbul isik"),
        ("Фёдорова", "федорова"),
        ("Ελένη", "ελενη"),
        ("مُحَمَّد", "محمد"),
        ("أحمد إبراهيم آمنة", "احمد ابراهيم امنة".replace("ة", "ه")),
        ("مصطفى", "مصطفي"),
        ("فاطمة", "فاطمه"),
        ("عـــلي", "علي"),
        ("ｶﾀｶﾅ", "カタカナ"),
    ],
)
def test_fold(text: str, folded: str) -> None:
    assert fold(text) == folded


def test_fold_keeps_letters_that_are_not_accents() -> None:
    assert fold("が") != fold("か")  # voiced kana is another syllable
    assert fold("क्ष") != fold("कष")  # the virama joins consonants
    assert fold("김") == "김"  # Hangul stays composed


def test_mammadova_finds_memmedova(index: AttendeeIndex) -> None:
    assert names(index, "mammadova") == ["Məmmədova"]
    assert names(index, "Məmməd") == ["Məmmədova"]


def test_muller_finds_mueller(index: AttendeeIndex) -> None:
    assert names(index, "muller") == ["Müller"]
    assert names(index, "MÜLL") == ["Müller"]


def test_arabic_with_or_without_tashkeel(index: AttendeeIndex) -> None:
    assert names(index, "محمد") == ["الأنصاري"]
    assert names(index, "مُحَمَّد") == ["الأنصاري"]
    assert names(index, "الانصاري") == ["الأنصاري"]  # hamza-less alef typed
    assert names(index, "el-ansary") == ["الأنصاري"]  # and by its Latin form


def test_chinese_japanese_korean_substrings_in_their_script(index: AttendeeIndex) -> None:
    assert names(index, "小明") == ["王"]
    assert names(index, "明") == ["王"]
    assert names(index, "王小明") == ["王"]  # typed as written: family name first
    assert names(index, "王小") == ["王"]
    assert names(index, "김지") == ["김"]
    assert names(index, "华大") == ["王"]  # inside the organization 清华大学
    assert names(index, "田中") == ["田中"]
    assert names(index, "김") == ["김"]
    assert names(index, "शर्मा") == ["शर्मा"]


def test_every_word_must_match_in_any_order(index: AttendeeIndex) -> None:
    assert names(index, "muller jurgen") == ["Müller"]
    assert names(index, "jurgen muller") == ["Müller"]
    assert names(index, "jurgen hassan") == []


def test_name_prefix_ranks_above_substring(index: AttendeeIndex) -> None:
    # "amm" starts Ammar but is only inside Məmmədova ("memmedova", "mammadova")
    found = names(index, "amm")
    assert found[0] == "Hassan"
    assert "Məmmədova" in found[1:]


def test_one_or_two_letters_match_the_start_of_words(index: AttendeeIndex) -> None:
    # two letters are the start of a name as a person types it, not any pair inside one
    assert set(names(index, "am")) == {"Hassan", "Amarova"}
    # scripts written without spaces between words are matched anywhere from one character
    assert names(index, "华大") == ["王"]


def test_country_name_code_organization_and_reg_code(index: AttendeeIndex) -> None:
    assert names(index, "azerbaijan") == ["Məmmədova"]
    assert names(index, "Städtetag") == ["Müller"]
    assert names(index, "wuf-00007") == ["Wiśniewski"]
    assert names(index, "WUF00007") == ["Wiśniewski"]
    assert names(index, "obrien") == ["O'Brien"]
    assert names(index, "o'brien") == ["O'Brien"]


def test_filters(index: AttendeeIndex) -> None:
    assert names(index, "", SearchFilters(category="vip")) == ["الأنصاري"]
    assert names(index, "", SearchFilters(country="PL")) == ["Wiśniewski"]
    assert names(index, "", SearchFilters(need="step_free")) == ["Ødegård"]
    assert set(names(index, "", SearchFilters(need="any"))) == {"Müller", "Ødegård", "O'Brien"}
    assert set(names(index, "", SearchFilters(checked_in=True))) == {"Müller", "الأنصاري"}
    assert len(names(index, "", SearchFilters(checked_in=False))) == len(PEOPLE) - 2
    assert names(index, "muller", SearchFilters(checked_in=False)) == []
    with pytest.raises(ValueError, match="unknown accessibility need"):
        SearchFilters(need="jetpack")


def test_typing_narrows_and_backspace_widens() -> None:
    index = AttendeeIndex.build(PEOPLE)
    assert len(index.search("a")) > len(index.search("am"))
    assert names(index, "amm") != names(index, "am")
    # from the third letter a word is found inside names too, below the names it starts
    assert names(index, "amm")[0] in names(index, "am")
    assert names(index, "a") == names(AttendeeIndex.build(PEOPLE), "a")  # memo is invisible


def test_updates_are_incremental() -> None:
    index = AttendeeIndex.build(PEOPLE)
    assert index.search("mammadova")
    index.search("mam")  # warm the typing cache; the update must invalidate it
    corrected = person(1, "Aysel", "Məmmədli", organization="Baku City Executive Power")
    index.upsert(corrected)
    assert names(index, "mam") == ["Məmmədli"]
    assert names(index, "mammadova") == []
    assert names(index, "mammadli") == ["Məmmədli"]
    assert len(index) == len(PEOPLE)
    assert index.search("") == sorted(index.search(""), key=lambda i: names_order(index, i))
    index.set_checked_in("a0001", True)
    assert names(index, "", SearchFilters(checked_in=True)) == ["Məmmədli"]
    index.remove("a0001")
    assert names(index, "mammadli") == [] and len(index) == len(PEOPLE) - 1


def names_order(index: AttendeeIndex, attendee_id: str) -> tuple[str, str, str]:
    a = index.get(attendee_id)
    given = "".join(query_words(a.latin_given or a.given_name))
    family = "".join(query_words(a.latin_family or a.family_name)) or given
    return (family, given, a.reg_code)


# -- properties ------------------------------------------------------------------------------

any_text = st.text(
    alphabet=st.characters(blacklist_categories=("Cs",), max_codepoint=0x2FFFF), max_size=30
)
name_alphabet = st.sampled_from(
    list(string.ascii_letters)
    + list("əƏıİøØłŁđĐßæÆœŒþÞüÜéèñçšžčřőáíóúãõâ")
    + list("абвгдеёжзийклмнопрстуфхцчшщыэюяАБВГДЁ")
    + list("αβγδεζηθικλμνξοπρστυφχψωάέήίόύώ")
    + list("ابتثجحخدذرزسشصضطظعغفقكلمنهوييىةأإآًٌٍَُِّْـ")
    + list("王李张刘陈杨黄赵吴周明华小田中さくらカタ김이박지민")
    + list("कखगघचछजटडतदनपबमयरलवशसह्ािीुूेों")
)
name_word = st.text(alphabet=name_alphabet, min_size=1, max_size=12)


@given(any_text)
@settings(max_examples=300, deadline=None)
def test_fold_is_idempotent(text: str) -> None:
    assert fold(fold(text)) == fold(text)


@given(st.lists(name_word, min_size=1, max_size=3), st.data())
@settings(max_examples=200, deadline=None)
def test_a_name_finds_itself_by_any_substring_of_its_words(
    words: list[str], data: st.DataObject
) -> None:
    """Any start of a word; any part of 3+ letters (any part at all in scripts written
    without spaces, such as Chinese)."""
    family = " ".join(words)
    target = person(9999, "Ann", family)
    index = AttendeeIndex.build([*PEOPLE, target])
    word = data.draw(st.sampled_from(words))
    folded = query_words(word)
    if not folded:  # a word of only marks or separators folds to nothing: nothing to type
        return
    typed = folded[0]
    start = data.draw(st.integers(0, len(typed) - 1))
    end = data.draw(st.integers(start + 1, len(typed)))
    part = typed[start:end]
    if short(part):
        part = typed[:end]
    assert target.id in index.search(part)
    assert target.id in index.search(word)  # typed exactly as registered, accents and all


@given(
    st.lists(
        st.tuples(st.integers(0, len(PEOPLE) - 1), name_word, st.booleans()),
        min_size=1,
        max_size=12,
    ),
    st.sampled_from(
        [
            "",
            "a",
            "am",
            "mam",
            "o",
            "ال",
            "小",
            "wuf-0000",
            "ma ov",
            "memmedova",
            "muhammad",
            "wisniewsky",
            "alexander",
            "wuf-00003",
            "fedorova anna",
        ]
    ),
)
@settings(max_examples=100, deadline=None)
def test_incremental_updates_equal_a_fresh_build(
    edits: list[tuple[int, str, bool]], query: str
) -> None:
    """Corrections and check-ins applied one by one leave the index as a rebuild would."""
    index = AttendeeIndex.build(PEOPLE)
    current = {a.id: a for a in PEOPLE}
    checked: set[str] = set()
    for position, new_family, check in edits:
        old = PEOPLE[position]
        index.search(query)  # a warm typing cache must not survive an edit
        changed = Attendee(**{**old.__dict__, "family_name": new_family})
        index.upsert(changed)
        current[old.id] = changed
        index.search(query, SearchFilters(checked_in=True))  # nor a check-in
        index.set_checked_in(old.id, check)
        if check:
            checked.add(old.id)
        else:
            checked.discard(old.id)
    fresh = AttendeeIndex.build(current.values(), checked)
    for filters in (SearchFilters(checked_in=True), SearchFilters()):
        assert index.search(query, filters) == fresh.search(query, filters)
        assert index.search(query + "a", filters) == fresh.search(query + "a", filters)


def test_bulk_reload_and_checked_in_replacement_keep_the_same_object() -> None:
    index = AttendeeIndex.build(PEOPLE[:3])
    holder = index  # another workspace holding the same index
    index.search("m")
    index.reload(PEOPLE, checked_in={"a0010"})
    assert len(holder) == len(PEOPLE)
    assert names(holder, "hassan", SearchFilters(checked_in=True)) == ["Hassan"]
    holder.replace_checked_in({"a0011", "unknown-id"})
    assert holder.checked_in_count == 1
    assert names(holder, "", SearchFilters(checked_in=True)) == ["Amarova"]


@pytest.mark.parametrize("started", [True, False], ids=["started", "never_started"])
def test_a_background_build_answers_as_a_plain_build(started: bool) -> None:
    """The desk reads its attendees, shows its window and only then makes the name postings
    on a thread: changes made meanwhile count, and the first search, code lookup or filter
    gives what a plain build gives (waiting for the thread, or making them if never started)."""
    index = AttendeeIndex.build(PEOPLE, checked_in={"a0002"}, background=True)
    assert len(index) == len(PEOPLE) and index.get("a0005").family_name == "Фёдорова"
    if started:
        index.start_postings()
        index.start_postings()  # a second start is no second thread
    renamed = Attendee(**{**PEOPLE[9].__dict__, "family_name": "Hasanov"})
    index.upsert(renamed)  # while the thread may still be working
    index.set_checked_in("a0011", True)
    index.remove("a0008")
    people = [renamed if a.id == renamed.id else a for a in PEOPLE if a.id != "a0008"]
    plain = AttendeeIndex.build(people, checked_in={"a0002", "a0011"})
    assert index.find_code("wuf 00003") == plain.find_code("wuf 00003") == "a0003"
    for query in ("hasanov", "hassan", "memmedova", "ødegård", "wang", "", "a"):
        for filters in (SearchFilters(), SearchFilters(checked_in=True)):
            assert index.search(query, filters) == plain.search(query, filters), query
