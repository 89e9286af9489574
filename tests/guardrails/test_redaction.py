"""With redaction on, no contact's email or full name reaches any output of any of the 14 tools, in any
front end; with it off, outputs are exactly what they were."""

from __future__ import annotations

import json
import re
from typing import Any

import pytest
from mcp.shared.memory import create_connected_server_and_client_session

from graphs.catalog import CATALOG
from intercom_agent.cli import main
from intercom_agent.client import IntercomClient
from intercom_agent.connections import StaticClients
from intercom_agent.guardrails import PII, Guardrails, RedactionPolicy
from intercom_agent.guardrails.redaction import Redactor
from intercom_agent.models import Contact
from intercom_agent.sandbox import Sandbox
from intercom_agent.servers.mcp_server import build_server
from intercom_agent.toolkit import IntercomToolkit
from tests.helpers.calls import CALLS, PERSON, leaks, personal_values

PERSONAL = personal_values()
REDACTED = Guardrails(redaction=PII)


def _toolkit(guardrails: Guardrails | None = None, **kwargs: Any) -> dict[str, Any]:
    provider = StaticClients(IntercomClient.sandbox(Sandbox()))
    toolkit = IntercomToolkit(provider=provider, registry=CATALOG, guardrails=guardrails or Guardrails(), **kwargs)
    return {t.name: t for t in toolkit.get_tools()}


def _invoke(tool: Any, name: str) -> Any:
    message = tool.invoke({"name": name, "args": CALLS[name], "id": "c1", "type": "tool_call"})
    assert message.status == "success", (name, message.content)
    return message


def test_every_tool_is_exercised() -> None:
    assert set(CALLS) == set(CATALOG.names) and len(CALLS) == 14


def test_langchain_content_and_artifact_hold_no_personal_data() -> None:
    tools = _toolkit(REDACTED)
    for name in CALLS:
        message = _invoke(tools[name], name)
        shown = str(message.content) + json.dumps(message.artifact)
        assert not leaks(shown, PERSONAL), (name, leaks(shown, PERSONAL)[:3])
    flow = _invoke(tools["intercom_company_contacts_events"], "intercom_company_contacts_events").artifact
    assert any(c["events"] for c in flow["contacts"]), "the company flow still reads every contact's events"
    assert all(c["external_id"].startswith("usr_") for c in flow["contacts"])  # ids stay: chaining still works


def test_the_toolkit_argument_turns_it_on() -> None:
    message = _invoke(_toolkit(redact="pii")["intercom_get_contact_by_id"], "intercom_get_contact_by_id")
    assert PERSON["email"] not in str(message.content) and "<email:" in str(message.content)


def test_with_redaction_off_outputs_are_unchanged() -> None:
    plain, off = (
        _toolkit(),
        _toolkit(Guardrails.from_env({"INTERCOM_AGENT_REDACT": "off", "INTERCOM_AGENT_AUDIT_DAYS": "0"})),
    )
    shown_any = False
    for name in CALLS:
        a, b = _invoke(plain[name], name), _invoke(off[name], name)
        assert (a.content, a.artifact) == (b.content, b.artifact), name
        shown_any = shown_any or bool(leaks(str(a.content), PERSONAL))
    assert shown_any, "unredacted, the calls do show personal data (else this test could not fail)"


async def test_mcp_text_and_structured_content_hold_no_personal_data() -> None:
    server = build_server(StaticClients(IntercomClient.sandbox(Sandbox())), "single", guardrails=REDACTED)
    async with create_connected_server_and_client_session(server) as session:
        await session.list_tools()  # the client validates each structured result against its outputSchema
        for name in CALLS:
            result = await session.call_tool(name, CALLS[name])
            assert not result.isError, (name, result.content)
            shown = "".join(c.text for c in result.content if c.type == "text") + json.dumps(result.structuredContent)
            assert not leaks(shown, PERSONAL), (name, leaks(shown, PERSONAL)[:3])


def test_cli_text_and_json_hold_no_personal_data(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, tmp_path: Any
) -> None:
    monkeypatch.setenv("INTERCOM_AGENT_HOME", str(tmp_path))
    monkeypatch.delenv("INTERCOM_ACCESS_TOKEN", raising=False)
    monkeypatch.setenv("INTERCOM_AGENT_REDACT", "pii")  # the environment's setting
    for name in CALLS:
        for extra in ([], ["--json"]):
            assert main(["call", name, "--args", json.dumps(CALLS[name]), *extra]) == 0, name
            shown = capsys.readouterr().out
            assert shown and not leaks(shown, PERSONAL), (name, extra, leaks(shown, PERSONAL)[:3])
    monkeypatch.delenv("INTERCOM_AGENT_REDACT")
    assert main(["call", "intercom_get_contact_by_id", "--args", json.dumps(CALLS["intercom_get_contact_by_id"])]) == 0
    assert PERSON["email"] in capsys.readouterr().out  # off by default
    args = ["call", "intercom_get_contact_by_id", "--args", json.dumps(CALLS["intercom_get_contact_by_id"])]
    assert main([*args, "--redact", "pii"]) == 0  # the flag
    assert PERSON["email"] not in capsys.readouterr().out


def test_a_value_gets_one_pseudonym_within_a_response_and_two_values_two() -> None:
    tools = _toolkit(REDACTED)
    text = str(_invoke(tools["intercom_get_conversation_by_id"], "intercom_get_conversation_by_id").content)
    speakers = set(re.findall(r"\] (?:user|admin):(<[^>]+>)", text))
    assert len(speakers) == 2 and all(s.startswith("<name:") for s in speakers), speakers  # customer and agent


def test_free_text_loses_emails_phones_and_known_names() -> None:
    contact = Contact(id="c1", name="Jane Roe", email="jane@roe.example", custom_attributes={"vip": True})
    from graphs.composite import ContactOverview

    overview = ContactOverview(
        status="ambiguous",
        candidates=[contact],
        message="2 contacts match: Jane Roe <jane@roe.example>, call +44 20 7946 0958 from 10.1.2.3",
    )
    Redactor(PII.mask).redact(overview)
    assert "Jane Roe" not in overview.message and "jane@roe.example" not in overview.message  # type: ignore[operator]
    assert "7946" not in overview.message and "10.1.2.3" not in overview.message  # type: ignore[operator]
    assert overview.candidates[0].custom_attributes == {"vip": overview.candidates[0].custom_attributes["vip"]}
    assert str(overview.candidates[0].custom_attributes["vip"]).startswith("<value:")  # the key stays


def test_object_values_get_pseudonyms_too_even_when_they_do_not_hash() -> None:
    paris = {"type": "location", "country": "France", "city": "Paris"}
    people = [
        Contact(id="a", location=dict(paris), social_profiles={"type": "list", "data": []}),
        Contact(id="b", location=dict(paris), social_profiles={"type": "list", "data": [{"url": "x.example/b"}]}),
        Contact(id="c", location={"type": "location", "country": "Peru", "city": "Lima"}),
    ]
    from graphs.composite import ContactOverview

    overview = ContactOverview(status="ambiguous", candidates=people, message="")
    Redactor(PII.mask).redact(overview)
    a, b, c = (p.__pydantic_extra__ or {} for p in people)
    assert a["location"] == b["location"] != c["location"] and str(a["location"]).startswith("<location:")
    assert a["social_profiles"] == {"type": "list", "data": []}  # nothing in it: kept as it is
    assert str(b["social_profiles"]).startswith("<social:")  # a list inside: masked by its repr
    assert "x.example" not in repr(people)


def test_exemptions_per_tool_and_for_every_tool() -> None:
    keep_companies = Guardrails(redaction=RedactionPolicy(keep={"*": {"company"}}))
    text = str(_invoke(_toolkit(keep_companies)["intercom_get_company_by_id"], "intercom_get_company_by_id").content)
    assert "Acme Corp" in text
    emails_here = Guardrails(redaction=RedactionPolicy(keep={"intercom_contact_overview": {"email"}}))
    tools = _toolkit(emails_here)
    assert PERSON["email"] in str(_invoke(tools["intercom_contact_overview"], "intercom_contact_overview").content)
    assert PERSON["email"] not in str(
        _invoke(tools["intercom_get_contact_by_id"], "intercom_get_contact_by_id").content
    )
    with pytest.raises(ValueError, match="unknown redaction kinds"):
        RedactionPolicy(keep={"*": {"emails"}})


def test_progress_is_masked_with_the_output_s_own_pseudonyms(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, tmp_path: Any
) -> None:
    """A flow's progress names the company and each contact: redacting, those are masked too, with the same
    pseudonym the output gives them (the demo prints both)."""
    monkeypatch.setenv("INTERCOM_AGENT_HOME", str(tmp_path))
    monkeypatch.delenv("INTERCOM_ACCESS_TOKEN", raising=False)
    assert main(["demo", "--company", "Lumen Group", "--redact", "pii"]) == 0
    shown = capsys.readouterr()
    text = shown.out + shown.err
    resolved = re.search(r"Resolved company (\S+)", text)
    assert resolved and resolved.group(1).startswith("<company:"), text[:400]
    assert f"{resolved.group(1)} — " in text  # the table's title: the same pseudonym
    assert text.count("Lumen Group") == 1  # only where the request is echoed, as typed
    assert not leaks(text, PERSONAL)


def test_a_name_found_in_another_form_is_masked_in_the_answer() -> None:
    """The overview's "No contact is named 'vic ...'; found as '<name>'" line carries the found name masked."""
    contacts = Sandbox().workspaces["sandbox-token-us"].contacts
    victor = next(str(c["name"]) for c in contacts if str(c["name"] or "").startswith("Victor "))
    said = "vic " + victor.split()[1].lower()
    overview = _toolkit(REDACTED)["intercom_contact_overview"]
    message = overview.invoke({"name": "x", "args": {"contact": said}, "id": "c1", "type": "tool_call"})
    shown = str(message.content) + json.dumps(message.artifact)
    assert "No contact is named" in shown and "found as '<name:" in shown
    assert victor not in shown and not leaks(shown, PERSONAL)
    plain = _toolkit()["intercom_contact_overview"].invoke({"contact": said})
    assert f"found as {victor!r}" in str(plain)
