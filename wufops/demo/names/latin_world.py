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
        male="Mamadou; Moussa; Abdoulaye; Ibrahima; Ousmane; Cheikh; Souleymane; Amadou",
        female="Aminata; Fatou; Aïssatou; Mariam; Awa; Kadiatou; Ndèye; Fatoumata",
        family="Diop; Ndiaye; Fall; Sow; Diallo; Traoré; Koné; Touré; Coulibaly; "
        "Ouédraogo; Kaboré; Sawadogo; Camara; Keïta; Bah; Cissé",
    ),
    pool(
        "central_africa",
        "fr",
        "Latn",
        male="Jean-Claude; Serge; Patrick; Christian; Blaise; Jean-Baptiste; Modeste",
        female="Marie-Claire; Chantal; Odile; Bernadette; Solange; Grâce; Nadège",
        family="Mukendi; Ilunga; Kalala; Mbarga; Nkoulou; Mba; Ngoma; Tshibanda; Kabongo; "
        "Essomba; Ondo; Mabiala",
    ),
    pool(
        "mg",
        "mg",
        "Latn",
        male="Hery; Rivo; Andry; Tiana; Nirina; Haja",
        female="Fara; Voahangy; Lalao; Hanitra; Noro; Tahiry",
        family="Rakotomalala; Randriamampionona; Rasoanaivo; Razafindrakoto; "
        "Rakotoarisoa; Andrianarivelo; Rabemananjara",
    ),
    pool(
        "ng",
        "en",
        "Latn",
        male="Chinedu; Oluwaseun; Emeka; Tunde; Ibrahim; Musa; Chukwuemeka; Babatunde",
        female="Ngozi; Adaeze; Funmilayo; Aisha; Chiamaka; Yetunde; Halima; Nneka",
        family="Okafor; Adeyemi; Okonkwo; Balogun; Eze; Nwosu; Obi; Adebayo; Bello; "
        "Abubakar; Okeke; Ogunleye; Danjuma",
    ),
    pool(
        "gh",
        "en",
        "Latn",
        male="Kwame; Kofi; Yaw; Kwabena; Kojo; Kwesi; Kwaku",
        female="Akosua; Ama; Abena; Efua; Adwoa; Akua; Afua",
        family="Mensah; Asante; Owusu; Boateng; Osei; Agyeman; Appiah; Acheampong; Darko",
    ),
    pool(
        "west_africa",
        "en",
        "Latn",
        male="Mohamed; Alieu; Joseph; Abdulai; Momodou; Emmanuel",
        female="Fatmata; Isatou; Aminata; Mariatu; Haddy; Comfort",
        family="Kamara; Sesay; Conteh; Jallow; Ceesay; Johnson; Bangura; Koroma; Touray",
    ),
    pool(
        "east_africa",
        "sw",
        "Latn",
        male="John; Peter; Joseph; Baraka; Amani; Juma; Emmanuel; Brian; Kevin",
        female="Grace; Mary; Faith; Wanjiru; Achieng; Neema; Halima; Zawadi; Nakato",
        family="Kamau; Mwangi; Otieno; Odhiambo; Wanjiku; Kiprop; Chebet; Njoroge; Mutua; "
        "Omondi; Mwakalinga; Ssempala; Okello; Nyambura; Kiprono",
    ),
    pool(
        "rw",
        "rw",
        "Latn",
        male="Jean Pierre; Eric; Olivier; Emmanuel; Patrick; Jean de Dieu",
        female="Aline; Clarisse; Divine; Chantal; Josiane; Marie Claire",
        family="Uwimana; Mukamana; Niyonzima; Habimana; Uwase; Ishimwe; Nshimiyimana; "
        "Mugisha; Hakizimana",
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
