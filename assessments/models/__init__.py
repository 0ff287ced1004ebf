"""Assessment models: quizzes (what people know) and the capacity survey (how the organisation
works). The two are kept apart and never blended into one number."""

from assessments.models.quiz import (
    CHOICE_TYPES,
    Answer,
    Attempt,
    Option,
    Question,
    QuestionForm,
    QuestionTag,
    QuestionType,
    QuizKind,
    QuizPage,
    QuizPageForm,
    QuizQuestion,
    RightAnswers,
    kept_forms,
)
from assessments.models.survey import (
    PendingSurveyResponse,
    SurveyAnswer,
    SurveyDimension,
    SurveyParticipation,
    SurveyResponse,
    SurveyRound,
    SurveyStatement,
)

__all__ = [
    "CHOICE_TYPES",
    "Answer",
    "Attempt",
    "Option",
    "PendingSurveyResponse",
    "Question",
    "QuestionForm",
    "QuestionTag",
    "QuestionType",
    "QuizKind",
    "QuizPage",
    "QuizPageForm",
    "QuizQuestion",
    "RightAnswers",
    "SurveyAnswer",
    "SurveyDimension",
    "SurveyParticipation",
    "SurveyResponse",
    "SurveyRound",
    "SurveyStatement",
    "kept_forms",
]
