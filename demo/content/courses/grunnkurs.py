"""Innovative anskaffelser - grunnkurs: demo course content (Bokmål).

Loaded by the setup_demo command.
"""

# Sources used across the lessons. Kept as constants so the same address is spelt the same way
# everywhere.
KS_SPREDNING = {
    "title": "KS: Spredning av innovative offentlige anskaffelser i norske kommuner",
    "url": (
        "https://www.ks.no/fagomrader/innovasjon/framtidas-kommune/innovative-anskaffelser/"
        "spredning-av-innovative-offentlige-anskaffelser-i-norske-kommuner2/"
    ),
}
ANBUD365_SPREDNING = {
    "title": "Anbud365: Bruker i liten grad mulighetene for innovasjonskjøp",
    "url": "https://www.anbud365.no/regelverk/bruker-liten-grad-mulighetene-innovasjonskjop/",
}
DFO_HVA_ER = {
    "title": "DFØ (anskaffelser.no): Hva er innovative anskaffelser",
    "url": "https://anskaffelser.no/innovasjon/hva-er-innovative-anskaffelser",
}
DFO_TRE_TYPER = {
    "title": "DFØ: Offentlige virksomheters arbeid med innovative anskaffelser",
    "url": (
        "https://dfo.no/nokkeltall-og-statistikk/innkjop-i-offentlig-sektor/"
        "offentlige-virksomheters-arbeid-med-innovative-anskaffelser"
    ),
}
DFO_INNOVASJONSVENNLIG = {
    "title": "DFØ: Innovasjonsvennlig innkjøpspraksis",
    "url": (
        "https://dfo.no/nokkeltall-og-statistikk/innkjop-i-offentlig-sektor/"
        "innovasjonsvennlig-innkjopspraksis"
    ),
}
DFO_DIALOG = {
    "title": "DFØ (anskaffelser.no): Regler for dialog med markedet",
    "url": (
        "https://anskaffelser.no/anskaffelsesprosessen/anskaffelsesprosessen-steg-steg/"
        "avklare-behov-og-forberede-konkurransen/lage-konkurransestrategi/"
        "kartlegging-og-dialog-med-markedet/dialog-med-markedet/regler-dialog-med-markedet"
    ),
}
DFO_ANSKAFFELSER = {
    "title": "DFØ: anskaffelser.no – veiledning om offentlige anskaffelser",
    "url": "https://anskaffelser.no/",
}
LOVDATA_LOA = {
    "title": "Lovdata: Lov om offentlige anskaffelser (anskaffelsesloven)",
    "url": "https://lovdata.no/dokument/NL/lov/2016-06-17-73",
}
LOVDATA_FOA = {
    "title": "Lovdata: Forskrift om offentlige anskaffelser (anskaffelsesforskriften)",
    "url": "https://lovdata.no/dokument/SF/forskrift/2016-08-12-974",
}
REGJERINGEN_PRINSIPPER = {
    "title": "Regjeringen: De grunnleggende prinsippene",
    "url": (
        "https://www.regjeringen.no/no/tema/naringsliv/konkurransepolitikk/"
        "offentlige-anskaffelser-/andre-kolonne/grunnleggende-prinsipper2/id2581849/"
    ),
}
KOFA = {
    "title": "Klagenemnda for offentlige anskaffelser (KOFA)",
    "url": "https://www.kofa.no/",
}
DOFFIN = {
    "title": "Doffin – nasjonal database for offentlige anskaffelser",
    "url": "https://www.doffin.no/",
}
LUP = {
    "title": "Leverandørutviklingsprogrammet (LUP): innovativeanskaffelser.no",
    "url": "https://innovativeanskaffelser.no/",
}
LUP_STAVANGER = {
    "title": "LUP: Stavanger først ut med innovasjonspartnerskap",
    "url": "https://www.innovativeanskaffelser.no/blogg/stavanger-forst-ut-med-innovasjonspartnerskap/",
}
LUP_LARVIK_START = {
    "title": "LUP: Larvik går foran (erfaringsdeling og behovskartlegging)",
    "url": "https://innovativeanskaffelser.no/blogg/erfaringsdeling-og-behovskartlegging-i-larvik/",
}
LUP_LARVIK_SKALA = {
    "title": "LUP: Velferdsteknologi fra pilot til skala – nå løsner det",
    "url": (
        "https://www.innovativeanskaffelser.no/blogg/"
        "velferdsteknologi-fra-pilot-til-skala-na-losner-det/"
    ),
}

STAVANGER_CASE = {
    "title": "Norges første innovasjonspartnerskap, i heldøgnsomsorgen",
    "organization": "Stavanger kommune",
    "url": LUP_STAVANGER["url"],
}
LARVIK_CASE = {
    "title": "Felles innovativ anskaffelse av elektronisk medisineringsstøtte",
    "organization": "Larvik kommune og 28 andre kommuner",
    "url": LUP_LARVIK_SKALA["url"],
}


# --- Modul 1 -----------------------------------------------------------------------------------

LESSON_ANSKAFFELSER_I_KOMMUNEN = {
    "title": "Hvorfor anskaffelser betyr mye for kommunen",
    "slug": "hvorfor-anskaffelser-betyr-mye",
    "summary": "Anskaffelser er en stor del av kommunens økonomi og former tjenestene "
    "innbyggerne får.",
    "minutes": 6,
    "body": [
        (
            "paragraph",
            "<p>Hver gang kommunen bygger en skole, kjøper trygghetsalarmer, setter ut renhold "
            "eller tar i bruk et nytt fagsystem, gjør den en anskaffelse. En anskaffelse er et "
            "kjøp av varer, tjenester eller bygge- og anleggsarbeider fra en leverandør. Til "
            "sammen er anskaffelsene et av de sterkeste verktøyene kommunen har for å forme "
            "tjenestene til innbyggerne.</p>",
        ),
        ("heading", "Over en tredjedel av budsjettet"),
        (
            "paragraph",
            "<p>I 2016 gjennomførte Menon Economics og NIFU en studie for KS om innovative "
            "anskaffelser i kommunene. Ifølge KS viser analysene at kjøp av varer og tjenester "
            "utgjør over en tredjedel av de kommunale budsjettene.</p>"
            "<p>Pengene går til det innbyggerne merker i hverdagen: utstyret på sykehjemmet, "
            "inneklimaet i klasserommet, brøytingen av veiene og de digitale tjenestene på "
            "kommunens nettsider. Kvaliteten på anskaffelsene avgjør derfor i stor grad "
            "kvaliteten på tjenestene.</p>"
            "<p>Anskaffelser er også et styringsverktøy. Gjennom krav og tildelingskriterier "
            "kan kommunen følge opp politiske mål, for eksempel om klima, lærlinger eller gode "
            "arbeidsforhold hos leverandørene. Mange kommuner har derfor en egen "
            "anskaffelsesstrategi som viser hva kjøpene skal bidra til.</p>",
        ),
        ("heading", "Mer enn laveste pris"),
        (
            "paragraph",
            "<p>En god anskaffelse dekker behovet best mulig for pengene over hele levetiden, "
            "ikke bare på kjøpsdagen. Drift, vedlikehold, opplæring, energibruk og utskifting "
            "kan koste mer enn selve kjøpet. Et rimelig produkt som krever mye manuelt arbeid, "
            "kan derfor bli dyrt for kommunen i det lange løp.</p>"
            "<p>Samtidig står kommunene overfor store oppgaver: flere eldre, mangel på "
            "fagfolk, klima- og miljømål og stramme budsjetter. Mange av disse utfordringene "
            "kan ikke løses med det som allerede står på hylla. Når kommunen beskriver hva den "
            "trenger, og lar leverandørene foreslå hvordan behovet kan dekkes, åpner den for "
            "løsninger den kanskje ikke visste fantes.</p>",
        ),
        (
            "callout",
            {
                "kind": "tip",
                "title": "Kommunen som krevende kunde",
                "text": "<p>Leverandører utvikler det kundene spør etter. Når kommuner "
                "etterspør bedre løsninger – og gjerne flere kommuner sammen – får "
                "leverandørene grunn til å investere i utvikling. Slik kan innkjøpene gi både "
                "bedre tjenester og nye arbeidsplasser.</p>",
            },
        ),
        (
            "reflection",
            "Tenk på de tre største kjøpene kommunen din skal gjøre de neste to årene. Hvilket "
            "av dem kunne gitt et bedre resultat hvis leverandørene fikk foreslå løsningen?",
        ),
        (
            "key_takeaways",
            [
                "Ifølge KS og studien fra Menon og NIFU går over en tredjedel av "
                "kommunebudsjettene til kjøp av varer og tjenester.",
                "Kvaliteten på anskaffelsene påvirker direkte tjenestene innbyggerne får.",
                "En god anskaffelse ser på kostnader og nytte over hele levetiden, ikke bare "
                "på prisen.",
                "Når kommunen beskriver behovet i stedet for løsningen, kan markedet foreslå "
                "bedre løsninger.",
            ],
        ),
        ("sources", [KS_SPREDNING, DFO_HVA_ER]),
    ],
}

LESSON_HVA_ER_INNOVATIV = {
    "title": "Hva gjør en anskaffelse innovativ?",
    "slug": "hva-gjor-en-anskaffelse-innovativ",
    "summary": "Innovasjon betyr noe nytt og nyttig, og DFØ skiller mellom tre typer innovative "
    "anskaffelser.",
    "minutes": 7,
    "body": [
        (
            "paragraph",
            "<p>Innovasjon trenger ikke handle om avansert teknologi. DFØ (Direktoratet for "
            "forvaltning og økonomistyring) beskriver innovasjon som noe nytt og nyttig som er "
            "tatt i bruk og skaper verdi. Verdien kan være lavere kostnader, bedre kvalitet, "
            "mer effektiv drift, bedre livskvalitet for brukerne eller mindre belastning på "
            "miljøet.</p>"
            "<p>En innovativ anskaffelse er en måte å gjennomføre anskaffelsen på som gjør "
            "innovasjon mulig. Det handler altså både om <em>hvordan</em> kommunen kjøper, og "
            "om <em>hva</em> den kjøper.</p>",
        ),
        ("heading", "Tre typer innovative anskaffelser"),
        (
            "paragraph",
            "<p>DFØ skiller mellom tre hovedtyper. De krever ulik innsats og har ulik risiko.</p>",
        ),
        (
            "accordion",
            [
                {
                    "title": "Innovasjonsanskaffelse",
                    "text": "<p>Kommunen har et behov som ingen løsning på markedet dekker godt "
                    "nok. Leverandørene må derfor utvikle noe nytt, gjerne i tett samarbeid med "
                    "kommunen. Innovasjonspartnerskap og førkommersielle anskaffelser er "
                    "eksempler. Denne typen krever mest tid og kompetanse og har størst risiko, "
                    "men også størst potensial.</p>",
                },
                {
                    "title": "Innovasjonsvennlig anskaffelse",
                    "text": "<p>En ordinær anskaffelse som er lagt opp slik at leverandørene "
                    "oppfordres til å tilby nye og bedre løsninger, og får uttelling for det når "
                    "tilbudene vurderes. Kommunen beskriver behovet og funksjonen, ikke en "
                    "bestemt løsning, og premierer tilbud som gjør mer enn minstekravene. Dette "
                    "kan gjøres i nesten alle anskaffelser.</p>",
                },
                {
                    "title": "Anskaffelse av innovativ løsning",
                    "text": "<p>Kommunen kjøper en helt ny løsning som ikke er anskaffet eller "
                    "prøvd ut tidligere. Løsningen finnes, men erfaringene er få. Kommunen bør "
                    "derfor planlegge for utprøving, opplæring og justering når løsningen tas i "
                    "bruk.</p>",
                },
            ],
        ),
        (
            "case_reference",
            {
                **STAVANGER_CASE,
                "note": "Et eksempel på en innovasjonsanskaffelse: kommunen beskrev behov i "
                "heldøgnsomsorgen og lot leverandørene utvikle nye løsninger, med Innovasjon "
                "Norge, Difi og LUP som samarbeidspartnere.",
            },
        ),
        ("heading", "Det meste skjer i vanlige anskaffelser"),
        (
            "paragraph",
            "<p>DFØ har analysert kunngjøringene i Doffin. Under en halv prosent av "
            "kunngjøringene fra 2018 til 2022 brukte prosedyrer som er laget eller særlig "
            "tilpasset for innovasjon, som innovasjonspartnerskap og konkurransepreget dialog. "
            "Potensialet for mer er altså stort.</p>"
            "<p>Prosedyren er likevel bare en del av bildet. En innovasjonsvennlig anskaffelse "
            "kan gjennomføres som en vanlig åpen anbudskonkurranse, hvis kommunen har snakket "
            "med markedet på forhånd, beskriver behovet godt og belønner bedre løsninger.</p>",
        ),
        (
            "key_takeaways",
            [
                "Innovasjon er noe nytt og nyttig som tas i bruk og skaper verdi.",
                "DFØ skiller mellom innovasjonsanskaffelser, innovasjonsvennlige anskaffelser "
                "og anskaffelser av innovative løsninger.",
                "Innovasjonsvennlige anskaffelser passer i nesten alle kjøp og er et godt sted "
                "å begynne.",
                "Ifølge DFØ brukte under en halv prosent av kunngjøringene 2018–2022 "
                "prosedyrer laget for innovasjon.",
            ],
        ),
        ("sources", [DFO_HVA_ER, DFO_TRE_TYPER, DFO_INNOVASJONSVENNLIG, LUP_STAVANGER]),
    ],
}

LESSON_SPREDNINGSSTUDIEN = {
    "title": "Spredningsstudien fra 2016: funn og fire tiltak",
    "slug": "spredningsstudien-2016",
    "summary": "Hva Menon og NIFU fant om spredning av innovative anskaffelser i kommunene, og "
    "hvilke tiltak Spire bygger på.",
    "minutes": 7,
    "body": [
        (
            "paragraph",
            "<p>I 2016 gjennomførte Menon Economics og NIFU et forsknings- og "
            "utviklingsprosjekt for KS: «Spredning av innovative offentlige anskaffelser i "
            "norske kommuner» (Menon-publikasjon nr. 13/2016, skrevet av Markus M. Bugge, "
            "Kristina Wifstad og Erland Skogli). Studien kartla om og hvordan kommunene deler "
            "løsninger og erfaringer fra innovative anskaffelser med hverandre. Ifølge "
            "Anbud365 bygde den blant annet på om lag 50 intervjuer med kommuner, "
            "fylkeskommuner, statlige aktører, næringsorganisasjoner og leverandører.</p>",
        ),
        ("heading", "Hovedfunn"),
        (
            "paragraph",
            "<ul>"
            "<li>Kjøp av varer og tjenester utgjør over en tredjedel av kommunebudsjettene. "
            "Potensialet for innovasjon er derfor stort.</li>"
            "<li>Kommunene var i liten grad opptatt av å spre innovative anskaffelser, og selv "
            "kommuner med erfaring hadde ikke kommet spesielt langt.</li>"
            "<li>Spredningen skjedde først og fremst gjennom nettverk mellom kommunene.</li>"
            "<li>KS' nettverk og Leverandørutviklingsprogrammet (LUP) ble beskrevet som svært "
            "gode ordninger for spredning, men små sett opp mot utfordringene og "
            "mulighetene.</li>"
            "</ul>"
            "<p>Rapporten skiller mellom «innovasjon i anskaffelser», som den kaller "
            "breddeidrett, og «anskaffelser av innovasjon», som den kaller toppidrett. "
            "Breddeidretten handler om at mange vanlige anskaffelser gjøres smartere. "
            "Toppidretten handler om de færre og større utviklingsløpene. Kommunene trenger "
            "begge deler.</p>",
        ),
        ("heading", "Fire tiltak"),
        (
            "paragraph",
            "<p>Forskerne tok til orde for å supplere nettverkene og kompetansebyggingen i den "
            "enkelte kommune med en mer formalisert og koordinert innsats. Spire er bygget "
            "rundt fire tiltak fra studien:</p>",
        ),
        (
            "accordion",
            [
                {
                    "title": "1. Kompetanse og absorpsjonskapasitet",
                    "text": "<p>Kommunen må kunne søke etter, forstå og ta i bruk kunnskap "
                    "utenfra – fra andre kommuner, leverandører og forskning. Denne evnen kalles "
                    "absorpsjonskapasitet. Den bygges gjennom opplæring, men også gjennom måten "
                    "kommunen deler og bruker kunnskap på.</p>",
                },
                {
                    "title": "2. Systematisk deling i nettverk",
                    "text": "<p>Nettverk mellom kommuner virker, men er sårbare når de hviler på "
                    "enkeltpersoner. Delingen bør bli mer formell og systematisk, med faste "
                    "arenaer og tydelig ansvar.</p>",
                },
                {
                    "title": "3. Felles anskaffelser",
                    "text": "<p>Når flere kommuner går sammen, deler de kostnader og risiko, og "
                    "leverandørene får et større marked å utvikle for. Små kommuner får tilgang "
                    "til kompetanse de ikke har alene.</p>",
                },
                {
                    "title": "4. En felles casedatabase",
                    "text": "<p>En søkbar oversikt over gjennomførte og planlagte innovative "
                    "anskaffelser gjør det lettere å finne noen å lære av – eller samarbeide "
                    "med – før kommunen starter sitt eget arbeid.</p>",
                },
            ],
        ),
        (
            "callout",
            {
                "kind": "tip",
                "title": "Slik bruker du Spire",
                "text": "<p>Kursene og kapasitetsundersøkelsen bygger kompetanse og viser hvor "
                "kommunen står. Casebasen gjør erfaringer søkbare, og planlagte anskaffelser "
                "som søker samarbeidspartnere, gjør det lettere å finne andre å kjøpe "
                "sammen med.</p>",
            },
        ),
        (
            "key_takeaways",
            [
                "Studien fra Menon og NIFU for KS (2016) fant at kommunene i liten grad "
                "arbeidet systematisk med å spre innovative anskaffelser.",
                "Spredningen skjedde mest gjennom nettverk mellom kommunene.",
                "Både breddeidrett (smartere vanlige kjøp) og toppidrett (store "
                "utviklingsløp) trengs.",
                "Spire bygger på fire tiltak: kompetanse og absorpsjonskapasitet, systematisk "
                "deling, felles anskaffelser og en felles casedatabase.",
            ],
        ),
        ("sources", [KS_SPREDNING, ANBUD365_SPREDNING]),
    ],
}


# --- Modul 2 -----------------------------------------------------------------------------------

LESSON_FORMAL_OG_HANDLINGSROM = {
    "title": "Regelverket: formål og handlingsrom",
    "slug": "regelverket-formal-og-handlingsrom",
    "summary": "Hva anskaffelsesregelverket skal sikre, og hvorfor det gir mer rom for innovasjon "
    "enn mange tror.",
    "minutes": 6,
    "body": [
        (
            "paragraph",
            "<p>Offentlige anskaffelser er regulert av lov om offentlige anskaffelser "
            "(anskaffelsesloven) og forskrift om offentlige anskaffelser "
            "(anskaffelsesforskriften). Begge trådte i kraft 1. januar 2017. Loven er kort og "
            "gir de store linjene. Forskriften inneholder de detaljerte reglene, blant annet om "
            "prosedyrer, frister og kunngjøring.</p>",
        ),
        (
            "callout",
            {
                "kind": "legal",
                "title": "Formålet – anskaffelsesloven § 1",
                "text": "<p>Loven skal fremme effektiv bruk av samfunnets ressurser. Den skal "
                "også bidra til at det offentlige opptrer med integritet, slik at allmennheten "
                "har tillit til at anskaffelsene skjer på en samfunnstjenlig måte. Regjeringen "
                "peker på at dette blant annet kan omfatte hensyn til miljø, klima, sosiale "
                "forhold og kampen mot arbeidslivskriminalitet.</p>",
            },
        ),
        ("heading", "Regelverket gir handlingsrom"),
        (
            "paragraph",
            "<p>Mange tror at regelverket står i veien for innovasjon. Det stemmer sjelden. "
            "Regelverket hindrer ikke kommunen i å snakke med leverandører før konkurransen, så "
            "lenge alle behandles likt, ingen får en urimelig fordel og forretningshemmeligheter "
            "ikke røpes. Kommunen kan beskrive behovet med funksjonskrav i stedet for tekniske "
            "detaljer. Og det finnes prosedyrer som er laget for å utvikle nye løsninger, som "
            "konkurransepreget dialog og innovasjonspartnerskap.</p>"
            "<p>Når regelverket likevel oppleves som et hinder, skyldes det ofte vane, "
            "tidspress eller frykt for klager. Det beste botemiddelet er god planlegging, "
            "innkjøpsfaglig kompetanse tidlig i prosessen og skriftlige notater om vurderingene "
            "underveis.</p>",
        ),
        ("heading", "Ord du bør kjenne"),
        (
            "accordion",
            [
                {
                    "title": "Oppdragsgiver",
                    "text": "<p>Den offentlige virksomheten som kjøper, for eksempel kommunen. "
                    "Flere kommuner kan være oppdragsgivere sammen i en felles anskaffelse.</p>",
                },
                {
                    "title": "Konkurransegrunnlag",
                    "text": "<p>Dokumentene som forteller leverandørene hva som skal kjøpes, "
                    "hvilke krav som gjelder, og hvordan tilbudene blir vurdert.</p>",
                },
                {
                    "title": "Kunngjøring og Doffin",
                    "text": "<p>Større konkurranser skal kunngjøres i Doffin, den nasjonale "
                    "databasen for offentlige anskaffelser. Slik får alle interesserte "
                    "leverandører vite om dem.</p>",
                },
                {
                    "title": "Prosedyre",
                    "text": "<p>Fremgangsmåten for konkurransen, for eksempel åpen "
                    "anbudskonkurranse, konkurranse med forhandling eller "
                    "innovasjonspartnerskap. Valget avgjør blant annet om kommunen kan forhandle "
                    "med leverandørene.</p>",
                },
                {
                    "title": "Tildelingskriterier",
                    "text": "<p>Det kommunen legger vekt på når den velger tilbud, for eksempel "
                    "pris, kvalitet og miljø. Kriteriene må være kjent for leverandørene på "
                    "forhånd.</p>",
                },
            ],
        ),
        (
            "key_takeaways",
            [
                "Anskaffelsesloven gir de store linjene, anskaffelsesforskriften de detaljerte "
                "reglene.",
                "Formålet er effektiv bruk av samfunnets ressurser og tillit til at det "
                "offentlige handler med integritet.",
                "Dialog med leverandører før konkurransen er lov, så lenge alle behandles likt.",
                "Regelverket har egne prosedyrer for å utvikle nye løsninger.",
            ],
        ),
        (
            "sources",
            [LOVDATA_LOA, LOVDATA_FOA, REGJERINGEN_PRINSIPPER, DFO_DIALOG, DOFFIN],
        ),
    ],
}

LESSON_FEM_PRINSIPPER = {
    "title": "De fem grunnleggende prinsippene",
    "slug": "de-fem-grunnleggende-prinsippene",
    "summary": "Konkurranse, likebehandling, forutberegnelighet, etterprøvbarhet og "
    "forholdsmessighet – hva de betyr i praksis.",
    "minutes": 7,
    "body": [
        (
            "paragraph",
            "<p>Anskaffelsesloven § 4 inneholder fem grunnleggende prinsipper som gjelder for "
            "alle anskaffelser loven omfatter. Prinsippene er korte, men viktige. De kan i seg "
            "selv gi oppdragsgivere plikter og leverandører rettigheter, og de brukes når de "
            "mer detaljerte reglene skal tolkes. Klagenemnda for offentlige anskaffelser (KOFA) "
            "og domstolene har bygget på dem i en rekke saker.</p>",
        ),
        (
            "callout",
            {
                "kind": "legal",
                "title": "Anskaffelsesloven § 4",
                "text": "<p>«Oppdragsgiveren skal opptre i samsvar med grunnleggende "
                "prinsipper om konkurranse, likebehandling, forutberegnelighet, etterprøvbarhet "
                "og forholdsmessighet.»</p>",
            },
        ),
        ("heading", "De fem prinsippene forklart"),
        (
            "accordion",
            [
                {
                    "title": "Konkurranse",
                    "text": "<p>Konkurranse er hovedregelen. Når flere leverandører får "
                    "konkurrere, får kommunen bedre løsninger og priser. Kommunen må ikke "
                    "begrense konkurransen uten saklig grunn. I en innovativ anskaffelse handler "
                    "det også om å åpne for nye aktører, for eksempel oppstartsselskaper.</p>",
                },
                {
                    "title": "Likebehandling",
                    "text": "<p>Alle leverandører skal behandles likt og få den samme "
                    "informasjonen samtidig. Kommunen kan ikke forskjellsbehandle ut fra "
                    "nasjonalitet eller lokal tilhørighet, og den kan som hovedregel ikke kreve "
                    "et bestemt merke eller produkt. Prinsippet er særlig viktig når kommunen har "
                    "dialog med markedet.</p>",
                },
                {
                    "title": "Forutberegnelighet",
                    "text": "<p>Leverandørene skal kunne forutse hvordan konkurransen foregår. "
                    "Krav, tildelingskriterier og framdrift skal være klare på forhånd, og "
                    "kommunen skal følge det den har sagt. Vesentlige endringer underveis kan "
                    "være ulovlige.</p>",
                },
                {
                    "title": "Etterprøvbarhet",
                    "text": "<p>Det skal være mulig å kontrollere i ettertid at kommunen har "
                    "fulgt reglene. Derfor må vurderinger og beslutninger dokumenteres skriftlig, "
                    "og kommunen må begrunne hvorfor den valgte den leverandøren den valgte.</p>",
                },
                {
                    "title": "Forholdsmessighet",
                    "text": "<p>Krav og ressursbruk skal stå i forhold til det som skal kjøpes. "
                    "Kommunen bør ikke stille strengere krav enn nødvendig, for eksempel "
                    "omfattende referansekrav som stenger ute nye leverandører uten å gi "
                    "kommunen noe igjen.</p>",
                },
            ],
        ),
        ("heading", "Prinsippene støtter innovasjon"),
        (
            "paragraph",
            "<p>Prinsippene er ikke bare begrensninger. Åpen konkurranse gir flere ideer. "
            "Likebehandling skaper tillit i markedet. Forutberegnelighet gjør det tryggere for "
            "leverandørene å bruke tid og penger på et godt tilbud. Og forholdsmessighet gir "
            "rom for å gjøre enkle anskaffelser enkelt, og bruke mer tid der mye står på "
            "spill.</p>",
        ),
        (
            "reflection",
            "Hvilket av de fem prinsippene tror du er vanskeligst å følge i kommunen din når "
            "dere har tett dialog med leverandører – og hvorfor?",
        ),
        (
            "key_takeaways",
            [
                "Anskaffelsesloven § 4 krever konkurranse, likebehandling, forutberegnelighet, "
                "etterprøvbarhet og forholdsmessighet.",
                "Prinsippene gir selvstendige plikter og rettigheter og brukes til å tolke "
                "resten av regelverket.",
                "God dokumentasjon underveis er nøkkelen til etterprøvbarhet.",
                "Brukt riktig gjør prinsippene det tryggere for leverandørene å satse på nye "
                "løsninger.",
            ],
        ),
        ("sources", [LOVDATA_LOA, REGJERINGEN_PRINSIPPER, KOFA]),
    ],
}

LESSON_PRINSIPPER_I_PRAKSIS = {
    "title": "Prinsippene i en innovativ anskaffelse",
    "slug": "prinsippene-i-en-innovativ-anskaffelse",
    "summary": "Slik følger du prinsippene når kommunen har tett dialog med markedet og bruker "
    "funksjonskrav.",
    "minutes": 7,
    "body": [
        (
            "paragraph",
            "<p>I en innovativ anskaffelse har kommunen mer kontakt med leverandørene enn "
            "vanlig. Den inviterer til dialog, beskriver behov i stedet for løsninger og "
            "forhandler kanskje om innholdet. Det gir flere situasjoner der prinsippene blir "
            "satt på prøve. Her ser vi på tre av dem.</p>",
        ),
        ("heading", "Markedsdialog uten forskjellsbehandling"),
        (
            "paragraph",
            "<p>Dialog før konkurransen er lov og ofte klokt. For å ivareta likebehandling og "
            "konkurranse bør kommunen invitere åpent, for eksempel gjennom en kunngjøring i "
            "Doffin eller på egne nettsider. Alle som deltar, bør få den samme informasjonen, "
            "og spørsmål og svar bør deles med alle. Kommunen må ikke røpe "
            "forretningshemmeligheter som én leverandør har delt.</p>",
        ),
        (
            "callout",
            {
                "kind": "warning",
                "title": "Når én leverandør får et forsprang",
                "text": "<p>Har en leverandør fått informasjon andre ikke har, eller påvirket "
                "konkurransegrunnlaget sterkt, kan konkurransen bli skjev. Kommunen må da "
                "rette opp forspranget, for eksempel ved å gi alle den samme informasjonen og "
                "god nok tid. Å avvise leverandøren er siste utvei. Det er langt enklere å "
                "unngå problemet med en åpen og godt dokumentert dialog fra starten av.</p>",
            },
        ),
        ("heading", "Funksjonskrav og forutberegnelighet"),
        (
            "paragraph",
            "<p>Funksjonskrav beskriver hva løsningen skal oppnå, ikke hvordan den skal se ut. "
            "Det gir leverandørene frihet, men kommunen må likevel være tydelig. Leverandørene "
            "må vite hvilke behov som er viktigst, hva som er minstekrav, og hvordan tilbudene "
            "blir vurdert og vektet. Uklare kriterier gjør det vanskelig å gi gode tilbud og "
            "øker risikoen for klager.</p>",
        ),
        ("heading", "Forholdsmessighet og dokumentasjon"),
        (
            "paragraph",
            "<p>Krav til erfaring og økonomi skal stå i forhold til oppdraget. Strenge "
            "referansekrav kan stenge ute nettopp de nye aktørene som har de beste ideene. Skriv "
            "ned viktige vurderinger og beslutninger underveis: hvem kommunen snakket med, hva "
            "som ble sagt, og hvorfor kravene ble som de ble. Det gjør anskaffelsen "
            "etterprøvbar.</p>",
        ),
        (
            "checklist",
            {
                "title": "Før du inviterer til dialog",
                "items": [
                    "Invitasjonen er åpen og kunngjort der aktuelle leverandører finner den.",
                    "Alle deltakere får den samme informasjonen.",
                    "Vi har en plan for å dele spørsmål og svar med alle.",
                    "Vi vet hvordan vi beskytter forretningshemmeligheter.",
                    "Vi skriver referat fra møtene.",
                ],
            },
        ),
        (
            "key_takeaways",
            [
                "Innovative anskaffelser setter prinsippene på prøve fordi kontakten med "
                "markedet er tettere.",
                "Åpen invitasjon og lik informasjon til alle ivaretar likebehandling i dialogen.",
                "Funksjonskrav krever tydelige minstekrav og tildelingskriterier.",
                "Referater og begrunnelser underveis gjør anskaffelsen etterprøvbar.",
            ],
        ),
        ("sources", [DFO_DIALOG, REGJERINGEN_PRINSIPPER, LOVDATA_FOA]),
    ],
}


# --- Modul 3 -----------------------------------------------------------------------------------

LESSON_FRA_BEHOV_TIL_KONKURRANSE = {
    "title": "Fasene fra behov til konkurranse",
    "slug": "fasene-fra-behov-til-konkurranse",
    "summary": "Behovsavklaring med forankring, markedsdialog og konkurranse – de tre første "
    "fasene.",
    "minutes": 7,
    "body": [
        (
            "paragraph",
            "<p>DFØ deler anskaffelsesprosessen i tre hoveddeler: avklare behov og forberede "
            "konkurransen, gjennomføre konkurransen og følge opp kontrakten. I Spire deler vi "
            "en innovativ anskaffelse inn i sju faser, basert på DFØ og metoden til "
            "Leverandørutviklingsprogrammet (LUP). Grunnen er at det som skjer før og etter "
            "selve konkurransen, avgjør mye av resultatet. Denne leksjonen tar for seg de tre "
            "første fasene.</p>",
        ),
        ("heading", "1. Behovsavklaring, med forankring"),
        (
            "paragraph",
            "<p>Start med problemet, ikke løsningen. Hva er det som ikke fungerer i dag, for "
            "hvem, og hva vil kommunen oppnå? Snakk med brukerne og de ansatte som kjenner "
            "tjenesten. Undersøk også om andre kommuner har løst et lignende behov. Resultatet "
            "er en behovsbeskrivelse som forklarer hva som skal oppnås, uten å låse kommunen "
            "til én bestemt løsning.</p>"
            "<p>Forankring betyr at ledelsen står bak arbeidet. Lederne gir mandat, setter av "
            "tid og penger og aksepterer at en innovativ anskaffelse har noe usikkerhet. Uten "
            "forankring stopper mange gode initiativ når de møter den første motbakken.</p>",
        ),
        ("heading", "2. Markedsdialog"),
        (
            "paragraph",
            "<p>I markedsdialogen finner kommunen ut hva markedet kan tilby, og leverandørene "
            "får vite hva kommunen trenger. Dialogen kan ta mange former:</p>"
            "<ul>"
            "<li>markedsundersøkelse</li>"
            "<li>dialogkonferanse eller omvendt dialogkonferanse</li>"
            "<li>én-til-én-møter</li>"
            "<li>skriftlig informasjon fra leverandørene (RFI)</li>"
            "<li>høring av konkurransegrunnlaget</li>"
            "<li>veiledende kunngjøring</li>"
            "</ul>"
            "<p>Velg aktiviteter etter hva dere trenger å vite. En markedsundersøkelse gir "
            "oversikt, en dialogkonferanse samler mange leverandører på én gang, og "
            "én-til-én-møter gir dypere innsikt i hver enkelt løsning. Innspillene brukes til "
            "å justere behovsbeskrivelsen og velge strategi for konkurransen.</p>",
        ),
        ("heading", "3. Konkurranse"),
        (
            "paragraph",
            "<p>Nå velger kommunen prosedyre, skriver konkurransegrunnlaget med funksjonskrav "
            "og tildelingskriterier, og kunngjør konkurransen. Tilbudene vurderes etter "
            "kriteriene som er kunngjort, og valget begrunnes skriftlig. Valget av prosedyre "
            "avhenger av hvor ny løsningen er: Finnes den allerede, kan en åpen "
            "anbudskonkurranse med funksjonskrav være nok. Må løsningen utvikles, kan for "
            "eksempel konkurransepreget dialog eller innovasjonspartnerskap passe bedre.</p>",
        ),
        (
            "callout",
            {
                "kind": "tip",
                "title": "Bruk mest tid tidlig",
                "text": "<p>Muligheten til å påvirke resultatet er størst i starten. En uke "
                "ekstra på behovsavklaring og dialog kan spare måneder senere.</p>",
            },
        ),
        (
            "reflection",
            "Tenk på en anskaffelse kommunen din gjorde nylig. Var behovet beskrevet som et "
            "problem som skulle løses, eller som en bestemt løsning som skulle kjøpes?",
        ),
        (
            "key_takeaways",
            [
                "Behovsavklaringen starter med problemet og brukerne, ikke med løsningen.",
                "Forankring hos ledelsen gir mandat, ressurser og aksept for usikkerhet.",
                "Markedsdialog kan være alt fra en markedsundersøkelse til én-til-én-møter.",
                "I konkurransen vurderes tilbudene bare etter kriteriene som er kunngjort.",
            ],
        ),
        ("sources", [DFO_ANSKAFFELSER, DFO_DIALOG, LUP]),
    ],
}

LESSON_FRA_KONTRAKT_TIL_SPREDNING = {
    "title": "Fasene fra kontrakt til spredning",
    "slug": "fasene-fra-kontrakt-til-spredning",
    "summary": "Kontrakt, implementering, gevinstrealisering og spredning – der verdien faktisk "
    "skapes.",
    "minutes": 7,
    "body": [
        (
            "paragraph",
            "<p>Når kontrakten er signert, kan det føles som om jobben er gjort. Men gevinsten "
            "er ikke hentet ut ennå. De fire siste fasene avgjør om den nye løsningen faktisk "
            "gir bedre tjenester – og om andre kommuner får nytte av den.</p>",
        ),
        ("heading", "4. Kontrakt"),
        (
            "paragraph",
            "<p>Kontrakten bør passe til en løsning som er ny. Avklar hvem som eier rettighetene "
            "til det som utvikles, hvordan endringer skal håndteres, og hvordan leveransen skal "
            "følges opp. Skal andre kommuner kunne bruke avtalen senere, må det gå klart fram "
            "av kunngjøringen og kontrakten fra starten av. Sett av tid til faste "
            "oppfølgingsmøter med leverandøren, særlig i den første perioden.</p>",
        ),
        ("heading", "5. Implementering"),
        (
            "paragraph",
            "<p>En ny løsning gir sjelden gevinst av seg selv. De ansatte må få opplæring, "
            "arbeidsmåtene må endres, og løsningen må ofte kobles til andre systemer. Planlegg "
            "utprøving i liten skala før full utrulling.</p>",
        ),
        ("heading", "6. Gevinstrealisering"),
        (
            "paragraph",
            "<p>Bestem tidlig hvilke gevinster dere vil ha, og mål hvordan det står til før "
            "løsningen tas i bruk. Gevinster kan være sparte kroner, frigjort arbeidstid, bedre "
            "kvalitet for brukerne eller lavere klimagassutslipp. Skriv dem inn i en enkel "
            "gevinstplan som sier hva som skal måles, når og av hvem. Gi en leder i tjenesten "
            "ansvaret for å følge dem opp.</p>",
        ),
        ("heading", "7. Spredning"),
        (
            "paragraph",
            "<p>Del erfaringene, også det som ikke gikk som planlagt. Andre kommuner kan ta i "
            "bruk løsningen, lære av prosessen eller bli med i neste anskaffelse. Registrer "
            "anskaffelsen i casebasen, slik at andre finner den.</p>",
        ),
        (
            "case_reference",
            {
                **LARVIK_CASE,
                "note": "Høsten 2016 inviterte Larvik noen få kommuner til et "
                "informasjonsmøte. Ifølge LUP endte samarbeidet med at Larvik og 28 andre "
                "kommuner gikk sammen om å anskaffe elektronisk medisineringsstøtte – programmets "
                "største felles anskaffelse.",
            },
        ),
        (
            "paragraph",
            "<p>Larvik-saken viser hvordan spredning kan begynne før kontrakten er signert. "
            "Etter det første møtet ville åtte kommuner gjennomføre anskaffelsen sammen med "
            "Larvik, og fire andre valgte å følge prosessen for å lære. Erfaringene fra "
            "kommunene pekte i samme retning: Arbeidet handler mindre om teknologi og mer om å "
            "utvikle gode tjenester.</p>",
        ),
        (
            "key_takeaways",
            [
                "Kontrakten bør avklare rettigheter, endringer og om andre kan bruke avtalen.",
                "Implementering krever opplæring og nye arbeidsmåter, ikke bare ny teknologi.",
                "Gevinster må defineres og måles fra starten, med en tydelig ansvarlig.",
                "Spredning kan starte tidlig, slik Larvik viste med 28 andre kommuner.",
            ],
        ),
        ("sources", [LUP_LARVIK_SKALA, LUP_LARVIK_START, DFO_ANSKAFFELSER]),
    ],
}

LESSON_ROLLER = {
    "title": "Roller: hvem gjør hva?",
    "slug": "roller-hvem-gjor-hva",
    "summary": "Ledelsen, innkjøperne, tjenesten med behovet, brukerne og leverandørene har hver "
    "sin rolle.",
    "minutes": 6,
    "body": [
        (
            "paragraph",
            "<p>En innovativ anskaffelse er lagarbeid. Ingen enkeltperson har all kunnskapen "
            "som trengs: Innkjøperen kan regelverket, fagfolkene kjenner tjenesten, brukerne "
            "vet hvor skoen trykker, og leverandørene vet hva som er mulig. Når rollene er "
            "klare fra starten, går arbeidet raskere og resultatet blir bedre.</p>",
        ),
        ("heading", "Fem roller"),
        (
            "accordion",
            [
                {
                    "title": "Ledelsen",
                    "text": "<p>Kommunedirektøren og lederne for tjenestene gir mandat, "
                    "prioriterer ressurser og tar ansvar for risikoen. Politikerne setter "
                    "retningen gjennom mål og strategier. Ledelsen eier også gevinstene og må "
                    "følge opp at de blir hentet ut.</p>",
                },
                {
                    "title": "Innkjøpsfaglige",
                    "text": "<p>Innkjøperne kjenner regelverket og prosedyrene. De hjelper med "
                    "å velge prosedyre, planlegge markedsdialogen, skrive konkurransegrunnlaget "
                    "og utforme kontrakten. De bør være med fra starten, ikke bare når "
                    "konkurransen skal kunngjøres.</p>",
                },
                {
                    "title": "Tjenesten som har behovet",
                    "text": "<p>Fagfolkene eier behovet. De beskriver hva som skal løses, "
                    "vurderer faglig kvalitet i tilbudene og har ansvaret for å ta løsningen i "
                    "bruk. Uten dem blir det vanskelig å hente ut gevinstene.</p>",
                },
                {
                    "title": "Brukerne",
                    "text": "<p>Innbyggere, pårørende og ansatte i førstelinjen vet hvordan "
                    "tjenesten oppleves i dag. De bidrar i behovsavklaringen og når løsninger "
                    "skal prøves ut.</p>",
                },
                {
                    "title": "Leverandørene",
                    "text": "<p>Leverandørene kjenner teknologien og markedet. I dialogen gir de "
                    "innspill om hva som er mulig, og i konkurransen tilbyr og utvikler de "
                    "løsningene. Se på dem som en kilde til kunnskap, samtidig som alle "
                    "behandles likt.</p>",
                },
            ],
        ),
        ("heading", "Sett sammen teamet"),
        (
            "paragraph",
            "<p>En god prosjektgruppe har minst én innkjøper, én eller flere fagpersoner fra "
            "tjenesten og en leder som kan ta beslutninger. Brukerne bør involveres tidlig, "
            "for eksempel gjennom intervjuer eller workshops. Kommunen trenger heller ikke "
            "stå alene: LUP og DFØ tilbyr veiledning og maler, og KS og LUP har drevet "
            "læringsnettverk for kommuner som vil lære av hverandre.</p>",
        ),
        (
            "case_reference",
            {
                **STAVANGER_CASE,
                "note": "Stavanger kommune var først ute i Norge med innovasjonspartnerskap, "
                "sammen med Innovasjon Norge, Difi og LUP – et eksempel på at kommunen også kan "
                "hente støtte utenfra.",
            },
        ),
        (
            "checklist",
            {
                "title": "Før dere starter",
                "items": [
                    "Vi har et skriftlig mandat fra ledelsen.",
                    "Innkjøpsfaglig kompetanse er med i prosjektgruppen fra dag én.",
                    "Tjenesten som har behovet, har utpekt en ansvarlig.",
                    "Vi har en plan for å involvere brukerne.",
                    "Vi vet hvem som følger opp gevinstene etter at kontrakten er signert.",
                ],
            },
        ),
        (
            "key_takeaways",
            [
                "Ledelsen gir mandat og ressurser og eier gevinstene.",
                "Innkjøperne bør være med fra starten, ikke bare ved kunngjøring.",
                "Tjenesten eier behovet og har ansvaret for å ta løsningen i bruk.",
                "Brukere og leverandører er viktige kilder til kunnskap gjennom hele prosessen.",
            ],
        ),
        ("sources", [LUP_STAVANGER, DFO_ANSKAFFELSER, LUP]),
    ],
}


COURSE = {
    "title": "Innovative anskaffelser – grunnkurs",
    "slug": "grunnkurs",
    "summary": "Et grunnkurs om hvorfor anskaffelser betyr mye for kommunen, hva som gjør en "
    "anskaffelse innovativ, og hvordan regelverk, faser og roller henger sammen.",
    "audience": "Ansatte og ledere i kommuner og fylkeskommuner – innkjøpere så vel som fagfolk i "
    "tjenestene – som skal delta i eller ta initiativ til en anskaffelse.",
    "estimated_minutes": 60,
    "objectives": [
        "Etter kurset kan du forklare hvorfor anskaffelser er et viktig verktøy for å utvikle "
        "kommunens tjenester.",
        "Etter kurset kan du skille mellom de tre typene innovative anskaffelser som DFØ "
        "beskriver.",
        "Etter kurset kan du gjøre rede for de fem grunnleggende prinsippene i "
        "anskaffelsesloven § 4 og bruke dem i dialog med markedet.",
        "Etter kurset kan du beskrive fasene i en innovativ anskaffelse og hvem som har hvilken "
        "rolle.",
        "Etter kurset kan du forklare funnene og de fire tiltakene fra spredningsstudien for KS "
        "fra 2016.",
    ],
    "phases": [
        "behovsavklaring",
        "markedsdialog",
        "konkurranse",
        "kontrakt",
        "implementering",
        "gevinstrealisering",
        "spredning",
    ],
    "topics": ["innovasjon", "regelverk", "behov", "organisasjon", "samarbeid", "gevinster"],
    "modules": [
        {
            "title": "Modul 1: Hvorfor innovative anskaffelser?",
            "slug": "hvorfor-innovative-anskaffelser",
            "intro": "Modulen viser hvorfor anskaffelser er viktige for kommunen, hva som gjør en "
            "anskaffelse innovativ, og hva spredningsstudien for KS fra 2016 fant ut om "
            "hvordan kommunene deler erfaringer.",
            "lessons": [
                LESSON_ANSKAFFELSER_I_KOMMUNEN,
                LESSON_HVA_ER_INNOVATIV,
                LESSON_SPREDNINGSSTUDIEN,
            ],
        },
        {
            "title": "Modul 2: Regelverket og de grunnleggende prinsippene",
            "slug": "regelverket-og-prinsippene",
            "intro": "Modulen forklarer formålet med anskaffelsesregelverket, de fem "
            "grunnleggende prinsippene i anskaffelsesloven § 4 og hvordan du følger dem når "
            "kommunen har tett dialog med markedet.",
            "lessons": [
                LESSON_FORMAL_OG_HANDLINGSROM,
                LESSON_FEM_PRINSIPPER,
                LESSON_PRINSIPPER_I_PRAKSIS,
            ],
        },
        {
            "title": "Modul 3: Faser og roller",
            "slug": "faser-og-roller",
            "intro": "Modulen går gjennom de sju fasene i en innovativ anskaffelse, fra "
            "behovsavklaring til spredning, og viser hvem i og utenfor kommunen som har hvilken "
            "rolle.",
            "lessons": [
                LESSON_FRA_BEHOV_TIL_KONKURRANSE,
                LESSON_FRA_KONTRAKT_TIL_SPREDNING,
                LESSON_ROLLER,
            ],
        },
    ],
}
