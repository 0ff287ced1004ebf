"""The controlled lists Spire ships (from ../shared/CONTENT.md). Editors may rename or extend
them as snippets; the slugs are stable and are what URLs, the API and the demo content use.
Migrations hold frozen copies, as migrations must not import app code."""

PROCUREMENT_PHASES = [
    ("behovsavklaring", "Behovsavklaring"),
    ("markedsdialog", "Markedsdialog"),
    ("konkurranse", "Konkurranse"),
    ("kontrakt", "Kontrakt"),
    ("implementering", "Implementering"),
    ("gevinstrealisering", "Gevinstrealisering"),
    ("spredning", "Spredning"),
]

SERVICE_AREAS = [
    ("helse-omsorg", "Helse, omsorg og velferdsteknologi"),
    ("bygg-eiendom", "Bygg og eiendom"),
    ("samferdsel-transport", "Samferdsel og transport"),
    ("vann-avlop", "Vann og avløp"),
    ("avfall-sirkularokonomi", "Avfall og sirkulærøkonomi"),
    ("energi", "Energi"),
    ("ikt-digitalisering", "IKT og digitalisering"),
    ("oppvekst-utdanning", "Oppvekst og utdanning"),
    ("kultur-idrett", "Kultur og idrett"),
    ("administrasjon", "Administrasjon"),
    ("klima-miljo", "Klima og miljø"),
]

# (slug, name, eForms procedure code or "")
PROCEDURES = [
    ("open", "Åpen anbudskonkurranse", "open"),
    ("restricted", "Begrenset anbudskonkurranse", "restricted"),
    ("neg-w-call", "Konkurranse med forhandling", "neg-w-call"),
    ("comp-dial", "Konkurransepreget dialog", "comp-dial"),
    ("innovation", "Innovasjonspartnerskap", "innovation"),
    ("neg-wo-call", "Anskaffelse uten konkurranse", "neg-wo-call"),
    ("design-contest", "Plan- og designkonkurranse", ""),
    ("pcp", "Førkommersiell anskaffelse (PCP)", ""),
    ("innovation-contest", "Innovasjonskonkurranse (StartOff)", ""),
]

INNOVATION_TYPES = [
    ("innovasjonsanskaffelse", "Innovasjonsanskaffelse"),
    ("innovasjonsvennlig", "Innovasjonsvennlig anskaffelse"),
    ("innovativ-losning", "Anskaffelse av innovativ løsning"),
]

# eForms «innovative acquisition» codes (slug = the code)
INNOVATIVE_ACQUISITION_CODES = [
    ("prod-innov", "Produktinnovasjon"),
    ("proc-innov", "Prosessinnovasjon"),
    ("mar-nov", "Markedsføringsinnovasjon"),
    ("org-nov", "Organisasjonsinnovasjon"),
    ("rd-act", "Forsknings- og utviklingsaktivitet"),
    ("fp-requ", "Funksjons- og ytelseskrav"),
    ("buy-eff", "Mer effektive innkjøp"),
    ("other", "Annet"),
]

MARKET_DIALOGUE_ACTIVITIES = [
    ("markedsundersokelse", "Markedsundersøkelse"),
    ("dialogkonferanse", "Dialogkonferanse"),
    ("omvendt-dialogkonferanse", "Omvendt dialogkonferanse"),
    ("en-til-en-moter", "Én-til-én-møter"),
    ("rfi", "Skriftlig informasjon (RFI)"),
    ("horing", "Høring av konkurransegrunnlag"),
    ("veiledende-kunngjoring", "Veiledende kunngjøring"),
    ("moteplass", "Møteplass"),
]

# (slug, name, seeks partners)
CASE_STATUSES = [
    ("planlagt", "Planlagt (søker samarbeidspartnere)", True),
    ("pagar", "Pågår", False),
    ("kontrakt-inngatt", "Kontrakt inngått", False),
    ("implementert", "Implementert", False),
    ("avsluttet", "Avsluttet", False),
    ("avbrutt", "Avbrutt", False),
]

# (slug, name, default unit)
EFFECT_CATEGORIES = [
    ("kostnadsbesparelse", "Kostnadsbesparelse", "NOK/år"),
    ("frigjorte-arsverk", "Frigjorte årsverk", "årsverk"),
    ("kvalitet", "Kvalitet for brukerne", ""),
    ("klimagass", "Klimagassreduksjon", "t CO2e/år"),
    ("miljo", "Annen miljøeffekt", ""),
    ("arbeidsplasser", "Arbeidsplasser", "arbeidsplasser"),
    ("naeringsutvikling", "Næringsutvikling og eksport", ""),
    ("radikal-innovasjon", "Radikal innovasjon", ""),
]

# (model name, entries, names of the extra fields each entry carries after slug and name)
LISTS = [
    ("ProcurementPhase", PROCUREMENT_PHASES, ()),
    ("ServiceArea", SERVICE_AREAS, ()),
    ("Procedure", PROCEDURES, ("eforms_code",)),
    ("InnovationType", INNOVATION_TYPES, ()),
    ("InnovativeAcquisitionCode", INNOVATIVE_ACQUISITION_CODES, ()),
    ("MarketDialogueActivity", MARKET_DIALOGUE_ACTIVITIES, ()),
    ("CaseStatus", CASE_STATUSES, ("seeks_partners",)),
    ("EffectCategory", EFFECT_CATEGORIES, ("default_unit",)),
]


def ensure_lists(get_model) -> None:
    """Create any shipped entry that is missing; never rename what editors changed.
    `get_model(name)` returns the model, so a migration can pass its historical models."""
    for model_name, entries, extra_fields in LISTS:
        model = get_model(model_name)
        for order, (slug, name, *extra) in enumerate(entries):
            model.objects.get_or_create(
                slug=slug,
                defaults={
                    "name": name,
                    "sort_order": order,
                    **dict(zip(extra_fields, extra, strict=True)),
                },
            )
