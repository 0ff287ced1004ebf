"""Demo content for the Spire case database: real Norwegian innovative procurements.

Pure data, loaded by the demo setup. The text is written for Spire in our own words from public
sources; nothing is copied. Each case lists the sources it builds on in its "sources" key, and
facts we could not verify are left out (None, "" or an empty list) rather than guessed.
Participants use municipality numbers from the 2024 classification, so municipalities that have
merged since the procurement appear under their current number; each summary says so where it
matters. Contacts are roles and organisation addresses, never named people.
"""

# Buyers that are not municipalities or county authorities. kind is one of state_agency,
# health_trust, municipal_enterprise, inter_municipal; county is a 2-digit county number.
EXTRA_ORGANIZATIONS = [
    {
        "key": "st-olavs",
        "name": "St. Olavs hospital HF",
        "kind": "health_trust",
        "org_number": "883974832",
        "county": "50",
    },
    {
        "key": "statens-vegvesen",
        "name": "Statens vegvesen",
        "kind": "state_agency",
        "org_number": "971032081",
        "county": "",
    },
    {
        "key": "omsorgsbygg",
        "name": "Omsorgsbygg Oslo KF",
        "kind": "municipal_enterprise",
        "org_number": "985987246",
        "county": "03",
    },
    {
        "key": "kultur-og-idrettsbygg",
        "name": "Kultur- og idrettsbygg Oslo KF",
        "kind": "municipal_enterprise",
        "org_number": "",
        "county": "03",
    },
    {
        "key": "oslobygg",
        "name": "Oslobygg KF",
        "kind": "municipal_enterprise",
        "org_number": "",
        "county": "03",
    },
    {
        "key": "bergen-vann",
        "name": "Bergen Vann KF",
        "kind": "municipal_enterprise",
        "org_number": "",
        "county": "46",
    },
    {
        "key": "steinkjerbygg",
        "name": "Steinkjerbygg KF",
        "kind": "municipal_enterprise",
        "org_number": "",
        "county": "50",
    },
    {
        "key": "ntnu",
        "name": "Norges teknisk-naturvitenskapelige universitet (NTNU)",
        "kind": "state_agency",
        "org_number": "",
        "county": "50",
    },
    {
        "key": "statsbygg",
        "name": "Statsbygg",
        "kind": "state_agency",
        "org_number": "",
        "county": "",
    },
    {
        "key": "forsvarsbygg",
        "name": "Forsvarsbygg",
        "kind": "state_agency",
        "org_number": "",
        "county": "",
    },
    {
        "key": "sykehusbygg",
        "name": "Sykehusbygg HF",
        "kind": "health_trust",
        "org_number": "",
        "county": "",
    },
]

CASES = [
    {
        "slug": "stavanger-innovasjonspartnerskap-heldognsomsorg",
        "title": "Norges første innovasjonspartnerskap – heldøgnsomsorg i Stavanger",
        "summary": (
            "Stavanger kommune var den første virksomheten i Norge som tok i bruk "
            "innovasjonspartnerskap. I februar 2017 inngikk kommunen en samarbeidsavtale med "
            "Innovasjon Norge, Difi og Leverandørutviklingsprogrammet (LUP) om å prøve ut den nye "
            "prosedyren i heldøgnsomsorgen. Målet var radikalt nye løsninger som gir eldre et mer "
            "aktivt og selvstendig liv, og å utvikle metoder som andre kan bruke etterpå. Selve "
            "konkurransen og kontraktene er beskrevet i eksemplet «Aktivisering og egenmestring»."
        ),
        "need": (
            "Som resten av landet får Stavanger flere innbyggere over 80 år, samtidig som det "
            "blir færre hender til å gi omsorg. Kommunen ville tenke nytt om hvordan innbyggere "
            "med behov for heldøgns omsorg kan få bedre livskvalitet, være mer aktive og klare "
            "mer selv.\n\n"
            "Behovet var knyttet til kommunens satsing «Leve HELE LIVET». Kommunen ønsket ikke "
            "flere av dagens produkter, men ville utfordre markedet til å utvikle løsninger som "
            "ikke fantes fra før. Det var også en klar politisk forventning om at kommunen skulle "
            "våge mer og samarbeide tettere med næringslivet."
        ),
        "service_area": "helse-omsorg",
        "procedure": "innovation",
        "innovation_type": "innovasjonsanskaffelse",
        "innovative_codes": ["rd-act"],
        "dialogue_activities": [],
        "requirements_style": "functional",
        "status": "kontrakt-inngatt",
        "started_year": 2017,
        "cpv_codes": "85000000-9 73000000-2",
        "contract_value": None,
        "contract_value_basis": "",
        "participants": [{"org": "1103", "role": "lead"}],
        "phases": [
            {
                "phase": "behovsavklaring",
                "started_on": None,
                "ended_on": None,
                "note": (
                    "Samarbeidsavtalen med Innovasjon Norge, Difi og LUP ble signert i februar "
                    "2017. Behovet ble knyttet til satsingen «Leve HELE LIVET»."
                ),
            },
            {
                "phase": "konkurranse",
                "started_on": None,
                "ended_on": None,
                "note": "Konkurransen «Aktivisering og egenmestring» (se eget eksempel).",
            },
            {
                "phase": "kontrakt",
                "started_on": "2018-02-23",
                "ended_on": None,
                "note": "Kontrakter med Innocom AS og Topro Industri AS.",
            },
        ],
        "suppliers": [
            {"name": "Innocom AS", "org_number": "", "is_sme": None},
            {"name": "Topro Industri AS", "org_number": "", "is_sme": None},
        ],
        "effects": [],
        "lessons": [
            {
                "text": (
                    "Ledelsen sto synlig bak satsingen: rådmannen signerte samarbeidsavtalen, og "
                    "ordføreren frontet kontraktene. Forskning på de første partnerskapene "
                    "anbefaler at initiativet kommer fra ledelsen."
                ),
                "tags": "forankring, ledelse",
            },
            {
                "text": (
                    "Nasjonale partnere ga kompetanse og trygghet til en kommune som prøvde en "
                    "helt ny prosedyre. Partnerne forpliktet seg også til å utvikle metodeverktøy "
                    "og dele erfaringene, slik at andre kunne følge etter."
                ),
                "tags": "samarbeid, kompetanse, spredning",
            },
            {
                "text": (
                    "Innovasjonspartnerskap kan bare brukes når løsningen ikke finnes i markedet. "
                    "Sjekk dette grundig før dere velger prosedyren."
                ),
                "tags": "prosedyrevalg, risiko",
            },
        ],
        "sources": [
            {
                "title": "LUP: Stavanger først ut med innovasjonspartnerskap",
                "url": (
                    "https://innovativeanskaffelser.no/blogg/stavanger-forst-ut-med-"
                    "innovasjonspartnerskap/"
                ),
            },
            {
                "title": (
                    "Smart Care Cluster: Inngår det første innovasjonspartnerskapet i Norge (2017)"
                ),
                "url": (
                    "https://www.smartcarecluster.no/aktuelt/2017/2/inng%C3%A5r-det-f%C3%B8rste-"
                    "innovasjonspartnerskapet-i-norge"
                ),
            },
            {
                "title": (
                    "Stavangerregionen Næringsforening: Stavanger kommune inngår Norges første "
                    "innovasjonspartnerskap"
                ),
                "url": (
                    "https://stavangerregion.no/news/stavanger-kommune-inngar-norges-forste-"
                    "innovasjonspartnerskap/"
                ),
            },
            {
                "title": "NRK Rogaland: Partnerskap med Innovasjon Norge",
                "url": "https://www.nrk.no/rogaland/partnerskap-med-innovasjon-norge--1.13256479",
            },
        ],
        "contact_role": "Avdeling for innovasjon og digitalisering",
        "contact_email": "postmottak@stavanger.kommune.no",
        "last_verified": "2026-11-29",
    },
    {
        "slug": "stavanger-aktivisering-og-egenmestring",
        "title": "«Aktivisering og egenmestring» – innovasjonspartnerskap i Stavanger",
        "summary": (
            "I innovasjonspartnerskapet «Aktivisering og egenmestring» søkte Stavanger kommune "
            "nye løsninger som gjør brukere på korttidsopphold mer aktive og selvhjulpne, og som "
            "kan følge brukeren hjem. Kommunen la stor vekt på å forstå brukernes behov gjennom "
            "observasjoner og intervjuer. 23. februar 2018 signerte kommunen kontrakter med "
            "Innocom AS og Topro Industri AS, og partnerskapet fikk ett år til utvikling. Hvordan "
            "utviklingen endte, har vi ikke funnet i åpne kilder."
        ),
        "need": (
            "Etter et sykehusopphold trenger mange eldre opptrening før de klarer seg hjemme "
            "igjen. Stavanger ønsket at brukere på korttidsopphold skulle bli mer aktive og "
            "mestre mer selv, og at støtten skulle kunne følge dem når de flyttet hjem.\n\n"
            "Behovet hørte hjemme i satsingen «Leve HELE LIVET», der målet er at innbyggerne skal "
            "kunne bo hjemme så lenge som mulig. Før konkurransen kartla kommunen behovene med "
            "observasjoner av og intervjuer med brukerne."
        ),
        "service_area": "helse-omsorg",
        "procedure": "innovation",
        "innovation_type": "innovasjonsanskaffelse",
        "innovative_codes": ["rd-act"],
        "dialogue_activities": [],
        "requirements_style": "functional",
        "status": "kontrakt-inngatt",
        "started_year": 2017,
        "cpv_codes": "85000000-9 73000000-2",
        "contract_value": None,
        "contract_value_basis": "",
        "participants": [{"org": "1103", "role": "lead"}],
        "phases": [
            {
                "phase": "behovsavklaring",
                "started_on": None,
                "ended_on": None,
                "note": "Brukerbehov kartlagt med observasjoner, intervjuer og arbeidsmøter.",
            },
            {
                "phase": "konkurranse",
                "started_on": None,
                "ended_on": None,
                "note": (
                    "Konkurranse om innovasjonspartnerskap etter samarbeidsavtalen med de "
                    "nasjonale partnerne."
                ),
            },
            {
                "phase": "kontrakt",
                "started_on": "2018-02-23",
                "ended_on": None,
                "note": (
                    "Kontrakter med Innocom AS og Topro Industri AS. Partnerskapet fikk ett år til "
                    "utvikling."
                ),
            },
        ],
        "suppliers": [
            {"name": "Innocom AS", "org_number": "", "is_sme": None},
            {"name": "Topro Industri AS", "org_number": "", "is_sme": None},
        ],
        "effects": [],
        "lessons": [
            {
                "text": (
                    "Start med brukerne. Observasjoner og intervjuer ga et behovsbilde som "
                    "leverandørene kunne utvikle mot, i stedet for en liste med produktkrav."
                ),
                "tags": "brukermedvirkning, behovsavklaring",
            },
            {
                "text": (
                    "Kommunen må bli flinkere til å beskrive behovene den vil ha løst, og la "
                    "leverandørene stå for innovasjonen. Det var ordførerens budskap da "
                    "kontraktene ble signert."
                ),
                "tags": "behovsbeskrivelse, markedsdialog",
            },
            {
                "text": (
                    "Planlegg overgangen fra konkurranse til samarbeid. En masteroppgave om "
                    "partnerskapet anbefaler at skiftet fra anbudssituasjon til samarbeid skjer så "
                    "sømløst som mulig."
                ),
                "tags": "kontraktsoppfølging, samarbeid",
            },
            {
                "text": (
                    "Markedsfør partnerskapet også utenfor de vanlige anbudskanalene, for eksempel "
                    "i gründermiljøer, for å nå flere aktuelle leverandører."
                ),
                "tags": "markedsdialog",
            },
        ],
        "sources": [
            {
                "title": "Smart Care Cluster: Storskalatesting for Norwegian Smart Care Lab (2018)",
                "url": (
                    "https://www.smartcarecluster.no/aktuelt/2018/2/storskalatesting-for-"
                    "norwegian-smart-care-lab"
                ),
            },
            {
                "title": (
                    "Anskaffelsesakademiet: Innovasjonspartnerskap som et instrument ved "
                    "innovative offentlige anskaffelser (masteroppgave, NHH)"
                ),
                "url": (
                    "https://anskaffelsesakademiet.no/forskningsnytt/innovasjonspartnerskap-som-"
                    "instrument/"
                ),
            },
            {
                "title": (
                    "Anbud365: Masteroppgave – 22 gode råd for etablering og drift av "
                    "innovasjonspartnerskap"
                ),
                "url": (
                    "https://www.anbud365.no/regelverk/masteroppgave-22-gode-rad-for-etablering-"
                    "og-drift-av-innovasjonspartnerskap/"
                ),
            },
            {
                "title": (
                    "Tanketanken (Bærum kommune): Stjæl og del – inspirasjonsdag med Stavanger "
                    "kommune"
                ),
                "url": (
                    "https://tanketanken.no/stjael-og-del-inspirasjonsdag-med-stavanger-kommune/"
                ),
            },
        ],
        "contact_role": "Avdeling for innovasjon og digitalisering",
        "contact_email": "postmottak@stavanger.kommune.no",
        "last_verified": "2026-11-29",
    },
    {
        "slug": "bergen-1000-bygg-10000-muligheter",
        "title": "«1 000 bygg – 10 000 muligheter» – smartere drift av kommunale bygg",
        "summary": (
            "Bergen kommune brukte innovasjonspartnerskap for å få til smartere og mer helhetlig "
            "drift og vedlikehold av sine rundt 1 000 bygg. Kommunen vant fram i Innovasjon "
            "Norges skissekonkurranse, samlet 170 deltakere til markedsdialog i 2018 og fikk 24 "
            "søknader om å delta i konkurransen. GK Inneklima og MazeMap ble partnere, og 20 "
            "følgekommuner fulgte arbeidet. Utviklingen ble forsinket av koronapandemien, og "
            "hvordan partnerskapet endte, har vi ikke funnet i åpne kilder."
        ),
        "need": (
            "Bergen kommune eier og forvalter om lag 1 000 bygg med til sammen mer enn én million "
            "kvadratmeter. Hvert år går rundt 500 millioner kroner av driftsbudsjettet til "
            "vedlikehold, reparasjoner og forbedringer, og kommunen beskrev selv arbeidet med "
            "drift og forvaltning som tungvint og lite kostnadseffektivt.\n\n"
            "Behovet ble formulert som bedre og mer helhetlig styring av drift og vedlikehold. "
            "Målet var lavere årlige kostnader og samtidig høyere kvalitet. Etter markedsdialogen "
            "valgte kommunen å ikke snevre inn behovsbeskrivelsen, fordi leverandørene så "
            "sammenhengene mellom drift og vedlikehold bedre enn kommunen selv."
        ),
        "service_area": "bygg-eiendom",
        "procedure": "innovation",
        "innovation_type": "innovasjonsanskaffelse",
        "innovative_codes": ["rd-act"],
        "dialogue_activities": ["dialogkonferanse"],
        "requirements_style": "functional",
        "status": "kontrakt-inngatt",
        "started_year": 2017,
        "cpv_codes": "72000000-5 73000000-2",
        "contract_value": None,
        "contract_value_basis": "",
        "participants": [
            {"org": "4601", "role": "lead"},
            {"org": "3201", "role": "participant"},
            {"org": "5001", "role": "participant"},
            {"org": "0301", "role": "participant"},
            {"org": "4627", "role": "participant"},
            {"org": "3222", "role": "participant"},
        ],
        "phases": [
            {
                "phase": "behovsavklaring",
                "started_on": None,
                "ended_on": None,
                "note": (
                    "Arbeidet startet sommeren 2017. Oppstartsmøtet var en «hjernedugnad» med "
                    "drøyt 50 deltakere som gikk grundig inn i behovet."
                ),
            },
            {
                "phase": "markedsdialog",
                "started_on": None,
                "ended_on": None,
                "note": (
                    "Markedsdialog i mars 2018 med 170 deltakere, hjernedugnad og «speed dating»."
                ),
            },
            {
                "phase": "konkurranse",
                "started_on": None,
                "ended_on": None,
                "note": (
                    "Lyst ut i 2018 med prekvalifisering (frist 16. august). 24 søkte, og 10 "
                    "bedrifter eller konsortier ble invitert til å gi tilbud innen 30. november "
                    "2018. Forhandlingene startet etter nyttår."
                ),
            },
            {
                "phase": "kontrakt",
                "started_on": None,
                "ended_on": None,
                "note": "GK Inneklima og MazeMap ble valgt som partnere.",
            },
            {
                "phase": "implementering",
                "started_on": None,
                "ended_on": None,
                "note": (
                    "Utvikling og piloter i kommunale bygg. Pandemien forsinket arbeidet med minst "
                    "et halvt år, og GK skulle etter ny plan levere i april 2021."
                ),
            },
        ],
        "suppliers": [
            {"name": "GK Inneklima AS", "org_number": "", "is_sme": False},
            {"name": "MazeMap AS", "org_number": "", "is_sme": None},
        ],
        "effects": [],
        "lessons": [
            {
                "text": (
                    "En bred behovsbeskrivelse kan gi bedre løsninger når markedet ser "
                    "sammenhengene bedre enn kommunen. Bergen valgte bevisst å ikke spisse "
                    "innovasjonsrommet."
                ),
                "tags": "behovsbeskrivelse, markedsdialog",
            },
            {
                "text": (
                    "Gi nye aktører en sjanse: kommunen åpnet for å reservere to til fire plasser "
                    "i konkurransen for mindre erfarne og nyetablerte selskaper hvis mange nok "
                    "kvalifiserte seg."
                ),
                "tags": "leverandørutvikling, SMB",
            },
            {
                "text": (
                    "Oppfordring til samarbeid i markedsdialogen virket. Omtrent halvparten av "
                    "søkerne gikk sammen med andre."
                ),
                "tags": "markedsdialog, samarbeid",
            },
            {
                "text": (
                    "Lag en plan for forsinkelser. Da pandemien stengte byggene, fantes det ikke "
                    "data fra normal drift i pilotbyggene, og utviklingen stoppet opp."
                ),
                "tags": "risiko, kontraktsoppfølging",
            },
        ],
        "sources": [
            {
                "title": "Bergen kommune: Konkurransen i «1000 bygg – 10 000 muligheter» er utlyst",
                "url": (
                    "https://www.bergen.kommune.no/omkommunen/avdelinger/etat-for-bygg-og-eiendom/"
                    "1044/article-155371"
                ),
            },
            {
                "title": "LUP: Bergen kommune samlet markedet til hjernedugnad",
                "url": (
                    "https://innovativeanskaffelser.no/blogg/bergen-kommune-samlet-markedet-til-"
                    "hjernedugnad/"
                ),
            },
            {
                "title": "LUP: Bergen kommune i gang med sitt innovasjonspartnerskap",
                "url": (
                    "https://innovativeanskaffelser.no/blogg/bergen-kommune-i-gang-med-sitt-"
                    "innovasjonspartnerskap/"
                ),
            },
            {
                "title": (
                    "LUP: Stor interesse fra markedet for smartere drift og vedlikehold av bygg"
                ),
                "url": (
                    "https://innovativeanskaffelser.no/blogg/stor-interesse-fra-markedet-for-"
                    "smartere-drift-og-vedlikehold-av-bygg/"
                ),
            },
            {
                "title": "Nemitek: Innovasjonsprosjekt forsinkes av korona",
                "url": (
                    "https://www.nemitek.no/bergen-kommune-byggdrift/innovasjonsprosjekt-"
                    "forsinkes-av-korona/138777"
                ),
            },
            {
                "title": (
                    "Anskaffelsesakademiet: Innovasjonspartnerskap som et instrument ved "
                    "innovative offentlige anskaffelser (masteroppgave, NHH)"
                ),
                "url": (
                    "https://anskaffelsesakademiet.no/forskningsnytt/innovasjonspartnerskap-som-"
                    "instrument/"
                ),
            },
        ],
        "contact_role": "Etat for bygg og eiendom",
        "contact_email": "postmottak@bergen.kommune.no",
        "last_verified": "2026-11-29",
    },
    {
        "slug": "larvik-elektronisk-medisineringsstotte",
        "title": "Elektronisk medisineringsstøtte – felles anskaffelse for 29 kommuner",
        "summary": (
            "Larvik kommune ledet en felles innovativ anskaffelse av elektronisk "
            "medisineringsstøtte på oppdrag fra Velferdsteknologiprogrammet. Samarbeidet vokste "
            "fra 9 til 29 kommuner i 7 fylker, fra Røyrvik til Bergen, og ble den største "
            "fellesanskaffelsen i LUPs historie. Konkurransen bygde på fire brukerhistorier, og "
            "Dignio og Evondos fikk rammeavtaler for to hver. Deltakerlisten viser de kommunene "
            "Larviks erfaringsrapport navngir, med kommunenummer fra 2024: Skedsmo og Fet er i "
            "dag Lillestrøm, og Bø og Sauherad er Midt-Telemark."
        ),
        "need": (
            "Mange som bor hjemme, trenger hjelp til å ta riktige medisiner til riktig tid. "
            "Kommunene ville at flere skulle kunne håndtere medisineringen selv og dermed klare "
            "seg lenger i eget hjem.\n\n"
            "Larvik tok utgangspunkt i hele kjeden «fra apotek til mage»: legemidlene, leveransen "
            "av dem og utstyr som hjelper innbyggeren med å ta dem. Behovene ble kartlagt i "
            "workshoper med brukere og tjenesteytere og samlet i en felles tjenestereise."
        ),
        "service_area": "helse-omsorg",
        "procedure": None,
        "innovation_type": "innovativ-losning",
        "innovative_codes": ["fp-requ"],
        "dialogue_activities": ["dialogkonferanse", "en-til-en-moter"],
        "requirements_style": "functional",
        "status": "implementert",
        "started_year": 2016,
        "cpv_codes": "33000000-0 85000000-9",
        "contract_value": None,
        "contract_value_basis": "",
        "participants": [
            {"org": "3909", "role": "lead"},
            {"org": "4601", "role": "participant"},
            {"org": "5001", "role": "participant"},
            {"org": "3222", "role": "participant"},
            {"org": "3205", "role": "participant"},
            {"org": "4621", "role": "participant"},
            {"org": "5031", "role": "participant"},
            {"org": "5028", "role": "participant"},
            {"org": "5029", "role": "participant"},
            {"org": "5027", "role": "participant"},
            {"org": "3905", "role": "participant"},
            {"org": "3903", "role": "participant"},
            {"org": "3911", "role": "participant"},
            {"org": "5046", "role": "participant"},
            {"org": "1811", "role": "participant"},
            {"org": "5045", "role": "participant"},
            {"org": "5057", "role": "participant"},
            {"org": "1804", "role": "participant"},
            {"org": "1856", "role": "participant"},
            {"org": "1836", "role": "participant"},
            {"org": "5043", "role": "participant"},
            {"org": "4020", "role": "participant"},
            {"org": "4018", "role": "participant"},
        ],
        "phases": [
            {
                "phase": "behovsavklaring",
                "started_on": None,
                "ended_on": None,
                "note": (
                    "Høsten 2016 inviterte Larvik noen kommuner til informasjonsmøte. I februar "
                    "2017 ble det holdt en workshop for erfaringsdeling med 12 kommuner og en "
                    "workshop for behovskartlegging med brukere og tjenesteytere."
                ),
            },
            {
                "phase": "markedsdialog",
                "started_on": "2017-04-06",
                "ended_on": None,
                "note": (
                    "Dialogkonferanse 6. april 2017 og én-til-én-møter med interesserte "
                    "leverandører i uke 22."
                ),
            },
            {
                "phase": "konkurranse",
                "started_on": None,
                "ended_on": None,
                "note": (
                    "Kunngjort i Doffin i januar 2018, med fire brukerhistorier som leverandørene "
                    "skulle svare ut."
                ),
            },
            {
                "phase": "kontrakt",
                "started_on": None,
                "ended_on": None,
                "note": (
                    "Rammeavtaler signert i 2018 på vegne av 29 kommuner. Dignio og Evondos vant "
                    "to brukerhistorier hver."
                ),
            },
            {
                "phase": "implementering",
                "started_on": "2019-03-07",
                "ended_on": None,
                "note": (
                    "Felles oppstart for implementering. Hver kommune vurderer selv hvilken "
                    "løsning den enkelte bruker trenger, og gjør avrop."
                ),
            },
        ],
        "suppliers": [
            {"name": "Dignio AS", "org_number": "", "is_sme": None},
            {"name": "Evondos Oy", "org_number": "", "is_sme": None},
        ],
        "effects": [],
        "lessons": [
            {
                "text": (
                    "Prosessen tok lengre tid og krevde mer ressurser enn Larvik hadde regnet med. "
                    "Sett av nok kapasitet i lederkommunen, og avklar tidlig hvordan kommunene "
                    "skal samhandle."
                ),
                "tags": "organisering, samarbeid, ressurser",
            },
            {
                "text": (
                    "Test løsningene før dere tar dem i bruk, også når de har vært på markedet i "
                    "flere år og regnes som hyllevare."
                ),
                "tags": "kravstilling, testing, risiko",
            },
            {
                "text": (
                    "Se avtaler som henger sammen under ett, for eksempel avtalen om "
                    "multidosepakking og avtalen om medisineringsstøtte."
                ),
                "tags": "kontraktsoppfølging, helhet",
            },
            {
                "text": (
                    "Dialogen viste at markedet ikke var klart til å levere hele kjeden «fra "
                    "apotek til mage». Kommunene valgte derfor å anskaffe løsninger for deler av "
                    "behovet."
                ),
                "tags": "markedsdialog, behovsavklaring",
            },
        ],
        "sources": [
            {
                "title": "LUP: Velferdsteknologi fra pilot til skala – nå løsner det!",
                "url": (
                    "https://innovativeanskaffelser.no/blogg/velferdsteknologi-fra-pilot-til-"
                    "skala-na-losner-det/"
                ),
            },
            {
                "title": "LUP: Elektronisk medisineringsstøtte (prosjektside)",
                "url": "https://innovativeanskaffelser.no/elektronisk-medisineringsstotte/",
            },
            {
                "title": (
                    "LUP: Larvik deler sine erfaringer fra fellesanskaffelsen av elektronisk "
                    "medisineringsstøtte"
                ),
                "url": (
                    "https://innovativeanskaffelser.no/blogg/larvik-deler-sine-erfaringer-fra-"
                    "fellesanskaffelsen-av-elektronisk-medisineringsstotte/"
                ),
            },
            {
                "title": (
                    "Larvik kommune: Rapport – innovativ offentlig anskaffelse av elektroniske "
                    "medisineringsstøtteløsninger (april 2019, kopi på docslib.org)"
                ),
                "url": (
                    "https://docslib.org/doc/8980030/rapport-innovativ-offentlig-anskaffelse-av-"
                    "elektroniske-medisineringsst%C3%B8tte"
                ),
            },
        ],
        "contact_role": "Prosjektleder for velferdsteknologi",
        "contact_email": "postmottak@larvik.kommune.no",
        "last_verified": "2026-11-29",
    },
    {
        "slug": "agder-digitale-trygghetsalarmer",
        "title": "Digitale trygghetsalarmer og felles responssenter i Agder",
        "summary": (
            "I 2016 gikk 21 av de 30 kommunene i Agder sammen om å anskaffe digitale "
            "trygghetsalarmer og annen trygghets- og varslingsteknologi, mens de ni andre fikk "
            "opsjon på å bli med. Kristiansand, den største kommunen, ledet anskaffelsen og fikk "
            "ansvaret for å etablere og drive et døgnbemannet responssenter som alle kommunene "
            "kan kobles til. Anskaffelsen ble gjennomført som konkurransepreget dialog. Kildene "
            "vi har funnet, navngir bare Kristiansand blant deltakerne, så de andre kommunene "
            "står ikke i listen."
        ),
        "need": (
            "Kommunene skulle gå over fra analoge til digitale trygghetsalarmer og ville samtidig "
            "ta i bruk annen teknologi, som døralarmer, fallsensorer, nattkameraer og "
            "GPS-sporing, både hjemme hos brukerne og i institusjoner. Signalene fra all denne "
            "teknologien må tas imot og håndteres døgnet rundt.\n\n"
            "Kommunene hadde gjort seg erfaringer gjennom flere mindre piloter og ville nå ta "
            "teknologien i bruk i stor skala. Anskaffelsen var for kompleks for én kommune alene, "
            "og sammen ville kommunene få større innkjøpsmakt og bli mer interessante for "
            "leverandørene."
        ),
        "service_area": "helse-omsorg",
        "procedure": "comp-dial",
        "innovation_type": "innovativ-losning",
        "innovative_codes": [],
        "dialogue_activities": [],
        "requirements_style": "",
        "status": "implementert",
        "started_year": 2016,
        "cpv_codes": "85000000-9",
        "contract_value": None,
        "contract_value_basis": "",
        "participants": [{"org": "4204", "role": "lead"}],
        "phases": [
            {
                "phase": "behovsavklaring",
                "started_on": None,
                "ended_on": None,
                "note": (
                    "En regional koordineringsgruppe ledet arbeidet. Innen desember 2016 hadde 21 "
                    "av 30 kommuner bestemt seg for å være med."
                ),
            },
            {
                "phase": "markedsdialog",
                "started_on": None,
                "ended_on": None,
                "note": (
                    "Kommunene brukte samlet fagkompetanse til å skjerpe kravene til leverandørene "
                    "underveis i dialogen."
                ),
            },
            {
                "phase": "konkurranse",
                "started_on": None,
                "ended_on": None,
                "note": "Konkurransepreget dialog ledet av Kristiansand.",
            },
            {
                "phase": "kontrakt",
                "started_on": None,
                "ended_on": None,
                "note": (
                    "Avtaler om trygghetsteknologi og responssenterløsning. Leverandørene er ikke "
                    "navngitt i kildene vi har funnet."
                ),
            },
            {
                "phase": "implementering",
                "started_on": None,
                "ended_on": None,
                "note": (
                    "Kristiansand etablerte et døgnbemannet responssenter. Helsepersonell i hver "
                    "kommune rykker fortsatt ut til brukerne."
                ),
            },
        ],
        "suppliers": [],
        "effects": [],
        "lessons": [
            {
                "text": (
                    "En felles anskaffelse lot kommunene bruke de sterkeste fagfolkene på tvers av "
                    "kommunegrensene og stille skarpere krav til leverandørene."
                ),
                "tags": "samarbeid, kompetanse, markedsdialog",
            },
            {
                "text": (
                    "Skill mellom mottak og oppfølging: ett felles responssenter tar imot "
                    "alarmene, mens hver kommune har ansvaret for å rykke ut til sine innbyggere."
                ),
                "tags": "organisering, samarbeid",
            },
            {
                "text": (
                    "Gi kommuner som ikke er klare ennå, en opsjon. Da kan de slutte seg til "
                    "avtalen senere, forutsatt at de er navngitt allerede i kunngjøringen."
                ),
                "tags": "opsjon, samarbeid, regelverk",
            },
        ],
        "sources": [
            {
                "title": (
                    "Center for Offentlig-Privat Innovation: Fælles om innovative indkøb – norske "
                    "kommuner sammen om velfærdsteknologi"
                ),
                "url": (
                    "https://www.co-pi.dk/nyheder/faelles-om-innovative-indkoeb-norske-kommuner-"
                    "sammen-om-velfaerdsteknologi/"
                ),
            },
            {
                "title": "NRK Sørlandet: Ny teknologi skal øke tryggheten",
                "url": "https://www.nrk.no/sorlandet/ny-teknologi-skal-oke-tryggheten-1.13285628",
            },
            {
                "title": (
                    "Multiconsult for LUP: Prosessbeskrivelse av felles anskaffelse av trygghets- "
                    "og varslingsteknologi i Agder (2018, engelsk kopi på docslib.org)"
                ),
                "url": (
                    "https://docslib.org/doc/1544270/process-description-of-joint-procurement-of-"
                    "security-and-warning-technology-in-agder"
                ),
            },
        ],
        "contact_role": "Prosjektleder for velferdsteknologi",
        "contact_email": "post@kristiansand.kommune.no",
        "last_verified": "2026-11-29",
    },
    {
        "slug": "more-og-romsdal-markedsdialog-velferdsteknologi",
        "title": "Felles markedsdialog om velferdsteknologi i Møre og Romsdal",
        "summary": (
            "I 2016 gikk tolv kommuner i Møre og Romsdal sammen om en åpen dialog med "
            "leverandørene om helhetlige løsninger for velferdsteknologi, før noen av dem hadde "
            "bestemt hva de skulle kjøpe. De varslet dialogen med en veiledende kunngjøring i "
            "Doffin (2016-232052), la ut et dialognotat og holdt dialogkonferanse 13. september. "
            "Deltakerlisten bruker kommunenummer fra 2024: Sandøy, Skodje og Ørskog er i dag en "
            "del av Ålesund, og Norddal er en del av Fjord. Hva kommunene anskaffet etterpå, er "
            "ikke dokumentert i kildene vi har funnet."
        ),
        "need": (
            "Kommunene stod foran anskaffelser av velferdsteknologi til hjemmeboende, til "
            "kommunale bygg og til mottak av alarmer og varsler. Gjennom samlingene i et "
            "læringsnettverk fant de ut at de hadde et felles ønske: helhetlige løsninger som "
            "henger sammen, uansett hvilken del av tjenesten anskaffelsen gjelder.\n\n"
            "I stedet for å gå hver for seg ville de bygge mer kunnskap sammen før de kommende "
            "anskaffelsene, gjennom en felles dialog med næringslivet. Prosessen skulle komme "
            "brukere, kommuner, akademia og næringsliv til gode."
        ),
        "service_area": "helse-omsorg",
        "procedure": None,
        "innovation_type": "innovasjonsvennlig",
        "innovative_codes": [],
        "dialogue_activities": ["veiledende-kunngjoring", "dialogkonferanse"],
        "requirements_style": "",
        "status": "avsluttet",
        "started_year": 2016,
        "cpv_codes": "85000000-9",
        "contract_value": None,
        "contract_value_basis": "",
        "participants": [
            {"org": "1508", "role": "lead"},
            {"org": "1547", "role": "participant"},
            {"org": "1578", "role": "participant"},
            {"org": "1539", "role": "participant"},
            {"org": "1531", "role": "participant"},
            {"org": "1525", "role": "participant"},
            {"org": "1528", "role": "participant"},
            {"org": "1577", "role": "participant"},
            {"org": "1520", "role": "participant"},
        ],
        "phases": [
            {
                "phase": "behovsavklaring",
                "started_on": None,
                "ended_on": None,
                "note": (
                    "Det felles behovet vokste fram i «Arena for læring om smarte offentlige "
                    "anskaffelser av velferdsteknologi», et læringsnettverk som ALV-Møre og "
                    "Romsdal arrangerte sammen med LUP."
                ),
            },
            {
                "phase": "markedsdialog",
                "started_on": None,
                "ended_on": None,
                "note": (
                    "Veiledende kunngjøring i Doffin (2016-232052), dialognotat 20. august og "
                    "dialogkonferanse 13. september 2016."
                ),
            },
        ],
        "suppliers": [],
        "effects": [],
        "lessons": [
            {
                "text": (
                    "Et behov som er beskrevet på tvers av tjenestene, gir leverandørene et "
                    "tydeligere signal enn mange små produktkrav."
                ),
                "tags": "behovsbeskrivelse, markedsdialog",
            },
            {
                "text": (
                    "En veiledende kunngjøring i Doffin og et felles dialognotat gir alle "
                    "interesserte leverandører den samme informasjonen samtidig."
                ),
                "tags": "markedsdialog, likebehandling",
            },
            {
                "text": (
                    "Når tolv kommuner står sammen, blir markedet større og mer interessant for "
                    "leverandørene."
                ),
                "tags": "samarbeid, markedsdialog",
            },
            {
                "text": (
                    "Et læringsnettverk kan gi kommunene trygghet og kompetanse til å prøve en ny "
                    "arbeidsmåte sammen."
                ),
                "tags": "kompetanse, samarbeid",
            },
        ],
        "sources": [
            {
                "title": "ALV-Møre og Romsdal: Dialogkonferanse 13. september",
                "url": "https://alv-more.no/aktuelt/59-dialogkonferanse-13-september",
            },
            {
                "title": "Doffin: Veiledende kunngjøring 2016-232052",
                "url": "https://www.doffin.no/Notice/Details/2016-232052",
            },
        ],
        "contact_role": "Innkjøpsavdelingen",
        "contact_email": "postmottak@alesund.kommune.no",
        "last_verified": "2026-11-29",
    },
    {
        "slug": "lambertseter-flerbrukshall-fossilfri-anleggsplass",
        "title": "Fossilfri anleggsplass på Lambertseter flerbrukshall",
        "summary": (
            "Lambertseter flerbrukshall i Oslo var det første byggeprosjektet i Norge med krav om "
            "fossilfri anleggsdrift: alle anleggsmaskiner skulle gå på strøm eller biodiesel. "
            "Kravet vokste ut av en markedsdialog som Omsorgsbygg Oslo KF startet i 2016 sammen "
            "med Bellona og LUP. Kultur- og idrettsbygg Oslo KF var byggherre og lyste ut hallen "
            "med kravet; ingen tilbydere tok forbehold, og kravet ble deretter standard i "
            "foretakets kontrakter. Hallen åpnet i desember 2017, med S-Bygg AS som "
            "totalentreprenør."
        ),
        "need": (
            "I Oslo kom 24 prosent av klimagassutslippene fra transportsektoren fra "
            "anleggsmaskiner. Kommunen hadde mål om å kutte utslippene kraftig, samtidig som "
            "Omsorgsbygg skulle øke byggeaktiviteten betydelig. Omsorgsbygg visste ikke hvordan "
            "utslippene fra byggeplassene kunne kuttes i praksis, og trengte innspill fra "
            "markedet.\n\n"
            "Byggeplassen på Lambertseter lå tett inntil en fotballbane, en skole og en "
            "barnehage. Derfor var det også viktig å begrense støy, lukt og lokal forurensning."
        ),
        "service_area": "klima-miljo",
        "procedure": None,
        "innovation_type": "innovasjonsvennlig",
        "innovative_codes": [],
        "dialogue_activities": ["dialogkonferanse"],
        "requirements_style": "performance",
        "status": "avsluttet",
        "started_year": 2016,
        "cpv_codes": "45212200-8",
        "contract_value": None,
        "contract_value_basis": "",
        "participants": [
            {"org": "extra:kultur-og-idrettsbygg", "role": "lead"},
            {"org": "extra:omsorgsbygg", "role": "participant"},
        ],
        "phases": [
            {
                "phase": "markedsdialog",
                "started_on": None,
                "ended_on": None,
                "note": (
                    "Omsorgsbygg holdt dialogkonferanse med rundt 30 leverandører i begynnelsen av "
                    "2016 og ba om skisser innen 31. mai."
                ),
            },
            {
                "phase": "konkurranse",
                "started_on": None,
                "ended_on": None,
                "note": (
                    "Totalentreprisen ble lyst ut i 2016 med krav om fossilfri anleggsplass. Ingen "
                    "tilbydere tok forbehold mot kravet."
                ),
            },
            {
                "phase": "kontrakt",
                "started_on": None,
                "ended_on": None,
                "note": "S-Bygg AS ble totalentreprenør.",
            },
            {
                "phase": "implementering",
                "started_on": None,
                "ended_on": None,
                "note": "Byggestart høsten 2016. Hallen åpnet i desember 2017.",
            },
            {
                "phase": "spredning",
                "started_on": None,
                "ended_on": None,
                "note": (
                    "Fossilfri anleggsplass ble standard i Kultur- og idrettsbyggs kontrakter, og "
                    "Omsorgsbygg stilte kravet i alle sine konkurranser fra 2017."
                ),
            },
        ],
        "suppliers": [{"name": "S-Bygg AS", "org_number": "", "is_sme": None}],
        "effects": [
            {
                "category": "klimagass",
                "value": None,
                "unit": "% reduksjon",
                "baseline": "Anleggsdrift med fossil diesel",
                "basis": "estimated",
                "source": "LUP: Fossilfri byggeplass",
                "description": (
                    "LUP oppgir at de fossilfrie byggeplassene i Omsorgsbyggs satsing ga 40–69 "
                    "prosent lavere CO2-utslipp."
                ),
            },
            {
                "category": "miljo",
                "value": None,
                "unit": "",
                "baseline": "Anleggsdrift med fossil diesel",
                "basis": "estimated",
                "source": "LUP: Fossilfri byggeplass",
                "description": (
                    "Inntil 10 prosent lavere NOx-utslipp og betydelig mindre støy for arbeidere "
                    "og naboer."
                ),
            },
        ],
        "lessons": [
            {
                "text": (
                    "Start med dialog når dere ikke vet hva markedet kan levere. Leverandørene "
                    "pekte selv på hva som var lett å få til, som fossilfri oppvarming og tørking, "
                    "og hva som ville ta lengre tid."
                ),
                "tags": "markedsdialog",
            },
            {
                "text": (
                    "Still kravet tydelig i konkurransen. Da ingen tilbydere tok forbehold, kunne "
                    "byggherren gjøre kravet til standard."
                ),
                "tags": "kravstilling, spredning",
            },
            {
                "text": (
                    "Leverandørene sa at én byggherre er for liten til å bytte ut maskinparken. "
                    "Flere byggherrer gikk derfor sammen for å vise et større marked."
                ),
                "tags": "samarbeid, markedsutvikling",
            },
        ],
        "sources": [
            {
                "title": "LUP: Fossilfri byggeplass",
                "url": "https://innovativeanskaffelser.no/fossilfri-byggeplass/",
            },
            {
                "title": "NHO Oslo og Akershus: Får gjennomslag for grønne byggeplasser",
                "url": (
                    "https://www.nho.no/Om-NHO/Regionforeninger/NHO-Oslo-og-Akershus/Nyheter/far-"
                    "gjennomslag-for-gronne-byggeplasser/"
                ),
            },
            {
                "title": "Leverandørutviklingsprogrammet: Med god hjelp og på rett vei (2016)",
                "url": (
                    "http://gamle.leverandorutvikling.no/arkiv/med-god-hjelp-og-paa-rett-vei-"
                    "article1259-740.html"
                ),
            },
            {
                "title": "NRK: Vil at disse skal innta byggeplassene",
                "url": "https://www.nrk.no/osloogviken/vil-ha-fossilfrie-byggeplasser-1.12945944",
            },
            {
                "title": "Bygg.no: Går for fossilfri anleggsplass på Jordal Amfi",
                "url": (
                    "https://www.bygg.no/gar-for-fossilfri-anleggsplass-pa-jordal-amfi/1286017!/"
                ),
            },
            {
                "title": "Atkins: Lambertseter flerbrukshall",
                "url": "https://atkinsglobal.no/prosjekter/lambertseter-flerbrukshall/",
            },
            {
                "title": "KlimaOslo: Dette er starten på utslippsfrie byggeplasser (2017)",
                "url": "https://www.klimaoslo.no/2017/03/24/fossilfrie-byggeplasser/",
            },
        ],
        "contact_role": (
            "Oslobygg KF (har overtatt oppgavene til Kultur- og idrettsbygg og Omsorgsbygg)"
        ),
        "contact_email": "",
        "last_verified": "2026-11-29",
    },
    {
        "slug": "olav-vs-gate-utslippsfri-anleggsplass",
        "title": "Utslippsfri anleggsplass i Olav Vs gate",
        "summary": (
            "Da Bymiljøetaten i Oslo oppgraderte Olav Vs gate og deler av Klingenberggata fra "
            "2019, skulle alle maskiner innenfor byggegjerdet være utslippsfrie. Anleggsplassen "
            "var den første utslippsfrie i Norge, og etaten sikret seg elektriske maskiner blant "
            "annet gjennom en konsesjonsavtale om leie av fem maskiner. Ifølge etatens "
            "erfaringsrapport ble utslippene 99 prosent lavere enn med vanlig diesel og 52 "
            "prosent lavere enn med fossilfritt drivstoff. Steen & Lund var entreprenør, og Sørby "
            "utleie leverte maskinene."
        ),
        "need": (
            "Oslo kommune har mål om utslippsfri drift på alle sine bygge- og anleggsplasser "
            "innen 2025. Da arbeidet startet, fantes det likevel nesten ingen batteridrevne "
            "anleggsmaskiner i markedet.\n\n"
            "Kommunen trengte et pilotprosjekt for å lære hva som skal til for å drive en "
            "anleggsplass uten utslipp – maskiner, strøm, kostnader og kontrakter – før kravet "
            "skulle gjelde alle prosjekter. Samtidig skulle gata bli fotgjengerprioritert, med "
            "gågate i den øvre delen og langt bredere fortau."
        ),
        "service_area": "klima-miljo",
        "procedure": None,
        "innovation_type": "innovasjonsvennlig",
        "innovative_codes": [],
        "dialogue_activities": ["dialogkonferanse"],
        "requirements_style": "performance",
        "status": "avsluttet",
        "started_year": 2018,
        "cpv_codes": "45233000-9",
        "contract_value": None,
        "contract_value_basis": "",
        "participants": [{"org": "0301", "role": "lead"}],
        "phases": [
            {
                "phase": "markedsdialog",
                "started_on": "2017-05-15",
                "ended_on": None,
                "note": (
                    "Fellesinitiativet for utslippsfrie bygge- og anleggsplasser, der Oslo kommune "
                    "var med, holdt leverandørkonferanse med rundt 170 deltakere. Bymiljøetaten "
                    "førte senere egen dialog med bransjen før konkurransen."
                ),
            },
            {
                "phase": "konkurranse",
                "started_on": None,
                "ended_on": None,
                "note": (
                    "Lyst ut i 2019. Elektriske maskiner ble sikret gjennom en konsesjonsavtale om "
                    "leie av fem maskiner."
                ),
            },
            {
                "phase": "kontrakt",
                "started_on": None,
                "ended_on": None,
                "note": "Steen & Lund ble entreprenør, og Sørby utleie leverte maskinene.",
            },
            {
                "phase": "implementering",
                "started_on": None,
                "ended_on": None,
                "note": (
                    "Anleggsarbeidet startet i september 2019 og var planlagt ferdig rundt "
                    "årsskiftet 2020/2021."
                ),
            },
            {
                "phase": "gevinstrealisering",
                "started_on": None,
                "ended_on": None,
                "note": (
                    "Bymiljøetaten dokumenterte utslipp, merkostnader og erfaringer i en egen "
                    "rapport."
                ),
            },
            {
                "phase": "spredning",
                "started_on": None,
                "ended_on": None,
                "note": (
                    "Oslo kommune innførte utslippsfrie anleggsmaskiner som hovedregel, og "
                    "arbeidet ble tatt videre i et europeisk samarbeid mellom store innkjøpere."
                ),
            },
        ],
        "suppliers": [
            {"name": "Steen & Lund AS", "org_number": "", "is_sme": None},
            {"name": "Sørby utleie", "org_number": "", "is_sme": None},
        ],
        "effects": [
            {
                "category": "klimagass",
                "value": 99,
                "unit": "% reduksjon",
                "baseline": "Samme arbeid med vanlige dieselmaskiner",
                "basis": "estimated",
                "source": "Bymiljøetaten: Utslippsfri anleggsplass – erfaringsrapport",
                "description": (
                    "Prosjektet ga 99 prosent lavere utslipp enn om det var gjennomført med vanlig "
                    "diesel."
                ),
            },
            {
                "category": "klimagass",
                "value": 52,
                "unit": "% reduksjon",
                "baseline": "Samme arbeid med fossilfritt drivstoff",
                "basis": "estimated",
                "source": "Bymiljøetaten: Utslippsfri anleggsplass – erfaringsrapport",
                "description": (
                    "Prosjektet ga 52 prosent lavere utslipp enn om det var gjennomført "
                    "fossilfritt."
                ),
            },
            {
                "category": "miljo",
                "value": None,
                "unit": "",
                "baseline": "Vanlig anleggsdrift",
                "basis": "estimated",
                "source": "Kommunal Rapport: Oslo legger press på entreprenørene",
                "description": (
                    "Mindre støy og vibrasjoner og bedre arbeidsmiljø ble trukket fram som "
                    "gevinster."
                ),
            },
        ],
        "lessons": [
            {
                "text": (
                    "Byggherren bør ta ansvar for å skaffe nok strøm til anleggsplassen. "
                    "Entreprenørene så mangel på strøm som en stor risiko for både tid og "
                    "kostnader."
                ),
                "tags": "risiko, kontraktsstrategi",
            },
            {
                "text": (
                    "Regn med innkjøringsproblemer. I starten gikk maskiner tomme for strøm, men "
                    "det bedret seg da lading ble rutine og førerne planla arbeidet bedre."
                ),
                "tags": "implementering, kontraktsoppfølging",
            },
            {
                "text": (
                    "Selve anskaffelsesgrepet kan være innovasjonen. Konsesjonsavtalen om leie av "
                    "maskiner gjorde det mulig å få utslippsfrie maskiner før markedet tilbød dem "
                    "bredt."
                ),
                "tags": "kontraktsstrategi, innovasjon",
            },
            {
                "text": (
                    "Når flere store byer etterspør det samme, kan produsentene komme raskere ut "
                    "med nye maskiner."
                ),
                "tags": "samarbeid, markedsutvikling",
            },
        ],
        "sources": [
            {
                "title": "LUP: Hvordan realiserer vi en utslippsfri bygge- og anleggsplass i 2019?",
                "url": (
                    "https://innovativeanskaffelser.no/blogg/hvordan-realiserer-vi-en-utslippsfri-"
                    "bygge-og-anleggsplass-i-2019/"
                ),
            },
            {
                "title": "KlimaOslo: Utslippsfri anleggsplass – rapport",
                "url": "https://www.klimaoslo.no/rapport/utslippsfri-anleggsplass/",
            },
            {
                "title": "CLEANCON: Utslippsfri anleggsplass – Olav Vs gate i Oslo kommune",
                "url": "https://veileder.cleancon.no/utslippsfri-byggeplass-i-olav-vs-gate/",
            },
            {
                "title": (
                    "Bygg.no: Har startet Norges første pilotprosjekt for utslippsfri anleggsplass "
                    "i Oslo"
                ),
                "url": (
                    "https://www.bygg.no/har-startet-norges-forste-pilotprosjekt-for-utslippsfri-"
                    "anleggsplass-i-oslo/1407839!/"
                ),
            },
            {
                "title": "Bygg.no: Utslippsfrie byggeplasser kommer for fullt",
                "url": (
                    "https://www.bygg.no/utslippsfrie-byggeplasser-kommer-for-fullt-diskuterte-"
                    "krav-med-toppene/1314452!/"
                ),
            },
            {
                "title": "Kommunal Rapport: Oslo legger press på entreprenørene",
                "url": (
                    "https://kommunal-rapport.no/energi-og-miljo/2019/10/oslo-legger-press-pa-"
                    "entreprenorene"
                ),
            },
        ],
        "contact_role": "Bymiljøetaten, prosjektleder for utslippsfri anleggsplass",
        "contact_email": "postmottak@bym.oslo.kommune.no",
        "last_verified": "2026-11-29",
    },
    {
        "slug": "sarpsborg-elektriske-renovasjonsbiler",
        "title": "Norges første store elektriske renovasjonsbiler i Sarpsborg",
        "summary": (
            "Da Sarpsborg kommune konkurranseutsatte innsamlingen av husholdningsavfall i 2016, "
            "vektet kommunen pris bare 40 prosent og miljø og kvalitet 60 prosent. Norsk "
            "Gjenvinning Renovasjon vant med en løsning der to helelektriske renovasjonsbiler på "
            "26 tonn skulle kjøre i sentrum, og de seks andre bilene skulle gå på biogass. "
            "Kontrakten ble signert 5. desember 2016 og gjaldt fem år fra høsten 2017. Tiltaket "
            "fikk bronse i konkurransen «Årets lokale klimatiltak» i regi av KS og Zero."
        ),
        "need": (
            "Alle søppelbilene i Sarpsborg gikk på diesel. Kommunen ønsket mindre utslipp og "
            "mindre støy, særlig i sentrum, og ville ha den beste helhetsløsningen både "
            "miljømessig og økonomisk.\n\n"
            "I stedet for å kreve en bestemt teknologi stilte kommunen minstekrav om Euro "
            "6-dieselbiler og ga høy uttelling for bedre miljøløsninger. Leverandøren fikk også "
            "ansvaret for videre behandling av avfallet, slik at innsamling og behandling ble "
            "sett under ett."
        ),
        "service_area": "avfall-sirkularokonomi",
        "procedure": None,
        "innovation_type": "innovasjonsvennlig",
        "innovative_codes": [],
        "dialogue_activities": [],
        "requirements_style": "mixed",
        "status": "implementert",
        "started_year": 2016,
        "cpv_codes": "90511000-2 90512000-9",
        "contract_value": None,
        "contract_value_basis": "",
        "participants": [{"org": "3105", "role": "lead"}],
        "phases": [
            {
                "phase": "konkurranse",
                "started_on": None,
                "ended_on": None,
                "note": (
                    "Anbudskonkurranse i 2016 med fire tilbydere. Pris vektet 40 prosent, miljø og "
                    "kvalitet 60 prosent."
                ),
            },
            {
                "phase": "kontrakt",
                "started_on": "2016-12-05",
                "ended_on": None,
                "note": (
                    "Kontrakt med Norsk Gjenvinning Renovasjon AS for fem år fra høsten 2017. "
                    "Selskapet var også billigst av de fire."
                ),
            },
            {
                "phase": "implementering",
                "started_on": None,
                "ended_on": None,
                "note": (
                    "De to elektriske bilene skulle etter planen begynne å kjøre 1. oktober 2017."
                ),
            },
        ],
        "suppliers": [
            {"name": "Norsk Gjenvinning Renovasjon AS", "org_number": "", "is_sme": False},
        ],
        "effects": [
            {
                "category": "miljo",
                "value": None,
                "unit": "",
                "baseline": "Dieseldrevne renovasjonsbiler",
                "basis": "estimated",
                "source": "Sarpsborg kommune: Sarpsborg får Norges første el-søppelbil",
                "description": (
                    "Kommunen ventet mindre utslipp og mindre støy i sentrum, og at alle bilene "
                    "som tømmer beholdere, skulle gå på strøm eller biogass i stedet for diesel."
                ),
            },
        ],
        "lessons": [
            {
                "text": (
                    "Høy vekt på miljø og kvalitet kan gi løsninger som går langt forbi "
                    "minstekravene. Her var kravet Euro 6-diesel, men vinneren tilbød elektriske "
                    "biler."
                ),
                "tags": "tildelingskriterier, klima",
            },
            {
                "text": (
                    "Miljø og pris trenger ikke å stå mot hverandre: vinneren var også billigst av "
                    "de fire tilbyderne."
                ),
                "tags": "tildelingskriterier, økonomi",
            },
            {
                "text": (
                    "Ny teknologi kan svikte i starten. Da en elektrisk søppelbil skulle vises "
                    "fram i 2017, gikk den tom for strøm og måtte slepes. Planlegg lading og "
                    "innkjøring."
                ),
                "tags": "risiko, implementering",
            },
        ],
        "sources": [
            {
                "title": "Sarpsborg kommune: Sarpsborg får Norges første el-søppelbil",
                "url": (
                    "https://www.sarpsborg.com/aktuelt/sarpsborg-far-norges-forste-el-soppelbil/"
                ),
            },
            {
                "title": "Kretsløpet: Sarpsborg får landets første elektriske avfallsbiler",
                "url": (
                    "http://kretslopet.no/innsamling/576-sarpsborg-far-landets-forste-elektriske-"
                    "avfallsbiler"
                ),
            },
            {
                "title": "Anleggsmaskinen: Norsk Gjenvinning vant med elektriske lastebiler",
                "url": "https://www.at.no/anlegg/374537",
            },
            {
                "title": "NRK Østfold: El-søppelbil måtte slepes til visning",
                "url": (
                    "https://www.nrk.no/ostfold/el-soppelbil-matte-slepes-til-visning_-_-"
                    "kjempepinlig-1.13369459"
                ),
            },
            {
                "title": "Arbeidslivets klimauke: Vant pris for strenge miljøkrav",
                "url": (
                    "https://arbeidslivetsklimauke.no/nyheter/vant-pris-for-strenge-milj%C3%B8krav"
                ),
            },
        ],
        "contact_role": "Enhet kommunalteknikk, avfall og renovasjon",
        "contact_email": "postmottak@sarpsborg.kommune.no",
        "last_verified": "2026-11-29",
    },
    {
        "slug": "oslo-utstyrsdeling-skoler-startoff",
        "title": "Utstyrspark på deling for Oslo-skolene – StartOff med Leasi",
        "summary": (
            "Utdanningsetaten i Oslo ville at skolene skulle dele driftsutstyr i stedet for at "
            "hver skole kjøper sitt eget, for å kutte forbruk og klimagassutslipp. Etaten brukte "
            "StartOff, som DFØ beskriver som en førkommersiell anskaffelse i miniformat, og fikk "
            "seks tilbud. Oppstartsbedriften Leasi AS fikk en FoU-kontrakt på 600 000 kroner og "
            "utviklet på 15 uker en første versjon av et digitalt verktøy for booking, transport, "
            "reparasjon og kostnadsfordeling, sammen med vaktmestere og driftsledere. Løsningen "
            "er ment for Oslos rundt 200 grunnskoler, videregående skoler og "
            "voksenopplæringssentre."
        ),
        "need": (
            "De fleste av Oslos rundt 200 skoler har sin egen utstyrspark. Mye av utstyret, som "
            "gressklippere og hekksakser, brukes bare deler av året, og noe, som varmesøkende "
            "kamera og hageavfallskverner, trengs bare av og til. Trange budsjetter og lite "
            "lagerplass og ladeinfrastruktur gjør det vanskelig for hver skole å ha alt den "
            "trenger, og noen maskiner brukes mye mens andre står.\n\n"
            "Oslo kommune har mål om å kutte klimagassutslippene kraftig, og å forbruke mindre og "
            "dele mer er et viktig tiltak. Etaten trengte en enkel måte å dele utstyret mellom "
            "skolene på, og vaktmesterne måtte være med for at den nye arbeidsmåten skulle bli "
            "tatt i bruk."
        ),
        "service_area": "oppvekst-utdanning",
        "procedure": "innovation-contest",
        "innovation_type": "innovasjonsanskaffelse",
        "innovative_codes": ["rd-act"],
        "dialogue_activities": [],
        "requirements_style": "functional",
        "status": "pagar",
        "started_year": 2022,
        "cpv_codes": "73000000-2 48000000-8",
        "contract_value": 600000,
        "contract_value_basis": "awarded",
        "participants": [{"org": "0301", "role": "lead"}],
        "phases": [
            {
                "phase": "behovsavklaring",
                "started_on": None,
                "ended_on": None,
                "note": "September 2022: behovsbeskrivelse og en kort video som forklarer behovet.",
            },
            {
                "phase": "konkurranse",
                "started_on": None,
                "ended_on": None,
                "note": (
                    "Kunngjort i oktober 2022 og markedsført i oppstartsmiljøer. I desember ble de "
                    "seks beste intervjuet og tre valgt ut til å utforske løsninger."
                ),
            },
            {
                "phase": "kontrakt",
                "started_on": None,
                "ended_on": None,
                "note": (
                    "Vinneren ble valgt i januar 2023 og fikk en FoU-kontrakt på 600 000 kroner."
                ),
            },
            {
                "phase": "implementering",
                "started_on": None,
                "ended_on": None,
                "note": (
                    "15 ukers utvikling fra februar 2023, demonstrasjon i juni og forberedelse av "
                    "uttesting fra august 2023."
                ),
            },
        ],
        "suppliers": [{"name": "Leasi AS", "org_number": "", "is_sme": True}],
        "effects": [],
        "lessons": [
            {
                "text": (
                    "La brukerne utvikle løsningen sammen med leverandøren. Når vaktmestere og "
                    "driftsledere er med fra starten, blir det lettere å endre praksis."
                ),
                "tags": "brukermedvirkning, endring",
            },
            {
                "text": (
                    "Markedsfør konkurransen der oppstartsbedriftene er, ikke bare i Doffin. En "
                    "kort video gjør det lettere for nye leverandører å forstå behovet."
                ),
                "tags": "markedsdialog, nye leverandører",
            },
            {
                "text": (
                    "En liten, tidsavgrenset FoU-kontrakt lar etaten teste en idé før den "
                    "forplikter seg til et større kjøp."
                ),
                "tags": "risiko, prosedyrevalg",
            },
        ],
        "sources": [
            {
                "title": "DFØ (eksempelbanken): Utstyrspark på deling for skoledriften",
                "url": (
                    "https://anskaffelser.no/verktoy/eksempelbanken/utstyrspark-pa-deling-"
                    "skoledriften"
                ),
            },
            {
                "title": "Leasi: Oslo kommune signerer utviklingsprosjekt med Leasi",
                "url": (
                    "https://www.leasi.io/nyheter/oslo-kommune-signerer-utviklingsprosjekt-med-"
                    "leasi"
                ),
            },
        ],
        "contact_role": "Utdanningsetaten, avdeling for skoleanlegg",
        "contact_email": "postmottak@ude.oslo.kommune.no",
        "last_verified": "2026-11-29",
    },
    {
        "slug": "trondelag-ombruk-byggematerialer",
        "title": "Digital plattform for ombruk av byggematerialer (DIPLOM)",
        "summary": (
            "Trøndelag fylkeskommune leder et innovasjonspartnerskap for å utvikle en digital "
            "plattform som gjør det lettere å finne brukte byggematerialer og dokumentasjonen som "
            "hører til. Arbeidet med behov og markedsdialog startet i 2020, med støtte fra "
            "Innovasjon Norge. Følgepartnerne har til sammen mer enn 10 millioner kvadratmeter "
            "bygg og viser leverandørene hvor stort markedet for ombruk kan bli. Konkurransen ble "
            "lyst ut i 2024 med et budsjett på rundt 15 millioner kroner; resultatet har vi ikke "
            "funnet i åpne kilder."
        ),
        "need": (
            "Produksjon av byggematerialer krever mye ressurser og gir store klimagassutslipp, og "
            "bygging, rehabilitering og riving gir mye avfall. Likevel blir materialer som tre, "
            "stål og glass og produkter som dører og vinduer sjelden brukt på nytt når bygg "
            "rives, fordi markedet for ombruk fungerer dårlig.\n\n"
            "Byggherrene mangler et verktøy for å planlegge ombruk systematisk, og det er "
            "vanskelig å selge eller gi bort materialer de ikke får brukt selv. "
            "Ombrukskartlegginger leveres i ulike formater, så det er vanskelig å få oversikt "
            "over hva som finnes. Fylkeskommunen trengte en felles løsning der byggherrer kan "
            "registrere materialer på ett sted, med god datakvalitet og dokumentasjon."
        ),
        "service_area": "avfall-sirkularokonomi",
        "procedure": "innovation",
        "innovation_type": "innovasjonsanskaffelse",
        "innovative_codes": ["rd-act"],
        "dialogue_activities": [],
        "requirements_style": "functional",
        "status": "pagar",
        "started_year": 2020,
        "cpv_codes": "72000000-5 73000000-2",
        "contract_value": None,
        "contract_value_basis": "",
        "participants": [
            {"org": "50", "role": "lead"},
            {"org": "5001", "role": "participant"},
            {"org": "5038", "role": "participant"},
            {"org": "extra:ntnu", "role": "participant"},
            {"org": "extra:oslobygg", "role": "participant"},
            {"org": "extra:statsbygg", "role": "participant"},
            {"org": "extra:forsvarsbygg", "role": "participant"},
            {"org": "extra:sykehusbygg", "role": "participant"},
        ],
        "phases": [
            {
                "phase": "behovsavklaring",
                "started_on": None,
                "ended_on": None,
                "note": (
                    "Behovsarbeidet startet i 2020. Fylkeskommunen fikk midler fra Innovasjon "
                    "Norge i konkurranse med mange andre søkere."
                ),
            },
            {
                "phase": "markedsdialog",
                "started_on": None,
                "ended_on": None,
                "note": (
                    "Markedsdialog fra 2020. Formen på dialogen er ikke beskrevet i kildene vi har "
                    "funnet."
                ),
            },
            {
                "phase": "konkurranse",
                "started_on": None,
                "ended_on": None,
                "note": (
                    "Lyst ut på Doffin og TED i uke 4 i 2024, med prekvalifisering og "
                    "tilbudsrunde. Kontrakt var ventet etter sommeren 2024."
                ),
            },
        ],
        "suppliers": [],
        "effects": [],
        "lessons": [
            {
                "text": (
                    "Følgepartnere med store byggporteføljer viser leverandørene at markedet er "
                    "stort nok til å investere i."
                ),
                "tags": "samarbeid, markedsdialog",
            },
            {
                "text": (
                    "Kombiner utvikling og praksis. Parallelt med partnerskapet testet "
                    "fylkeskommunen og Trondheim kommune ombruk i egne byggeprosjekter med "
                    "Klimasats-midler."
                ),
                "tags": "gevinstrealisering, læring",
            },
            {
                "text": (
                    "Sett datakvalitet og standardisering i sentrum når mange aktører skal dele "
                    "informasjon i samme løsning."
                ),
                "tags": "kravstilling, standardisering",
            },
        ],
        "sources": [
            {
                "title": "Trøndelag fylkeskommune: Ombruk av byggematerialer",
                "url": "https://www.trondelagfylke.no/om-oss/eiendom/Materialombruk/",
            },
            {
                "title": "Trøndelag fylkeskommune: Digitalt gjenbrukstorg for byggematerialer",
                "url": (
                    "https://www.trondelagfylke.no/om-oss/fylkeskommunen/beredskap/aktuelt/"
                    "digitalt-gjenbrukstorg-for-byggematerialer/"
                ),
            },
            {
                "title": "Bygg.no: Vil gjøre det lettere å finne ombruksmaterialer",
                "url": (
                    "https://www.bygg.no/vil-gjore-det-lettere-a-finne-ombruksmaterialer/1544842!/"
                ),
            },
            {
                "title": (
                    "Energiaktuelt: Skal bli lettere å finne ombruksmaterialer til spesifikke "
                    "byggeprosjekter"
                ),
                "url": (
                    "https://www.energiaktuelt.no/skal-bli-lettere-aa-finne-ombruksmaterialer-til-"
                    "spesifikke-byggeprosjekter.6644459-575505.html"
                ),
            },
            {
                "title": (
                    "Miljødirektoratet: Klimasats – Regionalt marked for gjenbruk av "
                    "byggematerialer"
                ),
                "url": (
                    "https://www.miljodirektoratet.no/ansvarsomrader/klima/for-myndigheter/kutte-"
                    "utslipp-av-klimagasser/klimasats/2020/regionalt-marked-for-gjenbruk-av-"
                    "byggematerialer/"
                ),
            },
        ],
        "contact_role": "Bygg og eiendom, prosjektleder for DIPLOM",
        "contact_email": "postmottak@trondelagfylke.no",
        "last_verified": "2026-11-29",
    },
    {
        "slug": "st-olavs-kontaktlos-pasientmonitor",
        "title": "Kontaktløs overvåking av pust og puls på St. Olavs hospital",
        "summary": (
            "St. Olavs hospital inngikk i 2022 et innovasjonspartnerskap med VitalThings, med DNV "
            "Imatis som underleverandør, for å overvåke pasienter uten utstyr festet på kroppen. "
            "Prosjektet fikk 10 millioner kroner i støtte fra Innovasjon Norge, og utviklingen "
            "tok 18 måneder. Resultatet er en pasientmonitor som måler pust og hjerterytme med "
            "radar, og sykehuset har tatt i bruk 44 enheter i akuttmottaket og på lunge- og "
            "ortopediavdelingen. Ifølge LUP er dette verdens første kontaktløse pasientmonitor av "
            "sitt slag."
        ),
        "need": (
            "Pasientenes vitale målinger tas manuelt med en til tolv timers mellomrom, og "
            "utstyret må kobles til kroppen. Det tar tid, begrenser pasientens bevegelsesfrihet "
            "og gir helsepersonellet mange informasjonskilder å holde styr på. Mellom målingene "
            "kan tilstanden forverres uten at noen oppdager det.\n\n"
            "Sykehuset trengte en løsning som måler vitale parametere automatisk, kontinuerlig og "
            "uten kontakt, slik at forverring oppdages tidligere og personalet får mer tid til "
            "pasientene. Noen pasientgrupper, for eksempel pasienter med psykiske lidelser, er "
            "det særlig krevende å koble til dagens utstyr."
        ),
        "service_area": "helse-omsorg",
        "procedure": "innovation",
        "innovation_type": "innovasjonsanskaffelse",
        "innovative_codes": ["prod-innov", "rd-act"],
        "dialogue_activities": ["dialogkonferanse"],
        "requirements_style": "functional",
        "status": "implementert",
        "started_year": 2020,
        "cpv_codes": "33195000-3",
        "contract_value": None,
        "contract_value_basis": "",
        "participants": [{"org": "extra:st-olavs", "role": "lead"}],
        "phases": [
            {
                "phase": "behovsavklaring",
                "started_on": None,
                "ended_on": None,
                "note": (
                    "Klinikk for akutt- og mottaksmedisin fikk midler fra Innovasjon Norge i 2020 "
                    "for å finne en løsning for automatisk og kontaktløs overvåking."
                ),
            },
            {
                "phase": "markedsdialog",
                "started_on": None,
                "ended_on": None,
                "note": "Dialogmøte med bedrifter og fagmiljøer før konkurransen.",
            },
            {
                "phase": "konkurranse",
                "started_on": None,
                "ended_on": None,
                "note": "Prekvalifisering høsten 2021, med frist 11. oktober 2021.",
            },
            {
                "phase": "kontrakt",
                "started_on": None,
                "ended_on": None,
                "note": (
                    "Innovasjonspartnerskap med VitalThings, med DNV Imatis som underleverandør, "
                    "inngått i 2022."
                ),
            },
            {
                "phase": "implementering",
                "started_on": None,
                "ended_on": None,
                "note": (
                    "18 måneders utvikling, avsluttet i 2023. Senere ble 44 enheter satt i drift "
                    "på tre avdelinger."
                ),
            },
        ],
        "suppliers": [{"name": "VitalThings AS", "org_number": "", "is_sme": True}],
        "effects": [
            {
                "category": "frigjorte-arsverk",
                "value": 1000,
                "unit": "årsverk",
                "baseline": "Dagens manuelle målinger på alle somatiske sengeposter i Norge",
                "basis": "estimated",
                "source": "LUP: Fra pilot til praksis – verdensnyhet i drift på St. Olavs",
                "description": (
                    "En analyse bestilt av Innovasjon Norge anslår at løsningen kan frigjøre over "
                    "1 000 årsverk hvis den tas i bruk på alle somatiske sengeposter i Norge."
                ),
            },
            {
                "category": "kostnadsbesparelse",
                "value": 13000000000,
                "unit": "NOK/år",
                "baseline": "Dagens manuelle målinger på alle somatiske sengeposter i Norge",
                "basis": "estimated",
                "source": "LUP: Fra pilot til praksis – verdensnyhet i drift på St. Olavs",
                "description": (
                    "Samme analyse anslår at helsetjenesten kan spare mer enn 13 milliarder kroner "
                    "i året ved bruk på alle somatiske sengeposter."
                ),
            },
            {
                "category": "radikal-innovasjon",
                "value": None,
                "unit": "",
                "baseline": "",
                "basis": "estimated",
                "source": "LUP: Kontaktløs måling av pust og puls",
                "description": (
                    "Løsningen omtales som verdens første kontaktløse pasientmonitor for "
                    "kontinuerlig måling av pust og hjerterytme."
                ),
            },
        ],
        "lessons": [
            {
                "text": (
                    "Start med et konkret klinisk problem: pasienter som ble dårligere mellom "
                    "rutinemålingene. Et tydelig problem gjorde det lettere å beskrive behovet "
                    "uten å låse løsningen."
                ),
                "tags": "behovsbeskrivelse",
            },
            {
                "text": (
                    "Ekstern finansiering reduserer risikoen. Støtte fra Innovasjon Norge gjorde "
                    "det lettere for sykehuset å gå inn i et flerårig utviklingsløp."
                ),
                "tags": "finansiering, risiko",
            },
            {
                "text": (
                    "Planlegg veien fra pilot til drift. Etter utviklingen tok sykehuset løsningen "
                    "i bruk på tre avdelinger, og en gevinstanalyse viser hva bredere bruk kan gi."
                ),
                "tags": "gevinstrealisering, spredning",
            },
        ],
        "sources": [
            {
                "title": "LUP: Kontaktløs måling av pust og puls",
                "url": (
                    "https://innovativeanskaffelser.no/losning/kontaktlos-maling-av-pust-og-puls/"
                ),
            },
            {
                "title": "LUP: Fra pilot til praksis – verdensnyhet i drift på St. Olavs",
                "url": (
                    "https://innovativeanskaffelser.no/blogg/fra-pilot-til-praksis-verdensnyhet-i-"
                    "drift-pa-st-olavs"
                ),
            },
            {
                "title": "LUP: Vitalthings har utviklet teknologi for bedre pasientovervåking",
                "url": (
                    "https://innovativeanskaffelser.no/blogg/vitalthings-har-utviklet-teknologi-"
                    "for-bedre-pasientovervaking/"
                ),
            },
            {
                "title": "St. Olavs hospital: Autoskår – Information in English",
                "url": (
                    "https://www.stolav.no/fag-og-forskning/innovasjon/autoskar/autoskar-"
                    "information-in-english/"
                ),
            },
            {
                "title": "St. Olavs hospital: Ønsker automatisk overvåkning av pasientene (2020)",
                "url": (
                    "https://www.stolav.no/nyheter/2020/onsker-automatisk-overvakning-av-pasientene"
                ),
            },
        ],
        "contact_role": "Klinikk for akutt- og mottaksmedisin, innovasjonsprosjektet Autoskår",
        "contact_email": "postmottak@stolav.no",
        "last_verified": "2026-11-29",
    },
    {
        "slug": "lavik-oppedal-mf-ampere",
        "title": "MF Ampere og ny ferjekontrakt på Lavik–Oppedal",
        "summary": (
            "Statens vegvesen brukte konkurransepreget dialog da ferjesambandet Lavik–Oppedal "
            "over Sognefjorden skulle få en langt mer energi- og miljøeffektiv ferje. "
            "Konkurransen krevde 20 prosent bedre energi- og miljøeffektivitet uten å bestemme "
            "teknologien, og resultatet ble MF Ampere, verdens første batterielektriske bilferje, "
            "som kom i drift i 2015. For kontrakten 2026–2034 brukte etaten igjen "
            "konkurransepreget dialog, nå om automatisering, og Fjord1 vant med et tilbud på om "
            "lag 2,75 milliarder kroner. Ifølge NCE Maritime CleanTech er Ampere en direkte årsak "
            "til at regjeringen stilte strengere miljøkrav i senere ferjeanbud."
        ),
        "need": (
            "Lavik–Oppedal på E39 skulle driftes med tre ferjer i den nye kontraktsperioden, og "
            "Statens vegvesen ville at én av dem skulle være langt mer energi- og miljøeffektiv "
            "enn dagens ferjer. Etaten visste ikke hvilken teknologi som kunne gi dette, og lot "
            "derfor rederiene foreslå løsningene.\n\n"
            "For neste kontraktsperiode var behovet et annet: et bedre rutetilbud og nye "
            "løsninger for digitalisering og automatisering, slik at mannskapet får støtte i "
            "maritime operasjoner og kan bruke mer tid på service og sikkerhet. Målet var ikke "
            "ubemannede ferjer."
        ),
        "service_area": "samferdsel-transport",
        "procedure": "comp-dial",
        "innovation_type": "innovasjonsanskaffelse",
        "innovative_codes": ["prod-innov", "fp-requ"],
        "dialogue_activities": [],
        "requirements_style": "performance",
        "status": "implementert",
        "started_year": None,
        "cpv_codes": "60000000-8",
        "contract_value": None,
        "contract_value_basis": "",
        "participants": [{"org": "extra:statens-vegvesen", "role": "lead"}],
        "phases": [
            {
                "phase": "konkurranse",
                "started_on": None,
                "ended_on": None,
                "note": (
                    "Konkurransepreget dialog med fire rederier: Norled, Torghatten, Fjord1 og "
                    "Boreal Transport Nord. Krav om 20 prosent bedre energi- og miljøeffektivitet, "
                    "uten krav til teknologi."
                ),
            },
            {
                "phase": "kontrakt",
                "started_on": None,
                "ended_on": None,
                "note": (
                    "Norled AS fikk kontrakten for 2015–2024. Fjord1 klaget, men fikk ikke medhold."
                ),
            },
            {
                "phase": "implementering",
                "started_on": None,
                "ended_on": None,
                "note": (
                    "MF Ampere ble bygget av Fjellstrand og satt i drift i 2015. Det første året "
                    "var det problemer med ladingen."
                ),
            },
            {
                "phase": "spredning",
                "started_on": None,
                "ended_on": None,
                "note": (
                    "Batteriferjer er blitt vanlige i Norge. Neste kontrakt, for 2026–2034, ble "
                    "tildelt Fjord1 i 2023 etter en ny konkurransepreget dialog om automatisering."
                ),
            },
        ],
        "suppliers": [
            {"name": "Norled AS", "org_number": "", "is_sme": False},
            {"name": "Fjord1 AS", "org_number": "", "is_sme": False},
        ],
        "effects": [
            {
                "category": "klimagass",
                "value": 8100,
                "unit": "t CO2 (samlet)",
                "baseline": "Dieselferje på samme strekning",
                "basis": "estimated",
                "source": "Norled: Nå har den elektriske ferjen MF «Ampere» gått 6 x ekvator",
                "description": (
                    "Norled anslo at Ampere på det tidspunktet hadde spart om lag 3 millioner "
                    "liter diesel, tilsvarende nær 8 100 tonn CO2."
                ),
            },
            {
                "category": "miljo",
                "value": None,
                "unit": "",
                "baseline": "Moderne dieselferje bygget i 2010",
                "basis": "estimated",
                "source": "Anleggsmaskinen: Klart for verdens første batteriferje",
                "description": (
                    "Utviklingsferja skulle bruke halvparten så mye energi som en moderne "
                    "dieselferje og ikke ha utslipp av NOx."
                ),
            },
            {
                "category": "radikal-innovasjon",
                "value": None,
                "unit": "",
                "baseline": "",
                "basis": "estimated",
                "source": "Norled: Nå har den elektriske ferjen MF «Ampere» gått 6 x ekvator",
                "description": "MF Ampere var verdens første helelektriske bilferje.",
            },
            {
                "category": "naeringsutvikling",
                "value": None,
                "unit": "",
                "baseline": "",
                "basis": "estimated",
                "source": (
                    "Stord24: Batteriferja Ampere har no gått ein distanse på seks gonger rundt "
                    "ekvator"
                ),
                "description": (
                    "Ifølge NCE Maritime CleanTech skulle over 50 bilferjer med batteripakker være "
                    "i drift i løpet av 2020, og teknologien er også tatt i bruk offshore."
                ),
            },
        ],
        "lessons": [
            {
                "text": (
                    "Still krav til ytelse, ikke til teknologi. Kravet om 20 prosent bedre energi- "
                    "og miljøeffektivitet åpnet for en løsning ingen hadde bygget før."
                ),
                "tags": "funksjonskrav, innovasjon",
            },
            {
                "text": (
                    "Bruk dialogfasen til å finne og fjerne risiko i løsningsforslagene før "
                    "leverandørene gir endelige tilbud."
                ),
                "tags": "konkurransepreget dialog, risiko",
            },
            {
                "text": (
                    "Ny teknologi trenger innkjøringstid. Statens vegvesen ga Norled "
                    "slingringsmonn det første driftsåret, da ladingen ikke fungerte som planlagt."
                ),
                "tags": "kontraktsoppfølging, risiko",
            },
            {
                "text": (
                    "Vekt det dere vil oppnå. I den nye kontrakten telte pris 60 prosent, "
                    "automatisering 30 prosent og gjennomføringsevne 10 prosent."
                ),
                "tags": "tildelingskriterier",
            },
        ],
        "sources": [
            {
                "title": "Anleggsmaskinen: Klart for verdens første batteriferje",
                "url": "https://www.at.no/artikler/klart-for-verdens-forste-batteriferje/423371",
            },
            {
                "title": "NRK: Her skal ferja gå på batteri i 2015",
                "url": "https://www.nrk.no/vestland/her-skal-ferja-ga-pa-batteri-i-2015-1.8382953",
            },
            {
                "title": "NRK: Kan tape store summar på ladetrøbbel",
                "url": "https://www.nrk.no/sognogfjordane/tapar-stort-pa-ladeproblema-1.12309690",
            },
            {
                "title": "Norled: Nå har den elektriske ferjen MF «Ampere» gått 6 x ekvator",
                "url": "https://www.norled.no/nyheter/ampere---6-ganger-rundt-ekvator/",
            },
            {
                "title": (
                    "Stord24: Batteriferja Ampere har no gått ein distanse på seks gonger rundt "
                    "ekvator"
                ),
                "url": (
                    "https://www.stord24.no/batteriferja-ampere-har-no-gatt-ein-distanse-pa-seks-"
                    "gonger-rundt-ekvator/"
                ),
            },
            {
                "title": (
                    "Statens vegvesen: Inviterer reiarlaga til samarbeid om ny teknologi på ferje "
                    "(2022)"
                ),
                "url": (
                    "https://www.vegvesen.no/om-oss/presse/aktuelt/2022/06/inviterer-reiarlaga-"
                    "til-samarbeid-om-ny-teknologi-pa-ferje/"
                ),
            },
            {
                "title": "Statens vegvesen: Fjord1 AS får kontrakt på Lavik–Oppedal (2023)",
                "url": (
                    "https://www.vegvesen.no/nn/om-oss/presse/aktuelt/2023/10/fjord1-as-far-"
                    "kontrakt-pa-lavik-oppedal/"
                ),
            },
        ],
        "contact_role": "Divisjon Drift og vedlikehold, avdeling ferje",
        "contact_email": "firmapost@vegvesen.no",
        "last_verified": "2026-11-29",
    },
    {
        "slug": "bodo-elektronisk-pasientjournal",
        "title": "Ny elektronisk pasientjournal for kommunene i nord",
        "summary": (
            "Bodø kommune forbereder en innovativ anskaffelse av nye journalløsninger og "
            "arbeidsverktøy for helse- og omsorgstjenesten, i samarbeid med LUP. I 2024 fikk "
            "kommunen 2,3 millioner kroner i statlige midler til journalarbeidet, og Bodø "
            "koordinerer 30 kommuner i Nordland, Troms og Finnmark om en felles strategi for "
            "innkjøp av elektronisk pasientjournal. Anskaffelsen er i planleggingsfasen, og "
            "kommunen ønsker samarbeid med andre kommuner og dialog med leverandørmarkedet."
        ),
        "need": (
            "Helse- og omsorgstjenesten i Bodø bruker flere journalsystemer. "
            "Pasientjournalsystemet ble utviklet tidlig på 1990-tallet, opprinnelig for søknader, "
            "saksbehandling og brukeradministrasjon. Systemene har ikke holdt tritt med "
            "utviklingen i primærhelsetjenesten, verken med reglene for journalføring eller med "
            "samhandlingen med resten av helsetjenesten.\n\n"
            "Stadig flere innbyggere trenger kommunale helse- og omsorgstjenester, samtidig som "
            "det er vanskelig å rekruttere helsepersonell. Kommunen trenger fremtidsrettede "
            "arbeidsverktøy som helsepersonellet selv er med på å utvikle, og som gjør det mulig "
            "å dele viktig pasientinformasjon mellom kommunen og spesialisthelsetjenesten."
        ),
        "service_area": "ikt-digitalisering",
        "procedure": None,
        "innovation_type": "innovasjonsanskaffelse",
        "innovative_codes": [],
        "dialogue_activities": [],
        "requirements_style": "",
        "status": "planlagt",
        "started_year": None,
        "cpv_codes": "48180000-3 48814000-7",
        "contract_value": None,
        "contract_value_basis": "",
        "participants": [{"org": "1804", "role": "lead"}],
        "phases": [
            {
                "phase": "behovsavklaring",
                "started_on": None,
                "ended_on": None,
                "note": (
                    "Kommunen har deltatt i samarbeidsprosjektet Felles kommunal journal og har "
                    "startet arbeidet med en innovativ anskaffelse sammen med LUP. I 2024 fikk "
                    "Bodø midler til å koordinere 30 kommuner i Nord-Norge."
                ),
            },
        ],
        "suppliers": [],
        "effects": [],
        "lessons": [
            {
                "text": (
                    "Mange kommuner har latt gamle journalsystemer stå i påvente av nasjonale "
                    "avklaringer. Et regionalt samarbeid kan gi nok tyngde til å gå i dialog med "
                    "markedet nå."
                ),
                "tags": "samarbeid, strategi",
            },
            {
                "text": (
                    "La helsepersonellet sitte i førersetet når nye arbeidsverktøy skal utvikles."
                ),
                "tags": "brukermedvirkning",
            },
            {
                "text": (
                    "Se journalanskaffelsen i sammenheng med nasjonale tiltak, som Felles "
                    "journalløft og felles tjenester for å dele pasientinformasjon."
                ),
                "tags": "samhandling, arkitektur",
            },
        ],
        "sources": [
            {
                "title": (
                    "Bodø kommune: Nye arbeidsverktøy og pasientjournal – innovativ anskaffelse"
                ),
                "url": (
                    "https://bodo.kommune.no/helse-og-velferd/smart-helse/nye-arbeidsverktoy-og-"
                    "pasientjournal-innovativ-anskaffelse/"
                ),
            },
            {
                "title": "Bodø kommune: Skal gjennomføre historisk anskaffelse",
                "url": (
                    "https://bodo.kommune.no/aktuelt/helse-og-velferd/skal-gjennomfore-historisk-"
                    "anskaffelse"
                ),
            },
            {
                "title": (
                    "NRK Nordland: Gir nesten 5 millionar kronar til prosjekt for helseteknologi i "
                    "Nordland"
                ),
                "url": (
                    "https://www.nrk.no/nordland/gir-nesten-5-millionar-kronar-til-prosjekt-for-"
                    "helseteknologi-i-nordland-1.16765930"
                ),
            },
        ],
        "contact_role": "Prosjektleder for ny pasientjournal, helse og velferd",
        "contact_email": "postmottak@bodo.kommune.no",
        "last_verified": "2026-11-29",
    },
    {
        "slug": "nye-steinkjer-skole-samspill",
        "title": "Nye Steinkjer skole – utviklingsentreprise og samspill",
        "summary": (
            "Steinkjer kommune brukte konkurranse med forhandling for å velge en totalentreprenør "
            "som skulle prosjektere, rive den gamle skolen, bygge og prøvedrive nye Steinkjer "
            "skole. Kommunen valgte utviklingsentreprise og samspill som gjennomføringsmodell, og "
            "fem team ble prekvalifisert i mars 2017. Skanska Norge og Rambøll vant med forslaget "
            "«Hjertebarn», en skole i massivtre for rundt 400 elever. Skolen åpnet i august 2019 "
            "og ble kåret til Årets skolebygg 2020."
        ),
        "need": (
            "Steinkjer trengte en ny barneskole i sentrum for rundt 400 elever, og de folkevalgte "
            "hadde som mål at skolen skulle bli et miljøfyrtårn.\n\n"
            "I stedet for å prosjektere alt selv før konkurransen ville kommunen at entreprenøren "
            "og rådgiverne skulle bidra med egne løsninger tidlig. Skolen skulle planlegges ut "
            "fra pedagogiske behov, og rektor og ansatte skulle være med i utformingen."
        ),
        "service_area": "oppvekst-utdanning",
        "procedure": "neg-w-call",
        "innovation_type": "innovasjonsvennlig",
        "innovative_codes": [],
        "dialogue_activities": [],
        "requirements_style": "",
        "status": "avsluttet",
        "started_year": None,
        "cpv_codes": "45214200-2",
        "contract_value": 160000000,
        "contract_value_basis": "awarded",
        "participants": [
            {"org": "5006", "role": "lead"},
            {"org": "extra:steinkjerbygg", "role": "participant"},
        ],
        "phases": [
            {
                "phase": "konkurranse",
                "started_on": None,
                "ended_on": None,
                "note": (
                    "Fem team ble prekvalifisert 8. mars 2017, og alle deltok på informasjonsmøte "
                    "28. mars. En evalueringskomité med blant andre arkitekt, landskapsarkitekt og "
                    "rektor vurderte designforslagene, med ekstern faglig bistand."
                ),
            },
            {
                "phase": "kontrakt",
                "started_on": None,
                "ended_on": None,
                "note": (
                    "Skanska Norge AS og Rambøll vant i 2017 med «Hjertebarn». Kontraktssummen var "
                    "om lag 160 millioner kroner eks. mva."
                ),
            },
            {
                "phase": "implementering",
                "started_on": None,
                "ended_on": None,
                "note": (
                    "Etter planen skulle forprosjektet leveres i desember 2017 og byggekontrakten "
                    "inngås i januar 2018. Skolen åpnet i august 2019."
                ),
            },
        ],
        "suppliers": [
            {"name": "Skanska Norge AS", "org_number": "", "is_sme": False},
            {"name": "Rambøll Norge AS", "org_number": "", "is_sme": False},
        ],
        "effects": [
            {
                "category": "klimagass",
                "value": 25,
                "unit": "% reduksjon (minst)",
                "baseline": "Kommunens måltall; referansebygget er ikke oppgitt i kilden",
                "basis": "estimated",
                "source": "Rambøll: Steinkjer barneskole",
                "description": (
                    "Ifølge Skanskas beregninger nådde prosjektet målet om minst 25 prosent lavere "
                    "klimagassutslipp med god margin, blant annet takket være massivtre."
                ),
            },
            {
                "category": "kvalitet",
                "value": None,
                "unit": "",
                "baseline": "",
                "basis": "measured",
                "source": "Steinkjer kommune: Steinkjer skole kåret til Årets skolebygg 2020",
                "description": (
                    "Skolen ble kåret til Årets skolebygg 2020 for et helhetlig anlegg med "
                    "kvalitet i alle ledd."
                ),
            },
        ],
        "lessons": [
            {
                "text": (
                    "Samspill med tidlig involvering av entreprenør og brukere ga et godt "
                    "resultat. Ifølge byggherren leverte alle til rett tid og innenfor de "
                    "økonomiske rammene."
                ),
                "tags": "samspill, kontraktsstrategi",
            },
            {
                "text": (
                    "Sett sammen en bred evalueringskomité, med både fagfolk og skolens egen "
                    "ledelse, og hent inn ekstern ekspertise på tildelingskriteriene."
                ),
                "tags": "evaluering, brukermedvirkning",
            },
            {
                "text": (
                    "Avklar hele kostnadsrammen tidlig. Da utgiftene til midlertidig skole ble "
                    "lagt inn i skolebudsjettet, krympet handlingsrommet for miljøambisjonene, og "
                    "kommunen måtte be om 25 millioner kroner mer."
                ),
                "tags": "økonomi, risiko",
            },
        ],
        "sources": [
            {
                "title": "Steinkjer kommune: Nye Steinkjer skole",
                "url": "https://www.steinkjer.kommune.no/nye-steinkjer-skole.6013440-58206.html",
            },
            {"title": "Bygg.no: Steinkjer skole", "url": "http://www.bygg.no/article/1406440"},
            {
                "title": "Rambøll: Steinkjer barneskole",
                "url": "https://no.ramboll.com/projects/rno/steinkjer-skole",
            },
            {
                "title": "Woodworks!: Steinkjers «Hjertebarn» bygges i massivtre",
                "url": (
                    "https://woodworkscluster.no/2017/08/steinkjers-hjertebarn-bygges-massivtre/"
                ),
            },
            {
                "title": "Steinkjer-Avisa: Vil øke skolebudsjettet med 25 mill. kr",
                "url": (
                    "https://www.steinkjer-avisa.no/nyheter/2017/10/03/Vil-%C3%B8ke-"
                    "skolebudsjettet-med-25-mill.-kr-15394720.ece"
                ),
            },
            {
                "title": "Steinkjer kommune: Steinkjer skole kåret til Årets skolebygg 2020",
                "url": (
                    "https://www.steinkjer.kommune.no/steinkjer-skole-kaaret-til-aarets-skolebygg-"
                    "2020.6309198-58206.html"
                ),
            },
        ],
        "contact_role": "Enhet utbygging",
        "contact_email": "postmottak@steinkjer.kommune.no",
        "last_verified": "2026-11-29",
    },
    {
        "slug": "bergen-vann-robot-drikkevannsbasseng",
        "title": "Robot for rengjøring av drikkevannsbasseng",
        "summary": (
            "Bergen Vann KF og flere andre vannverk trengte en måte å fjerne slam fra "
            "tunnelbasseng for drikkevann uten å tømme dem og sende folk inn. Etter en "
            "dialogkonferanse i mai 2014 holdt de en plan- og designkonkurranse, som Ikon Norge "
            "AS og KTV Group vant med 200 000 kroner i premie hver. Vannverkene gikk videre med "
            "konseptet fra Ikon Norge, som W. Giertsen senere utviklet til den ubemannede roboten "
            "TROV. Roboten rengjør nå vanntunneler i Bergen, og ifølge LUP kan slike roboter "
            "gjøre jobben til en firedel av prisen for manuell rengjøring."
        ),
        "need": (
            "Renset drikkevann lagres i tunnelbasseng i fjell, og over tid legger det seg slam på "
            "bunnen og veggene som kan gi grobunn for bakterier og parasitter. Manuell rengjøring "
            "krever at bassenget tømmes, at en geolog vurderer fjellet og at tunnelen sikres før "
            "mannskapet kan gå inn. Det er farlig, tar måneder og koster millioner, og mens "
            "bassenget er tømt, er vannforsyningen mer sårbar. Mange basseng er derfor aldri "
            "blitt rengjort.\n\n"
            "Vannverkene trengte en ubemannet løsning som kan rengjøre mens bassenget er i drift. "
            "Den måtte nå flere kilometer inn, arbeide under vann og være elektrisk drevet. I "
            "2016 sendte regjeringen dessuten på høring en ny drikkevannsforskrift med krav om "
            "systematisk renhold av slike basseng."
        ),
        "service_area": "vann-avlop",
        "procedure": "design-contest",
        "innovation_type": "innovasjonsanskaffelse",
        "innovative_codes": ["prod-innov"],
        "dialogue_activities": ["dialogkonferanse"],
        "requirements_style": "performance",
        "status": "implementert",
        "started_year": 2013,
        "cpv_codes": "90900000-6 73000000-2",
        "contract_value": None,
        "contract_value_basis": "",
        "participants": [
            {"org": "extra:bergen-vann", "role": "lead"},
            {"org": "0301", "role": "participant"},
            {"org": "3201", "role": "participant"},
            {"org": "3301", "role": "participant"},
            {"org": "4204", "role": "participant"},
            {"org": "5001", "role": "participant"},
        ],
        "phases": [
            {
                "phase": "behovsavklaring",
                "started_on": None,
                "ended_on": None,
                "note": (
                    "Ideen om en fjernstyrt robot oppsto i Bergen Vann høsten 2013. Vannverkene "
                    "søkte hjelp fra LUP."
                ),
            },
            {
                "phase": "markedsdialog",
                "started_on": "2014-05-14",
                "ended_on": None,
                "note": (
                    "Dialogkonferanse på Svartediket vannbehandlingsanlegg, der seks kommuner "
                    "presenterte behovet for leverandørene."
                ),
            },
            {
                "phase": "konkurranse",
                "started_on": None,
                "ended_on": None,
                "note": (
                    "Plan- og designkonkurranse høsten 2014, basert på en ytelsesspesifikasjon. "
                    "Ikon Norge AS og KTV Group vant og fikk 200 000 kroner hver."
                ),
            },
            {
                "phase": "kontrakt",
                "started_on": None,
                "ended_on": None,
                "note": (
                    "Våren 2016 besluttet vannverkene å gå videre med Ikon Norge. I 2018 gikk "
                    "idéhaveren i partnerskap med W. Giertsen, som etablerte W. Giertsen "
                    "Vannteknologi AS. Vannverkene skulle bidra økonomisk til utviklingen."
                ),
            },
            {
                "phase": "implementering",
                "started_on": None,
                "ended_on": None,
                "note": (
                    "En prototyp ble testet med godt resultat, og roboten TROV er tatt i bruk i "
                    "vanntunnelene i Bergen."
                ),
            },
        ],
        "suppliers": [
            {"name": "Ikon Norge AS", "org_number": "", "is_sme": None},
            {"name": "KTV Group", "org_number": "", "is_sme": None},
            {"name": "W. Giertsen Vannteknologi AS", "org_number": "", "is_sme": None},
        ],
        "effects": [
            {
                "category": "kostnadsbesparelse",
                "value": 100000000,
                "unit": "NOK (samlet potensial)",
                "baseline": "Manuell rengjøring med tømming og fjellsikring",
                "basis": "estimated",
                "source": (
                    "Leverandørutviklingsprogrammet: Langt over 100 millioner i sparepotten for "
                    "vannverkene"
                ),
                "description": (
                    "Prosjektet viste at ubemannede roboter kan rengjøre tunnelbasseng til en "
                    "firedel av dagens pris, og vannverkene anslo over 100 millioner kroner i "
                    "mulige besparelser."
                ),
            },
        ],
        "lessons": [
            {
                "text": (
                    "Beskriv ytelsen dere trenger – rekkevidde, drift under vann og elektrisk "
                    "drift – og la markedet finne løsningen."
                ),
                "tags": "funksjonskrav",
            },
            {
                "text": (
                    "Se etter leverandører utenfor egen bransje. Løsningen bygger på teknologi og "
                    "erfaring fra oljeindustrien."
                ),
                "tags": "markedsdialog, nye leverandører",
            },
            {
                "text": (
                    "Flere vannverk med samme problem gir et større marked og deler kostnadene ved "
                    "utviklingen."
                ),
                "tags": "samarbeid",
            },
            {
                "text": (
                    "En plan- og designkonkurranse gir et konsept, ikke en ferdig maskin. Sett av "
                    "tid og penger til videre utvikling – her gikk det flere år fra konkurranse "
                    "til drift."
                ),
                "tags": "risiko, gevinstrealisering",
            },
        ],
        "sources": [
            {
                "title": "DFØ (anskaffelser.no): Plan- og designkonkurranse",
                "url": (
                    "https://anskaffelser.no/avtaler-og-regelverk/anskaffelsesprosedyrer/plan-og-"
                    "designkonkurranse"
                ),
            },
            {
                "title": "LUP: Rengjøringsrobot sørger for rent drikkevann til bergensere",
                "url": (
                    "https://innovativeanskaffelser.no/blogg/rengjoringsrobot-sorger-for-rent-"
                    "drikkevann-til-bergensere/"
                ),
            },
            {
                "title": "LUP: Ufremkommelige drikkevannstunneler rengjøres med vaskerobot",
                "url": "https://innovativeanskaffelser.no/losning/vaskerobot-vannbasseng/",
            },
            {
                "title": (
                    "Leverandørutviklingsprogrammet: Langt over 100 millioner i sparepotten for "
                    "vannverkene"
                ),
                "url": (
                    "http://gamle.leverandorutvikling.no/arkiv/langt-over-100-millioner-i-"
                    "sparepotten-for-vannverkene-article1314-740.html"
                ),
            },
            {
                "title": "Bergen Vann: Innovativ ny metode for rengjøring av magasin",
                "url": (
                    "http://bergenvann.com/ansatte/nyheter/innovativ-ny-metode-for-rengjoring-av-"
                    "magasin/"
                ),
            },
            {
                "title": "Norsk Vann: Ubemannet rengjøring og rensing av tunnelbasseng",
                "url": (
                    "https://norskvann.no/index.php/45-forside/777-ubemannet-rengjoring-og-"
                    "rensing-av-tunnelbasseng-kunngjoring-av-konkurranse-pa-doffin"
                ),
            },
            {
                "title": "NHO: Sikrere, raskere og rimeligere rensing av vannbasseng",
                "url": (
                    "https://www.nho.no/Politikk-og-analyse/Offentlig-sektor-og-naringslivet/"
                    "sikrere-raskere-og-rimeligere-rensing-av-vannbasseng/"
                ),
            },
        ],
        "contact_role": "Vannproduksjon",
        "contact_email": "postmottak@bergen.kommune.no",
        "last_verified": "2026-11-29",
    },
]

# Maps each title used in a case_reference block in demo/content/courses/*.py to a case slug.
COURSE_REFERENCE_SLUGS = {
    "Norges første innovasjonspartnerskap": "stavanger-innovasjonspartnerskap-heldognsomsorg",
    "Norges første innovasjonspartnerskap, i heldøgnsomsorgen": (
        "stavanger-innovasjonspartnerskap-heldognsomsorg"
    ),
    "Norges første innovasjonspartnerskap – heldøgnsomsorg": (
        "stavanger-innovasjonspartnerskap-heldognsomsorg"
    ),
    "1 000 bygg – 10 000 muligheter": "bergen-1000-bygg-10000-muligheter",
    "Felles innovativ anskaffelse av elektronisk medisineringsstøtte": (
        "larvik-elektronisk-medisineringsstotte"
    ),
    "Digitale trygghetsalarmer og felles responssenter i Agder": "agder-digitale-trygghetsalarmer",
    "Utslippsfri anleggsplass i Olav Vs gate": "olav-vs-gate-utslippsfri-anleggsplass",
    "Utstyrspark på deling for skoledriften": "oslo-utstyrsdeling-skoler-startoff",
    "Digital plattform for ombruk av byggematerialer": "trondelag-ombruk-byggematerialer",
    "Kontaktløs overvåking av pust og puls": "st-olavs-kontaktlos-pasientmonitor",
    "MF Ampere og ny ferjekontrakt på Lavik–Oppedal": "lavik-oppedal-mf-ampere",
    "Nye Steinkjer skole – utviklingsentreprise og samspill": "nye-steinkjer-skole-samspill",
    "Robot for rengjøring av drikkevannsbasseng": "bergen-vann-robot-drikkevannsbasseng",
}
