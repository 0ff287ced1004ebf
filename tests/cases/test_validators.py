"""CPV codes and the case's own field rules: bad input gets a message naming the problem."""

import pytest
from django.core.exceptions import ValidationError
from django.utils import timezone, translation

from cases.models import CasePage
from cases.validators import (
    EARLIEST_CASE_YEAR,
    cpv_check_digit,
    validate_case_year,
    validate_cpv_codes,
)


@pytest.mark.parametrize(
    "code", ["45000000-7", "72000000-5", "48000000-8", "33000000-0", "30213100-6", "90511000-2"]
)
def test_real_cpv_codes_pass(code):
    validate_cpv_codes(code)


def test_several_codes_may_be_separated_by_spaces_or_commas():
    validate_cpv_codes("45000000-7, 72000000-5 48000000-8")


@pytest.mark.parametrize(
    ("value", "message"),
    [
        ("45000000-8", "wrong check digit"),
        ("4500000-7", "is not a CPV code"),
        ("45000000", "is not a CPV code"),
        ("abcdefgh-1", "is not a CPV code"),
        ("72000000-5 45000000-1", "45000000-1"),
    ],
)
def test_bad_cpv_codes_are_refused_with_the_code_named(value, message):
    with pytest.raises(ValidationError) as error:
        validate_cpv_codes(value)
    with translation.override("en"):
        assert message in str(error.value)


def test_check_digit_is_a_weighted_sum_modulo_ten():
    assert cpv_check_digit("45000000") == 7
    assert cpv_check_digit("30213300") == 8


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("field", "value"),
    [("cpv_codes", "12345678-9"), ("contract_value", -5), ("started_year", 1800)],
)
def test_case_fields_refuse_bad_values(field, value):
    case = CasePage(title="Sak", slug="sak", **{field: value})
    with pytest.raises(ValidationError) as error:
        case.clean_fields(exclude=[f.name for f in CasePage._meta.fields if f.name != field])
    assert field in error.value.message_dict


def test_supplier_organisation_number_needs_the_right_check_digit():
    from cases.models import CaseSupplier

    supplier = CaseSupplier(name="Leverandør AS", org_number="123456789")
    with pytest.raises(ValidationError) as error:
        supplier.clean_fields(exclude=["page", "sort_order"])
    assert "org_number" in error.value.message_dict


# --- The year a case started: one rule for the model (the editors' admin) and the form -------


@pytest.mark.parametrize("year", [EARLIEST_CASE_YEAR - 1, timezone.localdate().year + 1])
def test_a_year_outside_the_range_is_refused_with_a_code(year):
    with pytest.raises(ValidationError) as refusal:
        validate_case_year(year)
    assert refusal.value.code == "year"


@pytest.mark.parametrize("year", [None, EARLIEST_CASE_YEAR, timezone.localdate().year])
def test_a_year_inside_the_range_passes(year):
    validate_case_year(year)


def test_the_model_refuses_a_future_year_as_the_submission_form_does():
    field = CasePage._meta.get_field("started_year")
    assert validate_case_year in field.validators
    next_year = timezone.localdate().year + 1
    with pytest.raises(ValidationError) as refusal:
        field.run_validators(next_year)
    assert refusal.value.error_list[0].code == "year"
