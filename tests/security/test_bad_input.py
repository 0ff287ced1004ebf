"""Bad input never gives a 500: a fixed set of odd values (superscript digits, very long
numbers, NUL, NaN, infinities, huge exponents, arrays, negative numbers, empty, whitespace,
10,000 characters) sent to every GET parameter of every URL in the URL configuration, to every
path argument, and to every field of every POST form those pages show, as a visitor, a learner
and a lead (who is also an admin here, with MFA). Runs on SQLite and on PostgreSQL, which
differ: NUL in text and integer overflow fail differently on each.

The URLs come from walking the URL configuration (url_walk.py) and are filled in from the
access matrix's rules (access_rules.py) and its world (conftest.py), so a new URL is covered
as soon as it has an access rule. The parameter names come from reading the source: every
``request.GET.get("…")``, ``getlist("…")``, ``request.GET["…"]`` and ``"…" in request.GET`` in
Spire's apps, the fields of forms bound to ``request.GET``, the case search's facet keys, and a
few generic names — all sent to every URL, so a new parameter is covered without listing it.

To stay fast, one request carries one odd value in every parameter at once. When that request
is refused (4xx) but the page itself is not, the names are split in halves until the one that
refused is found, so a parameter read after another one is refused still gets every value."""

from __future__ import annotations

import ast
import functools
from dataclasses import dataclass
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import urlsplit

import pytest
from django.conf import settings
from django.urls import NoReverseMatch, reverse

from tests.security.access_rules import EXCLUDED_PREFIXES, RULES, Rule
from tests.security.url_walk import walk

# --- The odd values ------------------------------------------------------------------------

ODD_VALUES: dict[str, object] = {
    "superscript": "²",
    "superscripts": "¹²",
    "20 digits": "9" * 20,
    "400 digits": "9" * 400,
    "NUL": "\x00",
    "digit and NUL": "1\x00",
    "NaN": "NaN",
    "nan": "nan",
    "Infinity": "Infinity",
    "-inf": "-inf",
    "huge exponent": "1e999999",
    "tiny exponent": "1e-999999",
    "negative": "-1",
    "empty": "",
    "whitespace": " \t\n",
    "10,000 characters": "x" * 10_000,
    "twice": ["1", "²"],  # the same parameter twice
}
# Sent as a parameter of its own with every value: PHP's array syntax.
ARRAY_NAMES = ("x[]", "id[]")

ROLES = ("anonymous", "learner_a", "lead_a")
APPS = ("accounts", "assessments", "cases", "core", "courses", "dashboards", "home")
APPS += ("learning", "organizations")
GENERIC_NAMES = ("id", "page", "side", "per_side", "q", "next", "sort", "format", "x")


# --- The parameter names, read from the source ----------------------------------------------


def _is_request_get(node: ast.AST) -> bool:
    """``request.GET`` or ``self.request.GET``, or a parameter called ``query`` (the
    ``from_query(query)`` readers that are handed request.GET)."""
    if isinstance(node, ast.Attribute) and node.attr == "GET":
        return True
    return isinstance(node, ast.Name) and node.id == "query"


def _form_fields(module_name: str, class_name: str) -> set[str]:
    import importlib

    form = getattr(importlib.import_module(module_name), class_name, None)
    return set(getattr(form, "base_fields", {}))


def _names_in(path: Path, module_name: str) -> set[str]:
    names: set[str] = set()
    imported: dict[str, str] = {}
    tree = ast.parse(path.read_text())
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom) and node.module:
            for alias in node.names:
                imported[alias.asname or alias.name] = node.module
        if (
            isinstance(node, ast.Call)
            and isinstance(node.func, ast.Attribute)
            and node.func.attr in ("get", "getlist")
            and _is_request_get(node.func.value)
            and node.args
            and isinstance(node.args[0], ast.Constant)
        ):
            names.add(str(node.args[0].value))
        if (
            isinstance(node, ast.Subscript)
            and _is_request_get(node.value)
            and isinstance(node.slice, ast.Constant)
        ):
            names.add(str(node.slice.value))
        if (
            isinstance(node, ast.Compare)
            and any(_is_request_get(c) for c in node.comparators)
            and isinstance(node.left, ast.Constant)
        ):
            names.add(str(node.left.value))
        # A form bound to the query string: SomeForm(request.GET or None, ...)
        if isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.args:
            first = node.args[0]
            bound = _is_request_get(first) or (
                isinstance(first, ast.BoolOp) and any(_is_request_get(v) for v in first.values)
            )
            if bound:
                names |= _form_fields(imported.get(node.func.id, module_name), node.func.id)
    return names


@functools.cache
def get_parameter_names() -> list[str]:
    from cases.selectors import FACETS_BY_KEY

    base = Path(settings.BASE_DIR)
    names = set(GENERIC_NAMES) | set(FACETS_BY_KEY)
    for app in APPS:
        for path in (base / app).rglob("*.py"):
            if "migrations" in path.parts:
                continue
            module = ".".join(path.relative_to(base).with_suffix("").parts)
            names |= _names_in(path, module.removesuffix(".__init__"))
    return sorted(names)


# --- The URLs --------------------------------------------------------------------------------


@dataclass(frozen=True)
class Target:
    """One URL to send odd values to: a name reversed with kwargs, or a path."""

    id: str
    name: str | None = None
    kwargs: object = None  # World -> dict
    path: object = None  # World -> str

    def url(self, world, **changes) -> str:
        if self.path is not None:
            return self.path(world)
        kwargs = {**(self.kwargs(world) if self.kwargs else {}), **changes}
        return reverse(self.name, kwargs=kwargs or None)


def _page_paths(world) -> dict[str, str]:
    """Wagtail's pages: those the access matrix visits, and the indexes with their routes."""
    from cases.models import CaseIndexPage

    index = CaseIndexPage.objects.get()
    return {
        "home": "/",
        "case index": index.url,
        "case export": index.url + "eksport/",
        "case feed": index.url + "feed/",
        "course index": world.course.index.url,
        "course": world.course.course.url,
        "module": world.course.modules[0].url,
        "case": world.case.url,
        "lesson": world.lesson.url,
        "quiz": world.quiz.url,
    }


# Arguments for library URLs that the access matrix leaves out.
LIBRARY_KWARGS = {
    "account_confirm_email": {"key": "abc"},
    "account_reset_password_from_key": {"uidb36": "1", "key": "abc"},
    "wagtaildocs_authenticate_with_password": {"restriction_id": 1},
    "wagtailcore_authenticate_with_password": {"page_view_restriction_id": 1, "page_id": 1},
}


def _rules(key: str) -> tuple[Rule, ...]:
    rules = RULES.get(key, ())
    return rules if isinstance(rules, tuple) else (rules,)


def targets() -> list[Target]:
    found: dict[str, Target] = {}
    for url in walk():
        if url.route.startswith(tuple(EXCLUDED_PREFIXES)):
            continue
        if url.key == "wagtail_serve":
            for label in (
                "home", "case index", "case export", "case feed", "course index", "course",
                "module", "case", "lesson", "quiz",
            ):  # fmt: skip
                found[f"page {label}"] = Target(
                    f"page {label}", path=lambda w, label=label: _page_paths(w)[label]
                )
            continue
        if url.key == "wagtaildocs_serve":
            found["document"] = Target("document", path=lambda w: w.public_document.url)
            continue
        rules = _rules(url.key)
        if rules:
            for rule in rules:
                target = Target(url.key, name=url.key, kwargs=rule.kwargs, path=rule.path)
                if rule.label:
                    target = Target(f"{url.key}[{rule.label}]", url.key, rule.kwargs, rule.path)
                found.setdefault(target.id, target)
        elif url.key in LIBRARY_KWARGS:
            kwargs = LIBRARY_KWARGS[url.key]
            found[url.key] = Target(url.key, name=url.key, kwargs=lambda w, k=kwargs: k)
        elif not url.takes_arguments:
            if url.key == url.route:  # no name: the route is the path
                found[url.key] = Target(url.key, path=lambda w, r=url.route: "/" + r)
            else:
                found[url.key] = Target(url.key, name=url.key)
        else:
            found[url.key] = Target(url.key + "-NO-ARGUMENTS", name=url.key)
    return sorted(found.values(), key=lambda t: t.id)


TARGETS = targets()


# --- Forms on the pages ----------------------------------------------------------------------


@dataclass
class Form:
    action: str
    fields: dict[str, str]  # name -> the value the page gives it
    hidden: set[str]


class _FormParser(HTMLParser):
    def __init__(self, page: str):
        super().__init__()
        self.page = page
        self.forms: list[Form] = []
        self._current: Form | None = None

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag == "form" and (attrs.get("method") or "").lower() == "post":
            action = attrs.get("action") or self.page
            self._current = Form(urlsplit(action).path or self.page, {}, set())
            self.forms.append(self._current)
        elif tag == "form":
            self._current = None
        elif self._current is not None and tag in ("input", "select", "textarea", "button"):
            name = attrs.get("name")
            if not name or name == "csrfmiddlewaretoken":
                return
            self._current.fields.setdefault(name, attrs.get("value") or "")
            if attrs.get("type") == "hidden" or tag == "button":
                self._current.hidden.add(name)

    def handle_endtag(self, tag):
        if tag == "form":
            self._current = None


def forms_of(page: str, html: str) -> list[Form]:
    parser = _FormParser(page)
    parser.feed(html)
    return [form for form in parser.forms if form.action.startswith("/")]


# --- Sending -----------------------------------------------------------------------------------


@dataclass
class Sweep:
    client: object
    failures: list[str]

    def send(self, method: str, url: str, data: dict, what: str):
        try:
            response = getattr(self.client, method)(url, data)
        except Exception as error:  # the test client re-raises what a view raised
            self.failures.append(f"{method.upper()} {url} {what}: {type(error).__name__}: {error}")
            return None
        if response.status_code >= 500:
            self.failures.append(f"{method.upper()} {url} {what}: {response.status_code}")
        if response.streaming:
            b"".join(response.streaming_content)
        return response

    def _split(self, method, url, names: list[str], base: dict, what: str, value) -> list[str]:
        """Send ``value`` in every name at once; when that is refused and the names are
        several, send each half again. Returns the names refused on their own."""
        response = self.send(method, url, {**base, **dict.fromkeys(names, value)}, what)
        if not (response is not None and 400 <= response.status_code < 500):
            return []
        if len(names) == 1:
            return names
        middle = len(names) // 2
        return self._split(method, url, names[:middle], base, what, value) + self._split(
            method, url, names[middle:], base, what, value
        )

    def sweep(self, method: str, url: str, names: list[str], base: dict, what: str):
        """Every odd value in every name, one value a request in all names at once. A name
        that refused a value on its own is sent alone from then on, so it cannot hide the
        others (the dashboard answers 404 to an odd department before it reads the period)."""
        alone: list[str] = []
        for label, value in ODD_VALUES.items():
            said = f"{what} = {_short(value)} ({label})"
            for name in alone:
                self.send(method, url, {**base, name: value}, said)
            together = [name for name in names if name not in alone]
            if together:
                alone += self._split(method, url, together, base, said, value)


def _short(value: object) -> str:
    text = repr(value)
    return text if len(text) < 30 else text[:27] + "…"


def _status(response) -> int:
    return 0 if response is None else response.status_code


def _accepted_names(sweep: Sweep, url: str, names: list[str]) -> list[str]:
    """The names a URL does not refuse when empty: a view that refuses unknown parameters (the
    open-data API) must be asked about its own parameters one at a time."""
    if _status(sweep.send("get", url, {"zz-unknown": ""}, "unknown name")) < 400:
        return names
    return [n for n in names if _status(sweep.send("get", url, {n: ""}, f"{n}=''")) < 400]


@pytest.fixture(scope="module")
def bad_input_world(world, django_db_blocker):
    """The access matrix's world, with the lead also an admin (so one signed-in role reaches
    every organisation page) and an open quiz attempt with a number, an ordering and a
    several-choice question."""
    from assessments import services as quiz_services
    from tests.factories.quizzes import QuizPageFactory, make_question

    with django_db_blocker.unblock():
        lead = world.tenant_a.lead
        lead.is_admin = True
        lead.save(update_fields=["is_admin"])
        questions = [
            make_question("numeric", "Hvor mange?", numeric_answer=30, numeric_tolerance=0),
            make_question("ordering", "Rekkefølge", [("A", False), ("B", False)]),
            make_question("multiple", "Hvilke?", [("A", True), ("B", False)]),
        ]
        quiz = QuizPageFactory(
            parent=world.course.modules[0],
            title="Tallquiz",
            pass_mark=50,
            attempt_limit=0,
            questions=questions,
        )
        world.number_attempt = quiz_services.attempt_start(user=world.users["learner_a"], quiz=quiz)
        world.number_question = questions[0]
    return world


EXTRA_FORMS = {
    # The quiz saves each answer as it is typed (static/js/quiz.js), not through a <form>.
    "autosave": lambda w: Form(
        reverse("assessments:autosave", args=[w.number_attempt.pk]),
        {"question": str(w.number_question.pk), f"q-{w.number_question.pk}": ""},
        {"question"},
    ),
    "attempt": lambda w: Form(
        reverse("assessments:attempt", args=[w.number_attempt.pk]),
        {f"q-{w.number_question.pk}": "", "action": "save"},
        {"action"},
    ),
}

# Forms already sent: the same form (the language switch, signing out) is on many pages, and
# the learner's and the lead's forms on the same page run the same code. A visitor's are kept
# apart (signing in and up take another way through the code).
_SENT: set[tuple[bool, str, tuple[str, ...]]] = set()


def _send_forms(sweep: Sweep, role: str, forms: list[Form]) -> None:
    # Signing out last, so the other forms are sent signed in.
    for form in sorted(forms, key=lambda f: "logout" in f.action):
        key = (role == "anonymous", form.action, tuple(sorted(form.fields)))
        if key in _SENT or not form.fields:
            continue
        _SENT.add(key)
        visible = sorted(set(form.fields) - form.hidden)
        sweep.sweep("post", form.action, sorted(form.fields), {}, "form fields")
        if visible and form.hidden:  # with the hidden fields as the page sets them
            hidden = {name: form.fields[name] for name in form.hidden}
            sweep.sweep("post", form.action, visible, hidden, "visible fields")


def _path_variants(target: Target, world) -> list[tuple[str, str]]:
    """The URL with each path argument replaced by each odd value its converter accepts."""
    if target.name is None or target.kwargs is None:
        return []
    variants = []
    for argument in target.kwargs(world):
        for label, value in ODD_VALUES.items():
            if not isinstance(value, str) or value == "":
                continue
            try:
                variants.append((target.url(world, **{argument: value}), f"{argument}: {label}"))
            except NoReverseMatch:
                continue
    return variants


def _is_login(response) -> bool:
    location = urlsplit(response.get("Location", "")).path if response is not None else ""
    return location == reverse("account_login")


def _login(client, world, role: str) -> None:
    user = world.users[role]
    if user is not None:
        client.force_login(user)


@pytest.mark.parametrize("role", ROLES)
@pytest.mark.parametrize("target", TARGETS, ids=lambda t: t.id)
def test_odd_values_never_give_a_500(
    target: Target, role: str, bad_input_world, client, db, settings
):
    world = bad_input_world
    settings.SPIRE_RATE_LIMITS = False  # a 429 would hide what comes after it
    assert not target.id.endswith("-NO-ARGUMENTS"), (
        f"{target.name} takes arguments: give it an access rule (access_rules.py) or "
        "arguments in LIBRARY_KWARGS here"
    )
    sweep = Sweep(client, [])
    _login(client, world, role)
    url = target.url(world)
    baseline = sweep.send("get", url, {}, "without parameters")
    forms = []
    if (
        _status(baseline) == 200
        and not baseline.streaming
        and "html" in baseline.get("Content-Type", "")
    ):
        forms = forms_of(url, baseline.content.decode(errors="replace"))
    # A page that refuses the person (403, 405, or a visitor sent to log in) reads no parameter.
    refused = _status(baseline) in (403, 405) or (role == "anonymous" and _is_login(baseline))
    if not refused:
        sweep.sweep("get", url, _accepted_names(sweep, url, get_parameter_names()), {}, "GET")
        for name in ARRAY_NAMES:
            sweep.send("get", url, {name: "1"}, f"{name}=1")
    for variant, what in _path_variants(target, world):
        sweep.send("get", variant, {}, what)
    for rule in _rules(target.name or ""):
        if rule.method == "POST" and (rule.label or "") in target.id:
            data = rule.data(world) if callable(rule.data) else dict(rule.data)
            forms.append(Form(url, {"x": "", **data}, set()))
    if target.name == "assessments:attempt" and role == "learner_a":
        forms += [make(world) for make in EXTRA_FORMS.values()]
    _send_forms(sweep, role, forms)
    assert not sweep.failures, "\n".join(sweep.failures[:20])


def test_the_sweep_reads_the_parameters_from_the_source():
    """Guards the source reading: if it found nothing, the sweep would send nothing."""
    names = get_parameter_names()
    for name in ("avdeling", "periode", "side", "per_side", "org", "aar", "fylke", "lengde", "q"):
        assert name in names


def test_the_sweep_covers_the_urls_the_issue_names():
    ids = {target.id for target in TARGETS}
    for wanted in (
        "cases:api_case_list", "dashboards:organization", "dashboards:export",
        "learning:certificate_verify", "assessments:autosave", "page case index",
        "page case export", "page course index", "organizations:members",
    ):  # fmt: skip
        assert wanted in ids
