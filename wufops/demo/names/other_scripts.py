"""Name pools of the remaining scripts: Ethiopic (Amharic), Hebrew, Greek, Georgian and
Armenian, with common Latin transliterations.

Ethiopian and Eritrean family names are the father's given name.
"""

from __future__ import annotations

from wufops.demo.names import NamePool, pool

_ETHIOPIC_MALE = (
    "አበበ=Abebe; ከበደ=Kebede; ታደሰ=Tadesse; ተስፋዬ=Tesfaye; ግርማ=Girma; ዳዊት=Dawit; "
    "ዮሐንስ=Yohannes; ሰለሞን=Solomon; ብርሃኑ=Birhanu; ኃይሉ=Hailu; መኮንን=Mekonnen"
)

POOLS: tuple[NamePool, ...] = (
    pool(
        "am",
        "am",
        "Ethi",
        male=_ETHIOPIC_MALE,
        female="መሰረት=Meseret; ትዕግስት=Tigist; ሰላም=Selam; አልማዝ=Almaz; ፀሐይ=Tsehay; "
        "ማርታ=Marta; ብርቱካን=Birtukan; ሄለን=Helen; ሕይወት=Hiwot",
        family=_ETHIOPIC_MALE,
        father_parts=True,
    ),
    pool(
        "he",
        "he",
        "Hebr",
        male="דוד=David; יוסף=Yosef; משה=Moshe; אברהם=Avraham; יונתן=Yonatan; איתי=Itai; "
        "נועם=Noam; אורי=Uri",
        female="שרה=Sarah; רחל=Rachel; מיכל=Michal; נועה=Noa; תמר=Tamar; יעל=Yael; "
        "מאיה=Maya; שירה=Shira",
        family="כהן=Cohen; לוי=Levi; מזרחי=Mizrahi; פרץ=Peretz; ביטון=Biton; דהן=Dahan; "
        "פרידמן=Friedman; אזולאי=Azoulay; גולדברג=Goldberg; שפירא=Shapira",
    ),
    pool(
        "el",
        "el",
        "Grek",
        male="Γιώργος=Giorgos; Δημήτρης=Dimitris; Κωνσταντίνος=Konstantinos; "
        "Γιάννης=Giannis; Νίκος=Nikos; Παναγιώτης=Panagiotis; Χρήστος=Christos",
        female="Μαρία=Maria; Ελένη=Eleni; Αικατερίνη=Aikaterini; Βασιλική=Vasiliki; "
        "Σοφία=Sofia; Αγγελική=Angeliki; Δήμητρα=Dimitra",
        family="Παπαδόπουλος/Παπαδοπούλου=Papadopoulos/Papadopoulou; "
        "Παπαδάκης/Παπαδάκη=Papadakis/Papadaki; Γεωργίου=Georgiou; Οικονόμου=Oikonomou; "
        "Νικολάου=Nikolaou; Βασιλείου=Vasileiou; Καραγιάννης/Καραγιάννη=Karagiannis/Karagianni; "
        "Αντωνίου=Antoniou; Ιωάννου=Ioannou",
    ),
    pool(
        "ka",
        "ka",
        "Geor",
        male="გიორგი=Giorgi; დავით=Davit; ნიკოლოზ=Nikoloz; ლევან=Levan; ირაკლი=Irakli; "
        "ალექსანდრე=Aleksandre; ლუკა=Luka; ზურაბ=Zurab",
        female="ნინო=Nino; მარიამ=Mariam; ანა=Ana; თამარ=Tamar; ეკატერინე=Ekaterine; "
        "ნათია=Natia; სალომე=Salome; ქეთევან=Ketevan",
        family="ბერიძე=Beridze; კაპანაძე=Kapanadze; გელაშვილი=Gelashvili; "
        "მაისურაძე=Maisuradze; გიორგაძე=Giorgadze; ლომიძე=Lomidze; წიკლაური=Tsiklauri; "
        "ბოლქვაძე=Bolkvadze; ნოზაძე=Nozadze; ხუციშვილი=Khutsishvili",
    ),
    pool(
        "hy",
        "hy",
        "Armn",
        male="Արամ=Aram; Դավիթ=Davit; Հայկ=Hayk; Նարեկ=Narek; Տիգրան=Tigran; Արմեն=Armen; "
        "Գոռ=Gor; Սարգիս=Sargis",
        female="Անի=Ani; Մարիամ=Mariam; Նարինե=Narine; Լիլիթ=Lilit; Աննա=Anna; "
        "Գայանե=Gayane; Սոնա=Sona; Անահիտ=Anahit",
        family="Հովհաննիսյան=Hovhannisyan; Հարությունյան=Harutyunyan; Սարգսյան=Sargsyan; "
        "Խաչատրյան=Khachatryan; Գրիգորյան=Grigoryan; Պետրոսյան=Petrosyan; "
        "Վարդանյան=Vardanyan; Մկրտչյան=Mkrtchyan; Ավետիսյան=Avetisyan",
    ),
)
