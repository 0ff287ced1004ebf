"""Many live cases at once: page rows written with bulk inserts (the page tree's paths computed
here, as treebeard would), their child rows (buyers, phases, lessons, suppliers, effects) in
bulk, and the search index filled in batches, so 10,000 cases take a minute or two rather than
an hour of Page.add_child. Used by `manage.py generate_scale_data` and by the case-search
benchmark (bench/case_search.py).

Texts are random words around each case's service area, so a search for a topic word matches
a few per cent of the cases, as a real search would. Everything random comes from the
`random.Random` passed in."""

from __future__ import annotations

import random
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta

from django.contrib.contenttypes.models import ContentType
from django.db import connection, transaction
from django.db.models import F
from django.utils import timezone
from wagtail.models import Page
from wagtail.search.backends import get_search_backend

from cases.models import (
    CaseEffect,
    CaseIndexPage,
    CaseLesson,
    CasePage,
    CaseParticipant,
    CasePhase,
    CaseStatus,
    CaseSupplier,
    EffectBasis,
    EffectCategory,
    InnovationType,
    ParticipantRole,
    Procedure,
    ProcurementPhase,
    ServiceArea,
)
from demo.scale.generate import seeded_uuid
from organizations.models import Organization, OrganizationKind

WORDS = (  # noqa: SIM905 - a word list reads better as text
    "behov marked dialog leverandør innbyggere tjeneste kvalitet pris kostnad gevinst risiko "
    "kontrakt konkurranse forankring ledelse brukere ansatte pilot test måling effekt "
    "kravspesifikasjon funksjonskrav innovasjon partnerskap samarbeid region kommune fylke "
    "teknologi løsning plattform data integrasjon drift vedlikehold tidlig involvering tid "
    "tillit erfaring prosjekt gruppe møte plan budsjett år første andre viktig god bedre "
    "mulighet utfordring krav evaluering tilbud tildeling oppfølging gevinstrealisering"
).split()
# Words that say what a case is about: each case uses a few from its own service area, so a
# search for one matches a few per cent of the cases, as a real search would.
TOPIC_WORDS = {
    "helse-omsorg": "trygghetsalarm sensorer medisindispenser tilsyn hjemmetjeneste sykehjem",
    "bygg-eiendom": "byggeplass rehabilitering skolebygg anleggsmaskiner energimerking",
    "samferdsel-transport": "ferje busser parkering ladestasjon veilys",
    "vann-avlop": "lekkasje renseanlegg sensorer avløpsnett vannmåler",
    "avfall-sirkularokonomi": "ombruk møbler avfallshenting sortering",
    "energi": "solceller energisentral batterier varmepumpe",
    "ikt-digitalisering": "saksbehandling postkasse innbyggerportal skytjeneste",
    "oppvekst-utdanning": "læringsplattform nettbrett barnehagemat skoleskyss",
    "kultur-idrett": "bibliotek idrettshall kulturhus",
    "administrasjon": "fakturaflyt robotisering lønn",
    "klima-miljo": "utslipp klimagass biodrivstoff",
}
TITLES = {
    "helse-omsorg": [
        "Digitalt tilsyn",
        "Trygghetsalarmer",
        "Medisindispensere",
        "Velferdsteknologi",
    ],
    "bygg-eiendom": ["Utslippsfri byggeplass", "Ny skole", "Energieffektiv rehabilitering"],
    "samferdsel-transport": ["Elektrisk ferje", "Smart parkering", "Utslippsfrie busser"],
    "vann-avlop": ["Lekkasjekontroll", "Nytt renseanlegg", "Sensorer i avløpsnettet"],
    "avfall-sirkularokonomi": ["Gjenbruk av møbler", "Smart avfallshenting"],
    "energi": ["Solceller på tak", "Energisentral", "Lokal energilagring"],
    "ikt-digitalisering": ["Felles saksbehandling", "Digital postkasse", "Innbyggerportal"],
    "oppvekst-utdanning": ["Læringsplattform", "Digital skolehverdag", "Barnehagemat"],
    "kultur-idrett": ["Bibliotek uten betjening", "Idrettshall med solceller"],
    "administrasjon": ["Robotisering av fakturaflyt", "Felles innkjøpssamarbeid"],
    "klima-miljo": ["Klimavennlige anleggsmaskiner", "Utslippsfri byggeplass"],
}
AREA_WEIGHTS = {
    "helse-omsorg": 30,
    "bygg-eiendom": 14,
    "samferdsel-transport": 10,
    "vann-avlop": 6,
    "avfall-sirkularokonomi": 5,
    "energi": 6,
    "ikt-digitalisering": 12,
    "oppvekst-utdanning": 7,
    "kultur-idrett": 2,
    "administrasjon": 4,
    "klima-miljo": 4,
}
STATUS_WEIGHTS = {
    "planlagt": 8,
    "pagar": 30,
    "kontrakt-inngatt": 20,
    "implementert": 25,
    "avsluttet": 12,
    "avbrutt": 5,
}
CHILD_MODELS = {
    "participants": CaseParticipant,
    "phases": CasePhase,
    "lessons": CaseLesson,
    "suppliers": CaseSupplier,
    "effects": CaseEffect,
}


def _sentence(rng: random.Random, words: int) -> str:
    return " ".join(rng.choice(WORDS) for _ in range(words)).capitalize() + "."


def _participant_count(rng: random.Random) -> int:
    """Most cases have one buyer; some are joint procurements of up to 30."""
    roll = rng.random()
    if roll < 0.7:
        return 1
    if roll < 0.9:
        return rng.randint(2, 5)
    return rng.randint(6, 30)


@dataclass
class Vocabularies:
    areas: dict
    statuses: dict
    procedures: list
    innovation_types: list
    phases: list
    effect_categories: list
    organizations: list
    org_weights: list


def vocabularies_load(
    buyers: Sequence[Organization] | None = None, buyer_weights: Sequence[float] | None = None
) -> Vocabularies:
    """The controlled lists, and the organisations that buy: `buyers` with `buyer_weights`,
    or by default every municipality and county, the first few (by id) sharing the most, as
    a few large municipalities do in real life."""
    if buyers is None:
        buyers = list(
            Organization.objects.filter(
                kind__in=[OrganizationKind.MUNICIPALITY, OrganizationKind.COUNTY]
            ).order_by("pk")
        )
        buyer_weights = [1 / (rank + 5) for rank in range(len(buyers))]
    return Vocabularies(
        areas={a.slug: a for a in ServiceArea.objects.all()},
        statuses={s.slug: s for s in CaseStatus.objects.all()},
        procedures=list(Procedure.objects.order_by("pk")),
        innovation_types=list(InnovationType.objects.order_by("pk")),
        phases=list(ProcurementPhase.objects.order_by("sort_order")),
        effect_categories=list(EffectCategory.objects.order_by("pk")),
        organizations=list(buyers),
        org_weights=list(buyer_weights or [1.0] * len(buyers)),
    )


@dataclass(frozen=True)
class CaseNaming:
    """How generated cases are named: slug `<slug_prefix><number>`, title
    `<title_prefix><a title from the service area> <number>`."""

    slug_prefix: str = "sak-"
    title_prefix: str = ""


def _next_position(index: CaseIndexPage) -> int:
    """The tree position after the index's last child (not its child count: a deleted case
    leaves a gap, and a new page must not take a path that is still in use)."""
    last = index.get_children().order_by("-path").values_list("path", flat=True).first()
    return Page._str2int(last[-Page.steplen :]) + 1 if last else 1


def _page_rows(
    index: CaseIndexPage,
    position: int,
    numbers: range,
    rng: random.Random,
    naming: CaseNaming,
    now: datetime,
) -> tuple[list[Page], list[str]]:
    """Page rows for new cases under the index, one per number, at tree positions from
    `position` on, with the path, depth and URL path treebeard and Wagtail would give them."""
    content_type = ContentType.objects.get_for_model(CasePage)
    areas = list(AREA_WEIGHTS)
    pages, details = [], []
    for offset, n in enumerate(numbers):
        area = rng.choices(areas, weights=list(AREA_WEIGHTS.values()))[0]
        title = f"{naming.title_prefix}{rng.choice(TITLES[area])} {n}"
        slug = f"{naming.slug_prefix}{n}"
        first = now - timedelta(days=rng.randint(1, 8 * 365), minutes=rng.randint(0, 1440))
        pages.append(
            Page(
                title=title,
                draft_title=title,
                slug=slug,
                content_type=content_type,
                path=CasePage._get_path(index.path, index.depth + 1, position + offset),
                depth=index.depth + 1,
                numchild=0,
                url_path=f"{index.url_path}{slug}/",
                live=True,
                has_unpublished_changes=False,
                first_published_at=first,
                last_published_at=first + timedelta(days=rng.randint(0, 400)),
                locale_id=index.locale_id,
                translation_key=seeded_uuid(rng),
            )
        )
        details.append(area)
    return pages, details


def _summary(rng: random.Random, area: str) -> str:
    topic = TOPIC_WORDS[area].split()
    words = [rng.choice(WORDS) for _ in range(28)] + rng.sample(topic, 2)
    rng.shuffle(words)
    return " ".join(words).capitalize() + "."


def _case_rows(pages, areas, vocab: Vocabularies, rng: random.Random) -> list[CasePage]:
    statuses = list(STATUS_WEIGHTS)
    cases = []
    for page, area in zip(pages, areas, strict=True):
        value = int(rng.lognormvariate(15, 1.5)) if rng.random() < 0.6 else None
        cases.append(
            CasePage(
                page_ptr_id=page.pk,
                summary=_summary(rng, area),
                need=_sentence(rng, 60),
                service_area=vocab.areas[area],
                status=vocab.statuses[rng.choices(statuses, list(STATUS_WEIGHTS.values()))[0]],
                procedure=rng.choice(vocab.procedures) if rng.random() < 0.9 else None,
                innovation_type=rng.choice(vocab.innovation_types),
                started_year=rng.randint(2010, 2025),
                cpv_codes=rng.choice(["", "33000000-0", "48000000-8", "45000000-7"]),
                contract_value=value,
                contract_value_basis=rng.choice(["estimated", "awarded"]) if value else "",
                contact_role="Innkjøpsavdelingen",
                contact_email="postmottak@example.org",
            )
        )
    return cases


def _child_rows(cases, vocab: Vocabularies, rng: random.Random) -> dict[str, list]:
    rows: dict[str, list] = {name: [] for name in CHILD_MODELS}
    for case in cases:
        buyers: list[int] = []  # in the order drawn, so the lead is the same on every run
        for _ in range(_participant_count(rng)):
            chosen = rng.choices(range(len(vocab.organizations)), vocab.org_weights)[0]
            if chosen not in buyers:
                buyers.append(chosen)
        for order, org_index in enumerate(buyers):
            rows["participants"].append(
                CaseParticipant(
                    page_id=case.pk,
                    organization=vocab.organizations[org_index],
                    role=ParticipantRole.LEAD if order == 0 else ParticipantRole.PARTICIPANT,
                    sort_order=order,
                )
            )
        for order, phase in enumerate(vocab.phases[: rng.randint(1, len(vocab.phases))]):
            rows["phases"].append(CasePhase(page_id=case.pk, phase=phase, sort_order=order))
        for order in range(rng.randint(1, 3)):
            rows["lessons"].append(
                CaseLesson(
                    page_id=case.pk,
                    text=" ".join(_sentence(rng, 15) for _ in range(3)),
                    tags=", ".join(rng.sample(WORDS, 2)),
                    sort_order=order,
                )
            )
        for order in range(rng.randint(0, 2)):
            rows["suppliers"].append(
                CaseSupplier(
                    page_id=case.pk, name=f"{rng.choice(WORDS).title()} AS", sort_order=order
                )
            )
        if rng.random() < 0.3:
            rows["effects"].append(
                CaseEffect(
                    page_id=case.pk,
                    category=rng.choice(vocab.effect_categories),
                    value=rng.randint(1, 5_000_000),
                    basis=EffectBasis.MEASURED if rng.random() < 0.5 else EffectBasis.ESTIMATED,
                )
            )
    return rows


def cases_generate(
    count: int,
    rng: random.Random,
    *,
    first_number: int = 1,
    naming: CaseNaming = CaseNaming(),
    vocab: Vocabularies | None = None,
    now: datetime | None = None,
    batch_size: int = 1000,
) -> int:
    """Add `count` live cases numbered from `first_number` under the case index with bulk
    inserts, each batch in a transaction and indexed for search; returns how many."""
    vocab = vocab or vocabularies_load()
    now = now or timezone.now()
    index = CaseIndexPage.objects.get()
    position = _next_position(index)
    case_fields = list(CasePage._meta.local_concrete_fields)
    for start in range(0, count, batch_size):
        numbers = range(first_number + start, first_number + min(count, start + batch_size))
        with transaction.atomic():
            pages, areas = _page_rows(index, position + start, numbers, rng, naming, now)
            pages = Page.objects.bulk_create(pages)
            cases = _case_rows(pages, areas, vocab, rng)
            # A multi-table child cannot be bulk-created; insert its own table's rows directly.
            CasePage.objects._insert(cases, fields=case_fields, using=connection.alias)
            for name, rows in _child_rows(pages, vocab, rng).items():
                CHILD_MODELS[name].objects.bulk_create(rows, batch_size=2000)
            Page.objects.filter(pk=index.pk).update(numchild=F("numchild") + len(pages))
            search_index_add([page.pk for page in pages])
    return count


def search_index_add(ids: list[int]) -> None:
    objects = list(CasePage.get_indexed_objects().filter(pk__in=ids))
    get_search_backend().add_bulk(CasePage, objects)
