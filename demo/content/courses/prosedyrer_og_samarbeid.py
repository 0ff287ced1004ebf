"""Prosedyrer og samarbeid for innovasjon - demo course content (Bokmål).

Loaded by the setup_demo command.
"""

COURSE = {
    "title": "Prosedyrer og samarbeid for innovasjon",
    "slug": "prosedyrer-og-samarbeid",
    "summary": (
        "Lær når du bør velge forhandling, dialog, innovasjonspartnerskap, førkommersiell "
        "anskaffelse eller plan- og designkonkurranse, hvordan kommuner anskaffer sammen, og "
        "hvordan klima- og miljøkrav kan drive fram nye løsninger."
    ),
    "audience": (
        "Innkjøpere, prosjektledere og ledere i kommuner som vil bruke regelverkets muligheter for "
        "innovasjon og samarbeid."
    ),
    "estimated_minutes": 80,
    "objectives": [
        "Etter kurset kan du velge prosedyre ut fra behovet og hvor godt du kjenner løsningen.",
        (
            "Etter kurset kan du forklare hva konkurranse med forhandling, konkurransepreget "
            "dialog, innovasjonspartnerskap, førkommersiell anskaffelse og plan- og "
            "designkonkurranse brukes til, og hvilke risikoer de har."
        ),
        (
            "Etter kurset kan du organisere en felles anskaffelse med flere kommuner, med tydelige "
            "roller og opsjoner."
        ),
        (
            "Etter kurset kan du bruke klima- og miljøkrav og -kriterier i tråd med "
            "anskaffelsesforskriften § 7-9."
        ),
    ],
    "phases": [
        "markedsdialog",
        "konkurranse",
        "kontrakt",
        "implementering",
        "spredning",
    ],
    "topics": [
        "prosedyrer",
        "samarbeid",
        "klima-miljo",
        "regelverk",
        "innovasjon",
    ],
    "modules": [
        {
            "title": "Modul 1: Forhandling og dialog",
            "slug": "forhandling-og-dialog",
            "intro": (
                "Åpen og begrenset anbudskonkurranse passer når du vet nøyaktig hva du skal kjøpe. "
                "Denne modulen viser når du kan og bør bruke prosedyrer som lar deg snakke med "
                "leverandørene underveis: konkurranse med forhandling og konkurransepreget dialog. "
                "Du lærer vilkårene, gangen i prosessen og de vanligste fallgruvene, med eksempler "
                "fra Steinkjer kommune og Statens vegvesen."
            ),
            "lessons": [
                {
                    "title": "Velg prosedyre etter hvor godt du kjenner løsningen",
                    "slug": "velg-prosedyre",
                    "summary": (
                        "En oversikt over prosedyrene som gir rom for innovasjon, og spørsmålet "
                        "som avgjør valget."
                    ),
                    "minutes": 8,
                    "body": [
                        (
                            "paragraph",
                            (
                                "<p>Valget av prosedyre er en av de viktigste beslutningene i en "
                                "innovativ anskaffelse. Prosedyren bestemmer hvor mye du kan "
                                "snakke med leverandørene, hvor lang tid prosessen tar, og om du "
                                "kan kjøpe noe som ennå ikke finnes. Et godt utgangspunkt er å "
                                "spørre: Hvor godt kjenner vi løsningen på behovet vårt?</p>"
                            ),
                        ),
                        (
                            "heading",
                            "Fire situasjoner – fire typer prosedyre",
                        ),
                        (
                            "paragraph",
                            (
                                "<ul><li><strong>Du vet hva du skal kjøpe, og løsningen "
                                "finnes.</strong> Åpen eller begrenset anbudskonkurranse er ofte "
                                "nok. Innovasjonen ligger da i funksjonskravene og "
                                "tildelingskriteriene.</li><li><strong>Løsningen finnes, men må "
                                "tilpasses.</strong> Konkurranse med forhandling lar deg forbedre "
                                "tilbudene sammen med leverandørene.</li><li><strong>Du kjenner "
                                "behovet, men ikke løsningen.</strong> Konkurransepreget dialog "
                                "lar leverandørene foreslå løsninger før du fastsetter "
                                "kravene.</li><li><strong>Løsningen finnes ikke.</strong> "
                                "Innovasjonspartnerskap, førkommersiell anskaffelse eller plan- og "
                                "designkonkurranse gir rom for utvikling.</li></ul>"
                            ),
                        ),
                        (
                            "callout",
                            {
                                "kind": "legal",
                                "title": "Vilkår for forhandling og dialog over EØS-terskelverdi",
                                "text": (
                                    "<p>Etter anskaffelsesforskriften § 13-2 kan du bruke "
                                    "konkurranse med forhandling eller konkurransepreget dialog "
                                    "blant annet når behovet ikke kan dekkes uten å tilpasse "
                                    "løsninger som finnes, når ytelsen omfatter design eller "
                                    "innovative løsninger, når kontrakten ikke kan tildeles uten "
                                    "forhandlinger på grunn av kompleksitet eller risiko, eller "
                                    "når du ikke kan beskrive kravene presist nok. Under "
                                    "EØS-terskelverdi kan du velge å forhandle i en "
                                    "tilbudskonkurranse.</p>"
                                ),
                            },
                        ),
                        (
                            "accordion",
                            [
                                {
                                    "title": "Konkurranse med forhandling",
                                    "text": (
                                        "<p>To trinn: prekvalifisering, deretter tilbud og "
                                        "forhandlinger om alle sider av tilbudet, unntatt "
                                        "minstekrav og tildelingskriterier.</p>"
                                    ),
                                },
                                {
                                    "title": "Konkurransepreget dialog",
                                    "text": (
                                        "<p>Dialog med hver leverandør om mulige løsninger. Først "
                                        "når løsningen er klar, leverer leverandørene endelige "
                                        "tilbud.</p>"
                                    ),
                                },
                                {
                                    "title": "Innovasjonspartnerskap",
                                    "text": (
                                        "<p>Utvikling og kjøp i én prosedyre, for løsninger som "
                                        "ikke finnes i markedet.</p>"
                                    ),
                                },
                                {
                                    "title": "Førkommersiell anskaffelse (PCP)",
                                    "text": (
                                        "<p>Kjøp av forsknings- og utviklingstjenester i "
                                        "konkurrerende faser. Faller utenfor "
                                        "anskaffelsesregelverket når vilkårene for FoU-unntaket er "
                                        "oppfylt. Kjøpet av en ferdig løsning krever en ny "
                                        "anskaffelse.</p>"
                                    ),
                                },
                                {
                                    "title": "Plan- og designkonkurranse",
                                    "text": (
                                        "<p>Konkurranse om en plan, et konsept eller et design, "
                                        "som en jury vurderer anonymt.</p>"
                                    ),
                                },
                            ],
                        ),
                        (
                            "callout",
                            {
                                "kind": "warning",
                                "title": "Mer dialog krever mer kapasitet",
                                "text": (
                                    "<p>Prosedyrer med dialog tar lengre tid og krever et team som "
                                    "har mandat til å ta beslutninger underveis. Planlegg "
                                    "ressursene før du velger.</p>"
                                ),
                            },
                        ),
                        (
                            "reflection",
                            (
                                "Tenk på en anskaffelse kommunen din skal gjennomføre neste år. "
                                "Hvor godt kjenner dere løsningen – og hvilken prosedyre peker det "
                                "mot?"
                            ),
                        ),
                        (
                            "key_takeaways",
                            [
                                (
                                    "Velg prosedyre ut fra hvor godt du kjenner løsningen, ikke ut "
                                    "fra vane."
                                ),
                                (
                                    "Over EØS-terskelverdi krever forhandling og dialog at "
                                    "vilkårene i anskaffelsesforskriften § 13-2 er oppfylt."
                                ),
                                (
                                    "Når løsningen ikke finnes, kan innovasjonspartnerskap, "
                                    "førkommersiell anskaffelse eller plan- og designkonkurranse "
                                    "være riktig."
                                ),
                                (
                                    "Mer dialog gir ofte bedre løsninger, men krever mer tid og "
                                    "kompetanse."
                                ),
                            ],
                        ),
                        (
                            "sources",
                            [
                                {
                                    "title": (
                                        "Veileder til reglene om offentlige anskaffelser – "
                                        "Nærings- og fiskeridepartementet"
                                    ),
                                    "url": (
                                        "https://www.regjeringen.no/no/dokumenter/veileder-"
                                        "offentlige-anskaffelser/id2581234/"
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
                                    "title": "Konkurransepreget dialog – anskaffelser.no (DFØ)",
                                    "url": (
                                        "https://anskaffelser.no/avtaler-og-regelverk/"
                                        "anskaffelsesprosedyrer/konkurransepreget-dialog"
                                    ),
                                },
                            ],
                        ),
                    ],
                },
                {
                    "title": "Konkurranse med forhandling",
                    "slug": "konkurranse-med-forhandling",
                    "summary": (
                        "Slik forbedrer du tilbudene gjennom forhandlinger uten å "
                        "forskjellsbehandle leverandørene."
                    ),
                    "minutes": 8,
                    "body": [
                        (
                            "paragraph",
                            (
                                "<p>Konkurranse med forhandling passer når løsningene finnes i "
                                "markedet, men må tilpasses behovet ditt. I stedet for å ta imot "
                                "tilbudene slik de er, kan du forhandle med leverandørene og la "
                                "dem forbedre både løsning, pris og vilkår. Det gir ofte bedre "
                                "kvalitet, særlig i komplekse kjøp der kommunen ikke kan beskrive "
                                "alt på forhånd.</p>"
                            ),
                        ),
                        (
                            "heading",
                            "Slik foregår det",
                        ),
                        (
                            "paragraph",
                            (
                                "<ol><li>Du kunngjør konkurransen, og interesserte leverandører "
                                "ber om å få delta.</li><li>Du prekvalifiserer leverandørene og "
                                "kan velge ut et begrenset antall etter kriterier du har opplyst "
                                "om.</li><li>De utvalgte leverer førstegangstilbud.</li><li>Du "
                                "forhandler, gjerne i flere runder. Antallet leverandører kan "
                                "reduseres underveis hvis du har sagt det i "
                                "konkurransegrunnlaget.</li><li>Leverandørene leverer endelige "
                                "tilbud, som du evaluerer etter "
                                "tildelingskriteriene.</li></ol><p>Du kan forhandle om alle sider "
                                "av tilbudet, men ikke om minstekravene eller "
                                "tildelingskriteriene. De ligger fast gjennom hele prosessen.</p>"
                            ),
                        ),
                        (
                            "callout",
                            {
                                "kind": "warning",
                                "title": "Risiko: forskjellsbehandling og høye kostnader",
                                "text": (
                                    "<p>Forhandlinger er krevende å gjennomføre rettferdig. Gi "
                                    "alle leverandørene den samme informasjonen samtidig, del "
                                    "aldri én leverandørs løsninger eller priser med andre uten "
                                    "samtykke, og skriv referat fra alle møter. Sett av nok tid: "
                                    "Forhandlinger krever forberedelse, og leverandørene bruker "
                                    "også ressurser på å delta.</p>"
                                ),
                            },
                        ),
                        (
                            "case_reference",
                            {
                                "title": "Nye Steinkjer skole – utviklingsentreprise og samspill",
                                "organization": "Steinkjer kommune",
                                "url": (
                                    "https://www.steinkjer.kommune.no/nye-steinkjer-skole.6013440-"
                                    "58206.html"
                                ),
                                "note": (
                                    "Kommunen brukte konkurranse med forhandling for å velge et "
                                    "team som skulle utvikle og bygge en ny skole i samspill med "
                                    "kommunen."
                                ),
                            },
                        ),
                        (
                            "paragraph",
                            (
                                "<p>Steinkjer kommune brukte konkurranse med forhandling etter "
                                "forutgående kunngjøring da kommunen skulle velge totalentreprenør "
                                "for nye Steinkjer skole. Oppdraget omfattet prosjektering, riving "
                                "av eksisterende bygg, bygging og prøvedrift, og kommunen valgte "
                                "utviklingsentreprise og samspill som gjennomføringsmodell. Fem "
                                "team ble prekvalifisert i mars 2017. En evalueringskomité med "
                                "blant andre arkitekt, landskapsarkitekt og rektor vurderte "
                                "designforslagene. Eksemplet viser hvordan forhandlinger kan "
                                "kombineres med en kontrakt der entreprenøren tidlig bidrar med "
                                "egne løsninger.</p>"
                            ),
                        ),
                        (
                            "checklist",
                            {
                                "title": "Før du forhandler",
                                "items": [
                                    (
                                        "Beskriv minstekravene og tildelingskriteriene som ikke "
                                        "skal endres."
                                    ),
                                    "Bestem på forhånd om forhandlingene skal skje i faser.",
                                    "Lag en plan med tema og tidsplan for hver forhandlingsrunde.",
                                    "Avklar hvem som har fullmakt til å forhandle for kommunen.",
                                    "Sørg for at alle møter blir dokumentert.",
                                ],
                            },
                        ),
                        (
                            "key_takeaways",
                            [
                                (
                                    "Konkurranse med forhandling passer når løsningen finnes, men "
                                    "må tilpasses."
                                ),
                                (
                                    "Du kan forhandle om alt unntatt minstekravene og "
                                    "tildelingskriteriene."
                                ),
                                (
                                    "Likebehandling og god dokumentasjon er avgjørende i alle "
                                    "forhandlinger."
                                ),
                            ],
                        ),
                        (
                            "sources",
                            [
                                {
                                    "title": (
                                        "Konkurranse med forhandling etter forutgående kunngjøring "
                                        "– regjeringen.no"
                                    ),
                                    "url": (
                                        "https://www.regjeringen.no/no/tema/naringsliv/"
                                        "konkurransepolitikk/offentlige-anskaffelser-/andre-"
                                        "kolonne/anskaffelsesprosedyrer-i-del-iii/konkurranse-med-"
                                        "forhandling-etter-forutgaende-kunngjoring/id2568588/"
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
                                    "title": "Nye Steinkjer skole – Steinkjer kommune",
                                    "url": (
                                        "https://www.steinkjer.kommune.no/nye-steinkjer-"
                                        "skole.6013440-58206.html"
                                    ),
                                },
                            ],
                        ),
                    ],
                },
                {
                    "title": "Konkurransepreget dialog",
                    "slug": "konkurransepreget-dialog",
                    "summary": (
                        "Når du kjenner behovet, men trenger markedets hjelp til å finne løsningen."
                    ),
                    "minutes": 9,
                    "body": [
                        (
                            "paragraph",
                            (
                                "<p>I en konkurransepreget dialog vet oppdragsgiveren hva den vil "
                                "oppnå, men ikke hvordan. Leverandørene foreslår løsninger, og "
                                "gjennom dialogen finner dere ut hvilke som best dekker behovet. "
                                "Først da leverer leverandørene endelige tilbud. Prosedyren har de "
                                "samme vilkårene som konkurranse med forhandling, men gjennomføres "
                                "annerledes.</p>"
                            ),
                        ),
                        (
                            "heading",
                            "Gangen i en dialog",
                        ),
                        (
                            "paragraph",
                            (
                                "<p>Du prekvalifiserer leverandører og inviterer dem til dialog på "
                                "grunnlag av en beskrivelse av behovet. Dialogen føres med hver "
                                "leverandør for seg, i én eller flere runder, og kan handle om "
                                "teknikk, økonomi, juss og gjennomføring. Én leverandørs løsninger "
                                "skal ikke deles med de andre uten samtykke. Når dialogen har vist "
                                "hvordan behovet kan dekkes, avslutter du den og ber om endelige "
                                "tilbud. Kontrakten tildeles etter beste forhold mellom pris og "
                                "kvalitet.</p>"
                            ),
                        ),
                        (
                            "case_reference",
                            {
                                "title": "MF Ampere og ny ferjekontrakt på Lavik–Oppedal",
                                "organization": "Statens vegvesen",
                                "url": (
                                    "https://www.vegvesen.no/nn/om-oss/presse/aktuelt/2022/11/ny-"
                                    "teknologi-og-betre-rutetilbod-pa-lavik---oppedal-i-neste-"
                                    "anbod/"
                                ),
                                "note": (
                                    "Statens vegvesen har brukt ferjekontraktene til å drive fram "
                                    "ny teknologi, sist med konkurransepreget dialog om "
                                    "automatisering."
                                ),
                            },
                        ),
                        (
                            "paragraph",
                            (
                                "<p>Ferjesambandet Lavik–Oppedal over Sognefjorden fikk i 2015 MF "
                                "Ampere, som regnes som verdens første batterielektriske bilferje. "
                                "Ifølge bransjepressen stilte konkurransen ikke krav om en bestemt "
                                "teknologi, men om bedre energi- og miljøeffektivitet. For "
                                "kontrakten 2026–2034 brukte Statens vegvesen konkurransepreget "
                                "dialog for å finne løsninger for automatisering i ferjedriften, "
                                "og prekvalifiserte inntil fire rederier til dialogrundene. Ved "
                                "tildelingen ble pris vektet 60 prosent, automatisering 30 prosent "
                                "og gjennomføringsevne 10 prosent. Fjord1 vant kontrakten.</p>"
                            ),
                        ),
                        (
                            "callout",
                            {
                                "kind": "warning",
                                "title": "Risiko: en krevende prosedyre",
                                "text": (
                                    "<p>Dialogen kan handle om svært ulike løsninger, og det gjør "
                                    "prosedyren mer krevende enn forhandling. Uten en tydelig "
                                    "plan, et tverrfaglig team med mandat og nok tid kan dialogen "
                                    "bli lang og kostbar for både kommunen og leverandørene. Vær "
                                    "også nøye med å ikke røpe én leverandørs ideer til de "
                                    "andre.</p>"
                                ),
                            },
                        ),
                        (
                            "callout",
                            {
                                "kind": "tip",
                                "title": "Beskriv dialogplanen i konkurransegrunnlaget",
                                "text": (
                                    "<p>Oppgi hvor mange runder du planlegger, hva hver runde skal "
                                    "handle om, og om antallet leverandører kan reduseres "
                                    "underveis. Da vet leverandørene hva de forplikter seg til.</p>"
                                ),
                            },
                        ),
                        (
                            "reflection",
                            (
                                "Har kommunen din et behov der dere vet hva dere vil oppnå, men "
                                "der markedet trolig vet mer enn dere om mulige løsninger?"
                            ),
                        ),
                        (
                            "key_takeaways",
                            [
                                (
                                    "Konkurransepreget dialog passer når du kjenner behovet, men "
                                    "ikke løsningen."
                                ),
                                (
                                    "Dialogen føres med hver leverandør for seg, og løsningene "
                                    "deres skal holdes fortrolige."
                                ),
                                (
                                    "Statens vegvesen har brukt dialog for å drive fram nye "
                                    "løsninger i ferjedriften."
                                ),
                                "En god dialogplan og et team med mandat er avgjørende.",
                            ],
                        ),
                        (
                            "sources",
                            [
                                {
                                    "title": "Konkurransepreget dialog – anskaffelser.no (DFØ)",
                                    "url": (
                                        "https://anskaffelser.no/avtaler-og-regelverk/"
                                        "anskaffelsesprosedyrer/konkurransepreget-dialog"
                                    ),
                                },
                                {
                                    "title": (
                                        "Ny teknologi og betre rutetilbod på Lavik–Oppedal i neste "
                                        "anbod – Statens vegvesen"
                                    ),
                                    "url": (
                                        "https://www.vegvesen.no/nn/om-oss/presse/aktuelt/2022/11/"
                                        "ny-teknologi-og-betre-rutetilbod-pa-lavik---oppedal-i-"
                                        "neste-anbod/"
                                    ),
                                },
                                {
                                    "title": (
                                        "Fjord1 AS får kontrakt på Lavik–Oppedal – pressemelding, "
                                        "Statens vegvesen"
                                    ),
                                    "url": (
                                        "https://kommunikasjon.ntb.no/pressemelding/18011081/"
                                        "fjord1-as-far-kontrakt-pa-lavik-"
                                        "oppedal?lang=no&publisherId=17847490"
                                    ),
                                },
                                {
                                    "title": "Klart for verdens første batteriferje – at.no",
                                    "url": (
                                        "https://www.at.no/artikler/klart-for-verdens-forste-"
                                        "batteriferje/423371"
                                    ),
                                },
                            ],
                        ),
                    ],
                },
            ],
        },
        {
            "title": "Modul 2: Utvikle nye løsninger sammen med markedet",
            "slug": "utvikle-nye-losninger",
            "intro": (
                "Noen ganger finnes ikke løsningen kommunen trenger. Denne modulen handler om "
                "prosedyrene som gjør det mulig å få utviklet noe nytt: innovasjonspartnerskap, "
                "førkommersiell anskaffelse og plan- og designkonkurranse. Du møter erfaringer fra "
                "Stavanger, Bergen, St. Olavs hospital, Oslo og Bergen Vann."
            ),
            "lessons": [
                {
                    "title": "Innovasjonspartnerskap: utvikle og kjøpe i samme prosedyre",
                    "slug": "innovasjonspartnerskap",
                    "summary": (
                        "Hva et innovasjonspartnerskap er, når det kan brukes, og hvordan "
                        "Stavanger og St. Olavs hospital tok det i bruk."
                    ),
                    "minutes": 9,
                    "body": [
                        (
                            "paragraph",
                            (
                                "<p>Innovasjonspartnerskap kom inn i det norske regelverket 1. "
                                "januar 2017. Prosedyren lar oppdragsgiveren både få utviklet en "
                                "ny løsning og kjøpe den, uten en ny konkurranse etter "
                                "utviklingen. Den kan bare brukes når løsningen ikke finnes i "
                                "markedet fra før.</p>"
                            ),
                        ),
                        (
                            "heading",
                            "Slik fungerer et innovasjonspartnerskap",
                        ),
                        (
                            "paragraph",
                            (
                                "<p>Du beskriver behovet – ikke en detaljert kravspesifikasjon. "
                                "Leverandørene prekvalifiseres på erfaring med utvikling og "
                                "innovasjon, og du velger én eller flere partnere gjennom "
                                "forhandlinger. Deretter utvikles løsningen i faser med delmål, og "
                                "etter hver fase kan samarbeidet avsluttes. Når løsningen er "
                                "ferdig, kan du kjøpe den hvis den oppfyller ytelsesmålene og "
                                "holder seg innenfor den avtalte maksimumskostnaden.</p>"
                            ),
                        ),
                        (
                            "callout",
                            {
                                "kind": "legal",
                                "title": "Dette må konkurransegrunnlaget inneholde",
                                "text": (
                                    "<p>Anskaffelsesforskriften del III har egne regler for "
                                    "innovasjonspartnerskap. Du må blant annet beskrive behovet, "
                                    "vilkårene for kjøp av den ferdige løsningen og ordningene for "
                                    "immaterielle rettigheter. Verdien av det som kjøpes, må stå i "
                                    "forhold til investeringen som trengs for å utvikle det. DFØ "
                                    "har maler for konkurransegrunnlag og kontrakt.</p>"
                                ),
                            },
                        ),
                        (
                            "case_reference",
                            {
                                "title": "Norges første innovasjonspartnerskap – heldøgnsomsorg",
                                "organization": "Stavanger kommune",
                                "url": (
                                    "https://www.innovativeanskaffelser.no/blogg/stavanger-forst-"
                                    "ut-med-innovasjonspartnerskap/"
                                ),
                                "note": (
                                    "Stavanger var først ute og viste hvordan en kommune kan "
                                    "utvikle nye omsorgsløsninger sammen med næringslivet."
                                ),
                            },
                        ),
                        (
                            "paragraph",
                            (
                                "<p>Stavanger kommune var den første virksomheten i Norge som tok "
                                "i bruk innovasjonspartnerskap, sammen med Innovasjon Norge, Difi "
                                "og Leverandørutviklingsprogrammet (LUP). Målet var radikalt nye "
                                "løsninger i heldøgnsomsorgen, knyttet til kommunens satsing «Leve "
                                "HELE LIVET». I februar 2018 signerte kommunen kontrakter med "
                                "Innocom AS og Topro Industri AS om løsninger for å aktivisere "
                                "eldre og trene opp folk etter sykehusopphold.</p>"
                            ),
                        ),
                        (
                            "case_reference",
                            {
                                "title": "Kontaktløs overvåking av pust og puls",
                                "organization": "St. Olavs hospital HF",
                                "url": (
                                    "https://innovativeanskaffelser.no/losning/kontaktlos-maling-"
                                    "av-pust-og-puls/"
                                ),
                                "note": (
                                    "Et innovasjonspartnerskap som endte med en løsning i daglig "
                                    "drift."
                                ),
                            },
                        ),
                        (
                            "paragraph",
                            (
                                "<p>St. Olavs hospital inngikk i 2022 et innovasjonspartnerskap "
                                "med VitalThings, med DNV Imatis som underleverandør, for å "
                                "overvåke pasienter uten utstyr festet på kroppen. Prosjektet fikk "
                                "10 millioner kroner i støtte fra Innovasjon Norge, og utviklingen "
                                "tok 18 måneder. Ifølge LUP har sykehuset senere tatt i bruk 44 "
                                "enheter av den kontaktløse pasientmonitoren på tre avdelinger.</p>"
                            ),
                        ),
                        (
                            "callout",
                            {
                                "kind": "warning",
                                "title": "Risiko: lang tid og usikkert resultat",
                                "text": (
                                    "<p>Et innovasjonspartnerskap kan ta flere år, og det er ingen "
                                    "garanti for at utviklingen lykkes. Kommunen binder også opp "
                                    "folk til å følge opp partnerne. I neste leksjon ser du "
                                    "hvordan du kan redusere risikoen.</p>"
                                ),
                            },
                        ),
                        (
                            "key_takeaways",
                            [
                                "Innovasjonspartnerskap samler utvikling og kjøp i én prosedyre.",
                                "Prosedyren kan bare brukes når løsningen ikke finnes i markedet.",
                                (
                                    "Utviklingen skjer i faser, og du kjøper bare hvis "
                                    "ytelsesmålene og maksimumskostnaden holdes."
                                ),
                            ],
                        ),
                        (
                            "sources",
                            [
                                {
                                    "title": (
                                        "Gjennomføring av konkurransen ved innovasjonspartnerskap "
                                        "– anskaffelser.no (DFØ)"
                                    ),
                                    "url": (
                                        "https://www.anskaffelser.no/nb/avtaler-og-regelverk/"
                                        "anskaffelsesprosedyrer/innovasjonspartnerskap/"
                                        "gjennomforing-av-konkurransen"
                                    ),
                                },
                                {
                                    "title": "Stavanger først ut med innovasjonspartnerskap – LUP",
                                    "url": (
                                        "https://www.innovativeanskaffelser.no/blogg/stavanger-"
                                        "forst-ut-med-innovasjonspartnerskap/"
                                    ),
                                },
                                {
                                    "title": (
                                        "Storskalatesting for Norwegian Smart Care Lab – Smart "
                                        "Care Cluster"
                                    ),
                                    "url": (
                                        "https://www.smartcarecluster.no/aktuelt/2018/2/"
                                        "storskalatesting-for-norwegian-smart-care-lab"
                                    ),
                                },
                                {
                                    "title": "Kontaktløs måling av pust og puls – LUP",
                                    "url": (
                                        "https://innovativeanskaffelser.no/losning/kontaktlos-"
                                        "maling-av-pust-og-puls/"
                                    ),
                                },
                                {
                                    "title": (
                                        "Fra pilot til praksis: Verdensnyhet i drift på St. Olavs "
                                        "– LUP"
                                    ),
                                    "url": (
                                        "https://innovativeanskaffelser.no/blogg/fra-pilot-til-"
                                        "praksis-verdensnyhet-i-drift-pa-st-olavs"
                                    ),
                                },
                            ],
                        ),
                    ],
                },
                {
                    "title": "Risiko og suksessfaktorer i innovasjonspartnerskap",
                    "slug": "innovasjonspartnerskap-i-praksis",
                    "summary": (
                        "Hva Bergens «1 000 bygg – 10 000 muligheter» og forskning på de første "
                        "partnerskapene lærer oss om risiko."
                    ),
                    "minutes": 8,
                    "body": [
                        (
                            "paragraph",
                            (
                                "<p>Et innovasjonspartnerskap er en lang og forpliktende prosess. "
                                "Det gir store muligheter, men også risiko: Utviklingen kan "
                                "mislykkes, markedet kan ta igjen prosjektet mens det pågår, og "
                                "kommunen må ha folk som kan følge opp partnerne i flere år. "
                                "Erfaringene fra de første norske partnerskapene viser hvordan "
                                "risikoen kan håndteres.</p>"
                            ),
                        ),
                        (
                            "case_reference",
                            {
                                "title": "1 000 bygg – 10 000 muligheter",
                                "organization": "Bergen kommune",
                                "url": (
                                    "https://www.bergen.kommune.no/omkommunen/avdelinger/etat-for-"
                                    "bygg-og-eiendom/1044/article-155371"
                                ),
                                "note": (
                                    "Et innovasjonspartnerskap om smartere drift og vedlikehold av "
                                    "kommunale bygg, med bred markedsdialog og følgekommuner."
                                ),
                            },
                        ),
                        (
                            "paragraph",
                            (
                                "<p>Bergen kommune vant fram i Innovasjon Norges skissekonkurranse "
                                "og fikk inntil ti millioner kroner til å inngå ett eller flere "
                                "innovasjonspartnerskap. Behovet var bedre og mer helhetlig "
                                "styring av drift og vedlikehold av kommunens rundt 1 000 bygg. "
                                "Kommunen samlet 170 deltakere til markedsdialog og valgte "
                                "deretter å ikke snevre inn behovsbeskrivelsen, fordi markedet så "
                                "sammenhengene bedre enn kommunen. Ifølge LUP hadde prosjektet 20 "
                                "følgekommuner, og fem av dem – Bærum, Trondheim, Oslo, Askøy og "
                                "Lørenskog – forpliktet seg til å være pilotarenaer. For å slippe "
                                "til nye aktører la kommunen opp til å reservere plasser i "
                                "konkurransen for mindre erfarne og nyetablerte selskaper.</p>"
                            ),
                        ),
                        (
                            "heading",
                            "Hva forskningen sier",
                        ),
                        (
                            "paragraph",
                            (
                                "<p>En masteroppgave ved NHH har studert partnerskapene i Bergen "
                                "og Stavanger («Aktivisering og egenmestring») og samlet "
                                "erfaringene i 22 retningslinjer. Blant dem er at initiativet bør "
                                "komme fra ledelsen, at partnerskapet bør markedsføres også "
                                "utenfor de vanlige anbudskanalene, for eksempel i gründermiljøer, "
                                "og at overgangen fra konkurranse til samarbeid bør planlegges "
                                "godt.</p>"
                            ),
                        ),
                        (
                            "checklist",
                            {
                                "title": "Slik reduserer du risikoen",
                                "items": [
                                    (
                                        "Forankre partnerskapet i toppledelsen før konkurransen "
                                        "starter."
                                    ),
                                    (
                                        "Bruk markedsdialogen til å sjekke at løsningen virkelig "
                                        "ikke finnes."
                                    ),
                                    (
                                        "Del utviklingen i faser med klare delmål og mulighet til "
                                        "å avslutte."
                                    ),
                                    "Sett tydelige ytelsesmål og en realistisk maksimumskostnad.",
                                    (
                                        "Avklar immaterielle rettigheter og hvem som kan kjøpe "
                                        "løsningen senere."
                                    ),
                                    (
                                        "Sett av folk til å følge opp partnerne gjennom hele "
                                        "utviklingen."
                                    ),
                                ],
                            },
                        ),
                        (
                            "reflection",
                            (
                                "Hvem i kommunen din ville eid et innovasjonspartnerskap i flere "
                                "år – og har de tid og mandat til det?"
                            ),
                        ),
                        (
                            "key_takeaways",
                            [
                                (
                                    "Innovasjonspartnerskap er forpliktende og krever kapasitet "
                                    "over flere år."
                                ),
                                (
                                    "Grundig behovsavklaring og markedsdialog reduserer risikoen "
                                    "for å utvikle noe som allerede finnes."
                                ),
                                (
                                    "Følgekommuner kan gi løsningen et større marked og gjøre den "
                                    "mer attraktiv for leverandørene."
                                ),
                                (
                                    "Ledelsesforankring og en planlagt overgang fra konkurranse "
                                    "til samarbeid er viktige suksessfaktorer."
                                ),
                            ],
                        ),
                        (
                            "sources",
                            [
                                {
                                    "title": (
                                        "Innovasjonspartnerskap som et instrument ved innovative "
                                        "offentlige anskaffelser – Anskaffelsesakademiet"
                                    ),
                                    "url": (
                                        "https://www.anskaffelsesakademiet.no/forskningsnytt/"
                                        "innovasjonspartnerskap-som-instrument/"
                                    ),
                                },
                                {
                                    "title": (
                                        "Konkurransen i «1000 bygg – 10 000 muligheter» er utlyst "
                                        "– Bergen kommune"
                                    ),
                                    "url": (
                                        "https://www.bergen.kommune.no/omkommunen/avdelinger/etat-"
                                        "for-bygg-og-eiendom/1044/article-155371"
                                    ),
                                },
                                {
                                    "title": (
                                        "Bergen kommune samlet markedet til hjernedugnad – LUP"
                                    ),
                                    "url": (
                                        "https://innovativeanskaffelser.no/blogg/bergen-kommune-"
                                        "samlet-markedet-til-hjernedugnad/"
                                    ),
                                },
                                {
                                    "title": (
                                        "Utarbeide konkurransegrunnlag og kontrakt ved "
                                        "innovasjonspartnerskap – anskaffelser.no (DFØ)"
                                    ),
                                    "url": (
                                        "https://anskaffelser.no/avtaler-og-regelverk/"
                                        "anskaffelsesprosedyrer/innovasjonspartnerskap/utarbeide-"
                                        "konkurransegrunnlag-og-kontrakt-ved-innovasjonspartnerskap"
                                    ),
                                },
                            ],
                        ),
                    ],
                },
                {
                    "title": "Førkommersiell anskaffelse og plan- og designkonkurranse",
                    "slug": "forkommersiell-og-designkonkurranse",
                    "summary": (
                        "To måter å utforske nye løsninger på før kommunen forplikter seg til et "
                        "kjøp."
                    ),
                    "minutes": 9,
                    "body": [
                        (
                            "paragraph",
                            (
                                "<p>Ikke alle utviklingsbehov passer for et "
                                "innovasjonspartnerskap. Noen ganger vil kommunen først teste om "
                                "en idé holder, eller få fram flere konsepter å velge mellom. Da "
                                "kan en førkommersiell anskaffelse eller en plan- og "
                                "designkonkurranse passe bedre.</p>"
                            ),
                        ),
                        (
                            "heading",
                            "Førkommersiell anskaffelse (PCP)",
                        ),
                        (
                            "paragraph",
                            (
                                "<p>I en førkommersiell anskaffelse kjøper du forsknings- og "
                                "utviklingstjenester, ikke en ferdig løsning. Flere leverandører "
                                "utvikler løsninger parallelt i faser, og de beste går videre "
                                "etter hver fase. Metoden er utviklet av EU-kommisjonen. Et "
                                "eventuelt kjøp av den ferdige løsningen må skje i en egen "
                                "anskaffelse senere.</p>"
                            ),
                        ),
                        (
                            "callout",
                            {
                                "kind": "legal",
                                "title": "Utenfor regelverket – på strenge vilkår",
                                "text": (
                                    "<p>Etter anskaffelsesforskriften § 2-5 kan enkelte "
                                    "FoU-kontrakter være unntatt. Hovedelementet i kontrakten må "
                                    "være forskning og utvikling, og enten betaler ikke "
                                    "oppdragsgiveren hele FoU-tjenesten, eller så tilfaller ikke "
                                    "resultatet oppdragsgiveren alene. Unntaket skal tolkes "
                                    "strengt, så dokumenter vurderingen.</p>"
                                ),
                            },
                        ),
                        (
                            "case_reference",
                            {
                                "title": "Utstyrspark på deling for skoledriften",
                                "organization": "Oslo kommune, Utdanningsetaten",
                                "url": (
                                    "https://anskaffelser.no/verktoy/eksempelbanken/utstyrspark-pa-"
                                    "deling-skoledriften"
                                ),
                                "note": (
                                    "En StartOff-konkurranse der en oppstartsbedrift utviklet et "
                                    "digitalt verktøy for å dele driftsutstyr mellom skolene."
                                ),
                            },
                        ),
                        (
                            "paragraph",
                            (
                                "<p>Utdanningsetaten i Oslo ville at skolene skulle dele "
                                "driftsutstyr i stedet for å kjøpe hver for seg, for å kutte "
                                "forbruk og klimagassutslipp. Etaten brukte StartOff, som DFØ "
                                "beskriver som en førkommersiell anskaffelse i miniformat. "
                                "Vinneren, Leasi AS, fikk en FoU-kontrakt på 600 000 kroner og "
                                "utviklet på 15 uker en første versjon av et verktøy for booking, "
                                "transport, reparasjon og kostnadsfordeling, sammen med "
                                "vaktmestere og driftsledere.</p>"
                            ),
                        ),
                        (
                            "heading",
                            "Plan- og designkonkurranse",
                        ),
                        (
                            "paragraph",
                            (
                                "<p>En plan- og designkonkurranse gir deg en plan, et konsept "
                                "eller et design, ofte tidlig i prosessen. En uavhengig jury "
                                "vurderer forslagene anonymt. Prosedyren gjelder tjenester og er "
                                "regulert i anskaffelsesforskriften del V. Har du opplyst om det "
                                "på forhånd, kan du inngå en tjenestekontrakt med vinneren uten ny "
                                "kunngjøring. Bergen Vann KF brukte en slik konkurranse da "
                                "rengjøringen av tunnelbasseng for drikkevann var dyr og farlig "
                                "for mannskapene. Resultatet ble et forslag om en ubemannet robot, "
                                "som foretaket har tatt videre.</p>"
                            ),
                        ),
                        (
                            "case_reference",
                            {
                                "title": "Robot for rengjøring av drikkevannsbasseng",
                                "organization": "Bergen Vann KF",
                                "url": (
                                    "https://anskaffelser.no/avtaler-og-regelverk/"
                                    "anskaffelsesprosedyrer/plan-og-designkonkurranse"
                                ),
                                "note": (
                                    "Et kommunalt foretak som fikk nye ideer til et farlig og "
                                    "kostbart renhold."
                                ),
                            },
                        ),
                        (
                            "callout",
                            {
                                "kind": "warning",
                                "title": "Risiko å planlegge for",
                                "text": (
                                    "<p>En førkommersiell anskaffelse gir ingen garanti for at "
                                    "noen løsning blir god nok, og veien til kjøp går gjennom en "
                                    "ny konkurranse. En plan- og designkonkurranse gir et konsept, "
                                    "ikke en ferdig løsning, og resultatet avhenger av juryen og "
                                    "av at anonymiteten holdes.</p>"
                                ),
                            },
                        ),
                        (
                            "key_takeaways",
                            [
                                (
                                    "En førkommersiell anskaffelse kjøper FoU i konkurrerende "
                                    "faser, og kjøpet av løsningen skjer senere."
                                ),
                                (
                                    "FoU-unntaket i anskaffelsesforskriften § 2-5 har strenge "
                                    "vilkår som må dokumenteres."
                                ),
                                (
                                    "En plan- og designkonkurranse gir konsepter som en uavhengig "
                                    "jury vurderer anonymt."
                                ),
                            ],
                        ),
                        (
                            "sources",
                            [
                                {
                                    "title": (
                                        "Før-kommersielle anskaffelser – anskaffelser.no (DFØ)"
                                    ),
                                    "url": (
                                        "https://anskaffelser.no/avtaler-og-regelverk/"
                                        "anskaffelsesprosedyrer/kommersielle-anskaffelser"
                                    ),
                                },
                                {
                                    "title": (
                                        "Unntak for enkelte FoU-kontrakter – anskaffelser.no (DFØ)"
                                    ),
                                    "url": (
                                        "https://www.anskaffelser.no/avtaler-og-regelverk/"
                                        "anskaffelsesprosedyrer/forsknings-og-utviklingskontrakter/"
                                        "unntak-enkelte-fou-kontrakter"
                                    ),
                                },
                                {
                                    "title": (
                                        "Utstyrspark på deling for skoledriften – DFØs eksempelbank"
                                    ),
                                    "url": (
                                        "https://anskaffelser.no/verktoy/eksempelbanken/"
                                        "utstyrspark-pa-deling-skoledriften"
                                    ),
                                },
                                {
                                    "title": "Plan- og designkonkurranse – anskaffelser.no (DFØ)",
                                    "url": (
                                        "https://anskaffelser.no/avtaler-og-regelverk/"
                                        "anskaffelsesprosedyrer/plan-og-designkonkurranse"
                                    ),
                                },
                            ],
                        ),
                    ],
                },
            ],
        },
        {
            "title": "Modul 3: Samarbeid og klima",
            "slug": "samarbeid-og-klima",
            "intro": (
                "Mange kommuner er for små til å drive fram innovasjon alene. I denne modulen "
                "lærer du hvordan flere kommuner kan anskaffe sammen, med eksempler fra Agder og "
                "Larvik, og hvordan klima- og miljøkrav kan drive fram nye løsninger."
            ),
            "lessons": [
                {
                    "title": "Felles anskaffelser: roller, opsjoner og koordinering",
                    "slug": "felles-anskaffelser",
                    "summary": "Slik organiserer flere kommuner en felles innovativ anskaffelse.",
                    "minutes": 8,
                    "body": [
                        (
                            "paragraph",
                            (
                                "<p>Når flere kommuner går sammen, blir etterspørselen større og "
                                "mer interessant for leverandørene, og kommunene kan dele på "
                                "kompetanse og arbeid. Samtidig krever samarbeidet tydelige roller "
                                "og god koordinering. Ellers går prosessen sakte, og det blir "
                                "uklart hvem som har ansvaret.</p>"
                            ),
                        ),
                        (
                            "heading",
                            "Tre roller",
                        ),
                        (
                            "accordion",
                            [
                                {
                                    "title": "Leder",
                                    "text": (
                                        "<p>Gjennomfører anskaffelsen på vegne av de andre: "
                                        "kunngjør, leder dialogen og evaluerer tilbudene. Lederen "
                                        "trenger fullmakter fra de andre kommunene og ressurser "
                                        "til jobben.</p>"
                                    ),
                                },
                                {
                                    "title": "Deltaker",
                                    "text": (
                                        "<p>Er med fra starten, bidrar med behov og fagfolk og "
                                        "forplikter seg til å bruke avtalen slik samarbeidsavtalen "
                                        "sier.</p>"
                                    ),
                                },
                                {
                                    "title": "Opsjon",
                                    "text": (
                                        "<p>Har rett, men ikke plikt, til å slutte seg til avtalen "
                                        "senere. Kommunen må være nevnt i kunngjøringen for at "
                                        "opsjonen skal kunne brukes.</p>"
                                    ),
                                },
                            ],
                        ),
                        (
                            "callout",
                            {
                                "kind": "legal",
                                "title": "Alle oppdragsgivere må stå i kunngjøringen",
                                "text": (
                                    "<p>Ved rammeavtaler må det gå klart fram av selve "
                                    "kunngjøringen hvilke oppdragsgivere som kan bli parter, jf. "
                                    "anskaffelsesforskriften § 26-1 tredje ledd. I KOFA-sak "
                                    "2019/389 var det ikke nok at andre kommuner var nevnt i "
                                    "konkurransegrunnlaget. Kommuner med opsjon må derfor navngis "
                                    "allerede i kunngjøringen.</p>"
                                ),
                            },
                        ),
                        (
                            "case_reference",
                            {
                                "title": (
                                    "Digitale trygghetsalarmer og felles responssenter i Agder"
                                ),
                                "organization": "Kristiansand kommune og kommunene i Agder",
                                "url": (
                                    "https://www.co-pi.dk/nyheder/faelles-om-innovative-indkoeb-"
                                    "norske-kommuner-sammen-om-velfaerdsteknologi/"
                                ),
                                "note": (
                                    "Første gang kommunene i en hel region anskaffet "
                                    "trygghetsteknologi sammen, med opsjon for kommunene som "
                                    "ventet."
                                ),
                            },
                        ),
                        (
                            "paragraph",
                            (
                                "<p>I 2016 gikk 21 av de 30 kommunene i Agder sammen om å anskaffe "
                                "digitale trygghetsalarmer og annen varslingsteknologi, mens de ni "
                                "andre fikk opsjon på å bli med. Kristiansand, den største "
                                "kommunen, ledet anskaffelsen og fikk ansvaret for å etablere og "
                                "drive et døgnbemannet responssenter som alle kommunene kan kobles "
                                "til. Helsepersonell i hver kommune rykker fortsatt ut til "
                                "brukerne. Ifølge prosessbeskrivelsen som Multiconsult laget for "
                                "LUP i 2018, ble anskaffelsen gjennomført som konkurransepreget "
                                "dialog. Prosjektlederen for implementeringen har sagt at det "
                                "ville vært svært vanskelig for én kommune å gjøre en så kompleks "
                                "anskaffelse alene.</p>"
                            ),
                        ),
                        (
                            "checklist",
                            {
                                "title": "Samarbeidsavtalen bør avklare",
                                "items": [
                                    (
                                        "Hvem som er leder, deltaker og opsjon, og hvem som kan "
                                        "binde hver kommune."
                                    ),
                                    "Hvordan kostnadene til prosjektledelse og utvikling fordeles.",
                                    (
                                        "Hvem som stiller med fagfolk til behovsarbeid, dialog og "
                                        "evaluering."
                                    ),
                                    "Hvordan beslutninger tas, og hvor raskt kommunene må svare.",
                                    "Hvordan avtalen følges opp og tas i bruk i hver kommune.",
                                ],
                            },
                        ),
                        (
                            "key_takeaways",
                            [
                                (
                                    "Felles anskaffelser gir større volum, mer kompetanse og mer "
                                    "interesse fra leverandørene."
                                ),
                                (
                                    "Rollene leder, deltaker og opsjon må være avklart og "
                                    "skriftlig avtalt."
                                ),
                                (
                                    "Alle kommuner som kan bli part i en rammeavtale, må stå i "
                                    "kunngjøringen."
                                ),
                            ],
                        ),
                        (
                            "sources",
                            [
                                {
                                    "title": (
                                        "Fælles om innovative indkøb: Norske kommuner sammen om "
                                        "velfærdsteknologi – Center for Offentlig-Privat Innovation"
                                    ),
                                    "url": (
                                        "https://www.co-pi.dk/nyheder/faelles-om-innovative-"
                                        "indkoeb-norske-kommuner-sammen-om-velfaerdsteknologi/"
                                    ),
                                },
                                {
                                    "title": "Ny teknologi skal øke tryggheten – NRK Sørlandet",
                                    "url": (
                                        "https://www.nrk.no/sorlandet/ny-teknologi-skal-oke-"
                                        "tryggheten-1.13285628"
                                    ),
                                },
                                {
                                    "title": (
                                        "Absolutt krav om identifisering av oppdragsgivere – BULL "
                                        "& CO"
                                    ),
                                    "url": (
                                        "https://www.bull.no/absolutt-krav-om-identifisering-av-"
                                        "oppdragsgivere/"
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
                            ],
                        ),
                    ],
                },
                {
                    "title": "Fra pilot til skala: Larvik og 28 andre kommuner",
                    "slug": "larvik-medisineringsstotte",
                    "summary": (
                        "Et gjennomarbeidet eksempel på en stor felles innovativ anskaffelse av "
                        "velferdsteknologi."
                    ),
                    "minutes": 9,
                    "body": [
                        (
                            "paragraph",
                            (
                                "<p>Elektronisk medisineringsstøtte hjelper innbyggere med å ta "
                                "riktige medisiner til riktig tid, slik at flere kan klare seg "
                                "selv hjemme. I 2016 ba Velferdsteknologiprogrammet Larvik kommune "
                                "om å lede en innovativ anskaffelse av slike løsninger. Den bygde "
                                "på erfaringer fra tidligere fellesanskaffelser ledet av "
                                "Trondheim, Lindås og Bærum, og ble den største fellesanskaffelsen "
                                "i LUPs historie da den ble lyst ut.</p>"
                            ),
                        ),
                        (
                            "case_reference",
                            {
                                "title": (
                                    "Felles innovativ anskaffelse av elektronisk "
                                    "medisineringsstøtte"
                                ),
                                "organization": "Larvik kommune med 28 samarbeidskommuner",
                                "url": (
                                    "https://www.innovativeanskaffelser.no/blogg/velferdsteknologi-"
                                    "fra-pilot-til-skala-na-losner-det/"
                                ),
                                "note": (
                                    "Viser hvordan en fellesanskaffelse kan vokse fra en håndfull "
                                    "kommuner til 29, fra Røyrvik til Bergen."
                                ),
                            },
                        ),
                        (
                            "heading",
                            "Slik gikk prosessen",
                        ),
                        (
                            "paragraph",
                            (
                                "<ol><li><strong>Oppstart, høsten 2016:</strong> Larvik inviterte "
                                "noen kommuner til informasjonsmøte. Åtte ville anskaffe sammen "
                                "med Larvik, og fire ville følge prosessen for å "
                                "lære.</li><li><strong>Behov, februar 2017:</strong> Kommunene "
                                "delte erfaringer og kartla behov sammen med brukere og "
                                "tjenesteytere. Resultatet ble en felles "
                                "tjenestereise.</li><li><strong>Dialog, våren 2017:</strong> En "
                                "dialogkonferanse i april og én-til-én-møter med interesserte "
                                "leverandører.</li><li><strong>Konkurranse:</strong> Konkurransen "
                                "ble kunngjort på Doffin i januar 2018 og bygde på fire "
                                "brukerhistorier – Tone, Roar, Hans og Peder. Det ble én "
                                "rammeavtale per brukerhistorie, fordi én løsning ikke passer "
                                "alle. Dignio og Evondos vant to brukerhistorier "
                                "hver.</li><li><strong>Implementering, 2019:</strong> Hver kommune "
                                "vurderer selv hvilken løsning den enkelte bruker trenger, og gjør "
                                "avrop på avtalene.</li></ol>"
                            ),
                        ),
                        (
                            "paragraph",
                            (
                                "<p>Larvik hadde rollen som leder, mens samarbeidskommunene stilte "
                                "med fagfolk. Særlig Trondheim kommune bidro mye, blant annet med "
                                "brukerinvolvering i arbeidet med konkurransegrunnlaget. Underveis "
                                "vokste samarbeidet fra 9 til 29 kommuner i 7 fylker. Den minste, "
                                "Røyrvik, hadde 469 innbyggere, og den største, Bergen, nesten 280 "
                                "000. Ifølge LUP bodde det til sammen omtrent én million mennesker "
                                "i kommunene.</p>"
                            ),
                        ),
                        (
                            "heading",
                            "Erfaringene",
                        ),
                        (
                            "paragraph",
                            (
                                "<p>I sin erfaringsrapport skriver Larvik at prosessen tok lengre "
                                "tid og krevde mer ressurser enn ventet. Kommunen peker på behovet "
                                "for bedre verktøy for samhandling mellom kommunene, og på at "
                                "løsninger må testes – også når de regnes som hyllevare. Rapporten "
                                "understreker også at avtaler som henger sammen, for eksempel om "
                                "multidosepakking og om medisineringsstøtte, må ses i "
                                "sammenheng.</p>"
                            ),
                        ),
                        (
                            "reflection",
                            (
                                "Hvilke behov innen velferdsteknologi deler kommunen din med "
                                "nabokommunene – og hvem kunne tatt lederrollen?"
                            ),
                        ),
                        (
                            "key_takeaways",
                            [
                                (
                                    "Felles brukerhistorier ga et konkurransegrunnlag med "
                                    "utgangspunkt i innbyggernes behov."
                                ),
                                (
                                    "Flere rammeavtaler lot kommunene velge løsning etter den "
                                    "enkelte brukerens behov."
                                ),
                                (
                                    "Gjenbruk av erfaringer fra tidligere fellesanskaffelser "
                                    "gjorde prosessen tryggere."
                                ),
                                (
                                    "En stor fellesanskaffelse krever mer tid og ressurser enn "
                                    "mange regner med."
                                ),
                            ],
                        ),
                        (
                            "sources",
                            [
                                {
                                    "title": (
                                        "Velferdsteknologi fra pilot til skala – nå løsner det! – "
                                        "LUP"
                                    ),
                                    "url": (
                                        "https://www.innovativeanskaffelser.no/blogg/"
                                        "velferdsteknologi-fra-pilot-til-skala-na-losner-det/"
                                    ),
                                },
                                {
                                    "title": "Elektronisk medisineringsstøtte – prosjektside, LUP",
                                    "url": (
                                        "https://innovativeanskaffelser.no/elektronisk-"
                                        "medisineringsstotte/"
                                    ),
                                },
                                {
                                    "title": (
                                        "Larvik deler sine erfaringer fra fellesanskaffelsen av "
                                        "elektronisk medisineringsstøtte – LUP"
                                    ),
                                    "url": (
                                        "https://innovativeanskaffelser.no/blogg/larvik-deler-sine-"
                                        "erfaringer-fra-fellesanskaffelsen-av-elektronisk-"
                                        "medisineringsstotte/"
                                    ),
                                },
                                {
                                    "title": (
                                        "Tone, Roar, Hans og Peder skal få gode og framtidsretta "
                                        "tjenester – LUP"
                                    ),
                                    "url": (
                                        "https://innovativeanskaffelser.no/blogg/tone-roar-hans-og-"
                                        "peder-skal-fa-gode-og-framtidsretta-tjenester/"
                                    ),
                                },
                            ],
                        ),
                    ],
                },
                {
                    "title": "Klima- og miljøkrav som driver for innovasjon",
                    "slug": "klima-og-miljokrav",
                    "summary": (
                        "Hva anskaffelsesforskriften § 7-9 krever, og hvordan høye krav kan drive "
                        "fram nye løsninger."
                    ),
                    "minutes": 9,
                    "body": [
                        (
                            "paragraph",
                            (
                                "<p>Offentlige innkjøpere kan påvirke hvilke løsninger markedet "
                                "utvikler. Når mange stiller de samme høye klima- og miljøkravene, "
                                "lønner det seg for leverandørene å investere i nye løsninger. Fra "
                                "1. januar 2024 ble reglene om klima- og miljøhensyn i "
                                "anskaffelsesforskriften skjerpet.</p>"
                            ),
                        ),
                        (
                            "callout",
                            {
                                "kind": "legal",
                                "title": "Anskaffelsesforskriften § 7-9",
                                "text": (
                                    "<p>Krav og kriterier skal ha som mål å redusere anskaffelsens "
                                    "samlede klimaavtrykk eller miljøbelastning. Hovedregelen er "
                                    "at klima- og miljøhensyn skal vektes med minst 30 prosent. "
                                    "Prioriterer du tildelingskriteriene i stedet for å vekte dem, "
                                    "bør klima og miljø være blant de tre høyest prioriterte. "
                                    "Vektingen kan erstattes av klima- og miljøkrav i "
                                    "kravspesifikasjonen hvis det klart gir bedre klima- og "
                                    "miljøeffekt, og dette begrunnes i anskaffelsesdokumentene. "
                                    "Plikten gjelder ikke når klimaavtrykket og miljøbelastningen "
                                    "er uvesentlig, og dette begrunnes.</p>"
                                ),
                            },
                        ),
                        (
                            "paragraph",
                            (
                                "<p>Hvordan reglene slår ut, avhenger av hvilken del av "
                                "forskriften anskaffelsen følger. DFØs veileder går gjennom dette. "
                                "I innstillingen til endringene i anskaffelsesloven viser et "
                                "flertall på Stortinget til analyser fra DFØ: Andelen anskaffelser "
                                "der miljø ble vektet minst 30 prosent, økte fra om lag 7 prosent "
                                "i 2023 til rundt 36 prosent i 2025.</p>"
                            ),
                        ),
                        (
                            "case_reference",
                            {
                                "title": "Utslippsfri anleggsplass i Olav Vs gate",
                                "organization": "Oslo kommune, Bymiljøetaten",
                                "url": (
                                    "https://www.innovativeanskaffelser.no/blogg/hvordan-"
                                    "realiserer-vi-en-utslippsfri-bygge-og-anleggsplass-i-2019/"
                                ),
                                "note": (
                                    "Et pilotprosjekt der alle maskiner innenfor byggegjerdet "
                                    "skulle være utslippsfrie."
                                ),
                            },
                        ),
                        (
                            "paragraph",
                            (
                                "<p>Bymiljøetaten brukte oppgraderingen av Olav Vs gate i 2019 som "
                                "pilot for utslippsfri anleggsdrift: Gravemaskiner, hjullastere og "
                                "annet utstyr innenfor byggegjerdet skulle gå på strøm. Kommunen "
                                "hadde dialog med markedet i forkant, blant annet sammen med andre "
                                "offentlige byggherrer. Ifølge Bymiljøetatens erfaringsrapport ga "
                                "prosjektet 99 prosent lavere utslipp enn med vanlig diesel og 52 "
                                "prosent lavere enn med fossilfritt drivstoff. Det var også "
                                "utfordringer: Maskiner gikk tomme for strøm, og erfaringene "
                                "tilsier at byggherren bør ta ansvar for å skaffe nok "
                                "strøm.</p><p>Også før 2024 brukte kommuner høy miljøvekt. I "
                                "renovasjonskonkurransen i 2016 vektet Sarpsborg kommune pris bare "
                                "40 prosent og miljø og kvalitet 60 prosent. Resultatet ble det "
                                "kommunen omtalte som Norges to første helelektriske "
                                "søppelbiler.</p>"
                            ),
                        ),
                        (
                            "callout",
                            {
                                "kind": "tip",
                                "title": "Sjekk gjeldende regler",
                                "text": (
                                    "<p>Anskaffelsesregelverket er under endring (Prop. 147 L "
                                    "(2024–2025)). Sjekk alltid gjeldende tekst på Lovdata og DFØs "
                                    "veileder før du utformer en konkurranse.</p>"
                                ),
                            },
                        ),
                        (
                            "key_takeaways",
                            [
                                (
                                    "Hovedregelen er at klima- og miljøhensyn skal vektes med "
                                    "minst 30 prosent."
                                ),
                                (
                                    "Krav i kravspesifikasjonen kan erstatte vektingen når det "
                                    "klart gir bedre effekt og er begrunnet."
                                ),
                                (
                                    "Tidlig markedsdialog og like krav fra flere innkjøpere gjør "
                                    "det lettere for markedet å levere."
                                ),
                                "Sjekk gjeldende regler, fordi regelverket er under endring.",
                            ],
                        ),
                        (
                            "sources",
                            [
                                {
                                    "title": (
                                        "Veileder til regler om klima- og miljøhensyn, kapittel 3 "
                                        "– anskaffelser.no (DFØ)"
                                    ),
                                    "url": (
                                        "https://anskaffelser.no/verktoy/veiledere/veileder-til-"
                                        "regler-om-klima-og-miljohensyn-i-offentlige-anskaffelser/"
                                        "3-anskaffelsesforskriften-reglene-som-gjelder"
                                    ),
                                },
                                {
                                    "title": (
                                        "Veileder til regler om klima- og miljøhensyn, kapittel 6 "
                                        "– anskaffelser.no (DFØ)"
                                    ),
                                    "url": (
                                        "https://anskaffelser.no/verktoy/veiledere/veileder-til-"
                                        "regler-om-klima-og-miljohensyn-i-offentlige-anskaffelser/"
                                        "6-klima-og-miljokrav-i-kravspesifikasjonen"
                                    ),
                                },
                                {
                                    "title": (
                                        "Hvordan realiserer vi en utslippsfri bygge- og "
                                        "anleggsplass i 2019? – LUP"
                                    ),
                                    "url": (
                                        "https://www.innovativeanskaffelser.no/blogg/hvordan-"
                                        "realiserer-vi-en-utslippsfri-bygge-og-anleggsplass-i-2019/"
                                    ),
                                },
                                {
                                    "title": (
                                        "Utslippsfri anleggsplass – rapport, Klimaetaten i Oslo "
                                        "kommune"
                                    ),
                                    "url": (
                                        "https://www.klimaoslo.no/rapport/utslippsfri-anleggsplass/"
                                    ),
                                },
                                {
                                    "title": (
                                        "Utslippsfri anleggsplass: Olav Vs gate i Oslo kommune – "
                                        "CLEANCON"
                                    ),
                                    "url": (
                                        "https://veileder.cleancon.no/utslippsfri-byggeplass-i-"
                                        "olav-vs-gate/"
                                    ),
                                },
                                {
                                    "title": (
                                        "Sarpsborg får Norges første el-søppelbil – Sarpsborg "
                                        "kommune"
                                    ),
                                    "url": (
                                        "https://www.sarpsborg.com/aktuelt/sarpsborg-far-norges-"
                                        "forste-el-soppelbil/"
                                    ),
                                },
                                {
                                    "title": "Innst. 38 L (2025–2026) – Stortinget",
                                    "url": (
                                        "https://www.stortinget.no/no/Saker-og-publikasjoner/"
                                        "Publikasjoner/Innstillinger/Stortinget/2025-2026/inns-"
                                        "202526-038l?all=true"
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
