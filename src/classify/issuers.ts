/**
 * Issuers: which government gives the advice. Works on the country mentions of one sentence and
 * gives each a role: the issuing government (agency, embassy, "<Country> urged", "by <list>"),
 * the addressees that reveal it ("American citizens", "Britons"), a place (the advice's subject
 * candidates), or an excluded place (origins, neighbours, transit routes, destinations).
 */
import type { Mention } from './gazetteer.js';

/** The name sits in a relative clause opened since the last comma (", which still refers to the country as "). */
const RELATIVE_CLAUSE_BEFORE_RE = /,\s*(?:which|who|whose|lequel|laquelle|qui|welche[rs]?|che|il quale|la quale)\b[^,;:]*$/;

/** A French or Italian noun of land right before a demonym adjective: "territoire (sud-soudanais)", "suolo (maliano)", also
 * with one adjective between: "les régions séparatistes (géorgiennes)". */
const LAND_BEFORE_DEMONYM_RE =
  /\b(?:territoires?|sol|pays|capitale|fronti[eè]res?|r[ée]gions?|provinces?|zones?|territorio|suolo|paese|confine|regioni?)\s+(?:(?!(?:des|de|du|les|la|le|dei|delle|degli|di|where|which|that|with|whose|while|under|there|these|those|including|such|like|near|along|and|or|for|from|et|ou|ed|dove)\s)[a-zà-ÿ-]{4,}\s+)?$/;

/** A French or Italian noun of armed force, authority or attack before a plural demonym adjective ("troupes russes", "forze
 * russe", "frappes israéliennes"): the country's own forces, no citizens addressed. */
const ACTOR_BEFORE_DEMONYM_RE =
  /\b(?:troupes|forces|soldats|militaires|arm[ée]es|autorit[ée]s|frappes|attaques|bombardements|milices|rebelles|m[ée]dias|dirigeants|responsables|truppe|forze|soldati|militari|autorit[àa]|attacchi|raid|bombardamenti|milizie|ribelli|media|dirigenti)\s+$/;

/** Before a demonym: a hostile act whose agent it is ("the unprovoked attack by", 'a "potential significant air attack" by'). */
const HOSTILE_ACT_BY_BEFORE_RE =
  /\b(?:attacks?|assaults?|harassment|aggression|invasion|strikes?|shelling|bombing|bombardment|detentions?|arrests?|threats?|violence|intimidation|persecution|abuses?|raids?|killings?|surveillance)["'\u201d\u2019\u00bb]?\s+(?:\S+\s+){0,4}?by\s+(?:the\s+)?$/;

/** Before a demonym and its armed act: a threat or a fear of it ("the continued threat of", "worries of a"). */
const THREAT_OF_BEFORE_RE = /\b(?:threats?|risks?|fears?|worries|concerns?|danger|prospects?|possibility|spectre|specter|menace)\s+of\s+(?:[a-z-]+\s+){0,3}$/;
/** After a government, a German relative clause whose verb (last) is a call on its citizens: ", die ihre Staatsbürger dazu
 * aufriefen", ", der seine Bürger zur Ausreise aufforderte" (the main clause's participle may come between: "den Niederlanden
 * angeschlossen, die …"). */
const DE_RELATIVE_CALL_AFTER_RE =
  /^(?:\s+(?:ge\w+|\w+(?:t|en)))?\s*,\s*(?:die|der)\s+(?:ihre|seine|ihren|seinen)\s+(?:\S+\s+){0,2}?(?:staatsb[üu]rger\w*|b[üu]rger\w*|landsleute\w*|staatsangeh[öo]rige\w*)\b[^.;]{0,100}?\b(?:aufriefen|aufrief|aufrufen|aufruft|aufforderten|aufforderte|auffordern|auffordert|rieten|riet|raten|r[äa]t|warnten|warnte|empfahlen|empfahl|empfehlen|empfiehlt|dr[äa]ngten|dr[äa]ngte)\b/;

/** A cause told before an armed actor: "due to reports of a ", "amid ", "wegen fortgesetzter Berichte vom Aufstocken der ". */
const CAUSE_BEFORE_RE = /\b(?:due to|because of|amid|amidst|owing to|in view of|in light of|in response to|wegen|aufgrund|angesichts|infolge|a causa|in seguito a|en raison|face [àa]|suite [àa])\b[^.;]{0,80}$/;
/** After a demonym: an armed act ("invasion", "military action", "strikes"). */
const ARMED_ACT_AFTER_RE = /^\s*(?:military\s+|armed\s+|air\s+|ground\s+)?(?:action|invasion|attacks?|aggression|strikes?|offensive|incursions?|escalation|operations?)\b/;
/** After a country's name: its armed act against another ("invading Ukraine", "'s invasion of", "launched strikes on"). */
const HOSTILE_ACT_AFTER_NAME_RE =
  /^(?:['\u2019]s\s+(?:(?:full-scale|ongoing|unprovoked|illegal|military|brutal|continued)\s+)*(?:invasion|attacks?|bombing|shelling|aggression|war)\s+(?:of|on|against)\b|\s+(?:invad(?:ing|ed|es)|attack(?:ing|ed|s)|bomb(?:ing|ed|s)|shell(?:ing|ed|s)|annex(?:ing|ed|es))\s+(?!(?:the\s+)?(?:country|nation)\b)[A-Za-z]|\s+(?:launch(?:ed|es|ing)?|carr(?:ied|ies|ying) out)\s+(?:an?\s+|new\s+|further\s+)?(?:\w+\s+)?(?:attacks?|strikes?|air ?strikes?|invasion|offensive)\s+(?:on|against|in)\b)/;
/** After a demonym: its armed forces' acts ("military action", "forces' offensive"), not its government's advice; so is a
 * country's own military seizing power ("Myanmar's military seized power"). */
const MILITARY_ACT_AFTER_RE =
  /^\s*(?:militar(?:prasenz|aufmarsch|einsatz|operation\w*|aktion\w*|angriff\w*|offensive)|truppen(?:aufmarsch|prasenz)|streitkrafte)\b|^\s*(?:military|armed forces|forces)(?:'|'s)?\s+(?:action|actions|operations?|strikes?|air ?strikes?|offensives?|invasion|aggression|escalation|threats?|build-?up|activity|activities|attacks?|campaigns?|presence|incursions?|exercises?|advances?|shelling|bombardment)\b|^\s*(?:military|army|armed forces|junta)\s+(?:(?:has|have|had)\s+)?(?:seized|seize[sd]?|took|taken|takes|staged|stages|ousted|overthrew|overthrown|toppled|detained|arrested|cracked|killed|opened fire|fired)\b/;

/** After an agency: its war ("'s ongoing invasion"), not its advice. (Not its troops or aircraft: a defence ministry's
 * forces may be what evacuates.) */
const WAR_AFTER_RE =
  /^(?:['\u2019]s)?\s+(?:[\w-]+\s+)?(?:invasion|war|offensive|aggression|attacks?|air ?strikes|missiles|bombing|shelling|annexation|mobili[sz]ation)\b/;

/** After a name: a comma and a participle clause ("…, successfully airlifting", "…, prompting"). */
const PARTICIPLE_AFTER_COMMA_RE = /^\s*,\s*(?:\w+ly\s+)?[a-z]+ing\b/;

export type Role = 'issuer' | 'addressee' | 'place' | 'excluded';

export interface RoledMention extends Mention {
  role: Role;
  /** A place that is the location of an issuer's embassy ("the U.S. Embassy in Bamako"). */
  embassyLocation?: boolean;
  /** An explicitly locative place ("in Mali", "citizens in Mali", "Mali's capital"). */
  locative?: boolean;
  /** A government compared at a clause's end that did the same ("…, as did Switzerland", "…, after the United States and
 * Britain"): it shares the subject's acts. */
  asDid?: boolean;
}

/** A count before a demonym makes it people ("160 Niederländer", "mehrere Schweizer", "hundreds of Dutch"): its plural may end
 * in no "s". (Not "several" or "some": "several French companies" are companies.) */
const COUNTED_PEOPLE_BEFORE_RE =
  /(?:\b\d[\d.,]*|\b(?:hundert|tausend|dutzende|mehrere|einige|viele|zahlreiche|weitere|dozens of|hundreds of|thousands of|centaines de|milliers de|dizaines de|decine di|centinaia di|migliaia di))\s+$/;
/** After a headline's subject, its infinitive for the future ("US to evacuate", "Britain to close"). */
const HEADLINE_INFINITIVE_AFTER_RE =
  /^\s+to\s+(?:evacuat|clos|shut|suspend|withdraw|pull|urg|advis|order|airlift|send|charter|lift|rais|lower|reopen|relocat|fly|repatriat)\w*/;
/** A sentence that opens on a comparison, up to the name: "Wie die ", "Like ", "Comme l'", "Come la ", "Just like the ". */
const LIKE_OPENING_BEFORE_RE = /^\W*(?:(?:just|much)\s+)?(?:like|wie|ebenso wie|genau wie|comme|tout comme|come|cos[iì] come|al pari del(?:la|lo|l')?)\s+(?:the\s+|die\s+|der\s+|das\s+|la\s+|le\s+|l'|les\s+|il\s+|lo\s+|gli\s+)?$/;
/** After the compared name, the subject doing the same ("…, France also", "kündigte auch", "a aussi", "ha anche"). */
const ALSO_AFTER_RE = /\b(?:also|too|as well|auch|ebenfalls|aussi|[ée]galement|anche|pure)\b/;
/** A government compared at a clause's end does what the subject did: "…, as did Switzerland.", "(as has #Canada)", "…, comme
 * l'a fait la Suisse", "…, come ha fatto la Svizzera" (nothing but a time follows it). */
const AS_DID_BEFORE_RE = /(?:,|\(|\u2014|\u2013)\s*(?:as\s+(?:(?:also|too)\s+)?(?:did|has|have|had|does|do)|comme\s+l'(?:a|ont|avait|avaient)\s+fait|ainsi\s+que|come\s+(?:ha|hanno|aveva|avevano)\s+fatto)\s+(?:also\s+)?(?:the\s+|la\s+|le\s+|l'|les\s+|il\s+|lo\s+|gli\s+)?#?$/;
const AS_DID_END_AFTER_RE = /^\s*(?:(?:on|in|last|earlier|later|the day before|la veille|hier|ieri)\b[^,.;()]{0,25})?\s*(?:[).;!,\u2014\u2013]|$)/;
/** After a name: its possessive advice ("'s travel advisory", "'s travel advice level"). */
const POSSESSIVE_ADVICE_AFTER_RE = /^['\u2019]s\s+(?:travel\s+)?(?:advice|advisory|warning|alert|advisory level|travel advice level|risk level|level)\b/;
/** Before a name: a verb that changes advice, right before it ("raised", "has lowered", "downgraded"). */
const CHANGE_VERB_BEFORE_RE = /\b(?:rais(?:ed|es|ing)|lower(?:ed|s|ing)|upgrad(?:ed|es|ing)|downgrad(?:ed|es|ing)|elevat(?:ed|es|ing)|updat(?:ed|es|ing)|chang(?:ed|es|ing)|revis(?:ed|es|ing)|reissu(?:ed|es|ing)|amend(?:ed|s|ing)|(?:kept|keeps|keeping|maintained|maintains))\s+$/;
/** After a name or demonym: an institution of its government (embassy, ministry, forces, …), its advice after a possessive
 * ("Canada's advice"), or a hyphen that marks transport as its own ("a Canadian-assisted flight"): the government acts. */
const INSTITUTION_AFTER_RE =
  /^(?:'s?|s'|')?\s*(?:own\s+|new\s+|federal\s+)?(?:(?<=^(?:'s|s'|')\s*)(?:advice|warning|recommendations?)\b|-(?:assisted|chartered|organi[sz]ed)\b|embass(?:y|ies)|consulates?(?:[- ]general)?|high commission|diplomatic (?:mission|missions|staff|post)s?|missions?\b|direct[- ]hire\b|government|governments|foreign (?:ministry|office|minister|secretary|affairs (?:ministry|minister|department|office))|ministry|ministers?|state department|department of state|department of foreign affairs|authorities|officials|administration|prime minister|president|chancellor|cabinet|ambassador|crisis (?:unit|centre|center|cell)|travel (?:advice|advisory|advisories|warning|warnings|alert)|advisory|advisories|foreign service|consular|national security council|military|armed forces|army|air force|navy|defen[cs]e (?:force|forces|ministry|department)|troops|forces|police|junta|regime|security forces|nationals|citizens|botschaft|generalkonsulat|konsulat|regierung|bundesregierung|au(?:ss|\u00df)enministerium|ministerium)\b/;

/** Before a demonym: a domestic measure and its passive agent ("the curfew announced by the", "a state of emergency declared by"),
 * or the local authorities whose instructions travellers are told to follow ("follow the advice of Philippine authorities"). */
const DOMESTIC_MEASURE_BY_RE =
  /\b(?:curfews?|state of (?:emergency|siege)|lockdowns?|restrictions|bans?|closures?|evacuation orders?|martial law|ausgangssperren?|couvre-feux?|coprifuoco)\s+(?:\S+\s+){0,3}?(?:announced|imposed|declared|introduced|enforced|extended|ordered|decreed|put in place)\s+(?:\S+\s+){0,4}?by\s+(?:the\s+)?$|\b(?:follow|following|heed|heeding|obey|obeying|comply with|complying with|respect|respecting)\s+(?:the\s+)?(?:advice|instructions?|directions?|directives?|guidance|orders?|recommendations?)\s+(?:of|from|issued by|given by)\s+(?:the\s+)?(?:local\s+)?$/;

const INSTITUTION_BEFORE_RE =
  /\b(?:embass(?:y|ies)|consulates?(?:[- ]general)?|high commissions?|governments?|ministry|ministries|ministers?|missions?|those|ambassade|ambassades|gouvernement|minist[èe]re|botschaft|regierung|regierungen|ambasciata|ambasciate|governo|governi|ministero|autorit[ée]s|autorit[àa]|beh[öo]rden|konsulat|konsularagentur|generalkonsulat|consulat|agence consulaire|consular agency|consolato|agenzia consolare)\s+(?:of|for|de|du|des|d'|der|des|della|dell'|degli|del|di)(?:\s+|(?<='))(?:the\s+|la\s+|l'|le\s+|les\s+)?$/;
/** A foreign ministry named with its portfolio before its country's name: "the Ministry of Foreign Affairs (and European
 * Integration) of the Republic of Moldova", "le ministère des Affaires étrangères du Sénégal", "il Ministero degli Esteri della
 * Repubblica di Moldova". */
const FOREIGN_MINISTRY_OF_BEFORE_RE =
  /\b(?:ministry|minister|minist[èe]re|ministre|ministero|ministro)\s+(?:(?:of|for)\s+(?:foreign|external)\s+affairs(?:\s+and\s+[a-z]+(?:\s+[a-z]+){0,2}?)?|des\s+affaires\s+[ée]trang[eè]res(?:\s+et\s+de\s+l'[a-z]+(?:\s+[a-z]+){0,2}?)?|degli\s+(?:affari\s+)?esteri(?:\s+e\s+dell'[a-z]+(?:\s+[a-z]+){0,2}?)?)\s+(?:of|du|de|des|d'|della|dell'|del|di)\s+(?:the\s+|la\s+|l'|le\s+)?(?:(?:republic|kingdom|state|r[ée]publique|royaume|repubblica|regno)\s+(?:of|de|du|d'|di|del|della)\s+(?:the\s+)?)?$/;

/** A German institution before its government's name in the genitive, with no article: "die Regierungen Finnlands", "das Außenministerium Kanadas". */
const DE_INSTITUTION_GENITIVE_BEFORE_RE = /\b(?:regierung(?:en)?|au(?:ss|\u00df)enministeri(?:um|en)|au(?:ss|\u00df)enminister(?:in)?|botschaft(?:en)?|beh[öo]rden|staatsf[üu]hrung)\s+$/;

/** Between a government and a place: its embassy's seat ("Vietnamese| Embassy in |Egypt", "U.S.| Embassy in the |Gambia"). */
const EMBASSY_OF_ISSUER_RE = /^(?:'s)?\s+(?:embass(?:y|ies)|consulates?|missions?)\s+(?:in|at|to)\s+(?:the\s+)?$/;

/** After a name used as an adjective, the plural institution noun a demonym before it shares: "(French and) U.S. officials". */
const SHARED_INSTITUTION_AFTER_RE = /^\.?\s*(?:officials|troops|forces|soldiers|diplomats|embassies|authorities|governments|military|marines|paratroopers|aircraft|planes|helicopters|warships)\b/;

/** A bare "embassy" (or consulate) right after a name: "Haiti embassy staff". */
const EMBASSY_NOUN_AFTER_RE = /^\s*(?:embass(?:y|ies)|consulates?(?:[- ]general)?)\b/;

/** Before a name (or a list it ends): a causative verb whose object acts next ("prompted the United States, France, "). */
const CAUSATIVE_BEFORE_RE = /\b(?:prompt(?:ed|s|ing)?|le(?:d|ads|ading)|forc(?:ed|es|ing)|push(?:ed|es|ing)|spurr?(?:ed|s|ing)?|caus(?:ed|es|ing)|compell?(?:ed|s|ing)?|persuad(?:ed|es|ing)|conduit|pousse|amene|incite|contraint|oblige|spinto|indotto|costretto)\s+(?:the\s+|les\s+|l'|la\s+|le\s+|gli\s+|i\s+)?(?:[^.;:]{0,80}?,\s*(?:and\s+|et\s+|e\s+|(?:dont|including|notamment|tels que|comme|tra cui|fra cui)\s+)?(?:the\s+|les\s+|l'|la\s+|le\s+|gli\s+|i\s+)?)?$/;
/** After a name (or the rest of its list): "to" and an act of advice or departure ("… and other countries to urge"). */
const CAUSED_ACT_AFTER_RE = /^[^.;:]{0,80}?(?:\b(?:a|ad)\s+(?:evacuer|rapatrier|fermer|appeler|demander|recommander|conseiller|exhorter|suspendre|retirer|evacuare|rimpatriare|chiudere|invitare|sconsigliare|ritirare)\b|\bto\s+(?:urge|advise|tell|ask|call\s+on|order|authori[sz]e|evacuate|close|shut|suspend|issue|raise|elevate|upgrade|lower|downgrade|update|revise|reissue|step\s+up|tighten|strengthen|warn|recommend|pull|withdraw|relocate|airlift|repatriate|fly)\b)/;

/** A preposition right before a name: what follows is an object, not the one acting. */
const OBJECT_PREP_BEFORE_RE = /\b(?:for|at|from|of|in|to|(?:evacuat|clos|shut|reopen|suspend|relocat)\w*)\s+(?:the\s+|its\s+|their\s+)?$/;

const ISSUER_VERB_AFTER_RE =
  /^(?:'s\s+\w+\s+)?\s*(?:\([^()]{1,15}\)\s*|\)\s*)?(?:,(?!\s*[«"\u201c\u00ab])(?!\s*(?:and|or|et|ou|und|oder|e|ed|o)\s)(?:[^,]|\d,\d{3}){0,130},\s*)?(?:(?:(?:are|were|is|was)\s+(?:among|one\s+of)\s+(?:the\s+)?(?:\w+\s+){0,2}?(?:countries|nations|governments)(?:\s+(?:that|which|to))?|(?:became|becomes|(?:has|have)\s+become|is|was)\s+the\s+(?:latest|newest|first|second|third|last)\s+(?:\w+\s+)?(?:country|nation|government)\s+to|(?:and|as well as|along with|together with|ainsi que|et|e|und|sowie)\s+(?:d'|les\s+|gli\s+|die\s+)?(?:other|several|some|many|autres|altri|andere)\s+(?:[\w-]+\s+)?(?:countries|nations|governments|pays|gouvernements|paesi|governi|l[äa]nder|staaten|regierungen)(?:\s+(?:europ[ée]\w*|occidenta\w*|alli[ée]s|alleati))?|\w+ly|has|have|had|will|would|shall|is to|are to|is set to|are set to|is going to|are going to|is about to|are about to|is due to|plans to|plan to|(?:has|have|had)\s+no\s+(?:immediate\s+|current\s+)?(?:plans?|intention)\s+to|(?:is|are|was|were)\s+not\s+(?:planning|intending|going)\s+to|not|ne|non|did not|does not|has not|have not|also|too|all|both|a|ont|avait|avaient|[ée]galement|aussi|d[ée]j[àa]|ha|hanno|aveva|avevano|anche|gi[àa]|each|jointly|collectively|on\s+\w+|this week|last week|this (?:morning|afternoon|evening)|today|yesterday|oggi|ieri|domani|intanto|aujourd'hui|hier|demain|heute|gestern|morgen|inzwischen|mittlerweile|earlier|separately|now|again|already|further|quickly|meanwhile|on its part|for its part|itself|itself also|subsequently|since|later|last|first|once|still|then|likewise|similarly|continues to|continued to|continue to|will continue to|(?:has |have |had )?(?:decided|decides|decide|agreed|chose|chosen|opted|moved)(?:\s+(?:on\s+\w+|today|yesterday))? to|(?:has |have |had )?(?:no (?:other )?(?:choice|option|alternative) but|been forced|been compelled|been obliged) to|(?:was|were) (?:forced|compelled|obliged) to|(?:has|have|had) to|(?:(?:is|are|was|were)\s+(?:racing|scrambling|rushing|hurrying|working)|raced|scrambled|rushed|hurried)(?:\s+against\s+(?:the\s+)?(?:time|clock))?\s+to|(?:has|have|had)\s+(?:all\s+)?been\s+involved\s+in\s+(?:the\s+)?efforts?\s+to|,|(?<=,\s*)(?:which|who|che|qui|welche))\s+)*(?:"\s*)?(?!(?:advisor(?:y|ies)|evacuations?|evaku(?:ierung|ation)\w*|repatriations?|relocations?|withdrawals?|closures?|shutdowns?|announcements?|recommendations?|organi[sz]ations?|warnings?|update|issue|charter|airlift|suspensions?|arrangements?)\b)(?:urg\w*|advis\w*|told|tells?|call(?:ed|s)? (?:on|for)|warn\w*|order\w*|authori[sz]\w*|issu\w*|rais\w*|lower\w*|upgrad\w*|elevat\w*|downgrad\w*|relax(?:ed|es|ing)\b|soften(?:ed|s|ing)\b|loosen(?:ed|s|ing)\b|evacuat\w*|(?:is|are|was|were) (?:evacuating|ordering|authori[sz]ing|urging|telling|advising|calling on|withdrawing|pulling|suspending|closing|shutting|relocating|recommending|asking|sending|repatriating|airlifting|organi[sz]ing|chartering|facilitating|warning)|(?:made|makes?|making|took|takes?|taken|taking)(?=\s+(?:(?:a\s+|the\s+)?(?:similar|same|such|comparable|identical|parallel)\b|(?:the|this|that)\s+(?:move|step)\b))|began|begun|begin\w*|start\w*|(?:(?:launch|mount|conduct|perform|complet|finish|conclud|initiat)\w*|carr(?:ied|ies|y|ying) out)(?=\s+(?:an?\s+|its\s+|their\s+|the\s+)?(?:\S+\s+){0,2}?(?:evacuations?|operations?|rescue|airlifts?|missions?|repatriations?|flights?)\b)|clos\w*|suspend\w*|halted|ceased|reopen\w*|re-open\w*|resum\w*|recommend\w*|ask\w*|instruct\w*|announc\w*|updat\w*|mov\w*|relocat\w*|withdr\w*|pull\w*|sent|send\w*|charter\w*|organi[sz]\w*|arrang\w*|facilitat\w*|said|says|stated|encourag\w*|discourag\w*|amended|adjusted|reissued|re-issued|renewed|published|follow(?:ed|s)? suit|did the same|joined|echoed|si (?:è|e|era|sono|erano) aggiunt\w*|si aggiung\w*|s'est (?:jointe?|ajout[ée]e?)|(?:a|ont) rejoint|rejoignent|rejoint|se joint|s'ajoute|repatriat\w*|flew|flown|flies|fl(?:iegt|iegen|og|ogen)\b|(?:brachte|brachten|bringt|holte|holten|holt)\b|airlift\w*|lift(?:s|ed|ing)?\b|shut\w*|seal(?:s|ed|ing)\b|tighten(?:s|ed)|eases|eased|changes|changed|revises|revised|reiterated|reaffirmed|reaffirms|confirmed|issued|placed|(?:(?:is|are|was|were|has\s+been|have\s+been)\s+)?(?:carr(?:y|ies|ied|ying)\s+out|conduct(?:s|ed|ing)?)|(?:responded|reacted|responds|reacts)(?=\s+(?:\S+\s+){0,3}?by\s+\w+ing\b)|(?:ended|ends|concluded|concludes|wrapped up|wound down|halted|halts)(?=\s+(?:\S+\s+){0,3}?(?:evacuat|airlift|repatriat|rescue|flights?\b))|(?:(?<=\b(?:has|have|had)\s+)(?:given|assigned)|gave|gives|giving|assigns|assigning)(?=\s+(?:\S+\s+){0,4}?['\u2018\u201c"]?(?:level|advisory|travel advice|travel warning|rating)\b)|dispatched|kept|keeps?|extended|extends|(?:impos\w*|extend)(?=\s+(?:\S+\s+){0,3}?(?:travel|bans?|advisory|advisories|alert|level|warning)\b)|maintain\w*|retain\w*|maintient|maintenu\w*|mantien\w*|mantenut\w*|beh[äa]lt|behielt|(?:a|avait|aurait)\s+(?:(?:pour (?:sa|leur) part|quant [àa] (?:lui|elle|eux|elles)|de (?:son|leur) c[ôo]t[ée]|dans le m[êe]me temps|en m[êe]me temps|par ailleurs|(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)(?: soir| matin)?|[ée]galement|aussi|(?:eux|elles?|lui)\s+(?:aussi|[ée]galement|de m[êe]me)|d[ée]j[àa]|donc|alors|ainsi|enfin|la veille|hier|[\w-]+ment),?\s+)*(?:["\u201c\u00ab]\s*)?(?:annonc\w*|indiqu[ée]\w*|d[ée]clar[ée]\w*|confirm[ée]\w*|adress[ée]\w*|pris\s+(?:(?:des|les|de|toutes\s+les|la)\s+)?(?:\w+\s+)?(?:mesures|dispositions|d[ée]cision)\b|proc[ée]d[ée]\w*|commenc[ée]\w*|organis[ée]\w*|lanc[ée]\w*|entam[ée]\w*|affr[ée]t[ée]\w*|d[ée]cid\w*|appel\w*|demand\w*|recommand\w*|conseill\w*|invit\w*|exhort\w*|enjoint|enjoin\w*|ferm\w*|[ée]vacu\w*|rapatri\w*|d[ée]plac[ée]\w*|relev\w*|abaiss\w*|rehauss\w*|class[ée]\w*|plac[ée]\w*|suspendu|retir[ée]\w*|autoris[ée]\w*|ordonn[ée]\w*)|(?:ont|avaient|auraient)\s+(?:(?:pour (?:sa|leur) part|quant [àa] (?:lui|elle|eux|elles)|de (?:son|leur) c[ôo]t[ée]|dans le m[êe]me temps|en m[êe]me temps|par ailleurs|(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)(?: soir| matin)?|[ée]galement|aussi|(?:eux|elles?|lui)\s+(?:aussi|[ée]galement|de m[êe]me)|d[ée]j[àa]|donc|alors|ainsi|enfin|la veille|hier|[\w-]+ment),?\s+)*(?:["\u201c\u00ab]\s*)?(?:annonc\w*|indiqu[ée]\w*|d[ée]clar[ée]\w*|confirm[ée]\w*|adress[ée]\w*|pris\s+(?:(?:des|les|de|toutes\s+les|la)\s+)?(?:\w+\s+)?(?:mesures|dispositions|d[ée]cision)\b|proc[ée]d[ée]\w*|commenc[ée]\w*|organis[ée]\w*|lanc[ée]\w*|entam[ée]\w*|affr[ée]t[ée]\w*|d[ée]cid\w*|appel\w*|demand\w*|recommand\w*|invit\w*|conseill\w*|exhort\w*|enjoint|enjoin\w*|ferm[ée]\w*|[ée]vacu\w*|rapatri\w*|d[ée]plac[ée]\w*|relev[ée]\w*|abaiss[ée]\w*|rehauss[ée]\w*|class[ée]\w*|plac[ée]\w*|suspendu|retir[ée]\w*|autoris[ée]\w*|ordonn[ée]\w*|interdit)|classent\b|(?:hat|haben)(?!\s+(?:die|eine|den)\s+(?:\S+\s+)?(?:\w*warnstufe|stufe|risikostufe|sicherheitsstufe)\b)|forder\w*|(?:er)?mahn\w*|rief(?:en)?\b|ruft\b|rufen\b|dr[äa]ngt\w*|dr[äa]ngen\b|r[äa]t|riet|warnt|warnen\b|empfiehlt|empfehlen\b|empfahl|evakuier\w*|(?:schickte[n]?|schickt|entsandte[n]?|entsendet)\b(?=\s+(?:\S+\s+){0,3}?(?:\w*flugzeug\w*|\w*maschinen?|sonderfl\w*|transporter\w*|schiff\w*|fregatt\w*|busse)\b)|leitete[nt]?\b|startete[nt]?\b|begann(?:en)?\b|ordne(?:t|te|ten|n)\b|drew down|drawn down|draws down|drawing down|reduc(?:ed|es|ing)\b|ordin(?:a|ano|ato|ava|avano|ò)\b|sprach|spricht|erlie(?:ß|ss)|erl[äa]sst|verh[äa]ngte?|versch[äa]rfte?|hob|hebt|chiud\w*|schlie(?:ß|ss)t|ferme\b|ferment\b|se prononc\w*|d[ée]conseill\w*|maint(?:ien|enu|enir)\w*|mantien\w*|mantenut\w*|recommand\w*|autoris\w*|ordonn\w*|conseill\w*|appell?e\w*|demand\w*|exhort\w*|rel[eè]v\w*|[ée]tend(?:u|ent|ait|aient)?\b|[ée]largi\w*|interdi(?:t|sent|sait|saient)\b|rapatri\w*|[ée]vacu\w*|ha |hanno |aveva |avevano |invita\w*|esorta\w*|raccomanda\w*|sconsiglia\w*|(?:in)?alza(?:no)?\b|abbassa(?:no)?\b)/;

/** Before a government named as a contrast: "unlike", "contrairement à" (matched accent-folded), "a differenza di", "im Gegensatz zu", "anders als". */
const CONTRAST_BEFORE_RE =
  /\b(?:unlike|contrary to|contrairement (?:a|au|aux)|a la difference d[eu']?|a differenza d\w*|diversamente d\w*|im gegensatz zu\w*|anders als)\s*(?:the\s+|l'|la\s+|le\s+|les\s+|den\s+|dem\s+|der\s+|gli\s+|il\s+|lo\s+)?$/;

/** The sides of a relation before a name: "between ", "between Russia and ", "tra Israele e ", "zwischen den USA und "
 * (not Italian "tra cui", "among them", nor French "entre autres"). */
const BETWEEN_BEFORE_RE =
  /\b(?:between|entre(?!\s+autres\b)|zwischen|(?:tra|fra)(?!\s+(?:cui|gli altri|le altre|questi|queste|i quali|le quali)\b))\s+(?:the\s+|la\s+|le\s+|l'|les\s+|den\s+|dem\s+|der\s+|gli\s+|il\s+)?(?:[\p{L}.'-]+\s+){0,3}?(?:(?:and|et|und|e|ed)\s+(?:the\s+|la\s+|le\s+|l'|les\s+|den\s+|dem\s+|der\s+|gli\s+|il\s+)?)?$/u;

const PASSIVE_BY_BEFORE_RE =
  /\b(?:decision|move|announcement|appeal|call)\s+(?:\S+\s+){0,2}?by\s+(?:the\s+)?$|\b(?:issued|announced|echoed|given|made|followed|advised|ordered|authori[sz]ed|imposed|decided|raised|lowered|updated|released|put out|sent|recommended|organi[sz]ed|chartered|arranged|evacuated|urged|joined)\s+(?:\S+\s+){0,5}?by\s+(?:the\s+)?$|\b(?:similar|such|same|comparable|parallel)\s+(?:\S+\s+){0,3}?(?:from|by)\s+(?:the\s+)?$|\b(?:rilasciat[aeio]|emess[aeio]|diffus[aeio]|pubblicat[aeio]|adottat[aeio]|lanciat[aeio]|annunciat[aeio]|decis[aeio]|pres[aeio])\s+(?:\S+\s+){0,4}?da\s+(?:(?:\S+\s+){0,3}?(?:come|quali|tra cui)\s+)?(?:la\s+|il\s+|l'|gli\s+|i\s+|le\s+)?$|\b(?:[ée]mis(?:es)?|publi[ée]e?s?|lanc[ée]e?s?|annonc[ée]e?s?|pris(?:es)?|adopt[ée]e?s?|prononc[ée]e?s?)\s+(?:\S+\s+){0,4}?par\s+(?:(?:\S+\s+){0,3}?(?:comme|dont|tels? que|telles? que)\s+)?(?:la\s+|le\s+|l'|les\s+)?$|\b(?:[äa]hnliche\w*|gleiche\w*|entsprechende\w*)\s+(?:\S+\s+){0,3}?(?:wurden|wurde|sind|ist|hatten|hat|haben)\s+(?:\S+\s+){0,2}?(?:von|durch)\s+(?:(?:\S+\s+){0,3}?wie\s+)?(?:der\s+|den\s+|dem\s+)?$/;

/** The government an advice comes from: "an elevated advisory level from Canada", "a travel warning from Britain". */
const ADVICE_FROM_BEFORE_RE = /\b(?:advisory|advisories|advice|warnings?|alerts?|level|rating|notice|guidance)\s+(?:(?:issued|published)\s+)?from\s+(?:the\s+)?$/;
/** A government as the genitive of an appeal or an invitation (fr/it/de): "l'appello degli Stati Uniti", "l'appel des États-Unis", "der Aufruf der USA". */
const APPEAL_OF_BEFORE_RE = /\b(?:appell[oi]|invit[oi]|esortazion[ei]|appels?|invitations?|aufrufe?s?|aufforderung(?:en)?)\s+(?:(?:lanciat[oi]|rivolt[oi]|lanc[ée]s?|adress[ée]s?)\s+)?(?:degli|dei|della|del|dell'|des|du|de\s+la|de\s+l'|der)\s*$/;

/** German inverted order, the finite verb of advice before its subject: "Neben Deutschland riefen unter anderem Frankreich, …". */
const DE_INVERTED_SUBJECT_BEFORE_RE =
  /\b(?:haben|hat|hatten|hatte|riefen|rief|ruft|rufen|forderten|forderte|fordert|fordern|warnten|warnte|evakuierten|evakuierte|evakuiert|schlossen|schloss|schlie(?:ß|ss)t|zogen|zog|zieht|ziehen|rieten|riet|r[äa]t|raten|warnen|empfahlen|empfahl|empfiehlt|empfehlen|evakuieren|verh[äa]ngten|verh[äa]ngte|erlie(?:ß|ss)en|erlie(?:ß|ss)|holten|holte|holen|flogen|flog|fliegen)\s+(?:(?:unter anderem|u\.\s?a\.|auch|ebenfalls|inzwischen|nun|jetzt|bereits|schon|zuvor|vorher|zudem|dann|am \w+|gestern|heute)\s+)*(?:die\s+|der\s+|das\s+)?$/;

const MINISTRY_SEAT_BEFORE_RE =
  /\b(?:ministry|foreign office|state department|ministeriums?|au(?:ss|ß)enministeriums?|aussenamt|ausw[äa]rtige(?:s|n)? amt\w*|minist[eè]re|quai d'orsay|ministero|farnesina|regierung|government|gouvernement|governo)\s+(?:in|at|en|[àa]|di|a)\s+$/;

/** After a capital that opens a sentence: its government speaking ("In Seoul, the foreign ministry said"). */
const SEAT_SPEAKER_AFTER_RE =
  /^\s*,\s*(?:the\s+|le\s+|la\s+|l'|il\s+|das\s+|die\s+)?(?:\w+\s+)?(?:foreign ministry|ministry|foreign office|government|cabinet|presidential office|prime minister|foreign minister|officials|minist[eè]re|gouvernement|ministero|governo|farnesina|au(?:ss|\u00df)enministerium|ausw[äa]rtige amt|regierung)\b/;

/** Before a demonym: an institution ("ministère … américain") or an advice noun ("liste américaine", "avis canadien"); either names the issuer. */
const ISSUER_NOUN_BEFORE_DEMONYM_RE =
  /\b(?:minist[eè]re|ministry|affaires [ée]trang[eè]res|gouvernement|government|diplomatie|ambassade|autorit[ée]s|regierung|botschaft|ministero|governo|diplomazia|ambasciata|autorit[àa]|farnesina|esteri|personnel diplomatique|personnels diplomatiques|diplomates|personale diplomatico|diplomatici|arm[ée]e(?: de l'air)?|forces arm[ée]es|esercito|forze armate|aeronautica(?: militare)?|foreign office|d[ée]partement d'[ée]tat|dipartimento di stato)(?:\s+(?:des affaires [ée]trang[eè]res|degli esteri|des ausw[äa]rtigen))?\s+$|\b(?:liste|lista|avis|avertissements?|mises? en garde|alertes?|classement|[ée]chelle|conseils aux voyageurs|avvis[oi]|avvertiment[oi]|allert[ae]|classifica|scala)(?:\s+(?:noire|nera))?\s+$/;

/** Nationals after a name or demonym: "American citizens", "U.S. nationals", "Italians in". */
const NATIONALS_AFTER_RE =
  /^\s*(?:citizens?|nationals?|passport[- ]holders?|residents?|travell?ers?|tourists?|expatriates?|expats?|people|persons|community|dual nationals|staatsangeh[öo]rigen?|staatsb[üu]rger\w*|b[üu]rger\w*|bundesb[üu]rger\w*|reisende\w*|touristen|cittadini|connazionali|viaggiatori|turisti|ressortissants?|citoyens?|voyageurs?|touristes)\b/;
/** (not a government's own nationals and where they are, "ses ressortissants du Niger" = its nationals from Niger, nor a place
 * they come from: "cittadini dal Niger", "Bürger aus Niger") */
const NATIONALS_BEFORE_RE =
  /(?<!\b(?:ses|leurs|nos|vos|suoi|sue|propri|loro|seine|ihre|unsere)\s+)\b(?:ressortissants?|citoyens?|voyageurs?|touristes|cittadini|viaggiatori|turisti|connazionali|staatsangeh[öo]rige\w*|reisende\w*|b[üu]rger\w*|bundesb[üu]rger\w*)\s+(?!(?:dal|dalla|dallo|dall'|dai|dagli|dalle|da|aus|depuis)\s)(?:\S+\s+)?$/;

/** After "aus X", a verb of leaving X: "aufgerufen, aus Libanon auszureisen", "aus Kabul ausgeflogen" (X is the place left, not a
 * route or origin). */
const LEFT_AFTER_AUS_RE =
  /^\s*(?:[\p{L}-]+\s+){0,2}?(?:auszureisen|ausreisen|ausgereist|auszufliegen|ausgeflogen|ausfliegen|abzureisen|abreisen|abgereist|zu fliehen|fliehen|geflohen|zu evakuieren|evakuieren|evakuiert|herauszuholen|herausgeholt|zur[üu]ckzuholen|zur[üu]ckgeholt|abzuziehen|abgezogen)\b/u;

/** An Italian article (or an article with a preposition) right before a plural demonym makes it the people: "gli italiani",
 * "ai francesi", "tutti i tedeschi", "l'evacuazione dei francesi dal Niger". */
const IT_PEOPLE_ARTICLE_BEFORE_RE = /(?:^|[\s,(])(?:gli|i|agli|ai|dei|degli|dai|dagli|tra i|fra i|per i|con i|coi)\s+$/;

/** An envoy's title before the government he represents: "the Ambassador of Ireland", "l'ambassadeur de France",
 * "der Botschafter von Japan", "l'ambasciatore d'Italia". */
const ENVOY_OF_BEFORE_RE =
  /\b(?:ambassadors?|envoys?|high commissioners?|consuls?(?:[- ]general)?|charg[ée]s? d'affaires|ambassadeurs?|ambassadrices?|botschafter(?:in)?|ambasciat(?:ore|rice|ori))\s+(?:of(?:\s+the)?|de(?:\s+la)?|du|d'|von|di|dell')\s*$/;

/** A German article or quantifier (or the sentence's start) before a capitalised demonym noun makes it the people: "Alle
 * Österreicher sind aufgerufen", "die Deutschen", "rund 200 Schweizer" (a capitalised word after it makes it an adjective:
 * "die Schweizer Botschaft"). */
const DE_PEOPLE_ARTICLE_BEFORE_RE = /(?:^\W*|(?:^|[\s,(])(?:alle|allen|die|den|der|viele|vielen|zahlreiche|zahlreichen|einige|mehrere|samtliche|\d[\d.]*)\s+)$/;
/** A German demonym noun: capitalised, ending as "Österreicher", "Deutschen", "Schweizerinnen". */
const DE_PEOPLE_NOUN_RE = /^[A-ZÄÖÜ]\p{L}*e[rn]$/u;

/** Before a country that is no place of the advice: an origin or a route ("from", "via", "aus"), a neighbour, a backer, a partner
 * the act was done with ("une opération menée en liaison avec les Etats-Unis", "in coordination with"). */
const EXCLUDED_BEFORE_RE =
  /\b(?:(?<!\b(?:departure|departures|depart|departing|evacuation|evacuations|evacuate|evacuated|evacuating|withdrawal|exit|leave|leaving|flee|fleeing|out|away|off)\s)from|via|through|bordering|borders?|border with|borders with|border (?:areas?|regions?|zones?|strips?|crossings?) (?:with|to)|fronti[eè]res? (?:avec|de)|frontali[eè]re?s? avec|grenze zu|grenzgebiet\w* zu|(?:al )?confine con|frontiera con|neighbou?ring|neighbou?rs?(?: of)?|including|towards?|toward|into|across|over|transit(?:ing)?(?: through| in| via)?|(?:stopped|stopping|stopover|layover|refuel(?:l)?ing(?: stop)?|refuel(?:l)?ed|changing planes|connecting|landed|landing|arrived|arriving|touched down)\s+(?:in|at)|routes? to|road to|flights? to|arriving from|coming from|entering from|crossing into|fled to|flee to|evacuated to|relocated to|moved to|(?:go|goes|going|gone|went)\s+back\s+to|backed by|supported by|aligned with|allied with|linked to|funded by|donors?|(?:en liaison|en coordination|en coop[ée]ration|in coordination|in cooperation|in conjunction|in concert|in collaborazione|in coordinamento|in zusammenarbeit)\s+(?:avec|with|con|mit)|with the (?:help|support|assistance) of|depuis|vers|par|(?<!\b(?:ausreise|abreise|evakuierung|abzug|heraus|ausreisen|auszureisen)\s)aus|[üu]ber|(?<!\b(?:reisen|reise|urlaubsreisen|individualreisen|fahrten)\s)nach|verso|da|dal|dalla|dai|tramite|attraverso)\s+(?:the\s+|neighbou?ring\s+|le\s+|la\s+|l'|les\s+|den\s+|die\s+|dem\s+|il\s+|lo\s+)?$/;

/** Where people depart from, the departure named before them: "the voluntary departure of non-emergency personnel and family
 * members of U.S. personnel from China" (the country is the place they leave, not their origin). */
const DEPARTED_FROM_BEFORE_RE =
  /\b(?:departure|evacuation|withdrawal|drawdown|relocation|depart|leave|evacuate|withdraw)\b(?:[^.;]|(?<=\b[a-z])\.){0,100}?\b(?:personnel|staff|employees|family members|dependents|dependants|diplomats|families|citizens|nationals)\s+from\s+(?:the\s+)?$/;

/** Generic words for governments that open a list of them ("several countries including", "other nations such as"). */
const GENERIC_GOVERNMENTS = 'countries|nations|governments|states|allies|partners|others|embassies';

/** A generic subject opening a list of governments: "several countries, including ", "other nations such as ", "embassies in
 * Kyiv, including the " (the embassies' seat named between). */
const GOVERNMENTS_INCLUDING_RE = new RegExp(`\\b(?:(?:${GENERIC_GOVERNMENTS})(?:\\s+(?:in|of|around|across)\\s+(?:the\\s+)?(?:world|region|west|europe))?|embassies\\s+(?:in|at)\\s+[\\w'-]+(?:\\s+[\\w'-]+)?)\\s*,?\\s+(?:including|such as|like|among them|notably)\\s+(?:the\\s+)?$`);

/** Generic governments described by what they did, then the list that names them, after the act ("a growing list of countries
 * suspending embassy operations in Tehran, including ", "Several countries have closed their embassies, among them ") or as what
 * they include ("Other countries closing their embassies in Tehran include "). */
const ACTING_LIST =
  String.raw`(?:(?:that|which|who)\s+)?(?:(?:have|had|are|were|also|now|already|since)\s+){0,2}(?:suspend|clos|shut|evacuat|withdr|pull|urg|advis|warn|order|recommend|told|tell|call|relocat|repatriat|airlift)\w*\b[^.;:]{0,100}?` +
  // (not a list of places the act was in: "closed their embassies in the region, including Mali")
  String.raw`(?<!\b(?:region|regions|area|areas|countries|nations|states|capitals|cities|africa|europe|asia|east|gulf|sahel|continent|world|neighbou?rs|abroad))` +
  String.raw`(?:,?\s+(?:including|such as|among them|notably)|\s+(?:include|includes|included))\s+(?:the\s+)?`;
const GOVERNMENTS_ACTING_LIST_RE = new RegExp(String.raw`\b(?:countries|nations|governments)\s+` + ACTING_LIST + '$');
/** The same read from generic words ("several countries have suspended …, including B"): they are named after the act, so they
 * are no unnamed governments. */
const ACTING_LIST_TAIL_RE = new RegExp(String.raw`^(?:[\w-]+\s+){0,4}?(?:countries|nations|governments)\s+` + ACTING_LIST + '[a-z]');

/** A list of governments that grew by the ones named next: "the list of countries was replenished with ", "the number of
 * nations doing so has grown to include ", "the ranks of governments were joined by ". */
const GOVERNMENTS_LIST_GREW_RE = new RegExp(`\\b(?:list|ranks|number|group)\\s+of\\s+(?:such\\s+)?(?:${GENERIC_GOVERNMENTS})\\b[^.;]{0,60}?\\b(?:replenished|expanded|extended|joined|grew|grown|swelled|supplemented)\\s+(?:with|by|to include)\\s+(?:the\\s+)?$`);

/** The first of the governments a newcomer to a list of them came after: "la Francia si è aggiunta alla lista dei governi che
 * incoraggiano i connazionali a lasciare il Paese, dopo Stati Uniti, Regno Unito, …", "Britain became the latest country to tell
 * its citizens to leave, following the United States and Canada" (a comma before "after"; the name must open a list or end the
 * sentence: GOVERNMENTS_CAME_AFTER_NEXT_RE). */
const GOVERNMENTS_CAME_AFTER_RE = new RegExp(String.raw`(?:\b(?:list|lista|elenco|liste|ranks|number|group|gruppo|novero)\s+(?:of|dei|degli|delle|di|des|de|der)\s+(?:such\s+)?(?:${GENERIC_GOVERNMENTS}|governi|paesi|stati|nazioni|pays|gouvernements|[ée]tats|regierungen|l[äa]nder|staaten)\b|\b(?:latest|newest|ultim[oa]|derni(?:er|[èe]re))\s+(?:country|government|nation|paese|governo|nazione|pays|gouvernement)\b)[^.;]{0,160}?,\s*(?:after|following|dopo|apr[èe]s|nach)\s+(?:the\s+|les?\s+|la\s+|l'|gli\s+|i\s+|den\s+|der\s+)?$`);
const GOVERNMENTS_CAME_AFTER_NEXT_RE = /^\s*(?:[,;.]|and\b|e\b|ed\b|et\b|und\b|$)/;

/** The copula that opens a list of governments, at the end of the text before its first member. */
const LIST_COPULA = String.raw`\b(?:include[sd]?|are|were|consist(?:s|ed)?\s+of|compris(?:es?|ed))\s*:?\s+(?:the\s+)?$`;
export const LIST_COPULA_END_RE = new RegExp(LIST_COPULA);
/** Governments described by what they did to their advice, then that copula: "The countries that have lowered the warning from
 * Level 5 to Level 2 include ", "Those adjusting from Level 4 down to Level 2 are the " (the span must name the advice and a
 * change of it: "the countries that border it include" and "the countries under a Level 4 advisory are" list places). */
const GOVERNMENTS_DOING_ARE_RE = new RegExp(String.raw`\b(?:countries|nations|governments|those|(?:another\s+|a\s+|one\s+|the\s+)?group)\s+[^.;]{0,120}?` + LIST_COPULA);
const GOVERNMENTS_DOING_ADVICE_RE = /\b(?:warnings?|advisor(?:y|ies)|advice|levels?|alerts?)\b/;
/** A change of advice, in that span or told of the list's members right after them ("consists of Switzerland and Canada,
 * reducing from Level 5"). */
const ADVICE_CHANGE_VERB_RE = /\b(?:lower(?:ed|s|ing)?|rais(?:ed|es|ing)|eas(?:ed|es|ing)|adjust\w*|reduc\w*|downgrad\w*|upgrad\w*|scal(?:ed|es|ing)\s+(?:down|back|up)|revis\w*|tighten\w*|relax\w*|lift(?:ed|s|ing)|increas\w*|decreas\w*|elevat\w*|cut(?:s|ting)?)\b/;
const CHANGE_AFTER_LIST_RE = /^[^.;]{0,60}?,\s*(?:lowering|raising|easing|adjusting|reducing|downgrading|upgrading|scaling|revising|tightening|relaxing|lifting|increasing|decreasing|cutting)\b/;

/** A generic subject and an opening parenthesis right before a name: "several countries (", "other governments (". */
const GOVERNMENTS_PAREN_BEFORE_RE = new RegExp(`\\b(?:${GENERIC_GOVERNMENTS})\\s*\\(\\s*(?:the\\s+)?$`);

/** Between list members, a generic word that opens the rest: " and regional countries including ", ", and other nations such as ". */
const GENERIC_LIST_GAP_RE = new RegExp(`^\\s*,?\\s*(?:and|as well as)\\s+(?:[\\w-]+\\s+){0,2}?(?:${GENERIC_GOVERNMENTS})\\s*,?\\s+(?:including|such as|like)\\s+(?:the\\s+)?$`);

/** `before` ends with a list of governments described by what they did to their advice (GOVERNMENTS_DOING_ARE_RE), the change
 * told in it or right after the list's first members (`after`). */
function governmentsDoing(before: string, after: string): boolean {
  const m = GOVERNMENTS_DOING_ARE_RE.exec(before);
  return m !== null && GOVERNMENTS_DOING_ADVICE_RE.test(m[0]) && (ADVICE_CHANGE_VERB_RE.test(m[0]) || CHANGE_AFTER_LIST_RE.test(after));
}

/** Between a government and the generic others it is listed with: " and other " (European countries), " ainsi que d'autres ". */
const OTHERS_GAP_RE = /^\s*,?\s*(?:and|as well as|along with|together with|ainsi que|et|e|und|sowie)\s+(?:d'|les\s+|gli\s+|die\s+)?(?:other|several|some|many|autres|altri|andere)\s+$/;

/** People of the countries a list names, not their governments: "plusieurs ressortissants de pays africains tels que le Mali, le
 * Bénin ou encore le", "nationals of countries such as". */
const NATIONALS_OF_LIST_BEFORE_RE =
  /\b(?:ressortissants|citoyens|nationals|citizens|migrants|refugees|r[ée]fugi[ée]s|cittadini|staatsangeh[öo]rige\w*|b[üu]rger\w*)\s+(?:de|des|d'|of|from|di|aus)\s+(?:[\w'-]+\s+){0,3}?(?:tel(?:le)?s?\s+que|comme|dont|such\s+as|including|like|come|wie)\s+[^.;:]*$/;

/** A place that closes a list of two or more countries by name (the member before it a name, joined by a list gap). */
function placeEndsNameList(out: readonly RoledMention[], r: RoledMention, low: string): boolean {
  const i = out.indexOf(r);
  const p1 = i > 0 ? out[i - 1]! : null;
  const p2 = i > 1 ? out[i - 2]! : null;
  return p1 !== null && p2 !== null && p1.kind === 'name' && p2.kind === 'name' && p1.code !== r.code && LIST_GAP_RE.test(low.slice(p1.end, r.start)) && LIST_GAP_RE.test(low.slice(p2.end, p1.start));
}

/** Between two issuers of one list: a list gap, a co-issuer's aside (", along with the "), a possessive or an abbreviation's
 * period, an aside that goes on ("sowie nach Medienberichten auch"), a generic word that opens the rest ("and regional
 * countries including"), or the generic others after a government (" and other "). */
export function issuerListGap(gap: string): boolean {
  return LIST_GAP_RE.test(gap) || CO_ISSUER_GAP_RE.test(gap) || /^\.?['s\s]*$/.test(gap) || LIST_GOES_ON_RE.test(gap) || GENERIC_LIST_GAP_RE.test(gap) || OTHERS_GAP_RE.test(gap) || INSTITUTION_LIST_GAP_RE.test(gap);
}

/** Between two governments named by their institutions: "The Australian Federal Government and the New Zealand Government", "the
 * British embassy and the French". */
const INSTITUTION_LIST_GAP_RE =
  /^\s+(?:(?:federal|national|central)\s+)?(?:government|foreign\s+(?:ministry|office)|ministry\s+of\s+foreign\s+affairs|embassy|high\s+commission|authorities)\s*(?:,\s*(?:and\s+)?|and\s+|as\s+well\s+as\s+|&\s+)(?:the\s+)?$/;

/** Governments or missions not named ("foreign embassies", "several countries"; a growing number of them: "more and more countries",
 * "de plus en plus de pays", "sempre più Paesi", "immer mehr Länder"). */
const GENERIC_ISSUER_RE =
  /\b(?:foreign|western|several|other|many|some|various|international|european|diplomatic|a number of|numerous|most|allied|partner)\s+(?:embassies|governments|countries|missions|nations|ministries|states|capitals)\b|\bembassies\b|\bdiplomatic missions\b|\bseveral countries\b|\bother countries\b|\bgovernments\b|\b(?:countries|nations)\s+(?:that|which)\s+(?:have\s+|had\s+)?(?:recommended|advised|urged|told|asked|called on|ordered|evacuated|closed|suspended)\b|\b(?:more and more|a growing number of|an increasing number of)\s+(?:countries|governments|nations)\b|\bde plus en plus de\s+(?:pays|gouvernements|ambassades)\b|\bsempre\s+pi[uù]\s+(?:numerosi\s+)?(?:i\s+)?(?:paesi|governi)\b|\bimmer mehr\s+(?:lander|staaten|regierungen|botschaften)\b|\b(?:plusieurs|de nombreux|d'autres|certains|divers)\s+(?:autres\s+)?(?:pays|gouvernements|ambassades|chancelleries)\b|\b(?:pays|gouvernements|ambassades|chancelleries)\s+(?:occidentaux|occidentales|etrangers|etrangeres|europeens|europeennes|allies)\b|\b(?:diversi|vari|molti|numerosi|altri|alcuni|parecchi)\s+(?:altri\s+)?(?:paesi|governi|stati|ambasciate|cancellerie)\b|\b(?:paesi|governi|ambasciate|cancellerie)\s+(?:occidentali|stranieri|straniere|europei)\b|\b(?:mehrere|viele|zahlreiche|andere|einige|verschiedene)\s+(?:andere\s+)?(?:(?:westliche|europaische|auslandische)\s+)?(?:staaten|lander|regierungen|botschaften)\b|\b(?:westliche|europaische|auslandische)\s+(?:staaten|lander|regierungen|botschaften)\b/g;

export interface GenericIssuer {
  start: number;
  end: number;
}

/** Spans of generic issuers ("foreign embassies", "several governments"). */
export function genericIssuers(low: string): GenericIssuer[] {
  const out: GenericIssuer[] = [];
  GENERIC_ISSUER_RE.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = GENERIC_ISSUER_RE.exec(low)) !== null) {
    // "embassies of X, Y and Z" / "embassies including those of X" name their issuers: not generic
    const after = low.slice(m.index + m[0].length, m.index + m[0].length + 40);
    if (/^\s*(?:of|including|such as|from|,\s*including|\(|like|,?\s*(?:dont|parmi lesquels|parmi lesquelles|notamment|tels que|telles que|tra cui|fra cui|tra i quali|come|darunter|wie|einschlie(?:ss|ß)lich)\b)/.test(after)) continue;
    // (… or after the act: "Several countries have suspended embassy operations in Tehran, including Bulgaria and Portugal")
    if (ACTING_LIST_TAIL_RE.test(low.slice(m.index, m.index + 240))) continue;
    // governments a government is compared with are not its subject: "Deutschland hat wie viele andere Staaten …", "Italy has,
    // like many countries, …"
    if (/\b(?:like|unlike|comme|come|wie)\s+$/.test(low.slice(Math.max(0, m.index - 8), m.index))) continue;
    // "Canada and Norway, whose foreign ministries …": the ministries of the governments just named
    if (/\b(?:whose|their|its)\s+$/.test(low.slice(Math.max(0, m.index - 8), m.index))) continue;
    // a predicate, what the subject is: "France and the United Kingdom are the only Western European countries to be marked as …"
    if (/\b(?:are|were|is|was|remain|remained)\s+(?:the\s+|among\s+the\s+|one\s+of\s+the\s+)?(?:only\s+|two\s+|three\s+|few\s+)?(?:[a-z]+\s+)?$/.test(low.slice(Math.max(0, m.index - 45), m.index))) continue;
    out.push({ start: m.index, end: m.index + m[0].length });
  }
  return out;
}

/** Two names with only a space between them inside a list of names joined by commas lack the comma between them: "…, Germania,
 * Irlanda Norvegia, Svezia, …" (the names before and after are joined by list gaps). */
function missingComma(out: readonly RoledMention[], i: number, low: string): boolean {
  const prev = out[i - 1]!;
  const cur = out[i]!;
  const next = out[i + 1];
  return i >= 2 && next !== undefined && prev.kind === 'name' && cur.kind === 'name' && /^ +$/.test(low.slice(prev.end, cur.start)) && LIST_GAP_RE.test(low.slice(out[i - 2]!.end, prev.start)) && LIST_GAP_RE.test(low.slice(cur.end, next.start));
}

/** Connector between list members: ", ", " and ", ", and ", " & ", " as well as ", "(sowohl …) als auch ". */
export const LIST_GAP_RE = /^\s*(?:,?\s*(?:ou|et|and|or|o|e|und|oder)\s+(?:encore|aussi|also|auch|anche|ancora)\s+|,\s*(?:and\s+|or\s+|as well as\s+|et\s+|ou\s+|und\s+|oder\s+|e\s+|o\s+)?|and\s+|or\s+|&\s*|as well as\s+|et\s+|ou\s+|und\s+|oder\s+|als\s+auch\s+|e\s+|ed\s+|o\s+)(?:the\s+|la\s+|le\s+|l'|les\s+|die\s+|den\s+|der\s+|il\s+|lo\s+|d'|de\s+|du\s+|des\s+|di\s+|del\s+|della\s+|dell'|dei\s+|degli\s+)?$/;

/** Between a government and another one named in an aside as acting with it: "Britain, along with the United States, urged",
 * "le Royaume-Uni, tout comme l'Allemagne, a appelé", "la Gran Bretagna che, con gli Stati Uniti, ha esortato", "Großbritannien
 * hat gemeinsam mit den USA … aufgefordert". (Not "unlike": the contrasted government did the opposite.) */
export const CO_ISSUER_GAP_RE =
  /^\s*(?:(?:che|qui|which|who|die|der)\s*)?(?:,\s*(?:along with|together with|alongside|jointly with|in (?:concert|coordination|tandem) with|(?:just\s+)?like|tout comme|comme|de m[eê]me que|avec|aux c[oô]t[ée]s d[eu']|con|insieme (?:a|ad|al|alla|all'|agli|ai)|come|cos[iì] come|al pari d(?:i|el|ella|ei|egli|ell')|zusammen mit|gemeinsam mit|(?:ebenso |genauso )?wie(?: auch)?)|(?:\s+(?:hat|haben|hatte|hatten))?\s+(?:along with|together with|jointly with|zusammen mit|gemeinsam mit))\s+(?:(?:the|la|le|les|die|den|der|dem|il|lo|gli|i|de|du|des|di|del|della|dei|degli)\s+|l'|d'|dell')?$/;

/** A list of issuers that goes on after "as well as" and a short aside: " sowie nach Medienberichten auch ", ", as well as ". */
export const LIST_GOES_ON_RE = /^\s*,?\s*(?:as well as|sowie|ainsi que|nonch[ée])\s+(?:[^\s,.;:]+\s+){0,3}?(?:(?:also|auch|aussi|anche)\s+)?(?:the\s+|der\s+|des\s+|de\s+la\s+|du\s+|della\s+|del\s+)?$/;

/** After a government that opens a line without a bullet: its advice ("United States - Level 4: Do Not Travel to …"), not a
 * headline's topic label ("Libia: volo speciale …"). (A bulleted item is a list of governments whatever follows.) */
const LIST_ITEM_ADVICE_RE = /^\s*[-:\u2013]\s+(?:["'\u201c]?\s*)?(?:level\s*\d|do not travel|reconsider|exercise|avoid|advis|against|travel advi|warn|leave|ordered|authori[sz]ed|normal|high degree|take normal|not to travel|d[ée]conseill|sconsigli|reisewarnung|abgeraten)/;

/** After a name, the rest of a German compound that is its government's institution ("US-Außenministerium"). */
const DE_INSTITUTION_COMPOUND_RE = /^-(?:au(?:ß|ss)enministerium\w*|au(?:ß|ss)enamt\w*|regierung\w*|botschaft\w*|generalkonsulat\w*|konsulat\w*|ministerium\w*|beh[öo]rden?|administration|außenministerin|au(?:ß|ss)enminister\w*|pr[äa]sident\w*)\b/;

/** A name right before the German auxiliary that precedes `r` is its subject, and `r` its object: "Österreich hat Bolivien …
 * hochgestuft". */
function subjectBeforeVerb(out: readonly RoledMention[], r: RoledMention, low: string): boolean {
  const i = out.indexOf(r);
  const prev = i > 0 ? out[i - 1]! : null;
  // (a name after a preposition is no subject: "Wegen der Kämpfe in Mali haben Deutschland und Frankreich …")
  return (
    prev !== null &&
    /^\s+\S+\s+(?:\S+\s+)?$/.test(low.slice(prev.end, r.start)) &&
    /^\s+(?:hat|haben|hatte|hatten)\s+/.test(low.slice(prev.end, r.start)) &&
    DE_INVERTED_SUBJECT_BEFORE_RE.test(low.slice(prev.end, r.start)) &&
    !/\b(?:in|im|aus|nach|von|vom|mit|f[üu]r|zwischen|gegen|[üu]ber|wegen|bei|zu|zur|zum|an|auf|um|neben|au(?:ß|ss)er|wie|samt|sowie)\s+(?:der\s+|dem\s+|den\s+|die\s+)?$/.test(low.slice(Math.max(0, prev.start - 12), prev.start))
  );
}

/** Before a government told something: "informed the ", "notified ", "assured the ". */
const RECIPIENT_BEFORE_RE = /\b(?:informed|notified|assured|reassured|briefed)\s+(?:the\s+)?$/;
/** After it (its institution named or not), the clause it was told: " Embassy that", "'s government that". */
const RECIPIENT_AFTER_RE = /^(?:'s)?\s*(?:(?:embassy|government|authorities|foreign ministry|ministry of foreign affairs|state department|department of state|high commission|consulate)\s+)?that\b/;

/** Before a neighbouring country that advice is for: "advisory for neighboring ", "travel warning for neighbouring ". */
const ADVICE_FOR_NEIGHBOUR_RE = /\b(?:advisory|advisories|advice|warnings?|alerts?|level\s*\d)["'\u201d]?\s+(?:for|on|to)\s+(?:the\s+)?neighbou?ring\s+$/;

/** Give every mention of one sentence a role. `plain` is the sentence, `low` its lower case. */
export function assignRoles(plain: string, low: string, mentions: Mention[]): RoledMention[] {
  // (every field present from the start: one object shape for the callers' loops)
  const out: RoledMention[] = [];
  for (const m of mentions)
    out.push({ code: m.code, kind: m.kind, start: m.start, end: m.end, tokStart: m.tokStart, tokEnd: m.tokEnd, text: m.text, ambiguous: m.ambiguous, alternatives: m.alternatives, role: 'place', embassyLocation: false, locative: false });
  for (const r of out) {
    const before = low.slice(Math.max(0, r.start - 60), r.start);
    let after = low.slice(r.end, Math.min(low.length, r.end + 140));
    if (after.startsWith('.') && /(?:^|\.)\p{L}$/u.test(r.text) && r.text.includes('.')) after = after.slice(1);
    // a government told something is no author of what it is told: "The Peruvian Ministry of Defense informed the U.S. Embassy
    // that they intended to organise humanitarian flights"
    if (r.kind !== 'demonym' && RECIPIENT_BEFORE_RE.test(before) && RECIPIENT_AFTER_RE.test(after)) {
      r.role = 'excluded';
      continue;
    }
    if (r.kind === 'agency') {
      r.role = 'issuer';
      // a seat of power waging war advises no one: "amid the Kremlin's ongoing invasion of Ukraine"
      if (WAR_AFTER_RE.test(after)) {
        r.role = 'place';
        continue;
      }
      // another government's office of the same name: "Germany's Foreign Office", "the Irish Foreign Office"
      const i = out.indexOf(r);
      const prev = i > 0 ? out[i - 1]! : null;
      if (prev && prev.code !== r.code && (prev.kind === 'name' || prev.kind === 'demonym') && /^(?:['\u2019]s)?\s+$/.test(low.slice(prev.end, r.start))) {
        r.code = prev.code;
        prev.role = 'issuer';
      }
      // … or named after it: "le Ministère des affaires étrangères du Royaume de Belgique", "the Ministry of Foreign Affairs of Japan"
      const next = out[i + 1];
      if (next && next.code !== r.code && next.kind === 'name' && /^\s*(?:,\s*)?(?:of(?:\s+the)?|du|de\s+la|de\s+l'|de|des|von|der|del|della|dell')\s*$/.test(low.slice(r.end, next.start))) {
        r.code = next.code;
        next.role = 'issuer';
      }
      continue;
    }
    const instAfter = INSTITUTION_AFTER_RE.exec(after);
    // a German compound names the government's institution: "US-Außenministerium", "US-Botschaft", "EU-Kommission"
    if (r.kind !== 'demonym' && DE_INSTITUTION_COMPOUND_RE.test(after)) {
      r.role = 'issuer';
      continue;
    }
    // the government whose staff leave: "the departure of non-emergency U.S. staff", "non-essential British personnel",
    // "family members of U.S. personnel", "more than half of U.S. personnel"
    if (/\b(?:non-?(?:emergency|essential)|(?:family members|families|dependents|dependants|relatives|spouses|half|two-thirds|a third|most|some|all|many|\d+(?: per ?cent|%)?) of)\s+$/.test(before) && /^\s*(?:government\s+|embassy\s+|diplomatic\s+)?(?:staff|personnel|employees|diplomats)\b/.test(after)) {
      // (a city before "embassy" is where the embassy sits: "all non-emergency Kyiv embassy staff")
      if ((r.kind === 'place' || r.kind === 'metonym') && /^\s*embassy\b/.test(after)) {
        r.role = 'place';
        r.embassyLocation = true;
      } else r.role = 'issuer';
      continue;
    }
    // a country named as the author of an armed act is no subject of advice: "the threat of Russia invading Ukraine",
    // "Russia's invasion of Ukraine"
    if (r.kind === 'name' && HOSTILE_ACT_AFTER_NAME_RE.test(after)) {
      r.role = 'excluded';
      continue;
    }
    if (r.kind === 'demonym') {
      // the compatriots of the sentence's subject, whoever it is: "Stati Uniti, Gran Bretagna, Francia, che hanno invitato i
      // loro connazionali" (the word alone reads as Italy's own)
      // (… or of the government named right before, whose appeal is to them: "l'appello degli Stati Uniti ai connazionali")
      if (r.text.toLowerCase() === 'connazionali' && (/\b(?:loro|propri|suoi|sue)\s+$/.test(before) || out.some((o) => o !== r && o.kind === 'name' && o.end <= r.start && /^\s+(?:ai|a|agli)\s+$/.test(low.slice(o.end, r.start))))) {
        r.role = 'excluded';
        continue;
      }
      // the agent of a hostile act is no government advising: "the unprovoked attack by Russian military forces", "harassment
      // by Russian government security officials"
      if (HOSTILE_ACT_BY_BEFORE_RE.test(before)) {
        r.role = 'place';
        continue;
      }
      // (… nor is the author of a threatened armed act: "worries of a Russian invasion", "the increased threats of significant
      // Russian military action against Ukraine")
      // (… or of one told as the cause: "wegen fortgesetzter Berichte vom Aufstocken der russischen Militärpräsenz")
      if ((THREAT_OF_BEFORE_RE.test(before) || CAUSE_BEFORE_RE.test(before)) && (ARMED_ACT_AFTER_RE.test(after) || MILITARY_ACT_AFTER_RE.test(after))) {
        r.role = 'excluded';
        continue;
      }
      // "les Affaires étrangères belges", "le ministère belge", "il governo italiano"
      // (… and the side a statement comes from: "von österreichischer Seite", "da parte italiana")
      if (ISSUER_NOUN_BEFORE_DEMONYM_RE.test(before) || (/\b(?:von|vonseiten)\s+$/.test(before) && /^\s+seite\b/.test(after)) || /\bda\s+parte\s+$/.test(before)) {
        r.role = 'issuer';
        continue;
      }
      // the agent of the country's own measure ("the nationwide curfew announced by the Nepali authorities") is the country,
      // no government giving advice
      if (instAfter && DOMESTIC_MEASURE_BY_RE.test(before)) continue;
      // the country's armed acts are no government advising: "threats of Russian military action"
      if (instAfter && MILITARY_ACT_AFTER_RE.test(after)) {
        // (a threat's author is no subject either: "due to the continued threat of Russian military action", "worries of a
        // Russian invasion")
        // (… nor one told as the cause: "ordered to leave due to reports of a Russian military build-up", "wegen … der russischen
        // Militärpräsenz")
        r.role = THREAT_OF_BEFORE_RE.test(before) || CAUSE_BEFORE_RE.test(before) ? 'excluded' : 'place';
        continue;
      }
      if (instAfter && !/^(?:'s?|s'|')?\s*(?:nationals|citizens)\b/.test(after)) {
        r.role = 'issuer';
        continue;
      }
      if (/^\s*(?:\w+ly\s+)?(?:close[ds]?|shut|suspend(?:ed|s)?|evacuat\w+|urg\w+|order\w*|told|advis\w+|warn\w*|authori[sz]\w+|rais\w+|lower\w*|recommend\w*|call(?:ed|s)? on|withdr\w+|pull\w*)\b/.test(after)) {
        r.role = 'issuer';
        continue;
      }
      // an adjective after a noun of land is the country ("l'ensemble du territoire sud-soudanais", "sul suolo maliano"),
      // however it ends ("-ais" is no plural)
      if (LAND_BEFORE_DEMONYM_RE.test(before) || ACTOR_BEFORE_DEMONYM_RE.test(before)) {
        r.role = 'place';
        continue;
      }
      if (NATIONALS_AFTER_RE.test(after) || NATIONALS_BEFORE_RE.test(before) || COUNTED_PEOPLE_BEFORE_RE.test(before) || /s$/.test(r.text) || /^(?:connazionali)$/.test(r.text.toLowerCase()) || (/i$/.test(r.text) && IT_PEOPLE_ARTICLE_BEFORE_RE.test(before)) || (DE_PEOPLE_NOUN_RE.test(r.text) && DE_PEOPLE_ARTICLE_BEFORE_RE.test(before) && !/^\s+[A-ZÄÖÜ]/.test(plain.slice(r.end, r.end + 3)))) {
        r.role = 'addressee';
        continue;
      }
      // other adjectives ("Malian army", "Senegalese border") are places of that country
      r.role = EXCLUDED_BEFORE_RE.test(before) ? 'excluded' : 'place';
      continue;
    }
    // names, places and metonyms
    // "Mexico Travel Advisory" is the advisory about Mexico; "the U.S. travel advisory" is the issuer's
    // (but "Australia's travel advice" is Australia's own: the possessive names the government that gives it)
    // (an article, in the name or before it, or an object after the advisory makes it the issuer's: "The U.S. travel advisory
    // for Belarus", "a U.S. advisory on Haiti")
    if (instAfter && /^\s*(?:travel (?:advice|advisory|advisories|warning|warnings|alert)|advisory|advisories)\b/.test(after) && !/\b(?:the|a|an)\s+(?:(?:highest|top|latest|new|current|updated|revised|strictest|most severe|lowest)\s+)?$/.test(before) && !/^the\s/i.test(r.text) && !/^\s*(?:travel\s+)?(?:advice|advisory|advisories|warnings?|alert)\s+(?:for|on|regarding|about|against)\s/.test(after)) {
      r.locative = true;
      continue;
    }
    // the object of another government's change: "The State Department raised Colombia's travel advisory to Level 4" (the
    // possessive names the country the advice is about, the government acting is named before)
    if (instAfter && r.kind === 'name' && POSSESSIVE_ADVICE_AFTER_RE.test(after) && CHANGE_VERB_BEFORE_RE.test(before) && out.some((o) => o.end <= r.start && o.code !== r.code && (o.role === 'issuer' || o.kind === 'agency'))) {
      r.locative = true;
      continue;
    }
    // a government's armed act is no advice: "after the United States' military operation led to the capture of …"
    if (instAfter && MILITARY_ACT_AFTER_RE.test(after.replace(/^(?:'s?|s')/, ''))) {
      r.role = THREAT_OF_BEFORE_RE.test(before) ? 'excluded' : 'place';
      continue;
    }
    if (instAfter) {
      if (/^(?:'s?|s'|')?\s*(?:nationals|citizens)\b/.test(after)) r.role = 'addressee';
      else if (
        (r.kind === 'place' && !/^(?:'s?|s')/.test(after) && !/^\s*(?:government|authorities|officials)\b/.test(after)) ||
        // "U.S. lifts ordered departure for Haiti embassy staff": after another government and a preposition, a bare
        // name before "embassy" is where that government's embassy sits
        (EMBASSY_NOUN_AFTER_RE.test(after) && OBJECT_PREP_BEFORE_RE.test(before) && out.some((o) => o.end <= r.start && o.code !== r.code && (o.role === 'issuer' || o.kind === 'agency')))
      ) {
        // "Bamako embassy" — the place of an embassy
        r.role = 'place';
        r.embassyLocation = true;
      } else r.role = 'issuer';
      continue;
    }
    if (NATIONALS_AFTER_RE.test(after) && r.kind === 'name') {
      r.role = 'addressee';
      continue;
    }
    // the government an envoy represents: "The Ambassador of Ireland to Ukraine", "l'ambassadeur de France au Niger"
    if (r.kind === 'name' && ENVOY_OF_BEFORE_RE.test(before)) {
      r.role = 'issuer';
      continue;
    }
    // a headline's subject with its infinitive for the future: "US to evacuate South Sudan embassy", "Britain to close embassy"
    if (r.kind === 'name' && HEADLINE_INFINITIVE_AFTER_RE.test(after) && /^\W*(?:the\s+)?$/.test(low.slice(0, r.start))) {
      r.role = 'issuer';
      continue;
    }
    // a government compared at the sentence's opening does the same as the subject: "Wie die Niederlande kündigte auch die
    // britische Regierung an, … zu evakuieren", "Like Britain, France has also told its citizens to leave"
    if (r.kind === 'name' && LIKE_OPENING_BEFORE_RE.test(low.slice(0, r.start)) && ALSO_AFTER_RE.test(low.slice(r.end, r.end + 80))) {
      r.role = 'issuer';
      continue;
    }
    if (r.kind === 'name' && AS_DID_BEFORE_RE.test(before) && AS_DID_END_AFTER_RE.test(after)) {
      r.role = 'issuer';
      r.asDid = true;
      continue;
    }
    if (INSTITUTION_BEFORE_RE.test(before) || (r.kind === 'name' && ((/s$/.test(r.text) && DE_INSTITUTION_GENITIVE_BEFORE_RE.test(before)) || FOREIGN_MINISTRY_OF_BEFORE_RE.test(low.slice(Math.max(0, r.start - 120), r.start))))) {
      r.role = 'issuer';
      continue;
    }
    if (PASSIVE_BY_BEFORE_RE.test(before) || (r.kind !== 'place' && (ADVICE_FROM_BEFORE_RE.test(before) || APPEAL_OF_BEFORE_RE.test(before))) || (r.kind === 'name' && DE_INVERTED_SUBJECT_BEFORE_RE.test(before) && !subjectBeforeVerb(out, r, low))) {
      r.role = 'issuer';
      continue;
    }
    // governments an event moved to act, listed as the object of a causative verb: "prompted the United States, France, Britain,
    // and other countries to urge their citizens to leave"
    // (a place that ends a list of countries by name, moved to act with them, stands for its government as they do: "conduit
    // plusieurs pays, dont les États-Unis, l'Allemagne ou encore l'Angleterre à évacuer")
    if ((r.kind !== 'place' || placeEndsNameList(out, r, low)) && CAUSATIVE_BEFORE_RE.test(low.slice(Math.max(0, r.start - 120), r.start)) && CAUSED_ACT_AFTER_RE.test(after)) {
      r.role = 'issuer';
      continue;
    }
    // (nor are the sides of a relation: "tensions between Russia and Ukraine, the New Zealand Government is advising …, said")
    // (a name inside a relative clause is not the subject of the verb after it: "The United States, which calls the
    // country Burma, has kept …")
    // (a name after a preposition is an object, not the one speaking: "its advice for the Solomon Islands, said …")
    // (a participle after a comma has the sentence's subject: "tensions between Iran and Israel, successfully airlifting …")
    // a German relative clause after the government, its verb last: "den Niederlanden, die ihre Staatsbürger dazu aufriefen, …"
    if (r.kind !== 'place' && DE_RELATIVE_CALL_AFTER_RE.test(after)) {
      r.role = 'issuer';
      continue;
    }
    if (r.kind !== 'place' && ISSUER_VERB_AFTER_RE.test(after) && !PARTICIPLE_AFTER_COMMA_RE.test(after) && !NATIONALS_OF_LIST_BEFORE_RE.test(low.slice(Math.max(0, r.start - 120), r.start)) && !RELATIVE_CLAUSE_BEFORE_RE.test(before) && !BETWEEN_BEFORE_RE.test(before) && !/\b(?:in|to|of|at|within|across|throughout|inside|around|near|from|leave|depart|visit|entering|for|about|regarding|concerning|over|against|into|towards?|pour|sur|vers|f[üu]r|[üu]ber|per|su|verso|zu|mit|nach|bei|gegen|avec|contre|con|contro|aus|dal|dalla|dai|dagli|im|ins|vom|zum|zur|beim|au|aux|en|dans|[àa]|al|nel|nella)\s+(?:the\s+|dem\s+|der\s+|den\s+)?$/.test(before)) {
      r.role = 'issuer';
      continue;
    }
    // a capital opening the sentence before its government speaks: "In Seoul, the foreign ministry said …"
    if ((r.kind === 'place' || r.kind === 'metonym') && /^\s*(?:in|from|a|en|in|aus|da)\s+$/.test(low.slice(0, r.start)) && SEAT_SPEAKER_AFTER_RE.test(after)) {
      r.role = 'issuer';
      continue;
    }
    // the seat of a ministry is its government: "the foreign ministry in Warsaw", "das Außenministerium in Wien"
    if ((r.kind === 'place' || r.kind === 'metonym') && MINISTRY_SEAT_BEFORE_RE.test(before)) {
      r.role = 'issuer';
      continue;
    }
    if (r.kind === 'metonym') {
      // a capital read as its government names a place here ("a flight that had stopped in Doha")
      r.role = EXCLUDED_BEFORE_RE.test(before) ? 'excluded' : 'place';
      continue;
    }
    // the Italian embassy's owner named right after it, with no preposition: "l'ambasciata Usa a Kabul" (not a city: "ambasciata a
    // Kabul")
    if (r.kind === 'name' && /\bambasciat[ae]\s+$/.test(before)) {
      r.role = 'issuer';
      continue;
    }
    // embassy location: "Embassy in Bamako", "U.S. Embassy Bamako", "Mission Israel"
    if (/\b(?:embassy|consulate(?:[- ]general)?|mission|high commission|ambassade|botschaft|ambasciata)\s+(?:in\s+|at\s+|to\s+|en\s+|au\s+|[àa]\s+|de\s+)?$/.test(before)) {
      r.role = 'place';
      r.embassyLocation = true;
      r.locative = true;
      continue;
    }
    // the first of governments listed after a generic one ("Several countries including Germany, France and the Netherlands
    // have begun evacuating"): a list member like the others, an issuer when the list is the subject
    if (GOVERNMENTS_INCLUDING_RE.test(before)) continue;
    // the first of governments a list of them grew by: "the list of countries was replenished with Kuwait, Italy, …"
    // (… or of the governments described by what they did to their advice: "The countries that have lowered the warning from
    // Level 5 to Level 2 include Germany, …")
    // (… or of those a newcomer to such a list came after, who did what the subject does: "France joined the list of countries
    // urging their citizens to leave, after the United States, Britain, …")
    if (r.kind === 'name' && GOVERNMENTS_CAME_AFTER_RE.test(low.slice(Math.max(0, r.start - 260), r.start)) && GOVERNMENTS_CAME_AFTER_NEXT_RE.test(after)) {
      r.role = 'issuer';
      r.asDid = true;
      continue;
    }
    if (GOVERNMENTS_LIST_GREW_RE.test(before) || (r.kind === 'name' && GOVERNMENTS_ACTING_LIST_RE.test(low.slice(Math.max(0, r.start - 200), r.start))) || (r.kind === 'name' && LIST_COPULA_END_RE.test(before) && governmentsDoing(low.slice(Math.max(0, r.start - 170), r.start), after))) {
      r.role = 'issuer';
      continue;
    }
    // (a neighbour that is the object of advice is its place: "a 'Do Not Travel' advisory for neighboring Mali")
    if (EXCLUDED_BEFORE_RE.test(before) && !(/\baus\s+(?:dem\s+|der\s+|den\s+)?$/.test(before) && LEFT_AFTER_AUS_RE.test(after)) && !DEPARTED_FROM_BEFORE_RE.test(low.slice(Math.max(0, r.start - 150), r.start)) && !ADVICE_FOR_NEIGHBOUR_RE.test(before)) {
      // "travel to" / "leave" objects are not excluded even after "to": handled by the caller
      r.role = 'excluded';
      continue;
    }
    if (/\b(?:in|inside|within|throughout|across|of|at|en|au|aux|dans|im|in der|nel|nella|in)\s+(?:the\s+)?$/.test(before) || /^'s\s+(?:capital|government|north|south|east|west|security|crisis)/.test(after)) r.locative = true;
  }
  // a word that is both the country's name and a demonym ("the Philippines") names the country, not its citizens
  for (const r of out)
    if (r.kind === 'demonym' && r.role === 'addressee' && out.some((o) => o !== r && o.kind === 'name' && o.start === r.start && o.end === r.end)) r.role = 'place';
  // another government's ministry named by the adjective after it: "il ministero degli Esteri spagnolo", "le ministère des
  // Affaires étrangères belge" (the agency's name alone reads as the language's own government)
  for (let i = 0; i + 1 < out.length; i++) {
    const ag = out[i]!;
    const dem = out[i + 1]!;
    if (ag.kind === 'agency' && dem.kind === 'demonym' && dem.role === 'issuer' && dem.code !== ag.code && /^\s+$/.test(low.slice(ag.end, dem.start))) ag.code = dem.code;
  }
  // lists share roles: "embassies of the United States, Britain and Italy", "bordering A, B and C"
  for (let i = 1; i < out.length; i++) {
    const prev = out[i - 1]!;
    const cur = out[i]!;
    const gap = low.slice(prev.end, cur.start);
    // ("the Vietnamese Embassy in Egypt and Lebanon on Monday urged": the embassy's seats, however a verb follows the last)
    // (only a named government's embassy, "the Vietnamese Embassy in": "its embassy in Kinshasa and Belgium told" ends a clause)
    if (prev.embassyLocation && LIST_GAP_RE.test(gap) && (cur.kind === 'name' || cur.kind === 'place' || cur.kind === 'metonym') && out.some((o) => o.role === 'issuer' && o.end <= prev.start && (EMBASSY_OF_ISSUER_RE.test(low.slice(o.end, prev.start)) || (o.kind === 'agency' && /(?:embass(?:y|ies)|consulates?|mission)$/.test(low.slice(o.start, o.end)) && /^\s+(?:in|at|to)\s+(?:the\s+)?$/.test(low.slice(o.end, prev.start)))))) {
      cur.role = 'place';
      cur.embassyLocation = true;
      cur.locative = true;
      continue;
    }
    if (!LIST_GAP_RE.test(gap) && !missingComma(out, i, low)) {
      // ("Britain, along with the United States, urged …": the government in the aside acts with it)
      if (prev.role === 'issuer' && prev.kind !== 'agency' && cur.role === 'place' && (cur.kind === 'name' || cur.kind === 'metonym') && CO_ISSUER_GAP_RE.test(gap)) cur.role = 'issuer';
      // ("die Regierungen der USA und Lettlands sowie nach Medienberichten auch Dänemarks": a list of issuers goes on)
      if (prev.role === 'issuer' && prev.kind !== 'agency' && cur.role === 'place' && (cur.kind === 'name' || cur.kind === 'metonym') && LIST_GOES_ON_RE.test(gap)) cur.role = 'issuer';
      continue;
    }
    if (prev.role === 'issuer' && (cur.role === 'place' || cur.role === 'excluded') && prev.kind !== 'agency') {
      cur.role = 'issuer';
      // (the rest of a list compared after the subject: "…, as did Switzerland and Norway")
      if (prev.asDid) cur.asDid = true;
    }
    else if (prev.role === 'excluded' && cur.role === 'place' && !cur.locative) cur.role = 'excluded';
  }
  for (let i = out.length - 2; i >= 0; i--) {
    const cur = out[i]!;
    // (a word read both as a name and as a demonym, "la Suisse", is one list member: the next member starts after it)
    let n = i + 1;
    while (n < out.length - 1 && out[n]!.start < cur.end) n++;
    const next = out[n]!;
    if (next.start < cur.end) continue;
    const gap = low.slice(cur.end, next.start);
    // ("Britain and regional countries including Ethiopia, Kenya and Uganda have sent": one list, a generic word in it)
    // (… or the generic word between them: "Germany and other European countries such as Poland and Slovakia have responded")
    if (!LIST_GAP_RE.test(gap) && !CO_ISSUER_GAP_RE.test(gap) && !GENERIC_LIST_GAP_RE.test(gap)) continue;
    // ("For Costa Rica, Canada's advice …": a place after a preposition is no list member of the issuers)
    // (nor are the sides of a relation before them: "tensions between Russia and Ukraine, New Zealand said …")
    // (two adjectives of one institution noun share it: "the German and Norwegian embassies", "British, French and German diplomats",
    // "French and U.S. officials had airlifted")
    if (next.role === 'issuer' && next.kind !== 'agency' && cur.role === 'place' && !cur.locative && (cur.kind === 'name' || cur.kind === 'metonym' || (cur.kind === 'demonym' && (next.kind === 'demonym' || (next.kind === 'name' && SHARED_INSTITUTION_AFTER_RE.test(low.slice(next.end, next.end + 20)))))) && !/\b(?:for|in|to|about|regarding|on|concerning|towards?|of|pour|f[üu]r|per)\s+(?:the\s+)?$/.test(low.slice(Math.max(0, cur.start - 16), cur.start)) && !BETWEEN_BEFORE_RE.test(low.slice(Math.max(0, cur.start - 60), cur.start))) cur.role = 'issuer';
  }
  // a government named as the contrast is not the one who acts: "Unlike France, Germany has ordered …", "Britain, unlike the
  // United States, urged …" (with the list it opens: "unlike France and Italy")
  for (let i = 0; i < out.length; i++) {
    const r = out[i]!;
    if (r.role !== 'issuer' || r.kind === 'agency' || !CONTRAST_BEFORE_RE.test(low.slice(Math.max(0, r.start - 30), r.start))) continue;
    r.role = 'place';
    // (the list ends at its last conjunction: in "unlike France and Italy, Germany has …" Germany is the subject)
    let last = i;
    for (let j = i + 1; j < out.length && LIST_GAP_RE.test(low.slice(out[j - 1]!.end, out[j]!.start)); j++) if (/\b(?:and|or|et|ou|und|oder|e|ed|o)\b/.test(low.slice(out[j - 1]!.end, out[j]!.start))) last = j;
    for (let j = i + 1; j <= last; j++) if (out[j]!.role === 'issuer' && out[j]!.kind !== 'agency') out[j]!.role = 'place';
  }
  // governments listed in parentheses after a generic subject, the verb after the parenthesis: "several countries (Saudi
  // Arabia, Norway, Sweden …) have asked their nationals to leave"
  for (let i = 0; i < out.length; i++) {
    const r = out[i]!;
    if (r.role !== 'place' || !GOVERNMENTS_PAREN_BEFORE_RE.test(low.slice(Math.max(0, r.start - 40), r.start))) continue;
    const close = low.indexOf(')', r.end);
    if (close < 0 || close - r.end > 160 || low.lastIndexOf('(', close) > r.start) continue;
    const members = out.filter((o) => o.start >= r.start && o.end <= close);
    if (!members.every((o, k) => k === 0 || LIST_GAP_RE.test(low.slice(members[k - 1]!.end, o.start)))) continue;
    if (!ISSUER_VERB_AFTER_RE.test(low.slice(close + 1, close + 141))) continue;
    for (const o of members) o.role = 'issuer';
  }
  // a list item "• United States - Level 4: Do Not Travel to Ukraine": the government that opens it gives the advice
  // about the country named after it (a heading "Mali - Level 4: Do Not Travel" names no second country)
  const first = out[0];
  if (first && first.role === 'place' && (first.kind === 'name' || first.kind === 'metonym') && /^\s*(?:[•*]\s*)?$/.test(low.slice(0, first.start)) && (/^\s*[•*]/.test(low) ? /^\s*[-:\u2013\u2014]\s/.test(low.slice(first.end, first.end + 4)) : LIST_ITEM_ADVICE_RE.test(low.slice(first.end, first.end + 60)))) {
    if (out.some((m) => m !== first && m.code !== first.code && m.kind === 'name' && m.role === 'place')) first.role = 'issuer';
  }
  return out;
}
