"""Name pools written in Cyrillic: Russian, Ukrainian, Kazakh (with ә ғ қ ң ө ұ ү і),
Bulgarian and Mongolian, each with the Latin transliteration a passport would show.

Mongolian family names are the father's given name (the demo uses the nominative form).
"""

from __future__ import annotations

from wufops.demo.names import NamePool, pool

POOLS: tuple[NamePool, ...] = (
    pool(
        "ru",
        "ru",
        "Cyrl",
        male="Александр=Aleksandr; Сергей=Sergey; Дмитрий=Dmitry; Андрей=Andrey; "
        "Алексей=Aleksey; Иван=Ivan; Михаил=Mikhail; Николай=Nikolay; Владимир=Vladimir; "
        "Артём=Artyom; Евгений=Yevgeny",
        female="Елена=Yelena; Ольга=Olga; Наталья=Natalya; Татьяна=Tatyana; Анна=Anna; "
        "Мария=Mariya; Ирина=Irina; Екатерина=Yekaterina; Светлана=Svetlana; Юлия=Yuliya; "
        "Алёна=Alyona",
        family="Иванов/Иванова=Ivanov/Ivanova; Смирнов/Смирнова=Smirnov/Smirnova; "
        "Кузнецов/Кузнецова=Kuznetsov/Kuznetsova; Попов/Попова=Popov/Popova; "
        "Васильев/Васильева=Vasilyev/Vasilyeva; Петров/Петрова=Petrov/Petrova; "
        "Соколов/Соколова=Sokolov/Sokolova; Михайлов/Михайлова=Mikhaylov/Mikhaylova; "
        "Новиков/Новикова=Novikov/Novikova; Фёдоров/Фёдорова=Fyodorov/Fyodorova; "
        "Морозов/Морозова=Morozov/Morozova; Волков/Волкова=Volkov/Volkova; "
        "Лебедев/Лебедева=Lebedev/Lebedeva; Козлов/Козлова=Kozlov/Kozlova; "
        "Белых=Belykh; Черных=Chernykh",
    ),
    pool(
        "uk",
        "uk",
        "Cyrl",
        male="Олександр=Oleksandr; Андрій=Andrii; Дмитро=Dmytro; Тарас=Taras; "
        "Богдан=Bohdan; Сергій=Serhii; Юрій=Yurii",
        female="Олена=Olena; Оксана=Oksana; Ірина=Iryna; Наталія=Nataliia; Юлія=Yuliia; "
        "Ганна=Hanna; Людмила=Liudmyla",
        family="Шевченко=Shevchenko; Коваленко=Kovalenko; Бондаренко=Bondarenko; "
        "Мельник=Melnyk; Ткаченко=Tkachenko; Кравченко=Kravchenko; Олійник=Oliinyk; "
        "Коваль=Koval; Поліщук=Polishchuk; Лисенко=Lysenko",
    ),
    pool(
        "kk",
        "kk",
        "Cyrl",
        male="Нұрлан=Nurlan; Ерлан=Yerlan; Асхат=Askhat; Дәурен=Dauren; "
        "Бауыржан=Bauyrzhan; Ержан=Yerzhan; Арман=Arman; Мұрат=Murat; Ғалым=Galym",
        female="Әлия=Aliya; Айгүл=Aigul; Гүлнар=Gulnar; Динара=Dinara; Жанар=Zhanar; "
        "Сәуле=Saule; Айгерім=Aigerim; Ақмарал=Akmaral; Салтанат=Saltanat",
        family="Қасымов/Қасымова=Kassymov/Kassymova; Нұрланов/Нұрланова=Nurlanov/Nurlanova; "
        "Серікбаев/Серікбаева=Serikbayev/Serikbayeva; Ахметов/Ахметова=Akhmetov/Akhmetova; "
        "Жұмабаев/Жұмабаева=Zhumabayev/Zhumabayeva; Омаров/Омарова=Omarov/Omarova; "
        "Сүлейменов/Сүлейменова=Suleimenov/Suleimenova; Оспанов/Оспанова=Ospanov/Ospanova; "
        "Байғожин/Байғожина=Baigozhin/Baigozhina; Әбдіров/Әбдірова=Abdirov/Abdirova",
    ),
    pool(
        "bg",
        "bg",
        "Cyrl",
        male="Георги=Georgi; Иван=Ivan; Димитър=Dimitar; Николай=Nikolay; Христо=Hristo",
        female="Мария=Maria; Елена=Elena; Десислава=Desislava; Йорданка=Yordanka; "
        "Цветелина=Tsvetelina",
        family="Иванов/Иванова=Ivanov/Ivanova; Георгиев/Георгиева=Georgiev/Georgieva; "
        "Димитров/Димитрова=Dimitrov/Dimitrova; Петров/Петрова=Petrov/Petrova; "
        "Стоянов/Стоянова=Stoyanov/Stoyanova; Тодоров/Тодорова=Todorov/Todorova",
    ),
    pool(
        "mn",
        "mn",
        "Cyrl",
        male="Батбаяр=Batbayar; Ганбаатар=Ganbaatar; Болд=Bold; Мөнхбат=Munkhbat; "
        "Эрдэнэ=Erdene; Төмөр=Tumur",
        female="Энхтуяа=Enkhtuyaa; Оюунчимэг=Oyuunchimeg; Сарангэрэл=Sarangerel; "
        "Наранцэцэг=Narantsetseg; Цэцэг=Tsetseg; Отгонбаяр=Otgonbayar",
        family="Батбаяр=Batbayar",
        father_parts=True,
    ),
)
