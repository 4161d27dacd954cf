"""Closed word classes of English shared by loaders and rules.

These are grammatical facts (function words), not examples from any benchmark.
"""
from __future__ import annotations

ARTICLES = frozenset("a an the".split())
DETERMINERS = frozenset(
    "this that these those every each either neither another such some any no "
    "my your his her its our their whose which what".split()
)
PREPOSITIONS = frozenset(
    "about above across after against along amid among around as at before behind below "
    "beneath beside besides between beyond by concerning despite down during except for "
    "from in inside into like near of off on onto out outside over per regarding since "
    "through throughout till to toward towards under underneath unlike until up upon "
    "versus via with within without".split()
)
CONJUNCTIONS = frozenset(
    "and but or nor yet so because although though whereas while if unless whether "
    "than that whilst once lest".split()
)
AUXILIARIES = frozenset(
    "am is are was were be been being have has had having do does did will would "
    "shall should can could may might must ought".split()
)
MODALS = frozenset("can could will would shall should may might must".split())
# Pronouns/words that cannot end a declarative sentence when they are its last word.
SUBJECT_PRONOUNS = frozenset("i we they he she".split())
# Every pronoun that can be a clause's subject ("you" and "it" can be objects too, so they may end a sentence).
SUBJECTS = SUBJECT_PRONOUNS | frozenset(("you", "it"))
# Question words, which open a question or an indirect one ("what to bring", "how you").
WH_WORDS = frozenset("how what why when where who which whose whom".split())
RELATIVES = frozenset("who whom which where when whose".split())
# A sentence cannot end on these words.
CANNOT_END = ARTICLES | DETERMINERS - {"that", "this", "these", "those", "which", "what", "some", "any", "each", "either", "neither", "another", "such"} \
    | PREPOSITIONS - {"in", "on", "out", "up", "down", "off", "over", "around", "about", "by", "along", "inside", "outside", "behind", "below", "above", "before", "after", "since", "through", "underneath", "beneath", "throughout", "near", "besides", "across", "within", "without"} \
    | CONJUNCTIONS - {"so", "yet", "once", "that", "though"} \
    | (AUXILIARIES - {"be", "been", "being", "do", "does", "did", "have", "has", "had", "is", "are", "was", "were", "am", "having"}) \
    | SUBJECT_PRONOUNS | frozenset({"who", "whom", "whose"}) \
    | frozenset({"according", "including"})  # relative pronouns (questions end with "?"); "according" needs "to"

FUNCTION_WORDS = ARTICLES | DETERMINERS | PREPOSITIONS | CONJUNCTIONS | AUXILIARIES | frozenset(
    "not it is be".split()
)

# Finite forms of "be" and "have".
FINITE_BE_HAVE = frozenset("is are was were has have had".split())

# Words a Title Case line leaves in lower case (articles, short prepositions, coordinating conjunctions);
# verbs, pronouns and adverbs are capitalised in a title.
TITLE_MINOR_WORDS = ARTICLES | frozenset(p for p in PREPOSITIONS if len(p) <= 4) | frozenset(
    "and but or nor for so yet as to vs v via per than".split()
)

# Abbreviations that end in a period inside a sentence.
ABBREVIATIONS = frozenset(
    "mr mrs ms dr prof sr jr st mt ft vs etc e.g i.e u.s u.k u.n a.m p.m inc ltd co corp "
    "jan feb mar apr jun jul aug sep sept oct nov dec no nos fig figs gen gov sen rep "
    "rev col lt sgt capt cmdr adm approx dept est al ave blvd rd univ vol pp ed eds".split()
)

# Forms of "be" and "get" that build a passive with a past participle.
PASSIVE_AUX = frozenset("am is are was were be been being get gets got gotten getting".split())

# Irregular past participles (the regular ones end in -ed).
IRREGULAR_PARTICIPLES = frozenset(
    "arisen awoken borne born beaten become begun bent bet bound bitten bled blown broken bred brought "
    "built burnt burst bought cast caught chosen clung come cost crept cut dealt dug done drawn dreamt "
    "driven drunk eaten fallen fed felt fought found fled flung flown forbidden forgotten forgiven frozen "
    "given gone ground grown hung heard hidden hit held hurt kept knelt known laid led leant left lent let "
    "lain lit lost made meant met paid proven put quit read rid ridden rung risen run said seen sought sold "
    "sent set sewn shaken shed shone shot shown shrunk shut sung sunk sat slain slept slid slung slit "
    "smelt sown spoken sped spent spilt spun spat split spoilt spread sprung stood stolen stuck stung "
    "stunk struck strung sworn swept swollen swum swung taken taught torn told thought thrown thrust "
    "trodden understood undertaken upset woken worn woven wept won wound withdrawn withheld written".split()
)

# -ed words after "be" that are adjectives, not passives ("is tired", "was interested").
ED_ADJECTIVES = frozenset(
    "advanced animated ashamed assured balanced based bored complicated concerned confused "
    "connected crowded dedicated detailed determined disappointed distinguished educated "
    "embarrassed excited experienced exposed fixed frightened gifted interested involved "
    "limited married necessary needed noted pleased prepared qualified related relaxed "
    "renowned satisfied scared skilled sophisticated supposed talented tired used worried "
    "armed aged beloved blessed cursed learned naked wicked rugged ragged sacred".split()
)

# Transition words and phrases (after Yoast's English list), lower case.
TRANSITION_WORDS = frozenset(
    "accordingly additionally afterward afterwards albeit also although altogether another "
    "basically because before besides but certainly chiefly comparatively concurrently consequently "
    "contrarily conversely correspondingly despite doubtedly during earlier especially eventually "
    "evidently explicitly finally firstly following formerly forthwith fourthly further furthermore "
    "generally hence henceforth however identically indeed initially instead lastly later lest "
    "likewise markedly meanwhile moreover nevertheless nonetheless nor notwithstanding obviously "
    "occasionally otherwise overall particularly presently previously rather regardless secondly "
    "shortly significantly similarly simultaneously since so soon specifically still subsequently "
    "surely surprisingly thereafter therefore thereupon thirdly though thus till too undeniably "
    "undoubtedly unless unlike unquestionably until when whenever whereas while".split()
)
TRANSITION_PHRASES = (
    "above all", "after all", "as a result", "as long as", "as soon as", "as well as", "at first",
    "at last", "at the same time", "because of", "by the way", "even if", "even though", "first of all",
    "for example", "for instance", "for this reason", "in addition", "in conclusion", "in contrast",
    "in fact", "in other words", "in particular", "in short", "in summary", "in the end",
    "in the meantime", "on the contrary", "on the other hand", "so that", "such as", "to begin with",
    "to sum up", "in spite of", "as a matter of fact", "to put it differently", "in the first place",
    "all in all", "due to", "as opposed to", "in the same way", "not only", "by contrast",
)

# Irregular verbs: (base, simple past, past participle).
IRREGULAR_VERBS = tuple(tuple(x.split("/")) for x in (
    "arise/arose/arisen awake/awoke/awoken be/was/been bear/bore/borne beat/beat/beaten become/became/become "
    "begin/began/begun bend/bent/bent bet/bet/bet bind/bound/bound bite/bit/bitten bleed/bled/bled blow/blew/blown "
    "break/broke/broken breed/bred/bred bring/brought/brought build/built/built burn/burnt/burnt buy/bought/bought "
    "catch/caught/caught choose/chose/chosen come/came/come cost/cost/cost creep/crept/crept cut/cut/cut "
    "deal/dealt/dealt dig/dug/dug do/did/done draw/drew/drawn drink/drank/drunk drive/drove/driven eat/ate/eaten "
    "fall/fell/fallen feed/fed/fed feel/felt/felt fight/fought/fought find/found/found flee/fled/fled fly/flew/flown "
    "forbid/forbade/forbidden forget/forgot/forgotten forgive/forgave/forgiven freeze/froze/frozen get/got/got "
    "give/gave/given go/went/gone grind/ground/ground grow/grew/grown hang/hung/hung have/had/had hear/heard/heard "
    "hide/hid/hidden hit/hit/hit hold/held/held hurt/hurt/hurt keep/kept/kept know/knew/known lay/laid/laid "
    "lead/led/led leave/left/left lend/lent/lent let/let/let lie/lay/lain lose/lost/lost make/made/made "
    "mean/meant/meant meet/met/met mistake/mistook/mistaken overcome/overcame/overcome pay/paid/paid put/put/put "
    "quit/quit/quit read/read/read ride/rode/ridden ring/rang/rung rise/rose/risen run/ran/run say/said/said "
    "see/saw/seen seek/sought/sought sell/sold/sold send/sent/sent set/set/set shake/shook/shaken shine/shone/shone "
    "shoot/shot/shot show/showed/shown shrink/shrank/shrunk shut/shut/shut sing/sang/sung sink/sank/sunk sit/sat/sat "
    "sleep/slept/slept slide/slid/slid speak/spoke/spoken spend/spent/spent spin/spun/spun split/split/split "
    "spread/spread/spread spring/sprang/sprung stand/stood/stood steal/stole/stolen stick/stuck/stuck "
    "sting/stung/stung strike/struck/struck swear/swore/sworn sweep/swept/swept swim/swam/swum swing/swung/swung "
    "take/took/taken teach/taught/taught tear/tore/torn tell/told/told think/thought/thought throw/threw/thrown "
    "undergo/underwent/undergone understand/understood/understood undertake/undertook/undertaken wake/woke/woken "
    "wear/wore/worn weave/wove/woven weep/wept/wept win/won/won wind/wound/wound withdraw/withdrew/withdrawn "
    "write/wrote/written".split()
))

# Frequent words whose -ing and -ed forms exist but which are rarely verbs after a pronoun.
NOT_VERBS = frozenset(
    "still even only just well back home down up out over off near right left light fine open close clear "
    "free dry empty bare better best round second last mean head face need".split()
)


# Common English given names: a line that ends on one after a lower-case word or a title ("The Wild lost
# defenseman Matt", "US Trade Representative Robert") was cut inside a person's name.
GIVEN_NAMES = frozenset((
    "Aaron Adam Adrian Alan Albert Alex Alexander Alexandra Alice Alicia Allison Amanda Amber Amy Andrea Andrew "
    "Angela Anna Anne Anthony Antonio Ashley Austin Barbara Ben Benjamin Beth Betty Bill Billy Bob Bobby Brad "
    "Bradley Brandon Brenda Brett Brian Bruce Bryan Caleb Carl Carlos Carol Caroline Catherine Charles Charlie "
    "Chris Christian Christina Christine Christopher Cindy Claire Craig Cynthia Dan Daniel Danny Dave David "
    "Deborah Debra Dennis Derek Diana Diane Donald Donna Doug Douglas Dylan Ed Edward Elizabeth Ellen Emily Emma "
    "Eric Erica Erin Ethan Eugene Frank Fred Gary George Gerald Gloria Grace Greg Gregory Hannah Harold Harry "
    "Heather Helen Henry Holly Ian Isaac Jack Jacob Jake James Jamie Jane Janet Jared Jason Jeff Jeffrey Jennifer "
    "Jenny Jeremy Jerry Jessica Jill Jim Jimmy Joan Joe Joel John Johnny Jon Jonathan Jordan Jose Joseph Josh "
    "Joshua Joyce Juan Judith Judy Julia Julie Justin Karen Kate Katherine Kathleen Kathy Katie Keith Kelly Ken "
    "Kenneth Kevin Kim Kimberly Kyle Larry Laura Lauren Lee Linda Lisa Logan Lori Louis Luke Malcolm Marc "
    "Margaret Maria Marie Marilyn Mark Martha Martin Mary Matt Matthew Megan Melissa Michael Michelle Mike Nancy "
    "Nathan Neil Nicholas Nick Nicole Noah Olivia Pamela Patricia Patrick Paul Peter Phil Philip Rachel Ralph "
    "Randy Raymond Rebecca Richard Rick Rob Robert Roger Ron Ronald Rose Russell Ruth Ryan Sam Samantha Samuel "
    "Sandra Sara Sarah Scott Sean Sharon Shawn Stephanie Stephen Steve Steven Susan Teresa Terry Thomas Tim "
    "Timothy Todd Tom Tony Tyler Victoria Vincent Walter Wayne William Zachary"
).split())
NAME_TITLES = frozenset("Mr Mrs Ms Dr Sen Senator Rep Representative President Gov Governor Secretary Minister Judge "
                        "Coach Officer Detective Sgt Lt Capt Gen Prof Professor Rev Father Sister".split())
