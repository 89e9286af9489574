"""Recaps, rundowns and catch-ups, read as the records they ask for: "catch me up on the 4th one", "fill me in on
her", "what's the latest with <contact>" (that person's overview: profile, companies, events, conversations);
"tl;dr on that one" (the conversation, read); "summarise invoice convos from last month", "a quick summary of
the contact base" (the records themselves: the reply is the summary). Each is a pattern (case ignored) and what
replaces it; :func:`graphs.planner.plain.plain` applies them with the other rewrites.
"""

from __future__ import annotations

_RECORDS = r"(?:convos?|conversations?|tickets?|chats?|threads?|cases?|contacts|companies|accounts|support)\b"

REWRITES: list[tuple[str, str]] = [
    (  # "catch me up on the 4th one", "quick rundown on them": the person's overview (not "... on the refund convos")
        r"\b(?:catch me up on|fill me in on|brief me on|update me on|(?:a |give me a )?(?:quick )?(?:rundown|recap|"
        r"debrief|catch-?up) on|what'?s the latest (?:with|on)|the latest (?:with|on))\b"
        rf"(?! (?:\S+ ){{0,4}}(?:{_RECORDS}|company|account|org)\b)",
        "overview of",
    ),
    (r"\btl;? ?dr(?: version)?(?: (?:on|of|for))?\b", "open"),  # "tl;dr on her shipping ticket": read it
    (  # "summarise invoice convos from last month": their transcripts, to summarise (not a topic "summarise")
        r"\b(?:summari[sz]e|(?:give me |can i get )?(?:a |an )?(?:quick |short |brief )?(?:summary|recap|rundown)"
        r" of)\s+(?=(?:(?!\S*@(?!\S*'s\b)|usr_|incl|including|with|plus|and\b)\S+ ){0,5}(?:convos?|conversations?|"
        r"tickets?|chats?|threads?|cases?)\b)",  # (not "summary of <email> incl her last 3 conversations": hers)
        "transcripts of ",
    ),
    (  # "a quick summary of the contact base": the records (the reply is the summary)
        r"\b(?:summari[sz]e|(?:give me |can i get )?(?:a |an )?(?:quick |short |brief )?(?:summary|recap|rundown|"
        r"overview) of)\s+(?=(?:\S+ ){0,3}(?:contacts|companies|accounts)\b|(?:the |our )?(?:contact|customer|user) "
        r"base\b)",
        "show ",
    ),
    (r"\b(?:the |our )?(?:contact|customer|user) base\b", "contacts"),  # "the contact base, first 50"
    (  # "recap of yesterday in support": what came in then (not a search for "recap")
        r"\b(?:give me )?(?:a |an )?(?:quick |short )?(?:recap|rundown|summary|debrief|round-?up) of (?=(?:yesterday|"
        r"today|(?:this|last) \w+|the (?:past|last) (?:\w+ )?\w+|(?:mon|tues|wednes|thurs|fri|satur|sun)day)(?:'s)?"
        r"(?: in (?:support|the inbox)| (?:convos|conversations|tickets|chats))?\W*$)",  # (not "... knicks game")
        "conversations from ",
    ),
    (r"[,;-]?\s*\b(?:catch me up|fill me in|give me the rundown)\W*$", ", full profile"),  # "who's the customer, catch
    # me up": that person's
    (  # "ok go back to the start of the month": since then
        r"\b(?:go |going )?back to (?:the )?(?:start|beginning) of (?:the |this )?month\b",
        "since the start of this month",
    ),
]

__all__ = ["REWRITES"]
