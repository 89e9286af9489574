"""Repairs: what someone says right after an answer that was not quite what they wanted.

- "close, but only the last 3", "almost - but I only want the latest event for each": the adjustment itself
  (the "close" is not a request to close anything);
- "I didn't ask for events - conversations", "not her events, her conversations": the other kind of thing,
  for the one in focus;
- "wrong felix, it's <email>", "not that one, <email>": the same request for the one meant;
- "other way round" (the order flipped), "same as before minus the dates" (the filter dropped), "and neither -
  the closed ones" (that state), "just the profile" (after an overview: theirs);

Each is a pattern (case ignored) that :func:`graphs.planner.plain.plain` applies with the others. What needs
the conversation is elsewhere: "not that person, the one above in the list" is
:func:`graphs.planner.next_to.neighbour`'s, and "ok fine, just show it to me then" after a refused "close
conversation 100322" is :func:`graphs.planner.said_people.refused_conversation`'s.
"""

from __future__ import annotations

_KIND = r"(events?|activity|conversations?|convos?|tickets?|chats?|profile|record|details)"
_WHOSE = r"(?:the |her |his |their |its )?"
REWRITES = [
    (
        r"^((?:ok|no|and|now|actually|sort it),? )?(?:the )?other way (?:a)?round\W*$",
        r"\1flip it",
    ),  # the order, flipped
    (r"\bminus (?=(?:the )?(?:dates?|date range|window|filters?|state|topic|query)\b)", "drop "),  # "minus the dates"
    (r"\bsame as before,? (?=drop\b)", "same but "),
    (r"\bneither\W+(?=(?:the )?(?:open|closed|snoozed)\b(?! nor\b))", ""),  # "and neither - the closed ones": those
    (  # "never mind the events (and stuff), just the profile": what is asked now
        r"^\W*(?:(?:ok|okay|no|nah|actually|hm+)\W+)*(?:never ?mind|forget|skip|scratch|drop) (?:about )?"
        r"(?:the |her |his |their |its )?\w+(?: and (?:stuff|all that|everything|all))?\W+(?=(?:just|only)\b)",
        "",
    ),
    (r"^((?:ok,? |now,? )?(?:just|only)) (?:the )?(profile|record|contact record|details)\b", r"\1 their \2"),
    (r"\b(before|after|since|until|till) of\b", r"\1"),
    (  # "narrow to the 12th and 13th", "only the 12th and 13th", after a window: those days (not the 12th item)
        r"^\W*(?:(?:ok|okay|now|and|so|then)\W+)*(?:narrow(?: (?:it|that|this|them|down))? to|only|just)"
        r" (?:the )?(\d{1,2}(?:st|nd|rd|th)) (?:and|to|-|through|thru) (?:the )?(\d{1,2}(?:st|nd|rd|th))\W*$",
        r"from the \1 to the \2",
    ),
    (  # "actually make that refund", after billing convos: that subject instead (not a state, an order, a time)
        r"^\W*(?:(?:actually|ok|okay|no|nah|hm+|wait|sorry)\W+)*make (?:that|it) (?!(?:open|closed|snoozed|newest|"
        r"oldest|asc|desc|last|this|past|today|yesterday|since|before|after|from|in|the|a|an|\d)\b)(?=[a-z]+\W*$)",
        "what about ",
    ),
    (  # "narrow that to login", after a search: only the login ones (not "narrow that to august")
        r"^\W*(?:(?:ok|okay|and|now|then|so|pls|please)\W+)*(?:narrow|filter|limit|restrict|cut) "
        r"(?:that|it|them|this|those|these)(?: down)? to (?:just |only )?(?:the )?(?!(?:jan|feb|mar|apr|may|jun|jul|"
        r"aug|sep|oct|nov|dec|last|this|since|before|after|q[1-4]|open|closed|snoozed|\d)\w*\b)([a-z]+)"
        r"(?: ones?| convos?| conversations?| tickets?)?\W*$",
        r"only the \1 ones",
    ),
    *(
        (rf"\b(?:that )?(?:aren'?t|are not|not|isn'?t|is not) (?:{a} (?:or|nor|and) {b}|{b} (?:or|nor|and) {a})\b", c)
        for a, b, c in (("closed", "open", "snoozed"), ("open", "snoozed", "closed"), ("closed", "snoozed", "open"))
    ),
    (  # "only the first half", after a month's search: that half of the month
        r"^\W*(?:(?:ok|okay|and|now|then|so|hm+)\W+)*(?:only|just) (?:the )?(first|second|1st|2nd|latter) half"
        r"(?: of (?:it|that|them|the month))?(?: (?:pls|please))?\W*$",
        r"and the \1 half of the month?",
    ),
    (  # "same for her colleague hugo tanaka": for hugo tanaka (not her colleagues)
        r"\b(same (?:thing )?for|what about|how about) (?:her|his|their) (?:colleague|coworker|co-worker|teammate|"
        r"manager|boss|counterpart) (?!(?:from|at|in|there|who|that|with|too|as|over|on|again|before)\b)"
        r"(?=[a-z]+ [a-z]+)",
        r"\1 ",
    ),
    (  # "same person, all-time totals instead": the last request's subject, kept
        r"^\W*(?:(?:ok|okay|and|now|so)\W+)*same (?:person|guy|lady|contact|user|customer)(?: as before| again)?"
        r"\s*[,:;-]+\s*(?=\w)",
        "",
    ),
    (  # "transcripts of 2 of the invoice ones": two invoice ones
        r"\b(\d{1,2}) of (?:the|those|these) (?!(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|mon|tue|wed|thu|fri|"
        r"sat|sun)[a-z]*\b)([a-z]+) (ones|convos|conversations|tickets|chats|threads)\b",  # (not "the september ones")
        r"\1 \2 \3",
    ),
    (r"\b(past|last|previous|over the|in the|for the) (?:too|to) (days|weeks|months|hours)\b", r"\1 2 \2"),  # heard
    (r"\b(who(?:'s|se|s| is)? (?:works?|working|is) (?:over )?)(?:their|they're)(?=\W*$)", r"\1there"),  # "their"
    (r"\bwhose (?=(?:working|using|online|active|at|there|over|in charge|been)\b)", "who's "),  # "whose working"
    (r"\b(?:a )?fortnight\b", "2 weeks"),  # "onboarding chats from a fortnight ago onwards"
    (r"\b(?:the )?(?:past|last) (?:24 ?h(?:rs?|ours?)?|day or so)\b", "the past day"),
    *((rf"\b(?:the )?(?:past|last) {h} ?h(?:rs?|ours?)?\b", f"the past {d} days") for h, d in (("48", 2), ("72", 3))),
    (
        r"\b(make (?:it|that)|extend (?:it |that )?to|widen (?:it |that )?to) (two|three|four|five|six) "
        r"(days|weeks|months)\b",
        r"\1 last \2 \3",
    ),  # "make it two weeks"
    (r"\b(?:oh |no |hang on,? |hold on,? )?wait\W+(?=i meant\b|i mean\b|sorry\b)", ""),  # "oh wait, I meant ..."
    (
        r"\b(\d+|a few|few) (?:recent |latest |last )?(?:things|actions|clicks)"
        r"(?= each\b| per (?:person|contact|head))",
        r"\1 events",
    ),  # "10 of their people with 3 recent things each"  # "before of 5 september", as some learners write it
    (  # "make it 30 days", "extend that to 2 weeks": the window said again, counted back from today
        r"\b(make (?:it|that)|extend (?:it |that )?to|widen (?:it |that )?to|stretch (?:it |that )?to|"
        r"change (?:it|that) to) (\d{1,3}) (days?|weeks?|months?)\b",
        r"\1 last \2 \3",
    ),
    *(  # "make it 30d", "extend to 2w": the same, with the unit in a letter
        (
            r"\b(make (?:it|that)|extend (?:it |that )?to|widen (?:it |that )?to|stretch (?:it |that )?to|"
            rf"change (?:it|that) to) (\d{{1,3}}) ?{letter}\b",
            rf"\1 last \2 {unit}",
        )
        for letter, unit in (("d", "days"), ("w", "weeks"), ("mo", "months"))
    ),
    (  # "close, but only the last 3", "almost — but I only want the latest event for each"
        r"^\W*(?:close|almost|nearly|not quite|so close|good|great|nice|ok|okay)\s*(?:,|—|–|-+|\.{2,}|…)?\s*but\s+",
        "",
    ),
    (  # "I didn't ask for events — conversations", "not her events, her conversations", "no, not events: convos"
        rf"^\W*(?:(?:no|nope|ugh|hm+|sorry|wait|nah)\W+)*(?:not|i didn'?t (?:ask for|want|mean)|i did not (?:ask for|"
        rf"want|mean)|that'?s not) {_WHOSE}{_KIND}\s*(?:[,;:.!?]|—|–|-+)*\s*(?:i (?:asked for|wanted|meant|want) |but |"
        rf"just |only )?{_WHOSE}{_KIND}\b",
        r"their \2",
    ),
    (  # "not that globex, the other one": the other globex
        r"\bnot (?:that|this|the) (?!one\b)([a-z][\w-]+)(?: one)?\s*(?:[,;:]|—|–|-+)?\s*(?:but |i meant |i mean )?"
        r"the other(?: one)?\b",
        r"the other \1",
    ),
    (  # "wrong felix, it's <email>", "not that one - <email>": the same request for them
        r"^\W*(?:(?:no|nope|oops|sorry)\W+)*(?:(?:wrong|not that|not the right)(?: [a-z]+)?|the other)"
        r"(?: (?:one|person|guy|lady|contact|email|address|user|customer))?\s*[,;:—–-]*\s*"
        r"(?:it'?s|its|i meant|i mean|should be|try|use|it was)?\s*"
        r"(?=[\w.+-]+@[\w-]+\.[\w.]+\W*$)",
        "same for ",
    ),
]


__all__ = ["REWRITES"]
