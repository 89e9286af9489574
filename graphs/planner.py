"""The offline planner: a deterministic chat model that maps requests to Intercom tools.

It needs no network and no key, so the demo, the example chats and the tests run anywhere. It
understands the integration's example prompts and the composite flows, phrased the ways people
phrase them; anything else gets a short list of what it can do. After a tool answers, it relays the
tool's text (which is already written for a reader). It is a ``BaseChatModel``, so it drops into any
agent in place of a real model.
"""

from __future__ import annotations

import re
import uuid
from collections.abc import Callable, Sequence
from typing import Any

from langchain_core.callbacks import CallbackManagerForLLMRun
from langchain_core.language_models import BaseChatModel
from langchain_core.messages import AIMessage, BaseMessage, HumanMessage, ToolMessage
from langchain_core.outputs import ChatGeneration, ChatResult

HELP = """I can read your Intercom workspace. Try:
- "List contacts at Acme Corp and show their recent events"
- "Tell me about dev.rossi.0@example.com" (a contact overview)
- "Find conversations about refund" (with transcripts) / "Search conversations about billing"
- "List Intercom contacts" / "Show first 50 contacts" / "Get contact <id>"
- "List our Intercom companies" / "Companies descending" / "Get company <id>"
- "Who's attached to company <name or id>?"
- "List segments" / "Segments with counts" / "List Intercom teams"
- "Events for <external_id or email>" / "List recent conversations" / "Get conversation <id>\""""

ID = r"([A-Za-z0-9_.@+-]+)"
Plan = tuple[str, dict[str, Any]] | str  # a tool call, or a direct answer
Rule = tuple[re.Pattern[str], Callable[[re.Match[str], list[BaseMessage]], Plan]]


def _intercom_id(text: str) -> bool:
    return bool(re.fullmatch(r"[0-9a-f]{24}", text))


def _last_contact(history: list[BaseMessage]) -> dict[str, Any] | None:
    """The contact the conversation is about: the newest contact a tool returned."""
    for message in reversed(history):
        artifact = getattr(message, "artifact", None) if isinstance(message, ToolMessage) else None
        if not isinstance(artifact, dict):
            continue
        for key in ("contact", "profile"):
            found = artifact.get(key)
            if isinstance(found, dict):
                return found
        page = artifact.get("page")
        items = page.get("items") if isinstance(page, dict) else None
        if items and isinstance(items[0], dict) and "role" in items[0]:
            first: dict[str, Any] = items[0]
            return first
    return None


def _events(match: re.Match[str], history: list[BaseMessage]) -> Plan:
    who = (match.group("who") or "").strip(" ?.")
    if who and who.lower() not in ("this contact", "this user", "the contact", "them", "user", "this"):
        if "@" in who:
            return ("intercom_list_events", {"email": who})
        return ("intercom_list_events", {"user_id": who})
    contact = _last_contact(history)
    if contact is None:
        return (
            "Which contact? Give me an external_id or email (for example 'Events for usr_00001'), "
            "or ask 'List Intercom contacts' first."
        )
    if contact.get("external_id"):
        return ("intercom_list_events", {"user_id": contact["external_id"]})
    return ("intercom_list_events", {"intercom_user_id": contact["id"]})


def _attached(match: re.Match[str], history: list[BaseMessage]) -> Plan:
    company = match.group("company").strip(" ?.").removeprefix("company ").strip()
    if company.lower() in ("this company", "this", "it", "x", ""):
        return "Which company? Give me its name or id (see 'List our Intercom companies')."
    if _intercom_id(company):
        return ("intercom_list_attach_contacts_to_company", {"company_id": company})
    return ("intercom_company_contacts_events", {"company": company, "events_per_contact": 0})


def _search(match: re.Match[str], history: list[BaseMessage]) -> Plan:
    topic = (match.group("topic") or "").strip(" ?.\"'")
    if not topic:
        return "What should I search for? For example: 'Search conversations about billing'."
    return ("intercom_search_conversations", {"query": topic})


def _first_n(match: re.Match[str], history: list[BaseMessage]) -> Plan:
    return ("intercom_list_all_contacts", {"per_page": min(150, int(match.group("n")))})


RULES: list[Rule] = [
    (
        re.compile(
            r"contacts? (?:at|of|from|in|for) (?P<company>.+?),? (?:and|with) (?:show |list |get )?(?:their |"
            r"the )?(?:recent )?(?:data )?events",
            re.I,
        ),
        lambda m, h: ("intercom_company_contacts_events", {"company": m.group("company").strip(" \"'")}),
    ),
    (
        re.compile(
            r"(?:what (?:have|did) (?:the )?(?:people|contacts|users) (?:at|from) (?P<company>.+?) (?:been )?"
            r"(?:do|doing|done))",
            re.I,
        ),
        lambda m, h: ("intercom_company_contacts_events", {"company": m.group("company").strip(" ?\"'")}),
    ),
    (
        re.compile(
            r"(?:overview (?:of|for)|tell me (?:everything )?about|who is|profile (?:of|for)) "
            r"(?:contact )?(?P<who>[^?]+)",
            re.I,
        ),
        lambda m, h: ("intercom_contact_overview", {"contact": m.group("who").strip(" ?.\"'")}),
    ),
    (
        re.compile(
            r"(?:find|show|get) (?:me )?(?:the )?(?:conversations?|transcripts?) (?:about|on|mentioning|"
            r"regarding) (?P<topic>[^?]+?)(?: with transcripts?)?[?.]?$",
            re.I,
        ),
        lambda m, h: ("intercom_find_conversations", {"text": m.group("topic").strip(" \"'")}),
    ),
    (re.compile(r"search (?:the )?conversations?(?: (?:about|for|on|mentioning) (?P<topic>[^?]+))?", re.I), _search),
    (
        re.compile(r"^find conversations\.?$", re.I),
        lambda m, h: "What should I search for? For example: 'Search conversations about billing'.",
    ),
    (
        re.compile(r"(?:who'?s|who is|contacts?) (?:attached to|at|in|of) (?P<company>company .+|this company)", re.I),
        _attached,
    ),
    (
        re.compile(r"(?:get|show|fetch) (?:the )?contact (?:details )?(?:for |of )?(?P<id>[A-Za-z0-9_@.+-]{2,})", re.I),
        lambda m, h: (
            ("intercom_get_contact_by_id", {"contact_id": m.group("id")})
            if m.group("id").lower() not in ("details",)
            else "Which contact? Give me its id."
        ),
    ),
    (
        re.compile(r"^(?:show )?contact details\.?$", re.I),
        lambda m, h: (
            ("intercom_get_contact_by_id", {"contact_id": c["id"]})
            if (c := _last_contact(h))
            else "Which contact? Give me its Intercom id (see 'List Intercom contacts')."
        ),
    ),
    (
        re.compile(rf"(?:get|show|fetch) (?:the )?company (?:details )?(?:for |of )?{ID}", re.I),
        lambda m, h: (
            ("intercom_get_company_by_id", {"company_id": m.group(1)})
            if m.group(1).lower() != "details"
            else "Which company? Give me its id (see 'List our Intercom companies')."
        ),
    ),
    (
        re.compile(r"^company details\.?$", re.I),
        lambda m, h: "Which company? Give me its id (see 'List our Intercom companies').",
    ),
    (
        re.compile(rf"(?:get|show|fetch) (?:the )?conversation (?:details )?(?:for |of )?{ID}", re.I),
        lambda m, h: (
            ("intercom_get_conversation_by_id", {"conversation_id": m.group(1)})
            if m.group(1).lower() != "details"
            else "Which conversation? Give me its id."
        ),
    ),
    (
        re.compile(r"^conversation details\.?$", re.I),
        lambda m, h: "Which conversation? Give me its id (see 'List recent conversations').",
    ),
    (re.compile(r"(?:list |show )?(?:user |data )?events (?:for|of) (?P<who>.+)", re.I), _events),
    (re.compile(r"list (?:user |data )?events(?P<who>)", re.I), _events),
    (re.compile(r"(?:show |list |get )?(?:the )?first (?P<n>\d{1,3}) contacts", re.I), _first_n),
    (
        re.compile(r"(?:list|show|get)(?: all)?(?: (?:our|my|the))?(?: intercom)? (?:contacts|users|leads)", re.I),
        lambda m, h: ("intercom_list_all_contacts", {"per_page": 50}),
    ),
    (
        re.compile(r"companies,? (?:in )?(?P<order>desc|asc)", re.I),
        lambda m, h: (
            "intercom_list_companies",
            {"order": "asc" if m.group("order").lower().startswith("asc") else "desc"},
        ),
    ),
    (
        re.compile(r"(?:list|show|get)(?: all)?(?: (?:our|my|the))?(?: intercom)? companies", re.I),
        lambda m, h: ("intercom_list_companies", {"order": "desc"}),
    ),
    (
        re.compile(
            r"segments? with (?:contact )?counts?|segment counts|how many (?:contacts )?(?:are )?in each segment", re.I
        ),
        lambda m, h: ("intercom_list_segments", {"include_count": True}),
    ),
    (
        re.compile(r"(?:list|show|get)(?: all)?(?: (?:our|my|the))?(?: intercom)? segments", re.I),
        lambda m, h: ("intercom_list_segments", {}),
    ),
    (
        re.compile(r"(?:list|show|get)(?: all)?(?: (?:our|my|the))?(?: intercom)? teams", re.I),
        lambda m, h: ("intercom_list_all_teams", {}),
    ),
    (
        re.compile(
            r"(?:list|show|get)(?: (?:the|our|my))?(?: most)?(?: recent| latest)?(?: intercom)? conversations", re.I
        ),
        lambda m, h: ("intercom_list_conversations", {"per_page": 20}),
    ),
]


def plan(text: str, history: Sequence[BaseMessage] = ()) -> Plan:
    """The tool call (name, arguments) for a request, or a direct answer when none fits."""
    cleaned = re.sub(r"\s+", " ", text.strip().strip('"“”')).replace("’", "'")
    for pattern, action in RULES:
        match = pattern.search(cleaned)
        if match:
            return action(match, list(history))
    return "Sorry, I did not understand that.\n" + HELP


class OfflinePlanner(BaseChatModel):
    """A deterministic, offline stand-in for a chat model, for the Intercom tools and flows."""

    tool_names: tuple[str, ...] = ()

    @property
    def _llm_type(self) -> str:
        return "intercom-offline-planner"

    def bind_tools(self, tools: Sequence[Any], **kwargs: Any) -> OfflinePlanner:
        names = tuple(getattr(t, "name", None) or t.get("name") for t in tools)
        return self.model_copy(update={"tool_names": names})

    def _generate(
        self,
        messages: list[BaseMessage],
        stop: list[str] | None = None,
        run_manager: CallbackManagerForLLMRun | None = None,
        **kwargs: Any,
    ) -> ChatResult:
        return ChatResult(generations=[ChatGeneration(message=self.respond(messages))])

    def respond(self, messages: list[BaseMessage]) -> AIMessage:
        last_human = max((i for i, m in enumerate(messages) if isinstance(m, HumanMessage)), default=-1)
        since = messages[last_human + 1 :]
        results = [m for m in since if isinstance(m, ToolMessage)]
        if results:  # relay what the tools said, as the answer
            return AIMessage("\n\n".join(str(m.content) for m in results))
        if last_human < 0:
            return AIMessage(HELP)
        decision = plan(str(messages[last_human].content), messages[:last_human])
        if isinstance(decision, str):
            return AIMessage(decision)
        name, args = decision
        if self.tool_names and name not in self.tool_names:
            return AIMessage(f"The tool {name} is not available in this agent.\n{HELP}")
        call_id = f"call_{uuid.uuid5(uuid.NAMESPACE_URL, name + repr(sorted(args.items()))).hex[:12]}"
        return AIMessage("", tool_calls=[{"name": name, "args": args, "id": call_id, "type": "tool_call"}])
