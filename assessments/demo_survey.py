"""The Spire capacity survey (absorptive capacity), written for this project in the spirit of
Flatten, Engelen, Zahra & Brettel (2011). Loaded by the setup_demo command."""

SOURCE = {
    "citation": (
        "Flatten, T. C., Engelen, A., Zahra, S. A. & Brettel, M. (2011). A measure of absorptive "
        "capacity: Scale development and validation. European Management Journal, 29(2), 98–116."
    ),
    "url": "https://doi.org/10.1016/j.emj.2010.11.002",
}

SCALE = {  # 7-point agreement scale labels, 1..7, in three languages
    "nb": [
        "Helt uenig",
        "Uenig",
        "Litt uenig",
        "Verken enig eller uenig",
        "Litt enig",
        "Enig",
        "Helt enig",
    ],
    "nn": [
        "Heilt usamd",
        "Usamd",
        "Litt usamd",
        "Verken samd eller usamd",
        "Litt samd",
        "Samd",
        "Heilt samd",
    ],
    "en": [
        "Strongly disagree",
        "Disagree",
        "Somewhat disagree",
        "Neither agree nor disagree",
        "Somewhat agree",
        "Agree",
        "Strongly agree",
    ],
}

INTRO = {
    "nb": (
        "Denne undersøkelsen måler absorpsjonskapasitet: hvor godt kommunen din henter inn, "
        "deler og tar i bruk kunnskap utenfra. Svar ut fra hvordan du opplever kommunen i dag. "
        "Svarene er anonyme og lagres uten kobling til deg, og vi viser bare resultater for "
        "grupper på minst fem personer. Det tar omtrent fem minutter."
    ),
    "nn": (
        "Denne undersøkinga måler absorpsjonskapasitet: kor godt kommunen din hentar inn, "
        "deler og tek i bruk kunnskap utanfrå. Svar ut frå korleis du opplever kommunen i dag. "
        "Svara er anonyme og blir lagra utan kopling til deg, og vi viser berre resultat for "
        "grupper på minst fem personar. Det tek om lag fem minutt."
    ),
    "en": (
        "This survey measures absorptive capacity: how well your municipality takes in, shares "
        "and uses knowledge from outside. Answer based on how you experience the municipality "
        "today. Your answers are anonymous and stored without any link to you, and we show "
        "results only for groups of at least five people. It takes about five minutes."
    ),
}

# Acquisition and assimilation make up potential capacity; transformation and exploitation make
# up realised capacity (Zahra & George 2002). The Norwegian names follow the terms used in
# Norwegian research on absorpsjonskapasitet; the descriptions say what each one means in plain
# words.
DIMENSIONS = [
    {
        "key": "acquisition",
        "name": {"nb": "Tilegnelse", "nn": "Tileigning", "en": "Acquisition"},
        "description": {
            "nb": "Hvor aktivt kommunen søker etter og henter inn kunnskap utenfra, fra andre "
            "kommuner, leverandører, forskning og nettverk.",
            "nn": "Kor aktivt kommunen søkjer etter og hentar inn kunnskap utanfrå, frå andre "
            "kommunar, leverandørar, forsking og nettverk.",
            "en": "How actively the municipality seeks out and takes in knowledge from outside: "
            "other municipalities, suppliers, research and networks.",
        },
    },
    {
        "key": "assimilation",
        "name": {"nb": "Assimilering", "nn": "Assimilering", "en": "Assimilation"},
        "description": {
            "nb": "Hvor godt kunnskap utenfra blir delt, drøftet og forstått på tvers av enheter "
            "og sektorer.",
            "nn": "Kor godt kunnskap utanfrå blir delt, drøfta og forstått på tvers av einingar "
            "og sektorar.",
            "en": "How well knowledge from outside is shared, discussed and understood across "
            "units and sectors.",
        },
    },
    {
        "key": "transformation",
        "name": {"nb": "Transformasjon", "nn": "Transformasjon", "en": "Transformation"},
        "description": {
            "nb": "Hvor godt kommunen kombinerer ny kunnskap med egen erfaring og endrer rutiner "
            "og planer.",
            "nn": "Kor godt kommunen kombinerer ny kunnskap med eiga erfaring og endrar rutinar "
            "og planar.",
            "en": "How well the municipality combines new knowledge with its own experience and "
            "changes its routines and plans.",
        },
    },
    {
        "key": "exploitation",
        "name": {"nb": "Utnyttelse", "nn": "Utnytting", "en": "Exploitation"},
        "description": {
            "nb": "Hvor godt kommunen tar ny kunnskap i bruk i virkelige anskaffelser og "
            "tjenester.",
            "nn": "Kor godt kommunen tek ny kunnskap i bruk i verkelege anskaffingar og tenester.",
            "en": "How well the municipality puts new knowledge to use in real procurements and "
            "services.",
        },
    },
]

# The 14 core statements feed the dimension scores. The three "procurement" statements are
# optional, belong to none of the four dimensions and stay out of every core score.
STATEMENTS = [
    # Acquisition
    {
        "key": "acq-1",
        "dimension": "acquisition",
        "core": True,
        "text": {
            "nb": "Kommunen vår søker aktivt etter erfaringer fra andre kommuner, for eksempel "
            "gjennom nettverk i regi av KS eller LUP.",
            "nn": "Kommunen vår søkjer aktivt etter erfaringar frå andre kommunar, til dømes "
            "gjennom nettverk i regi av KS eller LUP.",
            "en": "Our municipality actively seeks out experience from other municipalities, for "
            "example through networks run by KS or LUP.",
        },
    },
    {
        "key": "acq-2",
        "dimension": "acquisition",
        "core": True,
        "text": {
            "nb": "Kommunen vår lærer om nye løsninger gjennom jevnlig kontakt med leverandører.",
            "nn": "Kommunen vår lærer om nye løysingar gjennom jamleg kontakt med leverandørar.",
            "en": "Our municipality learns about new solutions through regular contact with "
            "suppliers.",
        },
    },
    {
        "key": "acq-3",
        "dimension": "acquisition",
        "core": True,
        "text": {
            "nb": "Kommunen vår henter ny kunnskap fra forskning, for eksempel fra universiteter, "
            "høgskoler og forskningsinstitutter.",
            "nn": "Kommunen vår hentar ny kunnskap frå forsking, til dømes frå universitet, "
            "høgskular og forskingsinstitutt.",
            "en": "Our municipality draws new knowledge from research, for example from "
            "universities, university colleges and research institutes.",
        },
    },
    # Assimilation
    {
        "key": "asm-1",
        "dimension": "assimilation",
        "core": True,
        "text": {
            "nb": "Det vi lærer på kurs, konferanser og i nettverk, deler vi med andre ansatte i "
            "kommunen vår.",
            "nn": "Det vi lærer på kurs, konferansar og i nettverk, deler vi med andre tilsette i "
            "kommunen vår.",
            "en": "We share what we learn at courses, conferences and in networks with other "
            "staff in our municipality.",
        },
    },
    {
        "key": "asm-2",
        "dimension": "assimilation",
        "core": True,
        "text": {
            "nb": "I kommunen vår drøfter innkjøpere og fagfolk fra tjenestene nye ideer sammen.",
            "nn": "I kommunen vår drøftar innkjøparar og fagfolk frå tenestene nye idear saman.",
            "en": "In our municipality, procurement staff and professionals from the services "
            "discuss new ideas together.",
        },
    },
    {
        "key": "asm-3",
        "dimension": "assimilation",
        "core": True,
        "text": {
            "nb": "Kommunen vår har faste møteplasser der ulike enheter og sektorer deler "
            "erfaringer.",
            "nn": "Kommunen vår har faste møteplassar der ulike einingar og sektorar deler "
            "erfaringar.",
            "en": "Our municipality has regular meeting points where different units and sectors "
            "share experience.",
        },
    },
    {
        "key": "asm-4",
        "dimension": "assimilation",
        "core": True,
        "text": {
            "nb": "I kommunen vår drøfter vi sammen hva ny kunnskap utenfra kan bety for "
            "tjenestene våre.",
            "nn": "I kommunen vår drøftar vi saman kva ny kunnskap utanfrå kan bety for "
            "tenestene våre.",
            "en": "In our municipality, we discuss together what new knowledge from outside could "
            "mean for our services.",
        },
    },
    # Transformation
    {
        "key": "trf-1",
        "dimension": "transformation",
        "core": True,
        "text": {
            "nb": "Kommunen vår tilpasser løsninger vi lærer om fra andre, til våre egne forhold.",
            "nn": "Kommunen vår tilpassar løysingar vi lærer om frå andre, til våre eigne tilhøve.",
            "en": "Our municipality adapts solutions it learns about from others to its own local "
            "conditions.",
        },
    },
    {
        "key": "trf-2",
        "dimension": "transformation",
        "core": True,
        "text": {
            "nb": "I kommunen vår kombinerer vi ny kunnskap med egen erfaring for å finne bedre "
            "løsninger.",
            "nn": "I kommunen vår kombinerer vi ny kunnskap med eiga erfaring for å finne betre "
            "løysingar.",
            "en": "In our municipality, we combine new knowledge with our own experience to find "
            "better solutions.",
        },
    },
    {
        "key": "trf-3",
        "dimension": "transformation",
        "core": True,
        "text": {
            "nb": "Kommunen vår endrer arbeidsrutiner når vi lærer om bedre måter å jobbe på.",
            "nn": "Kommunen vår endrar arbeidsrutinar når vi lærer om betre måtar å arbeide på.",
            "en": "Our municipality changes its routines when we learn about better ways of "
            "working.",
        },
    },
    {
        "key": "trf-4",
        "dimension": "transformation",
        "core": True,
        "text": {
            "nb": "Kommunen vår oppdaterer planer og strategier i lys av ny kunnskap.",
            "nn": "Kommunen vår oppdaterer planar og strategiar i lys av ny kunnskap.",
            "en": "Our municipality updates its plans and strategies in light of new knowledge.",
        },
    },
    # Exploitation
    {
        "key": "exp-1",
        "dimension": "exploitation",
        "core": True,
        "text": {
            "nb": "Kommunen vår bruker ny kunnskap når vi planlegger og gjennomfører anskaffelser.",
            "nn": "Kommunen vår nyttar ny kunnskap når vi planlegg og gjennomfører anskaffingar.",
            "en": "Our municipality uses new knowledge when planning and carrying out "
            "procurements.",
        },
    },
    {
        "key": "exp-2",
        "dimension": "exploitation",
        "core": True,
        "text": {
            "nb": "Kommunen vår prøver ut nye løsninger i egne tjenester, for eksempel i et "
            "pilotprosjekt.",
            "nn": "Kommunen vår prøver ut nye løysingar i eigne tenester, til dømes i eit "
            "pilotprosjekt.",
            "en": "Our municipality tries out new solutions in its own services, for example in a "
            "pilot project.",
        },
    },
    {
        "key": "exp-3",
        "dimension": "exploitation",
        "core": True,
        "text": {
            "nb": "Når en ny løsning har vist seg å fungere, tar kommunen vår den i bruk i daglig "
            "drift.",
            "nn": "Når ei ny løysing har vist seg å fungere, tek kommunen vår henne i bruk i "
            "dagleg drift.",
            "en": "When a new solution has proved that it works, our municipality puts it into "
            "everyday use.",
        },
    },
    # Optional, procurement-specific
    {
        "key": "prc-1",
        "dimension": "procurement",
        "core": False,
        "text": {
            "nb": "Kommunen vår bygger på andre kommuners anskaffelser, for eksempel ved å "
            "gjenbruke behovsbeskrivelser eller konkurransegrunnlag.",
            "nn": "Kommunen vår byggjer på anskaffingane til andre kommunar, til dømes ved å "
            "bruke behovsskildringane eller konkurransegrunnlaga deira på nytt.",
            "en": "Our municipality builds on other municipalities' procurements, for example by "
            "reusing their needs descriptions or tender documents.",
        },
    },
    {
        "key": "prc-2",
        "dimension": "procurement",
        "core": False,
        "text": {
            "nb": "Før større anskaffelser har kommunen vår dialog med markedet for å finne ut hva "
            "som er mulig.",
            "nn": "Før større anskaffingar har kommunen vår dialog med marknaden for å finne ut "
            "kva som er mogleg.",
            "en": "Before major procurements, our municipality holds a dialogue with the market "
            "to find out what is possible.",
        },
    },
    {
        "key": "prc-3",
        "dimension": "procurement",
        "core": False,
        "text": {
            "nb": "Kommunen vår samarbeider med andre kommuner om felles anskaffelser.",
            "nn": "Kommunen vår samarbeider med andre kommunar om felles anskaffingar.",
            "en": "Our municipality works with other municipalities on joint procurements.",
        },
    },
]
