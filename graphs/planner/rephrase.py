"""Everyday phrases read as what they mean before a request is read: a conversation's state in plain words
("still waiting on us", "parked", "finished"), the workspace's people ("everyone in our system"), a team asked
for by what it handles ("who deals with money questions"), whose company ("the business she's with"), paging
("the next bunch"), and a fragment put the way the planner reads it ("lena lopez - and hers?").

Each is a pattern (case ignored) and what replaces it; :func:`graphs.planner.plain.plain` applies them.
"""

from __future__ import annotations

import re
from collections.abc import Callable

# phrases read as what they mean (each a pattern, case ignored, and what replaces it)
REWRITES: list[tuple[str, str | Callable[[re.Match[str]], str]]] = [
    (  # "open the one felix sent": the one from felix
        r"\bthe (one|convo|conversation|ticket|thread|chat) (?!(?:she|he|they|we|i|you|it|that|which|who)\b)"
        r"([a-z][\w'-]*(?: [a-z][\w'-]*)?) (?:sent|wrote|opened|started|raised|filed|submitted)(?: us| in)?\b",
        r"the \1 from \2",
    ),
    (r"(?<!\d )\b(?:mr|mrs|ms|mx|dr)\.?\s+(?=[a-z]{3,}\b)", ""),  # "a DSAR from a Mr Rossi": Rossi (which one?)
    (  # "ugh wrong, i meant export", "wrong one, i meant the 6th": what was meant, said
        r"^(?:(?:ugh|no|oops|sorry|argh|hm+)[\s,.!]+)*wrong(?: one| person| guy| company| topic| thing)?[\s,.!-]+"
        r"(?=(?:i (?:meant|mean)|it'?s|should be)\b)",
        "",
    ),
    (  # "open onboarding cases. wait, is 'case' the right word?", "(still learning the words)": about words, not asked
        r"(?:\b(?:wait|hm+|sorry|oh)\W+)?\bis ['\"]?[\w-]+['\"]? the (?:right|correct|proper) (?:word|term)\b\W*|"
        r"\W*\(?\b(?:i'?m )?still learning the (?:words|lingo|jargon|terms|vocab\w*)\)?",
        " ",
    ),
    (  # "are 'groups' and 'segments' the same thing? show me the groups": the word asked about, read as the kind
        r"^(.*?)\bare ['\"]?([a-z]+)['\"]? and ['\"]?(segments|contacts|companies|teams|conversations|events)['\"]? "
        r"the same(?: things?)?\W*(.*)$",
        lambda m: m[1] + re.sub(rf"\b{m[2]}\b", m[3], m[4], flags=re.IGNORECASE),
    ),
    (  # "what are segments? are they the 'lists' people mention? show me ours": the kind asked about, listed
        r"^.*?\bwhat(?:'s| is| are) (?:an? |the )?['\"]?(segment|contact|compan(?:y|ie)|team|event)s?['\"]?"
        r"(?: in intercom)?\W.*\b(?:show|list|give) me (?:some of |a few of )?(?:ours|them|some|a few)\b(.*)$",
        lambda m: f"list our {m[1].lower().replace('companie', 'company').replace('company', 'companie')}s{m[2]}",
    ),
    (  # "anything new?", "what's new in the inbox": the latest conversations
        r"^\W*(?:(?:so|ok|okay|hey|hi|and)\W+)*(?:anything|what'?s|whats) new(?: (?:today|in the inbox|in support|"
        r"with support|lately|this morning))?(?:\W+(?:thanks|thank you|thx|ty|pls|please))?\W*$",
        lambda m: "recent conversations" + (" today" if re.search(r"today|this morning", m[0], re.I) else ""),
    ),
    (r"\bwhat (?:did|have) (?:i|we) miss(?:ed)?\b", "conversations"),  # "what did i miss since yesterday?"
    (  # "the events for the account Priya flagged": the one a colleague told of, not an account called Priya
        # (said without the verb that would read as a search: "the one ... mentioned in pipeline review")
        r"\b(the (?:account|company|customer|client|org|organi[sz]ation|business|one)) (?:that |which )?"
        r"(?!(?:that|which|who|whom|whose|i|we|you|u|he|she|they)\b)[a-z][\w'-]* "
        r"(flagged|mentioned|raised|escalated|brought up|pinged (?:us |me )?about|was (?:asking|talking) about)\b",
        r"\1 i was told about",
    ),
    (r"\b(?:chap|bloke|fella|gent|gentleman|geezer)(s?)\b", r"guy\1"),  # "the first chap on that list": the guy
    (r"\b(?:lass|gal)(s?)\b", r"lady\1"),
    (  # "today's convos w/ refund in them": conversations that mention it
        r"\b(?:with|w/|having|that have|which have) ['\"]?([a-z][\w-]*(?: [a-z][\w-]*)?)['\"]? in (?:them|it|the "
        r"(?:text|body|bodies|title|subject|message|messages))\b",
        r"mentioning \1",
    ),
    (  # "k refund then same filters", "billing, same criteria": the topic swapped, the filters kept
        r"^((?:(?:k|ok|okay|now|and) )?)([a-z][\w -]{1,30}?),? (?:then |with |w/ |but )?(?:the )?same "
        r"(filters?|criteria|settings)\W*$",
        r"\1same \3 but \2",
    ),
    (  # "how many people hit the sso bug", "who ran into the export issue": the conversations about it
        r"\b(?:hit|hitting|ran into|run into|running into|affected by|experienced|experiencing) "
        r"(?:the |that |this |an? )?(?!(?:the|an?|same|other|that|this|new|old|big|bad)\b)([\w-]+) "
        r"(?:bug|glitch|outage|error|issue|problem)s?\b",
        r"conversations about \1",
    ),
    (  # "what has priya.ito.8@example.com reported to us": what she wrote in about
        r"\b(has|have|did) ([\w.+-]+@[\w.-]+) (?:reported|report|raised|raise|flagged|flag)(?: (?:to|with) us)?\b",
        r"\1 \2 written in about",
    ),
    (  # "how often has she written in": her conversations, not her events
        r"\bhow (?:often|many times) (?:has|have|did) (she|he|they) (?:written in|write in|written to us|contacted us|"
        r"contact us|reached out)\b",
        r"what has \1 written in about",
    ),
    (  # "second name on that list": the second one listed
        r"\b(?:the )?(first|second|third|fourth|fifth|last|\d+(?:st|nd|rd|th)) (?:name|row|line|entry) (?:on|in|of) "
        r"(?:that|the|this) (?:list|page|table)\b",
        r"the \1 one",
    ),
    (  # "anything new come in from customers today?": conversations that arrived, not the customers
        r"\b(?:anything|something|what)(?: new)?(?: has| have)? (?:come|came|coming) in from (?:our )?"
        r"(?:customers|users|clients|people|folks)\b",
        "any conversations",
    ),
    (r"\b(look|find|pull|check)(?: up)? (?:someone|somebody)(?: up)?\b", r"\1 up a person"),  # "look someone up"
    (r"\b(this|that) (person|user|customer|client|contact|lead|guy|lady)s\b", r"\1 \2's"),  # "this persons email"
    (  # "add closed filter", "apply an open filter": only those
        r"\b(?:add|apply|put on|use|set) (?:a |an |the )?(open|closed|snoozed)(?: state| status)? filter\b",
        r"only \1",
    ),
    (  # "how many of october's were snoozed": october's conversations (the month, not a topic)
        r"\b(january|february|march|april|june|july|august|september|october|november|december)'s\b",
        r"\1",
    ),
    (  # "show me what's hot", "what's happening in the inbox" (not "what's going on with acme")
        r"\bwhat'?s (?:hot|happening|going on|busy)(?: (?:in|on) (?:the )?(?:inbox|support|queue))?\b"
        r"(?! (?:with|at|for|from|over|about|w|by|him|her|them|there)\b| w/)",
        "recent conversations",
    ),
    (  # "I only want the latest event for each", after a company's people: one event each (not the last person)
        r"\bthe (?:latest|last|most recent|newest|single latest) (?:event|thing) (?:for|of|per|from) "
        r"(?:each|every ?one|each (?:of them|person|contact|user)|every (?:person|contact|user))\b",
        "1 event each",
    ),
    (r"\bon[ -]boarding\b", "onboarding"),  # "on boarding conversions in october", as a phone splits it
    (  # "could you pull the first 75 contacts? I'm building a sample for a cohort check": why, not what
        r"(?<=[?.!])\s+(?:(?:i'?m|i am|we'?re|we are|just) )?(?:building|putting together|preparing|prepping|"
        r"getting ready|working on|making|drafting|writing up|assembling)\b"
        r"(?:(?!\b(?:could|can|would|will|please|pls|show|list|pull|give|get|find)\b)[^?,;])*$",
        "",
    ),
    (  # "the author's company", "sender's events", after a conversation: its writer's (as "their company")
        r"(?<!first )(?<!second )(?<!third )(?<!fourth )(?<!fifth )(?<!last )(?<!\d(?:st|nd|rd|th) )"
        r"\b(?:(?:the |that |this )?(?:sender|author|writer|requester)|(?:that|this) (?:person|guy|lady))'s"
        r"(?= (?:company|account|org|employer|events?|activity|profile|details|record|email|plan)\b)",
        "their",
    ),
    (  # "the open billing ones of all clients, since may": everyone's, not a list of companies
        r"\b(ones|convos?|conversations?|tickets?|chats?|threads?) (?:of|from|for|across|with) all (?:the |our |of our "
        r"|of the )?(?:clients|customers|users|accounts|companies|contacts|people)\b",
        r"\1",
    ),
    (r"\bstart(?:ing)? (?:with|at) (?:the first )?(\d{1,3})\b(?! (?:days?|weeks?|months?|events?)\b)", r"first \1"),
    (  # "is usr_00262 active? she's filed a couple api tickets": the question, not the remark after it (not "... he's
        # at zephyr partners": where he is, which tells namesakes apart)
        r"(?<=\?)\s+(?:she|he|they)(?:'s|'ve| has| have| had) (?!(?:at|from|with|over at) )[^?]*$",
        "",
    ),
    (r"\bwho(?:'s| is| are) (?:they|she|he|this|that)\s*[,:-]+\s*(?=(?:their |her |his )?(?:profile|details)\b)", ""),
    (  # "the third one, who are they + any convos?": who they are and what they wrote, all of it
        r"\bwho(?:'s| is| are) (?:they|she|he|this|that)\s*(?:\+|&|,|and|plus)\s*(?:any |their |her |his )?"
        r"(convos?|conversations?|tickets?|chats?)\b",
        r"profile and \1",
    ),
    (  # "i meant the company not the person! <id> - its details": the company (the kind set aside is not asked)
        r"\b(company|account|person|contact) *,? *(?:and )?not (?:the |a |an )?"
        r"(?:person|contact|user|company|account)\b",
        r"\1",
    ),
    (  # "flip it so the ones we havent heard from in a while are first": the least recently active first
        r"\b(?:so )?(?:the ones? )?(?:we )?(?:haven'?t|have not|hasn'?t) heard (?:from|back from) in "
        r"(?:a (?:long )?while|ages|a long time)(?: (?:are|come|go|is) first| first)?",
        "oldest first",
    ),
    (r"\bdeets\b", "details"),  # "company deets"
    (  # "and which globex is he at?": which company (of those with the name) he is at
        r"\bwhich (?!(?:team|segment|one|company|account|org)\b)\w+ (is|was|are|were) (he|she|they) (at|with|in)\b",
        r"which company \1 \2 \3",
    ),
    (r"\bsame (?:search|query|thing),? but (?=[\w-]+\W*$)", "same but "),  # "same search but billing"
    (  # "ok first acct again -> company deets": back to the first account (not the first person listed)
        r"(?<!\bto )(?<!\bto the )\b(?:the )?(first|second|other|previous) (acct|account|company|org|co) again\b",
        r"back to the \1 \2",
    ),
    (  # "billing vs invoice - which came up more in october?": the first subject's conversations, to count
        r"^(\w+) (?:vs\.?|versus|or) \w+\s*[-—–:,]*\s*which (?:one )?(?:came|comes|come) up (?:more|most)(?: often)?\b",
        r"\1 conversations",
    ),
    (  # "which came up more in october, billing or invoice?": the same
        r"^(?:which|what) (?:one )?(?:came|comes|come) up (?:more|most)(?: often)?\b([^,?]*),? (\w+) (?:or|vs\.?) "
        r"\w+\s*\??$",
        r"\2 conversations\1",
    ),
    (  # "did the fourth one ever raise exports?": write in about them (a question, not "raise their plan")
        r"\b(did|has|have|does|do)\b((?: \S+){1,4}?) (?:ever )?(?:raise|raised|bring up|brought up)\b"
        r"(?= (?!(?:a|an|the|their|his|her|its|our|my|your|prices?|plans?|limits?|any\w*|some\w*|what)\b)\w)",
        r"\1\2 write in about",
    ),
    (r"\bup ?(?:to|till|until) and including\b", "through"),  # "from 14/10 up to and including 21/10"
    (r"\b(last|this|next|past|a|per|the|previous) weak\b", r"\1 week"),  # "export issues last weak", as dictated
    (r"\b(\d+|two|three|four|few|couple of|several) weaks\b", r"\1 weeks"),
    (  # "there last 5 vents", "whats there deal": their (a phone's or a hurried spelling)
        r"(?<!\bare )(?<!\bis )(?<!\bwere )(?<!\bwas )(?<!\bany )"  # not "are there conversations we put on hold?"
        r"\bthere(?= (?:(?:last|latest|first|recent|newest|most recent) (?:\d+ )?)?(?:convos?|conversations?|"
        r"conversions?|events?|evens|vents|company|profile|deal|email|tickets?|account|plan|activity|history|"
        r"details|record)\b)",
        "their",
    ),
    (  # "customers still waiting for a reply from us", "people we haven't answered yet", "anyone we left hanging"
        r"\b(?:which |what |any |the |our )?(?:customers?|people|ppl|folks|users|clients|anyone|anybody|"
        r"who(?:'s| is| are)?)(?: (?:are|is))? (?:still )?(?:waiting (?:on|for) (?:us|(?:a |an |our )?(?:reply|"
        r"response|answer|replies))(?: from us)?|(?:we|i) (?:haven'?t|have not|never|didn'?t) (?:yet )?(?:answered|"
        r"replied to|responded to|gotten back to|got back to)(?: yet)?|(?:we )?left hanging)\b",
        "open conversations",
    ),
    (  # a conversation's state in everyday words: "still waiting on a reply from us", "parked", "done and dusted"
        r"\b(?:still )?(?:waiting|sitting) (?:on|for) (?:a |an |our )?(?:reply|response|answer)(?: from us)?\b|"
        r"\b(?:still )?waiting on us\b|\bunanswered\b|\bsitting open\b",
        " open ",
    ),
    (  # "what else is that customer still waiting on?", "what's she waiting for": what is open for them
        r"\bwhat(?: else)?(?: is|'s|s| are) (she|he|they|(?:that|this|the) (?:customer|person|contact|user|client|"
        r"guy|lady|one)) (?:still )?waiting (?:on|for)(?= *[?.!]*$)",
        lambda m: "what is still open for " + {"she": "her", "he": "him", "they": "them"}.get(m[1].lower(), m[1]),
    ),
    (  # "what company is that", after one person's events or a conversation: the company that person is at
        r"^(?:(?:and|so|ok|okay|hmm) )*(?:what|which) (?:company|account|org|business) (?:is|'s) (?:that|this)"
        r"(?: (?:one|person|guy|lady|customer|user|contact))?(?: (?:from|with|at|in))?\W*$",
        "what company is that person at",
    ),
    (  # "and her convos? she's at indigo analytics right": what is asked about her; where she is, a remark
        r"^((?:(?:and|so|ok|okay|also|now|what about|how about|show me|pull up|get|check) )*(?:her|his|their) "
        r"(?:\w+ ){0,2}(?:convos?|conversations?|tickets?|chats?|events?|activity|profile|history)) *[?,;.!-]+ *"
        r"(?:she|he|they)(?:'s| is| are|'re|s) "
        r"(?:at|with|from|over at) [\w .&'-]+?(?:,? (?:right|correct|yeah|yes|no|i think|isn'?t (?:she|he)|"
        r"aren'?t they))?\W*$",
        r"\1",
    ),
    (  # "a list of our contacts? the people, i mean, not the companies": what is not asked for, set aside
        r"[,.;]? *\bnot (?:the |our |any )?(?:companies|contacts|people|users|conversations|convos|tickets|segments|"
        r"teams|events)\b(?! (?:at|from|in|of|with|for|on|who|that|which)\b)",
        "",
    ),
    (  # "with counts please, sorry, should've said": an apology, not a request about what was said
        r"[,.;]? *(?:(?:sorry|oops|my bad|ugh)[,.!]* *)?(?:i )?(?:should'?ve|should have|shoulda) (?:said|mentioned|"
        r"asked)(?: (?:that|so|earlier|before|first|up front))?\W*$",
        "",
    ),
    (  # "who's in the workspace", "everyone in our intercom": the contacts
        r"\b(?:who(?:'s| is| are)?|every(?:one|body)|(?:all )?the (?:people|users|contacts|customers|folks)) (?:all )?"
        r"(?:in|on) (?:the |our |this )?"
        r"(?:workspace|intercom|system|database|db|crm|records|books)\b",
        "list contacts",
    ),
    (  # "who's still waiting on onboarding help", "anyone still waiting for a refund answer": open, on that topic
        r"\b(?:still )?waiting (?:on|for) (?:a |an |some |the |their |our |any )?(?!(?:a|an|the|some|any|our|us)\b)"
        r"([a-z]+(?: [a-z]+)?) (?:help|support|answers?|reply|replies|response|fix)\b",
        r" open \1 conversations ",
    ),
    (  # "who wrote the 3rd one there? open it": that one, opened (its transcript says who wrote it)
        r"^(?:and |ok |so )?who (?:wrote|sent|started|opened) (the [^?]+?)\s*\?+\s*(?:pls |please )?"
        r"(?:open|read|show(?: me)?|pull up) (?:it|that)\W*$",
        r"open \1",
    ),
    (  # "the login one - who sent the last msg", "the api one, who replied last": that one's transcript
        r"^(?:and |ok |so )?(the [\w -]+? one)\s*[-,:]\s*who (?:sent|wrote) the (?:last|latest|final) "
        r"(?:msg|message|reply|response)\W*$|^(?:and |ok |so )?(the [\w -]+? one)\s*[-,:]\s*who "
        r"(?:replied|answered|responded) (?:last|most recently)\W*$",
        r"open \1\2",
    ),
    (  # "ok the rest of the ppl there", after a company's record and one of its people: who else is there
        r"\b(?:the )?rest of the (?:ppl|people|folks|team|contacts|users)(?: (?:there|at (?:that|this|the) "
        r"(?:company|account|org)))\b",
        "who else is there",
    ),
    (r"^(?:and |ok |now )?same (?:company|account|org|place)\s*,\s*(?=\w)", ""),  # "same company, milo tanaka's
    # events": his (he is there too), not the company again
    (r"\bswitch (?:it|things) up\b:?", "instead"),  # "switch it up: login, from yesterday"
    (r"(?<=\w) \+ (?=\w)", " and "),  # "who is this + what co": one thing and another
    (r"\b(what|which|her|his|their|same|the) co\b(?!-)", r"\1 company"),  # "what co", "her co" (not "co-workers")
    (  # "the second customer's events", after transcripts: the second one's (its customer's)
        r"\bthe (first|second|third|fourth|fifth|last|\d+(?:st|nd|rd|th)) (?:customer|client|user|contact|person)'s\b",
        r"the \1 one's",
    ),
    (  # "I meant the fourth person's conversations, not their events": what was meant, only
        r"(\bi meant\b.{3,}?),? (?:and )?not (?:the |their |his |her |its )?(?:events?|conversations?|convos?|"
        r"company|profile|activity)(?= ?[.!?]?$)",
        r"\1",
    ),
    (  # "back to the person i asked about first", "the company we started with": the first person, company
        r"\b(?:back to |now |ok now )?the (one|company|person|contact|customer|guy) (?:that )?(?:i|we) "
        r"(?:(?:(?:asked|talked) about|looked (?:at|up)|checked|pulled(?: up)?) "
        r"(?:first|originally|initially|at the start|to begin with)|(?:started|began|opened) with)(?=\W|$)",
        r"back to the first \1",
    ),
    *(  # "is that refund of his still open?": his refund one
        (
            rf"\b(?:that|the|this) (?!(?:rest|others?|list|most|last|first|one|ones|some|all|none|both|each|many)\b)"
            rf"(\w+) (?:one |convo |ticket |conversation |thing )?of {owned}\b",
            rf"{owner} \1 one",
        )
        for owned, owner in (("his", "his"), ("hers", "her"), ("theirs", "their"))
    ),
    (  # "ok start over, newest first": the first list of the conversation again, as now asked
        r"\b(?:let'?s )?(?:start (?:over|again|from scratch)|back to square one)\b",
        "back to the first list",
    ),
    (  # "hmm, the one listed second", "the company shown first": the second one, the first company
        r"\bthe (one|company|person|contact|conversation|convo) (?:listed|shown|mentioned) "
        r"(first|second|third|fourth|fifth|last)\b",
        r"the \2 \1",
    ),
    (  # "refunds yesterday" - "how about today" - "the whole week": the past week
        r"(?<!last )(?<!previous )(?<!prior )\b(?:(?:the|this) )?(?:whole|entire|full) week\b"  # not "last full week"
        r"(?! (?:before|after|of|in)\b)|\ball (?:of )?(?:this )?week\b",
        " the past week ",
    ),
    (r"\b(?:(?:the|this) )?(?:whole|entire|full) month\b(?! (?:before|after|of|in)\b)", " this month "),
    (  # "ok nvm her, just list everyone": not about her any more
        r"\b(?:nvm|never ?mind|forget(?: about)?|enough (?:about|of)|done with) (?:her|him|them|that (?:one|person|guy|"
        r"lady|company|account))\b,?",
        " ",
    ),
    (  # "who deals with money questions here?", "whoever answers the billing stuff": the team that handles it
        r"\bwho(?:ever)?(?:'s| is)?(?: here| in support| on (?:our|the) (?:side|end|team))? (?:deals with|handles|"
        r"takes care of|looks after|answers|covers|is in charge of|is responsible for|works on|picks up|owns)(?= )",
        "which team handles",
    ),
    (  # "... charges and receipts? is there a group for that?": a team
        r"\b(?:is there|do we have|have we got) (?:a |an )?(?:group|team|department|dept|person|someone|people) "
        r"(?:for|that handles|who handles|handling|on) (?:that|this|it|those|these|them)\b",
        "which team handles it",
    ),
    (  # "whose is that?", "whose ticket was this": who wrote it
        r"\bwhose (?:(?:convo|conversation|chat|ticket|thread|message|one) )?(?:is|was) (?:that|this|it)\b",
        "who wrote that",
    ),
    (  # "what's the business they're with like?", "her business": the company a person is at
        r"\b(?:the|their|his|her) (?:business|firm|employer)(?= (?:they|he|she)(?:'re|'s| are| is| works?) "
        r"(?:with|at|from|in|for)\b)|"
        r"\b(?:their|his|her) (?:business|firm|employer)\b(?! (?:days?|hours?|model|review))",
        "their company",
    ),
    (r"\bparked(?: for later)?|\bon hold\b|\b(?:on )?the back ?burner\b|\bon ice\b", " snoozed "),
    (r"\bdone and dusted\b|\bwrap(?:ped)? up\b|\btaken care of\b", " closed "),
    (  # "the one that isn't finished yet": not closed
        r"\b(?:isn'?t|is not|aren'?t|are not|wasn'?t|not|hasn'?t been|haven'?t been|never) (?:yet )?"
        r"(?:finished|completed|done)(?: yet)?\b",
        "not closed",
    ),
    (  # "that business", "that one's company": the company discussed, theirs
        r"\b(?:that|this) (?:one|person|guy|lady|contact|customer|user)'s (company|account|org|business)\b",
        r"their \1",
    ),
    (r"\b(that|this) business\b(?! (?:days?|hours?|model|review))", r"\1 company"),
    (r"\bnext (?:bunch|batch|lot|set|chunk)\b", "next page"),  # "can i see the next bunch"
    (  # "and him who's the more active of the two", typed without its "?": "and him?", then the question
        r"^((?:(?:ok|okay|so) )?(?:and|what about|how about) (?:him|her|them))\s+(?=(?:who|who's|whos|which|is|are)\b)",
        r"\1? ",
    ),
    (  # "lena lopez - and hers?", after someone else's conversations: the same for her
        r"^([a-z]+ [a-z]+) *[-–—,:;]+ *and (?:hers|his|theirs|for (?:her|him|them))\b",
        r"what about \1",
    ),
    (  # "enterprise one", to "which globex?": the enterprise one
        r"^(?!(?:which|what|any|each|every|no|this|that|the|one|next|last|first|another|other|same)\b)([a-z]+) one"
        r"(?= *[?.!]*$)",
        r"the \1 one",
    ),
    (  # "only the finished ones", "the ones that got finished": closed
        r"\b(?:finished|completed)(?= (?:[a-z]+ )?(?:ones?|convos?|conversations?|chats?|tickets?|threads?)\b)|"
        r"\b(?:(?<=got )|(?<=are )|(?<=were )|(?<=was )|(?<=been ))(?:finished|completed)\b",
        "closed",
    ),
    (  # "and for invoice in the same time?": the same dates
        r"\b(?:in|for|over|during|at) the same (?:time|time ?frame|period|dates|window|range)\b",
        " same period ",
    ),
    (  # "only 3? go back to september 1": the window starts there now
        r"\bgo (?:back|further back)(?: further| more)?,? (?:to|until|till|as far as) (?:the (?:start|beginning) of )?"
        r"(?=(?:jan|feb|mar|apr|may|jun|"
        r"jul|aug|sep|oct|nov|dec)[a-z]*\.?(?: \d|\s*$|\s*[,;!?])|\d{4}-\d\d)",
        "back since ",  # ("back": all of that month again, if it was asked about; see windows.month_again)
    ),
    (  # "who signed up most recently?": the newest contacts
        r"(?<!one )(?<!lead )(?<!user )(?<!person )(?<!guy )(?<!contact )"  # (not "the lead who came in on ...")
        r"\bwho(?![^?.!]*\b(?:of|among|on) (?:these|those|them|this page|this list|that list)\b)"  # (of these: one)
        r"(?:'s| has| have)? (?:signed up|joined|registered|(?:just )?(?:came|come) in)(?: (?:most )?(?:recently|"
        r"lately|last))?\b",
        "newest contacts",
    ),
    (  # "and friday?", after the weekend's conversations: that day
        r"^((?:and|what about|how about|ok|also|same for)\s+)"
        r"(monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b",
        r"\1on \2",
    ),
    (  # "flip it, who's gone quiet": which went quiet, not a person called "gone quiet"
        r"\bwho(?:'s| has| have)? (?:gone|went|been|fallen|gotten|got) (quiet|silent|dormant|inactive)\b",
        r"the ones that went \1",
    ),
    (  # "newest signups": the newest contacts (not the "new signups" segment)
        r"\b(?:newest|latest|most recent|recent) sign-?ups\b(?! segment)",
        "newest contacts",
    ),
    (  # "r ppl having trouble logging in?": login trouble, a topic
        r"\b(trouble|problems?|issues?|difficult(?:y|ies)|struggling|unable to|can'?t|cannot|failing to|fail to)"
        r" (?:with )?(?:logging|log|signing|sign) (?:in|on)\b",
        r"\1 with login",
    ),
    (  # "is priya ito still loggin in?", "did she log in this week?": a person's events, not conversations on login
        r"\b(?:did|does|do|has|have|is|are|was|were) (?!(?:any|some|every|no)(?:one|body)\b|(?:the|our|people|users|"
        r"customers|ppl|folks|we|you|i|about|with|for|any|on|in|no|this|that|it)\b)((?:[a-z]+ ){0,1}[a-z]+) "
        r"(?:(?:still|ever|even|actually|recently|been|already|really) )*"
        r"(?:log|logged|logging|loggin|sign|signed|signing)[ -](?:in|on)\b"
        r"(?! (?:issues?|problems?|trouble|page|screen|errors?|flow|bug)\b)",
        r"any events from \1",
    ),
    (  # "emma adams' one": hers, the possessive of a name ending in s
        r"\b([a-z]+s)'(?= (?:one|convo|conversation|ticket|chat|thread|account|company|events?|profile|email)\b)",
        r"\1's",
    ),
    (  # "her refund went thru", "refund status for <email>": a question about her refund (her conversations)
        r"\b(refunds?|invoices?|payments?|charges?|orders?|shipments?|exports?|credits?) (?:status|(?:went|go|gone|"
        r"has gone|come|came) (?:thru|through)|(?:was|were|got|been|has been) (?:processed|issued|approved|shipped))\b",
        r"\1 issue",
    ),
    (r"\bpg\.? ?(?=\d)", "page "),  # "go back to pg 3, the 5th person"
    *(  # "2nd page", "the third page": page 2, page 3
        (rf"\b(?:the )?{word} page\b", f"page {n}")
        for n, word in ((2, "second"), (3, "third"), (4, "fourth"), (5, "fifth"))
    ),
    (r"\b(?:1:1|1-on-1|one[- ]on[- ]one)s?\b", "meetings"),  # "before my 1:1s this week": no number
    (  # "who's on that one", "who's at that account": who works there
        r"\bwho(?:'s| is| are|s)? (?:on|at|in|with) "
        r"(?=(?:that|this) (?:one|account|company|org|organi[sz]ation|client)\b)",
        "who works at ",
    ),
    (r"\bback to the (?:start|beginning)\b,?(?: (?:the )?first page\b)?", "back to the first page"),
    (r"\b(?:lemme|let me|lets|let's) (?:see|have a look at|take a look at|look at)\b", "show me"),  # "lemme see more"
    (r"\bgimme\b", "give me"),
    (  # "the fourth one looks like a lead with no external id, pull its events anyway": what it is like, set aside
        r"\b(one|guy|person|contact|lady|company|convo|conversation) (?:looks|seems) like [^,.;?]+"
        r"(?=, (?:(?:so|but|just|pls|please) )?(?:pull|show|get|give|list|open|grab|check|fetch|read)\b)",
        r"\1",
    ),
    (r"(?<!\bup )(?<!\byear )(?<!\byear-)\bto date\b", " "),  # "same but november to date": until now
    (r"\bsame list(?= ?(?:,|but|with|only|just)\b| ?,)", "same"),  # "same list but with 2 events each": the last call
    (  # "drop the open filter": any state
        r"\b(?:drop|remove|lose|ditch|clear|skip|forget|get rid of) (?:the |that )?"
        r"(?:open|closed|snoozed|state|status) (?:filter|part|bit|condition|restriction)\b(?:,? (?:all|any) states?)?",
        "all states",
    ),
    (r"^(?:ok |okay |right |alright )?back to work\b[,.!:-]*", ""),  # "ok back to work billing convos from last month"
    (  # "4th persons convos": the fourth person's, without the apostrophe
        r"\b(\d{1,2}(?:st|nd|rd|th)|first|second|third|fourth|fifth|sixth|last|next|other|that|this) "
        r"(person|guy|contact|user|lead|customer|girl|lady)s\b(?= (?:convos?|conversations?|tickets?|chats?|threads?|"
        r"events?|evnts|activity|profile|details|company|email|account))",
        r"\1 \2's",
    ),
    (  # "which companies are those two at?", "what are both of them doing": they (the people just discussed)
        r"(?<!for )(?<!of )(?<!from )(?<!with )(?<!to )(?<!on )(?<!about )(?<!at )"
        r"\b(?:(?:those|these) two|(?:both|the two) of them)\b(?= (?:are|at|work|works|belong|with|from|in|"
        r"doing|been|have|had|did|do|use|using)\b|\s*[?.!,]|$)",
        "they",
    ),
    (  # "ok forget transcripts, just list invoice convos": no transcripts (forget is not the topic)
        r"\b(?:forget|never ?mind|skip|ditch|scrap|nvm)(?: about)? (?:the |those |these )?(transcripts?|threads)\b",
        r"no \1",
    ),
]


__all__ = ["REWRITES"]
