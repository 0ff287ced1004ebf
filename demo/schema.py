"""The shape of the demo's content files (demo/content/README.md is the writer's guide).

Every file is read into one of these pydantic models; a file that does not fit raises
ContentError with one line per problem, each naming the file and the field. Unknown fields are
errors too, so a misspelt field name is caught instead of silently ignored."""

from datetime import date
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

QuestionKind = Literal["single", "multiple", "true_false", "numeric", "ordering", "scenario"]


class _Data(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


# --- Courses -------------------------------------------------------------------------------------


class CourseData(_Data):
    title: str
    summary: str
    audience: str
    estimated_minutes: int = Field(gt=0)
    objectives: list[str]
    phases: list[str] = []
    topics: list[str] = []
    prerequisites: list[str] = []  # course slugs


class ModuleData(_Data):
    title: str
    intro: str = ""


class LessonData(_Data):
    """A lesson file's front matter; its body becomes `blocks`."""

    title: str
    summary: str = ""
    minutes: int = Field(default=5, gt=0)
    blocks: list[dict] = []


class OptionData(_Data):
    text: str
    correct: bool = False  # ordering questions: list the options in their right order instead
    feedback: str = ""


class QuestionData(_Data):
    key: str
    type: QuestionKind
    text: str
    explanation: str
    difficulty: int = Field(default=1, ge=1, le=3)
    phases: list[str] = []
    topics: list[str] = []
    context: str = ""  # the scenario a scenario question asks about
    inner_type: Literal["", "single", "multiple", "true_false"] = ""  # a scenario's answer type
    options: list[OptionData] = []
    answer: int | float | None = None  # numeric questions
    tolerance: int | float = 0
    unit: str = ""


# --- Cases ---------------------------------------------------------------------------------------


class BuyerData(_Data):
    """A buyer that is not a municipality or county authority (cases/buyers.yaml)."""

    key: str
    name: str
    kind: Literal["state_agency", "health_trust", "municipal_enterprise", "inter_municipal"]
    org_number: str = ""
    county: str = ""  # 2-digit county number


class ParticipantData(_Data):
    org: str  # municipality number (4 digits), county number (2 digits) or extra:<buyer key>
    role: Literal["lead", "participant", "option"]


class CasePhaseData(_Data):
    phase: str
    started_on: date | None = None
    ended_on: date | None = None
    note: str = ""


class SupplierData(_Data):
    name: str
    org_number: str = ""
    is_sme: bool | None = None


class EffectData(_Data):
    category: str
    value: int | float | None = None
    unit: str = ""
    baseline: str = ""
    basis: Literal["measured", "estimated"] = "estimated"
    source: str = ""
    description: str = ""


class CaseLessonData(_Data):
    text: str
    tags: str = ""


class SourceData(_Data):
    title: str
    url: str


class CaseData(_Data):
    """A case file's front matter, with `summary` and `need` from its body."""

    title: str
    summary: str
    need: str
    service_area: str
    status: str
    procedure: str | None = None
    innovation_type: str | None = None
    innovative_codes: list[str] = []
    dialogue_activities: list[str] = []
    requirements_style: Literal["", "functional", "performance", "technical", "mixed"] = ""
    started_year: int | None = None
    cpv_codes: str = ""
    contract_value: int | float | None = None
    contract_value_basis: str = ""
    contact_role: str = ""
    contact_email: str = ""
    last_verified: date | None = None
    participants: list[ParticipantData]
    phases: list[CasePhaseData] = []
    suppliers: list[SupplierData] = []
    effects: list[EffectData] = []
    lessons: list[CaseLessonData] = []
    sources: list[SourceData] = []


# --- People and activity -------------------------------------------------------------------------

Role = Literal["lead", "admin", "editor", "platform_admin", "superuser"]


class PersonData(_Data):
    email: str
    name: str
    description: str
    municipality: str = ""
    department: str = ""
    roles: list[Role] = []


class PeopleData(_Data):
    departments: dict[str, list[str]]  # by municipality
    people: list[PersonData]


class ProgressData(_Data):
    person: str  # email
    course: str  # slug
    share: float = Field(ge=0, le=1)  # of the course's steps done


class AssignmentData(_Data):
    lead: str  # email
    course: str  # slug
    due_in_days: int


class OverdueAssignmentData(_Data):
    lead: str
    course: str
    department: str
    assigned_days_ago: int = Field(gt=0)
    due_days_ago: int = Field(gt=0)
    outcomes: list[Literal["on_time", "late", "partway", "not_started"]]


class SmallDepartmentData(_Data):
    municipality: str
    department: str
    quiz_takers: int = Field(ge=0)


class SurveyRoundData(_Data):
    opened_days_ago: int = Field(gt=0)
    closed_days_ago: int = Field(gt=0)
    respondents: int = Field(ge=0)
    base: int = Field(ge=1, le=7)
    department: str = ""
    title: str = ""
    divided: str = ""  # a survey dimension key


class ReadersData(_Data):
    people: int = Field(ge=0)
    cases_each: tuple[int, int]


class CaseReadingData(_Data):
    pool: int = Field(gt=0)
    readers: dict[str, ReadersData]  # by municipality


class ActivityData(_Data):
    progress: list[ProgressData]
    assignment: AssignmentData
    overdue_assignment: OverdueAssignmentData
    staff: dict[str, dict[str, int]]  # people per department, by municipality
    small_department: SmallDepartmentData
    survey_only_staff: dict[str, int]
    first_names: list[str]
    last_names: list[str]
    survey_rounds: dict[str, list[SurveyRoundData]]
    case_reading: CaseReadingData
