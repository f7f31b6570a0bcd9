"""Sample names, one or more per script the badges must set, and helpers to rasterise PDFs."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest
from PIL import Image

from wufops.badges.render import BadgeData
from wufops.crypto.keys import Signer
from wufops.crypto.token import sign_token
from wufops.models.attendee import Attendee

EVENT_ID = "0195f0c2-7a00-7000-8000-0000000000e1"
EVENT_NAME = "WUF13 · Baku · 17–22 May 2026"

#: script -> (given, family, country, category, organisation)
SCRIPTS: dict[str, tuple[str, str, str, str, str]] = {
    "Latin (Azerbaijani ə ğ)": (
        "Aysel",
        "Məmmədova Ağayeva",
        "AZ",
        "speaker",
        "Bakı Şəhər İcra Hakimiyyəti",
    ),
    "Latin (Vietnamese stacked)": (
        "Nguyễn Thị",
        "Ánh Tuyết Đặng",
        "VN",
        "participant",
        "Viện Quy hoạch Đô thị",
    ),
    "Latin (ñ ø ł ß)": ("Søren Ñúñez", "Łukasiewicz-Groß", "DK", "media", "Københavns Kommune"),
    "Cyrillic": ("Иван", "Петров-Водкин", "RU", "participant", "Московский архитектурный институт"),
    "Greek": ("Ελένη", "Παπαδοπούλου", "GR", "security", "Δήμος Αθηναίων"),
    "Arabic": ("محمد", "العلي", "EG", "media", "الأهرام"),
    "Persian": ("فاطمه", "رضایی", "IR", "participant", "شهرداری تهران"),
    "Hebrew": ("יעל", "כהן", "IL", "participant", "אוניברסיטת תל אביב"),
    "Devanagari": ("अक्षय", "क्षत्रिय", "IN", "vip", "नगर निगम दिल्ली"),
    "Bengali": ("সুমাইয়া", "রহমান", "BD", "participant", "ঢাকা উত্তর সিটি কর্পোরেশন"),
    "Tamil": ("கார்த்திக்", "சுப்பிரமணியன்", "IN", "participant", "சென்னை மாநகராட்சி"),
    "Thai": ("สมชาย", "ใจดี", "TH", "staff", "กรุงเทพมหานคร"),
    "Lao": ("ສົມພອນ", "ພົມມະຈັນ", "LA", "participant", "ນະຄອນຫຼວງວຽງຈັນ"),
    "Khmer": ("សុខា", "ចាន់", "KH", "participant", "សាលារាជធានីភ្នំពេញ"),
    "Myanmar": ("အောင်ဆန်း", "စုကြည်", "MM", "participant", "ရန်ကုန်မြို့တော်"),
    "Thaana": ("އަޙްމަދު", "ނަޝީދު", "MV", "participant", "މާލެ ސިޓީ ކައުންސިލް"),
    "Ethiopic": ("አበበ", "ቢቂላ", "ET", "participant", "የአዲስ አበባ ከተማ አስተዳደር"),
    "Georgian": ("ნინო", "ბერიძე", "GE", "participant", "თბილისის მერია"),
    "Armenian": ("Անի", "Հովհաննիսյան", "AM", "participant", "Երևանի քաղաքապետարան"),
    "Chinese": ("浩然", "张", "CN", "exhibitor", "成都市人民政府"),
    "Japanese": ("美咲", "田中", "JP", "volunteer", "東京都都市整備局"),
    "Korean": ("민준", "김", "KR", "exhibitor", "서울특별시"),
    "Mixed scripts": ("Ali", "محمد 2024 Khan", "PK", "participant", "UN-Habitat"),
    "Mixed Latin/CJK": ("Anna 李", "Müller 田中", "DE", "participant", "Stadt München 都市"),
}


def attendee(index: int, row: tuple[str, str, str, str, str]) -> Attendee:
    """An attendee from ``(given, family, country, category, organisation)``."""
    given, family, country, category, org = row
    return Attendee(
        id=f"0195f0c2-7a00-7000-8000-{index:012d}",
        event_id=EVENT_ID,
        reg_code=f"WUF-{index}",
        given_name=given,
        family_name=family,
        latin_given="",
        latin_family="",
        organization=org,
        country=country,
        category=category,
    )


def sample_badges(signer: Signer, issued_at_s: int) -> list[BadgeData]:
    badges = []
    for index, row in enumerate(SCRIPTS.values(), start=1):
        person = attendee(index, row)
        token = sign_token(signer, EVENT_ID, person.id, index, issued_at_s)
        badges.append(BadgeData(person, token, EVENT_NAME))
    return badges


def rasterise(pdf: bytes, folder: Path, dpi: int = 200) -> list[Image.Image]:
    """Every page as an image, through poppler's ``pdftoppm`` (a real PDF renderer)."""
    source = folder / "badges.pdf"
    source.write_bytes(pdf)
    subprocess.run(
        ["pdftoppm", "-r", str(dpi), "-png", str(source), str(folder / "page")],
        check=True,
        timeout=120,
    )
    return [Image.open(p) for p in sorted(folder.glob("page-*.png"))]


def page_text(pdf: bytes, folder: Path) -> list[str]:
    """Text of each page as poppler's ``pdftotext`` extracts it."""
    source = folder / "text.pdf"
    source.write_bytes(pdf)
    out = subprocess.run(
        ["pdftotext", "-enc", "UTF-8", str(source), "-"],
        check=True,
        timeout=60,
        capture_output=True,
    ).stdout.decode("utf-8")
    return out.split("\f")


def qpdf_check(pdf: bytes, folder: Path) -> None:
    """The PDF's structure checked by qpdf (cross references, streams, objects): fails the
    test with qpdf's findings, or when qpdf is missing (``make system-test`` installs it)."""
    if shutil.which("qpdf") is None:
        pytest.fail("qpdf is not installed: run `make system-test` (Debian package qpdf)")
    source = folder / "check.pdf"
    source.write_bytes(pdf)
    done = subprocess.run(
        ["qpdf", "--check", str(source)], check=False, capture_output=True, text=True, timeout=120
    )
    # exit 0: no problem; 3: warnings (qpdf repaired something) count as failures too
    assert done.returncode == 0 and "WARNING" not in done.stderr, done.stdout + done.stderr
