"""Behov og markedsdialog - demo course content (Bokmål). Loaded by the setup_demo command.

Course 2 of the starter curriculum: describing the need, anchoring with leadership, functional
versus technical requirements, the market-dialogue activities, equal treatment in dialogue, and a
worked example from a real joint market dialogue. Quizzes are added separately.
"""

COURSE = {
    "title": "Behov og markedsdialog",
    "slug": "behov-og-markedsdialog",
    "summary": (
        "Lær å beskrive behovet i stedet for løsningen, forankre anskaffelsen hos ledelsen og "
        "bruke markedsdialog på en lovlig og nyttig måte. Kurset avsluttes med et eksempel fra "
        "tolv kommuner i Møre og Romsdal."
    ),
    "audience": (
        "Ansatte i kommuner og fylkeskommuner som planlegger en anskaffelse: fagfolk med "
        "behovet, innkjøpere og ledere."
    ),
    "estimated_minutes": 55,
    "objectives": [
        (
            "Etter kurset kan du beskrive et behov som et problem som skal løses, ikke som et "
            "produkt som skal kjøpes."
        ),
        (
            "Etter kurset kan du forklare hvorfor og hvordan en innovativ anskaffelse "
            "forankres hos ledelsen."
        ),
        (
            "Etter kurset kan du skille mellom funksjonskrav og tekniske spesifikasjoner og "
            "vite når du trenger hva."
        ),
        (
            "Etter kurset kan du velge dialogaktiviteter som passer anskaffelsen, og "
            "gjennomføre dem slik at leverandørene behandles likt."
        ),
    ],
    "phases": ["behovsavklaring", "markedsdialog"],
    "topics": ["behov", "markedsdialog", "regelverk", "innovasjon"],
    "modules": [
        {
            "title": "Modul 1: Behovet i sentrum",
            "slug": "behovet-i-sentrum",
            "intro": (
                "Den viktigste jobben i en innovativ anskaffelse gjøres før leverandørene er "
                "med. I denne modulen lærer du å beskrive behovet uten å låse deg til en "
                "løsning, å få ledelsen med deg og å skrive krav som gir leverandørene rom til "
                "å tenke nytt."
            ),
            "lessons": [
                {
                    "title": "Beskriv behovet, ikke løsningen",
                    "slug": "beskriv-behovet-ikke-losningen",
                    "summary": (
                        "Hvorfor en god anskaffelse starter med problemet som skal løses, og "
                        "hvordan du finner og beskriver det egentlige behovet."
                    ),
                    "minutes": 6,
                    "body": [
                        (
                            "paragraph",
                            (
                                "<p>Mange anskaffelser starter med en løsning: «Vi trenger nye "
                                "trygghetsalarmer» eller «Vi må kjøpe et nytt fagsystem». Da "
                                "har kommunen bestemt svaret før den har stilt spørsmålet. I "
                                "en innovativ anskaffelse snur du rekkefølgen. Du beskriver "
                                "først hvilket problem som skal løses, for hvem og hvorfor. "
                                "Først når behovet er tydelig, er det tid for å se på hva "
                                "markedet kan tilby.</p>"
                            ),
                        ),
                        ("heading", "Hvorfor løsningen ikke bør komme først"),
                        (
                            "paragraph",
                            (
                                "<p>Beskriver du en bestemt løsning, får du tilbud på akkurat "
                                "den – eller noe som ligner. Leverandører som kunne løst "
                                "problemet på en annen og kanskje bedre måte, faller utenfor. "
                                "DFØ anbefaler derfor at du beskriver <strong>hva</strong> "
                                "dere vil oppnå, ikke <strong>hvordan</strong> det skal løses. "
                                "Kommunen kjenner behovet best, mens leverandørene kjenner "
                                "løsningene best.</p><p>Det krever en bevisst innsats. Det er "
                                "lett å ta utgangspunkt i det dere kjøpte sist, og så lete "
                                "etter argumenter for at det var riktig.</p>"
                            ),
                        ),
                        (
                            "callout",
                            {
                                "kind": "tip",
                                "title": "Eksempel fra omsorgstjenesten",
                                "text": (
                                    "<p><strong>Løsning:</strong> «Vi skal kjøpe 40 "
                                    "GPS-klokker til hjemmeboende med "
                                    "demens.»</p><p><strong>Behov:</strong> «Hjemmeboende med "
                                    "demens skal kunne gå trygt ut på egen hånd. Pårørende og "
                                    "ansatte skal raskt få vite det hvis noen trenger hjelp, "
                                    "og personvernet og verdigheten til brukeren skal "
                                    "ivaretas.»</p><p>Den andre beskrivelsen åpner for "
                                    "klokker, men også for sensorer, nye arbeidsrutiner eller "
                                    "en kombinasjon.</p>"
                                ),
                            },
                        ),
                        ("heading", "Slik finner du det egentlige behovet"),
                        (
                            "paragraph",
                            (
                                "<ol><li><strong>Start med problemet.</strong> Hva fungerer "
                                "ikke i dag, og hvem merker det?</li><li><strong>Involver dem "
                                "det gjelder.</strong> Brukere, pårørende, ansatte, innkjøp, "
                                "IKT og økonomi ser ulike sider av saken. Sett gjerne sammen "
                                "en tverrfaglig arbeidsgruppe.</li><li><strong>Bruk "
                                "data.</strong> Statistikk, avviksmeldinger og tall fra "
                                "tidligere kjøp viser hvor stort behovet "
                                "er.</li><li><strong>Beskriv ønsket effekt.</strong> Hvilken "
                                "endring skal skje, og for hvem?</li><li><strong>Sett "
                                "suksesskriterier.</strong> Hvordan vet dere at målet er "
                                "nådd?</li><li><strong>Prioriter.</strong> Ta bare med behov "
                                "som støtter formålet med denne anskaffelsen.</li></ol>"
                            ),
                        ),
                        (
                            "accordion",
                            [
                                {
                                    "title": "Behov",
                                    "text": (
                                        "<p>Det som må dekkes for at tjenesten skal nå målet "
                                        "sitt, beskrevet uten å ta stilling til hvordan det "
                                        "skal løses.</p>"
                                    ),
                                },
                                {
                                    "title": "Behovselement",
                                    "text": (
                                        "<p>En del av behovet, for eksempel kapasitet, "
                                        "tilgjengelighet, kvalitet eller miljøegenskaper. Til "
                                        "sammen dekker behovselementene hele behovet.</p>"
                                    ),
                                },
                                {
                                    "title": "Effektmål",
                                    "text": (
                                        "<p>Den varige virkningen dere ønsker for brukere, "
                                        "ansatte eller kommunen, for eksempel færre fall eller "
                                        "mer tid til direkte brukerkontakt.</p>"
                                    ),
                                },
                            ],
                        ),
                        (
                            "reflection",
                            (
                                "Tenk på en anskaffelse kommunen din skal gjøre det neste "
                                "året. Er den beskrevet som et problem som skal løses, eller "
                                "som et produkt som skal kjøpes?"
                            ),
                        ),
                        (
                            "key_takeaways",
                            [
                                "Beskriv hva dere vil oppnå, ikke hvordan det skal løses.",
                                (
                                    "Et godt behov sier hvem som har problemet, hvorfor det er "
                                    "viktig og hvordan dere ser at det er løst."
                                ),
                                (
                                    "Brukere, ansatte og fagmiljøer bør være med når behovet "
                                    "beskrives."
                                ),
                                (
                                    "En åpen behovsbeskrivelse gir leverandørene rom til å "
                                    "foreslå løsninger dere ikke kjente til."
                                ),
                            ],
                        ),
                        (
                            "sources",
                            [
                                {
                                    "title": "DFØ: Slik gjør du en grundig behovsvurdering",
                                    "url": (
                                        "https://www.anskaffelser.no/avklare-behov-og-"
                                        "forberede-konkurransen/slik-gjor-du-en-grundig-"
                                        "behovsvurdering/hva-betyr-en-grundig"
                                    ),
                                },
                                {
                                    "title": "DFØ: Verifisering av behovet",
                                    "url": (
                                        "https://anskaffelser.no/anskaffelsesprosessen/"
                                        "anskaffelsesprosessen-steg-steg/avklare-behov-og-"
                                        "forberede-konkurransen/lage-konkurransestrategi/slik-"
                                        "gjor-du-en-grundig-behovsvurdering/verifisering-av-"
                                        "behovet"
                                    ),
                                },
                                {
                                    "title": (
                                        "DFØ: Spesifikasjoner, krav, kriterier og kontraktsvilkår"
                                    ),
                                    "url": (
                                        "https://www.anskaffelser.no/anskaffelsesprosessen/"
                                        "anskaffelsesprosessen-steg-steg/avklare-behov-og-"
                                        "forberede-konkurransen/spesifikasjoner-krav-kriterier-"
                                        "og-kontraktsvilkar"
                                    ),
                                },
                            ],
                        ),
                    ],
                },
                {
                    "title": "Forankring hos ledelsen",
                    "slug": "forankring-hos-ledelsen",
                    "summary": (
                        "Hvorfor en innovativ anskaffelse trenger ledelsens støtte, og hva du "
                        "bør avklare med ledelsen før du går til markedet."
                    ),
                    "minutes": 6,
                    "body": [
                        (
                            "paragraph",
                            (
                                "<p>En innovativ anskaffelse krever ofte mer tid i "
                                "planleggingen enn en vanlig anskaffelse. Dere bruker tid på å "
                                "forstå behovet og på dialog med brukere og leverandører, og "
                                "dere må kanskje justere planen underveis. Derfor må ledelsen "
                                "vite hva den sier ja til. Forankring betyr at ledelsen "
                                "kjenner målet, har godtatt risikoen og har satt av ressurser "
                                "– før prosjektet er i gang.</p>"
                            ),
                        ),
                        ("heading", "Hvorfor forankring avgjør"),
                        (
                            "paragraph",
                            (
                                "<p>DFØ peker på kommunikasjon og involvering som bærebjelkene "
                                "i forankringen. Når ledelsen er med fra start, er det lettere "
                                "å få med folk fra flere enheter, å endre kurs når dialogen "
                                "med markedet gir ny kunnskap, og å ta i bruk løsningen når "
                                "kontrakten er signert. Uten forankring stopper gode initiativ "
                                "ofte ved det første budsjettspørsmålet, eller når løsningen "
                                "skal innføres i tjenesten.</p><p>Forankring skjer på to "
                                "nivåer. Det ene er strategisk: Mål om innovasjon bør stå i "
                                "kommunens planer, for eksempel i anskaffelsesstrategien eller "
                                "en innovasjonsstrategi. Det gir innkjøpere og fagfolk mandat "
                                "til å prøve nye måter å kjøpe på. Det andre nivået gjelder "
                                "den enkelte anskaffelsen: Ledelsen må si ja til akkurat dette "
                                "prosjektet.</p>"
                            ),
                        ),
                        (
                            "checklist",
                            {
                                "title": "Avklar med ledelsen før dere går til markedet",
                                "items": [
                                    (
                                        "Hvilket problem skal løses, og hvorfor er det viktig "
                                        "for kommunen nå?"
                                    ),
                                    (
                                        "Hvem eier behovet, og hvem har ansvar for å ta "
                                        "løsningen i bruk?"
                                    ),
                                    (
                                        "Hvor mye tid og hvilke folk kan settes av til "
                                        "behovsarbeid og markedsdialog?"
                                    ),
                                    (
                                        "Hvilken risiko er ledelsen villig til å ta – også at "
                                        "markedet ikke har en løsning ennå?"
                                    ),
                                    (
                                        "Når skal ledelsen ta beslutninger underveis, for "
                                        "eksempel etter markedsdialogen?"
                                    ),
                                    "Hvordan skal gevinstene måles og følges opp?",
                                ],
                            },
                        ),
                        (
                            "callout",
                            {
                                "kind": "tip",
                                "title": "Snakk ledelsens språk",
                                "text": (
                                    "<p>Knytt anskaffelsen til mål ledelsen allerede er "
                                    "opptatt av: bedre tjenester, mangel på arbeidskraft, "
                                    "økonomi eller klima. Vis hva det koster å la problemet "
                                    "være, ikke bare hva anskaffelsen koster.</p>"
                                ),
                            },
                        ),
                        (
                            "case_reference",
                            {
                                "title": "Norges første innovasjonspartnerskap",
                                "organization": "Stavanger kommune",
                                "url": (
                                    "https://innovativeanskaffelser.no/blogg/stavanger-forst-"
                                    "ut-med-innovasjonspartnerskap/"
                                ),
                                "note": (
                                    "Stavanger gikk foran med Norges første "
                                    "innovasjonspartnerskap for å finne radikalt nye løsninger "
                                    "i heldøgnsomsorgen, og rådmannen stod offentlig bak "
                                    "satsingen."
                                ),
                            },
                        ),
                        (
                            "reflection",
                            (
                                "Hvem i kommunen din må si ja før en anskaffelse kan prøve noe "
                                "nytt – og vet de det allerede?"
                            ),
                        ),
                        (
                            "key_takeaways",
                            [
                                (
                                    "Forankring betyr at ledelsen kjenner målet, godtar "
                                    "risikoen og setter av ressurser."
                                ),
                                (
                                    "Mål om innovasjon bør stå i kommunens strategier og "
                                    "planer, ikke bare i enkeltprosjekter."
                                ),
                                (
                                    "Avtal beslutningspunkter, slik at ledelsen kan justere "
                                    "kursen når dere lærer noe nytt."
                                ),
                                (
                                    "De som skal bruke løsningen, må være med fra start for at "
                                    "gevinstene skal bli tatt ut."
                                ),
                            ],
                        ),
                        (
                            "sources",
                            [
                                {
                                    "title": (
                                        "DFØ: Innovative anskaffelser – forankring og organisering"
                                    ),
                                    "url": (
                                        "https://www.anskaffelser.no/innkjopsledelse/"
                                        "innovative-anskaffelser"
                                    ),
                                },
                                {
                                    "title": (
                                        "Innovative anskaffelser: Hvorfor er det viktig med en "
                                        "anskaffelsesstrategi?"
                                    ),
                                    "url": (
                                        "https://innovativeanskaffelser.no/blogg/hvorfor-er-"
                                        "det-viktig-med-en-anskaffelsesstrategi/"
                                    ),
                                },
                                {
                                    "title": (
                                        "Innovative anskaffelser: Stavanger først ut med "
                                        "innovasjonspartnerskap"
                                    ),
                                    "url": (
                                        "https://innovativeanskaffelser.no/blogg/stavanger-"
                                        "forst-ut-med-innovasjonspartnerskap/"
                                    ),
                                },
                                {
                                    "title": (
                                        "Stavangerregionen: Stavanger kommune inngår Norges "
                                        "første innovasjonspartnerskap"
                                    ),
                                    "url": (
                                        "https://stavangerregion.no/news/stavanger-kommune-"
                                        "inngar-norges-forste-innovasjonspartnerskap/"
                                    ),
                                },
                            ],
                        ),
                    ],
                },
                {
                    "title": "Funksjonskrav og tekniske spesifikasjoner",
                    "slug": "funksjonskrav-og-tekniske-spesifikasjoner",
                    "summary": (
                        "Forskjellen på å beskrive hva leveransen skal oppnå og hvordan den "
                        "skal være laget – og når du trenger hvilken type krav."
                    ),
                    "minutes": 6,
                    "body": [
                        (
                            "paragraph",
                            (
                                "<p>Når behovet er klart, skal det bli til en "
                                "kravspesifikasjon. Her tar du et viktig valg: Skal du "
                                "beskrive hva leveransen skal <em>oppnå</em>, eller hvordan "
                                "den skal være <em>laget</em>? Valget avgjør hvor mye rom "
                                "leverandørene får til å foreslå nye løsninger.</p>"
                            ),
                        ),
                        (
                            "accordion",
                            [
                                {
                                    "title": "Funksjonskrav (ytelseskrav)",
                                    "text": (
                                        "<p>Beskriver hva leveransen skal gjøre, eller hvilket "
                                        "resultat den skal gi. Eksempel: «Ansatte skal raskt "
                                        "få varsel når en beboer faller, uten at beboeren selv "
                                        "må utløse alarmen.» Leverandøren velger hvordan "
                                        "kravet oppfylles.</p>"
                                    ),
                                },
                                {
                                    "title": "Teknisk spesifikasjon",
                                    "text": (
                                        "<p>Beskriver hvordan leveransen skal være utformet: "
                                        "mål, materialer, teknologi eller standarder. "
                                        "Eksempel: «Fallsensoren skal monteres i taket og "
                                        "kobles til pasientvarslingsanlegget vi har i dag.» "
                                        "Leverandøren må levere nettopp dette.</p>"
                                    ),
                                },
                                {
                                    "title": "Kombinasjon",
                                    "text": (
                                        "<p>De fleste kravspesifikasjoner blander de to. Du "
                                        "beskriver funksjonen åpent, men stiller tekniske krav "
                                        "der det trengs, for eksempel til sikkerhet, "
                                        "personvern eller samspill med systemer dere allerede "
                                        "har.</p>"
                                    ),
                                },
                            ],
                        ),
                        (
                            "callout",
                            {
                                "kind": "legal",
                                "title": "Anskaffelsesforskriften §§ 8-5 og 15-1",
                                "text": (
                                    "<p>Kravspesifikasjoner kan utformes som ytelses- eller "
                                    "funksjonskrav, ved henvisning til tekniske "
                                    "spesifikasjoner og standarder, eller som en kombinasjon. "
                                    "Viser du til en standard, skal du også godta tilsvarende "
                                    "løsninger («eller tilsvarende»). Som hovedregel kan du "
                                    "ikke vise til bestemte merker, fabrikater eller prosesser "
                                    "hvis det favoriserer eller utelukker leverandører. "
                                    "Kravene må også være forholdsmessige, jf. de "
                                    "grunnleggende prinsippene i anskaffelsesloven § 4.</p>"
                                ),
                            },
                        ),
                        ("heading", "Når passer hva?"),
                        (
                            "paragraph",
                            (
                                "<p>Funksjonskrav passer når dere vil ha nye ideer, når "
                                "markedet utvikler seg raskt, eller når dere ikke vet hvilken "
                                "løsning som er best. Tekniske krav passer når noe må passe "
                                "sammen med det dere har fra før, når lover eller sikkerhet "
                                "krever en bestemt utførelse, eller når løsningen er velkjent "
                                "og standardisert.</p><p>Se opp for to feller. Er kravene for "
                                "vage, blir tilbudene vanskelige å sammenligne. Er de for "
                                "detaljerte, betaler dere kanskje for «kjekt å ha» og stenger "
                                "ute bedre løsninger. Åpne krav må derfor følges av gode "
                                "tildelingskriterier og en plan for hvordan dere skal vurdere "
                                "tilbudene, for eksempel med demonstrasjon eller utprøving.</p>"
                            ),
                        ),
                        (
                            "reflection",
                            (
                                "Ta fram en kravspesifikasjon kommunen din har brukt nylig. "
                                "Hvor mange av kravene beskriver en funksjon, og hvor mange "
                                "beskriver en bestemt løsning?"
                            ),
                        ),
                        (
                            "key_takeaways",
                            [
                                (
                                    "Funksjonskrav sier hva leveransen skal oppnå; tekniske "
                                    "spesifikasjoner sier hvordan den skal være laget."
                                ),
                                "Regelverket åpner for begge typer krav og for en kombinasjon.",
                                (
                                    "Bruk tekniske krav der det trengs, for eksempel for "
                                    "sikkerhet og samspill med eksisterende systemer."
                                ),
                                (
                                    "Åpne krav må følges av tydelige tildelingskriterier, slik "
                                    "at tilbudene kan sammenlignes."
                                ),
                            ],
                        ),
                        (
                            "sources",
                            [
                                {
                                    "title": "DFØ: Utarbeide kravspesifikasjoner",
                                    "url": (
                                        "https://anskaffelser.no/anskaffelsesprosess/"
                                        "anskaffelsesprosessen-steg-steg/avklare-behov-og-"
                                        "forberede-konkurransen/spesifikasjoner-krav-kriterier-"
                                        "og-kontraktsvilkar/utarbeide-kravspesifikasjoner"
                                    ),
                                },
                                {
                                    "title": (
                                        "DFØ: Spesifikasjoner, krav, kriterier og kontraktsvilkår"
                                    ),
                                    "url": (
                                        "https://www.anskaffelser.no/anskaffelsesprosessen/"
                                        "anskaffelsesprosessen-steg-steg/avklare-behov-og-"
                                        "forberede-konkurransen/spesifikasjoner-krav-kriterier-"
                                        "og-kontraktsvilkar"
                                    ),
                                },
                                {
                                    "title": (
                                        "Forskrift om offentlige anskaffelser "
                                        "(anskaffelsesforskriften) – Lovdata"
                                    ),
                                    "url": (
                                        "https://lovdata.no/dokument/SF/forskrift/2016-08-12-974"
                                    ),
                                },
                                {
                                    "title": (
                                        "Lov om offentlige anskaffelser (anskaffelsesloven) – "
                                        "Lovdata"
                                    ),
                                    "url": "https://lovdata.no/dokument/NL/lov/2016-06-17-73",
                                },
                            ],
                        ),
                    ],
                },
            ],
        },
        {
            "title": "Modul 2: Verktøykassen for markedsdialog",
            "slug": "verktoykassen-for-markedsdialog",
            "intro": (
                "Markedsdialog er samtalen mellom kommunen og leverandørene før konkurransen "
                "starter. Her får du oversikt over åtte dialogaktiviteter, hva hver av dem "
                "egner seg til, og hvordan du setter dem sammen til en plan."
            ),
            "lessons": [
                {
                    "title": "Hvorfor markedsdialog – og hvor du begynner",
                    "slug": "hvorfor-markedsdialog",
                    "summary": (
                        "Hva markedsdialog gir kommunen, og hvordan markedsundersøkelser, "
                        "møteplasser og omvendte dialogkonferanser gir deg kunnskap tidlig."
                    ),
                    "minutes": 6,
                    "body": [
                        (
                            "paragraph",
                            (
                                "<p>Kommunen vet hva som trengs, mens leverandørene vet hva "
                                "som er mulig. Markedsdialog er måten dere deler kunnskap på "
                                "før konkurransen kunngjøres. Dialogen viser om behovet kan "
                                "dekkes nå eller først på sikt, hva løsningene kan koste, og "
                                "om kravene dere planlegger, er realistiske. Samtidig får "
                                "leverandørene vite hva som kommer, slik at flere rekker å "
                                "forberede seg og gi tilbud.</p>"
                            ),
                        ),
                        (
                            "callout",
                            {
                                "kind": "legal",
                                "title": "Dialog før konkurransen er lov",
                                "text": (
                                    "<p>Regelverket hindrer ikke kommunen i å søke og motta "
                                    "råd fra leverandører før konkurransen. Kravet er at "
                                    "leverandørene behandles likt, at ingen får en urimelig "
                                    "konkurransefordel, og at forretningshemmeligheter ikke "
                                    "røpes. Dette går vi grundig gjennom i modul 3.</p>"
                                ),
                            },
                        ),
                        ("heading", "Åtte dialogaktiviteter"),
                        (
                            "accordion",
                            [
                                {
                                    "title": "Markedsundersøkelse",
                                    "text": (
                                        "<p>Du henter inn informasjon som allerede finnes: "
                                        "nettsider, databaser, statistikk, tidligere "
                                        "kunngjøringer og erfaringer fra andre kommuner.</p>"
                                    ),
                                },
                                {
                                    "title": "Møteplass",
                                    "text": (
                                        "<p>Messer, fagkonferanser og nettverksmøter der "
                                        "innkjøpere og leverandører møtes uten at en bestemt "
                                        "anskaffelse står på dagsordenen.</p>"
                                    ),
                                },
                                {
                                    "title": "Omvendt dialogkonferanse",
                                    "text": (
                                        "<p>Leverandører eller en bransje tar initiativet og "
                                        "forteller offentlige innkjøpere om løsningene sine. "
                                        "Et eksempel er da bygge- og anleggsbransjen inviterte "
                                        "offentlige byggherrer for å vise løsninger for "
                                        "utslippsfrie byggeplasser.</p>"
                                    ),
                                },
                                {
                                    "title": "Veiledende kunngjøring",
                                    "text": (
                                        "<p>En kunngjøring i Doffin som forteller om en "
                                        "kommende anskaffelse og inviterer alle interesserte "
                                        "til dialog.</p>"
                                    ),
                                },
                                {
                                    "title": "Dialogkonferanse",
                                    "text": (
                                        "<p>Et åpent møte der kommunen presenterer behovet og "
                                        "ber om innspill fra leverandørene.</p>"
                                    ),
                                },
                                {
                                    "title": "Én-til-én-møter",
                                    "text": (
                                        "<p>Samtaler med én leverandør om gangen, ofte etter "
                                        "en dialogkonferanse.</p>"
                                    ),
                                },
                                {
                                    "title": "Skriftlig informasjon (RFI)",
                                    "text": (
                                        "<p>Skriftlige spørsmål som leverandørene svarer på "
                                        "innen en frist.</p>"
                                    ),
                                },
                                {
                                    "title": "Høring av konkurransegrunnlag",
                                    "text": (
                                        "<p>Et utkast til konkurransegrunnlag legges ut, slik "
                                        "at leverandørene kan kommentere det før "
                                        "kunngjøringen.</p>"
                                    ),
                                },
                            ],
                        ),
                        ("heading", "Begynn med det som finnes"),
                        (
                            "paragraph",
                            (
                                "<p>De tre første aktivitetene passer tidlig i arbeidet; de "
                                "andre ser vi på i de neste leksjonene. DFØ påpeker at de "
                                "fleste dialogaktiviteter starter med en markedsundersøkelse. "
                                "Spør andre kommuner hva de har kjøpt og hva de lærte, søk i "
                                "Doffin etter lignende anskaffelser, og les hva "
                                "bransjeorganisasjoner og forskningsmiljøer skriver. Da kommer "
                                "dere til dialogen med bedre spørsmål. Møteplasser og omvendte "
                                "dialogkonferanser gir i tillegg innsikt i hva som rører seg, "
                                "uten at det er knyttet til en bestemt konkurranse.</p>"
                            ),
                        ),
                        (
                            "checklist",
                            {
                                "title": "Markedsundersøkelsen bør svare på",
                                "items": [
                                    (
                                        "Finnes det løsninger som dekker hele eller deler av "
                                        "behovet?"
                                    ),
                                    "Hvor mange leverandører finnes, og er de store eller små?",
                                    ("Hva har andre kommuner kjøpt, og hvilke erfaringer har de?"),
                                    "Hvilke standarder eller regler påvirker løsningene?",
                                ],
                            },
                        ),
                        (
                            "key_takeaways",
                            [
                                (
                                    "Markedsdialog gir kommunen kunnskap om løsninger og gir "
                                    "leverandørene tid til å forberede seg."
                                ),
                                (
                                    "Dialog før konkurransen er lov når leverandørene "
                                    "behandles likt."
                                ),
                                ("Begynn med en markedsundersøkelse av det som allerede er kjent."),
                                (
                                    "Møteplasser og omvendte dialogkonferanser gir innsikt "
                                    "uten å være knyttet til en bestemt konkurranse."
                                ),
                            ],
                        ),
                        (
                            "sources",
                            [
                                {
                                    "title": "DFØ: Regler for dialog med markedet",
                                    "url": (
                                        "https://anskaffelser.no/anskaffelsesprosessen/"
                                        "anskaffelsesprosessen-steg-steg/avklare-behov-og-"
                                        "forberede-konkurransen/lage-konkurransestrategi/"
                                        "kartlegging-og-dialog-med-markedet/dialog-med-"
                                        "markedet/regler-dialog-med-markedet"
                                    ),
                                },
                                {
                                    "title": (
                                        "Kommunal Rapport: På tide med «kontinuerlig "
                                        "markedsdialog»?"
                                    ),
                                    "url": (
                                        "https://www.kommunal-rapport.no/debatt/pa-tide-med-"
                                        "kontinuerlig-markedsdialog/139209!/"
                                    ),
                                },
                            ],
                        ),
                    ],
                },
                {
                    "title": "Dialogkonferanse og én-til-én-møter",
                    "slug": "dialogkonferanse-og-en-til-en-moter",
                    "summary": (
                        "Slik inviterer du med en veiledende kunngjøring, holder en "
                        "dialogkonferanse og følger opp med én-til-én-møter."
                    ),
                    "minutes": 6,
                    "body": [
                        (
                            "paragraph",
                            (
                                "<p>Når kommunen har en foreløpig behovsbeskrivelse, er det "
                                "tid for å snakke direkte med markedet. En vanlig oppskrift "
                                "har tre trinn: Dere inviterer åpent, samler leverandørene til "
                                "en dialogkonferanse og følger opp med én-til-én-møter.</p>"
                            ),
                        ),
                        ("heading", "1. Inviter åpent med en veiledende kunngjøring"),
                        (
                            "paragraph",
                            (
                                "<p>DFØ anbefaler å bruke Doffin når du vil invitere "
                                "leverandører til dialog, med en veiledende kunngjøring. "
                                "Beskriv utfordringen og behovet, hva dere vil oppnå med "
                                "dialogen, og hvordan leverandørene kan delta. En slik "
                                "kunngjøring forplikter ikke kommunen til å kunngjøre en "
                                "konkurranse senere, og den gir ikke rett til å korte ned "
                                "tilbudsfristen. Vil dere nå leverandører i andre land, kan "
                                "dere skrive kunngjøringen på engelsk.</p>"
                            ),
                        ),
                        ("heading", "2. Hold dialogkonferansen"),
                        (
                            "paragraph",
                            (
                                "<p>På konferansen presenterer kommunen behovet, gjerne sammen "
                                "med brukere og fagfolk som forteller om utfordringene selv. "
                                "Leverandørene får stille spørsmål og gi innspill til behovet, "
                                "tidsplanen og hvordan konkurransen kan legges opp. "
                                "Konferansen kan strømmes eller holdes helt digitalt. "
                                "Erfaringene fra Kystverkets heldigitale dialogkonferanse "
                                "viser at et digitalt format kan gi flere "
                                "deltakere.</p><p>Husk at konferansen ikke er en konkurranse. "
                                "Be ikke om tilbud, og ikke la den bli et salgsmøte. Gjør "
                                "presentasjonene tilgjengelige for alle, også for dem som ikke "
                                "kunne delta.</p>"
                            ),
                        ),
                        ("heading", "3. Følg opp med én-til-én-møter"),
                        (
                            "paragraph",
                            (
                                "<p>I egne møter kan leverandørene fortelle mer om løsningene "
                                "sine enn de vil gjøre foran konkurrentene. Tilby møter til "
                                "alle som ønsker det, på like vilkår og med samme dagsorden og "
                                "tidsramme. Fordel rollene på forhånd: én eller to fra "
                                "fagsiden svarer på spørsmål, én observerer og én skriver "
                                "referat. Sett av tid mellom møtene til å drøfte hva dere har "
                                "hørt.</p>"
                            ),
                        ),
                        (
                            "checklist",
                            {
                                "title": "Før dialogkonferansen",
                                "items": [
                                    (
                                        "Behovsbeskrivelsen er skrevet slik at en "
                                        "utenforstående forstår den."
                                    ),
                                    ("Invitasjonen er kunngjort åpent, med god tid til påmelding."),
                                    "Det er klart hva dere ønsker innspill på.",
                                    (
                                        "Dere har bestemt hvordan presentasjoner, spørsmål og "
                                        "svar skal deles med alle etterpå."
                                    ),
                                    (
                                        "Alle som får tilbud om én-til-én-møte, får samme tid "
                                        "og samme spørsmål."
                                    ),
                                ],
                            },
                        ),
                        (
                            "key_takeaways",
                            [
                                (
                                    "En veiledende kunngjøring i Doffin gjør dialogen åpen og "
                                    "forplikter ikke kommunen til å kjøpe."
                                ),
                                (
                                    "På dialogkonferansen er det kommunens behov som står i "
                                    "sentrum, ikke leverandørenes salg."
                                ),
                                (
                                    "Én-til-én-møter gir dypere innsikt, men krever like "
                                    "vilkår for alle."
                                ),
                                "Fordel roller og skriv referat fra alle møter.",
                            ],
                        ),
                        (
                            "sources",
                            [
                                {
                                    "title": "DFØ: Slik inviterer du til dialog på Doffin",
                                    "url": (
                                        "https://anskaffelser.no/verktoy/veiledere/slik-"
                                        "inviterer-du-til-dialog-pa-doffin"
                                    ),
                                },
                                {
                                    "title": (
                                        "Innovative anskaffelser: Ta dine en-til-en møter til "
                                        "nye høyder"
                                    ),
                                    "url": (
                                        "https://innovativeanskaffelser.no/blogg/ta-dine-en-"
                                        "til-en-moter-til-nye-hoyder/"
                                    ),
                                },
                                {
                                    "title": (
                                        "Innovative anskaffelser: Dobbelt så mange deltakere "
                                        "med digital dialogkonferanse"
                                    ),
                                    "url": (
                                        "https://innovativeanskaffelser.no/blogg/dobbelt-sa-"
                                        "mange-deltakere-med-digital-dialogkonferanse/"
                                    ),
                                },
                                {
                                    "title": "DFØ: Regler for dialog med markedet",
                                    "url": (
                                        "https://anskaffelser.no/anskaffelsesprosessen/"
                                        "anskaffelsesprosessen-steg-steg/avklare-behov-og-"
                                        "forberede-konkurransen/lage-konkurransestrategi/"
                                        "kartlegging-og-dialog-med-markedet/dialog-med-"
                                        "markedet/regler-dialog-med-markedet"
                                    ),
                                },
                            ],
                        ),
                    ],
                },
                {
                    "title": "Skriftlig dialog og valg av aktiviteter",
                    "slug": "skriftlig-dialog-og-valg-av-aktiviteter",
                    "summary": (
                        "Når en RFI eller en høring av konkurransegrunnlaget er nyttig, og "
                        "hvordan du setter sammen dialogaktivitetene."
                    ),
                    "minutes": 6,
                    "body": [
                        (
                            "paragraph",
                            (
                                "<p>Ikke all dialog trenger å skje i møter. Skriftlig dialog "
                                "gir svar som er enkle å sammenligne og dokumentere, og den "
                                "når leverandører som ikke har tid eller råd til å reise på "
                                "konferanse.</p>"
                            ),
                        ),
                        ("heading", "Skriftlig informasjon (RFI)"),
                        (
                            "paragraph",
                            (
                                "<p>I en forespørsel om informasjon, ofte kalt RFI "
                                "(<em>request for information</em>), sender kommunen ut "
                                "skriftlige spørsmål og ber leverandørene svare innen en "
                                "frist. En RFI fungerer best når dere kjenner området rimelig "
                                "godt og har konkrete spørsmål, for eksempel om hvor modne "
                                "løsningene er, prismodeller, tiden det tar å innføre dem, "
                                "eller krav som kan være vanskelige å oppfylle. Vage spørsmål "
                                "gir sprikende svar som er vanskelige å bruke. Publiser RFI-en "
                                "åpent, for eksempel med en veiledende kunngjøring i Doffin, "
                                "slik at alle interesserte kan svare.</p>"
                            ),
                        ),
                        ("heading", "Høring av konkurransegrunnlag"),
                        (
                            "paragraph",
                            (
                                "<p>Sent i forberedelsene kan dere legge hele eller deler av "
                                "konkurransegrunnlaget, kravspesifikasjonen eller "
                                "kontraktsvilkårene ut på høring, i Doffin eller på kommunens "
                                "nettside. Leverandørene kan da peke på krav som er uklare, "
                                "unødvendig strenge eller stenger ute gode løsninger. Det er "
                                "langt billigere å rette slikt før kunngjøringen enn å svare "
                                "på mange spørsmål, behandle klager eller avlyse senere.</p>"
                            ),
                        ),
                        (
                            "callout",
                            {
                                "kind": "warning",
                                "title": "Tenk på leverandørenes tid",
                                "text": (
                                    "<p>Det koster leverandørene tid å svare på en RFI eller "
                                    "en høring. Hold spørsmålene korte og relevante, og gi en "
                                    "rimelig frist. Ellers risikerer dere at bare de største "
                                    "leverandørene svarer.</p>"
                                ),
                            },
                        ),
                        ("heading", "Velg aktivitetene etter hva du trenger å vite"),
                        (
                            "paragraph",
                            (
                                "<ul><li><strong>Vet dere lite om markedet?</strong> Start med "
                                "markedsundersøkelse og møteplasser.</li><li><strong>Vil dere "
                                "nå mange og teste behovsbeskrivelsen?</strong> Bruk "
                                "veiledende kunngjøring og "
                                "dialogkonferanse.</li><li><strong>Trenger dere innsikt i "
                                "enkeltløsninger?</strong> Bruk "
                                "én-til-én-møter.</li><li><strong>Har dere konkrete spørsmål "
                                "som skal sammenlignes?</strong> Send en "
                                "RFI.</li><li><strong>Er konkurransegrunnlaget nesten "
                                "ferdig?</strong> Legg det ut på høring.</li></ul><p>For noen "
                                "anskaffelser holder én aktivitet. For store eller nye "
                                "anskaffelser kan det være riktig å bruke flere etter "
                                "hverandre.</p>"
                            ),
                        ),
                        (
                            "reflection",
                            (
                                "Hvilken av dialogaktivitetene har kommunen din aldri brukt – "
                                "og hvilken anskaffelse kunne hatt nytte av den?"
                            ),
                        ),
                        (
                            "key_takeaways",
                            [
                                "En RFI gir sammenlignbare svar når spørsmålene er konkrete.",
                                (
                                    "Høring av konkurransegrunnlaget fanger opp uklare og "
                                    "unødvendige krav før kunngjøringen."
                                ),
                                (
                                    "Velg dialogaktiviteter ut fra hva dere trenger å vite og "
                                    "hvor langt dere har kommet."
                                ),
                                "Ta hensyn til hvor mye tid leverandørene må bruke på å svare.",
                            ],
                        ),
                        (
                            "sources",
                            [
                                {
                                    "title": "DFØ: Regler for dialog med markedet",
                                    "url": (
                                        "https://anskaffelser.no/anskaffelsesprosessen/"
                                        "anskaffelsesprosessen-steg-steg/avklare-behov-og-"
                                        "forberede-konkurransen/lage-konkurransestrategi/"
                                        "kartlegging-og-dialog-med-markedet/dialog-med-"
                                        "markedet/regler-dialog-med-markedet"
                                    ),
                                },
                                {
                                    "title": "DFØ: Slik inviterer du til dialog på Doffin",
                                    "url": (
                                        "https://anskaffelser.no/verktoy/veiledere/slik-"
                                        "inviterer-du-til-dialog-pa-doffin"
                                    ),
                                },
                            ],
                        ),
                    ],
                },
            ],
        },
        {
            "title": "Modul 3: Likebehandling og dialog i praksis",
            "slug": "likebehandling-og-dialog-i-praksis",
            "intro": (
                "Markedsdialog er lov, men den må gjøres ryddig. Denne modulen viser hvilke "
                "rammer regelverket setter, hvordan du dokumenterer og deler informasjon, og "
                "hvordan tolv kommuner i Møre og Romsdal la opp en felles markedsdialog."
            ),
            "lessons": [
                {
                    "title": "Rammene for lovlig dialog",
                    "slug": "rammene-for-lovlig-dialog",
                    "summary": (
                        "Hva likebehandling betyr før konkurransen, og hvordan du unngår at én "
                        "leverandør får en urimelig fordel."
                    ),
                    "minutes": 6,
                    "body": [
                        (
                            "paragraph",
                            (
                                "<p>Mange kommuner er redde for å snakke med leverandører før "
                                "en konkurranse. Ofte er frykten større enn risikoen. "
                                "Regelverket åpner for dialog, men setter noen klare rammer. "
                                "Kjenner du dem, kan du bruke dialogen fullt ut.</p>"
                            ),
                        ),
                        (
                            "callout",
                            {
                                "kind": "legal",
                                "title": (
                                    "Anskaffelsesloven § 4 og reglene om dialog før konkurransen"
                                ),
                                "text": (
                                    "<p>Etter anskaffelsesloven § 4 skal kommunen følge de "
                                    "grunnleggende prinsippene om konkurranse, likebehandling, "
                                    "forutberegnelighet, etterprøvbarhet og forholdsmessighet. "
                                    "Anskaffelsesforskriften har i tillegg egne regler om "
                                    "dialog før konkurransen, både for anskaffelser under og "
                                    "over EØS-terskelverdiene. Kommunen kan gjennomføre "
                                    "markedsundersøkelser og søke eller motta råd fra "
                                    "eksperter, myndigheter og leverandører, så lenge rådene "
                                    "ikke vrir konkurransen eller bryter med prinsippene om "
                                    "ikke-diskriminering og åpenhet.</p>"
                                ),
                            },
                        ),
                        ("heading", "Hva kan gå galt?"),
                        (
                            "paragraph",
                            (
                                "<p>Den største risikoen er at én leverandør får et forsprang. "
                                "Det kan skje på flere måter:</p><ul><li>Kravspesifikasjonen "
                                "bygger på én leverandørs produktark, slik at bare den "
                                "leverandøren oppfyller kravene.</li><li>Én leverandør får "
                                "vite mer om behovet, budsjettet eller tidsplanen enn de "
                                "andre.</li><li>Én leverandør får mye bedre tid til å "
                                "forberede seg enn resten.</li><li>Kommunen røper én "
                                "leverandørs forretningshemmeligheter til "
                                "konkurrentene.</li></ul><p>Det samme gjelder hvis en "
                                "leverandør eller rådgiver har hjulpet kommunen med å skrive "
                                "kravspesifikasjonen og senere vil gi tilbud.</p>"
                            ),
                        ),
                        ("heading", "Slik utjevner du fordeler"),
                        (
                            "paragraph",
                            (
                                "<p>Har en leverandør fått en fordel gjennom dialogen, må "
                                "kommunen gjøre noe med det. Det vanligste er å dele all "
                                "relevant informasjon fra dialogen med alle leverandørene, og "
                                "å gi en tilbudsfrist som er lang nok til at alle rekker å "
                                "forberede seg. Å avvise en leverandør som har vært med i "
                                "forberedelsene, er en siste utvei når det ikke finnes andre "
                                "måter å sikre likebehandling på.</p><p>Husk også tidspunktet. "
                                "Dialogen om behov og krav må skje før konkurransen "
                                "kunngjøres. Etter kunngjøringen er det for sent å ta hensyn "
                                "til nye råd, og kontakten med leverandørene følger da reglene "
                                "for prosedyren dere har valgt.</p>"
                            ),
                        ),
                        (
                            "callout",
                            {
                                "kind": "tip",
                                "title": "En enkel tommelfingerregel",
                                "text": (
                                    "<p>Spør deg selv: Kunne jeg vist hele denne samtalen til "
                                    "de andre leverandørene uten å bli flau? Hvis svaret er "
                                    "ja, er du trolig på trygg grunn.</p>"
                                ),
                            },
                        ),
                        (
                            "reflection",
                            (
                                "Har kommunen din noen gang brukt materiell fra én leverandør "
                                "som mal for en kravspesifikasjon? Hva kunne dere gjort "
                                "annerledes?"
                            ),
                        ),
                        (
                            "key_takeaways",
                            [
                                (
                                    "Dialog før konkurransen er lov så lenge ingen leverandør "
                                    "får en urimelig fordel."
                                ),
                                "Ikke bygg kravene på én leverandørs produkt.",
                                (
                                    "Del informasjon fra dialogen med alle, og gi lang nok "
                                    "tilbudsfrist."
                                ),
                                (
                                    "Dialogen om behov og krav må være ferdig før konkurransen "
                                    "kunngjøres."
                                ),
                            ],
                        ),
                        (
                            "sources",
                            [
                                {
                                    "title": (
                                        "Lov om offentlige anskaffelser (anskaffelsesloven) – "
                                        "Lovdata"
                                    ),
                                    "url": "https://lovdata.no/dokument/NL/lov/2016-06-17-73",
                                },
                                {
                                    "title": (
                                        "Forskrift om offentlige anskaffelser "
                                        "(anskaffelsesforskriften) – Lovdata"
                                    ),
                                    "url": (
                                        "https://lovdata.no/dokument/SF/forskrift/2016-08-12-974"
                                    ),
                                },
                                {
                                    "title": "DFØ: Regler for dialog med markedet",
                                    "url": (
                                        "https://anskaffelser.no/anskaffelsesprosessen/"
                                        "anskaffelsesprosessen-steg-steg/avklare-behov-og-"
                                        "forberede-konkurransen/lage-konkurransestrategi/"
                                        "kartlegging-og-dialog-med-markedet/dialog-med-"
                                        "markedet/regler-dialog-med-markedet"
                                    ),
                                },
                                {
                                    "title": (
                                        "Nærings- og fiskeridepartementet: Veileder til "
                                        "reglene om offentlige anskaffelser"
                                    ),
                                    "url": (
                                        "https://www.regjeringen.no/no/dokumenter/veileder-"
                                        "offentlige-anskaffelser/id2581234/"
                                    ),
                                },
                            ],
                        ),
                    ],
                },
                {
                    "title": "Dokumenter og del dialogen",
                    "slug": "dokumenter-og-del-dialogen",
                    "summary": (
                        "En praktisk arbeidsmåte for å dokumentere markedsdialogen og dele "
                        "informasjon, slik at prosessen tåler ettersyn."
                    ),
                    "minutes": 6,
                    "body": [
                        (
                            "paragraph",
                            (
                                "<p>Etterprøvbarhet betyr at andre i ettertid skal kunne se "
                                "hva som skjedde og hvorfor. For markedsdialog betyr det at "
                                "kommunen må kunne vise hvem den snakket med, hva som ble "
                                "sagt, og hvordan innspillene ble brukt. God dokumentasjon "
                                "beskytter både kommunen og leverandørene, og den gjør det "
                                "lettere å forklare valgene dere tok hvis noen klager.</p>"
                            ),
                        ),
                        ("heading", "Før, under og etter dialogen"),
                        (
                            "paragraph",
                            (
                                "<h3>Før</h3><p>Lag en enkel plan: formål, hvilke aktiviteter "
                                "dere skal bruke, hvem som deltar fra kommunen, og hva som "
                                "skal deles med hvem. Fortell leverandørene på forhånd hva som "
                                "blir gjort kjent for alle, og be dem merke opplysninger de "
                                "mener er forretningshemmeligheter.</p><h3>Under</h3><p>Skriv "
                                "referat fra alle møter, også fra uformelle samtaler om "
                                "anskaffelsen. Noter hvem som deltok, hva kommunen fortalte, "
                                "og hvilke innspill som kom. Svar likt på like spørsmål. Får "
                                "dere henvendelser fra leverandører utenom de planlagte "
                                "aktivitetene, noterer dere dem på samme måte og vurderer om "
                                "informasjonen bør deles med "
                                "alle.</p><h3>Etter</h3><p>Publiser presentasjoner, spørsmål "
                                "og svar og et sammendrag av innspillene, for eksempel som "
                                "vedlegg til konkurransegrunnlaget. Skriv ned hvilke innspill "
                                "dere tok med, hvilke dere lot ligge, og hvorfor.</p><p>Husk "
                                "at dokumentene i kommunen som hovedregel er offentlige etter "
                                "offentleglova, mens leverandørenes forretningshemmeligheter "
                                "er underlagt taushetsplikt. Skill derfor tydelig mellom det "
                                "som kan deles, og det som må skjermes.</p>"
                            ),
                        ),
                        (
                            "checklist",
                            {
                                "title": "Dokumentasjonen bør vise",
                                "items": [
                                    (
                                        "Hvordan leverandørene ble invitert, og at "
                                        "invitasjonen var åpen."
                                    ),
                                    (
                                        "Hvem som deltok på dialogkonferansen, og hvilke "
                                        "én-til-én-møter som ble holdt."
                                    ),
                                    "Referat fra hvert møte, med dato og deltakere.",
                                    "Hvilken informasjon som ble delt med alle, og når.",
                                    (
                                        "Hvordan innspillene påvirket behovsbeskrivelsen, "
                                        "kravene og valget av prosedyre."
                                    ),
                                ],
                            },
                        ),
                        (
                            "callout",
                            {
                                "kind": "tip",
                                "title": "Én dør inn",
                                "text": (
                                    "<p>Utpek én kontaktperson for leverandørene i "
                                    "dialogfasen. Da er det lettere å sikre at alle får den "
                                    "samme informasjonen, og at alle henvendelser blir "
                                    "dokumentert.</p>"
                                ),
                            },
                        ),
                        (
                            "reflection",
                            (
                                "Hvor ville du funnet dokumentasjonen fra den siste "
                                "markedsdialogen kommunen din gjennomførte – og ville en "
                                "utenforstående forstått den?"
                            ),
                        ),
                        (
                            "key_takeaways",
                            [
                                (
                                    "Dokumenter hvem dere snakket med, hva som ble sagt, og "
                                    "hvordan innspillene ble brukt."
                                ),
                                (
                                    "Avklar på forhånd hva som blir delt, og respekter "
                                    "forretningshemmeligheter."
                                ),
                                "Del presentasjoner, spørsmål og svar med alle leverandørene.",
                                (
                                    "God dokumentasjon gjør det lettere å forklare valgene "
                                    "hvis noen klager."
                                ),
                            ],
                        ),
                        (
                            "sources",
                            [
                                {
                                    "title": "DFØ: Regler for dialog med markedet",
                                    "url": (
                                        "https://anskaffelser.no/anskaffelsesprosessen/"
                                        "anskaffelsesprosessen-steg-steg/avklare-behov-og-"
                                        "forberede-konkurransen/lage-konkurransestrategi/"
                                        "kartlegging-og-dialog-med-markedet/dialog-med-"
                                        "markedet/regler-dialog-med-markedet"
                                    ),
                                },
                                {
                                    "title": (
                                        "Innovative anskaffelser: Ta dine en-til-en møter til "
                                        "nye høyder"
                                    ),
                                    "url": (
                                        "https://innovativeanskaffelser.no/blogg/ta-dine-en-"
                                        "til-en-moter-til-nye-hoyder/"
                                    ),
                                },
                                {
                                    "title": (
                                        "Lov om offentlige anskaffelser (anskaffelsesloven) – "
                                        "Lovdata"
                                    ),
                                    "url": "https://lovdata.no/dokument/NL/lov/2016-06-17-73",
                                },
                                {
                                    "title": (
                                        "Lov om rett til innsyn i dokument i offentleg "
                                        "verksemd (offentleglova) – Lovdata"
                                    ),
                                    "url": "https://lovdata.no/dokument/NL/lov/2006-05-19-16",
                                },
                            ],
                        ),
                    ],
                },
                {
                    "title": (
                        "Eksempel: Felles markedsdialog om velferdsteknologi i Møre og Romsdal"
                    ),
                    "slug": "eksempel-velferdsteknologi-more-og-romsdal",
                    "summary": (
                        "Hvordan tolv kommuner gikk sammen om en åpen markedsdialog om "
                        "helhetlige løsninger for velferdsteknologi."
                    ),
                    "minutes": 6,
                    "body": [
                        (
                            "paragraph",
                            (
                                "<p>I 2016 inviterte tolv kommuner i Møre og Romsdal "
                                "leverandører til en felles dialog om det de kalte "
                                "«heilheitlege løysingar for velferdsteknologi». Eksemplet "
                                "viser hvordan flere kommuner kan beskrive et felles behov og "
                                "gå åpent ut til markedet før noen av dem har bestemt hva de "
                                "skal kjøpe. Vi ser her på hvordan dialogen ble lagt opp, ikke "
                                "på hva kommunene kjøpte etterpå.</p>"
                            ),
                        ),
                        ("heading", "Bakgrunnen"),
                        (
                            "paragraph",
                            (
                                "<p>Kommunene var Aukra, Norddal, Rauma, Sandøy, Skodje, Sula, "
                                "Stranda, Sykkylven, Volda, Ørskog, Ørsta og Ålesund, slik "
                                "kommuneinndelingen var i 2016. Alle var partnere i ALV-Møre "
                                "og Romsdal, en arena for læring om velferdsteknologi. "
                                "Initiativet vokste fram i et læringsnettverk om smarte "
                                "offentlige anskaffelser av velferdsteknologi, som ALV-Møre og "
                                "Romsdal arrangerte sammen med Nasjonalt program for "
                                "leverandørutvikling.</p><p>Gjennom samlingene fant kommunene "
                                "ut at de hadde et felles ønske: helhetlige "
                                "velferdsteknologiske løsninger, enten anskaffelsen gjaldt "
                                "hjemmeboende, kommunale bygg eller mottak og responssenter. I "
                                "stedet for å gå hver for seg valgte de å bygge mer kunnskap "
                                "sammen før de kommende anskaffelsene, gjennom en felles "
                                "dialog med næringslivet.</p>"
                            ),
                        ),
                        ("heading", "Slik la de opp dialogen"),
                        (
                            "paragraph",
                            (
                                "<ol><li><strong>Veiledende kunngjøring i Doffin</strong> (nr. "
                                "2016-232052), slik at alle interesserte leverandører fikk "
                                "vite om dialogen.</li><li><strong>Et dialognotat</strong> med "
                                "mer detaljert informasjon, som skulle legges ut 20. "
                                "august.</li><li><strong>En dialogkonferanse</strong> 13. "
                                "september.</li></ol><p>Kommunene skrev at de ønsket at "
                                "prosessen skulle komme brukere, kommuner, akademia og "
                                "næringsliv til gode.</p>"
                            ),
                        ),
                        (
                            "callout",
                            {
                                "kind": "tip",
                                "title": "Hva du kan lære av eksemplet",
                                "text": (
                                    "<ul><li>Et behov beskrevet på tvers av tjenester gir et "
                                    "tydeligere signal enn mange små produktkrav.</li><li>Når "
                                    "flere kommuner står sammen, blir markedet større og mer "
                                    "interessant for leverandørene.</li><li>En åpen "
                                    "kunngjøring og et felles dialognotat gir alle "
                                    "leverandørene den samme informasjonen "
                                    "samtidig.</li><li>Et læringsnettverk kan gi kommunene "
                                    "trygghet til å prøve en ny arbeidsmåte.</li></ul>"
                                ),
                            },
                        ),
                        (
                            "case_reference",
                            {
                                "title": "Digital plattform for ombruk av byggematerialer",
                                "organization": "Trøndelag fylkeskommune",
                                "url": (
                                    "https://www.trondelagfylke.no/om-oss/eiendom/Materialombruk/"
                                ),
                                "note": (
                                    "Også her gikk flere store offentlige byggherrer sammen, "
                                    "blant annet for å vise leverandørene hvor stort markedet "
                                    "for ombruk kan bli."
                                ),
                            },
                        ),
                        (
                            "reflection",
                            (
                                "Hvilket behov deler kommunen din med nabokommunene – og kunne "
                                "dere gått sammen om markedsdialogen?"
                            ),
                        ),
                        (
                            "key_takeaways",
                            [
                                (
                                    "Tolv kommuner beskrev et felles behov før noen av dem "
                                    "hadde bestemt hva de skulle kjøpe."
                                ),
                                (
                                    "Dialogen ble kunngjort åpent i Doffin og fulgt opp med et "
                                    "dialognotat og en dialogkonferanse."
                                ),
                                (
                                    "Felles markedsdialog gir leverandørene et tydeligere og "
                                    "større marked å svare på."
                                ),
                                (
                                    "Læringsnettverk kan gi kommunene mot og kompetanse til å "
                                    "prøve nye arbeidsmåter."
                                ),
                            ],
                        ),
                        (
                            "sources",
                            [
                                {
                                    "title": (
                                        "ALV-Møre og Romsdal: Dialogkonferanse 13. september"
                                    ),
                                    "url": (
                                        "https://alv-more.no/aktuelt/59-dialogkonferanse-13-"
                                        "september"
                                    ),
                                },
                                {
                                    "title": (
                                        "ALV-Møre og Romsdal: Signering av partnarskapsavtalen"
                                    ),
                                    "url": (
                                        "https://alv-more.no/aktuelt/46-signering-av-"
                                        "partnarskapsavtalen"
                                    ),
                                },
                                {
                                    "title": "DFØ: Slik inviterer du til dialog på Doffin",
                                    "url": (
                                        "https://anskaffelser.no/verktoy/veiledere/slik-"
                                        "inviterer-du-til-dialog-pa-doffin"
                                    ),
                                },
                                {
                                    "title": ("Trøndelag fylkeskommune: Ombruk av byggematerialer"),
                                    "url": (
                                        "https://www.trondelagfylke.no/om-oss/eiendom/"
                                        "Materialombruk/"
                                    ),
                                },
                            ],
                        ),
                    ],
                },
            ],
        },
    ],
}
