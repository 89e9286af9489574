"""Requests as developers type them, in words the planner reads: filters written as a query ("where
created_at >= '2026-10-01'", "created_at in [2026-10-01, 2026-11-01)" (a half-open range), "select name, count(*) from
segments"), an item of the last list as an object ("the first object"), and the one in focus by its key
("events for that user_id", "convos for that email", "overview for the same user").

Each is a pattern (case ignored) and what replaces it; :func:`graphs.planner.plain.plain` applies them. An item
by its index ("item[2]") and ``key=value`` arguments are read in :mod:`graphs.planner.direct`.
"""

from __future__ import annotations

_DAY = r"'?(\d{4}-\d\d-\d\d)'?"
PLACEHOLDER = r"(?:\?|:[a-z_]\w*|\$\d+|<[^>]*>|\{+[^}]*\}+|%s|'\?'|\.\.\.|x{3,}|_{3,})"
REWRITES = [
    (  # "select * from contacts where id = ?": one, by a key not given yet (asked for)
        rf"^\s*(?:select\s+.*?\s+from\s+|(?:get|show|find|fetch)\s+)(\w+?)(?:s|ies)?\s+where\s+(\w+)\s*(?:=|==|:|is)\s*"
        rf"{PLACEHOLDER}(?=[\s;]|$)",
        r"the \1 by its \2",
    ),
    (r"\b(?:where|and)\s+(?=\w+\s*(?:=|>|<))", " "),
    (  # "created_at > now() - interval '30 days'": the last 30 days
        r"\bcreated(?:_at)?\s*>=?\s*(?:now\(\)|current_date|current_timestamp|today\(\)|today)\s*-\s*"
        r"(?:interval\s*)?['\"]?(\d+)\s*(day|week|month)s?['\"]?",
        r"in the last \1 \2s",
    ),
    (r"\bcreated(?:_at)?\s*>=?\s*'?(\d{4}-\d\d-\d\d)'?", r"since \1"),
    (r"\bcreated(?:_at)?\s*<\s*'?(\d{4}-\d\d-\d\d)'?", r"before \1"),
    (r"\border by \w+ (asc|desc)\b", r"\1"),
    (  # "paginate to the next cursor", "follow the cursor": the page after
        r"^\W*(?:(?:ok|okay|now|then|and|so|pls|please)\W+)*"
        r"(?:paginate(?: (?:to|through|onto|with))?(?: the)?(?: next)?(?: cursor| page)?|"
        r"(?:follow|use|fetch|get|grab)(?: the)? (?:next )?(?:cursor|starting_after))"
        r"(?: (?:pls|please|then))?\W*$",
        "next page",
    ),
    (  # "convos state=open, topic invoice, since ...": a filter named by its field, about that
        r"(^|[,;(]\s*|\b(?:conversations?|convos?|tickets?|chats?|threads?)\s+)(?:topic|subject|query|keyword)\s*[:=]?\s*"
        r"(?=[a-z][\w-]*\s*(?:[,;)]|$))",
        r"\1about ",
    ),
    (r"\bcount\s*\(\s*\*?\s*\)\s*group by event(?:_name)?\b", "event summary"),
    (r"\b(\d+) ?(?:rows|records|results|items)? ?/ ?page\b", r"\1 per page"),
    (
        r"^\s*select\s+(?:[\w*]+\s*,\s*)*count\s*\(\s*\*?\s*\)\s*from\s+(\w+)(?:\s+group by [\w,\s]+$)?",
        r"\1 with counts",
    ),
    (  # "select name, email from contacts" (not "select contacts from company ...")
        r"^\s*select\s+(?:\*|(?!(?:contacts?|users?|people|compan(?:y|ies)|conversations?|convos?|events?)\b)"
        r"[\w.]+(?:\s*,\s*[\w.]+)*)\s+from\s+(\w+)",
        r"\1",
    ),
    (rf"\bcreated(?:_at)?\s+in\s*\[\s*{_DAY}\s*,\s*{_DAY}\s*\)", r"since \1 before \2"),  # "in [10-01, 11-01)"
    (r"\b(the (?:first|second|third|fourth|fifth|last|next|previous|other) )(?:object|obj|element|entry)\b", r"\1one"),
    (  # "and item[6], by email": that one (whichever key the tool takes)
        r"(\bthe \w+(?: to last)? one)\s*,?\s*(?:by|via|using) (?:the |her |his |their |its )?(?:email|e-mail|"
        r"external[_ ]id|user[_ ]id|intercom[_ ]id|id)\b",
        r"\1",
    ),
    (  # "which companies is it attached to", after a contact's record: the contact's (a record is "it")
        r"\b(which|what) (compan(?:y|ies)) (?:is|was|does) it (?:attached|linked|belong(?:ing)?|tied)( to)?\b",
        r"\1 \2 is this contact attached to",
    ),
    (
        r"\b(?:the )?(?:convo|conversation|ticket|chat|support)s? (?:queue|inbox|backlog)\b",
        "conversations",
    ),  # "tail the
    # convo queue"
    (  # "events for that user_id", "convos for that email", "overview for the same user": the one in focus
        r"(?:\b(?:that|this|the same|same) (?:user_id|user id|external_id|external id|contact_id|contact id|"
        r"intercom id|email(?: address)?|e-mail)|\b(?:the )?same (?:user|contact))\b(?!\s*(?:=|:|is\b|was\b))",
        "that person",
    ),
]
