import pytest
from django.core.exceptions import ValidationError

from organizations.validators import validate_email_domain, validate_org_number


@pytest.mark.parametrize("number", ["974760673", "964338531", "971040238"])
def test_real_organisation_numbers_pass(number):
    validate_org_number(number)


@pytest.mark.parametrize(
    ("number", "code"),
    [("974760674", "check_digit"), ("97476067", "format"), ("97476067x", "format"), ("", "format")],
)
def test_bad_organisation_numbers_say_why(number, code):
    with pytest.raises(ValidationError) as error:
        validate_org_number(number)
    assert error.value.code == code


@pytest.mark.parametrize("domain", ["bergen.kommune.no", "@nav.no", "Trondheim.Kommune.NO"])
def test_valid_email_domains(domain):
    validate_email_domain(domain)


@pytest.mark.parametrize("domain", ["kommune", "bergen..no", "-x.no", "bergen kommune.no"])
def test_invalid_email_domains(domain):
    with pytest.raises(ValidationError, match="ikke et gyldig|not a valid"):
        validate_email_domain(domain)


@pytest.mark.parametrize(
    "domain", ["gmail.com", "@Hotmail.com", "online.no", "live.no", "icloud.com", "mx.yahoo.com"]
)
def test_public_mail_domains_are_refused(domain):
    with pytest.raises(ValidationError) as error:
        validate_email_domain(domain)
    assert error.value.code == "public_mail_domain"
