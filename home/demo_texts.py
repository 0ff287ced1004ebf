"""Texts for the demo site pages (Bokmål). Loaded by the setup_demo command."""

KS_STUDY_URL = (
    "https://www.ks.no/fagomrader/innovasjon/framtidas-kommune/innovative-anskaffelser/"
    "spredning-av-innovative-offentlige-anskaffelser-i-norske-kommuner2/"
)

HOME = {
    "title": "Spire",
    "hero_heading": "Lær å kjøpe innovasjon – sammen",
    "hero_text": (
        "Spire hjelper kommuner med å bygge kompetanse i innovative anskaffelser. "
        "Ta kurs, lær av andres erfaringer og se hvordan organisasjonen din utvikler seg."
    ),
    "body": [
        (
            "paragraph",
            "<p>Kommunene bruker mer enn en tredjedel av budsjettene sine på å kjøpe varer og "
            f'tjenester, ifølge <a href="{KS_STUDY_URL}">KS</a>. Når vi kjøper smartere, kan '
            "innbyggerne få bedre tjenester, og kommunen kan spare penger og kutte utslipp. "
            "Ofte har en annen kommune allerede funnet en god løsning, men erfaringene sprer "
            "seg sjelden av seg selv.</p>"
            "<p>Spire er for alle som er med på anskaffelser i kommunen: innkjøpere, fagfolk i "
            "tjenestene som har behovet, ledere og rådgivere. Her lærer dere sammen, deler "
            "erfaringer og får oversikt over hvor dere står.</p>",
        ),
        ("heading", "Kurs i innovative anskaffelser"),
        (
            "paragraph",
            "<p>Kursene følger anskaffelsen fra start til slutt: fra dere avklarer behovet og "
            "snakker med markedet, til kontrakten er inngått og gevinstene skal hentes ut. "
            "Leksjonene er korte, og små quizer underveis viser hva du har fått med deg. Når du "
            "har fullført et kurs, får du et kursbevis.</p>"
            '<p><a href="/kurs/">Se alle kurs</a></p>',
        ),
        ("heading", "Felles casedatabase"),
        (
            "paragraph",
            "<p>I casedatabasen finner du virkelige anskaffelser fra kommuner, fylkeskommuner og "
            "andre offentlige virksomheter. Du kan søke etter tjenesteområde, prosedyre og fase, "
            "og se hvem som var med, hva de oppnådde og hva de ville gjort annerledes. Har "
            "dere gjort noe andre kan lære av, kan du sende det inn. Du kan også melde inn en "
            "anskaffelse dere planlegger, hvis dere ser etter kommuner å samarbeide med.</p>"
            '<p><a href="/saker/">Utforsk casedatabasen</a></p>',
        ),
        ("heading", "Se hvor organisasjonen står"),
        (
            "paragraph",
            "<p>Ledere i HR og innkjøp får egne oversikter for organisasjonen sin. Der ser de "
            "hvor mange som har tatt kursene, og de kan tildele kurs til ansatte. De kan også "
            "sende ut en kort undersøkelse om <strong>absorpsjonskapasitet</strong>: hvor godt "
            "organisasjonen henter inn, deler og tar i bruk ny kunnskap utenfra.</p>"
            "<p>Quizresultater og svar på undersøkelsen vises bare samlet, og bare når minst "
            "fem personer er med. Ingen leder kan se hva du som enkeltperson har svart.</p>",
        ),
        ("heading", "Slik kommer du i gang"),
        (
            "paragraph",
            "<ol>"
            '<li><a href="/accounts/signup/">Opprett en konto</a> med e-postadressen du bruker '
            "på jobb.</li>"
            "<li>Bekreft e-postadressen med lenken vi sender deg.</li>"
            "<li>Kjenner vi e-postdomenet til kommunen din (det som står etter @), blir du "
            "automatisk lagt inn i riktig kommune. Hvis ikke, kan du be om å bli med i "
            "organisasjonen din, eller få en invitasjon fra en administrator der.</li>"
            "<li>Velg et kurs og sett i gang. Vi lagrer framgangen din, så du kan ta pauser "
            "og fortsette der du slapp.</li>"
            "</ol>",
        ),
    ],
}

ABOUT = {
    "title": "Om Spire",
    "slug": "om-spire",
    "intro": (
        "Spire er en kompetanseplattform for innovative offentlige anskaffelser i norske "
        "kommuner. Her kan du lese hvorfor plattformen finnes, og hvilken kunnskap den "
        "bygger på."
    ),
    "body": [
        ("heading", "Bakgrunnen"),
        (
            "paragraph",
            "<p>I 2016 undersøkte Menon og NIFU, på oppdrag fra KS, hvordan erfaringer fra "
            "innovative anskaffelser sprer seg mellom norske kommuner. Rapporten fikk tittelen "
            "<em>Spredning av innovative offentlige anskaffelser i norske kommuner</em>.</p>"
            "<p>Forskerne fant at kommunene i liten grad arbeidet systematisk med å spre slike "
            "erfaringer. Det som ble delt, gikk stort sett gjennom uformelle nettverk mellom "
            "enkeltpersoner og kommuner. Samtidig så de et stort, ubrukt potensial: Løsninger "
            "som virker i én kommune, kan ofte gi gevinst i mange flere.</p>"
            "<p>Rapporten pekte på fire grep som Spire er bygget rundt:</p>"
            "<ol>"
            "<li>Bygge kompetanse i den enkelte kommunen, og styrke evnen til å ta i bruk "
            "kunnskap utenfra.</li>"
            "<li>Gjøre erfaringsdelingen mellom kommuner mer formell og systematisk, så den ikke "
            "avhenger av hvem som kjenner hvem.</li>"
            "<li>Gjøre det lettere for flere kommuner å gå sammen om å kjøpe innovasjon.</li>"
            "<li>Samle innovative anskaffelser i én felles database som alle kan søke i.</li>"
            "</ol>",
        ),
        ("heading", "Slik svarer Spire på grepene"),
        (
            "paragraph",
            "<ul>"
            "<li><strong>Kurs</strong> gir ansatte et felles grunnlag, fra behovsavklaring og "
            "markedsdialog til kontrakt, implementering og gevinstrealisering.</li>"
            "<li><strong>Casedatabasen</strong> samler erfaringer fra virkelige anskaffelser på "
            "ett sted, med samme struktur for alle, slik at de er lette å finne og "
            "sammenligne.</li>"
            "<li><strong>Samarbeid</strong>: Kommuner kan melde inn anskaffelser de planlegger, "
            "og vise at de søker partnere. I felles anskaffelser går det fram hvem som leder, "
            "hvem som deltar og hvem som har opsjon.</li>"
            "<li><strong>Oversikt for hver organisasjon</strong> viser ledere hvordan "
            "kompetansen og absorpsjonskapasiteten utvikler seg over tid.</li>"
            "</ul>",
        ),
        ("heading", "Hva er absorpsjonskapasitet?"),
        (
            "paragraph",
            "<p>Begrepet ble gjort kjent av Wesley Cohen og Daniel Levinthal i 1990. De brukte "
            "det om en organisasjons evne til å se verdien av ny kunnskap utenfra, gjøre den "
            "til sin egen og bruke den til noe nyttig. Evnen bygger på det organisasjonen "
            "allerede kan: Jo mer relevant kunnskap dere har fra før, jo lettere er det å lære "
            "noe nytt.</p>"
            "<p>Senere forskning, blant annet Zahra og George (2002), deler evnen inn i fire "
            "dimensjoner:</p>"
            "<ul>"
            "<li><strong>Innhenting</strong> – å lete etter og ta inn kunnskap fra andre "
            "kommuner, leverandører og forskning.</li>"
            "<li><strong>Bearbeiding</strong> – å dele og drøfte kunnskapen på tvers av "
            "enheter, slik at flere forstår den.</li>"
            "<li><strong>Omforming</strong> – å koble det nye med det dere kan fra før, og "
            "endre rutiner.</li>"
            "<li><strong>Anvendelse</strong> – å bruke kunnskapen i faktiske anskaffelser og "
            "tjenester.</li>"
            "</ul>"
            "<p>De to første utgjør den <em>potensielle</em> kapasiteten, de to siste den "
            "<em>realiserte</em>.</p>",
        ),
        ("heading", "Undersøkelsen i Spire"),
        (
            "paragraph",
            "<p>Undersøkelsen bygger på et måleverktøy som Flatten, Engelen, Zahra og Brettel "
            "publiserte i 2011. Det består av 14 utsagn som besvares på en skala fra 1 til 7. "
            "Vi har skrevet egne utsagn på norsk om «kommunen vår», tilpasset arbeidet med "
            "anskaffelser. Den norske versjonen er ikke testet like grundig som originalen, så "
            "resultatene egner seg best som utgangspunkt for samtale og ikke som en fasit.</p>"
            "<p>Svarene lagres uten kobling til personen som svarte, og resultater vises bare "
            "for grupper på minst fem. Undersøkelsen måler hvordan organisasjonen arbeider, "
            "mens quizene måler hva den enkelte kan. Derfor viser vi dem side om side og slår "
            "dem aldri sammen til ett tall.</p>",
        ),
        ("heading", "Kilder"),
        (
            "paragraph",
            "<ul>"
            "<li>Bugge, M. M., Wifstad, K. og Skogli, E. (2016): <em>Spredning av innovative "
            "offentlige anskaffelser i norske kommuner</em>. Menon-publikasjon nr. 13/2016, "
            "laget sammen med NIFU på oppdrag fra KS. Omtale hos KS: "
            f'<a href="{KS_STUDY_URL}">ks.no</a></li>'
            "<li>Cohen, W. M. og Levinthal, D. A. (1990): Absorptive Capacity: A New "
            "Perspective on Learning and Innovation. <em>Administrative Science Quarterly</em> "
            '35(1), 128–152. <a href="https://doi.org/10.2307/2393553">'
            "https://doi.org/10.2307/2393553</a></li>"
            "<li>Zahra, S. A. og George, G. (2002): Absorptive Capacity: A Review, "
            "Reconceptualization, and Extension. <em>Academy of Management Review</em> 27(2), "
            '185–203. <a href="https://doi.org/10.5465/amr.2002.6587995">'
            "https://doi.org/10.5465/amr.2002.6587995</a></li>"
            "<li>Flatten, T. C., Engelen, A., Zahra, S. A. og Brettel, M. (2011): A measure of "
            "absorptive capacity: Scale development and validation. <em>European Management "
            'Journal</em> 29(2), 98–116. <a href="https://doi.org/10.1016/j.emj.2010.11.002">'
            "https://doi.org/10.1016/j.emj.2010.11.002</a></li>"
            "<li>KS (Kommunesektorens organisasjon): "
            '<a href="https://www.ks.no">https://www.ks.no</a></li>'
            "<li>Direktoratet for forvaltning og økonomistyring (DFØ), veiledning om "
            'offentlige anskaffelser: <a href="https://anskaffelser.no">'
            "https://anskaffelser.no</a></li>"
            "<li>Nasjonalt program for leverandørutvikling: "
            '<a href="https://www.innovativeanskaffelser.no">'
            "https://www.innovativeanskaffelser.no</a></li>"
            "</ul>",
        ),
    ],
}

PRIVACY = {
    "title": "Personvernerklæring",
    "slug": "personvern",
    "intro": (
        "Her forklarer vi hvilke personopplysninger Spire behandler, hvorfor vi gjør det, "
        "hvem som får se dem, hvor lenge vi tar vare på dem og hvilke rettigheter du har."
    ),
    "body": [
        ("heading", "Hvem som er ansvarlig"),
        (
            "paragraph",
            "<p>Virksomheten som drifter denne installasjonen av Spire, er behandlingsansvarlig "
            "for personopplysningene i tjenesten. I denne erklæringen kaller vi den «vi». Du "
            "når oss på <strong>personvern@spire.example.no</strong>.</p>"
            "<p>Organisasjonen du er medlem av, for eksempel kommunen din, er selv "
            "behandlingsansvarlig når den bruker opplysninger fra Spire i sin egen oppfølging "
            "av ansatte, for eksempel når en leder følger opp at obligatoriske kurs er "
            "gjennomført. Spørsmål om slik oppfølging retter du til arbeidsgiveren din.</p>"
            "<p>Vi behandler personopplysninger etter personvernforordningen (GDPR) og "
            '<a href="https://lovdata.no/dokument/NL/lov/2018-06-15-38">'
            "personopplysningsloven</a>.</p>",
        ),
        ("heading", "Hvilke opplysninger vi lagrer"),
        (
            "paragraph",
            "<ul>"
            "<li><strong>Konto:</strong> navn, e-postadressen du bruker på jobb, når du "
            "registrerte deg og sist logget inn, og passordet ditt. Passordet lagres bare som "
            "en enveis kryptert verdi (hash), så ingen hos oss kan se det. Har du slått på "
            "totrinnsinnlogging, lagrer vi også den hemmelige nøkkelen til "
            "autentiseringsappen og gjenopprettingskodene dine.</li>"
            "<li><strong>Medlemskap:</strong> hvilke organisasjoner du tilhører, eventuelt "
            "hvilken avdeling, hvilke roller du har (deltaker, leder eller administrator), og "
            "invitasjoner du har sendt eller fått.</li>"
            "<li><strong>Læring:</strong> hvilke kurs du har meldt deg på eller fått tildelt, "
            "hvilke steg du har fullført, svar og resultater på quizer, og kursbevis.</li>"
            "<li><strong>Undersøkelsen om absorpsjonskapasitet:</strong> at du har svart på en "
            "bestemt undersøkelse. Selve svarene lagres for seg, uten kobling til deg eller "
            "kontoen din, og uten tidspunkt. Mens en runde er åpen, venter svarene uten navn "
            "til minst fem svar venter. Da skrives de inn sammen, i tilfeldig rekkefølge, og "
            "slettes fra ventelisten. Når runden stenger, skrives resten inn, og alle svarene i "
            "runden lagres på nytt i en ny tilfeldig rekkefølge, slik at heller ikke "
            "rekkefølgen i databasen viser hvem som svarte hva. Mens færre enn fem svar venter, "
            "kan den som har tilgang til selve databasen (driftspersonell, ikke ledere), se at "
            "de ventende svarene hører til blant dem som svarte sist. Du ser svarene dine én "
            "gang, på siden du får rett etter at du har sendt dem. De lagres ikke i økten din, "
            "og siden kan ikke lastes inn på nytt.</li>"
            "<li><strong>Caser du sender inn:</strong> innholdet i caset, hvem som sendte det "
            "inn og når, og hvor langt det har kommet i redaksjonens gjennomgang.</li>"
            "<li><strong>Tekniske logger:</strong> IP-adresse, tidspunkt, hvilken side som ble "
            "bedt om, type nettleser og eventuelle feilmeldinger. IP-adressen brukes også til "
            "å stoppe gjentatte mislykkede innloggingsforsøk.</li>"
            "</ul>"
            "<p>Vi ber ikke om sensitive opplysninger, for eksempel om helse. Ikke skriv slike "
            "opplysninger i fritekstfelt eller i caser du sender inn.</p>",
        ),
        ("heading", "Hvorfor vi behandler opplysningene, og med hvilket grunnlag"),
        (
            "paragraph",
            "<ul>"
            "<li><strong>Konto og trygg innlogging.</strong> Grunnlag: avtalen med deg om "
            "bruk av tjenesten, personvernforordningen artikkel 6 nr. 1 bokstav b.</li>"
            "<li><strong>Kurs, quizer og kursbevis</strong>, slik at du kan fortsette der du "
            "slapp og dokumentere hva du har fullført. Grunnlag: artikkel 6 nr. 1 bokstav "
            "b.</li>"
            "<li><strong>E-post fra tjenesten</strong>, som bekreftelse av e-postadresse, "
            "nytt passord, invitasjoner og påminnelser om kurs du har fått tildelt. Grunnlag: "
            "artikkel 6 nr. 1 bokstav b.</li>"
            "<li><strong>Caser du sender inn</strong>, slik at redaksjonen kan kvalitetssikre "
            "og publisere dem og kontakte deg om innholdet. Grunnlag: artikkel 6 nr. 1 "
            "bokstav b.</li>"
            "<li><strong>Medlemskap og oversikt for organisasjonen</strong>, slik at du havner "
            "i riktig organisasjon og ledere kan tildele kurs og følge kompetansebyggingen. "
            "Grunnlag: artikkel 6 nr. 1 bokstav f, vår og organisasjonens berettigede "
            "interesse i å bygge kompetanse i innovative anskaffelser.</li>"
            "<li><strong>Undersøkelsen om absorpsjonskapasitet.</strong> Det er frivillig å "
            "svare. Vi registrerer at du har svart, slik at du ikke svarer to ganger og "
            "svarprosenten kan vises, og lager samlet statistikk for organisasjonen. "
            "Grunnlag: artikkel 6 nr. 1 bokstav f.</li>"
            "<li><strong>Sikkerhet og drift</strong>, for å oppdage feil, stoppe misbruk og "
            "holde tjenesten stabil. Grunnlag: artikkel 6 nr. 1 bokstav f, jf. kravet til "
            "informasjonssikkerhet i artikkel 32.</li>"
            "</ul>"
            "<p>Hvis virksomheten som drifter Spire, er en offentlig myndighet, er grunnlaget "
            "artikkel 6 nr. 1 bokstav e (oppgave i allmennhetens interesse) der vi over har "
            "oppgitt bokstav f. Offentlige myndigheter kan nemlig ikke bruke berettiget "
            "interesse som grunnlag når de utfører oppgavene sine.</p>"
            "<p>Vi selger ikke opplysninger og bruker dem ikke til markedsføring. Quizene "
            "rettes automatisk, men Spire tar ingen avgjørelser om deg på grunnlag av "
            "resultatet.</p>",
        ),
        ("heading", "Hvem som ser hva"),
        (
            "paragraph",
            "<ul>"
            "<li><strong>Du</strong> ser opplysningene om deg selv på profilsiden din.</li>"
            "<li><strong>Ledere i organisasjonen din</strong> ser samlede tall: hvor mange som "
            "har fullført kurs, gjennomsnittlige quizresultater og resultatene fra "
            "undersøkelsen. Tall for grupper med færre enn fem personer vises ikke. Ledere ser "
            "aldri quizresultatene dine eller hva du har svart i undersøkelsen.</li>"
            "<li><strong>Quizresultater i oversikten</strong> endres bare når resultatene til "
            "minst fem personer har endret seg samtidig, og alle tall som noen gang er vist, "
            "teller de samme gruppene på minst fem personer samlet. Slik kan ingen regne ut ditt "
            "resultat ved å sammenligne tallene fra to dager, mellom avdelinger, eller før og "
            "etter at noen begynte, sluttet eller byttet avdeling.</li>"
            "<li><strong>Resultatene fra undersøkelsen</strong> vises først når runden er "
            "stengt, og bare hvis minst fem har svart. Mens runden er åpen, ser ledere bare hvor "
            "mange som har svart. Tallene låses når runden stenger, og endres ikke etterpå. To "
            "runder som spør noen av de samme personene, kan ikke være åpne samtidig, og tall "
            "per avdeling vises bare når ingen avdeling, og heller ikke de utenfor "
            "avdelingene, har mellom ett og fire svar. Slik kan ingen regne ut hva én person "
            "svarte ved å trekke ett tall fra et annet.</li>"
            "<li><strong>Gjennomføring per person:</strong> Ledere kan se om du har fullført "
            "kurs du har fått tildelt, slik de kan for annen obligatorisk opplæring, men bare "
            "så lenge organisasjonen din tillater det.</li>"
            "<li><strong>Administratorer i organisasjonen</strong> ser navn, e-postadresse, "
            "avdeling og roller for medlemmene, slik at de kan administrere medlemskap.</li>"
            "<li><strong>Redaktører</strong> ser innsendte caser og hvem som sendte dem inn. "
            "Publiserte caser er åpne for alle og viser hvilke organisasjoner som deltok. "
            "Navnet ditt vises ikke, med mindre du selv har skrevet det inn i caset.</li>"
            "<li><strong>Driftspersonell</strong> hos oss og leverandørene våre får tilgang "
            "bare når det trengs for drift, feilretting og sikkerhet, og de har "
            "taushetsplikt.</li>"
            "</ul>"
            "<p>Vi gir ikke opplysninger videre til andre, med mindre loven pålegger oss "
            "det.</p>",
        ),
        ("heading", "Hvor lenge vi lagrer opplysningene"),
        (
            "paragraph",
            "<ul>"
            "<li><strong>Konto, medlemskap, læringsframdrift, quizresultater og "
            "kursbevis:</strong> til du sletter kontoen, eller til kontoen har vært ubrukt i "
            "24 måneder. Da sletter vi den.</li>"
            "<li><strong>Registreringen av at du har svart på en undersøkelse:</strong> "
            "slettes sammen med kontoen.</li>"
            "<li><strong>Svarene i undersøkelsen:</strong> lagres uten kobling til deg og tas "
            "vare på som statistikk, slik at organisasjonen kan følge utviklingen over "
            "tid.</li>"
            "<li><strong>Innsendte caser:</strong> Caset hører til organisasjonen og blir "
            "liggende i databasen. Når kontoen din slettes, fjerner vi koblingen mellom deg "
            "og caset.</li>"
            "<li><strong>Tekniske logger:</strong> 90 dager.</li>"
            "<li><strong>Sikkerhetskopier:</strong> Opplysninger du har slettet, kan ligge i "
            "sikkerhetskopiene i inntil 30 dager før de blir overskrevet.</li>"
            "</ul>",
        ),
        ("heading", "Leverandører som behandler opplysninger for oss"),
        (
            "paragraph",
            "<p>Vi bruker leverandører som behandler opplysninger på våre vegne "
            "(databehandlere):</p>"
            "<ul>"
            "<li>en driftsleverandør for servere, database og sikkerhetskopier</li>"
            "<li>en e-posttjeneste som sender e-post fra Spire</li>"
            "</ul>"
            "<p>Vi har databehandleravtaler med dem etter personvernforordningen artikkel 28. "
            "De kan bare bruke opplysningene til å levere tjenesten til oss. Opplysningene "
            "lagres og behandles innenfor EU/EØS. Ønsker du en oppdatert liste over "
            "leverandørene, kan du kontakte oss.</p>",
        ),
        ("heading", "Informasjonskapsler"),
        (
            "paragraph",
            "<p>Spire bruker bare informasjonskapsler (cookies) som trengs for at tjenesten "
            "skal virke:</p>"
            "<ul>"
            "<li><strong>sessionid</strong> holder deg innlogget. Den slettes når du lukker "
            "nettleseren, eller etter 14 dager hvis du har valgt «Husk meg».</li>"
            "<li><strong>csrftoken</strong> hindrer andre nettsteder i å sende inn skjemaer i "
            "ditt navn. Den lagres i opptil ett år.</li>"
            "<li><strong>django_language</strong> husker hvilket språk du har valgt. Den "
            "slettes når du lukker nettleseren.</li>"
            "</ul>"
            "<p>Etter ekomloven trenger vi ikke samtykke for informasjonskapsler som er "
            "nødvendige for å levere tjenesten. Vi bruker ingen informasjonskapsler for "
            "analyse, sporing eller annonser.</p>",
        ),
        ("heading", "Rettighetene dine"),
        (
            "paragraph",
            "<p>Du har rett til å</p>"
            "<ul>"
            "<li>få <strong>innsyn</strong> i hvilke opplysninger vi har om deg</li>"
            "<li>få <strong>rettet</strong> opplysninger som er feil</li>"
            "<li>få opplysninger <strong>slettet</strong></li>"
            "<li>kreve at behandlingen blir <strong>begrenset</strong>, for eksempel mens vi "
            "vurderer en innsigelse fra deg</li>"
            "<li>få utlevert opplysningene du har gitt oss, i et maskinlesbart format "
            "(<strong>dataportabilitet</strong>)</li>"
            "<li><strong>protestere</strong> mot behandling som bygger på berettiget interesse "
            "eller allmennhetens interesse</li>"
            "</ul>"
            "<p>På profilsiden din kan du selv laste ned opplysningene vi har om deg, og slette "
            "kontoen din. For andre henvendelser skriver du til "
            "<strong>personvern@spire.example.no</strong>. Vi svarer så raskt vi kan, og "
            "senest innen én måned.</p>"
            "<p>Fordi svarene dine i undersøkelsen ikke er koblet til deg, kan vi ikke finne "
            "dem igjen. Vi kan derfor verken vise, rette eller slette dem i ettertid.</p>",
        ),
        ("heading", "Klage"),
        (
            "paragraph",
            "<p>Mener du at vi behandler personopplysninger i strid med regelverket, kan du "
            'klage til <a href="https://www.datatilsynet.no">Datatilsynet</a>. Vi setter pris '
            "på om du kontakter oss først, så vi får mulighet til å rette opp feilen.</p>",
        ),
        ("heading", "Kontakt og endringer"),
        (
            "paragraph",
            "<p>Spørsmål om personvern i Spire sender du til "
            "<strong>personvern@spire.example.no</strong>. Hvis vi endrer hvordan vi behandler "
            "personopplysninger, oppdaterer vi denne erklæringen.</p>"
            "<p><em>Sist oppdatert: 29. november 2026</em></p>",
        ),
    ],
}

ACCESSIBILITY = {
    "title": "Tilgjengelighetserklæring",
    "slug": "tilgjengelighet",
    "intro": (
        "Vi vil at alle skal kunne bruke Spire, uansett funksjonsevne og hjelpemidler. Her "
        "forteller vi hvordan vi arbeider med universell utforming, hva som ikke fungerer "
        "godt nok ennå, og hvordan du kan gi oss beskjed."
    ),
    "body": [
        ("heading", "Krav og status"),
        (
            "paragraph",
            "<p>Nettsteder i Norge skal være universelt utformet. Kravet står i "
            '<a href="https://lovdata.no/dokument/NL/lov/2017-06-16-51">likestillings- og '
            "diskrimineringsloven</a> og i "
            '<a href="https://lovdata.no/dokument/SF/forskrift/2013-06-21-732">forskrift om '
            "universell utforming av IKT-løsninger</a>. Forskriften bygger på retningslinjene "
            '<a href="https://www.w3.org/TR/WCAG21/">WCAG 2.1</a> (Web Content Accessibility '
            "Guidelines).</p>"
            "<p>Spire har som mål å oppfylle alle kravene i WCAG 2.1 på nivå A og AA. Vi mener "
            "at tjenesten i hovedsak gjør det, men at noe innhold ikke oppfyller kravene fullt "
            "ut. Det beskriver vi under «Kjente begrensninger».</p>",
        ),
        ("heading", "Slik har vi bygget Spire"),
        (
            "paragraph",
            "<ul>"
            '<li>Vi bruker <a href="https://designsystemet.no">Designsystemet</a> fra '
            "Digitaliseringsdirektoratet (Digdir). Komponentene er laget for å være "
            "tilgjengelige.</li>"
            "<li>Alt kan brukes med tastatur, og du ser alltid hvor fokus er.</li>"
            "<li>Øverst på hver side er en lenke som lar deg hoppe rett til "
            "hovedinnholdet.</li>"
            "<li>Sidene har tydelige overskrifter og landemerker, slik at du kan navigere med "
            "skjermleser.</li>"
            "<li>Alle skjemafelt har synlige ledetekster, og feilmeldinger forklarer hva som "
            "må rettes.</li>"
            "<li>Tekst og viktige grafiske elementer har god nok kontrast. Sidene fungerer med "
            "forstørret tekst og på små skjermer.</li>"
            "<li>Diagrammer på oversiktssidene har en tabell med de samme tallene ved siden "
            "av, og bilder har tekstalternativ.</li>"
            "<li>Tjenesten finnes på bokmål, nynorsk og engelsk, og språket er merket slik at "
            "skjermlesere kan uttale teksten riktig.</li>"
            "</ul>",
        ),
        ("heading", "Slik tester vi"),
        (
            "paragraph",
            "<p>Vi kjører automatiske kontroller med verktøyet axe som en del av testene våre. "
            "Automatiske verktøy finner bare en del av feilene, så vi tester også manuelt: med "
            "bare tastatur, med skjermleser og med forstørrelse. Erklæringen bygger på vår "
            "egen vurdering og testing.</p>",
        ),
        ("heading", "Kjente begrensninger"),
        (
            "paragraph",
            "<ul>"
            "<li><strong>Kursbevis i PDF</strong> er ikke nødvendigvis fullt tilgjengelige for "
            "skjermlesere. Trenger du kursbeviset i et annet format, kan du kontakte oss.</li>"
            "<li><strong>Dokumenter fra andre</strong>, for eksempel vedlegg til caser fra "
            "kommuner og andre virksomheter, kan mangle struktur, tekstalternativer eller god "
            "nok kontrast. Vi ber alle som sender inn innhold om å bruke tilgjengelige "
            "formater, men vi kan ikke garantere at alle dokumenter oppfyller kravene.</li>"
            "<li><strong>Video</strong> i kursene skal ha teksting og en tekstversjon "
            "(transkripsjon). Finner du en video som mangler dette, vil vi gjerne vite det.</li>"
            "<li><strong>Redigeringsverktøyet</strong> som innholdsredaktører bruker, kommer fra "
            "publiseringsløsningen Wagtail. Vi har testet det mindre grundig enn resten av "
            "Spire.</li>"
            "<li><strong>Lenker til andre nettsteder</strong> fører til sider vi ikke har "
            "ansvar for, og som kan ha egne mangler.</li>"
            "</ul>",
        ),
        ("heading", "Gi oss tilbakemelding"),
        (
            "paragraph",
            "<p>Er noe vanskelig å bruke, eller trenger du innhold i et annet format? Skriv "
            "til <strong>tilgjengelighet@spire.example.no</strong>. Fortell gjerne hvilken "
            "side det gjelder, hva som skjedde og hvilket hjelpemiddel du bruker. Vi svarer så "
            "snart vi kan.</p>",
        ),
        ("heading", "Klage til tilsynet"),
        (
            "paragraph",
            "<p>Tilsynet for universell utforming av ikt (uutilsynet) passer på at nettsteder "
            "følger reglene. Får du ikke et godt nok svar fra oss, eller mener du at Spire "
            "ikke oppfyller kravene, kan du melde fra til tilsynet på "
            '<a href="https://www.uutilsynet.no">uutilsynet.no</a>.</p>'
            "<p><em>Sist oppdatert: 29. november 2026</em></p>",
        ),
    ],
}
