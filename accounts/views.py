"""The person's own page: who they are, where they belong, and their account settings."""

from django.contrib import messages
from django.contrib.auth import logout
from django.contrib.auth.decorators import login_required
from django.core.exceptions import ValidationError
from django.http import HttpRequest, HttpResponse, JsonResponse
from django.shortcuts import redirect, render
from django.utils.cache import patch_cache_control
from django.utils.translation import gettext as _

from accounts.forms import AccountDeleteForm, ProfileForm
from accounts.selectors import personal_data_export
from accounts.services import account_delete, profile_update
from assessments.selectors import open_rounds_for
from core.forms import add_service_error


@login_required
def profile(request: HttpRequest) -> HttpResponse:
    form = ProfileForm(request.POST or None, initial={"full_name": request.user.full_name})
    if request.method == "POST" and form.is_valid():
        profile_update(user=request.user, full_name=form.cleaned_data["full_name"])
        messages.success(request, _("Your name is saved."))
        return redirect("accounts:profile")
    memberships = request.user.memberships.select_related("organization", "department")
    return render(
        request,
        "accounts/profile.html",
        {"form": form, "memberships": memberships, "surveys": open_rounds_for(request.user)},
    )


@login_required
def data_export(request: HttpRequest) -> HttpResponse:
    """Download everything stored about oneself as JSON."""
    response = JsonResponse(
        personal_data_export(request.user), json_dumps_params={"indent": 2, "ensure_ascii": False}
    )
    response["Content-Disposition"] = 'attachment; filename="spire-mine-data.json"'
    patch_cache_control(response, private=True, no_store=True)
    return response


@login_required
def account_delete_view(request: HttpRequest) -> HttpResponse:
    form = AccountDeleteForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        try:
            account_delete(user=request.user, password=form.cleaned_data["password"])
        except ValidationError as error:
            add_service_error(form, error)
        else:
            logout(request)
            messages.success(request, _("Your account and your data are deleted."))
            return redirect("/")
    return render(request, "accounts/account_delete.html", {"form": form})
