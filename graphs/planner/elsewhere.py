"""Words about the world outside the workspace: numbers the tools do not hold (CSAT, response times), advice,
how-to, opinions and our own systems' logs (:data:`UNAVAILABLE`, :data:`NOT_DATA`, :data:`OPINION`, :data:`SYSTEMS`);
and such words said where a follow-up is expected: "whats the weather like in
dublin today" is not "same, but today"; "ok and whats the weather in boston" after a search is not a search for
"weather boston". The refinements and topic switches ask here before they take the words as theirs.
"""

from __future__ import annotations

from graphs.planner import needles as rx
from graphs.planner.reading import Utterance
from graphs.planner.words import CLASSES

DOMAIN = frozenset().union(*CLASSES.values()) | {
    "intercom", "workspace", "inbox", "admin", "admins", "profile", "360", "overview", "plan", "spend",
    "signups", "churn", "transcript", "transcripts", "support", "wrote", "written", "author",
}  # fmt: skip
ELSEWHERE = frozenset(
    "weather forecast stock stocks shares recipe lunch dinner restaurant flight flights movie football soccer "
    "joke poem horoscope bitcoin crypto traffic lottery rain raining snow snowing sunny temperature umbrella "
    "pizza sushi burger burgers coffee cafe bar bars hotel hotels taxi uber gift gifts holiday holidays christmas "
    "birthday vacation offsite offsites retreat icebreaker icebreakers".split()
)

# Questions no workspace data answers, whatever words of the workspace they use (read by graphs.planner.decide):
UNAVAILABLE = (
    r"\b(?:csat|nps|satisfaction(?: scores?| ratings?)?|conversation ratings?|(?:first )?response times?|"
    r"(?:customer |account )?health(?: ?scores?)|health of (?:the |their |its )?account|"
    r"(?:which|what) (?:of (?:my|our|the) )?(?:agents?|teammates?|admins?|reps?) (?:closed|answered|resolved|handled|"
    r"replied to|took) (?:the )?most|"
    r"resolution times?|handle times?|(?:avg |average |mean |median )?time to (?:close|resolve|respond|first reply)|"
    r"(?:each|every|per) (?:agent|teammate|admin|rep)\b|by (?:agent|teammate|admin|assignee)\b|how much money|"
    r"(?:total|dollar|refund(?:ed)?) amounts?|"
    r"(?:amount|money) (?:we )?refunded|(?:average |avg |mean )?deal (?:sizes?|values?|amounts?)|pipeline value|"
    r"win rates?|quota attainment|(?:churn|retention|growth|conversion) rates?|(?:forecast(?:ed)?|expected|"
    r"projected|target) close dates?|close dates? (?:on|for|of) (?:the )?(?:\w+ ){0,3}(?:deal|upsell|opp\w*))\b|"
    r"\b(?:(?:email |campaign )?(?:open|click|click-through|bounce|unsubscribe) rates?|ctr|attribution|utm\w*|"
    r"ad spend|roas|cac|ltv|lead sources?|(?:which|what) (?:marketing )?channels? (?:drove|drive|brought|bring|"
    r"sourced|source|generated))\b|"
    r"\b(?:our|my|the company'?s|total|overall) (?:current |monthly |annual |recurring )?(?:mrr|arr|revenue|"
    r"bookings|burn(?: rate)?|runway|margins?)\b|"  # "whats our MRR this month": the business's own figures
    r"\bhow many (?:people|users|customers|contacts|accounts|companies) (?:\w+ ){0,2}(?:upgraded|downgraded|"
    r"signed up|logged in|churned|exported|invited|cancell?ed)\b.*\b(?:across|whole workspace|entire workspace|"
    r"overall|in total|altogether|company-?wide)\b|"  # workspace-wide counts of events (read one person at a time)
    r"\b(?:contract (?:value|size|amount|length|term|terms|end(?: date)?|renewal)|acv|tcv|renewal dates?|"
    r"when (?:does|do|will|is) (?:\S+ ){1,3}(?:renew|up for renewal)|(?:their|its|the) contract)\b|"
    r"\bhow (?:fast|quickly) (?:\S+ ){0,4}(?:respond|responding|responds|reply|replying|answer|answering|resolve|"
    r"resolving)\b|"  # (a CRM's numbers: "the average deal size for power users in salesforce")
    r"\b(?:closes|close|responds|respond|replies|reply|answers|answer|resolves|resolve) (?:\w+ ){0,3}(?:the )?"
    r"(?:fastest|quickest|slowest)\b|"  # "which one closes convos fastest", after the teams
    r"\bhow long (?:were|was) (?:we|it|the (?:app|site|service|platform|product|api))(?: \w+)? (?:down|out|offline)\b|"
    r"\b(?:uptime|downtime duration|outage (?:length|duration))\b|"  # a status page's numbers
    r"\b(?:qbr|call|meeting|account|sales|deal) (?:notes|recordings?|summar(?:y|ies))\b|\b(?:notes|recordings?|"
    r"opportunit(?:y|ies)|opps|deals?) (?:\w+ ){0,5}(?:from|in|out of|on) (?:our |the )?(?:last )?(?:gong|"
    r"salesforce|sfdc|hubspot|chorus|zoom|gainsight|notion|confluence|google drive|gdrive|crm)\b|"  # other tools
    r"\b(?:which|what) (?:accounts|companies|customers|clients|orgs) (?:\w+ )?(?:generated|opened|raised|sent|filed|"
    r"created|logged|submitted|had|have|has) (?:the )?(?:most|fewest|more|less|highest|lowest)\b"  # a ranking
)


def unavailable(said: str) -> str:
    """What a question matched by :data:`UNAVAILABLE` asks for, said for the reply."""
    return (
        "agents' performance (who closed or answered the most)"
        if rx.search(r"\b(?:agents?|teammates?|admins?|reps?)\b", said)
        else "charts or funnels (they return records, not pictures or step-by-step conversion)"
        if rx.search(r"funnel|chart|graph|plot|histogram|heat|visuali", said)
        else "rankings of companies or people by how often they wrote in (a search returns conversations, not counts "
        "per company)" if rx.search(r"most|fewest|more|less|highest|lowest", said)
        else "health scores (a customer success tool holds those)" if "health" in said
        else "notes, recordings or deals kept in other tools (a CRM or call recorder holds those)"
        if rx.search(r"notes|recording|summar|opportunit|opps|deal", said)
        else "response or resolution times" if rx.search(r"fastest|quickest|slowest|time to", said)
        else "uptime, downtime and error rates (a status page or monitoring holds those)"
        if rx.search(r"uptime|down\b|offline|error rate|outage (?:length|duration)|downtime", said)
        else "sales figures (deals, pipeline, quotas: a CRM holds those)"
        if rx.search(r"deal|pipeline|win|quota|close", said)
        else "contract terms (value, length, renewal dates: a CRM or billing system holds those)"
        if rx.search(r"contract|acv|tcv|renew", said)
        else "marketing figures (open and click rates, attribution, channels, spend: a marketing tool holds those)"
        if rx.search(r"open|click|bounce|unsub|ctr|attrib|utm|spend|roas|cac|ltv|source|channel", said)
        else "the business's own figures (revenue, MRR, ARR: a billing or finance tool holds those)"
        if rx.search(r"mrr|arr|revenue|bookings|burn|runway|margin", said)
        else "counts of events across the workspace (events are read one person at a time)"
        if rx.search(r"upgraded|downgraded|signed up|logged in|churned|exported|invited|cancel", said)
        else "amounts of money" if rx.search(r"money|amount", said)
        else "response or resolution times" if rx.search(r"time|fast|quick", said)
        else "rates (churn, retention, growth, conversion)" if "rate" in said
        else "satisfaction scores (CSAT, NPS, ratings)"
    )  # fmt: skip


PICTURED = (  # a picture of numbers, or a funnel: not for one person named (her funnel is her events)
    r"\b(?:make|build|draw|create|generate|produce|give|show|render|plot)(?: me| us)? (?:a |an |the )?"
    r"(?:[\w>,-]+ ){0,8}?(?:funnel|chart|graph|plot|histogram|heat ?map|visuali[sz]ation)\b"
    r"(?! (?:bugs?|issues?|problems?|errors?|convos?|conversations?|tickets?|slide))"
)
TRANSLATED = (  # "translate marta's message above into german": whoever wrote it, the toolkit does not translate
    r"\btranslat(?:e|ing)\b(?:[^.?!]*? (?:in|into|to) (?:plain )?(?:english|german|french|spanish|italian|portuguese|"
    r"dutch|polish|swedish|danish|norwegian|finnish|japanese|chinese|korean|arabic|hindi|turkish|russian|ukrainian|"
    r"greek|czech|hebrew|[a-z]+ish|[a-z]+ese|[a-z]+ian)\b| (?:it|this|that|them|these|those|her|his|their|the "
    r"(?:message|reply|text|note|email))\b)"
)
NOT_DATA = (  # translation, how-to, hiring, naming, norms and jokes: nothing the workspace's data answers
    r"(?<!about )(?<!about the )\b(?:exchange|fx|currency|conversion) rates?\b(?! (?:errors?|bugs?|issues?|problems?))|"
    r"\bhelp ?(?:cent(?:er|re)|desk) articles?\b|\b(?:knowledge ?base|kb) articles?\b|"  # not the read tools'
    r"\b(?:jira|linear|github|asana|trello|salesforce|hubspot) (?:tickets?|issues?|deals?|cards?|opportunit\w+)\b|"
    r"\b(?:eur|usd|gbp|cad|aud|jpy|chf|inr) ?(?:to|/|vs\.?|in|->) ?"
    r"(?:eur|usd|gbp|cad|aud|jpy|chf|inr)\b|"  # "whats the eur to usd rate today": money markets, not the workspace
    r"\b(?:rewrite|reword|rephrase|proofread|polish) (?:this|that|my|the following|it)\b|"  # writing help
    r"\b(?:good|better|catchy|best) (?:subject lines?|opening lines?|sign-?offs?|greetings?|titles?) for\b|"
    r"\bhow (?:do|can|should) (?:i|we|you|u) (?:fix|debug|rewrite|optimi[sz]e|speed up) (?:this|that|my|the|our) "
    r"(?:\w+ )?(?:query|sql|code|script|regex|formula|error|stack ?trace)\b|"  # a database's error pasted
    r"\bhow (?:do|would) (?:you|i|we) say\b|\btranslat(?:e|ing)\b(?! (?:errors?|bugs?|issues?|problems?))|"
    r"\b(?:predict|forecast|extrapolate|project) (?:how many|how much|the number|what (?:we|it)|next|"
    r"(?:\w+ )?(?:volume|tickets|conversations|convos|demand|churn|growth))\b|"
    r"^(?:\w+ )?how (?:do|can|should|would) (?:i|we) (?:set ?up|create|configure|install|enable|turn on|integrate|"
    r"invite|hire|train|motivate|structure|organi[sz]e|grow|scale|build)\b|"
    r"\bhow (?:do|should) (?:other |most )?(?:companies|teams|people) (?:structure|organi[sz]e|run|handle|manage)\b|"
    r"\b(?:good|nice|catchy|fun|better) name for\b|\bshould (?:i|we) hire\b|"
    r"\b(?:what|which|how much(?: of an?)?) (?:discount|price|pricing|deal|incentive|concession|credit)s? "
    r"(?:should|could|would|do) (?:i|we) (?:offer|give|propose|extend)\b|"
    r"\bshould (?:i|we) (?:offer|give) (?:\w+ )?(?:a )?discount\b|"
    r"\b(?:deals?|sales|opportunit(?:y|ies)) pipeline\b|\bdeal stages?\b|"  # a CRM's deals: not in Intercom
    r"\b(?:in|from|on) my (?:['\"][^'\"]{1,40}['\"]|[\w-]+(?: [\w-]+)?) views?\b|"  # a helpdesk's saved view
    r"\b(?:\w+ (?:or|vs\.?|versus) intercom|intercom (?:or|vs\.?|versus) \w+)\b(?=\s*[,?]|\s*$| which| for)|"
    r"\b(?:\w+ (?:better|worse|cheaper) than intercom|intercom (?:better|worse|cheaper) than)\b|"  # a product choice
    r"\b(?:eta|e\.t\.a\.?|e t a|driving time|directions|traffic) (?:to|for|from|on)\b|"  # "the eta to the next site"
    r"\bhow (?:should|do|would|can|could) (?:i|we) (?:bring (?:it |this |that )?up|raise|broach|pitch|phrase|word|"
    r"frame|soften|break the news|talk (?:to|with) (?:him|her|them) about)\b|"  # "how should I bring up ...": advice
    r"\b(?:book|reserve) (?:me |us )?(?:a |the )?(?:\w+ )?(?:room|desk|table|flight|hotel|taxi|cab)\b|"  # a room
    r"\bis (?:it|that) (?:normal|typical|common|usual|ok|okay) (?:for|to)\b|"
    r"\b(?:tell|write) (?:me |us )?an? (?:joke|poem|story|haiku|limerick|song)\b|"
    r"\b(?:joke|poem|haiku|limerick) about\b|\bwhat(?:'s| is) an? \w+ anyway\b|"
    r"\bexplain (?!(?:this|that|it|them|those|these|the)\b)(?:\w+ ){1,3}to (?:me|us)\b|"
    r"\b(?:statutory|legal|regulatory) (?:deadlines?|requirements?|obligations?|basis|time ?limits?|periods?)\b|"
    r"\bunder (?:the )?(?:uk |eu )?(?:gdpr|ccpa|hipaa|law|data protection act)\W*$|"  # the law, not the data
    r"\b(?:how are (?:you|u)|(?:you|u) doing (?:ok|okay|alright|all right|well|good)|how'?s it going|how are things)\b|"
    r"\bin the (?:whole )?world\b|\b(?:richest|poorest|most famous|tallest|oldest living) (?:person|man|woman|people|"
    r"company|companies)\b|\b(?:person|people|man|woman) alive\b"  # "whats the biggest company in the world"
)
SYSTEMS = (
    r"\b(?:server|nginx|apache|access|system|infra|kubernetes|k8s|cloudwatch|datadog|sentry|database|db) logs?\b|"
    r"\b(?:is|are) (?:aws|amazon web services|azure|gcp|google cloud|cloudflare|github|heroku|vercel|netlify|fastly|"
    r"akamai|the internet)\b(?: [\w-]+)? (?:down|out|up|(?:having|experiencing|seeing) (?:any |an? |some )?(?:\w+ )?"
    r"(?:issues|problems|trouble|outages?|incidents?|degradation))\b|"  # "is aws having issues rn": their status
    r"\b(?:us|eu|ap|sa|ca|me|af)-(?:east|west|central|north|south|northeast|southeast)-\d\b|"  # a cloud region
    r"\b(?:down|broken|working|slow) for (?:everyone|everybody) or just (?:me|us)\b"  # "is slack down for everyone"
)
OTHER_WORKSPACE = (
    r"\b(?:our |the |an? |their )?(?:other|another|second|eu|us|au|apac|emea|uk|staging|test) (?:intercom )?"
    r"(?:workspace|instance|region)s?\b|\bother (?:companies'|customers') (?:intercom|workspaces?)\b"
)
ELSEWHERE_WORKSPACE = (
    "I read one workspace: the one this connection is for. Another workspace (another region) is another "
    "connection: connect it with its own credential id and ask there."
)
OPINION = (
    r"\b(?:which|what) (\w+) (?:is|are|would be) (?:better|best|the best|recommended|cheaper)\b|"
    r"\b(?:cheaper|pricier|costlier|more expensive|less expensive) than (\w+)|"  # "is intercom cheaper than zendesk"
    r"\brecommend (?:me )?(?:a |an |some |good |decent )*(\w+)|\b(?:capital|population|president) of (\w+)|"
    r"\b(?:sensible|typical|reasonable|healthy|industry[- ]standard|best[- ]practice|benchmark) "
    r"(?!(?:is|are|was|were)\b)(\w+)|"  # (not "how healthy is the account?": which account, asked)
    r"\bbenchmarks? (?:for|in|across) (?:a |an |the )?(\w+)|"  # "a good week-4 retention benchmark for b2b saas"
    r"\b(\w+)'s (?:pricing|price list|prices)\b|"  # "whats sentry's pricing for the team plan": another product's
    r"\b(?:tips|advice|suggestions|ideas?) (?:for|on|about) (?:a |an |some |good |nice |the |our )*(\w+)|"
    r"\b(?:best|good|cheap|cheaper|top) (\w+) alternatives?\b|\balternatives? (?:to|for) (\w+)|"  # other products
    r"\b(?:polite|nice|good|best|gentle|kind|diplomatic|professional|tactful) way to (say|tell|word|phrase|decline|"
    r"refuse|respond|reply|answer|turn)\b"  # "whats a polite way to say no to a discount request": advice
)


def off_domain(r: Utterance) -> bool:
    """Content words that are neither the toolkit's vocabulary nor a topic ("weather", "dublin")."""
    from graphs.planner.mentions import KNOWN

    unknown = [w for w in (r.leftover or "").lower().split() if w not in KNOWN and not w.isdigit()]
    return len(unknown) >= 2 and not (r.words & DOMAIN) and not r.topic


def unconnected(text: str) -> str | None:
    """What to say when a request asks for another workspace's data (another region, another instance)."""
    return ELSEWHERE_WORKSPACE if rx.search(OTHER_WORKSPACE, text) else None


def elsewhere(r: Utterance) -> bool:
    """Words about the world outside the workspace, not a topic: "ok and whats the weather in boston"."""
    said = set((r.topic or r.leftover or "").split())
    return bool(r.words & ELSEWHERE) and (not r.topic or said <= ELSEWHERE)
