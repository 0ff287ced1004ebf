"""Rate limits for Spire's own views: case search, exports and quiz submission.

allauth already limits login, sign-up and password reset (``ACCOUNT_RATE_LIMITS``). Its public
helper, ``allauth.core.ratelimit``, reads only that setting (its docstring plans to deprecate it)
and answers without ``Retry-After``, so Spire's own limits live here. They speak allauth's rate
format ("60/m/ip", several joined by commas), count in the same cache (Redis in production, so
every gunicorn process shares the count) and find the client's address the way allauth does, so
``ALLAUTH_TRUSTED_PROXY_COUNT`` behind a proxy serves both.

Each rate is a window that opens at the first request and counts with ``cache.add`` and
``cache.incr``, which are atomic in Redis and in the local-memory cache: parallel requests neither
lose nor double a count, and no lock is needed. Unlike allauth's sliding windows, a new window
starts clean, so a client may get up to twice the limit through around a window's end; that is
fine for limits meant to stop floods and scraping, while allauth's windows guard the passwords.

The limits themselves are written in core/rate_limits.py, beside allauth's.
``settings.SPIRE_RATE_LIMITS`` changes them (action → rate, merged over ``DEFAULT_RATE_LIMITS``;
a falsy rate turns one action off, ``SPIRE_RATE_LIMITS = False`` turns all of them off, as
``ACCOUNT_RATE_LIMITS = False`` does for allauth's).
"""

from __future__ import annotations

import ipaddress
import math
import time
from collections.abc import Callable, Collection
from dataclasses import dataclass
from functools import wraps

from allauth import app_settings as allauth_settings
from allauth.account.adapter import get_adapter
from django.conf import settings
from django.core.cache import cache
from django.core.exceptions import ImproperlyConfigured
from django.http import HttpRequest, HttpResponse
from django.shortcuts import render

from core.rate_limits import SPIRE_RATE_LIMITS

View = Callable[..., HttpResponse]

DEFAULT_RATE_LIMITS = SPIRE_RATE_LIMITS
PERIOD_SECONDS = {"s": 1, "m": 60, "h": 60 * 60, "d": 24 * 60 * 60}
PER = {"ip", "user"}


@dataclass(frozen=True)
class Rate:
    """At most `amount` requests in `seconds`, counted per client address or per person."""

    amount: int
    seconds: int
    per: str

    def __str__(self) -> str:
        return f"{self.amount}/{self.seconds}s/{self.per}"


@dataclass(frozen=True)
class Refusal:
    """A request over a limit, and how long until that limit's window ends."""

    retry_after: int


def parse_rate(text: str) -> Rate:
    """Read a rate written as in allauth's ACCOUNT_RATE_LIMITS: "30/m/ip", "5/10m/user", or
    "100/h", which counts per address."""
    parts = text.strip().split("/")
    amount, period, per = [*parts, "ip"] if len(parts) == 2 else [*parts, "", ""][:3]
    count, unit = period[:-1] or "1", period[-1:]
    valid = len(parts) in (2, 3) and amount.isdigit() and count.isdigit() and int(count) > 0
    if not (valid and unit in PERIOD_SECONDS and per in PER):
        raise ImproperlyConfigured(f"Rate limit «{text}» is not like «30/m/ip» or «5/10m/user».")
    return Rate(amount=int(amount), seconds=int(count) * PERIOD_SECONDS[unit], per=per)


def rates_for(action: str) -> list[Rate]:
    """The rates that apply to `action` now; read on every request so tests can change them."""
    configured = getattr(settings, "SPIRE_RATE_LIMITS", {})
    if configured is False:
        return []
    spec = {**DEFAULT_RATE_LIMITS, **(configured or {})}.get(action)
    return [parse_rate(part) for part in spec.split(",")] if spec else []


def client_address(request: HttpRequest) -> str:
    """The client's address as allauth sees it; an IPv6 client counts as its whole network
    (allauth's ALLAUTH_RATE_LIMIT_IPV6_PREFIX, /64 by default), since it holds all of it."""
    address = get_adapter().get_client_ip(request)
    try:
        parsed = ipaddress.ip_address(address)
    except ValueError:
        return address
    if parsed.version == 6:
        prefix = allauth_settings.RATE_LIMIT_IPV6_PREFIX
        return str(ipaddress.IPv6Network(f"{parsed}/{prefix}", strict=False).network_address)
    return address


def _who(request: HttpRequest, rate: Rate) -> str:
    """A per-person rate counts an anonymous visitor by address, so it never fails open."""
    user = getattr(request, "user", None)
    if rate.per == "user" and user is not None and user.is_authenticated:
        return f"user:{user.pk}"
    return f"ip:{client_address(request)}"


def _count(key: str, rate: Rate, now: float) -> tuple[int, float]:
    """Count one request in the window at `key`; the count so far and when the window ends."""
    ends_key = f"{key}:ends"
    if cache.add(key, 1, timeout=rate.seconds):
        cache.set(ends_key, now + rate.seconds, timeout=rate.seconds)
        return 1, now + rate.seconds
    try:
        count = cache.incr(key)
    except ValueError:  # the window closed between add and incr: this request opens the next
        return _count(key, rate, now)
    return count, cache.get(ends_key, now + rate.seconds)


def consume(request: HttpRequest, action: str) -> Refusal | None:
    """Count the request against every rate of `action`; a Refusal if one is exceeded."""
    now = time.time()
    for rate in rates_for(action):
        key = f"spire:rl:{action}:{rate}:{_who(request, rate)}"
        count, ends_at = _count(key, rate, now)
        if count > rate.amount:
            return Refusal(retry_after=max(1, math.ceil(ends_at - now)))
    return None


def too_many_requests(request: HttpRequest, refusal: Refusal) -> HttpResponse:
    """The friendly page (templates/429.html, which allauth's own limits show too)."""
    return render(
        request,
        "429.html",
        {"retry_after_minutes": math.ceil(refusal.retry_after / 60)},
        status=429,
    )


def rate_limit(
    action: str,
    *,
    methods: Collection[str] | None = None,
    respond: Callable[[HttpRequest, Refusal], HttpResponse] = too_many_requests,
) -> Callable[[View], View]:
    """View decorator: answer 429 with Retry-After once the request exceeds `action`'s rate.
    Only requests with one of `methods` count (all when None). `respond` builds the refusal,
    for views that answer in JSON. Place it below the access check, so refused visitors do not
    count against people who may use the view."""
    if action not in DEFAULT_RATE_LIMITS:
        raise ImproperlyConfigured(f"No default rate limit for «{action}».")

    def decorator(view: View) -> View:
        @wraps(view)
        def wrapper(request: HttpRequest, *args, **kwargs) -> HttpResponse:
            if methods is None or request.method in methods:
                refusal = consume(request, action)
                if refusal is not None:
                    response = respond(request, refusal)
                    response["Retry-After"] = str(refusal.retry_after)
                    return response
            return view(request, *args, **kwargs)

        return wrapper

    return decorator
