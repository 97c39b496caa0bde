"""Injection signals: precompiled patterns over the normalised views, in ten languages.

Each pattern yields a signal. ``STRONG`` signals block on their own; ``WEAK`` signals (a persona
request, talk of restrictions, a role header...) are ordinary in legitimate questions and only
block in combination (verdict.py). Patterns read lower-cased, accent-stripped text.
"""

# Regexes read best unbroken, and the Cyrillic and CJK letters are the point.
# ruff: noqa: E501

from __future__ import annotations

import re
from typing import Final

STRONG: Final = 2
WEAK: Final = 1

# --- shared vocabulary (English) -----------------------------------------------------------------
_OVERRIDE_VERB = (
    r"(?:ignore|disregard|forget|override|overrule|bypass|skip|drop|abandon|discard|cancel|"
    r"neglect|ditch|erase|set aside|throw out|pay no (?:attention|heed) to|stop (?:following|obeying)|"
    r"do not (?:follow|obey)|don'?t (?:follow|obey)|no longer follow|circumvent|get around|evade)"
)
_STRONG_QUAL = (
    r"(?:previous|prior|above|earlier|preceding|foregoing|former|original|initial|your|system|"
    r"developer|safety|security|content|hidden|built-in|current|existing|default)"
)
_WEAK_QUAL = r"(?:all|any|every|each|the|these|those|of|my|other|such|whatever|its|their)"
_TARGET = (
    r"(?:instructions?|directions?|directives?|rules?|guidelines?|guardrails?|prompts?|"
    r"system (?:prompt|message)|programming|constraints?|restrictions?|polic(?:y|ies)|filters?|"
    r"commands?|orders?|context(?: passages)?|training|limitations?|protocols?|safeguards?|"
    r"ground rules|moderation|ethics|principles)"
)
_TARGET_TAIL = (
    r"(?:above|before|below|earlier|(?:you (?:were|have been) )?given|you (?:were|have been) told)"
)
# A verb in imperative position: at the start of a clause or after a politeness/modal lead-in.
_IMPERATIVE = (
    r"(?:^|[.!?:;,\n\"'(\[-]\s*|\b(?:please|kindly|now|just|and|then|so|simply|first|also|"
    r"you (?:must|should|will|shall|need to|have to|are to|can)|i (?:want|need|order) you to|"
    r"instructing you to|i'?m telling you to|must|should|will)\s+)"
)
_REVEAL_VERB = (
    r"(?:reveal|show|print|display|output|repeat|leak|dump|expose|disclose|recite|echo|"
    r"write out|spell out|paste|quote|translate|summari[sz]e|encode|type out|read out|"
    r"tell|give|share|list|send|provide|return|what (?:is|are|were|was)|what'?s)"
)
_SECRET_OBJECT = (
    r"(?:system (?:prompt|message|instructions?)|(?:initial|original|hidden|secret|confidential|"
    r"internal|full|exact|complete|developer|pre-?)\s?(?:prompt|instructions?|rules|message|"
    r"configuration|directives)|pre-?prompt|prompt template|developer message|internal[ _]token|"
    r"nf_[a-z_]*token|api[ _-]?keys?|private key|signing key|secret key|credentials|"
    r"passwords?|env(?:ironment)? var(?:iable)?s|configuration(?: settings)?|config)"
)
_SELF = r"(?:your|the|its|this (?:assistant|model|bot|ai)'s)"
_EVAL_NOUN = (
    r"(?:evaluators?|evaluation (?:model|service|system|step|ai|llm)|graders?|grading (?:ai|model|"
    r"system|service)|judge (?:model|llm|ai)|(?:ai|llm|automated) (?:judge|grader|reviewer|"
    r"evaluator|scorer)s?|scorers?|scoring (?:model|system|service|ai|step)|reward model|"
    r"reviewer model|quality (?:checker|gate))"
)
_SCORE_HIGH = (
    r"(?:1\.0|1|10 ?/ ?10|5 ?/ ?5|100 ?%|perfect|maximum|max|highest|full marks|top|excellent|"
    r"pass(?:ed|ing)?|compliant|safe|approved|a pass)"
)
_ANSWER = r"(?:this|the|my|that|the following) (?:answer|response|output|reply|text|completion)"

# --- gates: substrings one of which must occur for a pattern to possibly match -------------------
# Checking a handful of substrings costs far less than running a regex, and most requests contain
# none of them, so most patterns are never run.
G_TEMPLATE = ("<|", "[inst", "[/inst", "<<sys", "<</sys", "_of_turn>")
G_TEMPLATE_TAGS = ("<system", "</system", "<assistant", "</assistant", "<developer", "</developer",
                   "[system]", "[/system]")  # fmt: skip
G_OVERRIDE = ("ignor", "disregard", "forget", "overrid", "overrul", "bypass", "skip", "drop",
              "abandon", "discard", "cancel", "neglect", "ditch", "erase", "set aside", "throw out",
              "pay no", "stop follow", "stop obey", "not follow", "not obey", "t follow", "t obey",
              "no longer follow", "circumvent", "get around", "evade")  # fmt: skip
G_OVERRIDE_PHRASE = (*G_OVERRIDE, "do exactly what i say", "you are free now")
G_VOID = ("cancel", "void", "null", "obsolete", "revoked", "lifted", "suspended", "disabled",
          "overridden", "replaced", "a test", "fake", "wrong", "invalid", "no longer")  # fmt: skip
G_NEW = ("new ", "updated", "real ", "actual", "true ", "revised", "your only", "your real")
G_DISABLE = ("disable", "turn off", "deactivate", "switch off", "remove", "lift")
G_DISABLED = ("disabled", " off", "removed", "lifted", "suspended")
G_PERSONA = ("pretend", "act as", "acting as", "role", "play", "you are now", "re now", "no longer",
             "imagine", "simulat", "character", "from now on", "respond as", "answer as",
             "behave as", "twin", "mode", "game", "going to", "dan", "stan", "aim", "libre",
             "freegpt", "evilbot")  # fmt: skip
G_UNRESTRICTED = ("without", "no ", "free ", "bound", "never", "unfilter", "uncensor", "unrestrict",
                  "jailbr", "mode", "dan", "anything now", "refus", "escaped", "break the usual",
                  "filters were")  # fmt: skip
G_REVEAL = ("reveal", "show", "print", "display", "output", "repeat", "leak", "dump", "expos",
            "disclos", "recit", "echo", "write out", "spell out", "paste", "quot", "translat",
            "summar", "encod", "type out", "read out", "tell", "give", "share", "list", "send",
            "provid", "return", "what")  # fmt: skip
G_REPEAT = ("repeat", "output", "print", "show", "display", "copy", "paste", "dump", "reveal")
G_VERBATIM = ("verbatim", "word for word", "word-for-word", "exactly", "in full", "code block",
              "one word per")  # fmt: skip
G_SECRET = ("system prompt", "system message", "internal token", "api key", "private key",
            "secret key", "credential", "password")  # fmt: skip
G_EVAL = ("evaluat", "grader", "grading", "judge", "scorer", "scoring", "reward model", "reviewer",
          "quality")  # fmt: skip
G_EVAL_JUDGE = G_EVAL
G_EVAL_MENTION = (*G_EVAL, "perfect", "maximum", "highest", "full ")
G_SCORING = ("scor", "grad", "evaluat", "rat", "judg")
G_RATE = ("rate", "score", "grade", "mark", "evaluat", "assign", "award", "give", "set", "report")
G_SCORE_FIELDS = ("relevance", "correctness", "coherence", "policy", "context", "overall", "passed")

_RAW: list[tuple[str, int, tuple[str, ...], str]] = [
    # --- chat-template tokens and role headers -------------------------------------------------
    (
        "chat_template_tokens",
        STRONG,
        G_TEMPLATE,
        r"<\|[a-z_ ]{2,30}\|>|\[/?inst\]|<</?sys>>|<(?:start|end)_of_turn>",
    ),
    (
        "chat_template_tokens",
        STRONG,
        G_TEMPLATE_TAGS,
        r"</?(?:system|assistant|developer)>|\[system\]|\[/system\]",
    ),
    (
        "chat_template_tokens",
        STRONG,
        ("#",),
        r"(?:^|\n)\s*#{2,4}\s*(?:system|instruction|response)\s*:?",
    ),
    (
        "chat_template_tokens",
        STRONG,
        ("system", "developer"),
        r"(?:^|\n)\s*(?:system|developer)\s*:\s*\S",
    ),
    (
        "chat_template_tokens",
        STRONG,
        ("system",),
        r"\bsystem\s*:\s*(?:you|the assistant|ignore|forget|new)\b",
    ),
    ("role_header", WEAK, (":",), r"(?:^|\n)\s*(?:human|assistant|user|ai)\s*:"),
    # --- override of instructions --------------------------------------------------------------
    (
        "override_instructions",
        STRONG,
        G_OVERRIDE,
        rf"\b{_OVERRIDE_VERB}\s+(?:(?:{_WEAK_QUAL}|{_STRONG_QUAL})\s+){{0,3}}?{_STRONG_QUAL}\s+"
        rf"(?:\w+\s+)?{_TARGET}\b",
    ),
    (
        "override_instructions",
        STRONG,
        G_OVERRIDE,
        rf"\b{_OVERRIDE_VERB}\s+(?:{_WEAK_QUAL}\s+){{0,3}}{_TARGET}\s+{_TARGET_TAIL}",
    ),
    (
        "override_instructions",
        STRONG,
        G_OVERRIDE,
        rf"{_IMPERATIVE}{_OVERRIDE_VERB}\s+(?:{_WEAK_QUAL}\s+){{0,3}}{_TARGET}\b",
    ),
    (
        "override_instructions",
        STRONG,
        G_OVERRIDE,
        rf"{_IMPERATIVE}{_OVERRIDE_VERB}\s+(?:everything|anything|all)\s+(?:(?:you (?:were|have "
        rf"been) told)|above|before|prior|previous|earlier|else)",
    ),
    (
        "override_instructions",
        STRONG,
        G_VOID,
        r"\b(?:previous|prior|earlier|above|original|old|your|these|the) (?:\w+ )?(?:instructions|rules|"
        r"guidelines|directives|constraints|restrictions|polic(?:y|ies)) (?:you were given )?"
        r"(?:are|were|is|have been) (?:now )?(?:cancell?ed|void|null|obsolete|revoked|lifted|"
        r"suspended|disabled|overridden|replaced|a test|fake|wrong|invalid|no longer)",
    ),
    (
        "override_instructions",
        STRONG,
        ("no longer appl",),
        r"\b(?:instructions|rules|guidelines|restrictions|polic(?:y|ies))(?: you were given)? no "
        r"longer appl(?:y|ies)",
    ),
    (
        "override_instructions",
        STRONG,
        G_NEW,
        r"(?:^|[.!?:\n]\s*)(?:(?:new|updated|real|actual|true|revised) (?:system )?(?:instructions|"
        r"rules|directives|task)\s*(?::|are\b|is\b)|your (?:new|only|real) (?:task|job|instructions?|"
        r"goal|purpose) (?:is|are|now)\b)",
    ),
    (
        "override_instructions",
        STRONG,
        (":",),
        r"\b(?:system|admin|administrator|developer|priority|operator|root) (?:override|instructions?|"
        r"command|directive)s?\s*:",
    ),
    (
        "override_instructions",
        STRONG,
        G_DISABLE,
        r"\b(?:disable|turn off|deactivate|switch off|remove|lift) (?:the |your |all )?(?:prompt "
        r"guard|guard|safety (?:\w+ )?(?:filters?|protocols?|guidelines|checks?)|content (?:filters?|"
        r"polic(?:y|ies))|filters|guardrails|moderation|restrictions)",
    ),
    (
        "override_instructions",
        STRONG,
        G_DISABLED,
        r"\b(?:safety|content|security) (?:protocols?|filters?|guidelines|polic(?:y|ies)|"
        r"restrictions) (?:are |is |have been )?(?:now )?(?:disabled|off|removed|lifted|suspended)",
    ),
    (
        "override_instructions",
        STRONG,
        ("only ", "whatever your"),
        r"\b(?:obey|follow|listen to) only (?:me|my|this)\b|\bwhatever your (?:instructions|rules|"
        r"guidelines|system prompt) (?:say|says|tell)",
    ),
    (
        "override_phrase",
        WEAK,
        G_OVERRIDE_PHRASE,
        rf"\b{_OVERRIDE_VERB}\b[^.!?\n]{{0,40}}\b(?:instructions|guidelines|guardrails|system prompt|"
        rf"restrictions|rules)\b|\bdo exactly what i say\b|\byou are free now\b",
    ),
    # --- persona / role-play ---------------------------------------------------------------------
    (
        "persona",
        WEAK,
        G_PERSONA,
        r"\b(?:pretend(?:ing)?|act(?:ing)? as|role-?play|play (?:the|a) role|you are now|you'?re now|"
        r"you are no longer|imagine (?:you are|you'?re|being)|simulate|stay in character|from now on|"
        r"respond as|answer as|behave as|evil twin|switch to \w+ mode|enter \w+ mode|let'?s play a game|"
        r"you'?re going to (?:pretend|act|be)|(?:is|called) (?:dan|stan|aim|libre|freegpt|evilbot))\b",
    ),
    (
        "unrestricted",
        WEAK,
        G_UNRESTRICTED,
        r"\b(?:(?:without|with no|no|free of|free from|not bound by|never mention) (?:any |your |the "
        r"usual |content |moral |ethical )?(?:(?:or |and |moral |legal |ethical )?(?:restrictions|"
        r"limits|limitations|filters|rules|content polic(?:y|ies)|guidelines|ethics|censorship|"
        r"refusals|policies|norms)\b)|unfiltered|uncensored|unrestricted|jailbr(?:oken|eak)|"
        r"developer mode|god mode|debug mode|maintenance mode|\bdan\b|do anything now|never refuses|"
        r"escaped (?:its|your) restrictions|break the usual rules|(?:safety )?filters were removed|"
        r"without (?:refusing|any ethical))",
    ),
    # --- requests to reveal instructions or secrets ------------------------------------------------
    (
        "reveal_secrets",
        STRONG,
        G_REVEAL,
        rf"\b{_REVEAL_VERB}\b(?:\s+(?:me|us|back|out|here|again|anyway))?(?:\s+\S+){{0,5}}?\s+"
        rf"{_SELF}\s+(?:\w+\s+)?{_SECRET_OBJECT}\b",
    ),
    (
        "reveal_secrets",
        STRONG,
        G_REVEAL,
        rf"\b{_REVEAL_VERB}\b(?:\s+me)?\s+(?:all |the |your )?(?:(?:value|contents?) of (?:the |your )?)?"
        rf"(?:{_SECRET_OBJECT}|(?:hidden|secret) "
        rf"rules)\b",
    ),
    (
        "reveal_secrets",
        STRONG,
        G_REPEAT,
        r"\b(?:repeat|output|print|show|display|copy|paste|dump|reveal)\b(?:\s+\w+){0,2}\s+"
        r"(?:everything|all(?: the)? text|the (?:text|words|lines?|content|message)s?)\s+(?:above|"
        r"before|preceding|prior|at the (?:start|beginning))",
    ),
    (
        "reveal_secrets",
        STRONG,
        ("what ", "which "),
        r"\b(?:what|which) (?:instructions|rules|guidelines|directives) (?:you (?:were|have been) "
        r"given|were you given|did (?:they|the developers?) give you)|\bwhat (?:were|are) you "
        r"(?:told|instructed|not allowed|forbidden) (?:not )?to\b|\bwhat does your (?:\w+[ -])?"
        r"(?:prompt|instructions|pre-?prompt|system message) say",
    ),
    (
        "reveal_secrets",
        STRONG,
        ("environment", "env", "config", "memory", "deployment"),
        r"\b(?:api keys?|secrets?|tokens?|passwords?|credentials)\b[^.?!\n]{0,30}\b(?:in|from|stored "
        r"in) (?:your|the) (?:environment|env|config|configuration|memory|deployment)",
    ),
    (
        "reveal_secrets",
        STRONG,
        G_VERBATIM,
        r"\b(?:your|the) (?:instructions|rules|guidelines|system prompt|prompt)\b[^.?!\n]{0,30}"
        r"\b(?:verbatim|word for word|word-for-word|exactly|in full|in a code block|one word per)",
    ),
    (
        "reveal_secrets",
        STRONG,
        G_REVEAL,
        rf"\b{_REVEAL_VERB}\b(?:\s+\S+){{0,4}}?\s+(?:the|your|all|any) (?:\w+ )?(?:instructions|rules|"
        rf"guidelines|directives|prompt|messages?)\s+(?:you (?:were|have been) given|you received|"
        rf"given to you|you got|you were told)",
    ),
    (
        "reveal_secrets",
        STRONG,
        ("wording", "text of", "content of", "contents of"),
        r"\b(?:exact|precise|full|original|complete|literal)? ?(?:wording|text|contents?) of "
        r"(?:your|the) (?:system |hidden |initial |original )?(?:instructions|prompt|system prompt|"
        r"rules|guidelines|directives|system message)",
    ),
    (
        "reveal_request",
        WEAK,
        G_REVEAL,
        rf"\b{_REVEAL_VERB}\b[^.?!\n]{{0,30}}\b(?:your|the) (?:instructions|rules|guidelines|prompt)",
    ),
    (
        "secret_mention",
        WEAK,
        G_SECRET,
        r"\b(?:system prompt|system message|internal token|api key|private key|secret key|"
        r"credentials|password)s?\b",
    ),
    # --- manipulation of the evaluator ---------------------------------------------------------------
    (
        "evaluator_manipulation",
        STRONG,
        G_EVAL_JUDGE,
        rf"\b(?:note|message|instructions?|attention|dear|hey|hello|memo|reminder) (?:to |for )?"
        rf"(?:the |any |an? |all )?{_EVAL_NOUN}\b|\b(?:dear|attention|note to the|to the) (?:ai )?"
        rf"judge\b\s*[:,]",
    ),
    (
        "evaluator_manipulation",
        STRONG,
        G_EVAL,
        rf"(?:^|[.!?;\n]\s*|\b(?:also|and|so),?\s+){_EVAL_NOUN}\s*[:,]",
    ),
    (
        "evaluator_manipulation",
        STRONG,
        G_EVAL,
        rf"\b{_EVAL_NOUN}\s+(?:\w+\s+)?(?:must|should|shall|will|needs? to|has to|have to|is to|"
        rf"reading this|evaluating this|grading this|is instructed to)\b",
    ),
    (
        "evaluator_manipulation",
        STRONG,
        G_EVAL,
        rf"\b(?:if you are|you are|as) (?:an? |the )?{_EVAL_NOUN}|\b(?:ensure|make sure|tell|"
        rf"instruct|inform|remind) (?:that )?(?:the |any |all )?{_EVAL_NOUN}|\bwhoever (?:grades|"
        rf"scores|evaluates|reviews|judges) (?:this|the)",
    ),
    (
        "evaluator_manipulation",
        STRONG,
        G_SCORING,
        rf"\b(?:when|while|before|after) (?:you )?(?:scoring|grading|evaluating|rating|judging|"
        rf"score|grade|evaluate|rate|judge) {_ANSWER}",
    ),
    (
        "evaluator_manipulation",
        STRONG,
        G_RATE,
        rf"\b(?:rate|score|grade|mark|evaluate|assign|award|give|set|report)\b[^.!?\n]{{0,20}}"
        rf"\b(?:{_ANSWER}|it|this)\b[^.!?\n]{{0,25}}\b(?:as|a|an|with|of|to)\s+(?:a |the )?"
        rf"{_SCORE_HIGH}\b",
    ),
    (
        "evaluator_manipulation",
        STRONG,
        G_SCORE_FIELDS,
        r"[\"']?\b(?:relevance|correctness|coherence|policy[_ ]compliance|context[_ ]overlap|"
        r"overall[_ ]score|passed[_ ]evaluation|passed)\b[\"']?\s*(?:[:=]|to)\s*(?:1(?:\.0+)?|true|"
        r"100\s*%?)\b",
    ),
    (
        "evaluator_manipulation",
        STRONG,
        ("approved", "paid for", "override", "ignore"),
        r"\b(?:pre-?approved|paid for a perfect score)\b|\b(?:override|ignore) (?:your|the) "
        r"(?:scores?|rubric|metrics?|policy findings|context overlap metric)\b",
    ),
    (
        "evaluator_mention",
        WEAK,
        G_EVAL_MENTION,
        rf"\b{_EVAL_NOUN}\b|\b(?:perfect|maximum|highest|full) (?:score|marks)",
    ),
]

# --- other languages: override and reveal phrasings, persona and restrictions --------------------
_MULTILINGUAL: list[tuple[str, int, tuple[str, ...], str]] = [
    # German
    (
        "override_instructions",
        STRONG,
        ("ignorier", "vergiss", "vergessen", "missacht", "uberschreib"),
        r"\b(?:ignorier\w*|vergiss|vergessen sie|missacht\w*|uberschreib\w*)\b(?:\s+\S+){0,3}?\s+"
        r"(?:\w*anweisungen|instruktionen|vorgaben|befehle|systemprompt|(?:deine|ihre|alle|bisherigen|"
        r"vorherigen|obigen) (?:regeln|richtlinien))\b",
    ),
    (
        "reveal_secrets",
        STRONG,
        ("zeig", "gib", "nenn", "verrat", "offenbar"),
        r"\b(?:zeig\w*|gib|nenn\w*|verrat\w*|offenbar\w*)\b(?:\s+\S+){0,3}?\s+(?:deine?n?|die|den|"
        r"ihre?n?)\s+(?:\w+\s+)?(?:systemprompt|system-prompt|systemanweisung\w*|anweisungen|"
        r"instruktionen)\b",
    ),
    (
        "persona",
        WEAK,
        ("tu so", "rolle"),
        r"\btu so,? als (?:warst|waerst|ob) du\b|\bspiele die rolle\b",
    ),
    (
        "unrestricted",
        WEAK,
        ("ohne ",),
        r"\bohne (?:jegliche |alle |irgendwelche )?(?:einschrankungen|regeln|filter|grenzen)\b",
    ),
    # French
    (
        "override_instructions",
        STRONG,
        ("ignore", "oublie", "compte d", "abstraction"),
        # Imperatives only: the infinitive ("que risque-t-on a ignorer les regles") describes;
        # someone else's rules ("les regles de la societe") are narrative.
        r"\b(?:ignorez?|oubliez?|ne tiens? pas compte d[e']|fais abstraction d[e'])\s*"
        r"(?:toutes\s+|tous\s+)?(?:les|tes|vos|mes|ces|des)\s+(?:\w+\s+)?(?:instructions|consignes|"
        r"regles|directives)\b(?!\s+d'|\s+(?:de|du|des)\s+(?!(?:ce|cette|la)\s+(?:conversation|"
        r"session|discussion)\b))",
    ),
    (
        "reveal_secrets",
        STRONG,
        ("revele", "affiche", "montre", "donne", "divulgue"),
        r"\b(?:revele[rz]?|affiche[rz]?|montre[rz]?(?:-moi)?|donne[rz]?(?:-moi)?|divulgue[rz]?)\b"
        r"(?:\s+\S+){0,3}?\s+(?:ton|votre|tes|vos|le|les)\s+(?:prompt|instructions|consignes|regles)\b",
    ),
    (
        "persona",
        WEAK,
        ("semblant", "role"),
        r"\bfai(?:s|tes) semblant d'?\s?(?:etre|e)|\bjoue(?:z)? le role\b",
    ),
    (
        "unrestricted",
        WEAK,
        ("sans ",),
        r"\bsans (?:aucune? )?(?:regles?|restrictions?|filtres?|limites?)\b",
    ),
    # Spanish
    (
        "override_instructions",
        STRONG,
        ("ignor", "olvid", "omite", "descarta"),
        # "ignora" is also "(she) ignores": someone else's instructions ("las instrucciones de su
        # padre") are narrative, not an order to us.
        r"\b(?:ignora|ignore|olvida|olvide|omite|descarta)\b(?:\s+\S+){0,3}?\s+(?:instrucciones|"
        r"reglas|indicaciones|directrices)\b(?!\s+de\s+sus?\b)",
    ),
    (
        "reveal_secrets",
        STRONG,
        ("revela", "muestra", "ensena", "dime", "imprime"),
        r"\b(?:revela|muestra(?:me)?|ensena(?:me)?|dime|imprime)\b(?:\s+\S+){0,3}?\s+(?:tu|tus|el|"
        r"las|los)\s+(?:\w+\s+)?(?:prompt|instrucciones|reglas|indicaciones)\b",
    ),
    (
        "persona",
        WEAK,
        ("finge", "actua como", "haz de cuenta"),
        r"\bfinge (?:que eres|ser)\b|\bactua como\b|\bhaz de cuenta\b",
    ),
    (
        "unrestricted",
        WEAK,
        ("sin ",),
        r"\bsin (?:ninguna |ningun )?(?:restricciones|filtros|reglas|limites)\b",
    ),
    # Italian
    (
        "override_instructions",
        STRONG,
        ("ignora", "dimentica", "trascura"),
        # "ignora" is also "(he) ignores": someone else's rules ("le regole della societa").
        r"\b(?:ignora|dimentica|trascura)\b(?:\s+\S+){0,3}?\s+(?:istruzioni|regole|direttive)\b"
        r"(?!\s+(?:di|del|dello|della|dei|degli|delle)\b)",
    ),
    (
        "reveal_secrets",
        STRONG,
        ("rivela", "mostra", "dimmi", "stampa"),
        r"\b(?:rivela|mostra(?:mi)?|dimmi|stampa)\b(?:\s+\S+){0,3}?\s+(?:il|le|tuo|tue|i)\s+"
        r"(?:\w+\s+)?(?:prompt|istruzioni|regole)\b",
    ),
    ("persona", WEAK, ("fingi",), r"\bfingi di essere\b"),
    (
        "unrestricted",
        WEAK,
        ("senza ",),
        r"\bsenza (?:alcuna |alcun )?(?:restrizion|regol|filtr|limit)\w*",
    ),
    # Portuguese
    (
        "override_instructions",
        STRONG,
        ("ignor", "esquec", "desconsidere"),
        # "ignora" is also "(it) ignores": someone else's rules ("as regras de compliance").
        r"\b(?:ignore|ignora|esqueca|esquece|desconsidere)\b(?:\s+\S+){0,3}?\s+(?:instrucoes|regras|"
        r"diretrizes)\b(?!\s+(?:de|do|da|dos|das)\b)",
    ),
    (
        "reveal_secrets",
        STRONG,
        ("revel", "mostr", "diga", "exiba"),
        r"\b(?:revele|revela|mostre|mostra|diga|exiba)\b(?:\s+\S+){0,3}?\s+(?:seu|suas|o|as|teu|"
        r"tuas)\s+(?:\w+\s+)?(?:prompt|instrucoes|regras)\b",
    ),
    ("persona", WEAK, ("finja",), r"\bfinja (?:que (?:voce )?e|ser)\b"),
    (
        "unrestricted",
        WEAK,
        ("sem ",),
        r"\bsem (?:nenhuma )?(?:restricoes|filtros|regras|limites)\b",
    ),
    # Dutch
    (
        "override_instructions",
        STRONG,
        ("negeer", "vergeet"),
        r"\b(?:negeer|vergeet)\b(?:\s+\S+){0,3}?\s+(?:instructies|regels|opdrachten|richtlijnen)\b",
    ),
    (
        "reveal_secrets",
        STRONG,
        ("toon", "laat", "geef", "onthul"),
        r"\b(?:toon|laat|geef|onthul)\b(?:\s+\S+){0,3}?\s+(?:je|jouw|de|uw)\s+(?:\w+\s+)?"
        r"(?:systeemprompt|prompt|instructies)\b",
    ),
    ("persona", WEAK, ("doe alsof",), r"\bdoe alsof je\b"),
    ("unrestricted", WEAK, ("zonder ",), r"\bzonder (?:enige )?(?:beperkingen|regels|filters)\b"),
    # Russian
    (
        "override_instructions",
        STRONG,
        ("игнорир", "проигнорир", "забуд", "не обращай"),
        r"(?:игнорируй\w*|проигнорируй\w*|забудь\w*|не обращай внимания на)(?:\s+\S+){0,3}?\s+"
        r"(?:инструкци\w*|правил\w*|указани\w*)",
    ),
    (
        "reveal_secrets",
        STRONG,
        ("покажи", "раскрой", "выведи", "скажи", "напиши", "открой", "сообщи"),
        r"(?:покажи|раскрой|выведи|скажи|напиши|открой|сообщи)(?:\s+\S+){0,3}?\s+(?:системн\w+ "
        r"(?:промпт\w*|инструкци\w*|сообщени\w*)|(?:свои|твои|скрыт\w+|секретн\w+) (?:инструкци\w*|"
        r"правил\w*)|промпт\w*)",
    ),
    ("persona", WEAK, ("представь", "притворись"), r"представь,? что ты|притворись"),
    (
        "unrestricted",
        WEAK,
        ("без ",),
        r"без (?:каких-либо |всяких )?(?:ограничений|правил|фильтров)",
    ),
    # Chinese
    (
        "override_instructions",
        STRONG,
        ("忽略", "无视", "忘记", "忘掉", "不要理会", "不要遵守"),
        r"(?:忽略|无视|忘记|忘掉|不要理会|不要遵守)[^。!?]{0,8}(?:指令|指示|说明|提示|规则|命令)",
    ),
    (
        "reveal_secrets",
        STRONG,
        ("显示", "告诉我", "输出", "透露", "泄露", "展示", "打印", "给我看"),
        r"(?:显示|告诉我|输出|透露|泄露|展示|打印|给我看)[^。!?]{0,6}(?:系统提示|系统指令|提示词|指令|规则)",
    ),
    ("persona", WEAK, ("假装你是", "扮演"), r"假装你是|扮演"),
    ("unrestricted", WEAK, ("没有",), r"没有(?:任何)?(?:限制|规则|过滤)"),
    # Japanese
    (
        "override_instructions",
        STRONG,
        ("無視", "忘れ"),
        r"(?:以前|前|上記|これまで|先)の[^。]{0,6}(?:指示|命令|ルール|指令)[^。]{0,6}(?:無視|忘れ)|"
        r"(?:指示|命令|ルール)を(?:すべて|全て)?(?:無視|忘れ)",
    ),
    (
        "reveal_secrets",
        STRONG,
        ("表示", "教え", "出力", "見せ", "開示"),
        r"(?:システムプロンプト|指示|命令|設定)[^。]{0,4}(?:表示|教え|出力|見せ|開示)",
    ),
    ("persona", WEAK, ("ふりをして", "なりきって"), r"のふりをして|になりきって"),
    ("unrestricted", WEAK, ("制限", "ルールのない"), r"制限のない|制限なし|ルールのない"),
]

PATTERNS: Final[tuple[tuple[str, int, frozenset[str], re.Pattern[str]], ...]] = tuple(
    (code, strength, frozenset(gate), re.compile(source, re.MULTILINE))
    for code, strength, gate, source in _RAW + _MULTILINGUAL
)
# The ASCII-only subset: text without a non-ASCII letter cannot match the Cyrillic/CJK patterns.
_NON_ASCII = re.compile(r"[^\x00-\x7f]")
ASCII_PATTERNS: Final = tuple(p for p in PATTERNS if not _NON_ASCII.search(p[3].pattern))
_GATE_WORDS: Final = tuple(sorted({word for p in PATTERNS for word in p[2]}))
_ASCII_GATE_WORDS: Final = tuple(sorted({word for p in ASCII_PATTERNS for word in p[2]}))


def signals(text: str) -> dict[str, int]:
    """Signal code → strength for every pattern that matches ``text``."""
    ascii_only = text.isascii()
    # One pass of substring tests decides which patterns can match at all; most never run.
    present = {w for w in (_ASCII_GATE_WORDS if ascii_only else _GATE_WORDS) if w in text}
    found: dict[str, int] = {}
    if not present:
        return found
    for code, strength, gate, pattern in ASCII_PATTERNS if ascii_only else PATTERNS:
        if code in found or gate.isdisjoint(present):
            continue
        if pattern.search(text):
            found[code] = strength
    return found
