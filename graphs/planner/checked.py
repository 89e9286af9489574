"""The last look at a call before it leaves the planner: a call its tool would refuse is a question instead.

A request written like an API call can name a tool and leave out what it needs ("get_company_by_id usr_00042",
"list_attach_contacts_to_company company_id=", "GET /conversations/"), give a page that does not exist
("contacts page=0", "per_page=0") or name one person twice ("list_events user_id=... email=..."). The tool
would answer with an error; the person is better served by a question that names what is missing, and no
request is sent.
"""

from __future__ import annotations

from typing import Any, TypeVar, cast

from graphs.planner.dialogue import ASK_COMPANY, ASK_CONTACT, ASK_CONVERSATION, ASK_PERSON

NEEDS = {  # each tool's argument it cannot do without, and the question that asks for it
    "intercom_get_company_by_id": ("company_id", ASK_COMPANY),
    "intercom_list_attach_contacts_to_company": ("company_id", ASK_COMPANY),
    "intercom_company_contacts_events": ("company", ASK_COMPANY),
    "intercom_get_contact_by_id": ("contact_id", ASK_PERSON),
    "intercom_contact_overview": ("contact", ASK_PERSON),
    "intercom_get_conversation_by_id": ("conversation_id", ASK_CONVERSATION),
}
PERSON_KEYS = ("user_id", "intercom_user_id", "email")
D = TypeVar("D", bound="tuple[str, dict[str, Any]] | str")


def checked(decision: D) -> D | str:
    """``decision``, or the question to ask when it is a call that lacks what its tool needs, or asks for a
    page or page size below 1; a page size above the most a page holds is that most."""
    if not isinstance(decision, tuple):
        return decision
    tool, args = decision
    need = NEEDS.get(tool)
    if need is not None and not str(args.get(need[0]) or "").strip():
        return need[1]
    if tool == "intercom_list_events" and not any(args.get(k) for k in PERSON_KEYS):
        return ASK_CONTACT
    if tool == "intercom_list_events" and len(given := [k for k in PERSON_KEYS if args.get(k)]) > 1:
        return f"Events are read for one person, by one key: {' or '.join(given)}? Give just one."
    for key, said in (("page", "Pages"), ("per_page", "Page sizes")):
        if isinstance(args.get(key), int) and args[key] < 1:
            return f"{said} start at 1: which page (or how many a page) should I show?"
    largest = LARGEST_PAGE.get(tool, 150)
    if isinstance(args.get("per_page"), int) and args["per_page"] > largest:  # "list contacts per_page=1000"
        return cast(D, (tool, {**args, "per_page": largest}))  # the most a page holds ("the first 500 contacts")
    return decision


LARGEST_PAGE = {"intercom_list_companies": 60}  # the most a page of each tool holds (150 for the others)
