"""Demo question bank (Bokmål) for the starter courses. Loaded by the setup_demo command.

Each question tests what one module of a course in demo/content/courses/ teaches (module 0 = the
course's final test only). For ordering questions the options are listed in the correct order.
"""

QUESTIONS = [
    # --- grunnkurs: Modul 1 ----------------------------------------------------------------------
    {
        "key": "grunnkurs-m1-q1",
        "course": "grunnkurs",
        "module": 1,
        "type": "single",
        "difficulty": 1,
        "phases": ["behovsavklaring"],
        "topics": ["innovasjon", "organisasjon"],
        "text": (
            "Hvor stor del av de kommunale budsjettene går til kjøp av varer og tjenester, ifølge "
            "KS og studien som Menon Economics og NIFU gjennomførte i 2016?"
        ),
        "options": [
            {
                "text": "Over en tredjedel.",
                "correct": True,
                "feedback": (
                    "Riktig: KS viser til at kjøp av varer og tjenester utgjør over en tredjedel "
                    "av de kommunale budsjettene."
                ),
            },
            {
                "text": "Om lag en fjerdedel.",
                "correct": False,
                "feedback": "For lavt: Ifølge KS er andelen over en tredjedel.",
            },
            {
                "text": "Omtrent en femtedel.",
                "correct": False,
                "feedback": "For lavt: Ifølge KS er andelen over en tredjedel.",
            },
            {
                "text": "Under en tidel.",
                "correct": False,
                "feedback": "Langt for lavt: Ifølge KS er andelen over en tredjedel.",
            },
        ],
        "explanation": (
            "Ifølge KS og studien fra Menon Economics og NIFU går over en tredjedel av "
            "kommunebudsjettene til kjøp av varer og tjenester. Derfor påvirker kvaliteten på "
            "anskaffelsene direkte tjenestene innbyggerne får."
        ),
    },
    {
        "key": "grunnkurs-m1-q2",
        "course": "grunnkurs",
        "module": 1,
        "type": "multiple",
        "difficulty": 1,
        "phases": ["behovsavklaring"],
        "topics": ["innovasjon"],
        "text": "Hvilke tre typer innovative anskaffelser skiller DFØ mellom?",
        "options": [
            {
                "text": "Innovasjonsanskaffelse.",
                "correct": True,
                "feedback": (
                    "Riktig: Her må leverandørene utvikle noe nytt fordi ingen løsning på markedet "
                    "dekker behovet godt nok."
                ),
            },
            {
                "text": "Innovasjonsvennlig anskaffelse.",
                "correct": True,
                "feedback": (
                    "Riktig: En ordinær anskaffelse som oppfordrer til og belønner nye og bedre "
                    "løsninger."
                ),
            },
            {
                "text": "Anskaffelse av innovativ løsning.",
                "correct": True,
                "feedback": (
                    "Riktig: Kommunen kjøper en løsning som finnes, men som ikke er anskaffet "
                    "eller prøvd ut tidligere."
                ),
            },
            {
                "text": "Teknologianskaffelse.",
                "correct": False,
                "feedback": (
                    "Feil: Innovasjon trenger ikke handle om avansert teknologi, og dette er ikke "
                    "en av DFØs tre typer."
                ),
            },
            {
                "text": "Direkteanskaffelse av hyllevare.",
                "correct": False,
                "feedback": (
                    "Feil: Å kjøpe en kjent standardvare uten konkurranse er ikke en av DFØs tre "
                    "typer."
                ),
            },
        ],
        "explanation": (
            "DFØ skiller mellom innovasjonsanskaffelser, innovasjonsvennlige anskaffelser og "
            "anskaffelser av innovative løsninger. Typene krever ulik innsats og har ulik risiko."
        ),
    },
    {
        "key": "grunnkurs-m1-q3",
        "course": "grunnkurs",
        "module": 1,
        "type": "scenario",
        "difficulty": 2,
        "phases": ["behovsavklaring", "konkurranse"],
        "topics": ["innovasjon"],
        "context": (
            "Lillevik kommune skal inngå ny avtale om renhold av skolebyggene. Før konkurransen "
            "har kommunen snakket med flere leverandører. I konkurransegrunnlaget beskriver "
            "kommunen hva den vil oppnå – rene og sunne lokaler med lav miljøbelastning – i stedet "
            "for å bestemme metoder og utstyr. Konkurransen kunngjøres som en vanlig åpen "
            "anbudskonkurranse, og tilbud som gjør mer enn minstekravene, får uttelling i "
            "evalueringen."
        ),
        "inner_type": "single",
        "text": "Hvilken type innovativ anskaffelse er dette, slik DFØ beskriver typene?",
        "options": [
            {
                "text": "En innovasjonsvennlig anskaffelse.",
                "correct": True,
                "feedback": (
                    "Riktig: En ordinær konkurranse der kommunen beskriver funksjonen og belønner "
                    "tilbud som gjør mer enn minstekravene, er innovasjonsvennlig."
                ),
            },
            {
                "text": "En innovasjonsanskaffelse.",
                "correct": False,
                "feedback": (
                    "Feil: Ingen skal utvikle en ny løsning her; det kjennetegner en "
                    "innovasjonsanskaffelse."
                ),
            },
            {
                "text": "En anskaffelse av innovativ løsning.",
                "correct": False,
                "feedback": (
                    "Feil: Kommunen kjøper ikke en helt ny løsning som ikke er prøvd ut tidligere."
                ),
            },
        ],
        "explanation": (
            "En innovasjonsvennlig anskaffelse er en ordinær anskaffelse der kommunen beskriver "
            "behovet og funksjonen og premierer tilbud som gjør mer enn minstekravene. Den kan "
            "gjennomføres som en vanlig åpen anbudskonkurranse og passer i nesten alle kjøp."
        ),
    },
    {
        "key": "grunnkurs-m1-q4",
        "course": "grunnkurs",
        "module": 1,
        "type": "true_false",
        "difficulty": 2,
        "phases": ["konkurranse"],
        "topics": ["innovasjon", "prosedyrer"],
        "text": (
            "Påstand: Ifølge DFØ brukte under en halv prosent av kunngjøringene i Doffin fra 2018 "
            "til 2022 prosedyrer som er laget eller særlig tilpasset for innovasjon."
        ),
        "options": [
            {
                "text": "Sant",
                "correct": True,
                "feedback": (
                    "Riktig: DFØs analyse av Doffin viser under en halv prosent, så potensialet "
                    "for mer er stort."
                ),
            },
            {
                "text": "Usant",
                "correct": False,
                "feedback": (
                    "Påstanden stemmer: Andelen var under en halv prosent i perioden 2018–2022."
                ),
            },
        ],
        "explanation": (
            "DFØ fant at under en halv prosent av kunngjøringene fra 2018 til 2022 brukte "
            "prosedyrer som innovasjonspartnerskap og konkurransepreget dialog. Prosedyren er "
            "likevel bare en del av bildet: Også vanlige konkurranser kan være innovasjonsvennlige."
        ),
    },
    {
        "key": "grunnkurs-m1-q5",
        "course": "grunnkurs",
        "module": 1,
        "type": "single",
        "difficulty": 2,
        "phases": ["spredning"],
        "topics": ["samarbeid", "innovasjon"],
        "text": (
            "Hvordan skjedde spredningen av innovative anskaffelser først og fremst, ifølge "
            "studien som Menon Economics og NIFU gjennomførte for KS i 2016?"
        ),
        "options": [
            {
                "text": "Gjennom nettverk mellom kommunene.",
                "correct": True,
                "feedback": (
                    "Riktig: Studien fant at spredningen først og fremst skjedde gjennom nettverk "
                    "mellom kommunene."
                ),
            },
            {
                "text": "Gjennom pålegg fra departementene.",
                "correct": False,
                "feedback": (
                    "Feil: Studien beskriver ikke statlige pålegg som den viktigste kanalen for "
                    "spredning."
                ),
            },
            {
                "text": "Gjennom leverandørenes markedsføring.",
                "correct": False,
                "feedback": (
                    "Feil: Studien pekte på nettverk mellom kommunene, ikke på leverandørenes salg."
                ),
            },
            {
                "text": "Gjennom en felles nasjonal casedatabase.",
                "correct": False,
                "feedback": (
                    "Feil: En felles casedatabase var et av tiltakene forskerne foreslo, ikke noe "
                    "som fantes allerede."
                ),
            },
        ],
        "explanation": (
            "Spredningsstudien fra 2016 fant at kommunene i liten grad arbeidet med å spre "
            "innovative anskaffelser, og at spredningen mest skjedde gjennom nettverk mellom "
            "kommunene. KS' nettverk og LUP ble beskrevet som svært gode, men små ordninger."
        ),
    },
    {
        "key": "grunnkurs-m1-q6",
        "course": "grunnkurs",
        "module": 1,
        "type": "multiple",
        "difficulty": 2,
        "phases": ["spredning"],
        "topics": ["samarbeid", "organisasjon"],
        "text": (
            "Spire er bygget rundt fire tiltak fra spredningsstudien. Hvilke av disse er blant dem?"
        ),
        "options": [
            {
                "text": "Kompetanse og absorpsjonskapasitet.",
                "correct": True,
                "feedback": (
                    "Riktig: Kommunen må kunne søke etter, forstå og ta i bruk kunnskap utenfra."
                ),
            },
            {
                "text": "Systematisk deling i nettverk.",
                "correct": True,
                "feedback": (
                    "Riktig: Delingen bør bli mer formell, med faste arenaer og tydelig ansvar."
                ),
            },
            {
                "text": "Felles anskaffelser.",
                "correct": True,
                "feedback": (
                    "Riktig: Kommuner som går sammen, deler kostnader og risiko og gir "
                    "leverandørene et større marked."
                ),
            },
            {
                "text": "En felles casedatabase.",
                "correct": True,
                "feedback": (
                    "Riktig: En søkbar oversikt gjør det lettere å finne noen å lære av eller "
                    "samarbeide med."
                ),
            },
            {
                "text": "Én felles innkjøpsavdeling for alle kommuner.",
                "correct": False,
                "feedback": (
                    "Feil: Studien foreslo mer formalisert og koordinert innsats, ikke å samle "
                    "alle innkjøp i én avdeling."
                ),
            },
        ],
        "explanation": (
            "De fire tiltakene er kompetanse og absorpsjonskapasitet, systematisk deling i "
            "nettverk, felles anskaffelser og en felles casedatabase. De skal supplere nettverkene "
            "og kompetansebyggingen i den enkelte kommune."
        ),
    },
    # --- grunnkurs: Modul 2 ----------------------------------------------------------------------
    {
        "key": "grunnkurs-m2-q1",
        "course": "grunnkurs",
        "module": 2,
        "type": "single",
        "difficulty": 1,
        "phases": ["konkurranse"],
        "topics": ["regelverk"],
        "text": "Hvordan er arbeidet fordelt mellom anskaffelsesloven og anskaffelsesforskriften?",
        "options": [
            {
                "text": (
                    "Loven gir de store linjene, mens forskriften har de detaljerte reglene, blant "
                    "annet om prosedyrer, frister og kunngjøring."
                ),
                "correct": True,
                "feedback": (
                    "Riktig: Loven er kort, og forskriften inneholder de detaljerte reglene."
                ),
            },
            {
                "text": "Loven gjelder staten, mens forskriften gjelder kommunene.",
                "correct": False,
                "feedback": "Feil: Forskjellen går på detaljnivå, ikke på hvem som kjøper.",
            },
            {
                "text": (
                    "Loven gjelder varer og tjenester, mens forskriften bare gjelder bygge- og "
                    "anleggsarbeider."
                ),
                "correct": False,
                "feedback": (
                    "Feil: Forskriften utfyller loven for alle typer anskaffelser den omfatter."
                ),
            },
            {
                "text": "Forskriften gir de store linjene, mens loven har de detaljerte reglene.",
                "correct": False,
                "feedback": "Feil: Det er motsatt – loven er kort, og forskriften er detaljert.",
            },
        ],
        "explanation": (
            "Anskaffelsesloven og anskaffelsesforskriften trådte begge i kraft 1. januar 2017. "
            "Loven gir de store linjene, mens forskriften har de detaljerte reglene om blant annet "
            "prosedyrer, frister og kunngjøring."
        ),
    },
    {
        "key": "grunnkurs-m2-q2",
        "course": "grunnkurs",
        "module": 2,
        "type": "multiple",
        "difficulty": 1,
        "phases": ["konkurranse"],
        "topics": ["regelverk"],
        "text": (
            "Hvilke av disse er blant de fem grunnleggende prinsippene i anskaffelsesloven § 4?"
        ),
        "options": [
            {
                "text": "Likebehandling.",
                "correct": True,
                "feedback": (
                    "Riktig: Alle leverandører skal behandles likt og få den samme informasjonen "
                    "samtidig."
                ),
            },
            {
                "text": "Etterprøvbarhet.",
                "correct": True,
                "feedback": (
                    "Riktig: Det skal være mulig å kontrollere i ettertid at reglene er fulgt."
                ),
            },
            {
                "text": "Forholdsmessighet.",
                "correct": True,
                "feedback": (
                    "Riktig: Krav og ressursbruk skal stå i forhold til det som skal kjøpes."
                ),
            },
            {
                "text": "Lokal tilhørighet.",
                "correct": False,
                "feedback": (
                    "Feil: Kommunen kan tvert imot ikke forskjellsbehandle leverandører ut fra "
                    "lokal tilhørighet."
                ),
            },
            {
                "text": "Laveste pris.",
                "correct": False,
                "feedback": (
                    "Feil: Laveste pris er ikke et grunnleggende prinsipp, og en god anskaffelse "
                    "ser på mer enn prisen."
                ),
            },
        ],
        "explanation": (
            "Anskaffelsesloven § 4 krever at oppdragsgiveren opptrer i samsvar med prinsippene om "
            "konkurranse, likebehandling, forutberegnelighet, etterprøvbarhet og forholdsmessighet."
        ),
    },
    {
        "key": "grunnkurs-m2-q3",
        "course": "grunnkurs",
        "module": 2,
        "type": "single",
        "difficulty": 1,
        "phases": ["konkurranse"],
        "topics": ["regelverk"],
        "text": (
            "Hvilket grunnleggende prinsipp handler om at det skal være mulig å kontrollere i "
            "ettertid at kommunen har fulgt reglene?"
        ),
        "options": [
            {
                "text": "Etterprøvbarhet.",
                "correct": True,
                "feedback": (
                    "Riktig: Derfor må vurderinger og beslutninger dokumenteres skriftlig og "
                    "begrunnes."
                ),
            },
            {
                "text": "Forutberegnelighet.",
                "correct": False,
                "feedback": (
                    "Feil: Forutberegnelighet handler om at leverandørene kan forutse hvordan "
                    "konkurransen foregår."
                ),
            },
            {
                "text": "Forholdsmessighet.",
                "correct": False,
                "feedback": (
                    "Feil: Forholdsmessighet handler om at krav og ressursbruk står i forhold til "
                    "det som kjøpes."
                ),
            },
            {
                "text": "Likebehandling.",
                "correct": False,
                "feedback": "Feil: Likebehandling handler om at alle leverandører behandles likt.",
            },
        ],
        "explanation": (
            "Etterprøvbarhet betyr at det skal være mulig å kontrollere i ettertid at kommunen har "
            "fulgt reglene. Derfor må vurderinger og beslutninger dokumenteres, og valget av "
            "leverandør må begrunnes."
        ),
    },
    {
        "key": "grunnkurs-m2-q4",
        "course": "grunnkurs",
        "module": 2,
        "type": "single",
        "difficulty": 2,
        "phases": ["konkurranse"],
        "topics": ["regelverk", "innovasjon"],
        "text": (
            "En kommune skal kjøpe et lite, nytt digitalt verktøy og vil kreve at leverandørene "
            "har fem referanseprosjekter av samme størrelse. Kravet stenger ute flere nyetablerte "
            "selskaper uten å gi kommunen noe igjen. Hvilket prinsipp er særlig i spill?"
        ),
        "options": [
            {
                "text": "Forholdsmessighet.",
                "correct": True,
                "feedback": (
                    "Riktig: Kravene skal ikke være strengere enn nødvendig, og omfattende "
                    "referansekrav kan stenge ute nye leverandører."
                ),
            },
            {
                "text": "Etterprøvbarhet.",
                "correct": False,
                "feedback": (
                    "Feil: Etterprøvbarhet handler om dokumentasjon, ikke om hvor strenge kravene "
                    "er."
                ),
            },
            {
                "text": "Forutberegnelighet.",
                "correct": False,
                "feedback": (
                    "Feil: Kravet er kjent på forhånd, så problemet er ikke at leverandørene ikke "
                    "kan forutse det."
                ),
            },
        ],
        "explanation": (
            "Forholdsmessighet betyr at krav og ressursbruk skal stå i forhold til det som skal "
            "kjøpes. Leksjonen bruker nettopp omfattende referansekrav som stenger ute nye "
            "leverandører, som eksempel på et uforholdsmessig krav."
        ),
    },
    {
        "key": "grunnkurs-m2-q5",
        "course": "grunnkurs",
        "module": 2,
        "type": "scenario",
        "difficulty": 3,
        "phases": ["markedsdialog"],
        "topics": ["regelverk", "markedsdialog"],
        "context": (
            "Nordfjell kommune har hatt et én-til-én-møte med en leverandør før en konkurranse om "
            "et nytt fagsystem. I møtet fikk leverandøren vite om budsjettrammen og den planlagte "
            "tidsplanen. De andre leverandørene har ikke fått denne informasjonen. Konkurransen er "
            "ennå ikke kunngjort."
        ),
        "inner_type": "single",
        "text": "Hva bør kommunen gjøre nå?",
        "options": [
            {
                "text": (
                    "Dele den samme informasjonen med alle leverandørene og gi en tilbudsfrist som "
                    "er lang nok til at alle rekker å forberede seg."
                ),
                "correct": True,
                "feedback": (
                    "Riktig: Slik retter kommunen opp forspranget og ivaretar likebehandlingen."
                ),
            },
            {
                "text": "Avvise leverandøren fra konkurransen straks.",
                "correct": False,
                "feedback": (
                    "Feil: Å avvise leverandøren er siste utvei når forspranget ikke kan rettes "
                    "opp på andre måter."
                ),
            },
            {
                "text": "Ikke gjøre noe, fordi dialog før konkurransen er lov.",
                "correct": False,
                "feedback": (
                    "Feil: Dialogen er lov, men kommunen må rette opp et forsprang som har "
                    "oppstått."
                ),
            },
            {
                "text": "Be leverandøren om å holde informasjonen for seg selv.",
                "correct": False,
                "feedback": (
                    "Feil: Forspranget består uansett, fordi de andre fortsatt mangler "
                    "informasjonen."
                ),
            },
        ],
        "explanation": (
            "Har en leverandør fått informasjon de andre ikke har, må kommunen rette opp "
            "forspranget, for eksempel ved å gi alle den samme informasjonen og god nok tid. Å "
            "avvise leverandøren er siste utvei."
        ),
    },
    {
        "key": "grunnkurs-m2-q6",
        "course": "grunnkurs",
        "module": 2,
        "type": "true_false",
        "difficulty": 1,
        "phases": ["markedsdialog"],
        "topics": ["regelverk", "markedsdialog"],
        "text": (
            "Påstand: Anskaffelsesregelverket forbyr kommunen å snakke med leverandører før "
            "konkurransen er kunngjort."
        ),
        "options": [
            {
                "text": "Sant",
                "correct": False,
                "feedback": "Påstanden er usann: Dialog før konkurransen er lov og ofte klokt.",
            },
            {
                "text": "Usant",
                "correct": True,
                "feedback": (
                    "Riktig: Dialog er lov så lenge alle behandles likt, ingen får en urimelig "
                    "fordel og forretningshemmeligheter ikke røpes."
                ),
            },
        ],
        "explanation": (
            "Regelverket hindrer ikke kommunen i å snakke med leverandører før konkurransen. "
            "Kravet er at alle behandles likt, at ingen får en urimelig fordel, og at "
            "forretningshemmeligheter ikke røpes."
        ),
    },
    # --- grunnkurs: Modul 3 ----------------------------------------------------------------------
    {
        "key": "grunnkurs-m3-q1",
        "course": "grunnkurs",
        "module": 3,
        "type": "ordering",
        "difficulty": 2,
        "phases": [
            "behovsavklaring",
            "markedsdialog",
            "konkurranse",
            "kontrakt",
            "implementering",
            "gevinstrealisering",
            "spredning",
        ],
        "topics": ["organisasjon"],
        "text": "Sett de sju fasene i en innovativ anskaffelse i riktig rekkefølge.",
        "options": [
            {
                "text": "Behovsavklaring (med forankring)",
                "correct": True,
                "feedback": (
                    "Først: Arbeidet starter med problemet og brukerne, og ledelsen gir mandat."
                ),
            },
            {
                "text": "Markedsdialog",
                "correct": True,
                "feedback": "Andre: Kommunen finner ut hva markedet kan tilby, før konkurransen.",
            },
            {
                "text": "Konkurranse",
                "correct": True,
                "feedback": (
                    "Tredje: Kommunen velger prosedyre, skriver konkurransegrunnlaget og kunngjør."
                ),
            },
            {
                "text": "Kontrakt",
                "correct": True,
                "feedback": (
                    "Fjerde: Kontrakten avklarer blant annet rettigheter, endringer og oppfølging."
                ),
            },
            {
                "text": "Implementering",
                "correct": True,
                "feedback": "Femte: Løsningen tas i bruk med opplæring og nye arbeidsmåter.",
            },
            {
                "text": "Gevinstrealisering",
                "correct": True,
                "feedback": "Sjette: Gevinstene måles og følges opp etter en gevinstplan.",
            },
            {
                "text": "Spredning",
                "correct": True,
                "feedback": (
                    "Sist: Erfaringene deles, slik at andre kommuner kan ta i bruk løsningen."
                ),
            },
        ],
        "explanation": (
            "Spire deler en innovativ anskaffelse inn i sju faser, basert på DFØ og LUPs metode: "
            "behovsavklaring, markedsdialog, konkurranse, kontrakt, implementering, "
            "gevinstrealisering og spredning."
        ),
    },
    {
        "key": "grunnkurs-m3-q2",
        "course": "grunnkurs",
        "module": 3,
        "type": "numeric",
        "difficulty": 1,
        "phases": ["behovsavklaring", "spredning"],
        "topics": ["organisasjon"],
        "text": (
            "DFØ deler anskaffelsesprosessen i tre hoveddeler. I hvor mange faser deler Spire en "
            "innovativ anskaffelse?"
        ),
        "options": [],
        "explanation": (
            "Spire deler en innovativ anskaffelse inn i sju faser, fra behovsavklaring til "
            "spredning. Grunnen er at det som skjer før og etter selve konkurransen, avgjør mye av "
            "resultatet."
        ),
        "answer": 7,
        "tolerance": 0,
        "unit": "faser",
    },
    {
        "key": "grunnkurs-m3-q3",
        "course": "grunnkurs",
        "module": 3,
        "type": "single",
        "difficulty": 1,
        "phases": ["behovsavklaring"],
        "topics": ["organisasjon", "behov"],
        "text": "Hva betyr forankring i behovsavklaringen?",
        "options": [
            {
                "text": (
                    "At ledelsen står bak arbeidet, gir mandat, setter av tid og penger og "
                    "aksepterer noe usikkerhet."
                ),
                "correct": True,
                "feedback": (
                    "Riktig: Uten forankring stopper mange gode initiativ ved den første motbakken."
                ),
            },
            {
                "text": "At leverandørene har godkjent behovsbeskrivelsen før konkurransen.",
                "correct": False,
                "feedback": (
                    "Feil: Leverandørene gir innspill i dialogen, men forankring handler om "
                    "ledelsen."
                ),
            },
            {
                "text": "At kontrakten er signert av begge parter.",
                "correct": False,
                "feedback": "Feil: Forankring skjer i starten, lenge før kontrakten.",
            },
            {
                "text": "At konkurransen er kunngjort i Doffin.",
                "correct": False,
                "feedback": "Feil: Kunngjøring hører til konkurransefasen, ikke til forankringen.",
            },
        ],
        "explanation": (
            "Forankring betyr at ledelsen står bak arbeidet: Lederne gir mandat, setter av tid og "
            "penger og aksepterer at en innovativ anskaffelse har noe usikkerhet."
        ),
    },
    {
        "key": "grunnkurs-m3-q4",
        "course": "grunnkurs",
        "module": 3,
        "type": "multiple",
        "difficulty": 2,
        "phases": ["kontrakt"],
        "topics": ["regelverk", "samarbeid"],
        "text": "Hva bør kontrakten i en innovativ anskaffelse avklare, ifølge leksjonen?",
        "options": [
            {
                "text": "Hvem som eier rettighetene til det som utvikles.",
                "correct": True,
                "feedback": "Riktig: Rettighetene må være avklart når løsningen er ny.",
            },
            {
                "text": "Hvordan endringer skal håndteres.",
                "correct": True,
                "feedback": "Riktig: En ny løsning må ofte justeres underveis.",
            },
            {
                "text": "Om andre kommuner skal kunne bruke avtalen senere.",
                "correct": True,
                "feedback": (
                    "Riktig: Det må gå klart fram av kunngjøringen og kontrakten fra starten av."
                ),
            },
            {
                "text": "At det ikke skal holdes oppfølgingsmøter det første året.",
                "correct": False,
                "feedback": (
                    "Feil: Leksjonen anbefaler faste oppfølgingsmøter, særlig i den første "
                    "perioden."
                ),
            },
            {
                "text": "Hvilke leverandører som får delta i neste konkurranse.",
                "correct": False,
                "feedback": (
                    "Feil: Kontrakten kan ikke avgjøre hvem som får delta i framtidige "
                    "konkurranser."
                ),
            },
        ],
        "explanation": (
            "Kontrakten bør avklare hvem som eier rettighetene, hvordan endringer håndteres, og "
            "hvordan leveransen følges opp. Skal andre kommuner kunne bruke avtalen, må det gå "
            "fram av kunngjøringen og kontrakten fra starten av."
        ),
    },
    {
        "key": "grunnkurs-m3-q5",
        "course": "grunnkurs",
        "module": 3,
        "type": "scenario",
        "difficulty": 2,
        "phases": ["implementering", "gevinstrealisering"],
        "topics": ["gevinster", "organisasjon"],
        "context": (
            "Sørdal kommune har nettopp signert kontrakt om et nytt digitalt planleggingsverktøy "
            "for hjemmetjenesten. Målet er mer tid til direkte brukerkontakt. Prosjektgruppen "
            "består av en innkjøper, to sykepleiere og enhetslederen i hjemmetjenesten. Ingen har "
            "ennå fått ansvaret for å følge opp gevinstene."
        ),
        "inner_type": "single",
        "text": "Hvordan bør kommunen sikre at gevinstene blir hentet ut?",
        "options": [
            {
                "text": (
                    "Gi en leder i hjemmetjenesten ansvaret, med en gevinstplan som sier hva som "
                    "skal måles, når og av hvem."
                ),
                "correct": True,
                "feedback": (
                    "Riktig: Gevinster må defineres og måles, med en tydelig ansvarlig i tjenesten."
                ),
            },
            {
                "text": "Overlate oppfølgingen til leverandøren, som kjenner løsningen best.",
                "correct": False,
                "feedback": "Feil: Det er kommunen som eier gevinstene og må følge dem opp.",
            },
            {
                "text": "La innkjøperen følge opp, siden kontrakten er innkjøpsavdelingens ansvar.",
                "correct": False,
                "feedback": (
                    "Feil: Innkjøperen er viktig, men det er tjenesten som tar løsningen i bruk og "
                    "henter ut gevinstene."
                ),
            },
            {
                "text": "Vente og se, fordi gevinstene kommer når løsningen er levert.",
                "correct": False,
                "feedback": "Feil: En ny løsning gir sjelden gevinst av seg selv.",
            },
        ],
        "explanation": (
            "Gevinster bør bestemmes tidlig og måles før løsningen tas i bruk. En enkel "
            "gevinstplan sier hva som skal måles, når og av hvem, og en leder i tjenesten får "
            "ansvaret for å følge gevinstene opp."
        ),
    },
    {
        "key": "grunnkurs-m3-q6",
        "course": "grunnkurs",
        "module": 3,
        "type": "single",
        "difficulty": 1,
        "phases": ["behovsavklaring"],
        "topics": ["organisasjon"],
        "text": "Når bør de innkjøpsfaglige komme med i en innovativ anskaffelse?",
        "options": [
            {
                "text": "Fra starten av.",
                "correct": True,
                "feedback": (
                    "Riktig: De hjelper blant annet med prosedyrevalg og planlegging av "
                    "markedsdialogen."
                ),
            },
            {
                "text": "Når konkurransen skal kunngjøres.",
                "correct": False,
                "feedback": (
                    "Feil: Leksjonen understreker at de bør være med før kunngjøringen, ikke bare "
                    "da."
                ),
            },
            {
                "text": "Når kontrakten skal signeres.",
                "correct": False,
                "feedback": "Feil: Da er de viktigste valgene allerede tatt.",
            },
            {
                "text": "Bare hvis en leverandør klager.",
                "correct": False,
                "feedback": (
                    "Feil: Innkjøpsfaglig kompetanse tidlig i prosessen er nettopp det som "
                    "forebygger klager."
                ),
            },
        ],
        "explanation": (
            "Innkjøperne kjenner regelverket og prosedyrene og hjelper med prosedyrevalg, "
            "markedsdialog, konkurransegrunnlag og kontrakt. De bør være med fra starten, ikke "
            "bare når konkurransen skal kunngjøres."
        ),
    },
    {
        "key": "grunnkurs-m3-q7",
        "course": "grunnkurs",
        "module": 3,
        "type": "true_false",
        "difficulty": 2,
        "phases": ["spredning"],
        "topics": ["samarbeid", "innovasjon"],
        "text": (
            "Påstand: Erfaringene fra kommunene i Larvik-saken viste at arbeidet handler mer om "
            "teknologi enn om å utvikle gode tjenester."
        ),
        "options": [
            {
                "text": "Sant",
                "correct": False,
                "feedback": "Påstanden er usann: Erfaringene pekte i motsatt retning.",
            },
            {
                "text": "Usant",
                "correct": True,
                "feedback": (
                    "Riktig: Erfaringene viste at arbeidet handler mindre om teknologi og mer om å "
                    "utvikle gode tjenester."
                ),
            },
        ],
        "explanation": (
            "Erfaringene fra kommunene i Larvik-saken viste at arbeidet handler mindre om "
            "teknologi og mer om å utvikle gode tjenester."
        ),
    },
    # --- grunnkurs: Sluttest ---------------------------------------------------------------------
    {
        "key": "grunnkurs-final-q1",
        "course": "grunnkurs",
        "module": 0,
        "type": "single",
        "difficulty": 2,
        "phases": ["spredning"],
        "topics": ["innovasjon"],
        "text": (
            "Spredningsstudien fra 2016 sammenligner innovative anskaffelser med idrett. Hva "
            "kaller den «innovasjon i anskaffelser»?"
        ),
        "options": [
            {
                "text": "Breddeidrett – at mange vanlige anskaffelser gjøres smartere.",
                "correct": True,
                "feedback": (
                    "Riktig: Breddeidretten handler om at mange vanlige anskaffelser gjøres "
                    "smartere."
                ),
            },
            {
                "text": "Toppidrett – de færre og større utviklingsløpene.",
                "correct": False,
                "feedback": "Feil: Toppidrett er betegnelsen på «anskaffelser av innovasjon».",
            },
            {
                "text": "Breddeidrett – de færre og større utviklingsløpene.",
                "correct": False,
                "feedback": "Feil: De færre og større utviklingsløpene er toppidretten.",
            },
            {
                "text": "Toppidrett – at mange vanlige anskaffelser gjøres smartere.",
                "correct": False,
                "feedback": "Feil: Smartere vanlige anskaffelser er breddeidretten.",
            },
        ],
        "explanation": (
            "Rapporten kaller «innovasjon i anskaffelser» for breddeidrett og «anskaffelser av "
            "innovasjon» for toppidrett. Kommunene trenger begge deler."
        ),
    },
    {
        "key": "grunnkurs-final-q2",
        "course": "grunnkurs",
        "module": 0,
        "type": "numeric",
        "difficulty": 2,
        "phases": ["spredning"],
        "topics": ["samarbeid"],
        "text": (
            "Ifølge LUP gikk Larvik sammen med en rekke andre kommuner om å anskaffe elektronisk "
            "medisineringsstøtte. Hvor mange andre kommuner var med i tillegg til Larvik?"
        ),
        "options": [],
        "explanation": (
            "Ifølge LUP endte samarbeidet med at Larvik og 28 andre kommuner gikk sammen om "
            "anskaffelsen – programmets største felles anskaffelse. Larvik-saken viser også at "
            "spredning kan begynne før kontrakten er signert."
        ),
        "answer": 28,
        "tolerance": 0,
        "unit": "kommuner",
    },
    {
        "key": "grunnkurs-final-q3",
        "course": "grunnkurs",
        "module": 0,
        "type": "scenario",
        "difficulty": 3,
        "phases": ["markedsdialog"],
        "topics": ["markedsdialog", "regelverk"],
        "context": (
            "Fjellheim kommune vil finne bedre løsninger for tilrettelagt skoleskyss. Før "
            "konkurransen planlegger kommunen markedsdialog med leverandørene. Prosjektgruppen er "
            "usikker på hvordan den skal gå fram for å følge de grunnleggende prinsippene, og spør "
            "deg om råd."
        ),
        "inner_type": "multiple",
        "text": "Hvilke grep ivaretar likebehandling og etterprøvbarhet i dialogen?",
        "options": [
            {
                "text": (
                    "Kunngjøre invitasjonen åpent, for eksempel i Doffin eller på kommunens "
                    "nettsider."
                ),
                "correct": True,
                "feedback": (
                    "Riktig: En åpen invitasjon gir alle aktuelle leverandører mulighet til å "
                    "delta."
                ),
            },
            {
                "text": "Dele spørsmål og svar med alle som deltar.",
                "correct": True,
                "feedback": "Riktig: Alle deltakere skal få den samme informasjonen.",
            },
            {
                "text": "Skrive referat fra møtene med leverandørene.",
                "correct": True,
                "feedback": (
                    "Riktig: Referater gjør det mulig å kontrollere i ettertid hva som ble sagt."
                ),
            },
            {
                "text": "Bare invitere den leverandøren kommunen kjenner best, for å spare tid.",
                "correct": False,
                "feedback": "Feil: Det begrenser konkurransen og gir én leverandør et forsprang.",
            },
            {
                "text": (
                    "Fortelle de andre leverandørene om løsningen én leverandør presenterte i "
                    "fortrolighet."
                ),
                "correct": False,
                "feedback": (
                    "Feil: Kommunen må ikke røpe forretningshemmeligheter som én leverandør har "
                    "delt."
                ),
            },
        ],
        "explanation": (
            "En åpen invitasjon og lik informasjon til alle ivaretar likebehandling i dialogen, og "
            "referater og begrunnelser underveis gjør anskaffelsen etterprøvbar. "
            "Forretningshemmeligheter må beskyttes."
        ),
    },
    {
        "key": "grunnkurs-final-q4",
        "course": "grunnkurs",
        "module": 0,
        "type": "multiple",
        "difficulty": 2,
        "phases": ["behovsavklaring", "implementering"],
        "topics": ["organisasjon", "behov"],
        "text": "Hvilke oppgaver har tjenesten som har behovet, ifølge leksjonen om roller?",
        "options": [
            {
                "text": "Beskrive hva som skal løses.",
                "correct": True,
                "feedback": "Riktig: Fagfolkene eier behovet og beskriver det.",
            },
            {
                "text": "Vurdere faglig kvalitet i tilbudene.",
                "correct": True,
                "feedback": "Riktig: Fagfolkene vurderer den faglige kvaliteten.",
            },
            {
                "text": "Ta løsningen i bruk.",
                "correct": True,
                "feedback": "Riktig: Uten tjenesten blir det vanskelig å hente ut gevinstene.",
            },
            {
                "text": "Gi mandat og ta ansvar for risikoen.",
                "correct": False,
                "feedback": "Feil: Det er ledelsens rolle.",
            },
            {
                "text": "Utforme kontrakten på egen hånd.",
                "correct": False,
                "feedback": "Feil: Innkjøperne hjelper med å utforme kontrakten.",
            },
        ],
        "explanation": (
            "Tjenesten som har behovet, eier behovet: Fagfolkene beskriver hva som skal løses, "
            "vurderer faglig kvalitet i tilbudene og har ansvaret for å ta løsningen i bruk. "
            "Ledelsen gir mandat og tar ansvar for risikoen."
        ),
    },
    {
        "key": "grunnkurs-final-q5",
        "course": "grunnkurs",
        "module": 0,
        "type": "true_false",
        "difficulty": 1,
        "phases": ["behovsavklaring", "gevinstrealisering"],
        "topics": ["gevinster"],
        "text": (
            "Påstand: En god anskaffelse ser på kostnader og nytte over hele levetiden, ikke bare "
            "på prisen på kjøpsdagen."
        ),
        "options": [
            {
                "text": "Sant",
                "correct": True,
                "feedback": (
                    "Riktig: Drift, vedlikehold, opplæring, energibruk og utskifting kan koste mer "
                    "enn selve kjøpet."
                ),
            },
            {
                "text": "Usant",
                "correct": False,
                "feedback": (
                    "Påstanden stemmer: Et rimelig produkt som krever mye manuelt arbeid, kan bli "
                    "dyrt i det lange løp."
                ),
            },
        ],
        "explanation": (
            "En god anskaffelse dekker behovet best mulig for pengene over hele levetiden. Drift, "
            "vedlikehold, opplæring, energibruk og utskifting kan koste mer enn selve kjøpet."
        ),
    },
    {
        "key": "grunnkurs-final-q6",
        "course": "grunnkurs",
        "module": 0,
        "type": "single",
        "difficulty": 2,
        "phases": ["konkurranse"],
        "topics": ["prosedyrer", "innovasjon"],
        "text": (
            "Stavanger kommune var først ute i Norge med en prosedyre for å finne nye løsninger i "
            "heldøgnsomsorgen. Hvilken?"
        ),
        "options": [
            {
                "text": "Innovasjonspartnerskap.",
                "correct": True,
                "feedback": (
                    "Riktig: Stavanger var først ute med innovasjonspartnerskap, sammen med "
                    "Innovasjon Norge, Difi og LUP."
                ),
            },
            {
                "text": "Konkurransepreget dialog.",
                "correct": False,
                "feedback": (
                    "Feil: Konkurransepreget dialog er også laget for innovasjon, men Stavanger "
                    "brukte innovasjonspartnerskap."
                ),
            },
            {
                "text": "Førkommersiell anskaffelse.",
                "correct": False,
                "feedback": (
                    "Feil: Førkommersielle anskaffelser er et annet eksempel på "
                    "innovasjonsanskaffelser, men Stavanger brukte innovasjonspartnerskap."
                ),
            },
            {
                "text": "Plan- og designkonkurranse.",
                "correct": False,
                "feedback": (
                    "Feil: Stavanger lot leverandørene utvikle nye løsninger gjennom et "
                    "innovasjonspartnerskap, ikke gjennom en konkurranse om planer eller design."
                ),
            },
        ],
        "explanation": (
            "Stavanger kommune var først ute i Norge med innovasjonspartnerskap, i "
            "heldøgnsomsorgen, sammen med Innovasjon Norge, Difi og LUP. Det er et eksempel på en "
            "innovasjonsanskaffelse."
        ),
    },
    {
        "key": "grunnkurs-final-q7",
        "course": "grunnkurs",
        "module": 0,
        "type": "single",
        "difficulty": 3,
        "phases": ["behovsavklaring"],
        "topics": ["regelverk", "organisasjon"],
        "text": (
            "Når regelverket oppleves som et hinder for innovasjon, hva skyldes det ofte, ifølge "
            "leksjonen?"
        ),
        "options": [
            {
                "text": "Vane, tidspress eller frykt for klager.",
                "correct": True,
                "feedback": (
                    "Riktig: Botemiddelet er god planlegging, innkjøpsfaglig kompetanse tidlig og "
                    "skriftlige notater underveis."
                ),
            },
            {
                "text": "At regelverket forbyr funksjonskrav.",
                "correct": False,
                "feedback": (
                    "Feil: Kommunen kan beskrive behovet med funksjonskrav i stedet for tekniske "
                    "detaljer."
                ),
            },
            {
                "text": "At regelverket mangler prosedyrer for å utvikle nye løsninger.",
                "correct": False,
                "feedback": (
                    "Feil: Regelverket har egne prosedyrer, som konkurransepreget dialog og "
                    "innovasjonspartnerskap."
                ),
            },
            {
                "text": "At dialog med leverandører før konkurransen er forbudt.",
                "correct": False,
                "feedback": "Feil: Dialog er lov så lenge alle behandles likt.",
            },
        ],
        "explanation": (
            "Regelverket står sjelden i veien for innovasjon. Når det oppleves slik, skyldes det "
            "ofte vane, tidspress eller frykt for klager, og det beste botemiddelet er god "
            "planlegging, innkjøpsfaglig kompetanse tidlig og skriftlige notater underveis."
        ),
    },
    # --- behov-og-markedsdialog: Modul 1 ---------------------------------------------------------
    {
        "key": "behov-og-markedsdialog-m1-q1",
        "course": "behov-og-markedsdialog",
        "module": 1,
        "type": "single",
        "difficulty": 1,
        "phases": ["behovsavklaring"],
        "topics": ["behov"],
        "text": "Hvilken formulering beskriver et behov, og ikke en løsning?",
        "options": [
            {
                "text": (
                    "«Hjemmeboende med demens skal kunne gå trygt ut på egen hånd, og pårørende og "
                    "ansatte skal raskt få vite det hvis noen trenger hjelp.»"
                ),
                "correct": True,
                "feedback": (
                    "Riktig: Formuleringen sier hva som skal oppnås, og åpner for klokker, "
                    "sensorer, nye rutiner eller en kombinasjon."
                ),
            },
            {
                "text": "«Vi skal kjøpe 40 GPS-klokker til hjemmeboende med demens.»",
                "correct": False,
                "feedback": (
                    "Feil: Her har kommunen bestemt løsningen før den har beskrevet problemet."
                ),
            },
            {
                "text": "«Vi trenger nye trygghetsalarmer av samme type som i dag.»",
                "correct": False,
                "feedback": (
                    "Feil: Dette er en bestemt løsning, og den utelukker andre måter å dekke "
                    "behovet på."
                ),
            },
            {
                "text": "«Vi må kjøpe et nytt fagsystem til hjemmetjenesten.»",
                "correct": False,
                "feedback": "Feil: Her starter anskaffelsen med svaret før spørsmålet er stilt.",
            },
        ],
        "explanation": (
            "I en innovativ anskaffelse beskriver du hva dere vil oppnå, ikke hvordan det skal "
            "løses. Behovsbeskrivelsen om hjemmeboende med demens åpner for flere typer løsninger "
            "enn et krav om GPS-klokker."
        ),
    },
    {
        "key": "behov-og-markedsdialog-m1-q2",
        "course": "behov-og-markedsdialog",
        "module": 1,
        "type": "multiple",
        "difficulty": 2,
        "phases": ["behovsavklaring"],
        "topics": ["behov"],
        "text": "Hvilke grep anbefaler leksjonen for å finne det egentlige behovet?",
        "options": [
            {
                "text": "Start med problemet: Hva fungerer ikke i dag, og hvem merker det?",
                "correct": True,
                "feedback": "Riktig: Behovsarbeidet starter med problemet, ikke med løsningen.",
            },
            {
                "text": "Bruk data, som statistikk, avviksmeldinger og tall fra tidligere kjøp.",
                "correct": True,
                "feedback": "Riktig: Data viser hvor stort behovet er.",
            },
            {
                "text": "Sett suksesskriterier for hvordan dere vet at målet er nådd.",
                "correct": True,
                "feedback": "Riktig: Suksesskriterier gjør det mulig å se om behovet er dekket.",
            },
            {
                "text": (
                    "Ta utgangspunkt i det dere kjøpte sist, og finn argumenter for at det var "
                    "riktig."
                ),
                "correct": False,
                "feedback": "Feil: Leksjonen advarer nettopp mot denne fellen.",
            },
            {
                "text": "Ta med alle ønsker, også dem som ikke støtter formålet med anskaffelsen.",
                "correct": False,
                "feedback": "Feil: Dere bør prioritere og bare ta med behov som støtter formålet.",
            },
        ],
        "explanation": (
            "Leksjonen anbefaler å starte med problemet, involvere dem det gjelder, bruke data, "
            "beskrive ønsket effekt, sette suksesskriterier og prioritere behovene som støtter "
            "formålet med anskaffelsen."
        ),
    },
    {
        "key": "behov-og-markedsdialog-m1-q3",
        "course": "behov-og-markedsdialog",
        "module": 1,
        "type": "single",
        "difficulty": 2,
        "phases": ["behovsavklaring"],
        "topics": ["behov", "gevinster"],
        "text": (
            "Hva kalles den varige virkningen kommunen ønsker for brukere, ansatte eller kommunen, "
            "for eksempel færre fall eller mer tid til direkte brukerkontakt?"
        ),
        "options": [
            {
                "text": "Effektmål.",
                "correct": True,
                "feedback": "Riktig: Et effektmål beskriver den varige virkningen dere ønsker.",
            },
            {
                "text": "Behovselement.",
                "correct": False,
                "feedback": (
                    "Feil: Et behovselement er en del av behovet, for eksempel kapasitet eller "
                    "tilgjengelighet."
                ),
            },
            {
                "text": "Teknisk spesifikasjon.",
                "correct": False,
                "feedback": (
                    "Feil: En teknisk spesifikasjon beskriver hvordan leveransen skal være "
                    "utformet."
                ),
            },
            {
                "text": "Tildelingskriterium.",
                "correct": False,
                "feedback": (
                    "Feil: Et tildelingskriterium er det kommunen legger vekt på når tilbudene "
                    "vurderes."
                ),
            },
        ],
        "explanation": (
            "Et effektmål er den varige virkningen dere ønsker for brukere, ansatte eller "
            "kommunen. Behovet er det som må dekkes, og behovselementene er delene av behovet."
        ),
    },
    {
        "key": "behov-og-markedsdialog-m1-q4",
        "course": "behov-og-markedsdialog",
        "module": 1,
        "type": "multiple",
        "difficulty": 1,
        "phases": ["behovsavklaring"],
        "topics": ["organisasjon", "behov"],
        "text": "Hva betyr det at en innovativ anskaffelse er forankret hos ledelsen?",
        "options": [
            {
                "text": "Ledelsen kjenner målet med anskaffelsen.",
                "correct": True,
                "feedback": "Riktig: Ledelsen må vite hva den sier ja til.",
            },
            {
                "text": "Ledelsen har godtatt risikoen.",
                "correct": True,
                "feedback": (
                    "Riktig: En innovativ anskaffelse har usikkerhet, og ledelsen må akseptere den."
                ),
            },
            {
                "text": "Ledelsen har satt av ressurser før prosjektet starter.",
                "correct": True,
                "feedback": "Riktig: Uten tid og folk stopper initiativet fort.",
            },
            {
                "text": "Ledelsen har valgt leverandør på forhånd.",
                "correct": False,
                "feedback": (
                    "Feil: Leverandøren velges i konkurransen, etter kriterier som er kunngjort."
                ),
            },
            {
                "text": "Ledelsen skriver kravspesifikasjonen selv.",
                "correct": False,
                "feedback": (
                    "Feil: Kravspesifikasjonen skrives av fagfolk og innkjøpere; ledelsen gir "
                    "mandat."
                ),
            },
        ],
        "explanation": (
            "Forankring betyr at ledelsen kjenner målet, har godtatt risikoen og har satt av "
            "ressurser – før prosjektet er i gang. DFØ peker på kommunikasjon og involvering som "
            "bærebjelkene."
        ),
    },
    {
        "key": "behov-og-markedsdialog-m1-q5",
        "course": "behov-og-markedsdialog",
        "module": 1,
        "type": "single",
        "difficulty": 3,
        "phases": ["behovsavklaring"],
        "topics": ["organisasjon"],
        "text": "Leksjonen sier at forankring skjer på to nivåer. Hvilke?",
        "options": [
            {
                "text": (
                    "Et strategisk nivå, der mål om innovasjon står i kommunens planer, og nivået "
                    "for den enkelte anskaffelsen, der ledelsen sier ja til akkurat dette "
                    "prosjektet."
                ),
                "correct": True,
                "feedback": (
                    "Riktig: Strategien gir mandat til å prøve nye måter å kjøpe på, og ledelsen "
                    "må i tillegg si ja til hvert prosjekt."
                ),
            },
            {
                "text": "Et internt nivå i kommunen og et eksternt nivå hos leverandørene.",
                "correct": False,
                "feedback": (
                    "Feil: Forankring handler om ledelsen i kommunen, ikke om leverandørene."
                ),
            },
            {
                "text": "Et juridisk nivå i kontrakten og et teknisk nivå i kravspesifikasjonen.",
                "correct": False,
                "feedback": (
                    "Feil: Kontrakt og kravspesifikasjon kommer senere og er ikke forankring."
                ),
            },
            {
                "text": "Et nasjonalt nivå hos DFØ og et lokalt nivå i kommunen.",
                "correct": False,
                "feedback": (
                    "Feil: DFØ gir veiledning, men forankringen skjer i kommunens egen ledelse."
                ),
            },
        ],
        "explanation": (
            "Forankring skjer strategisk, for eksempel gjennom mål i anskaffelsesstrategien eller "
            "en innovasjonsstrategi, og i den enkelte anskaffelsen, der ledelsen må si ja til "
            "akkurat dette prosjektet."
        ),
    },
    {
        "key": "behov-og-markedsdialog-m1-q6",
        "course": "behov-og-markedsdialog",
        "module": 1,
        "type": "single",
        "difficulty": 1,
        "phases": ["behovsavklaring", "konkurranse"],
        "topics": ["behov", "innovasjon"],
        "text": "Hvilket av disse kravene er et funksjonskrav?",
        "options": [
            {
                "text": (
                    "«Ansatte skal raskt få varsel når en beboer faller, uten at beboeren selv må "
                    "utløse alarmen.»"
                ),
                "correct": True,
                "feedback": (
                    "Riktig: Kravet sier hvilket resultat leveransen skal gi, og leverandøren "
                    "velger hvordan."
                ),
            },
            {
                "text": (
                    "«Fallsensoren skal monteres i taket og kobles til pasientvarslingsanlegget vi "
                    "har i dag.»"
                ),
                "correct": False,
                "feedback": (
                    "Feil: Dette er en teknisk spesifikasjon som sier hvordan leveransen skal være "
                    "utformet."
                ),
            },
            {
                "text": "«Sensoren skal være av samme merke som den vi har på sykehjemmet i dag.»",
                "correct": False,
                "feedback": (
                    "Feil: Dette er et krav om et bestemt merke, og slike krav er som hovedregel "
                    "ikke tillatt."
                ),
            },
        ],
        "explanation": (
            "Et funksjonskrav (ytelseskrav) beskriver hva leveransen skal gjøre eller hvilket "
            "resultat den skal gi, og leverandøren velger hvordan kravet oppfylles. En teknisk "
            "spesifikasjon beskriver utformingen."
        ),
    },
    {
        "key": "behov-og-markedsdialog-m1-q7",
        "course": "behov-og-markedsdialog",
        "module": 1,
        "type": "true_false",
        "difficulty": 2,
        "phases": ["konkurranse"],
        "topics": ["regelverk", "behov"],
        "text": (
            "Påstand: Viser kommunen til en standard i kravspesifikasjonen, skal den også godta "
            "tilsvarende løsninger."
        ),
        "options": [
            {
                "text": "Sant",
                "correct": True,
                "feedback": (
                    "Riktig: Etter anskaffelsesforskriften §§ 8-5 og 15-1 skal du godta løsninger "
                    "som er «tilsvarende»."
                ),
            },
            {
                "text": "Usant",
                "correct": False,
                "feedback": (
                    "Påstanden stemmer: Regelverket krever at tilsvarende løsninger godtas."
                ),
            },
        ],
        "explanation": (
            "Etter anskaffelsesforskriften §§ 8-5 og 15-1 skal oppdragsgiveren godta tilsvarende "
            "løsninger når den viser til en standard. Som hovedregel kan den heller ikke vise til "
            "bestemte merker, fabrikater eller prosesser."
        ),
    },
    {
        "key": "behov-og-markedsdialog-m1-q8",
        "course": "behov-og-markedsdialog",
        "module": 1,
        "type": "scenario",
        "difficulty": 3,
        "phases": ["behovsavklaring", "konkurranse"],
        "topics": ["behov", "innovasjon"],
        "context": (
            "Fjordby kommune skal anskaffe en ny løsning for å oppdage fall på sykehjemmene. "
            "Kommunen vil gjerne ha nye ideer fra markedet og vet ikke hvilken løsning som er "
            "best. Samtidig må løsningen fungere sammen med pasientvarslingsanlegget som allerede "
            "er installert, og personvernet til beboerne må ivaretas."
        ),
        "inner_type": "single",
        "text": "Hvordan bør kommunen utforme kravene?",
        "options": [
            {
                "text": (
                    "Som en kombinasjon: åpne funksjonskrav for det løsningen skal oppnå, og "
                    "tekniske krav der det trengs, som samspillet med pasientvarslingsanlegget og "
                    "personvern."
                ),
                "correct": True,
                "feedback": (
                    "Riktig: De fleste kravspesifikasjoner blander de to, med tekniske krav der "
                    "det virkelig trengs."
                ),
            },
            {
                "text": (
                    "Bare med tekniske spesifikasjoner, fordi det er den eneste måten å sikre at "
                    "alt passer sammen."
                ),
                "correct": False,
                "feedback": "Feil: Da stenger kommunen ute nye ideer, som den nettopp ønsker.",
            },
            {
                "text": (
                    "Bare med funksjonskrav, fordi tekniske krav ikke er tillatt i innovative "
                    "anskaffelser."
                ),
                "correct": False,
                "feedback": (
                    "Feil: Regelverket åpner for både funksjonskrav, tekniske krav og en "
                    "kombinasjon."
                ),
            },
            {
                "text": "Ved å bruke produktarket fra leverandøren av dagens anlegg som mal.",
                "correct": False,
                "feedback": (
                    "Feil: Krav som bygger på én leverandørs produkt, kan favorisere den "
                    "leverandøren."
                ),
            },
        ],
        "explanation": (
            "Funksjonskrav passer når dere vil ha nye ideer, og tekniske krav passer når noe må "
            "passe sammen med det dere har fra før eller når sikkerhet krever det. De fleste "
            "kravspesifikasjoner er en kombinasjon."
        ),
    },
    # --- behov-og-markedsdialog: Modul 2 ---------------------------------------------------------
    {
        "key": "behov-og-markedsdialog-m2-q1",
        "course": "behov-og-markedsdialog",
        "module": 2,
        "type": "single",
        "difficulty": 1,
        "phases": ["markedsdialog"],
        "topics": ["markedsdialog"],
        "text": "Ifølge DFØ starter de fleste dialogaktiviteter med én bestemt aktivitet. Hvilken?",
        "options": [
            {
                "text": "Markedsundersøkelse.",
                "correct": True,
                "feedback": "Riktig: Da kommer kommunen til dialogen med bedre spørsmål.",
            },
            {
                "text": "Dialogkonferanse.",
                "correct": False,
                "feedback": (
                    "Feil: En dialogkonferanse kommer gjerne etter at kommunen har satt seg inn i "
                    "det som finnes."
                ),
            },
            {
                "text": "Høring av konkurransegrunnlag.",
                "correct": False,
                "feedback": (
                    "Feil: Høringen hører hjemme sent i forberedelsene, når grunnlaget er nesten "
                    "ferdig."
                ),
            },
            {
                "text": "Én-til-én-møter.",
                "correct": False,
                "feedback": "Feil: Én-til-én-møter holdes ofte etter en dialogkonferanse.",
            },
        ],
        "explanation": (
            "DFØ påpeker at de fleste dialogaktiviteter starter med en markedsundersøkelse av det "
            "som allerede finnes: nettsider, databaser, statistikk, tidligere kunngjøringer og "
            "erfaringer fra andre kommuner."
        ),
    },
    {
        "key": "behov-og-markedsdialog-m2-q2",
        "course": "behov-og-markedsdialog",
        "module": 2,
        "type": "single",
        "difficulty": 2,
        "phases": ["markedsdialog"],
        "topics": ["markedsdialog"],
        "text": "Hva kjennetegner en omvendt dialogkonferanse?",
        "options": [
            {
                "text": (
                    "Leverandører eller en bransje tar initiativet og forteller offentlige "
                    "innkjøpere om løsningene sine."
                ),
                "correct": True,
                "feedback": (
                    "Riktig: Et eksempel er da bygge- og anleggsbransjen viste offentlige "
                    "byggherrer løsninger for utslippsfrie byggeplasser."
                ),
            },
            {
                "text": "Kommunen presenterer behovet og ber leverandørene om innspill.",
                "correct": False,
                "feedback": "Feil: Det beskriver en vanlig dialogkonferanse.",
            },
            {
                "text": "Et utkast til konkurransegrunnlag legges ut for kommentarer.",
                "correct": False,
                "feedback": "Feil: Det er en høring av konkurransegrunnlaget.",
            },
            {
                "text": "Leverandørene svarer skriftlig på spørsmål innen en frist.",
                "correct": False,
                "feedback": "Feil: Det er en forespørsel om informasjon (RFI).",
            },
        ],
        "explanation": (
            "I en omvendt dialogkonferanse er det leverandørene eller bransjen som tar "
            "initiativet. Sammen med møteplasser gir den innsikt uten å være knyttet til en "
            "bestemt konkurranse."
        ),
    },
    {
        "key": "behov-og-markedsdialog-m2-q3",
        "course": "behov-og-markedsdialog",
        "module": 2,
        "type": "multiple",
        "difficulty": 2,
        "phases": ["markedsdialog"],
        "topics": ["markedsdialog", "regelverk"],
        "text": (
            "Hva stemmer om en veiledende kunngjøring i Doffin som brukes til å invitere til "
            "dialog?"
        ),
        "options": [
            {
                "text": "Den forplikter ikke kommunen til å kunngjøre en konkurranse senere.",
                "correct": True,
                "feedback": (
                    "Riktig: Kunngjøringen er en invitasjon til dialog, ikke et løfte om å kjøpe."
                ),
            },
            {
                "text": (
                    "Den kan skrives på engelsk hvis kommunen vil nå leverandører i andre land."
                ),
                "correct": True,
                "feedback": "Riktig: Slik kan kunngjøringen også nå leverandører utenfor Norge.",
            },
            {
                "text": (
                    "Den bør beskrive utfordringen, hva dere vil oppnå med dialogen, og hvordan "
                    "leverandørene kan delta."
                ),
                "correct": True,
                "feedback": "Riktig: Det er innholdet DFØ anbefaler.",
            },
            {
                "text": (
                    "Den gir kommunen rett til å korte ned tilbudsfristen i konkurransen senere."
                ),
                "correct": False,
                "feedback": (
                    "Feil: En slik kunngjøring gir ikke rett til å korte ned tilbudsfristen."
                ),
            },
            {
                "text": "Den er bare åpen for leverandører kommunen har handlet med før.",
                "correct": False,
                "feedback": "Feil: Poenget er å invitere alle interesserte leverandører.",
            },
        ],
        "explanation": (
            "DFØ anbefaler en veiledende kunngjøring i Doffin for å invitere til dialog. Den "
            "forplikter ikke kommunen til å kunngjøre en konkurranse, den gir ikke rett til "
            "kortere tilbudsfrist, og den kan skrives på engelsk."
        ),
    },
    {
        "key": "behov-og-markedsdialog-m2-q4",
        "course": "behov-og-markedsdialog",
        "module": 2,
        "type": "ordering",
        "difficulty": 1,
        "phases": ["markedsdialog"],
        "topics": ["markedsdialog"],
        "text": (
            "En vanlig oppskrift for å snakke direkte med markedet har tre trinn. Sett dem i "
            "riktig rekkefølge."
        ),
        "options": [
            {
                "text": "Inviter åpent med en veiledende kunngjøring i Doffin",
                "correct": True,
                "feedback": (
                    "Først: En åpen invitasjon sikrer at alle interesserte leverandører får vite "
                    "om dialogen."
                ),
            },
            {
                "text": "Hold en dialogkonferanse",
                "correct": True,
                "feedback": (
                    "Deretter: Kommunen presenterer behovet og får innspill fra mange leverandører "
                    "samtidig."
                ),
            },
            {
                "text": "Følg opp med én-til-én-møter",
                "correct": True,
                "feedback": "Til slutt: Egne møter gir dypere innsikt i hver enkelt løsning.",
            },
        ],
        "explanation": (
            "Når kommunen har en foreløpig behovsbeskrivelse, inviterer den åpent med en "
            "veiledende kunngjøring, samler leverandørene til en dialogkonferanse og følger opp "
            "med én-til-én-møter."
        ),
    },
    {
        "key": "behov-og-markedsdialog-m2-q5",
        "course": "behov-og-markedsdialog",
        "module": 2,
        "type": "scenario",
        "difficulty": 3,
        "phases": ["markedsdialog"],
        "topics": ["markedsdialog", "regelverk"],
        "context": (
            "Etter en dialogkonferanse om digital hjemmeoppfølging ønsker seks leverandører et "
            "én-til-én-møte med Elvdal kommune. To av dem er store selskaper, fire er små. "
            "Prosjektlederen har dårlig tid og vurderer å gi de to store leverandørene to timer "
            "hver og de små en halvtime. Hun spør deg hvordan møtene bør legges opp."
        ),
        "inner_type": "multiple",
        "text": "Hvilke råd bør prosjektlederen følge?",
        "options": [
            {
                "text": (
                    "Tilby møter til alle de seks leverandørene, med samme dagsorden og tidsramme."
                ),
                "correct": True,
                "feedback": (
                    "Riktig: Én-til-én-møter skal tilbys alle som ønsker det, på like vilkår."
                ),
            },
            {
                "text": "Fordele rollene på forhånd, slik at én observerer og én skriver referat.",
                "correct": True,
                "feedback": "Riktig: Leksjonen anbefaler å fordele rollene før møtene.",
            },
            {
                "text": "Sette av tid mellom møtene til å drøfte det dere har hørt.",
                "correct": True,
                "feedback": "Riktig: Det gir bedre utbytte av hvert møte.",
            },
            {
                "text": (
                    "Gi de to største leverandørene lengre møter, fordi de har flest løsninger."
                ),
                "correct": False,
                "feedback": (
                    "Feil: Ulik tid til ulike leverandører bryter med kravet om like vilkår."
                ),
            },
            {
                "text": "Be leverandørene ta med et bindende pristilbud til møtet.",
                "correct": False,
                "feedback": (
                    "Feil: Markedsdialogen er ikke en konkurranse, og kommunen skal ikke be om "
                    "tilbud."
                ),
            },
        ],
        "explanation": (
            "Én-til-én-møter gir dypere innsikt, men krever like vilkår for alle: samme dagsorden "
            "og tidsramme. Fordel rollene på forhånd, skriv referat og sett av tid mellom møtene."
        ),
    },
    {
        "key": "behov-og-markedsdialog-m2-q6",
        "course": "behov-og-markedsdialog",
        "module": 2,
        "type": "single",
        "difficulty": 2,
        "phases": ["markedsdialog"],
        "topics": ["markedsdialog"],
        "text": (
            "Kommunen kjenner området rimelig godt og har konkrete spørsmål om prismodeller og "
            "hvor lang tid det tar å innføre løsningene. Svarene skal sammenlignes på tvers av "
            "leverandører. Hvilken aktivitet passer best?"
        ),
        "options": [
            {
                "text": "Skriftlig informasjon (RFI).",
                "correct": True,
                "feedback": "Riktig: En RFI gir sammenlignbare svar når spørsmålene er konkrete.",
            },
            {
                "text": "Møteplass.",
                "correct": False,
                "feedback": (
                    "Feil: Møteplasser gir innsikt i hva som rører seg, men ikke sammenlignbare "
                    "svar."
                ),
            },
            {
                "text": "Omvendt dialogkonferanse.",
                "correct": False,
                "feedback": (
                    "Feil: Her er det leverandørene som tar initiativet og presenterer det de vil."
                ),
            },
            {
                "text": "Høring av konkurransegrunnlag.",
                "correct": False,
                "feedback": "Feil: Høring passer når konkurransegrunnlaget er nesten ferdig.",
            },
        ],
        "explanation": (
            "En RFI fungerer best når kommunen kjenner området rimelig godt og har konkrete "
            "spørsmål, for eksempel om hvor modne løsningene er, prismodeller eller tiden det tar "
            "å innføre dem."
        ),
    },
    {
        "key": "behov-og-markedsdialog-m2-q7",
        "course": "behov-og-markedsdialog",
        "module": 2,
        "type": "true_false",
        "difficulty": 1,
        "phases": ["markedsdialog"],
        "topics": ["markedsdialog"],
        "text": (
            "Påstand: Det er lurt å be leverandørene om tilbud på dialogkonferansen, slik at "
            "kommunen sparer tid senere."
        ),
        "options": [
            {
                "text": "Sant",
                "correct": False,
                "feedback": "Påstanden er usann: Dialogkonferansen er ikke en konkurranse.",
            },
            {
                "text": "Usant",
                "correct": True,
                "feedback": (
                    "Riktig: Kommunen skal ikke be om tilbud, og konferansen skal ikke bli et "
                    "salgsmøte."
                ),
            },
        ],
        "explanation": (
            "Dialogkonferansen er ikke en konkurranse. Be ikke om tilbud, og ikke la den bli et "
            "salgsmøte – det er kommunens behov som står i sentrum."
        ),
    },
    {
        "key": "behov-og-markedsdialog-m2-q8",
        "course": "behov-og-markedsdialog",
        "module": 2,
        "type": "single",
        "difficulty": 2,
        "phases": ["markedsdialog", "konkurranse"],
        "topics": ["markedsdialog"],
        "text": (
            "Hvorfor kan det lønne seg å legge konkurransegrunnlaget ut på høring før "
            "kunngjøringen?"
        ),
        "options": [
            {
                "text": (
                    "Leverandørene kan peke på krav som er uklare, unødvendig strenge eller "
                    "stenger ute gode løsninger, og det er billigere å rette slikt før "
                    "kunngjøringen."
                ),
                "correct": True,
                "feedback": (
                    "Riktig: Det er langt billigere enn å svare på mange spørsmål, behandle klager "
                    "eller avlyse senere."
                ),
            },
            {
                "text": "For å få inn bindende tilbud før konkurransen starter.",
                "correct": False,
                "feedback": "Feil: En høring er dialog, ikke en konkurranse, og gir ingen tilbud.",
            },
            {
                "text": "Fordi regelverket krever høring i alle anskaffelser.",
                "correct": False,
                "feedback": "Feil: Høring er en dialogaktivitet kommunen kan velge, ikke et krav.",
            },
            {
                "text": "For at leverandørene skal skrive kravspesifikasjonen for kommunen.",
                "correct": False,
                "feedback": "Feil: Leverandørene kommenterer utkastet, men kommunen eier kravene.",
            },
        ],
        "explanation": (
            "Sent i forberedelsene kan kommunen legge hele eller deler av konkurransegrunnlaget ut "
            "på høring. Det er langt billigere å rette uklare eller unødvendige krav før "
            "kunngjøringen enn å behandle klager eller avlyse senere."
        ),
    },
    # --- behov-og-markedsdialog: Modul 3 ---------------------------------------------------------
    {
        "key": "behov-og-markedsdialog-m3-q1",
        "course": "behov-og-markedsdialog",
        "module": 3,
        "type": "multiple",
        "difficulty": 2,
        "phases": ["markedsdialog"],
        "topics": ["regelverk", "markedsdialog"],
        "text": "Hvilke situasjoner kan gi én leverandør et urimelig forsprang?",
        "options": [
            {
                "text": "Kravspesifikasjonen bygger på én leverandørs produktark.",
                "correct": True,
                "feedback": "Riktig: Da er det bare den leverandøren som oppfyller kravene.",
            },
            {
                "text": (
                    "Én leverandør får vite mer om behovet, budsjettet eller tidsplanen enn de "
                    "andre."
                ),
                "correct": True,
                "feedback": "Riktig: Ulik informasjon gir ulike forutsetninger for å gi tilbud.",
            },
            {
                "text": "Kommunen røper én leverandørs forretningshemmeligheter til konkurrentene.",
                "correct": True,
                "feedback": (
                    "Riktig: Det skader den ene leverandøren og gir de andre en urimelig fordel."
                ),
            },
            {
                "text": "Alle leverandører får presentasjonene fra dialogkonferansen etterpå.",
                "correct": False,
                "feedback": (
                    "Feil: Å dele presentasjonene med alle er nettopp måten å sikre likebehandling "
                    "på."
                ),
            },
            {
                "text": "Kommunen inviterer til dialog med en veiledende kunngjøring i Doffin.",
                "correct": False,
                "feedback": "Feil: En åpen kunngjøring gir alle den samme muligheten til å delta.",
            },
        ],
        "explanation": (
            "Den største risikoen i dialogen er at én leverandør får et forsprang, for eksempel "
            "gjennom krav som bygger på ett produktark, mer informasjon eller mer tid enn de "
            "andre, eller ved at forretningshemmeligheter røpes."
        ),
    },
    {
        "key": "behov-og-markedsdialog-m3-q2",
        "course": "behov-og-markedsdialog",
        "module": 3,
        "type": "single",
        "difficulty": 2,
        "phases": ["markedsdialog", "konkurranse"],
        "topics": ["regelverk", "markedsdialog"],
        "text": "Når må dialogen om behov og krav være ferdig?",
        "options": [
            {
                "text": "Før konkurransen kunngjøres.",
                "correct": True,
                "feedback": "Riktig: Etter kunngjøringen er det for sent å ta hensyn til nye råd.",
            },
            {
                "text": "Før tilbudsfristen går ut.",
                "correct": False,
                "feedback": (
                    "Feil: Etter kunngjøringen følger kontakten reglene for den valgte prosedyren."
                ),
            },
            {
                "text": "Før tilbudene evalueres.",
                "correct": False,
                "feedback": "Feil: Da er det langt for sent å endre behov og krav.",
            },
            {
                "text": "Før kontrakten signeres.",
                "correct": False,
                "feedback": "Feil: Behov og krav må ligge fast før konkurransen starter.",
            },
        ],
        "explanation": (
            "Dialogen om behov og krav må skje før konkurransen kunngjøres. Etter kunngjøringen "
            "følger kontakten med leverandørene reglene for prosedyren kommunen har valgt."
        ),
    },
    {
        "key": "behov-og-markedsdialog-m3-q3",
        "course": "behov-og-markedsdialog",
        "module": 3,
        "type": "true_false",
        "difficulty": 2,
        "phases": ["markedsdialog"],
        "topics": ["regelverk", "markedsdialog"],
        "text": (
            "Påstand: Har en leverandør fått en fordel gjennom dialogen, er det første kommunen "
            "bør gjøre, å avvise leverandøren fra konkurransen."
        ),
        "options": [
            {
                "text": "Sant",
                "correct": False,
                "feedback": "Påstanden er usann: Avvisning er en siste utvei.",
            },
            {
                "text": "Usant",
                "correct": True,
                "feedback": (
                    "Riktig: Kommunen bør først dele informasjonen med alle og gi lang nok "
                    "tilbudsfrist."
                ),
            },
        ],
        "explanation": (
            "Det vanligste er å dele all relevant informasjon fra dialogen med alle og gi en "
            "tilbudsfrist som er lang nok. Å avvise leverandøren er en siste utvei når "
            "likebehandling ikke kan sikres på andre måter."
        ),
    },
    {
        "key": "behov-og-markedsdialog-m3-q4",
        "course": "behov-og-markedsdialog",
        "module": 3,
        "type": "multiple",
        "difficulty": 2,
        "phases": ["markedsdialog"],
        "topics": ["markedsdialog", "regelverk"],
        "text": "Hva bør dokumentasjonen av markedsdialogen vise?",
        "options": [
            {
                "text": "Hvordan leverandørene ble invitert, og at invitasjonen var åpen.",
                "correct": True,
                "feedback": "Riktig: Det viser at alle hadde mulighet til å delta.",
            },
            {
                "text": "Referat fra hvert møte, med dato og deltakere.",
                "correct": True,
                "feedback": (
                    "Riktig: Referatene viser hvem kommunen snakket med, og hva som ble sagt."
                ),
            },
            {
                "text": (
                    "Hvordan innspillene påvirket behovsbeskrivelsen, kravene og valget av "
                    "prosedyre."
                ),
                "correct": True,
                "feedback": "Riktig: Det gjør valgene etterprøvbare.",
            },
            {
                "text": "Hvilken leverandør prosjektgruppen foretrakk etter dialogen.",
                "correct": False,
                "feedback": (
                    "Feil: Kommunen skal ikke velge leverandør i dialogen; det skjer i "
                    "konkurransen."
                ),
            },
            {
                "text": "Alle leverandørenes forretningshemmeligheter, så alle kan lese dem.",
                "correct": False,
                "feedback": (
                    "Feil: Forretningshemmeligheter er underlagt taushetsplikt og må skjermes."
                ),
            },
        ],
        "explanation": (
            "Dokumentasjonen bør vise hvordan leverandørene ble invitert, hvem som deltok, referat "
            "fra møtene, hva som ble delt med alle, og hvordan innspillene påvirket behov, krav og "
            "prosedyrevalg."
        ),
    },
    {
        "key": "behov-og-markedsdialog-m3-q5",
        "course": "behov-og-markedsdialog",
        "module": 3,
        "type": "single",
        "difficulty": 3,
        "phases": ["markedsdialog"],
        "topics": ["regelverk"],
        "text": "Hva gjelder for dokumentene fra markedsdialogen i kommunen?",
        "options": [
            {
                "text": (
                    "De er som hovedregel offentlige etter offentleglova, mens leverandørenes "
                    "forretningshemmeligheter er underlagt taushetsplikt."
                ),
                "correct": True,
                "feedback": (
                    "Riktig: Derfor må kommunen skille tydelig mellom det som kan deles, og det "
                    "som må skjermes."
                ),
            },
            {
                "text": (
                    "Alle dokumenter fra dialogen er unntatt offentlighet til kontrakten er "
                    "signert."
                ),
                "correct": False,
                "feedback": "Feil: Dokumentene er som hovedregel offentlige.",
            },
            {
                "text": "Alt leverandørene sier i dialogen, kan deles fritt med konkurrentene.",
                "correct": False,
                "feedback": "Feil: Forretningshemmeligheter må beskyttes.",
            },
            {
                "text": "Dokumentene er interne arbeidsnotater som ikke trenger å tas vare på.",
                "correct": False,
                "feedback": (
                    "Feil: God dokumentasjon er nødvendig for at dialogen skal være etterprøvbar."
                ),
            },
        ],
        "explanation": (
            "Dokumentene i kommunen er som hovedregel offentlige etter offentleglova, mens "
            "leverandørenes forretningshemmeligheter er underlagt taushetsplikt. Be derfor "
            "leverandørene merke opplysninger de mener er forretningshemmeligheter."
        ),
    },
    {
        "key": "behov-og-markedsdialog-m3-q6",
        "course": "behov-og-markedsdialog",
        "module": 3,
        "type": "numeric",
        "difficulty": 1,
        "phases": ["markedsdialog"],
        "topics": ["samarbeid", "markedsdialog"],
        "text": (
            "Hvor mange kommuner i Møre og Romsdal inviterte i 2016 leverandører til en felles "
            "dialog om helhetlige løsninger for velferdsteknologi?"
        ),
        "options": [],
        "explanation": (
            "Tolv kommuner i Møre og Romsdal, alle partnere i ALV-Møre og Romsdal, gikk sammen om "
            "en åpen markedsdialog før noen av dem hadde bestemt hva de skulle kjøpe."
        ),
        "answer": 12,
        "tolerance": 0,
        "unit": "kommuner",
    },
    {
        "key": "behov-og-markedsdialog-m3-q7",
        "course": "behov-og-markedsdialog",
        "module": 3,
        "type": "ordering",
        "difficulty": 2,
        "phases": ["markedsdialog"],
        "topics": ["markedsdialog", "samarbeid"],
        "text": "Sett trinnene i den felles markedsdialogen i Møre og Romsdal i riktig rekkefølge.",
        "options": [
            {
                "text": "Veiledende kunngjøring i Doffin",
                "correct": True,
                "feedback": (
                    "Først: Kunngjøringen sørget for at alle interesserte leverandører fikk vite "
                    "om dialogen."
                ),
            },
            {
                "text": "Dialognotat med mer detaljert informasjon",
                "correct": True,
                "feedback": "Deretter: Notatet skulle legges ut 20. august.",
            },
            {
                "text": "Dialogkonferanse",
                "correct": True,
                "feedback": "Til slutt: Konferansen ble holdt 13. september.",
            },
        ],
        "explanation": (
            "Kommunene kunngjorde dialogen i Doffin med en veiledende kunngjøring, la ut et "
            "dialognotat med mer detaljert informasjon og holdt deretter en dialogkonferanse 13. "
            "september."
        ),
    },
    {
        "key": "behov-og-markedsdialog-m3-q8",
        "course": "behov-og-markedsdialog",
        "module": 3,
        "type": "scenario",
        "difficulty": 2,
        "phases": ["markedsdialog"],
        "topics": ["markedsdialog", "organisasjon"],
        "context": (
            "Under markedsdialogen om et nytt oppvekstsystem i Bjørkvik kommune ringer "
            "leverandører direkte til ulike rektorer og IKT-ansatte med spørsmål. Noen "
            "leverandører har fått svar om budsjett og integrasjoner, andre ikke. Ingen har "
            "oversikt over hvem som har fått vite hva."
        ),
        "inner_type": "single",
        "text": "Hvilket grep anbefaler modulen i en slik situasjon?",
        "options": [
            {
                "text": (
                    "Utpeke én kontaktperson for leverandørene, dokumentere alle henvendelser og "
                    "vurdere om svarene skal deles med alle."
                ),
                "correct": True,
                "feedback": (
                    "Riktig: Med «én dør inn» er det lettere å sikre at alle får den samme "
                    "informasjonen."
                ),
            },
            {
                "text": (
                    "La hver fagperson svare slik de selv finner best, så lenge svarene er riktige."
                ),
                "correct": False,
                "feedback": (
                    "Feil: Da får leverandørene ulik informasjon, og henvendelsene blir ikke "
                    "dokumentert."
                ),
            },
            {
                "text": "Bare svare leverandørene som deltok på dialogkonferansen.",
                "correct": False,
                "feedback": "Feil: Alle interesserte leverandører skal behandles likt.",
            },
            {
                "text": (
                    "Henvise alle spørsmål til neste dialogkonferanse og ikke notere noe i "
                    "mellomtiden."
                ),
                "correct": False,
                "feedback": (
                    "Feil: Også henvendelser utenom de planlagte aktivitetene skal noteres, og "
                    "informasjon som er gitt, må vurderes delt med alle."
                ),
            },
        ],
        "explanation": (
            "Leksjonen anbefaler én kontaktperson for leverandørene i dialogfasen. Henvendelser "
            "utenom de planlagte aktivitetene skal noteres, og kommunen vurderer om informasjonen "
            "bør deles med alle."
        ),
    },
    # --- behov-og-markedsdialog: Sluttest --------------------------------------------------------
    {
        "key": "behov-og-markedsdialog-final-q1",
        "course": "behov-og-markedsdialog",
        "module": 0,
        "type": "scenario",
        "difficulty": 3,
        "phases": ["behovsavklaring", "markedsdialog"],
        "topics": ["samarbeid", "markedsdialog"],
        "context": (
            "Tre nabokommuner på Innlandet har hver for seg planer om å kjøpe velferdsteknologi "
            "til hjemmetjenesten de neste årene. Ingen av dem har bestemt hva de skal kjøpe, og "
            "alle er usikre på hva markedet kan tilby. De vurderer å samarbeide om markedsdialogen."
        ),
        "inner_type": "multiple",
        "text": "Hva kan kommunene lære av den felles markedsdialogen i Møre og Romsdal?",
        "options": [
            {
                "text": (
                    "De kan beskrive et felles behov før noen av dem har bestemt hva de skal kjøpe."
                ),
                "correct": True,
                "feedback": (
                    "Riktig: Et felles behov gir et tydeligere signal enn mange små produktkrav."
                ),
            },
            {
                "text": (
                    "De kan kunngjøre dialogen åpent, for eksempel med en veiledende kunngjøring i "
                    "Doffin."
                ),
                "correct": True,
                "feedback": "Riktig: Da får alle interesserte leverandører vite om dialogen.",
            },
            {
                "text": (
                    "De kan gi alle leverandørene den samme informasjonen samtidig, for eksempel i "
                    "et felles dialognotat."
                ),
                "correct": True,
                "feedback": "Riktig: Det ivaretar likebehandlingen.",
            },
            {
                "text": "Hver kommune bør holde egne, lukkede møter med sine faste leverandører.",
                "correct": False,
                "feedback": (
                    "Feil: Lukkede møter med utvalgte leverandører bryter med likebehandlingen."
                ),
            },
            {
                "text": "De bør vente med dialogen til hver kommune har valgt produkt.",
                "correct": False,
                "feedback": "Feil: Poenget er å snakke med markedet før løsningen er bestemt.",
            },
        ],
        "explanation": (
            "De tolv kommunene i Møre og Romsdal beskrev et felles behov, kunngjorde dialogen "
            "åpent i Doffin og ga alle den samme informasjonen gjennom et dialognotat og en "
            "dialogkonferanse. Når flere står sammen, blir markedet større og mer interessant."
        ),
    },
    {
        "key": "behov-og-markedsdialog-final-q2",
        "course": "behov-og-markedsdialog",
        "module": 0,
        "type": "single",
        "difficulty": 1,
        "phases": ["behovsavklaring"],
        "topics": ["behov", "markedsdialog"],
        "text": (
            "Hvilken påstand oppsummerer best arbeidsdelingen mellom kommunen og leverandørene?"
        ),
        "options": [
            {
                "text": (
                    "Kommunen kjenner behovet best, mens leverandørene kjenner løsningene best."
                ),
                "correct": True,
                "feedback": (
                    "Riktig: Derfor beskriver kommunen hva som skal oppnås, og lar leverandørene "
                    "foreslå hvordan."
                ),
            },
            {
                "text": (
                    "Leverandørene kjenner behovet best, mens kommunen kjenner løsningene best."
                ),
                "correct": False,
                "feedback": "Feil: Det er motsatt.",
            },
            {
                "text": (
                    "Kommunen bør beskrive både behovet og løsningen i detalj, slik at "
                    "leverandørene bare gir pris."
                ),
                "correct": False,
                "feedback": (
                    "Feil: Da faller leverandører som kunne løst problemet på en bedre måte, "
                    "utenfor."
                ),
            },
            {
                "text": "Leverandørene bør skrive behovsbeskrivelsen, fordi de kjenner markedet.",
                "correct": False,
                "feedback": (
                    "Feil: Kommunen eier behovet, men leverandørene kan gi innspill i dialogen."
                ),
            },
        ],
        "explanation": (
            "DFØ anbefaler å beskrive hva dere vil oppnå, ikke hvordan det skal løses. Kommunen "
            "kjenner behovet best, mens leverandørene kjenner løsningene best."
        ),
    },
    {
        "key": "behov-og-markedsdialog-final-q3",
        "course": "behov-og-markedsdialog",
        "module": 0,
        "type": "true_false",
        "difficulty": 1,
        "phases": ["markedsdialog"],
        "topics": ["markedsdialog"],
        "text": (
            "Påstand: Skriftlig dialog, for eksempel en RFI, gir svar som er enkle å sammenligne "
            "og dokumentere."
        ),
        "options": [
            {
                "text": "Sant",
                "correct": True,
                "feedback": (
                    "Riktig: Skriftlig dialog når dessuten leverandører som ikke har tid eller råd "
                    "til å reise på konferanse."
                ),
            },
            {
                "text": "Usant",
                "correct": False,
                "feedback": (
                    "Påstanden stemmer: Skriftlige svar er enkle å sammenligne og dokumentere."
                ),
            },
        ],
        "explanation": (
            "Skriftlig dialog gir svar som er enkle å sammenligne og dokumentere, og den når "
            "leverandører som ikke har tid eller råd til å reise på konferanse."
        ),
    },
    {
        "key": "behov-og-markedsdialog-final-q4",
        "course": "behov-og-markedsdialog",
        "module": 0,
        "type": "single",
        "difficulty": 2,
        "phases": ["markedsdialog"],
        "topics": ["markedsdialog"],
        "text": (
            "Hvorfor bør spørsmålene i en RFI eller en høring være korte og relevante, og fristen "
            "rimelig?"
        ),
        "options": [
            {
                "text": "Ellers risikerer kommunen at bare de største leverandørene svarer.",
                "correct": True,
                "feedback": "Riktig: Det koster leverandørene tid å svare.",
            },
            {
                "text": "Fordi svarene på en RFI er bindende tilbud.",
                "correct": False,
                "feedback": "Feil: En RFI er dialog og gir ikke bindende tilbud.",
            },
            {
                "text": "Fordi regelverket setter et fast tak på antall spørsmål.",
                "correct": False,
                "feedback": (
                    "Feil: Leksjonen nevner ingen slik grense; poenget er leverandørenes tid."
                ),
            },
            {
                "text": "Fordi korte svar gjør det unødvendig å dokumentere dialogen.",
                "correct": False,
                "feedback": "Feil: Dialogen må dokumenteres uansett.",
            },
        ],
        "explanation": (
            "Det koster leverandørene tid å svare på en RFI eller en høring. Korte, relevante "
            "spørsmål og en rimelig frist gjør at også mindre leverandører har mulighet til å "
            "svare."
        ),
    },
    {
        "key": "behov-og-markedsdialog-final-q5",
        "course": "behov-og-markedsdialog",
        "module": 0,
        "type": "multiple",
        "difficulty": 2,
        "phases": ["behovsavklaring"],
        "topics": ["organisasjon", "gevinster"],
        "text": "Hvilke spørsmål bør være avklart med ledelsen før kommunen går til markedet?",
        "options": [
            {
                "text": "Hvilket problem skal løses, og hvorfor er det viktig for kommunen nå?",
                "correct": True,
                "feedback": "Riktig: Det står på sjekklisten for forankring.",
            },
            {
                "text": (
                    "Hvilken risiko er ledelsen villig til å ta – også at markedet ikke har en "
                    "løsning ennå?"
                ),
                "correct": True,
                "feedback": "Riktig: Ledelsen må ha godtatt usikkerheten.",
            },
            {
                "text": "Hvordan skal gevinstene måles og følges opp?",
                "correct": True,
                "feedback": "Riktig: Gevinstene må planlegges fra starten.",
            },
            {
                "text": "Hvilken leverandør bør vinne konkurransen?",
                "correct": False,
                "feedback": "Feil: Leverandøren velges i konkurransen, etter kunngjorte kriterier.",
            },
            {
                "text": "Hvilket merke kravspesifikasjonen skal vise til?",
                "correct": False,
                "feedback": "Feil: Krav om bestemte merker er som hovedregel ikke tillatt.",
            },
        ],
        "explanation": (
            "Sjekklisten for forankring omfatter blant annet hvilket problem som skal løses, hvem "
            "som eier behovet, hvor mye tid og hvilke folk som kan settes av, hvilken risiko "
            "ledelsen godtar, beslutningspunkter og hvordan gevinstene skal måles."
        ),
    },
    {
        "key": "behov-og-markedsdialog-final-q6",
        "course": "behov-og-markedsdialog",
        "module": 0,
        "type": "single",
        "difficulty": 2,
        "phases": ["markedsdialog"],
        "topics": ["markedsdialog"],
        "text": (
            "Kommunen vet lite om markedet for en tjeneste den skal kjøpe om to år. Hvilke "
            "aktiviteter bør den starte med?"
        ),
        "options": [
            {
                "text": "Markedsundersøkelse og møteplasser.",
                "correct": True,
                "feedback": (
                    "Riktig: Når kommunen vet lite, bør den først skaffe oversikt over det som "
                    "finnes."
                ),
            },
            {
                "text": "Høring av konkurransegrunnlag.",
                "correct": False,
                "feedback": "Feil: Høring passer når konkurransegrunnlaget er nesten ferdig.",
            },
            {
                "text": "En RFI med detaljerte spørsmål om prismodeller.",
                "correct": False,
                "feedback": (
                    "Feil: En RFI fungerer best når kommunen allerede kjenner området og har "
                    "konkrete spørsmål."
                ),
            },
            {
                "text": "Én-til-én-møter med den leverandøren kommunen kjenner best.",
                "correct": False,
                "feedback": (
                    "Feil: Møter med én utvalgt leverandør gir et skjevt bilde og kan gi et "
                    "forsprang."
                ),
            },
        ],
        "explanation": (
            "Vet kommunen lite om markedet, bør den starte med markedsundersøkelse og møteplasser. "
            "Velg dialogaktiviteter ut fra hva dere trenger å vite og hvor langt dere har kommet."
        ),
    },
    {
        "key": "behov-og-markedsdialog-final-q7",
        "course": "behov-og-markedsdialog",
        "module": 0,
        "type": "single",
        "difficulty": 2,
        "phases": ["behovsavklaring", "konkurranse"],
        "topics": ["behov"],
        "text": "Hva er risikoen hvis kravene i kravspesifikasjonen er for vage?",
        "options": [
            {
                "text": "Tilbudene blir vanskelige å sammenligne.",
                "correct": True,
                "feedback": (
                    "Riktig: Derfor må åpne krav følges av gode tildelingskriterier og en plan for "
                    "vurderingen."
                ),
            },
            {
                "text": "Kommunen betaler for «kjekt å ha».",
                "correct": False,
                "feedback": "Feil: Det er risikoen når kravene er for detaljerte.",
            },
            {
                "text": "Bare én leverandør kan oppfylle kravene.",
                "correct": False,
                "feedback": "Feil: Det skjer typisk når kravene bygger på ett bestemt produkt.",
            },
            {
                "text": "Konkurransen blir automatisk ulovlig.",
                "correct": False,
                "feedback": (
                    "Feil: Funksjonskrav er lovlige, men de må følges av tydelige kriterier."
                ),
            },
        ],
        "explanation": (
            "Er kravene for vage, blir tilbudene vanskelige å sammenligne; er de for detaljerte, "
            "betaler kommunen kanskje for «kjekt å ha» og stenger ute bedre løsninger. Åpne krav "
            "må derfor følges av gode tildelingskriterier."
        ),
    },
    # --- prosedyrer-og-samarbeid: Modul 1 --------------------------------------------------------
    {
        "key": "prosedyrer-og-samarbeid-m1-q1",
        "course": "prosedyrer-og-samarbeid",
        "module": 1,
        "type": "single",
        "difficulty": 1,
        "phases": ["konkurranse"],
        "topics": ["prosedyrer"],
        "text": "Hvilket spørsmål er et godt utgangspunkt når kommunen skal velge prosedyre?",
        "options": [
            {
                "text": "Hvor godt kjenner vi løsningen på behovet vårt?",
                "correct": True,
                "feedback": (
                    "Riktig: Svaret peker mot anbudskonkurranse, forhandling, dialog eller "
                    "utviklingsprosedyrer."
                ),
            },
            {
                "text": "Hvilken prosedyre brukte vi sist?",
                "correct": False,
                "feedback": "Feil: Leksjonen advarer mot å velge prosedyre ut fra vane.",
            },
            {
                "text": "Hvilken prosedyre foretrekker leverandøren vi kjenner best?",
                "correct": False,
                "feedback": (
                    "Feil: Prosedyren skal velges ut fra behovet, ikke ut fra én leverandørs "
                    "ønsker."
                ),
            },
            {
                "text": "Hvilken prosedyre krever minst dokumentasjon?",
                "correct": False,
                "feedback": (
                    "Feil: Alle prosedyrer krever god dokumentasjon, og det er ikke et godt "
                    "valgkriterium."
                ),
            },
        ],
        "explanation": (
            "Et godt utgangspunkt er å spørre hvor godt kommunen kjenner løsningen på behovet. "
            "Velg prosedyre ut fra det, ikke ut fra vane."
        ),
    },
    {
        "key": "prosedyrer-og-samarbeid-m1-q2",
        "course": "prosedyrer-og-samarbeid",
        "module": 1,
        "type": "scenario",
        "difficulty": 2,
        "phases": ["konkurranse"],
        "topics": ["prosedyrer"],
        "context": (
            "Havøy kommune vil redusere energibruken i svømmehallene kraftig. Kommunen vet hva den "
            "vil oppnå, men ikke hvordan: Det kan dreie seg om teknisk utstyr, nye driftsformer "
            "eller en kombinasjon, og kommunen klarer ikke å beskrive kravene presist nok på "
            "forhånd. Den vil derfor at leverandørene skal foreslå løsninger før kravene "
            "fastsettes. Anskaffelsen er over EØS-terskelverdi, og vilkårene i "
            "anskaffelsesforskriften § 13-2 er oppfylt."
        ),
        "inner_type": "single",
        "text": "Hvilken prosedyre passer best?",
        "options": [
            {
                "text": "Konkurransepreget dialog.",
                "correct": True,
                "feedback": (
                    "Riktig: Prosedyren passer når du kjenner behovet, men ikke løsningen, og lar "
                    "leverandørene foreslå løsninger før kravene fastsettes."
                ),
            },
            {
                "text": "Åpen anbudskonkurranse.",
                "correct": False,
                "feedback": "Feil: Den passer når du vet hva du skal kjøpe, og løsningen finnes.",
            },
            {
                "text": "Konkurranse med forhandling.",
                "correct": False,
                "feedback": "Feil: Den passer best når løsningen finnes, men må tilpasses.",
            },
            {
                "text": "Førkommersiell anskaffelse.",
                "correct": False,
                "feedback": (
                    "Feil: Den kjøper forskning og utvikling når løsningen ikke finnes, og kjøpet "
                    "av en ferdig løsning krever en ny anskaffelse."
                ),
            },
        ],
        "explanation": (
            "Konkurransepreget dialog passer når oppdragsgiveren vet hva den vil oppnå, men ikke "
            "hvordan. Leverandørene foreslår løsninger, og først når dialogen har vist hvordan "
            "behovet kan dekkes, leverer de endelige tilbud."
        ),
    },
    {
        "key": "prosedyrer-og-samarbeid-m1-q3",
        "course": "prosedyrer-og-samarbeid",
        "module": 1,
        "type": "ordering",
        "difficulty": 2,
        "phases": ["konkurranse"],
        "topics": ["prosedyrer"],
        "text": "Sett trinnene i en konkurranse med forhandling i riktig rekkefølge.",
        "options": [
            {
                "text": (
                    "Kommunen kunngjør konkurransen, og interesserte leverandører ber om å få delta"
                ),
                "correct": True,
                "feedback": "Først: Konkurransen kunngjøres, og leverandørene melder interesse.",
            },
            {
                "text": "Kommunen prekvalifiserer leverandørene",
                "correct": True,
                "feedback": (
                    "Andre: Kommunen kan velge ut et begrenset antall etter kriterier den har "
                    "opplyst om."
                ),
            },
            {
                "text": "De utvalgte leverer førstegangstilbud",
                "correct": True,
                "feedback": "Tredje: Førstegangstilbudene er utgangspunktet for forhandlingene.",
            },
            {
                "text": "Kommunen forhandler, gjerne i flere runder",
                "correct": True,
                "feedback": "Fjerde: Leverandørene kan forbedre løsning, pris og vilkår.",
            },
            {
                "text": (
                    "Leverandørene leverer endelige tilbud, som evalueres etter "
                    "tildelingskriteriene"
                ),
                "correct": True,
                "feedback": (
                    "Sist: De endelige tilbudene evalueres etter kriteriene som ble kunngjort."
                ),
            },
        ],
        "explanation": (
            "I en konkurranse med forhandling kunngjør kommunen, prekvalifiserer leverandørene, "
            "tar imot førstegangstilbud, forhandler og evaluerer til slutt de endelige tilbudene "
            "etter tildelingskriteriene."
        ),
    },
    {
        "key": "prosedyrer-og-samarbeid-m1-q4",
        "course": "prosedyrer-og-samarbeid",
        "module": 1,
        "type": "multiple",
        "difficulty": 2,
        "phases": ["konkurranse"],
        "topics": ["prosedyrer", "regelverk"],
        "text": (
            "Hva ligger fast gjennom hele prosessen i en konkurranse med forhandling, slik at "
            "kommunen ikke kan forhandle om det?"
        ),
        "options": [
            {
                "text": "Minstekravene.",
                "correct": True,
                "feedback": "Riktig: Minstekravene kan ikke endres gjennom forhandlingene.",
            },
            {
                "text": "Tildelingskriteriene.",
                "correct": True,
                "feedback": "Riktig: Tildelingskriteriene ligger fast gjennom hele prosessen.",
            },
            {
                "text": "Prisen.",
                "correct": False,
                "feedback": "Feil: Leverandørene kan forbedre prisen i forhandlingene.",
            },
            {
                "text": "Løsningens utforming.",
                "correct": False,
                "feedback": (
                    "Feil: Poenget med forhandlingene er nettopp å kunne forbedre løsningen."
                ),
            },
            {
                "text": "Kontraktsvilkårene.",
                "correct": False,
                "feedback": "Feil: Også vilkårene kan forbedres gjennom forhandlinger.",
            },
        ],
        "explanation": (
            "Du kan forhandle om alle sider av tilbudet – løsning, pris og vilkår – men ikke om "
            "minstekravene eller tildelingskriteriene. De ligger fast gjennom hele prosessen."
        ),
    },
    {
        "key": "prosedyrer-og-samarbeid-m1-q5",
        "course": "prosedyrer-og-samarbeid",
        "module": 1,
        "type": "numeric",
        "difficulty": 3,
        "phases": ["konkurranse"],
        "topics": ["prosedyrer", "innovasjon"],
        "text": (
            "Statens vegvesen brukte konkurransepreget dialog om automatisering for "
            "ferjekontrakten på Lavik–Oppedal for 2026–2034. Hvor mange prosent ble pris vektet "
            "med ved tildelingen?"
        ),
        "options": [],
        "explanation": (
            "Ved tildelingen ble pris vektet 60 prosent, automatisering 30 prosent og "
            "gjennomføringsevne 10 prosent. Fjord1 vant kontrakten."
        ),
        "answer": 60,
        "tolerance": 0,
        "unit": "prosent",
    },
    {
        "key": "prosedyrer-og-samarbeid-m1-q6",
        "course": "prosedyrer-og-samarbeid",
        "module": 1,
        "type": "true_false",
        "difficulty": 2,
        "phases": ["konkurranse"],
        "topics": ["prosedyrer", "regelverk"],
        "text": (
            "Påstand: I en konkurransepreget dialog kan kommunen dele én leverandørs løsninger med "
            "de andre leverandørene uten samtykke, så lenge alle får den samme informasjonen."
        ),
        "options": [
            {
                "text": "Sant",
                "correct": False,
                "feedback": (
                    "Påstanden er usann: Én leverandørs løsninger skal ikke deles uten samtykke."
                ),
            },
            {
                "text": "Usant",
                "correct": True,
                "feedback": (
                    "Riktig: Dialogen føres med hver leverandør for seg, og løsningene deres skal "
                    "holdes fortrolige."
                ),
            },
        ],
        "explanation": (
            "Dialogen føres med hver leverandør for seg, og én leverandørs løsninger skal ikke "
            "deles med de andre uten samtykke. Kommunen må være nøye med ikke å røpe én "
            "leverandørs ideer til de andre."
        ),
    },
    {
        "key": "prosedyrer-og-samarbeid-m1-q7",
        "course": "prosedyrer-og-samarbeid",
        "module": 1,
        "type": "single",
        "difficulty": 2,
        "phases": ["konkurranse", "kontrakt"],
        "topics": ["prosedyrer"],
        "text": (
            "Steinkjer kommune brukte konkurranse med forhandling for å velge totalentreprenør for "
            "nye Steinkjer skole. Hvilken gjennomføringsmodell valgte kommunen?"
        ),
        "options": [
            {
                "text": "Utviklingsentreprise og samspill.",
                "correct": True,
                "feedback": (
                    "Riktig: Entreprenøren skulle tidlig bidra med egne løsninger i samspill med "
                    "kommunen."
                ),
            },
            {
                "text": "Innovasjonspartnerskap med fem partnere.",
                "correct": False,
                "feedback": (
                    "Feil: Fem team ble prekvalifisert i en konkurranse med forhandling, ikke i et "
                    "innovasjonspartnerskap."
                ),
            },
            {
                "text": "Plan- og designkonkurranse med anonym jury.",
                "correct": False,
                "feedback": (
                    "Feil: En evalueringskomité vurderte designforslagene, men prosedyren var "
                    "konkurranse med forhandling."
                ),
            },
            {
                "text": "Førkommersiell anskaffelse i flere faser.",
                "correct": False,
                "feedback": (
                    "Feil: Steinkjer kjøpte prosjektering, riving, bygging og prøvedrift, ikke "
                    "forskning og utvikling."
                ),
            },
        ],
        "explanation": (
            "Steinkjer kommune valgte utviklingsentreprise og samspill. Fem team ble "
            "prekvalifisert i mars 2017, og en evalueringskomité med blant andre arkitekt, "
            "landskapsarkitekt og rektor vurderte designforslagene."
        ),
    },
    {
        "key": "prosedyrer-og-samarbeid-m1-q8",
        "course": "prosedyrer-og-samarbeid",
        "module": 1,
        "type": "single",
        "difficulty": 2,
        "phases": ["konkurranse"],
        "topics": ["klima-miljo", "innovasjon"],
        "text": (
            "Hva stilte konkurransen som ga MF Ampere på Lavik–Oppedal krav om, ifølge "
            "bransjepressen?"
        ),
        "options": [
            {
                "text": "Bedre energi- og miljøeffektivitet, uten krav om en bestemt teknologi.",
                "correct": True,
                "feedback": (
                    "Riktig: Konkurransen var åpen for ulike løsninger, og resultatet ble en "
                    "batterielektrisk ferje."
                ),
            },
            {
                "text": "Batterielektrisk drift med en bestemt batteriteknologi.",
                "correct": False,
                "feedback": "Feil: Konkurransen stilte ikke krav om en bestemt teknologi.",
            },
            {
                "text": "Laveste pris som eneste tildelingskriterium.",
                "correct": False,
                "feedback": "Feil: Konkurransen la vekt på energi- og miljøeffektivitet.",
            },
            {
                "text": "Automatisering av ferjedriften.",
                "correct": False,
                "feedback": (
                    "Feil: Automatisering var tema i dialogen om den senere kontrakten for "
                    "2026–2034."
                ),
            },
        ],
        "explanation": (
            "MF Ampere, som regnes som verdens første batterielektriske bilferje, kom i drift i "
            "2015. Ifølge bransjepressen stilte konkurransen krav om bedre energi- og "
            "miljøeffektivitet, ikke om en bestemt teknologi."
        ),
    },
    # --- prosedyrer-og-samarbeid: Modul 2 --------------------------------------------------------
    {
        "key": "prosedyrer-og-samarbeid-m2-q1",
        "course": "prosedyrer-og-samarbeid",
        "module": 2,
        "type": "single",
        "difficulty": 1,
        "phases": ["konkurranse"],
        "topics": ["prosedyrer", "innovasjon"],
        "text": "Hva er det særegne ved et innovasjonspartnerskap?",
        "options": [
            {
                "text": (
                    "Oppdragsgiveren kan både få utviklet en ny løsning og kjøpe den, uten en ny "
                    "konkurranse etter utviklingen."
                ),
                "correct": True,
                "feedback": "Riktig: Utvikling og kjøp skjer i én prosedyre.",
            },
            {
                "text": (
                    "Kommunen kjøper bare forsknings- og utviklingstjenester, og kjøpet av "
                    "løsningen krever en ny anskaffelse."
                ),
                "correct": False,
                "feedback": "Feil: Det beskriver en førkommersiell anskaffelse.",
            },
            {
                "text": "En uavhengig jury vurderer forslagene anonymt.",
                "correct": False,
                "feedback": "Feil: Det beskriver en plan- og designkonkurranse.",
            },
            {
                "text": (
                    "Kommunen forhandler om å tilpasse løsninger som allerede finnes i markedet."
                ),
                "correct": False,
                "feedback": (
                    "Feil: Det beskriver konkurranse med forhandling; innovasjonspartnerskap er "
                    "for løsninger som ikke finnes."
                ),
            },
        ],
        "explanation": (
            "Innovasjonspartnerskap kom inn i regelverket 1. januar 2017. Prosedyren lar "
            "oppdragsgiveren både få utviklet en ny løsning og kjøpe den, uten ny konkurranse "
            "etter utviklingen."
        ),
    },
    {
        "key": "prosedyrer-og-samarbeid-m2-q2",
        "course": "prosedyrer-og-samarbeid",
        "module": 2,
        "type": "true_false",
        "difficulty": 1,
        "phases": ["konkurranse"],
        "topics": ["prosedyrer", "regelverk"],
        "text": (
            "Påstand: Innovasjonspartnerskap kan bare brukes når løsningen ikke finnes i markedet "
            "fra før."
        ),
        "options": [
            {
                "text": "Sant",
                "correct": True,
                "feedback": (
                    "Riktig: Prosedyren er forbeholdt løsninger som ikke finnes i markedet."
                ),
            },
            {
                "text": "Usant",
                "correct": False,
                "feedback": (
                    "Påstanden stemmer: Finnes løsningen allerede, må kommunen bruke en annen "
                    "prosedyre."
                ),
            },
        ],
        "explanation": (
            "Innovasjonspartnerskap kan bare brukes når løsningen ikke finnes i markedet fra før. "
            "Markedsdialogen kan brukes til å sjekke at løsningen virkelig ikke finnes."
        ),
    },
    {
        "key": "prosedyrer-og-samarbeid-m2-q3",
        "course": "prosedyrer-og-samarbeid",
        "module": 2,
        "type": "multiple",
        "difficulty": 3,
        "phases": ["konkurranse", "kontrakt"],
        "topics": ["prosedyrer", "regelverk"],
        "text": "Hva må konkurransegrunnlaget i et innovasjonspartnerskap blant annet inneholde?",
        "options": [
            {
                "text": "En beskrivelse av behovet.",
                "correct": True,
                "feedback": (
                    "Riktig: Kommunen beskriver behovet, ikke en detaljert kravspesifikasjon."
                ),
            },
            {
                "text": "Vilkårene for kjøp av den ferdige løsningen.",
                "correct": True,
                "feedback": (
                    "Riktig: Leverandørene må vite hva som skal til for at kommunen kjøper."
                ),
            },
            {
                "text": "Ordningene for immaterielle rettigheter.",
                "correct": True,
                "feedback": "Riktig: Rettighetene til det som utvikles, må være avklart.",
            },
            {
                "text": "En detaljert teknisk spesifikasjon av løsningen.",
                "correct": False,
                "feedback": (
                    "Feil: Løsningen finnes ikke ennå, så kommunen beskriver behovet i stedet."
                ),
            },
            {
                "text": "Navnet på leverandøren kommunen vil samarbeide med.",
                "correct": False,
                "feedback": "Feil: Partnerne velges gjennom konkurranse og forhandlinger.",
            },
        ],
        "explanation": (
            "Anskaffelsesforskriften del III har egne regler for innovasjonspartnerskap. "
            "Konkurransegrunnlaget må blant annet beskrive behovet, vilkårene for kjøp av den "
            "ferdige løsningen og ordningene for immaterielle rettigheter."
        ),
    },
    {
        "key": "prosedyrer-og-samarbeid-m2-q4",
        "course": "prosedyrer-og-samarbeid",
        "module": 2,
        "type": "single",
        "difficulty": 2,
        "phases": ["konkurranse"],
        "topics": ["samarbeid", "innovasjon"],
        "text": (
            "Hvem samarbeidet Stavanger kommune med da den som første virksomhet i Norge tok i "
            "bruk innovasjonspartnerskap?"
        ),
        "options": [
            {
                "text": "Innovasjon Norge, Difi og Leverandørutviklingsprogrammet (LUP).",
                "correct": True,
                "feedback": (
                    "Riktig: Stavanger tok i bruk prosedyren sammen med disse tre, i "
                    "heldøgnsomsorgen."
                ),
            },
            {
                "text": "KS, Menon Economics og NIFU.",
                "correct": False,
                "feedback": (
                    "Feil: De står bak spredningsstudien fra 2016, ikke Stavanger-partnerskapet."
                ),
            },
            {
                "text": "VitalThings og DNV Imatis.",
                "correct": False,
                "feedback": "Feil: De var med i innovasjonspartnerskapet til St. Olavs hospital.",
            },
            {
                "text": "Bergen kommune og 20 følgekommuner.",
                "correct": False,
                "feedback": (
                    "Feil: Følgekommunene var knyttet til Bergens «1 000 bygg – 10 000 muligheter»."
                ),
            },
        ],
        "explanation": (
            "Stavanger kommune var den første virksomheten i Norge som tok i bruk "
            "innovasjonspartnerskap, sammen med Innovasjon Norge, Difi og LUP. I februar 2018 "
            "signerte kommunen kontrakter med Innocom AS og Topro Industri AS."
        ),
    },
    {
        "key": "prosedyrer-og-samarbeid-m2-q5",
        "course": "prosedyrer-og-samarbeid",
        "module": 2,
        "type": "scenario",
        "difficulty": 3,
        "phases": ["konkurranse"],
        "topics": ["prosedyrer", "innovasjon"],
        "context": (
            "Kystby kommune har en idé om å bruke sensorer og kunstig intelligens for å oppdage "
            "lekkasjer i vannledningsnettet tidlig. Ingen løsning på markedet gjør dette i dag. "
            "Kommunen vil først teste om ideen holder, og la flere leverandører utvikle løsninger "
            "parallelt i faser. Den vil ikke forplikte seg til å kjøpe en ferdig løsning ennå."
        ),
        "inner_type": "single",
        "text": "Hvilken fremgangsmåte passer best?",
        "options": [
            {
                "text": "Førkommersiell anskaffelse (PCP).",
                "correct": True,
                "feedback": (
                    "Riktig: Flere leverandører utvikler løsninger parallelt i faser, og et "
                    "eventuelt kjøp skjer i en egen anskaffelse senere."
                ),
            },
            {
                "text": "Innovasjonspartnerskap.",
                "correct": False,
                "feedback": (
                    "Feil: Innovasjonspartnerskap samler utvikling og kjøp, mens kommunen her ikke "
                    "vil forplikte seg til kjøp ennå."
                ),
            },
            {
                "text": "Konkurranse med forhandling.",
                "correct": False,
                "feedback": "Feil: Den passer når løsningen finnes, men må tilpasses.",
            },
            {
                "text": "Åpen anbudskonkurranse.",
                "correct": False,
                "feedback": (
                    "Feil: Den passer når løsningen finnes, og kommunen vet hva den skal kjøpe."
                ),
            },
        ],
        "explanation": (
            "I en førkommersiell anskaffelse kjøper kommunen forsknings- og utviklingstjenester. "
            "Flere leverandører utvikler løsninger parallelt i faser, de beste går videre, og et "
            "eventuelt kjøp av den ferdige løsningen må skje i en egen anskaffelse senere."
        ),
    },
    {
        "key": "prosedyrer-og-samarbeid-m2-q6",
        "course": "prosedyrer-og-samarbeid",
        "module": 2,
        "type": "multiple",
        "difficulty": 3,
        "phases": ["konkurranse"],
        "topics": ["regelverk", "prosedyrer"],
        "text": (
            "Hvilke vilkår må være oppfylt for at en FoU-kontrakt skal kunne være unntatt etter "
            "anskaffelsesforskriften § 2-5?"
        ),
        "options": [
            {
                "text": "Hovedelementet i kontrakten må være forskning og utvikling.",
                "correct": True,
                "feedback": "Riktig: Det er et av vilkårene for unntaket.",
            },
            {
                "text": (
                    "Enten betaler ikke oppdragsgiveren hele FoU-tjenesten, eller så tilfaller "
                    "ikke resultatet oppdragsgiveren alene."
                ),
                "correct": True,
                "feedback": "Riktig: Minst ett av disse forholdene må være til stede.",
            },
            {
                "text": "Kontrakten må gjelde kjøp av en ferdig løsning.",
                "correct": False,
                "feedback": (
                    "Feil: Unntaket gjelder forskning og utvikling, ikke ferdige løsninger."
                ),
            },
            {
                "text": "Oppdragsgiveren må få alle rettighetene til resultatet alene.",
                "correct": False,
                "feedback": (
                    "Feil: Tvert imot er det et av alternativene at resultatet ikke tilfaller "
                    "oppdragsgiveren alene."
                ),
            },
            {
                "text": (
                    "Unntaket skal tolkes vidt, slik at det ikke er nødvendig å dokumentere "
                    "vurderingen."
                ),
                "correct": False,
                "feedback": "Feil: Unntaket skal tolkes strengt, og vurderingen bør dokumenteres.",
            },
        ],
        "explanation": (
            "Etter anskaffelsesforskriften § 2-5 må hovedelementet i kontrakten være forskning og "
            "utvikling, og enten betaler ikke oppdragsgiveren hele tjenesten, eller så tilfaller "
            "ikke resultatet oppdragsgiveren alene. Unntaket tolkes strengt."
        ),
    },
    {
        "key": "prosedyrer-og-samarbeid-m2-q7",
        "course": "prosedyrer-og-samarbeid",
        "module": 2,
        "type": "single",
        "difficulty": 2,
        "phases": ["konkurranse"],
        "topics": ["prosedyrer"],
        "text": "Hva kjennetegner en plan- og designkonkurranse?",
        "options": [
            {
                "text": (
                    "En uavhengig jury vurderer forslagene anonymt, og kommunen kan inngå en "
                    "tjenestekontrakt med vinneren uten ny kunngjøring hvis det er opplyst på "
                    "forhånd."
                ),
                "correct": True,
                "feedback": "Riktig: Slik er prosedyren beskrevet i anskaffelsesforskriften del V.",
            },
            {
                "text": "Den gir alltid en ferdig, driftsklar løsning.",
                "correct": False,
                "feedback": (
                    "Feil: Den gir en plan, et konsept eller et design, ikke en ferdig løsning."
                ),
            },
            {
                "text": "Den faller utenfor anskaffelsesregelverket som forskning og utvikling.",
                "correct": False,
                "feedback": "Feil: Den er regulert i anskaffelsesforskriften del V.",
            },
            {
                "text": (
                    "Leverandørene forhandler om pris med kommunen før juryen vurderer forslagene."
                ),
                "correct": False,
                "feedback": (
                    "Feil: Juryen vurderer forslagene anonymt; det er ikke en "
                    "forhandlingsprosedyre."
                ),
            },
        ],
        "explanation": (
            "En plan- og designkonkurranse gir en plan, et konsept eller et design. En uavhengig "
            "jury vurderer forslagene anonymt, og har kommunen opplyst om det på forhånd, kan den "
            "inngå en tjenestekontrakt med vinneren uten ny kunngjøring."
        ),
    },
    {
        "key": "prosedyrer-og-samarbeid-m2-q8",
        "course": "prosedyrer-og-samarbeid",
        "module": 2,
        "type": "multiple",
        "difficulty": 2,
        "phases": ["behovsavklaring", "konkurranse"],
        "topics": ["prosedyrer", "organisasjon"],
        "text": "Hvilke grep reduserer risikoen i et innovasjonspartnerskap, ifølge leksjonen?",
        "options": [
            {
                "text": "Forankre partnerskapet i toppledelsen før konkurransen starter.",
                "correct": True,
                "feedback": "Riktig: Initiativet bør komme fra ledelsen.",
            },
            {
                "text": "Bruke markedsdialogen til å sjekke at løsningen virkelig ikke finnes.",
                "correct": True,
                "feedback": "Riktig: Da unngår kommunen å utvikle noe som allerede finnes.",
            },
            {
                "text": "Dele utviklingen i faser med klare delmål og mulighet til å avslutte.",
                "correct": True,
                "feedback": "Riktig: Etter hver fase kan samarbeidet avsluttes.",
            },
            {
                "text": "Bare markedsføre partnerskapet i de vanlige anbudskanalene.",
                "correct": False,
                "feedback": (
                    "Feil: Forskningen anbefaler å nå ut også i for eksempel gründermiljøer."
                ),
            },
            {
                "text": "La være å fastsette en maksimumskostnad, så utviklingen ikke begrenses.",
                "correct": False,
                "feedback": (
                    "Feil: Leksjonen anbefaler tydelige ytelsesmål og en realistisk "
                    "maksimumskostnad."
                ),
            },
        ],
        "explanation": (
            "Risikoen reduseres blant annet med forankring i toppledelsen, markedsdialog som viser "
            "at løsningen ikke finnes, faser med delmål, tydelige ytelsesmål og en realistisk "
            "maksimumskostnad."
        ),
    },
    # --- prosedyrer-og-samarbeid: Modul 3 --------------------------------------------------------
    {
        "key": "prosedyrer-og-samarbeid-m3-q1",
        "course": "prosedyrer-og-samarbeid",
        "module": 3,
        "type": "single",
        "difficulty": 1,
        "phases": ["konkurranse", "kontrakt"],
        "topics": ["samarbeid"],
        "text": (
            "Hvilken rolle har en kommune i en felles anskaffelse når den har rett, men ikke "
            "plikt, til å slutte seg til avtalen senere?"
        ),
        "options": [
            {
                "text": "Opsjon.",
                "correct": True,
                "feedback": (
                    "Riktig: En opsjonskommune kan slutte seg til senere, hvis den er nevnt i "
                    "kunngjøringen."
                ),
            },
            {
                "text": "Leder.",
                "correct": False,
                "feedback": "Feil: Lederen gjennomfører anskaffelsen på vegne av de andre.",
            },
            {
                "text": "Deltaker.",
                "correct": False,
                "feedback": (
                    "Feil: En deltaker er med fra starten og forplikter seg til å bruke avtalen."
                ),
            },
            {
                "text": "Observatør.",
                "correct": False,
                "feedback": "Feil: Observatør er ikke en av de tre rollene leksjonen beskriver.",
            },
        ],
        "explanation": (
            "En felles anskaffelse har tre roller: lederen gjennomfører anskaffelsen, deltakerne "
            "er med fra starten og forplikter seg, og kommuner med opsjon har rett, men ikke "
            "plikt, til å slutte seg til senere."
        ),
    },
    {
        "key": "prosedyrer-og-samarbeid-m3-q2",
        "course": "prosedyrer-og-samarbeid",
        "module": 3,
        "type": "scenario",
        "difficulty": 3,
        "phases": ["konkurranse", "kontrakt"],
        "topics": ["samarbeid", "regelverk"],
        "context": (
            "Dalheim kommune leder en felles anskaffelse av en rammeavtale for velferdsteknologi "
            "på vegne av fire kommuner. Nabokommunene Bakke og Stein er usikre og skal få opsjon "
            "på å bli med senere. De er nevnt i konkurransegrunnlaget, men ikke i kunngjøringen i "
            "Doffin."
        ),
        "inner_type": "single",
        "text": "Kan Bakke og Stein bruke opsjonen og bli parter i rammeavtalen?",
        "options": [
            {
                "text": (
                    "Nei. Alle oppdragsgivere som kan bli parter i rammeavtalen, må gå klart fram "
                    "av selve kunngjøringen."
                ),
                "correct": True,
                "feedback": (
                    "Riktig: Det holder ikke at kommunene er nevnt i konkurransegrunnlaget."
                ),
            },
            {
                "text": "Ja, det er nok at de er nevnt i konkurransegrunnlaget.",
                "correct": False,
                "feedback": (
                    "Feil: I KOFA-sak 2019/389 var det ikke nok at kommunene sto i "
                    "konkurransegrunnlaget."
                ),
            },
            {
                "text": "Ja, hvis leverandøren samtykker.",
                "correct": False,
                "feedback": (
                    "Feil: Kravet følger av forskriften og kan ikke avtales bort med leverandøren."
                ),
            },
            {
                "text": "Ja, så lenge de melder seg på før kontrakten signeres.",
                "correct": False,
                "feedback": (
                    "Feil: Tidspunktet for påmelding endrer ikke kravet om å stå i kunngjøringen."
                ),
            },
        ],
        "explanation": (
            "Ved rammeavtaler må det gå klart fram av selve kunngjøringen hvilke oppdragsgivere "
            "som kan bli parter, jf. anskaffelsesforskriften § 26-1 tredje ledd. I KOFA-sak "
            "2019/389 var det ikke nok at andre kommuner var nevnt i konkurransegrunnlaget."
        ),
    },
    {
        "key": "prosedyrer-og-samarbeid-m3-q3",
        "course": "prosedyrer-og-samarbeid",
        "module": 3,
        "type": "numeric",
        "difficulty": 1,
        "phases": ["konkurranse"],
        "topics": ["klima-miljo", "regelverk"],
        "text": (
            "Anskaffelsesforskriften § 7-9 ble skjerpet fra 1. januar 2024. Hvor mange prosent "
            "skal klima- og miljøhensyn som hovedregel minst vektes med?"
        ),
        "options": [],
        "explanation": (
            "Etter anskaffelsesforskriften § 7-9 er hovedregelen at klima- og miljøhensyn skal "
            "vektes med minst 30 prosent. Vektingen kan erstattes av klima- og miljøkrav i "
            "kravspesifikasjonen når det klart gir bedre effekt og begrunnes."
        ),
        "answer": 30,
        "tolerance": 0,
        "unit": "prosent",
    },
    {
        "key": "prosedyrer-og-samarbeid-m3-q4",
        "course": "prosedyrer-og-samarbeid",
        "module": 3,
        "type": "multiple",
        "difficulty": 3,
        "phases": ["konkurranse"],
        "topics": ["klima-miljo", "regelverk"],
        "text": "Hva stemmer om reglene for klima- og miljøhensyn i anskaffelsesforskriften § 7-9?",
        "options": [
            {
                "text": (
                    "Prioriterer kommunen tildelingskriteriene i stedet for å vekte dem, bør klima "
                    "og miljø være blant de tre høyest prioriterte."
                ),
                "correct": True,
                "feedback": "Riktig: Det følger av § 7-9.",
            },
            {
                "text": (
                    "Vektingen kan erstattes av klima- og miljøkrav i kravspesifikasjonen hvis det "
                    "klart gir bedre klima- og miljøeffekt, og dette begrunnes."
                ),
                "correct": True,
                "feedback": (
                    "Riktig: Krav kan erstatte vekting når det er begrunnet i "
                    "anskaffelsesdokumentene."
                ),
            },
            {
                "text": (
                    "Plikten gjelder ikke når klimaavtrykket og miljøbelastningen er uvesentlig, "
                    "og dette begrunnes."
                ),
                "correct": True,
                "feedback": "Riktig: Det er unntaket fra hovedregelen.",
            },
            {
                "text": "Klima og miljø skal alltid vektes med nøyaktig 30 prosent, uten unntak.",
                "correct": False,
                "feedback": "Feil: 30 prosent er et minimum, og det finnes unntak.",
            },
            {
                "text": "Reglene gjelder bare anskaffelser av kjøretøy og anleggsmaskiner.",
                "correct": False,
                "feedback": (
                    "Feil: Reglene gjelder generelt, og målet er å redusere anskaffelsens samlede "
                    "klimaavtrykk eller miljøbelastning."
                ),
            },
        ],
        "explanation": (
            "Etter § 7-9 skal klima og miljø som hovedregel vektes minst 30 prosent, eller være "
            "blant de tre høyest prioriterte kriteriene. Vektingen kan erstattes av krav som klart "
            "gir bedre effekt, og plikten faller bort når klimaavtrykket er uvesentlig – begge "
            "deler må begrunnes."
        ),
    },
    {
        "key": "prosedyrer-og-samarbeid-m3-q5",
        "course": "prosedyrer-og-samarbeid",
        "module": 3,
        "type": "single",
        "difficulty": 2,
        "phases": ["konkurranse", "implementering"],
        "topics": ["samarbeid"],
        "text": (
            "Hvem ledet den felles anskaffelsen av digitale trygghetsalarmer i Agder i 2016, og "
            "hva fikk den ansvaret for?"
        ),
        "options": [
            {
                "text": (
                    "Kristiansand, som også fikk ansvaret for å etablere og drive et døgnbemannet "
                    "responssenter."
                ),
                "correct": True,
                "feedback": (
                    "Riktig: Den største kommunen ledet anskaffelsen og driver responssenteret som "
                    "alle kommunene kan kobles til."
                ),
            },
            {
                "text": "Larvik, som også fikk ansvaret for multidosepakking i regionen.",
                "correct": False,
                "feedback": (
                    "Feil: Larvik ledet anskaffelsen av elektronisk medisineringsstøtte, ikke "
                    "Agder-samarbeidet."
                ),
            },
            {
                "text": "Alle de 30 kommunene i fellesskap, uten en lederkommune.",
                "correct": False,
                "feedback": (
                    "Feil: Kristiansand hadde lederrollen, og bare 21 kommuner var med fra starten."
                ),
            },
            {
                "text": "Multiconsult, på oppdrag fra LUP.",
                "correct": False,
                "feedback": (
                    "Feil: Multiconsult laget en prosessbeskrivelse for LUP i 2018, men ledet ikke "
                    "anskaffelsen."
                ),
            },
        ],
        "explanation": (
            "Kristiansand, den største kommunen, ledet anskaffelsen og fikk ansvaret for et "
            "døgnbemannet responssenter. Helsepersonell i hver kommune rykker fortsatt ut til "
            "brukerne."
        ),
    },
    {
        "key": "prosedyrer-og-samarbeid-m3-q6",
        "course": "prosedyrer-og-samarbeid",
        "module": 3,
        "type": "true_false",
        "difficulty": 2,
        "phases": ["konkurranse"],
        "topics": ["samarbeid"],
        "text": (
            "Påstand: Alle de 30 kommunene i Agder var med som deltakere fra starten da de i 2016 "
            "anskaffet digitale trygghetsalarmer sammen."
        ),
        "options": [
            {
                "text": "Sant",
                "correct": False,
                "feedback": (
                    "Påstanden er usann: 21 av de 30 kommunene var med, og de ni andre fikk opsjon."
                ),
            },
            {
                "text": "Usant",
                "correct": True,
                "feedback": (
                    "Riktig: 21 kommuner gikk sammen om anskaffelsen, mens de ni andre fikk opsjon "
                    "på å bli med."
                ),
            },
        ],
        "explanation": (
            "I 2016 gikk 21 av de 30 kommunene i Agder sammen om anskaffelsen, mens de ni andre "
            "fikk opsjon på å bli med senere."
        ),
    },
    {
        "key": "prosedyrer-og-samarbeid-m3-q7",
        "course": "prosedyrer-og-samarbeid",
        "module": 3,
        "type": "ordering",
        "difficulty": 2,
        "phases": ["behovsavklaring", "markedsdialog", "konkurranse", "implementering"],
        "topics": ["samarbeid"],
        "text": (
            "Sett trinnene i Larviks felles anskaffelse av elektronisk medisineringsstøtte i "
            "riktig rekkefølge."
        ),
        "options": [
            {
                "text": "Informasjonsmøte der Larvik inviterte noen kommuner",
                "correct": True,
                "feedback": "Først, høsten 2016: Åtte kommuner ville anskaffe sammen med Larvik.",
            },
            {
                "text": "Felles kartlegging av behov sammen med brukere og tjenesteytere",
                "correct": True,
                "feedback": "Deretter, februar 2017: Resultatet ble en felles tjenestereise.",
            },
            {
                "text": "Dialogkonferanse og én-til-én-møter med leverandører",
                "correct": True,
                "feedback": "Så, våren 2017: Kommunene snakket med interesserte leverandører.",
            },
            {
                "text": "Kunngjøring av konkurransen på Doffin",
                "correct": True,
                "feedback": "Deretter, januar 2018: Konkurransen bygde på fire brukerhistorier.",
            },
            {
                "text": "Hver kommune gjør avrop på avtalene etter brukernes behov",
                "correct": True,
                "feedback": "Sist, 2019: Implementeringen skjer i den enkelte kommune.",
            },
        ],
        "explanation": (
            "Prosessen gikk fra informasjonsmøte høsten 2016 via behovskartlegging i februar 2017 "
            "og dialog våren 2017 til kunngjøring i januar 2018 og implementering i 2019."
        ),
    },
    {
        "key": "prosedyrer-og-samarbeid-m3-q8",
        "course": "prosedyrer-og-samarbeid",
        "module": 3,
        "type": "single",
        "difficulty": 2,
        "phases": ["konkurranse", "kontrakt"],
        "topics": ["samarbeid", "behov"],
        "text": "I Larvik-anskaffelsen ble det inngått én rammeavtale per brukerhistorie. Hvorfor?",
        "options": [
            {
                "text": (
                    "Fordi én løsning ikke passer alle, og kommunene skulle kunne velge løsning "
                    "etter den enkelte brukerens behov."
                ),
                "correct": True,
                "feedback": (
                    "Riktig: Flere rammeavtaler ga kommunene valgfrihet ut fra brukerens behov."
                ),
            },
            {
                "text": "Fordi regelverket krever én rammeavtale per leverandør.",
                "correct": False,
                "feedback": (
                    "Feil: Dignio og Evondos vant to brukerhistorier hver, så det var ikke én "
                    "avtale per leverandør."
                ),
            },
            {
                "text": "Fordi hver kommune skulle ha sin egen leverandør.",
                "correct": False,
                "feedback": (
                    "Feil: Avtalene var felles, og hver kommune gjør avrop ut fra brukernes behov."
                ),
            },
            {
                "text": "For å sikre at bare én leverandør vant.",
                "correct": False,
                "feedback": "Feil: To leverandører vant to brukerhistorier hver.",
            },
        ],
        "explanation": (
            "Konkurransen bygde på fire brukerhistorier – Tone, Roar, Hans og Peder – med én "
            "rammeavtale per brukerhistorie, fordi én løsning ikke passer alle."
        ),
    },
    {
        "key": "prosedyrer-og-samarbeid-m3-q9",
        "course": "prosedyrer-og-samarbeid",
        "module": 3,
        "type": "single",
        "difficulty": 2,
        "phases": ["implementering"],
        "topics": ["klima-miljo"],
        "text": (
            "Hva viste erfaringene fra den utslippsfrie anleggsplassen i Olav Vs gate i Oslo i "
            "2019?"
        ),
        "options": [
            {
                "text": (
                    "Utslippene ble 99 prosent lavere enn med vanlig diesel, men maskiner gikk "
                    "tomme for strøm, så byggherren bør ta ansvar for å skaffe nok strøm."
                ),
                "correct": True,
                "feedback": "Riktig: Det er hovedfunnene i Bymiljøetatens erfaringsrapport.",
            },
            {
                "text": (
                    "Prosjektet ble stanset fordi ingen leverandører kunne levere elektriske "
                    "maskiner."
                ),
                "correct": False,
                "feedback": "Feil: Gravemaskiner, hjullastere og annet utstyr gikk på strøm.",
            },
            {
                "text": "Utslippene ble omtrent som med fossilfritt drivstoff.",
                "correct": False,
                "feedback": "Feil: Utslippene ble 52 prosent lavere enn med fossilfritt drivstoff.",
            },
            {
                "text": (
                    "Det oppsto ingen utfordringer, så leverandørene kan ta hele ansvaret for "
                    "strømmen."
                ),
                "correct": False,
                "feedback": (
                    "Feil: Maskiner gikk tomme for strøm, og erfaringene tilsier at byggherren bør "
                    "ta ansvaret."
                ),
            },
        ],
        "explanation": (
            "Ifølge Bymiljøetatens erfaringsrapport ga prosjektet 99 prosent lavere utslipp enn "
            "med vanlig diesel og 52 prosent lavere enn med fossilfritt drivstoff. Maskiner gikk "
            "tomme for strøm, og byggherren bør ta ansvar for å skaffe nok strøm."
        ),
    },
    # --- prosedyrer-og-samarbeid: Sluttest -------------------------------------------------------
    {
        "key": "prosedyrer-og-samarbeid-final-q1",
        "course": "prosedyrer-og-samarbeid",
        "module": 0,
        "type": "scenario",
        "difficulty": 2,
        "phases": ["konkurranse"],
        "topics": ["prosedyrer", "innovasjon"],
        "context": (
            "Bergvik kommune har et gammelt renseanlegg der vedlikeholdet er dyrt og farlig for de "
            "ansatte. Kommunen vet ikke hvordan problemet best kan løses og vil gjerne få flere "
            "konsepter å velge mellom tidlig i prosessen. Forslagene skal vurderes av en uavhengig "
            "jury, og kommunen vil kunne gi vinneren et videre tjenesteoppdrag."
        ),
        "inner_type": "single",
        "text": "Hvilken prosedyre passer best?",
        "options": [
            {
                "text": "Plan- og designkonkurranse.",
                "correct": True,
                "feedback": (
                    "Riktig: Den gir konsepter tidlig i prosessen, vurdert anonymt av en uavhengig "
                    "jury, og kommunen kan gå videre med vinneren."
                ),
            },
            {
                "text": "Innovasjonspartnerskap.",
                "correct": False,
                "feedback": (
                    "Feil: Kommunen ønsker konsepter å velge mellom, ikke å få utviklet og kjøpt "
                    "en ferdig løsning."
                ),
            },
            {
                "text": "Åpen anbudskonkurranse.",
                "correct": False,
                "feedback": (
                    "Feil: Den passer når kommunen vet hva den skal kjøpe, og løsningen finnes."
                ),
            },
            {
                "text": "Konkurranse med forhandling.",
                "correct": False,
                "feedback": "Feil: Den passer når en løsning som finnes, må tilpasses.",
            },
        ],
        "explanation": (
            "En plan- og designkonkurranse gir en plan, et konsept eller et design tidlig i "
            "prosessen. En uavhengig jury vurderer forslagene anonymt, og har kommunen opplyst om "
            "det på forhånd, kan den inngå en tjenestekontrakt med vinneren uten ny kunngjøring."
        ),
    },
    {
        "key": "prosedyrer-og-samarbeid-final-q2",
        "course": "prosedyrer-og-samarbeid",
        "module": 0,
        "type": "numeric",
        "difficulty": 2,
        "phases": ["konkurranse", "spredning"],
        "topics": ["samarbeid"],
        "text": (
            "Larviks felles anskaffelse av elektronisk medisineringsstøtte vokste underveis. Hvor "
            "mange kommuner var med til slutt, Larvik medregnet?"
        ),
        "options": [],
        "explanation": (
            "Samarbeidet vokste fra 9 til 29 kommuner i 7 fylker, fra Røyrvik med 469 innbyggere "
            "til Bergen med nesten 280 000. Det var den største fellesanskaffelsen i LUPs historie."
        ),
        "answer": 29,
        "tolerance": 0,
        "unit": "kommuner",
    },
    {
        "key": "prosedyrer-og-samarbeid-final-q3",
        "course": "prosedyrer-og-samarbeid",
        "module": 0,
        "type": "multiple",
        "difficulty": 1,
        "phases": ["konkurranse"],
        "topics": ["prosedyrer", "innovasjon"],
        "text": (
            "Løsningen kommunen trenger, finnes ikke. Hvilke fremgangsmåter gir rom for utvikling?"
        ),
        "options": [
            {
                "text": "Innovasjonspartnerskap.",
                "correct": True,
                "feedback": "Riktig: Utvikling og kjøp skjer i én prosedyre.",
            },
            {
                "text": "Førkommersiell anskaffelse.",
                "correct": True,
                "feedback": "Riktig: Kommunen kjøper forskning og utvikling i konkurrerende faser.",
            },
            {
                "text": "Plan- og designkonkurranse.",
                "correct": True,
                "feedback": (
                    "Riktig: Den gir planer, konsepter eller design for noe som ikke finnes."
                ),
            },
            {
                "text": "Åpen anbudskonkurranse.",
                "correct": False,
                "feedback": "Feil: Den passer når du vet hva du skal kjøpe, og løsningen finnes.",
            },
            {
                "text": "Begrenset anbudskonkurranse.",
                "correct": False,
                "feedback": "Feil: Den passer, som åpen anbudskonkurranse, når løsningen finnes.",
            },
        ],
        "explanation": (
            "Når løsningen ikke finnes, gir innovasjonspartnerskap, førkommersiell anskaffelse "
            "eller plan- og designkonkurranse rom for utvikling. Åpen eller begrenset "
            "anbudskonkurranse passer når løsningen finnes."
        ),
    },
    {
        "key": "prosedyrer-og-samarbeid-final-q4",
        "course": "prosedyrer-og-samarbeid",
        "module": 0,
        "type": "true_false",
        "difficulty": 2,
        "phases": ["konkurranse"],
        "topics": ["prosedyrer", "regelverk"],
        "text": (
            "Påstand: Konkurransepreget dialog har de samme vilkårene for bruk som konkurranse med "
            "forhandling, men gjennomføres annerledes."
        ),
        "options": [
            {
                "text": "Sant",
                "correct": True,
                "feedback": (
                    "Riktig: Begge kan brukes når vilkårene i anskaffelsesforskriften § 13-2 er "
                    "oppfylt."
                ),
            },
            {
                "text": "Usant",
                "correct": False,
                "feedback": (
                    "Påstanden stemmer: Vilkårene er de samme, men gjennomføringen er ulik."
                ),
            },
        ],
        "explanation": (
            "Konkurransepreget dialog har de samme vilkårene som konkurranse med forhandling, jf. "
            "anskaffelsesforskriften § 13-2, men i dialogen foreslår leverandørene løsninger før "
            "kravene fastsettes."
        ),
    },
    {
        "key": "prosedyrer-og-samarbeid-final-q5",
        "course": "prosedyrer-og-samarbeid",
        "module": 0,
        "type": "single",
        "difficulty": 2,
        "phases": ["konkurranse"],
        "topics": ["klima-miljo"],
        "text": (
            "Hvordan vektet Sarpsborg kommune renovasjonskonkurransen i 2016, som ga det kommunen "
            "omtalte som Norges to første helelektriske søppelbiler?"
        ),
        "options": [
            {
                "text": "Pris 40 prosent, miljø og kvalitet 60 prosent.",
                "correct": True,
                "feedback": (
                    "Riktig: Sarpsborg brukte høy miljøvekt allerede før reglene ble skjerpet i "
                    "2024."
                ),
            },
            {
                "text": "Pris 70 prosent, miljø og kvalitet 30 prosent.",
                "correct": False,
                "feedback": "Feil: Sarpsborg vektet pris bare 40 prosent.",
            },
            {
                "text": (
                    "Pris 60 prosent, automatisering 30 prosent og gjennomføringsevne 10 prosent."
                ),
                "correct": False,
                "feedback": "Feil: Det er vektingen i ferjekontrakten på Lavik–Oppedal.",
            },
            {
                "text": "Bare pris, med strenge miljøkrav i kravspesifikasjonen.",
                "correct": False,
                "feedback": (
                    "Feil: Sarpsborg brukte tildelingskriterier der miljø og kvalitet veide tyngst."
                ),
            },
        ],
        "explanation": (
            "I renovasjonskonkurransen i 2016 vektet Sarpsborg kommune pris bare 40 prosent og "
            "miljø og kvalitet 60 prosent. Eksemplet viser at kommuner brukte høy miljøvekt også "
            "før 2024."
        ),
    },
    {
        "key": "prosedyrer-og-samarbeid-final-q6",
        "course": "prosedyrer-og-samarbeid",
        "module": 0,
        "type": "single",
        "difficulty": 2,
        "phases": ["markedsdialog"],
        "topics": ["markedsdialog", "innovasjon"],
        "text": (
            "Bergen kommune samlet 170 deltakere til markedsdialog i «1 000 bygg – 10 000 "
            "muligheter». Hvorfor valgte kommunen deretter å ikke snevre inn behovsbeskrivelsen?"
        ),
        "options": [
            {
                "text": "Fordi markedet så sammenhengene bedre enn kommunen.",
                "correct": True,
                "feedback": (
                    "Riktig: Ifølge leksjonen var det derfor en fordel å beholde et bredt behov."
                ),
            },
            {
                "text": (
                    "Fordi regelverket forbyr å endre behovsbeskrivelsen etter en markedsdialog."
                ),
                "correct": False,
                "feedback": (
                    "Feil: Innspill fra dialogen kan tvert imot brukes til å justere "
                    "behovsbeskrivelsen."
                ),
            },
            {
                "text": "Fordi leverandørene hadde skrevet behovsbeskrivelsen.",
                "correct": False,
                "feedback": "Feil: Behovsbeskrivelsen var kommunens.",
            },
            {
                "text": "Fordi Innovasjon Norge krevde et bredt behov for å gi støtte.",
                "correct": False,
                "feedback": (
                    "Feil: Leksjonen begrunner valget med at markedet så sammenhengene bedre."
                ),
            },
        ],
        "explanation": (
            "Bergen kommune fikk inntil ti millioner kroner fra Innovasjon Norge. Etter dialogen "
            "med 170 deltakere valgte kommunen å ikke snevre inn behovsbeskrivelsen, fordi "
            "markedet så sammenhengene bedre enn kommunen."
        ),
    },
    {
        "key": "prosedyrer-og-samarbeid-final-q7",
        "course": "prosedyrer-og-samarbeid",
        "module": 0,
        "type": "multiple",
        "difficulty": 3,
        "phases": ["konkurranse"],
        "topics": ["prosedyrer", "organisasjon"],
        "text": "Hvilke påstander om risiko stemmer med det kurset lærer?",
        "options": [
            {
                "text": (
                    "Et innovasjonspartnerskap kan ta flere år, og det er ingen garanti for at "
                    "utviklingen lykkes."
                ),
                "correct": True,
                "feedback": "Riktig: Kommunen binder også opp folk til å følge opp partnerne.",
            },
            {
                "text": (
                    "En førkommersiell anskaffelse gir ingen garanti for en god nok løsning, og "
                    "veien til kjøp går gjennom en ny konkurranse."
                ),
                "correct": True,
                "feedback": "Riktig: Kjøpet av en ferdig løsning krever en egen anskaffelse.",
            },
            {
                "text": (
                    "Prosedyrer med dialog tar lengre tid og krever et team med mandat til å ta "
                    "beslutninger underveis."
                ),
                "correct": True,
                "feedback": "Riktig: Mer dialog krever mer kapasitet.",
            },
            {
                "text": "En plan- og designkonkurranse gir kommunen en ferdig, utprøvd løsning.",
                "correct": False,
                "feedback": (
                    "Feil: Den gir et konsept, og resultatet avhenger av juryen og av at "
                    "anonymiteten holdes."
                ),
            },
            {
                "text": (
                    "I en konkurranse med forhandling er det ingen risiko for forskjellsbehandling."
                ),
                "correct": False,
                "feedback": "Feil: Forhandlinger er krevende å gjennomføre rettferdig.",
            },
        ],
        "explanation": (
            "Alle prosedyrene som gir rom for innovasjon, har risiko: lang tid og usikkert "
            "resultat i innovasjonspartnerskap, ny konkurranse etter en førkommersiell "
            "anskaffelse, et konsept i stedet for en løsning i plan- og designkonkurranser og krav "
            "til kapasitet og likebehandling i forhandling og dialog."
        ),
    },
    {
        "key": "prosedyrer-og-samarbeid-final-q8",
        "course": "prosedyrer-og-samarbeid",
        "module": 0,
        "type": "scenario",
        "difficulty": 3,
        "phases": ["behovsavklaring", "konkurranse"],
        "topics": ["samarbeid", "organisasjon"],
        "context": (
            "Fem små kommuner i en region vil anskaffe digitalt tilsyn i hjemmetjenesten sammen. "
            "Den største av dem har tilbudt seg å lede arbeidet. To av kommunene er usikre og vil "
            "vente og se. Ingen har ennå skrevet ned hvordan samarbeidet skal fungere."
        ),
        "inner_type": "multiple",
        "text": "Hva bør samarbeidsavtalen mellom kommunene avklare?",
        "options": [
            {
                "text": (
                    "Hvem som er leder, deltaker og opsjon, og hvem som kan binde hver kommune."
                ),
                "correct": True,
                "feedback": "Riktig: Rollene må være avklart og skriftlig avtalt.",
            },
            {
                "text": "Hvordan kostnadene til prosjektledelse og utvikling skal fordeles.",
                "correct": True,
                "feedback": (
                    "Riktig: Fordelingen av kostnader står på sjekklisten for samarbeidsavtalen."
                ),
            },
            {
                "text": "Hvem som stiller med fagfolk til behovsarbeid, dialog og evaluering.",
                "correct": True,
                "feedback": "Riktig: Deltakerne bidrar med behov og fagfolk.",
            },
            {
                "text": (
                    "At de usikre kommunene kan slutte seg til senere uten å være nevnt i "
                    "kunngjøringen."
                ),
                "correct": False,
                "feedback": "Feil: Kommuner med opsjon må navngis allerede i kunngjøringen.",
            },
            {
                "text": (
                    "At lederkommunen kan gjennomføre anskaffelsen uten fullmakter fra de andre."
                ),
                "correct": False,
                "feedback": (
                    "Feil: Lederen trenger fullmakter fra de andre kommunene og ressurser til "
                    "jobben."
                ),
            },
        ],
        "explanation": (
            "Samarbeidsavtalen bør avklare roller og hvem som kan binde hver kommune, fordeling av "
            "kostnader, hvem som stiller med fagfolk, hvordan beslutninger tas, og hvordan avtalen "
            "følges opp i hver kommune."
        ),
    },
]
