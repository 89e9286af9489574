"""A change asked for (delete, send, refund, assign, ...): the toolkit only reads, so such a request gets one line
saying so, never a tool."""

from __future__ import annotations

import re

from graphs.planner import needles as rx
from graphs.planner.dates import MONTHS
from graphs.planner.mentions import KNOWN
from graphs.planner.reading import Utterance
from graphs.planner.words import distance

LEAD_IN = (
    r"(?:^|[,.;:!?-] |\b(?:ok|okay|now|then|and|please|can you|could you|would you|will you|can u|could u|pls|at least|"
    r"i want to|i need to|can we|could we|can i|could i|(?:can|could) (?:someone|somebody|anyone|anybody)(?: please)?|"
    r"i'd like to|let's|lets|go ahead and|help me|want you to|you should|just|also|you could|you can|mind|"
    r"way to|able to|chance you can|chance you could|possible to|(?:asked|told|wants?) (?:me|us|you) to|"
    r"supposed to|have to|need you to|gotta|please to|kind as to|kindly|for me to|be able to|"
    r"(?:like|love) (?:you|u|us) to|get (?:you|u) to|authori[sz]ing (?:you|u) to|(?:you|u) have permission to) )"
)
ADDED_COUNT = r"(?:how many|the counts?|counts?|numbers?|member counts?|sizes?|the number|(?:the )?head ?counts?|"
ADDED_COUNT += r"(?:the )?(?:open|closed|snoozed)(?: ones?| convos?| conversations?| tickets?)?\b|"  # to a list
ADDED_COUNT += (
    r"(?:their |the |her |his |its )?(?:(?!(?:an?|to|it|this|these|that|those|new|custom|fake)\b)[\w-]+ ){0,3}?"
)
ADDED_COUNT += r"(?:activity|events?|event counts?|convos?|conversations?)\b)"  # "add their last 2 events each"
# ("add how many people are in each", "adding the counts", "add the closed ones": more asked for, not a write)
WRITES = (
    r"delete|remove|send(?! me\b| us\b| over\b)|reply|respond|"
    r"update|edit|change|rename|create|assign|reassign|unassign|tag|untag|merge|de-?dup(?:e|licate)|reset|resend|"
    r"amend|rectify|redact|"
    r"anonymi[sz]e|pseudonymi[sz]e|detach|rotate|regenerate|revoke|reissue|enable|disable|enforce|toggle|"
    r"turn (?:on|off)\b|switch (?:on|off)\b|"
    r"set (?:her |his |their |the |its )?[\w.-]+ (?:attribute |field |flag )?(?:to|=) "
    r"(?:false|true|yes|no|null|none|empty|blank|[\"'])|"  # "set consent_marketing to false on <email>"
    r"(?:bump|raise|increase|lower|change|set|up) (?:\S+ ){0,4}(?:rate ?limits?|quotas?|limits?) (?:to|by)\b|"
    r"route (?:all |the |those |these |every |any )?(?:\w+ ){0,3}(?:tickets|convos|conversations|chats|requests)"
    r"(?: \w+){0,3} to\b|"
    r"tell (?:the |my |our )?(?:\w+ )?(?:team|engineers?|engineering|agents?|support|sales|ops|cs|devs?) "
    r"(?:to|that|about)\b|"
    rf"add(?! {ADDED_COUNT})|"
    r"archive|unarchive|block|unblock|unsubscribe|subscribe|close|reopen|re-open|snooze|unsnooze|mark|invite|"
    r"import|move|ban|write|draft|compose|post|publish|cancel|notify|transfer|erase|wipe|purge|upload|forward|"
    r"prepone|postpone|reschedule|push (?=(?:\S+ ){1,5}back\b)|extend (?=(?:\S+ ){0,3}trials?\b)|"
    r"restart|reboot|(?:re)?deploy(?! (?:went|was|is|were|shipped|landed|happened|rolled|broke|had|on|at|of|that|"
    r"window|time|day|date)\b)|rerun|re-run|retry|flag (?=(?:\S+ ){0,2}as\b|(?:it|them|this|that|him|her)\b)|"
    r"(?:book|schedule|set up) (?=(?:\w+ )?(?:an? |the )?(?:\w+ )?(?:call|meeting|demo|session|chat)\b)|"
    r"(?:bump|upgrade|downgrade|move|change|switch|set|raise|lower|increase) (?:their|his|her|its|the|\S+'s|\S+ \S+'s) "
    r"(?:plan|tier|priority|seats?|role|status) (?:to|up|down)|"
    r"(?:upgrade|downgrade|switch|migrate) (?=(?:\S+ ){1,6}?to (?:the |a |an |our )?(?:\S+ )?"
    r"(?:plan|tier|enterprise|pro|premium|growth|starter|business|paid|free)\b)|"
    r"put (?:it|this|that|them|the)(?: (?:conversation|convo|ticket|chat|one))?(?: back)?(?: (?:in|into|to|as))?"
    r"(?: (?:the )?(?:state|status))? (?:open|closed|snoozed|resolved)|open (?:it|this|that) again|"
    r"escalate|ping|dm|nuke|trash|zap|axe (?=him|her|them|it|that|this)|shoot (?=(?:a|an|them|him|her|over)\b)|"
    r"(?:convert|upgrade|turn|make) (?=(?:\S+ ){0,6}(?:to|into) (?:a |an )?"
    r"(?:users?|leads?|customers?|contacts?|visitors?)\b)|"
    r"text (?=him|her|them)|share (?=(?:[\w'-]+ ){0,6}?(?:with|to) (?:my |our |the |his |her |their |a )?(?:boss|"
    r"manager|team|teammates?|colleagues?|customers?|clients?|him|her|them|everyone|everybody|sales|legal|finance|"
    r"engineering|support|channel|leadership|execs?|qqemail)|(?:[\w'-]+ ){0,6}?(?:in|on|via|over|through|into) "
    r"(?:the )?(?:slack|teams|email|e-mail|channel|jira|notion|confluence|linkedin|twitter|drive|a doc)\b)|"
    r"bulk[- ]?\w+|issue (?:(?:a|the|an|him|her|them|the customer|their|full|partial) )*refunds?|"
    r"(?:issue|apply|give|grant|post) (?!me\b|us\b)(?:[a-z]+ ){0,2}?(?:(?:a|an|the|\$ ?\d+\S*|\d+\S*|one-off|"
    r"goodwill) )*(?:credits?|credit notes?|discounts?|coupons?|vouchers?)\b(?! (?:convos?|conversations?|tickets?|"
    r"requests?|questions?|chats?|threads?))|"  # "issue a $40 credit to ben", "give rosa diaz a $25 credit"
    r"refund (?=him|her|them|his|their|that|this|it\b|me\b|us\b|the (?:duplicate|double|charge|payment|money|order|"
    r"amount)|"
    r"the (?:customer|user|client|person|guy|lady|account)\b(?! (?:convo|conversation|ticket|request|chat|thread|"
    r"email|message|complaint|question|issue)s?\b)|"
    r"everyone|everybody|all\b|every\b|each\b|customers|contacts|users|people\b|those|these|"
    r"the (?:first|second|third|last|other|\d\w*)(?: one)?\b)|"
    r"refund (?=[a-z]+(?: [a-z]+)?'s\b)|"  # "refund ben silva's duplicate charge"
    r"refund (?!(?:transcripts?|convos?|conversations?|tickets?|threads?|chats?|requests?|questions?|issues?|"
    r"emails?|messages?|complaints?|ones|stuff|volume|trends?|instead|too|then|only|as well|ones?|topics?)\b)"
    r"(?=[a-z]+(?: [a-z]+)? ?(?:[,.!]|$| now\b| today\b| asap\b| please\b| pls\b))"  # "just refund quinn, ..."
    r"(?!(?:requests?|convos?|conversations?|tickets?|issues?|questions?|complaints?|problems?|ones?|stuff|things?|"
    r"emails?|messages?|chats?|threads?|cases?|history|queries|asks?|policy|status|amounts?|today|yesterday|lately|"
    r"recently|since|last|this|in|on|from|for|about|of|and|or|" + "|".join(MONTHS) + r")\b)|"
    r"give (?:them|him|her|the customer|the account|\w+) (?:a )?\d+ ?(?:% ?|percent )?(?:off|discount)|"  # "20% off"
    r"(?:apply|offer|give|add) (?:them |him |her )?(?:a |an )?(?:\d+ ?(?:%|percent) )?(?:discount|coupon|credit)\b|"
    r"give (?!me\b|us\b)(?:them|him|her|the customer|everyone|\w+) (?:a |their |the )?(?:full |partial )?refunds?"
    r"\b(?! (?:transcripts?|convos?|conversations?|tickets?|threads?|chats?)\b)|"
    r"(?:make|start|set up|open|build) (?:me )?(?:a |an )?new|"
    r"(?:build|make|draw|plot|create) (?:me |us )?(?:a |an )?(?:[\w-]+ ){0,2}(?:curve|chart|graph|dashboard|plot|"
    r"visuali[sz]ation|pivot(?: table)?|slide|deck|segment|list|audience)s?\b|"  # "build me a retention curve"
    # (not "..., email kai@x.com, check her company": her address)
    r"email(?!'s| (?:of|for|address|is|was|and|or|plus)\b| ?[+&,/|]| qqemail\d+ ?[,.;)-])|"
    r"message (?=everyone|all|them|him|her|the|qq|those|these|each|every|our)|"
    r"set (?=the|their|his|her|it|qq|(?:plan|tier|priority|status|role|seats?|owner|stage|type|tags?)s? (?:to|as)\b)|"
    r"(?:set|give|assign) (?:(?:it|him|her|them|this|that|the contact|the lead) )?(?:an? |the |a new )?(?:external[ _]?"
    r"ids?|user[ _]?ids?|emails?|phone(?: numbers?)?|custom attributes?) (?=\S+ (?:on|to|for)\b|qq|usr_)|"
    r"blast|mass[- ]email|file (?:a |an )?(?:bug|ticket|issue|jira)|cc |rm|del|"
    r"(?:leave|add|put|write|drop|post) (?:a |an )?(?:internal |private |quick )?(?:note|comment)|"
    r"(?:set(?: up)?|create|add) (?:a |an |me a )?(?:[\w-]+ )?(?:reminder|alarm|timer|meeting|calendar)|"
    r"remind me(?! (?:what|which|who|how|where|when|of)\b)|"
    r"text (?:them|him|her|everyone|everybody|all of them|(?:all|those|these|the|our) (?:\w+ )?(?:customers|users|"
    r"people|contacts|leads))\b|"  # "text all of them our new pricing"
    r"(?:dump|copy|put|paste|export|drop|post|share) (?:\S+ ){0,4}(?:in|into|to|on|with) (?:a |the |our )?(?:google "
    r"sheets?|sheet|spreadsheet|csv|excel|#[\w-]+|slack|marketing|the (?:\w+ )?team)\b|"  # "... into a google sheet"
    r"remind (?:them|him|her|everyone|everybody|(?:(?:all|those|these|the|our|every) ){1,2}(?:\w+ )?"
    r"(?:customers?|users?|people|contacts?|leads?|folks|clients?))\b|"
    r"take (?!a look|a peek|a quick)(?:\S+ ){1,3}(?:off|out of) (?:the )?\w+|"
    r"export (?:those|these|them|that|this|the|all|their)(?: \w+){0,2}? (?:emails?|addresses|contacts|list|results|"
    r"people|users|customers|leads)\b(?!.*\bpaste)|export (?:it|them|those|these)\b(?! (?:issues?|bugs?|problems?))|"
    r"schedule (?:a|an|the)|"
    r"tell (?:them|him|her|everyone|everybody|the (?:lead|customer|client|user)(?: \w+){0,2}?|qq\w+|(?:those|these|"
    r"all|the|our|all the|all of the) (?:\w+ )?(?:customers|people|users|folks|clients|contacts)) (?:that|about|to|"
    r"we|it'?s|its|our)|put (?:me|him|her|them|us|it) (?:on|in|into|onto)|"
    r"(?:put|leave|add|write|drop|log) (?:a |an |the )?(?:note|tag|label|comment|call|activity)|"
    r"(?:add|log|record) (?:a|an) (?:new )?(?:touch ?points?|interactions?|meetings?|qbrs?|conversations?)\b|"
    r"(?:log|record|fire|trigger|submit) (?!of\b|all\b|every\b)(?:an? |the |one |another )?(?:new )?"
    r"(?:[\w-]+ ){0,2}events? (?:for|to|on|against|under)\b|"  # "log an upgraded-plan event for him": written
    r"(?:track|push) (?:an? |another |one )(?:new )?(?:[\w-]+ ){0,2}event (?:\S+ ){0,2}(?:for|to|on|against|under)\b|"
    r"(?:bump|move|upgrade|downgrade) (?:them|him|her|it|this|that|the account|the company)(?: up| down)? to(?! \d)|"
    r"(?:bump|move|upgrade|downgrade|switch|raise|lower|escalate) (?:\S+ ){1,3}(?:to|onto|into) (?:the |a |an )?"
    r"(?:\w+ )?(?:plan|tier|priority)\b|"
    r"(?:bump|raise|increase|lower|reduce|cut|add|remove|give) (?:\S+ ){0,4}(?:up |down )?(?:to |by )?\d+ (?:more )?"
    r"(?:seats|licen[cs]es)\b|(?:bump|raise|increase|upgrade|expand) (?!(?:it|them|that|this|the)\b)(?:\S+ ){1,3}"
    r"(?:up )?(?:to|by) \d+ (?:more )?users\b|"  # "bump kestrel partners up to 10 seats" (said as users)
    r"(?:upgrade|downgrade) (?:\S+ ){1,3}to (?:the |a |an )?(?:enterprise|pro|premium|growth|starter|business|basic|"
    r"paid|free|annual|yearly|monthly|team|scale|plus)\b|"  # "upgrade onyx works to enterprise"
    r"put \w+(?: \w+){0,2} (?:on|in|into|onto) (?:the |a |our )?(?:\w+ ){0,3}(?:team|segment|list|group)|"
    r"put (?:the |a |our |my |some|an )?(?:\w+ ){0,2}(?:team|agent|admin|engineer|one|body|person)s? (?:on|onto) |"
    r"answer (?:to )?(?:the |this |that )?(?:customer|client|user|him|her|them|conversation|convo|ticket|chat)\b|"
    r"arrange for|"
    r"hand (?=(?:\S+ ){0,4}(?:off|over) to\b)|hand ?off (?=(?:it|this|that|them|the|conversation|convo|qq)\w*\b)|"
    r"(?:pass|route|kick) (?:it|this|that|them|(?:the|this|that) (?:\w+ )?(?:conversation|convo|ticket|chat|"
    r"account|one)|conversation qq\w+|convo qq\w+)(?: \w+)? (?:on |along |over |back )?to\b|"  # "pass it to billing"
    r"to be (?:re)?(?:assigned|deleted|removed|merged|archived|tagged|moved|updated|closed|reopened)\b|"
    r"(?:deleting|removing|merging|reassigning|assigning|closing|reopening|tagging|archiving|updating|editing|"
    r"changing|sending|emailing|messaging|replying|snoozing|renaming|creating|blocking|exporting to)\b|"
    rf"adding(?! {ADDED_COUNT})\b|"
    r"(?:turn|convert|make) (?:this|that|these|those|it|them)(?: \w+)? into (?:a |an )?(?:slide|deck|report|chart|"
    r"doc|spreadsheet|email|presentation|graph)|"
    r"make (?=(?:\S+ ){0,4}(?:assigned|unassigned|archived|deleted)\b)|"
    r"(?:make|do|perform|carry out) (?:the |an? )?(?:re)?(?:assignment|deletion|merge|merging|closure|closing|"
    r"archiving|transfer|update|modification|change|cancellation) (?:of|for|on)\b|"  # "make the assignment of ..."
    r"make (?:him|her|them|it|this|that|the lead|the contact|qq\w+) (?:a |an |the )?(?:users?|leads?|admins?|vips?)\b|"
    r"make (?=(?:\S+ ){0,4}(?:(?:to|as) (?:closed|open|snoozed|resolved|solved)\b|"
    r"(?:closed|open|snoozed|resolved|solved) (?:state|status)\b))"  # "make conversation 100322 to closed state"
)


INDIRECT = (  # a message to customers wished for, anywhere in the request: "it'd be great if they heard from us"
    r"\bmake sure (?:\S+ ){1,3}(?:gets?|receives?) (?:her |his |their |a |an |the |our )?(?:\w+ )?(?:refund|credit|"
    r"discount|reply|response|answer|email|message|note|call ?back|voucher|coupon)s?\b|"  # "... gets her refund"
    r"\b(?:drop|shoot|fire off|send) (?:\S+ ){0,2}(?:a |an )(?:quick |short |brief )?(?:note|line|message|msg|email)\b|"
    r"\b(?:pop|popping|stick|sticking|bang|banging|whip|whipping|knock|knocking|dropping|sending|shooting|firing)"
    r"(?: (?:off|up|out|on))? (?:\S+ ){0,2}?(?:a |an )(?:quick |short |brief |little |polite )*(?:reply|response|"
    r"answer|comment|note|line|message|msg|email)\b|"  # "would you mind popping a quick reply on 100203"
    r"\b(?:can|could|would) (?:you|u) (?:please )?(?:fix|correct) (?:that|it|this)(?: in (?:her|his|their|the) "
    r"(?:profile|record|account|contact))?(?= ?[?.!]*$| for (?:me|her|him|them)\b| please\b| pls\b)|"  # "fix it?"
    r"\b(?:email|e-mail|mail|send|forward) (?:it|them|that|this|those|these|the (?:list|file|sheet|spreadsheet|csv|"
    r"export|results))(?: over| across| back)? to (?:me|us|my \w+|the team)\b|"  # "... and email it over to me"
    r"\basked (?:us |me )?to be (?:un)?subscribed\b|\b(?:please|kindly|pls) action (?:that|this|it|them)\b|"
    r"\bexport (?:\S+ ){0,5}(?:to|into|as) (?:a |an )?(?:pdf|csv|excel|xlsx|spreadsheet|file|sheet|google sheet)\b|"
    r"\b(?:hear|heard|hears) from us\b|\blet (?:them|him|her|everyone|everybody|all of them) know\b|"
    r"(?<!before i )(?<!before we )(?<!after i )(?<!when i )\breach out to (?:them|him|her|everyone|everybody|all)\b|"
    r"\b(?:get|got|gets) (?:an? )?(?:email|message|note|heads[- ]up) (?:from us|about)\b|"
    r"\bwants? (?:it|this|that|them|him|her|the (?:ticket|convo|conversation|account)) (?:to be )?(?:un)?(?:snoozed?|"
    r"closed|reopened|moved|(?:re)?assigned|marked|escalated|deleted|removed|answered|refunded|cancell?ed|locked|"
    r"unlocked|upgraded|downgraded|changed|updated|merged|prioriti[sz]ed)\b|"  # "he wants it unsnoozed", relayed
    r"\bwants? (?:the |her |his |their |a )?(?:refund|credit|discount)\b(?: \w+){0,5} (?:issued?|processed|applied|"
    r"sent|done)\b|"  # "she wants the refund for the double charge issued right now"
    r"\b(?:customer|client|user|caller|they|he|she) (?:asks|asked|wants|wanted|is asking|requests|requested) (?:us |me "
    r"|you )?to (?:move|migrate|transfer|delete|remove|change|update|cancel|close|merge|refund|upgrade|downgrade|"
    r"reset|unsubscribe|erase|wipe)\b(?=[^?]*\b(?:can|could) (?:you|we|u) (?:do|handle|manage) (?:that|it|this)\b)|"
    r"\b(?:wants?|asked|asks|asking) (?:us|me|you) to (?:lock|unlock|deactivate|suspend|disable|enable|verify|"
    r"waive|credit|comp|refund|escalate|prioriti[sz]e|expedite)\b"  # "she wants us to lock her account asap"
)


VERBS = ("delete", "remove", "close", "assign", "reassign", "archive", "update", "merge", "unsubscribe", "block")


ORDERED = rx.compile(  # a write said mid-sentence, with no punctuation before it ("… spam lead nuke him")
    r"(?<!\bto )(?<!\bwe )(?<!\bthey )\b(?:delete|remove|nuke|merge|close|reopen|archive|mark|unsubscribe|block|"
    r"rename|reassign|snooze|unsnooze) "
    r"(?:it|him|her|them|this one|that one|contact qq\w+|conversation qq\w+|the (?:contact|lead|user|ticket)|"
    r"(?:the|that|this|those|these) (?:\w+ )?(?:contacts?|leads?|users?|tickets?|conversations?|convos?|teams?|"
    r"segments?|compan(?:y|ies)|one))\b"
    r"(?! (?:from|out of) (?:the |our )?(?:list|results|search|view))|"
    r"\b(?:email|message|blast) (?:all (?:\d+ )?(?:of them )?|everyone|everybody)"  # "... right email all 12 our deck"
)


DISOWNED = rx.compile(  # "open convo 100007 lol not like reopen it, just show me": the change said not wanted
    r"\b(?:not|don'?t|dont|do not|no need to|without)(?: like| actually| trying to| asking (?:you )?to| want(?:ing)? "
    r"(?:you |u )?to| wanna| gonna| going to)? (?:close|reopen|re-open|snooze|delete|change|edit|reply|send|assign|"
    r"archive|merge|mark)(?:ing)? (?:it|them|this|that|anything)\b"
)
UNFILTERED = rx.compile(  # "remove the date filter": the last request widened, nothing written
    r"\b(?:remove|clear|reset|change|drop) (?:the |that |this |any |those |these )?(?:\w+ ){0,2}?(?:filters?|dates?|"
    r"date range|window|time ?frame|limit|cap|topic|query|sort(?:ing)?|order)\b|"
    r"\b(?:change|make|switch) (?:that|it|this) to (?=(?:before|after|since|from|between|last|past|the last|\d|oldest|"
    r"newest|(?:open|closed|snoozed) ones)\b)|"  # "change that to before aug 1": the last request, refined
    r"\b(?:set|change|make) (?:the |my )?(?:page ?size|per[ _]page|batch size|limit|results? per page) (?:to|=|at) "
    r"(?=\d)|\b(?:set|change|make) (?:(?:it|that|this|them) to |the |to )?"
    r"(?=\d+ (?:per|a|each|at a) (?:page|time|batch)\b)"
)  # "set the page size to 50", "can you set it to 50 per page": how many a page, nothing written


SELF_DONE = rx.compile(  # "(i'll write them myself)", "so i can reply myself": the person writes, not the toolkit
    r"\(?\b(?:i'?ll|i will|i'?m going to|i am going to|i can|we'?ll) (?:\w+ )?(?:write|send|do|reply|respond|email|"
    r"message|handle|draft) (?:\S+ ){0,2}?(?:myself|ourselves|on my own|personally)\b[^)]*\)?|"
    r"\bso (?:that )?(?:i|we) can (?:write|send|reply|respond|email|message|answer)\b[^.?!]*"
)
MINE = rx.compile(r"\b(?:i|we)(?: want|'d like| would like| need| plan| am going|'m going) to [^.?!(]*")  # the wish


LOGGED = rx.compile(  # a pasted log line ("POST /v1/exports 500 (req 8f2c1e)") or a customer's words in quotes
    r"\b(?:post|put|patch|delete|get) /\S+ (?:\S+ )?(?:-> |→ |: )?[1-5]\d\d\b|\" [^\"]*?\w+ \w+ \w+[^\"]*\""
)


def writes(r: Utterance) -> bool:
    text = DISOWNED.sub(
        " ", UNFILTERED.sub(" ", LOGGED.sub(" ", r.text))
    )  # ('"please send the invoice" - who sent this?': read)
    if SELF_DONE.search(text):  # "so i want to send a welcome note ... (i'll write them myself). pull 40 contacts"
        text = MINE.sub(" ", SELF_DONE.sub(" ", text))
    if rx.search(rf"{LEAD_IN}(?:{WRITES})\b", text) is not None or rx.search(INDIRECT, text) is not None:
        return True
    if ORDERED.search(text) is not None:
        return True
    for group in (m for m in r.names if m.kind in ("segment", "team")):  # "can you put ada ito into trialists"
        into = r"\b(?:put|add|move|drop|stick)\b(?: \S+){1,4} (?:in|into|inside|to|onto) (?:the )?"
        kind = rf"(?:{group.kind} )?"  # "put chloe jensen inside the segment enterprise"
        if rx.search(into + kind + re.escape(group.written.lower()) + r"\b", text):
            return True
    first = next((t for t in r.original if t not in ("pls", "please", "can", "could", "you", "u", "just", "ok")), "")
    if len(first) < 5 or first in VERBS or first in KNOWN or first.endswith(("ed", "ing", "s")):
        return False
    return any(distance(first, v, 1) <= 1 for v in VERBS)  # "remvoe the lead ...", "delte contact ..."


__all__ = ["LEAD_IN", "WRITES", "writes"]
