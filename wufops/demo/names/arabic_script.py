"""Name pools written in the Arabic script: Arabic, Persian (with پ چ ژ گ ی ک) and Urdu
(with ٹ ڈ ہ ے). Arabic names often carry the father's name between given and family name.
"""

from __future__ import annotations

from wufops.demo.names import NamePool, pool

POOLS: tuple[NamePool, ...] = (
    pool(
        "ar",
        "ar",
        "Arab",
        male="محمد=Mohamed; أحمد=Ahmed; علي=Ali; عمر=Omar; خالد=Khaled; يوسف=Youssef; "
        "إبراهيم=Ibrahim; حسن=Hassan; عبد الله=Abdullah; عبد الرحمن=Abdelrahman; "
        "محمود=Mahmoud; مصطفى=Mostafa; طارق=Tarek; كريم=Karim; سامي=Sami",
        female="فاطمة=Fatima; مريم=Mariam; نور=Nour; سارة=Sara; ليلى=Layla; هدى=Huda; "
        "ياسمين=Yasmine; رنا=Rana; آمنة=Amina; خديجة=Khadija; سلمى=Salma; منى=Mona; "
        "دينا=Dina; ريم=Reem",
        family="الحسيني=Al-Husseini; المصري=El-Masry; الخطيب=Al-Khatib; حداد=Haddad; "
        "النجار=El-Naggar; العلي=Al-Ali; الشامي=Al-Shami; منصور=Mansour; سليمان=Suleiman; "
        "الزهراني=Al-Zahrani; العتيبي=Al-Otaibi; الدوسري=Al-Dosari; عثمان=Osman; "
        "صالح=Saleh; فرج=Farag; بن سالم=Ben Salem; الإدريسي=El Idrissi; بوزيد=Bouzid",
        patronymic=0.4,
    ),
    pool(
        "fa",
        "fa",
        "Arab",
        male="علی=Ali; محمد=Mohammad; حسین=Hossein; رضا=Reza; مهدی=Mehdi; امیر=Amir; "
        "سعید=Saeed; مجید=Majid; پویا=Pouya; کوروش=Kourosh",
        female="فاطمه=Fatemeh; زهرا=Zahra; مریم=Maryam; سارا=Sara; نرگس=Narges; "
        "لیلا=Leila; شیرین=Shirin; مهسا=Mahsa; ژیلا=Zhila; پریسا=Parisa",
        family="محمدی=Mohammadi; حسینی=Hosseini; احمدی=Ahmadi; رضایی=Rezaei; کریمی=Karimi; "
        "موسوی=Mousavi; جعفری=Jafari; رحیمی=Rahimi; صادقی=Sadeghi; کاظمی=Kazemi; "
        "تهرانی=Tehrani; قربانی=Ghorbani; نوروزی=Nowruzi; گودرزی=Goudarzi",
    ),
    pool(
        "ur",
        "ur",
        "Arab",
        male="محمد=Muhammad; احمد=Ahmad; علی=Ali; عمران=Imran; بلال=Bilal; فیصل=Faisal; "
        "عثمان=Usman; حمزہ=Hamza",
        female="عائشہ=Ayesha; فاطمہ=Fatima; زینب=Zainab; صائمہ=Saima; مہوش=Mehwish; "
        "سدرہ=Sidra; نادیہ=Nadia; رابعہ=Rabia",
        family="خان=Khan; شیخ=Sheikh; قریشی=Qureshi; چوہدری=Chaudhry; ملک=Malik; بٹ=Butt; "
        "راجپوت=Rajput; اعوان=Awan; مرزا=Mirza; صدیقی=Siddiqui",
    ),
)
