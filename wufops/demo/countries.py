"""Where the demo attendees come from: 182 countries (ISO 3166-1 alpha-2) with a skew.

The host country and its region are heavy (Azerbaijan about a fifth of registrations, then
Türkiye, Russia, Georgia, Kazakhstan, Uzbekistan, Iran …), previous hosts and large
delegations follow, and a long tail of countries sends a handful of people each. Each
country names the name pools its people are drawn from (``pool:share``).
"""

from __future__ import annotations

from dataclasses import dataclass

#: ``CODE weight pool[:share] …`` — weights are relative (per mille of registrations).
_TABLE = """
AZ 200 az:0.95 ru:0.05
TR 45 tr
RU 35 ru
GE 24 ka
KZ 22 kk
UZ 22 uz
IR 20 fa
TM 8 tk
KG 8 kk
TJ 6 kk:0.7 fa:0.3
UA 6 uk
BY 5 ru
EG 18 ar
SA 12 ar
AE 12 ar
QA 6 ar
KW 4 ar
BH 3 ar
OM 4 ar
JO 5 ar
LB 5 ar
IQ 6 ar
SY 2 ar
YE 2 ar
PS 3 ar
LY 2 ar
TN 4 ar:0.7 fr:0.3
DZ 4 ar:0.7 fr:0.3
MA 6 ar:0.7 fr:0.3
SD 3 ar
MR 2 ar
PK 12 ur:0.8 en:0.2
AF 3 fa
IN 20 hi:0.8 en:0.2
NP 4 ne:0.95 bo:0.05
BD 6 bn
LK 3 lk
CN 20 zh:0.98 mn_mong:0.01 bo:0.01
JP 8 ja
KR 10 ko
MN 3 mn:0.9 mn_mong:0.1
TH 5 th
VN 4 vi
ID 8 id
MY 6 ms:0.7 zh:0.3
SG 4 zh:0.6 ms:0.2 en:0.2
PH 5 fil
BN 1 ms
TL 1 pt
US 18 en:0.85 es:0.15
CA 8 en:0.75 fr:0.25
GB 12 en
IE 3 en
AU 5 en
NZ 3 en
DE 12 de
FR 12 fr
IT 8 it
ES 8 es
PT 4 pt
NL 6 nl
BE 4 nl:0.5 fr:0.5
LU 1 fr:0.6 de:0.4
CH 5 de:0.6 fr:0.3 it:0.1
AT 4 de
LI 1 de
MC 1 fr
SM 1 it
AD 1 es
MT 1 en
PL 8 pl
CZ 3 cs
SK 2 cs
HU 3 hu
RO 3 ro
MD 2 ro:0.7 ru:0.3
BG 2 bg
RS 3 sh
HR 2 sh
BA 2 sh
ME 1 sh
MK 1 bg
SI 1 sh
AL 2 sq
GR 3 el
CY 2 el
IL 2 he
SE 4 sv
NO 4 no
DK 3 da
FI 3 fi
IS 1 is
LT 2 lt
LV 2 lv
EE 2 et
BR 12 pt
MX 8 es
AR 4 es
CO 5 es
CL 4 es
PE 3 es
VE 2 es
EC 3 es
BO 2 es
PY 1 es
UY 2 es
CU 2 es
DO 2 es
GT 2 es
HN 1 es
SV 1 es
NI 1 es
CR 2 es
PA 1 es
JM 1 en
TT 1 en
BB 1 en
BS 1 en
BZ 1 en
GY 1 en
SR 1 nl
HT 1 fr
AG 1 en
DM 1 en
GD 1 en
KN 1 en
LC 1 en
VC 1 en
NG 10 ng
GH 5 gh
SL 1 west_africa
LR 1 west_africa
GM 1 west_africa
SN 4 fr_africa
CI 3 fr_africa
ML 2 fr_africa
BF 2 fr_africa
NE 1 fr_africa
GN 1 fr_africa
TD 1 fr_africa
CM 3 central_africa
CF 1 central_africa
CG 1 central_africa
CD 3 central_africa
GA 1 central_africa
BJ 2 fr_africa
TG 1 fr_africa
MG 2 mg
BI 1 rw:0.6 fr_africa:0.4
KM 1 fr_africa
DJ 1 so
SO 2 so
KE 12 east_africa
TZ 4 east_africa
UG 4 east_africa
RW 3 rw
SS 1 east_africa
ET 5 am
ER 1 am
ZA 10 southern_africa
ZW 2 southern_africa
ZM 2 southern_africa
MW 2 southern_africa
BW 1 southern_africa
LS 1 southern_africa
SZ 1 southern_africa
NA 1 southern_africa
MZ 2 pt
AO 2 pt
CV 1 pt
GW 1 pt
ST 1 pt
GQ 1 es
FJ 2 en
PG 1 en
SB 1 en
VU 1 en
WS 1 en
TO 1 en
KI 1 en
MU 1 en:0.5 fr:0.5
SC 1 en:0.5 fr:0.5
"""

HOST = "AZ"


@dataclass(frozen=True)
class Country:
    code: str
    weight: int
    #: name pool keys with the share of this country's people drawn from each
    pools: tuple[tuple[str, float], ...]


def _parse(table: str) -> tuple[Country, ...]:
    found: list[Country] = []
    for line in table.strip().splitlines():
        code, weight, *pools = line.split()
        shares: list[tuple[str, float]] = []
        for item in pools:
            key, _, share = item.partition(":")
            shares.append((key, float(share or 1.0)))
        found.append(Country(code, int(weight), tuple(shares)))
    return tuple(found)


COUNTRIES: tuple[Country, ...] = _parse(_TABLE)


def apportion(total: int, weights: list[int], *, minimum: int = 1) -> list[int]:
    """Split ``total`` in proportion to ``weights`` (largest remainder), each at least
    ``minimum`` while the total allows it; the result always sums to ``total``."""
    if total <= 0 or not weights:
        return [0] * len(weights)
    floor = minimum if total >= minimum * len(weights) else 0
    rest = total - floor * len(weights)
    whole = sum(weights)
    exact = [rest * w / whole for w in weights]
    counts = [int(x) for x in exact]
    short = rest - sum(counts)
    order = sorted(range(len(weights)), key=lambda i: (counts[i] - exact[i], i))
    for i in order[:short]:
        counts[i] += 1
    return [c + floor for c in counts]
