"""The person's own page: who they are, where they belong, and their account settings."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _

from accounts.forms import ProfileForm
from accounts.services import profile_update


@login_required
def profile(request: HttpRequest) -> HttpResponse:
    form = ProfileForm(request.POST or None, initial={"full_name": request.user.full_name})
    if request.method == "POST" and form.is_valid():
        profile_update(user=request.user, full_name=form.cleaned_data["full_name"])
        messages.success(request, _("Your name is saved."))
        return redirect("accounts:profile")
    memberships = request.user.memberships.select_related("organization", "department")
    return render(request, "accounts/profile.html", {"form": form, "memberships": memberships})
