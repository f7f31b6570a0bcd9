"""Name pools of Latin-script naming cultures outside Europe.

Vietnamese (stacked diacritics), Indonesian (many people have one name only), Malay
(``bin``/``binti`` + father's name), Filipino, Uzbek and Turkmen Latin alphabets, and
African naming cultures as registrations from those countries are usually written.
"""

from __future__ import annotations

from wufops.demo.names import NamePool, pool

POOLS: tuple[NamePool, ...] = (
    pool(
        "vi",
        "vi",
        "Latn",
        male="Văn Hùng; Đức Anh; Quốc Bảo; Văn Nam; Hoàng Long; Minh Tuấn; Thành Đạt",
        female="Thị Lan; Thu Trang; Thị Hương; Ngọc Ánh; Minh Anh; Thị Thảo; Phương Linh",
        family="Nguyễn; Trần; Lê; Phạm; Hoàng; Huỳnh; Phan; Vũ; Võ; Đặng; Bùi; Đỗ; Hồ; "
        "Ngô; Dương; Lý",
    ),
    pool(
        "id",
        "id",
        "Latn",
        male="Budi; Agus; Rizky; Ahmad; Wahyu; Eko; Bambang; Hendra; Joko",
        female="Siti; Dewi; Sri; Putri; Ratna; Nurul; Indah; Wulan; Ayu",
        family="Santoso; Wijaya; Susanto; Hidayat; Setiawan; Kusuma; Saputra; Pratama; "
        "Nugroho; Siregar; Simanjuntak; Lubis",
        mononym=0.3,
    ),
    pool(
        "ms",
        "ms",
        "Latn",
        male="Ahmad Faizal; Muhammad Hafiz; Mohd Amirul; Azlan; Khairul Anuar; Syed Hamid",
        female="Nur Aisyah; Farah; Aina; Nurul Ain; Siti Aminah; Zulaikha",
        family="bin Abdullah/binti Abdullah; bin Ismail/binti Ismail; bin Hassan/binti Hassan; "
        "bin Osman/binti Osman; bin Yusof/binti Yusof; bin Rahman/binti Rahman",
    ),
    pool(
        "fil",
        "fil",
        "Latn",
        male="Juan; José; Mark Anthony; John Paul; Ramon; Christian; Jerome",
        female="Maria; Kristine; Angelica; Mary Grace; Rowena; Jocelyn; Ma. Theresa",
        family="Santos; Reyes; Cruz; Bautista; Ocampo; Garcia; Mendoza; Dela Cruz; "
        "Villanueva; Castillo; Tolentino; De Guzman",
    ),
    pool(
        "uz",
        "uz",
        "Latn",
        male="Jasur; Sardor; Bekzod; Otabek; Akmal; Shoxrux; Dilshod; Ulugʻbek; Jahongir",
        female="Dilnoza; Shahzoda; Nodira; Gulnora; Madina; Zarina; Feruza; Mohira; Oʻgiloy",
        family="Karimov/Karimova; Rashidov/Rashidova; Yusupov/Yusupova; "
        "Abdullayev/Abdullayeva; Toshmatov/Toshmatova; Qodirov/Qodirova; "
        "Gʻaniyev/Gʻaniyeva; Ergashev/Ergasheva; Usmonov/Usmonova; Sobirov/Sobirova",
    ),
    pool(
        "tk",
        "tk",
        "Latn",
        male="Merdan; Döwran; Batyr; Rustam; Myrat; Kakajan",
        female="Aýna; Maýsa; Jeren; Bahar; Ogulnabat; Aýnabat",
        family="Orazow/Orazowa; Annaýew/Annaýewa; Atajanow/Atajanowa; "
        "Hojamuradow/Hojamuradowa; Nurmuhammedow/Nurmuhammedowa; Çaryýew/Çaryýewa",
    ),
    pool(
        "fr_africa",
        "fr",
        "Latn",
        male="Mamadou; Moussa; Abdoulaye; Ibrahima; Ousmane; Cheikh; Jean-Baptiste; Serge; Modeste",
        female="Aminata; Fatou; Aïssatou; Mariam; Awa; Kadiatou; Marie-Claire; Odile; Ndèye",
        family="Diop; Ndiaye; Fall; Sow; Diallo; Traoré; Koné; Touré; Coulibaly; "
        "Ouédraogo; Kaboré; Sawadogo; Mbarga; Mukendi; Ilunga; Kalala; Rakotomalala; "
        "Randriamampionona",
    ),
    pool(
        "west_africa",
        "en",
        "Latn",
        male="Chinedu; Oluwaseun; Emeka; Tunde; Kwame; Kofi; Yaw; Ibrahim; Musa",
        female="Ngozi; Adaeze; Funmilayo; Akosua; Ama; Abena; Aisha; Chiamaka; Efua",
        family="Okafor; Adeyemi; Okonkwo; Balogun; Eze; Nwosu; Obi; Adebayo; Mensah; "
        "Asante; Owusu; Boateng; Osei; Bello; Abubakar; Kamara; Sesay",
    ),
    pool(
        "east_africa",
        "sw",
        "Latn",
        male="John; Peter; Joseph; Baraka; Amani; Juma; Emmanuel; Jean Pierre; Eric",
        female="Grace; Mary; Faith; Wanjiru; Achieng; Neema; Halima; Zawadi; Aline",
        family="Kamau; Mwangi; Otieno; Odhiambo; Wanjiku; Kiprop; Chebet; Njoroge; Mutua; "
        "Omondi; Mwakalinga; Uwimana; Mukamana; Niyonzima; Habimana; Nakato; Ssempala",
    ),
    pool(
        "southern_africa",
        "en",
        "Latn",
        male="Thabo; Sipho; Themba; Tendai; Tatenda; Mpho; Bongani; Chilufya; Pieter",
        female="Lerato; Nomvula; Zanele; Chipo; Lindiwe; Thandeka; Nandi; Chisomo; Annelie",
        family="Nkosi; Dlamini; Ndlovu; Khumalo; Mokoena; Sithole; Mahlangu; Moyo; Banda; "
        "Phiri; Mwale; van der Merwe; Botha; Naidoo; Shikongo",
    ),
    pool(
        "so",
        "so",
        "Latn",
        male="Mohamed; Abdi; Ahmed; Abdirahman; Yusuf; Hassan",
        female="Hodan; Fadumo; Ayaan; Sahra; Hibo; Amina",
        family="Hassan; Abdi; Farah; Warsame; Jama; Ali; Osman; Yusuf; Hersi; Egal",
        patronymic=0.5,
    ),
    pool(
        "lk",
        "si",
        "Latn",
        male="Nimal; Kamal; Sunil; Kasun; Tharindu; Chaminda; Ruwan",
        female="Chamari; Dilani; Nadeesha; Sanduni; Kumari; Ishara; Nirmala",
        family="Perera; Fernando; de Silva; Jayawardena; Wickramasinghe; Bandara; "
        "Gunawardena; Herath; Karunaratne; Senanayake",
    ),
)
