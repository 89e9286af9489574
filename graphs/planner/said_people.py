"""People said in words that the conversation already knows: the person a refused request named ("delete
grace silva", then "ok just show her"), and one a list or a transcript showed ("ben silva raised a refund in
the last two weeks": by the email shown, and a search of hers)."""

from __future__ import annotations

from graphs.planner import needles as rx
from graphs.planner.dialogue import CONTACT_FIELDS, State
from graphs.planner.elsewhere import OTHER_WORKSPACE
from graphs.planner.explained import PERSON_NAMED
from graphs.planner.focus import WROTE, about_contact, about_item, open_conversation, record_asked
from graphs.planner.intents import Plan, fresh, overview
from graphs.planner.namesakes import companies_of
from graphs.planner.reading import Utterance, read
from graphs.planner.refine import SHE, THEY
from graphs.planner.who import meant


def shown_person(r: Utterance, state: State, plan: Plan) -> Plan:
    """An overview of someone named in full whom the conversation has shown (a transcript's author): by their
    email, so a namesake elsewhere in the workspace is not the one read ("lena evans, whats her deal")."""
    if not (isinstance(plan, tuple) and plan[0] == "intercom_contact_overview" and r.person is not None):
        return plan
    found = meant(r, state)[0]
    named = str(plan[1].get("contact", "")).casefold()
    ref = found.get("email") or found.get("id") if found is not None else None
    if found is None or not ref or named != str(found.get("name") or "").casefold():
        return plan
    company = r.named("company")
    theirs = companies_of(found, state)
    if company is not None and theirs and not theirs & {str(e.get("id")) for e in company.entries}:
        return plan  # "tara diaz at birch labs", after the acme one: the one at birch labs
    filters = {k: v for k, v in (("query", r.topic), ("state", r.state), *r.dates.args().items()) if v}
    wrote = r.topic is not None or r.has(WROTE + r"|raised")
    if found.get("email") and filters and wrote and not r.has(r"events?|activity|profile|360|overview|everything"):
        return ("intercom_search_conversations", {"contact_email": found["email"], **filters})  # "ben silva raised
    if (record := record_asked(r, found)) is not None:
        return record  # "what plan is hugo weber on", after the newest contacts: his record
    last_name, last_args = state.last or ("", {})
    overviewed = any(t == "intercom_contact_overview" for t, _ in state.calls)
    if last_name == "intercom_list_events" and found.get("email") and r.has(INSTEAD) and not overviewed:
        kept = {k: v for k, v in last_args.items() if k in ("per_page", "summary")}  # "actually i wanted sam
        return ("intercom_list_events", {**kept, "email": found["email"]})  # hughes, the delta analytics one"
    return (plan[0], {**plan[1], "contact": ref})  # a refund in the last two weeks"; a lead with no email: by id


INSTEAD = r"^(?:\w+ )?(?:i meant|actually,? i (?:meant|wanted)|i wanted|sorry,?|no,? i meant)\b"  # (a correction)


SHOW_HER = r"\b(?:show|pull up|look up|see|find|get)\b"


def refused_person(r: Utterance, state: State) -> Plan | None:
    """What "her"/"their" asks of the contact the last, unanswered request named, or None."""
    if not state.unanswered or not r.has(SHE + "|" + THEY):
        return None
    earlier = read(state.unanswered, 0.0)
    listed = state.listing.items if state.listing is not None else []
    if earlier.ordinal is not None and state.listing is not None and -len(listed) <= earlier.ordinal < len(listed):
        return about_item(r, state.listing, listed[earlier.ordinal], state)  # "delete the 4th one", then "their
        # profile": the fourth one's
    named = _whose(earlier)  # "delete usr_00101" (refused), then "their profile"
    if earlier.contact_ref is not None and named is None:
        return None  # "change his email to dev@rossi.io": the value it would have set, not whose it is
    if named is not None:
        key = CONTACT_FIELDS.get(named[0], named[0])
        plan = about_contact(r, {key: named[1]})
        return plan if plan is not None or not r.has(SHOW_HER) else overview(r, named[1])  # "fine, just show me her"
    if earlier.person is None or r.person is not None:
        return None
    shown = meant(earlier, state)[0] or {"name": earlier.person.name}  # one a list showed, by email; or the name
    plan = about_contact(r, shown)
    if plan is None and r.has(SHOW_HER):  # "ok just show her"
        return overview(r, str(shown.get("email") or shown.get("id") or shown["name"]))
    return plan


def _whose(earlier: Utterance) -> tuple[str, str] | None:
    """The contact a refused request named by identifier, not the value it would have set ("update usr_00060's
    email to rosa@newco.com": usr_00060): (key for the events tool, value)."""
    hexes = [h for h, noun in earlier.hex_ids]
    said = (
        ("email", "email", earlier.emails),
        ("user_id", "ext", earlier.external_ids),
        ("intercom_user_id", "hex", hexes),
    )
    for key, tag, values in said:
        for n, value in enumerate(values):
            set_to = rx.search(rf"\b(?:to|as|into) qq{tag}{n}\b", earlier.text)
            if not set_to and (
                key != "intercom_user_id" or dict(earlier.hex_ids)[value] not in ("company", "conversation")
            ):
                return key, value
    return None


def refused_item(r: Utterance, state: State) -> Plan | None:
    """What "it" asks of the item of the list the last, unanswered request picked ("close the first" (refused),
    then "transcript of it"), or None."""
    listing = state.listing
    if not state.unanswered or r.ordinal is not None or r.identified or r.names or r.person:
        return None
    if not r.has(r"\b(?:it|that one|this one|the whole thing)\b") or len(r.tokens) > 8:
        return None
    asked = read(state.unanswered, r.now)
    hers = asked.has(r"\b(?:his|her|their)\b") and asked.mentions("conversation")  # "unsnooze her password ticket"
    if state.contact is not None and asked.topic and hers:  # (refused), then "show it then": hers about it
        return about_contact(read(f"her {asked.topic} conversations", r.now), state.contact)
    if listing is None:
        return None
    picked = asked.ordinal
    if picked is None or not -len(listing.items) <= picked < len(listing.items):
        return None
    item = listing.items[picked]
    plan = about_item(r, listing, item, state)
    return plan if plan is not None or listing.kind != "conversations" else open_conversation(r, item)


READ_THEM = (
    r"^(?:(?:ok|okay|fine|alright|so|then|just|can you|could you|pls|please)\W* )*(?:list|show|give|pull)(?: me)?"
)
READ_THEM += r"(?: up)? (?:them|those|the people|the contacts|that list)\b"
EXPORTED = (  # what a refused export or mailing was of: "export all the contacts at acme to a csv and email it to me"
    r"^(?:\w+ )?(?:export|download|dump|send|email|mail|forward|copy)\b|\b(?:to|into|as) an? (?:csv|spreadsheet|"
    r"sheet|file|excel|pdf)\b|\band (?:email|send|mail|forward) (?:it|them)(?: over)? to (?:me|us)\b"
)

WRITTEN_STATE = (  # the state a refused write would have set: "... as closed", "snooze all open api convos"
    r"\b(?:as|to|into) (?:closed|open|opened|snoozed|resolved|solved|done|pending)\b"
    r"|^(?:\w+ )?(?:close|snooze|resolve|reopen)\b"
)


def refused_list(r: Utterance, state: State) -> Plan | None:
    """'ok then just list them, 30', after "export all the contacts at acme to a csv" (refused): those people;
    'fine, ours then. 10 per page', after "the companies in the EU workspace" (another connection's): ours."""
    ours = r.has(r"\bours\b|\bour own\b|\bthis (?:one|workspace)\b|\bthe one (?:we|i)'?(?:re| are| am)? ?(?:on|in)\b")
    if state.unanswered and ours and rx.search(OTHER_WORKSPACE, asked := state.unanswered.casefold()):
        said = rx.sub(rf"\b(?:from|in|of|on|for|across) {OTHER_WORKSPACE}(?: too| as well)?", " ", asked)
        size = next((c.value for c in r.counts), None)
        plan = fresh(read(f"{said}, {size} per page" if size else said, r.now))
        return plan if isinstance(plan, tuple) else None
    if not state.unanswered or state.last is not None or not rx.search(READ_THEM, r.text):
        return None
    said = rx.sub(EXPORTED, " ", state.unanswered.casefold())
    said = rx.sub(WRITTEN_STATE, " ", said).strip()
    size = next((c.value for c in r.counts), None)
    plan = fresh(read(f"{said}, first {size}" if size else said, r.now))
    if not isinstance(plan, tuple):
        return None
    named = str(plan[1].get("company") or "").casefold()
    known = [n for n in set(r.company_names.values()) if named and n.casefold().startswith(named)]
    return (plan[0], {**plan[1], "company": known[0]}) if len(known) == 1 else plan  # "acme": Acme Corp


def refused_conversation(r: Utterance, state: State) -> Plan | None:
    """'ok fine, just show it to me then', after a refused write on a conversation named by id: that one; 'hold
    on, let me see who it is first', after one on a contact named by id: that contact."""
    if not state.unanswered or r.identified or r.ordinal is not None:
        return None
    asked = read(state.unanswered, r.now)
    shown = r.has(r"\b(?:show|open|read|see|pull up|look at|view)\b") and r.has(r"\b(?:it|that|that one|this)\b")
    if shown and len(asked.conversation_ids) == 1:
        return ("intercom_get_conversation_by_id", {"conversation_id": asked.conversation_ids[0]})
    named = set(PERSON_NAMED.findall(state.unanswered))
    if (
        r.names
        or r.person
        or len(named) != 1
        or not r.has(r"\b(?:who (?:it|that|this) is|who(?:'s| is) (?:it|that))\b")
    ):
        return None
    from graphs.planner.decide import decide  # (the decision, for the one the refused request named)

    plan = decide(read(f"{r.text} {named.pop()}", r.now), state)
    return plan if isinstance(plan, tuple) else None


__all__ = ["INSTEAD", "refused_list", "refused_conversation", "refused_item", "refused_person", "shown_person"]
