"""A fingerprint of the demo content as it lands in the database: how many of each thing, every
page's title, and a digest of every lesson, course, case and question. test_content_fingerprint
compares it with demo_content_expected.json, so an edit or a loader change that drops or alters
content fails instead of passing unseen.

After an intended change to the content files, write the new expected values (on a database
where `setup_demo` has run) and review the difference in git:

    DJANGO_SETTINGS_MODULE=config.settings.dev .venv/bin/python -m tests.demo.fingerprint \\
        > tests/demo/demo_content_expected.json
"""

import hashlib
import json

EXPECTED_FILE = "demo_content_expected.json"


def _digest(value) -> str:
    text = json.dumps(value, ensure_ascii=False, sort_keys=True, default=str)
    return hashlib.sha256(text.encode()).hexdigest()[:16]


def _lesson_body(lesson) -> list:
    """The stored body, with a cited case named by slug (its id differs between databases)."""
    from cases.models import CasePage

    slugs = dict(CasePage.objects.values_list("pk", "slug"))
    body = []
    for block in lesson.body.raw_data:
        value = block["value"]
        if block["type"] == "case_reference":
            value = {**value, "case": slugs[value["case"]]}
        body.append({"type": block["type"], "value": value})
    return body


def _case(case) -> dict:
    fields = {
        name: getattr(case, name)
        for name in (
            "title", "slug", "summary", "need", "requirements_style", "started_year",
            "cpv_codes", "contract_value", "contract_value_basis", "contact_role",
            "contact_email", "last_verified",
        )
    }  # fmt: skip
    for name in ("service_area", "status", "procedure", "innovation_type"):
        related = getattr(case, name)
        fields[name] = related.slug if related else None
    fields["innovative_codes"] = sorted(c.slug for c in case.innovative_codes.all())
    fields["dialogue_activities"] = sorted(a.slug for a in case.dialogue_activities.all())
    fields["participants"] = [(p.organization.name, p.role) for p in case.participants.all()]
    fields["phases"] = [(p.phase.slug, p.started_on, p.ended_on, p.note) for p in case.phases.all()]
    fields["suppliers"] = [(s.name, s.org_number, s.is_sme) for s in case.suppliers.all()]
    fields["effects"] = [
        (e.category.slug, e.value, e.unit, e.baseline, e.basis, e.source, e.description)
        for e in case.effects.all()
    ]
    fields["lessons"] = [(lesson.text, lesson.tags) for lesson in case.lessons.all()]
    fields["sources"] = [(s.title, s.url) for s in case.sources.all()]
    return fields


def _question(question) -> dict:
    return {
        "key": question.key,
        "text": question.text,
        "kind": question.kind,
        "scenario_type": question.scenario_type,
        "context": question.context,
        "difficulty": question.difficulty,
        "explanation": question.explanation,
        "numeric": (question.numeric_answer, question.numeric_tolerance, question.unit),
        "options": [
            (o.text, o.is_correct, o.feedback) for o in question.options.order_by("sort_order")
        ],
        "phases": sorted(p.slug for p in question.phases.all()),
        "topics": sorted(t.slug for t in question.topics.all()),
        "tags": sorted(t.name for t in question.tags.all()),
    }


def _course(course) -> dict:
    return {
        "title": course.title,
        "summary": course.summary,
        "audience": course.audience,
        "minutes": course.estimated_minutes,
        "objectives": [block["value"] for block in course.objectives.raw_data],
        "phases": sorted(p.slug for p in course.phases.all()),
        "topics": sorted(t.slug for t in course.topics.all()),
        "prerequisites": sorted(p.slug for p in course.prerequisites.all()),
    }


def fingerprint() -> dict:
    """The demo content in the database (cases, courses, quizzes, people) as counts, titles,
    digests and a few texts in full."""
    from django.contrib.auth import get_user_model
    from wagtail.models import Page

    from assessments.models import Option, Question, QuizPage, QuizQuestion
    from cases.models import CasePage
    from courses.models import CoursePage, LessonPage, ModulePage, Topic
    from organizations.models import Department, Membership, Organization

    pages = (CoursePage, ModulePage, LessonPage, QuizPage, CasePage)
    counts = {model.__name__: model.objects.count() for model in pages}
    counts |= {
        model.__name__: model.objects.count()
        for model in (Question, Option, QuizQuestion, Topic, Organization, Department)
    }
    counts["case children"] = {
        name: sum(getattr(case, name).count() for case in CasePage.objects.all())
        for name in ("participants", "phases", "suppliers", "effects", "lessons", "sources")
    }
    named_people = get_user_model().objects.exclude(email__startswith="ansatt")
    counts["named people"] = named_people.count()
    counts["their memberships"] = Membership.objects.filter(user__in=named_people).count()
    tree = Page.objects.type(*pages).order_by("path").specific()
    lessons = LessonPage.objects.order_by("path")
    questions = Question.objects.order_by("key")
    first_case = CasePage.objects.order_by("path").first()
    return {
        "counts": counts,
        "pages": [f"{type(p).__name__} {p.slug}: {p.title}" for p in tree],
        "digests": {
            "courses": {c.slug: _digest(_course(c)) for c in CoursePage.objects.order_by("path")},
            "lessons": {lesson.slug: _digest(_lesson_body(lesson)) for lesson in lessons},
            "cases": {c.slug: _digest(_case(c)) for c in CasePage.objects.order_by("path")},
            "questions": {q.key: _digest(_question(q)) for q in questions},
            "people": _digest(
                sorted(named_people.values_list("email", "full_name", "is_superuser"))
            ),
        },
        "samples": {
            "first lesson": _lesson_body(lessons.first())[:2] if lessons else None,
            "first question": questions.first().text if questions else None,
            "first case summary": first_case.summary if first_case else None,
        },
    }


if __name__ == "__main__":
    import django

    django.setup()
    print(json.dumps(fingerprint(), ensure_ascii=False, indent=1, default=str))
