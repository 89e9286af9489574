"""Requests written in French, Spanish, German, Portuguese or Italian, put in the planner's English word by word.

Support teams are international and people type in the language they think in ("les conversations
ouvertes sur les refunds depuis le 1er novembre", "muéstrame los equipos", "offene Gespräche seit
gestern"). A request counts as one of these languages when at least two of its words are telling
markers of it (so an English request with "la" or "de" in a name is left alone); then the words the
planner needs (kinds of thing, states, dates, counts, verbs of writing) are replaced by their English,
articles are dropped, and everything else (names, topics typed in English, ids) stays as written.
"""

from __future__ import annotations

import re

from graphs.planner import needles as rx
from graphs.planner.topics import TOPIC_WORDS, singular

MARKERS = {
    "fr": {"les", "des", "du", "avec", "depuis", "svp", "stp", "s'il", "dans", "chacun", "hier", "aujourd'hui",
           "événements", "evenements", "équipes", "equipes", "entreprises", "voudrais", "peux", "montre", "liste",
           "ouvertes", "fermées", "je", "tu", "sur", "pour", "et", "une", "est", "qui", "ses", "moi", "nombre",
           "combien", "cette", "dernier", "dernière", "d'hier", "plaît", "plait", "salut", "bonjour", "merci"},
    "es": {"los", "las", "del", "con", "desde", "por", "favor", "ayer", "hoy", "equipos", "empresas", "eventos",
           "conversaciones", "abiertas", "cerradas", "muestra", "muéstrame", "dame", "cuántos", "cuántas",
           "cuantos", "quién", "quien", "sobre", "abre", "primera", "semana", "pasada", "pasado", "hola", "gracias",
           "y", "el"},
    "de": {"der", "die", "das", "den", "dem", "und", "mit", "seit", "gestern", "heute", "bitte", "zeig", "zeige",
           "mir", "alle", "offene", "offenen", "geschlossene", "gespräche", "konversationen", "firmen", "kontakte",
           "ereignisse", "wie", "viele", "wer", "über", "letzte", "letzten", "woche", "monat", "hallo", "danke"},
    "pt": {"os", "as", "mostra-me", "mostre-me", "mostra", "mostre", "conversas", "abertas", "fechadas", "ontem",
           "hoje", "equipas", "equipes", "obrigado", "obrigada", "olá", "você", "voce", "quantos", "quem", "empresas",
           "página", "pagina", "da", "do", "dos", "das", "em", "não", "nao", "passada", "eventos", "contatos"},
    "it": {"mostrami", "gli", "le", "aziende", "conversazioni", "aperte", "chiuse", "ieri", "oggi", "eventi",
           "squadre", "grazie", "ciao", "dammi", "quanti", "chi", "della", "degli", "delle", "settimana", "scorsa",
           "contatti", "pagina", "il", "per", "favore", "utenti"},
}  # fmt: skip
MONTHS = {
    "fr": "janvier février fevrier mars avril mai juin juillet août aout septembre octobre novembre décembre decembre",
    "es": "enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre",
    "de": "januar februar märz maerz april mai juni juli august september oktober november dezember",
    "pt": "janeiro fevereiro março marco abril maio junho julho agosto setembro outubro novembro dezembro",
    "it": "gennaio febbraio marzo aprile maggio giugno luglio agosto settembre ottobre novembre dicembre",
}
ENGLISH_MONTHS = {
    "fr": "january february february march april may june july august august september october november december "
    "december",
    "es": "january february march april may june july august september october november december",
    "de": "january february march march april may june july august september october november december",
    "pt": "january february march march april may june july august september october november december",
    "it": "january february march april may june july august september october november december",
}
PHRASES = {  # longest first within each language; applied before single words
    "fr": [
        ("s'il te plaît", "please"), ("s'il vous plaît", "please"), ("s'il te plait", "please"),
        ("la semaine dernière", "last week"), ("la semaine derniere", "last week"), ("le mois dernier", "last month"),
        ("cette semaine", "this week"), ("ce mois-ci", "this month"), ("ce mois", "this month"),
        ("le nombre de", "how many"), ("nombre de", "how many"), ("combien de", "how many"),
        ("mot de passe", "password"), ("en pause", "snoozed"), ("en attente", "snoozed"),
        ("montre-moi", "show me"), ("montre moi", "show me"), ("tu peux", "can you"), ("peux-tu", "can you"),
        ("pouvez-vous", "can you"), ("je voudrais", "i'd like"), ("j'aimerais", "i'd like"), ("à lui", ""),
        ("à elle", ""), ("en entier", "in full"), ("les autres de", "the others at"),
        ("les autres chez", "the others at"), ("qui y travaille", "who works there"),
        ("qui travaille là", "who works there"), ("d'hier", "from yesterday"),
        ("aujourd'hui", "today"), ("dans chacun", "in each"),
    ],
    "es": [
        ("por favor", "please"), ("la semana pasada", "last week"), ("el mes pasado", "last month"),
        ("esta semana", "this week"), ("este mes", "this month"), ("antes de", "before"), ("después de", "after"),
        ("cuántos hay", "how many"), ("cuántas hay", "how many"), ("en cada", "in each"),
        ("los demás de", "the others at"), ("los otros de", "the others at"), ("quién trabaja ahí", "who works there"),
        ("la empresa", "the company"), ("en sí", "itself"), ("de la lista", "on the list"),
        ("por página", "per page"), ("por pagina", "per page"),
        ("la que", "the one that"), ("el que", "the one that"), ("más viejas", "oldest"), ("más viejos", "oldest"),
        ("más antiguas", "oldest"), ("más antiguos", "oldest"), ("más recientes", "newest"), ("más nuevas", "newest"),
    ],
    "de": [
        ("zeig mir", "show me"), ("zeige mir", "show me"), ("letzte woche", "last week"),
        ("letzten monat", "last month"), ("diese woche", "this week"), ("diesen monat", "this month"),
        ("wie viele", "how many"), ("die anderen bei", "the others at"), ("die anderen von", "the others at"),
        ("wer arbeitet dort", "who works there"), ("wer arbeitet da", "who works there"),
    ],
    "pt": [("por favor", "please"), ("por página", "per page"), ("por pagina", "per page"),
           ("semana passada", "last week"), ("os outros da", "the others at"), ("os outros do", "the others at"),
           ("quem trabalha lá", "who works there"), ("a empresa", "the company"), ("em si", "itself"),
           ("o número de", "the number of"), ("número de", "number of"), ("mês passado", "last month"),
           ("este mês", "this month")],
    "it": [("per favore", "please"), ("per pagina", "per page"), ("settimana scorsa", "last week"),
           ("mese scorso", "last month"), ("questo mese", "this month")],
}  # fmt: skip
WORDS = {
    "fr": {
        "svp": "please", "stp": "please", "salut": "hi", "bonjour": "hi", "merci": "thanks",
        "ouvertes": "open", "ouverte": "open", "ouverts": "open", "ouvert": "open",
        "fermées": "closed", "fermée": "closed", "fermés": "closed", "fermé": "closed",
        "ferme": "close", "fermer": "close", "clôture": "close", "clôturer": "close", "supprime": "delete",
        "supprimer": "delete", "efface": "delete", "assigne": "assign", "envoie": "send", "réponds": "reply",
        "équipes": "teams", "equipes": "teams", "équipe": "team", "equipe": "team",
        "entreprises": "companies", "sociétés": "companies", "societes": "companies", "comptes": "accounts",
        "entreprise": "company", "société": "company", "societe": "company",
        "utilisateurs": "users", "clients": "customers", "client": "customer", "contacts": "contacts",
        "événements": "events", "evenements": "events", "évènements": "events", "événement": "event",
        "liste": "list", "montre": "show", "affiche": "show", "donne-moi": "give me", "donne": "give",
        "depuis": "since", "avant": "before", "après": "after", "apres": "after", "hier": "yesterday",
        "1er": "1st", "avec": "with", "sans": "without", "sur": "about", "concernant": "about",
        "combien": "how many", "chacun": "each", "chaque": "each", "transcriptions": "transcripts",
        "transcription": "transcript", "échanges": "messages", "problèmes": "problems", "probleme": "problem",
        "problème": "problem", "qui": "who", "chez": "at", "travaille": "works", "travaillent": "work",
        "ses": "their", "son": "their", "sa": "their", "et": "and", "regarder": "look at", "dernières": "last",
        "derniers": "last", "dernier": "last", "dernière": "last", "premier": "first", "première": "first",
        "remboursements": "refunds", "remboursement": "refund", "factures": "invoices", "facture": "invoice",
        "connexion": "login", "livraison": "shipping", "tous": "all", "toutes": "all", "pour": "for",
        "les": "", "des": "", "la": "", "le": "", "du": "", "de": "", "d'": "", "l'": "", "un": "", "une": "",
        "moi": "me", "je": "i", "tu": "you", "est": "is", "c'est": "it's", "réglé": "done",
    },
    "es": {
        "hola": "hi", "gracias": "thanks", "conversaciones": "conversations", "conversación": "conversation",
        "abiertas": "open", "abiertos": "open", "abierta": "open", "cerradas": "closed", "cerrados": "closed",
        "cierra": "close", "cerrar": "close", "borra": "delete", "elimina": "delete", "eliminar": "delete",
        "equipos": "teams", "equipo": "team", "empresas": "companies", "compañías": "companies",
        "empresa": "company", "usuarios": "users", "clientes": "customers", "cliente": "customer",
        "eventos": "events", "evento": "event", "contactos": "contacts", "contacto": "contact",
        "muestra": "show", "muéstrame": "show me", "enséñame": "show me", "dame": "give me", "lista": "list",
        "desde": "since", "ayer": "yesterday", "hoy": "today", "con": "with", "sobre": "about",
        "cuántos": "how many", "cuántas": "how many", "cuantos": "how many", "quién": "who", "quien": "who",
        "reembolsos": "refunds", "reembolso": "refund", "facturas": "invoices", "factura": "invoice",
        "últimos": "last", "últimas": "last", "último": "last", "y": "and", "por": "by", "para": "for",
        "abre": "open", "primera": "first", "primero": "first", "segunda": "second", "segundo": "second",
        "tercera": "third", "tercero": "third", "última": "last", "página": "page", "pagina": "page",
        "los": "", "las": "", "el": "", "la": "", "de": "", "del": "", "un": "", "una": "",
    },
    "de": {
        "hallo": "hi", "danke": "thanks", "bitte": "please", "gespräche": "conversations",
        "konversationen": "conversations", "gespräch": "conversation", "offene": "open", "offenen": "open",
        "geschlossene": "closed", "geschlossenen": "closed", "schließe": "close", "schließen": "close",
        "lösche": "delete", "löschen": "delete", "firmen": "companies", "unternehmen": "companies",
        "firma": "company", "kontakte": "contacts", "kontakt": "contact", "benutzer": "users", "kunden": "customers",
        "kunde": "customer",
        "ereignisse": "events", "zeig": "show", "zeige": "show", "seit": "since", "vor": "before",
        "gestern": "yesterday", "heute": "today", "mit": "with", "über": "about", "ueber": "about", "wer": "who",
        "rückerstattung": "refund", "rechnungen": "invoices", "rechnung": "invoice", "alle": "all", "und": "and",
        "letzten": "last", "letzte": "last", "mir": "me", "für": "for",
        "der": "", "die": "", "das": "", "den": "", "dem": "", "des": "", "ein": "", "eine": "",
    },
    "pt": {
        "mostra-me": "show me", "mostre-me": "show me", "mostra": "show", "mostre": "show",
        "conversas": "conversations", "conversa": "conversation", "abertas": "open", "aberta": "open",
        "fechadas": "closed", "fecha": "close",
        "apaga": "delete", "empresas": "companies", "empresa": "company", "equipas": "teams", "equipes": "teams",
        "contatos": "contacts", "contactos": "contacts", "eventos": "events", "página": "page", "pagina": "page",
        "ontem": "yesterday", "hoje": "today", "desde": "since", "com": "with", "sobre": "about",
        "quantos": "how many", "quem": "who", "primeira": "first", "primeiro": "first", "última": "last",
        "últimos": "last", "reembolsos": "refunds", "reembolso": "refund", "e": "and", "para": "for",
        "os": "", "as": "", "o": "", "a": "", "da": "", "do": "", "dos": "", "das": "", "de": "", "um": "",
        "uma": "", "obrigado": "thanks", "obrigada": "thanks", "olá": "hi",
    },
    "it": {
        "mostrami": "show me", "dammi": "give me", "conversazioni": "conversations", "conversazione": "conversation",
        "aperte": "open", "aperta": "open", "chiuse": "closed", "chiudi": "close", "cancella": "delete",
        "elimina": "delete", "aziende": "companies", "azienda": "company", "squadre": "teams", "contatti": "contacts",
        "utenti": "users", "eventi": "events", "pagina": "page", "ieri": "yesterday", "oggi": "today",
        "dal": "since", "con": "with", "su": "about", "quanti": "how many", "chi": "who", "prima": "first",
        "primo": "first", "ultima": "last", "ultimi": "last", "rimborsi": "refunds", "rimborso": "refund",
        "e": "and", "per": "for", "il": "", "lo": "", "la": "", "le": "", "gli": "", "i": "", "di": "",
        "della": "", "degli": "", "delle": "", "un": "", "una": "", "grazie": "thanks", "ciao": "hi",
    },
}  # fmt: skip
MORE_WORDS = {  # follow-ups and orderings ("nächste Seite", "abre la primera", "älteste zuerst")
    "fr": {"suivante": "next", "suivant": "next", "anciennes": "oldest", "récentes": "newest", "seulement": "only",
           "deuxième": "second", "troisième": "third"},
    "es": {"solo": "only", "sólo": "only", "quiero": "i want", "ver": "see", "mensajes": "messages",
           "siguiente": "next", "más": "more", "primeros": "first", "primeras": "first", "antiguas": "oldest",
           "antiguos": "oldest", "recientes": "newest"},
    "de": {"nächste": "next", "naechste": "next", "seite": "page", "älteste": "oldest", "aelteste": "oldest",
           "ältesten": "oldest", "neueste": "newest", "neuesten": "newest", "zeigen": "show", "zuerst": "first",
           "erste": "first",
           "ersten": "first", "zweite": "second", "dritte": "third", "nur": "only", "nachrichten": "messages",
           "mehr": "more"},
    "pt": {"próxima": "next", "proxima": "next", "só": "only", "mensagens": "messages", "segunda": "second",
           "terceira": "third"},
    "it": {"prossima": "next", "messaggi": "messages", "seconda": "second", "terza": "third"},
}  # fmt: skip
_ENGLISH_WORDS = {"plus", "details", "profile", "most", "sin", "ahi", "ihr", "sein", "von", "monat"}
MIXED = {  # what people mixing a few words of their language into English write ("und ihre convos?")
    "fr": {"ouvre": "open", "montre-la": "show it", "montre-le": "show it", "infos": "details", "y": "there",
           "plus": "most", "récente": "recent", "récentes": "recent", "récent": "recent", "entier": "full",
           "profil": "profile", "détails": "details", "details": "details", "quatrième": "fourth",
           "cinquième": "fifth", "autres": "other"},
    "es": {"tiene": "has", "persona": "person", "sus": "their", "su": "their", "ahí": "there", "ahi": "there",
           "ahora": "now", "ascendente": "ascending",
           "descendente": "descending", "detalles": "details", "cuarto": "fourth", "cuarta": "fourth",
           "quinto": "fifth", "quinta": "fifth", "trabaja": "works", "trabajan": "work", "otras": "other",
           "otros": "other", "perfil": "profile", "sin": "without", "días": "days", "dias": "days",
           "activas": "active", "activos": "active", "más": "most", "cada": "each"},
    "de": {"gib": "give", "pro": "per", "arbeitet": "works", "bei": "at", "davon": "of them", "anzahl": "counts",
           "segmente": "segments", "lösch": "delete", "letzter": "last", "ihre": "her", "ihr": "her", "ihren": "her",
           "seine": "his", "seinen": "his", "sein": "his", "im": "in",
           "vom": "from", "von": "of", "aufmachen": "open", "öffne": "open", "öffnen": "open", "andere": "other",
           "anderen": "other", "vierten": "fourth", "vierte": "fourth", "dritten": "third", "zweiten": "second",
           "fünften": "fifth", "profil": "profile", "details": "details", "monat": "month", "woche": "week",
           "schick": "send", "schicke": "send", "sende": "send", "keine": "no", "leute": "people", "ohne": "without"},
    "pt": {"abre": "open", "essa": "that one", "esse": "that one", "abertos": "open", "fechados": "closed",
           "dia": "", "últimas": "last", "ultimas": "last", "perfil": "profile", "quarto": "fourth", "quinto": "fifth",
           "detalhes": "details", "adiciona": "add",
           "ao": "to", "contato": "contact", "por": "per", "em": "in", "si": "", "no": "in", "na": "in",
           "segundo": "second", "terceiro": "third", "dias": "days", "cada": "each"},
    "it": {},
}  # fmt: skip
STRONG = {  # one of these in a short message is enough ("und im september?", "y cerradas?", "só 3")
    "fr": {"et", "ses", "suivante", "les", "ouvre", "profil", "premier", "première", "infos", "montre-la", "travaille",
           "travaillent"},
    "es": {"y", "sus", "solo", "ahora", "los", "las", "detalles", "dame", "desde", "siguiente",
           "primero", "segunda", "segundo", "tercero", "último", "abre", "cierra", "borra", "tiene", "tienen"},
    "de": {"und", "ihre", "seine", "nur", "zeig", "vom", "im", "öffne", "zweite", "erste", "dritte", "mehr", "nächste",
           "gib", "aufmachen", "lösch"},
    "pt": {"só", "os", "perfil", "mostra", "adiciona", "essa", "dos", "das", "quantos", "abertos", "fechados",
           "primeiro"},
    "it": set(),
}  # fmt: skip
for _lang in MONTHS:
    WORDS[_lang].update(zip(MONTHS[_lang].split(), ENGLISH_MONTHS[_lang].split(), strict=True))
    WORDS[_lang].update(MORE_WORDS[_lang])
    WORDS[_lang].update(MIXED[_lang])
    MARKERS[_lang].update(w for w in MIXED[_lang] if len(w) > 3 and w not in _ENGLISH_WORDS)
    MARKERS[_lang].update(STRONG[_lang])
KNOWN = {lang: frozenset(w for w in table if w.isalpha()) for lang, table in WORDS.items()}
_ENGLISH = set(" ".join(ENGLISH_MONTHS.values()).split())
for _lang, _markers in MARKERS.items():  # a month or follow-up word only one language has marks it
    _others = {w for other in MONTHS if other != _lang for w in [*MONTHS[other].split(), *MORE_WORDS[other]]}
    _markers.update(w for w in [*MONTHS[_lang].split(), *MORE_WORDS[_lang]] if w not in _others | _ENGLISH)

REORDER = {  # a noun with its complement after it, in the English order ("problèmes de login": login problems)
    "pt": r"\b(problemas?|perguntas?) (?:de |com |sobre )(?:a |o |os |as )?(\w+)",
    "it": r"\b(problemi|domande) (?:di |con |su )(?:la |il |lo |le |gli |i )?(\w+)",
    "fr": r"\b(probl[èe]mes?|questions?|demandes?|soucis|tickets?) (?:de |d'|sur |avec )(?:la |le |les |l')?(\w+)",
    "es": r"\b(problemas?|preguntas?|solicitudes|tickets?) (?:de |con |sobre )(?:la |el |los |las )?(\w+)",
    "de": r"\b(probleme|fragen|tickets?) (?:mit |zu |bei )(?:der |dem |den )?(\w+)",
}
NOUNS = {"problème": "problem", "problèmes": "problems", "probleme": "problems", "problemes": "problems",
         "problemas": "problems", "problema": "problem", "question": "question", "questions": "questions",
         "demande": "request", "demandes": "requests", "soucis": "problems", "preguntas": "questions",
         "pregunta": "question", "solicitudes": "requests", "fragen": "questions", "ticket": "ticket",
         "tickets": "tickets"}  # fmt: skip
ARTICLES = {  # before an ordinal or "most": "of the" or "the" ("el perfil del primero": the profile of the first)
    "fr": ({"du", "des", "de la", "de l'"}, {"le", "la", "les", "l'"}),
    "es": ({"del", "de la", "de los", "de las"}, {"el", "la", "los", "las", "lo"}),
    "de": ({"der", "des", "vom", "von der", "von dem", "von den"}, {"die", "das", "den", "dem"}),
    "pt": ({"do", "da", "dos", "das"}, {"o", "a", "os", "as"}),
    "it": ({"del", "della", "dello", "dei", "delle", "degli"}, {"il", "la", "lo", "le", "gli", "i"}),
}
_RANKS = {"first", "second", "third", "fourth", "fifth", "last", "most", "newest", "oldest"}
_RANKED = {lang: "|".join(sorted((re.escape(w) for w, e in WORDS[lang].items() if e in _RANKS), key=len)[::-1])
           for lang in WORDS}  # fmt: skip
ABOUT = rx.compile(  # "convos de billing": about billing (a topic only; "convos de rosa" is hers)
    r"\b(convos?|conversas?|conversaciones|conversations?|tickets?|chats?) (?:de|sobre|über|zu) (\w+)\b(?![@.'-])",
    re.I,
)
ARTICLE = rx.compile(  # an English request with another language's article before one of the planner's nouns
    r"(?<![\w'-])(?:el|la|los|las|le|les|der|das|den) (?=(?:contact[oa]?|conversation|conversación|convo|company|"
    r"empresa|entreprise|firma|user|customer|cliente?)s?\b)",
    re.I,
)
_KINDS = set("teams team companies company contacts contact users customers conversations conversation events".split())
_KINDS |= {"event", "segments", "customer"}
KINDS = {
    w: e
    for table in WORDS.values()
    for w, e in table.items()
    if e in _KINDS and w not in _KINDS | {"clients", "client"}
}
KIND = rx.compile(  # one of another language's nouns for a kind of thing, in an English request ("the equipos")
    rf"(?<![\w'@.-])(?:{'|'.join(sorted(map(re.escape, KINDS), key=len)[::-1])})(?![\w'@-]|\s+segments?\b)", re.I
)  # (not "the Entreprise segment": a segment's name, misspelt)
TOKEN = rx.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+|[\w'’-]+(?:\.[\w'’-]+)*|[^\w\s]")


def language(text: str) -> str | None:
    """The language of ``text`` when at least two of its words say so, else None (English)."""
    words = {w.lower().replace("’", "'") for w in TOKEN.findall(text)}
    scores = {lang: len(words & markers) for lang, markers in MARKERS.items()}
    top = max(scores.values())
    tied = [lang for lang, score in scores.items() if score == top]
    strong = [lang for lang in tied if words & STRONG[lang]]
    best = tied[0] if len(tied) == 1 else strong[0] if len(strong) == 1 else None  # "só 2 por contact": pt
    if best is not None and top == 1 and len(words) <= 7 and words & STRONG[best]:
        return best  # "und im september?", "y cerradas?": one telling word, in a short message
    return best if best is not None and top >= 2 else None


def own_words(text: str) -> frozenset[str]:
    """The words the language of ``text`` has in its table, when it is not English: they are not slips of
    English words ("en entier" is not "en entire")."""
    lang = language(text)
    return KNOWN[lang] if lang is not None else frozenset()


def english(text: str) -> str:
    """``text`` with a French, Spanish or German request's working words in English (see the module)."""
    lang = language(text)
    if lang is None:
        text = ARTICLE.sub("the ", text) if ARTICLE.search(text) else text  # "show me la conversation"
        return KIND.sub(lambda m: KINDS[m[0].lower()], text) if KIND.search(text) else text  # "list of the equipos"
    low = text.replace("’", "'")
    low = rx.sub(REORDER[lang], lambda m: f"{m.group(2)} {NOUNS.get(m.group(1).lower(), m.group(1))}", low, flags=re.I)
    low = rx.sub(ABOUT, lambda m: f"{m[1]} about {m[2]}" if singular(m[2].lower()) in TOPIC_WORDS else m[0], low)
    for phrase, said in PHRASES[lang]:
        low = rx.sub(rf"(?<![\w']){re.escape(phrase)}(?![\w'])", said, low, flags=re.IGNORECASE)
    for articles, said in zip(ARTICLES[lang], ("of the", "the"), strict=True):
        these = "|".join(sorted(map(re.escape, articles), key=len)[::-1])
        ranked = rf"(?<![\w'])(?:{these}) ?(?=(?:\d+ )?(?:{_RANKED[lang]})\b)"
        low = rx.sub(ranked, f"{said} ", low, flags=re.IGNORECASE)
    table = WORDS[lang]
    out = []
    for token in TOKEN.findall(low):
        key = token.lower()
        elided = rx.match(r"^(d'|l'|qu'|j')(.+)$", key)  # "d'hier" handled above; "l'équipe" -> équipe
        if key in table:
            out.append(table[key])
        elif elided and elided.group(2) in table:
            out.append(table[elided.group(2)])
        elif elided:
            out.append(token[len(elided.group(1)) :])
        else:
            out.append(token)
    words = [w for w in out if w]
    end = len(words) - (1 if words and words[-1] in "?.!" else 0)
    last = rx.search(r"(\w+)\W*$", low)
    if lang == "de" and end > 1 and last and last[1].lower() in ("aufmachen", "öffnen", "zeigen"):
        words = [words[end - 1], *words[: end - 1], *words[end:]]  # "die dritte davon aufmachen": open the third
    return rx.sub(r"\s+", " ", " ".join(words)).strip()


__all__ = ["english", "language", "own_words"]
