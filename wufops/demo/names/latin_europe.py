"""Name pools of Latin-script Europe, Türkiye and Azerbaijan (the host country).

Common given and family names; family names gendered where the language genders them.
Mixed case (``de la Cruz``, ``van den Berg``, ``O'Brien``, ``McDonald``) and diacritics
(``ə ğ ı ö ü ç ş``, ``ł ś ż``, ``ř ů``, ``ő ű``, ``ș ț``, ``å ø``) are deliberate.
"""

from __future__ import annotations

from wufops.demo.names import NamePool, pool

POOLS: tuple[NamePool, ...] = (
    pool(
        "az",
        "az",
        "Latn",
        male="Elnur; Rəşad; Orxan; Tural; Vüsal; Elçin; Kamran; Rauf; Fərid; Anar; Cavid; "
        "Səməd; Nicat; Ülvi; Şahin; Əli; Hüseyn; Emin; Rövşən; Ramil; Toğrul; Zaur; Müşfiq",
        female="Aysel; Leyla; Günay; Nərmin; Səbinə; Ülviyyə; Şəbnəm; Könül; Aynur; Fidan; "
        "Xədicə; Nigar; Gülnar; Lalə; Sevinc; Türkan; Aytən; Gülər; Çiçək; Səadət; Nərgiz",
        family="Məmmədov/Məmmədova; Əliyev/Əliyeva; Həsənov/Həsənova; Hüseynov/Hüseynova; "
        "Quliyev/Quliyeva; İsmayılov/İsmayılova; Abdullayev/Abdullayeva; Rzayev/Rzayeva; "
        "Cəfərov/Cəfərova; Orucov/Orucova; Nəsirov/Nəsirova; Süleymanov/Süleymanova; "
        "Bağırov/Bağırova; Şükürov/Şükürova; Qasımov/Qasımova; Kərimov/Kərimova; "
        "Musayev/Musayeva; Əlizadə; Hüseynzadə; Məmmədli; Nağıyev/Nağıyeva; Ağayev/Ağayeva",
    ),
    pool(
        "tr",
        "tr",
        "Latn",
        male="Mehmet; Mustafa; Ahmet; Ali; Hüseyin; Hasan; İbrahim; Murat; Emre; Can; Oğuz; "
        "Burak; Serkan; Gökhan; Barış",
        female="Ayşe; Fatma; Emine; Hatice; Zeynep; Elif; Merve; Özge; Gülşen; Şule; İrem; "
        "Büşra; Ebru; Pınar",
        family="Yılmaz; Kaya; Demir; Şahin; Çelik; Yıldız; Yıldırım; Öztürk; Aydın; "
        "Özdemir; Arslan; Doğan; Kılıç; Aslan; Çetin; Kara; Koç; Kurt; Özkan; Şimşek; Ünal",
        given_parts=(1, 1, 1, 2),
    ),
    pool(
        "en",
        "en",
        "Latn",
        male="James; John; Michael; David; Robert; William; Thomas; Daniel; Christopher; "
        "Matthew; Andrew; Patrick",
        female="Mary; Elizabeth; Sarah; Jennifer; Emma; Olivia; Catherine; Margaret; "
        "Rebecca; Hannah; Siobhán; Zoë",
        family="Smith; Johnson; Williams; Brown; Jones; Taylor; Wilson; Davies; Evans; "
        "O'Brien; McDonald; MacLeod; Fitzgerald; Campbell; Anderson; Clarke; Hughes; "
        "Ó Súilleabháin; St John",
    ),
    pool(
        "fr",
        "fr",
        "Latn",
        male="Jean; Pierre; Michel; Philippe; Nicolas; François; Jean-Luc; Étienne; "
        "Benoît; Jérôme; Thierry; Loïc",
        female="Marie; Nathalie; Isabelle; Sylvie; Catherine; Françoise; Hélène; Amélie; "
        "Cécile; Chloé; Anne-Sophie; Maëlle",
        family="Martin; Bernard; Dubois; Thomas; Robert; Richard; Petit; Durand; Leroy; "
        "Lefèvre; Moreau; Girard; Lemaître; Garnier; Faure; Rousseau; Lévêque; Bérenger; "
        "Le Gall; de Villiers",
    ),
    pool(
        "es",
        "es",
        "Latn",
        male="José; Juan; Luis; Carlos; Jorge; Miguel Ángel; Alejandro; Andrés; Javier; "
        "Sebastián; Joaquín; Íñigo",
        female="María; Ana; Lucía; Carmen; Sofía; Valentina; Ximena; Mónica; Guadalupe; "
        "Begoña; Inés; Concepción",
        family="García; Rodríguez; Martínez; Hernández; López; González; Pérez; Sánchez; "
        "Ramírez; Torres; Flores; Rivera; Gómez; Díaz; Muñoz; Jiménez; Núñez; Ibáñez; "
        "de la Cruz; del Río; Peña; Castañeda; Fernández de Córdoba",
        given_parts=(1, 1, 2),
        family_parts=(2, 2, 2, 1),
    ),
    pool(
        "pt",
        "pt",
        "Latn",
        male="João; José; António; Francisco; Pedro; Luís; Paulo; Tiago; Gonçalo; "
        "Sebastião; Fábio; Caio",
        female="Maria; Ana; Joana; Beatriz; Mariana; Inês; Conceição; Fernanda; Letícia; "
        "Luíza; Graça; Vitória",
        family="Silva; Santos; Ferreira; Pereira; Oliveira; Costa; Rodrigues; Martins; "
        "Sousa; Gonçalves; Carvalho; Araújo; Magalhães; Simões; dos Santos; da Silva; "
        "de Oliveira; do Nascimento; da Conceição; Brandão",
        given_parts=(1, 1, 2),
        family_parts=(1, 2, 2, 3),
    ),
    pool(
        "de",
        "de",
        "Latn",
        male="Thomas; Michael; Andreas; Stefan; Jürgen; Klaus; Lukas; Jörg; Matthias; Karl-Heinz",
        female="Sabine; Petra; Ursula; Katrin; Anna; Birgit; Anja; Lea; Jutta; Bärbel",
        family="Müller; Schmidt; Schneider; Fischer; Weber; Meyer; Wagner; Becker; Schäfer; "
        "Koch; Bauer; Hoffmann; Groß; Weiß; Krüger; Köhler; Schröder; Zimmermann; Meißner; "
        "von Ahlen",
    ),
    pool(
        "nl",
        "nl",
        "Latn",
        male="Jan; Pieter; Sander; Bram; Maarten; Joost; Sjoerd",
        female="Anouk; Femke; Sanne; Lotte; Marieke; Ilse; Eline",
        family="de Jong; Jansen; de Vries; van den Berg; van Dijk; Bakker; Visser; Smit; "
        "de Boer; van der Meer; Mulder; Dijkstra; 't Hart",
    ),
    pool(
        "it",
        "it",
        "Latn",
        male="Giuseppe; Marco; Luca; Alessandro; Francesco; Giovanni; Niccolò; Andrea",
        female="Giulia; Francesca; Chiara; Sara; Elena; Alessia; Federica; Martina",
        family="Rossi; Russo; Ferrari; Esposito; Bianchi; Romano; Colombo; Ricci; Marino; "
        "Greco; Bruno; Gallo; De Luca; D'Angelo; Lo Russo; Fabbri",
    ),
    pool(
        "pl",
        "pl",
        "Latn",
        male="Piotr; Krzysztof; Andrzej; Tomasz; Paweł; Michał; Łukasz; Grzegorz; Jakub",
        female="Anna; Katarzyna; Małgorzata; Agnieszka; Barbara; Ewa; Magdalena; Joanna; Żaneta",
        family="Nowak; Kowalski/Kowalska; Wiśniewski/Wiśniewska; Wójcik; Kowalczyk; "
        "Kamiński/Kamińska; Lewandowski/Lewandowska; Zieliński/Zielińska; "
        "Szymański/Szymańska; Woźniak; Dąbrowski/Dąbrowska; Kozłowski/Kozłowska; "
        "Jankowski/Jankowska; Król; Grzybowski/Grzybowska",
    ),
    pool(
        "cs",
        "cs",
        "Latn",
        male="Jiří; Jan; Petr; Tomáš; Martin; Lukáš; Ondřej",
        female="Jana; Marie; Eva; Hana; Lenka; Kateřina; Zuzana",
        family="Novák/Nováková; Svoboda/Svobodová; Novotný/Novotná; Dvořák/Dvořáková; "
        "Černý/Černá; Procházka/Procházková; Kučera/Kučerová; Veselý/Veselá; "
        "Růžička/Růžičková; Horák/Horáková",
    ),
    pool(
        "hu",
        "hu",
        "Latn",
        male="László; István; József; Zoltán; Gábor; Ferenc; Attila",
        female="Erzsébet; Katalin; Éva; Zsófia; Ildikó; Krisztina; Ágnes",
        family="Nagy; Kovács; Tóth; Szabó; Horváth; Varga; Kiss; Molnár; Németh; Farkas; "
        "Szőke; Szűcs; Fehér",
    ),
    pool(
        "ro",
        "ro",
        "Latn",
        male="Andrei; Mihai; Alexandru; Ștefan; Ion; Bogdan; Cristian",
        female="Maria; Elena; Ioana; Andreea; Ana; Mihaela; Cătălina",
        family="Popescu; Ionescu; Popa; Dumitru; Stan; Stoica; Gheorghe; Rusu; Munteanu; "
        "Mureșan; Țurcanu; Lungu; Ciobanu",
    ),
    pool(
        "sv",
        "sv",
        "Latn",
        male="Lars; Erik; Anders; Magnus; Johan; Björn; Mikael",
        female="Anna; Eva; Maria; Kristina; Åsa; Ingrid; Sofia",
        family="Johansson; Andersson; Karlsson; Nilsson; Eriksson; Larsson; Lindqvist; "
        "Åberg; Lindström; Björk",
    ),
    pool(
        "no",
        "nb",
        "Latn",
        male="Ole; Lars; Jon; Håkon; Magnus; Sindre",
        female="Ingrid; Kari; Solveig; Marit; Ingeborg; Åse",
        family="Hansen; Johansen; Olsen; Larsen; Nilsen; Bjørnstad; Ødegaard; Haugen; Berg; Dahl",
    ),
    pool(
        "da",
        "da",
        "Latn",
        male="Søren; Jens; Mads; Rasmus; Niels; Anders",
        female="Mette; Anne; Lærke; Signe; Kirsten; Camilla",
        family="Jensen; Nielsen; Hansen; Pedersen; Andersen; Sørensen; Rasmussen; Møller",
    ),
    pool(
        "fi",
        "fi",
        "Latn",
        male="Jukka; Mikko; Timo; Antti; Juha; Ville",
        female="Kirsi; Päivi; Tiina; Sanna; Aino; Riikka",
        family="Korhonen; Virtanen; Mäkinen; Nieminen; Mäkelä; Hämäläinen; Laine; Järvinen",
    ),
    pool(
        "is",
        "is",
        "Latn",
        male="Jón; Sigurður; Guðmundur; Ólafur; Gunnar; Einar",
        female="Guðrún; Anna; Sigríður; Kristín; Margrét; Helga",
        family="Jónsson/Jónsdóttir; Sigurðsson/Sigurðardóttir; Guðmundsson/Guðmundsdóttir; "
        "Ólafsson/Ólafsdóttir; Gunnarsson/Gunnarsdóttir; Einarsson/Einarsdóttir",
    ),
    pool(
        "sh",
        "hr",
        "Latn",
        male="Marko; Nikola; Stefan; Milan; Luka; Dragan; Ivan",
        female="Jelena; Ana; Ivana; Marija; Dragana; Milica; Maja",
        family="Jovanović; Petrović; Nikolić; Marković; Đorđević; Stojanović; Kovačević; "
        "Horvat; Babić; Popović; Šarić; Živković",
    ),
    pool(
        "sq",
        "sq",
        "Latn",
        male="Arben; Besnik; Ermal; Artan; Dritan; Gëzim",
        female="Elira; Blerta; Jonida; Arta; Drita; Mimoza",
        family="Shehu; Krasniqi; Gashi; Dervishi; Leka; Kola; Çela; Dushku; Hyseni; Bytyçi",
    ),
    pool(
        "lt",
        "lt",
        "Latn",
        male="Jonas; Tomas; Mantas; Darius; Paulius; Žygimantas",
        female="Rūta; Eglė; Gintarė; Jurgita; Aistė; Rasa",
        family="Kazlauskas/Kazlauskienė; Petrauskas/Petrauskienė; Jankauskas/Jankauskienė; "
        "Stankevičius/Stankevičienė; Vasiliauskas/Vasiliauskienė; Žukauskas/Žukauskienė",
    ),
    pool(
        "lv",
        "lv",
        "Latn",
        male="Jānis; Andris; Mārtiņš; Edgars; Kārlis; Māris",
        female="Ilze; Līga; Kristīne; Inese; Anita; Dace",
        family="Bērziņš/Bērziņa; Kalniņš/Kalniņa; Ozoliņš/Ozoliņa; Jansons/Jansone; "
        "Liepiņš/Liepiņa; Krūmiņš/Krūmiņa",
    ),
    pool(
        "et",
        "et",
        "Latn",
        male="Mart; Tõnis; Andres; Jüri; Margus; Rein",
        female="Kadri; Liis; Kristiina; Tiina; Kärt; Maarja",
        family="Tamm; Saar; Mägi; Sepp; Kask; Kukk; Ilves; Pärn",
    ),
)
