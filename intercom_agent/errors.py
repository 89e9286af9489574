"""Every error the toolkit raises, in one place.

The hierarchy::

    IntercomError (RuntimeError)       base of everything below
    ├── InvalidInputError (ValueError) bad arguments: caught before any request is sent
    ├── NotConnectedError              a credential id that is unknown, disconnected or invalid
    ├── OAuthError                     the authorization-code flow failed (state, code, exchange)
    │   └── WrongBrowserError          a sign-in finished in a browser other than the one that started it
    ├── TransportError                 no HTTP answer: connection refused or dropped, timeout
    └── APIError                       Intercom answered with an error status
        ├── InvalidRequestError        400, 422
        ├── AuthenticationError        401: token invalid or revoked
        ├── PermissionDeniedError      403: the app lacks a permission, or the plan does
        ├── NotFoundError              404
        ├── RateLimitedError           429, after the client's own waits ran out
        ├── ServerError                408 and 5xx, after the client's own retries ran out
        └── UnexpectedResponseError    a success status whose body is not what the API promises

Messages are written for the person (or model) who has to act on them: what went wrong and what to
do next, in the words of the integration's troubleshooting guide. No message ever contains a token.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from typing import Any

RECONNECT_HINT = "Reconnect Intercom (Settings → Integrations) to re-authorize it."
NOT_CONNECTED_HINT = "connect Intercom (Settings → Integrations)"


class IntercomError(RuntimeError):
    """Base class of every error raised by intercom-agent.

    A ``RuntimeError``: hosts that pass on the message of builtin error types only (LangGraph Server
    hides others as "An internal error occurred") show ours, which never contain a secret.
    """


class InvalidInputError(IntercomError, ValueError):
    """An argument is invalid; nothing was sent to Intercom.

    ``argument`` names the offending argument so a model or a person can fix just that one.
    """

    def __init__(self, argument: str, problem: str, *, fix: str | None = None) -> None:
        self.argument = argument
        self.problem = problem
        self.fix = fix
        text = f"Invalid argument '{argument}': {problem}"
        if fix:
            text += f" {fix}"
        super().__init__(text)


class NotConnectedError(IntercomError):
    """No usable Intercom connection exists for this credential id."""

    def __init__(self, credential_id: str | None = None, reason: str = "not connected") -> None:
        self.credential_id = credential_id
        self.reason = reason
        super().__init__(
            f"Intercom is not connected for this account: {NOT_CONNECTED_HINT}."
            + (f" (credential '{credential_id}' is {reason})" if credential_id else "")
        )


class OAuthError(IntercomError):
    """The OAuth authorization-code flow failed."""


class WrongBrowserError(OAuthError):
    """A sign-in's callback arrived in another browser than the one that started it (the state is kept)."""


class TransportError(IntercomError):
    """Intercom could not be reached, or the connection dropped, after the client's retries."""


class APIError(IntercomError):
    """Intercom answered with an error status.

    ``code``, ``detail`` and ``request_id`` come from Intercom's ``error.list`` body when there is
    one; quote ``request_id`` to Intercom support.
    """

    status: int

    def __init__(
        self,
        message: str,
        *,
        status: int,
        code: str | None = None,
        detail: str | None = None,
        request_id: str | None = None,
        operation: str | None = None,
    ) -> None:
        self.status = status
        self.code = code
        self.detail = detail
        self.request_id = request_id
        self.operation = operation
        suffix = f" (HTTP {status}" + (f", {code}" if code else "")
        suffix += f", request_id {request_id})" if request_id else ")"
        super().__init__(message + suffix)


class InvalidRequestError(APIError):
    """Intercom rejected the request as invalid (400 or 422)."""


class AuthenticationError(APIError):
    """The access token is invalid or was revoked (401)."""


class PermissionDeniedError(APIError):
    """The Intercom app lacks a permission this operation needs, or the plan does (403)."""


class NotFoundError(APIError):
    """The object does not exist in this workspace (404)."""


class RateLimitedError(APIError):
    """Intercom kept answering 429 until the client's wait budget ran out.

    ``retry_after`` is how many seconds remain until Intercom's rate-limit window resets.
    """

    def __init__(self, message: str, *, retry_after: float | None = None, **kwargs: Any) -> None:
        self.retry_after = retry_after
        super().__init__(message, **kwargs)


class ServerError(APIError):
    """Intercom failed (5xx or 408) on every attempt the client made."""


class UnexpectedResponseError(APIError):
    """Intercom answered 2xx with a body that does not match the documented shape."""


STATUS_ERRORS: dict[int, type[APIError]] = {
    400: InvalidRequestError,
    401: AuthenticationError,
    403: PermissionDeniedError,
    404: NotFoundError,
    408: ServerError,
    422: InvalidRequestError,
    429: RateLimitedError,
}


def error_class(status: int) -> type[APIError]:
    """The exception class for an HTTP error status."""
    if status in STATUS_ERRORS:
        return STATUS_ERRORS[status]
    return ServerError if status >= 500 else InvalidRequestError


def parse_error_body(body: bytes) -> tuple[str | None, str | None, str | None]:
    """Read Intercom's ``error.list`` body: (code, message, request_id); Nones where absent."""
    try:
        data = json.loads(body) if body else None
    except ValueError:
        return None, None, None
    if not isinstance(data, Mapping):
        return None, None, None
    request_id = data.get("request_id")
    errors = data.get("errors")
    if isinstance(errors, list) and errors and isinstance(errors[0], Mapping):
        first = errors[0]
        code, message = first.get("code"), first.get("message")
        return (
            str(code) if code is not None else None,
            str(message) if message is not None else None,
            str(request_id) if request_id else None,
        )
    return None, None, str(request_id) if request_id else None


def api_error(
    status: int,
    body: bytes,
    *,
    operation: str,
    permission: str,
    not_found_hint: str,
    region: str | None = None,
    retry_after: float | None = None,
) -> APIError:
    """Build the typed, actionable exception for an error response of ``operation``."""
    code, detail, request_id = parse_error_body(body)
    cls = error_class(status)
    kind = f"Intercom {operation}"
    region_hint = ""
    if status in (401, 403) and region:
        region_hint = (
            f" If this workspace is hosted in another region than '{region}' (us, eu, au), "
            "set the region to match the workspace."
        )
    if cls is AuthenticationError:
        message = f"{kind} failed: the Intercom access token is invalid or was revoked. {RECONNECT_HINT}"
    elif cls is PermissionDeniedError:
        message = (
            f"{kind} failed: the Intercom app lacks the '{permission}' permission (or the workspace's plan "
            "does not include API access). Add that permission to the app in the Intercom Developer Hub, "
            "then reconnect."
        )
    elif cls is NotFoundError:
        message = f"{kind} failed: not found. {not_found_hint}"
    elif cls is RateLimitedError:
        wait = f" Try again in {max(1, round(retry_after))} seconds." if retry_after is not None else ""
        message = f"{kind} failed: Intercom's rate limit is exhausted.{wait}"
    elif cls is ServerError:
        message = f"{kind} failed: Intercom had a server error on every attempt. Try again shortly."
    else:
        message = f"{kind} was rejected by Intercom: {detail or 'invalid request'}."
    message += region_hint
    kwargs: dict[str, Any] = {
        "status": status,
        "code": code,
        "detail": detail,
        "request_id": request_id,
        "operation": operation,
    }
    if cls is RateLimitedError:
        return RateLimitedError(message, retry_after=retry_after, **kwargs)
    return cls(message, **kwargs)
