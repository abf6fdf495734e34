// Word lists shared by the stages. General English and news vocabulary only:
// nothing here is tuned to one article. Pure data.

import continents from './gazetteer/data/continents.json';

/** A set of the words of a space-separated list (the form of every word list in geo/). */
export const wordSet = (s: string): ReadonlySet<string> => new Set(s.trim().split(/\s+/));
const set = wordSet;

/** Frequent English words (lower case) that are never place names when capitalised
 *  (sentence-initial, headline, or title-case), although a gazetteer has places so named. */
export const STOP = set(`
a about above across after afternoon again against ago ahead all almost along also although always am among an and another any
anyone anything are area areas around as at away back be because become been before began behind being below best better between
both but by call called came can cannot case center centre certain change city clear close come comes could country course
court cut day days did do does done down during each early east end even evening ever every face fact far few field final
fire first five for force forces former four free friday from front full further get gets give given go going good got great
ground group groups had half hand has have he head health hear heard help her here high him his hit home hope hot hour hours
house how however i if in including inside into is it its just keep key kind king know known land large last late later latest
lead least leave left less let life light like line little live local long look lot low made main major make making man many
march may me mean meanwhile men might mile miles million monday month months more morning most mother much must my
name national near nearly need never new news next night nine no none nor north not nothing now number of off office
officer officers official officials often oil old on once one only open or order other others our out outside over own park
part parts party past peace people per perhaps place plan play point police port power president press prime public put
quite rather read real really recent red report reported reports rest right river road rock round run said same
saturday say says second see seen senior sent service set seven several she short should show side since six small so soldier
soldiers some someone something sometimes soon south spring square staff start state states station still story street strike
strikes such summer sunday take taken ten than that the their them then there these they thing things third this those though
three through thursday time times to today together told too top total town towards tower tuesday two under union until up
upon us use used very victory view visit wall want war was water way we wednesday week weeks well were west what when where
whether which while white who whole whom whose why will winter with within without woman women word work world would yard
year years yes yet you young your zero
january february april june july august september october november december
christmas easter ramadan eid god allah internet online
army navy air airforce military government ministry minister department council committee agency commission authority
university college school hospital church mosque temple center centres brigade brigades division corps guard guards command
security defence defense republic islamic resistance movement alliance coalition federation organisation organization
embassy parliament senate congress assembly cabinet regime administration forces troops police
mr mrs ms dr sir madam lord lady saint
north south east west northern southern eastern western central northeast northwest southeast southwest upper lower greater
hamas hezbollah hizbollah hizballah houthi houthis huthi taliban isis isil daesh fatah wagner kataib nusra shabaab boko haram
ansar ansarallah pentagon kremlin centcom nato idf rsf jihad qassam baloch kurds kurdish pashtun shia sunni shiite muslim
christian jewish arab arabs druze alawite
breaking exclusive update live opinion analysis editorial comment
commerce industry star blue photo federal district human bank mega snow pope human humans nature energy justice
liberty freedom independence unity progress hope faith grace mercy harmony royal imperial capital metro global
`);

/** Ordinary words that are also well-known place names: not places at a sentence start or in a headline. */
export const STOP_INITIAL =
  set(`nice reading mobile bath hope split orange independence victoria florence eugene temple bend
`);

/** Speech, reactions, meetings and visits: a place next to one is where someone spoke, met or reacted, not where an event happened ("said in Washington", "In Tehran, the ministry condemned the strikes"). */
export const SPEECH = set(`
said says told telling stated announced announcing spoke speaking speech statement conference briefing interview
added wrote tweeted posted claimed claims urged urging urges called calling calls warned warning warns vowed condemned
condemns denounced met meet meeting talks summit visit visited visiting travelled traveled addressed described describes
protested protests accused accuses blamed blames denied denies confirmed confirms insisted
`);

/** Words that introduce a person's name: "Mr. Austin", "President Biden", "Secretary Lloyd Austin". */
export const TITLES = set(`
mr mrs ms miss dr prof president vice minister secretary general gen lt col colonel maj major capt captain sgt sergeant
cpl corporal pvt private adm admiral cmdr commander chief spokesman spokeswoman spokesperson senator sen rep representative
gov governor mayor king queen prince princess sheikh emir sultan pope judge justice ambassador envoy rev reverend father
sister brother imam rabbi ayatollah chancellor premier deputy officer inspector sheriff coach ceo chairman chairwoman director
lieutenant brigadier marshal field son daughter wife husband mother uncle aunt cousin
adviser advisor official analyst leader head founder author correspondent reporter journalist editor professor researcher
spokesperson negotiator mediator activist militant commander
`);

/** Common given names (lower case) across regions the news covers. A capitalised
 *  word right after one of these is a surname, not a place ("Lloyd Austin"). */
export const FIRST_NAMES = set(`
aaron abdel abdul abdullah adam ahmad ahmed ali alan alex alexander alexei alexey alice amir amy andrew andrei andriy
ann anna anne anthony antonio antony ashraf ayman barack ben benjamin bernard bill bob boris brian carl carlos catherine
charles chris christopher dan daniel david dmitry donald douglas edward elizabeth emily emmanuel eric fatima francis frank
fred gary george gerald hamad hamid hamza hassan heather helen henry hillary hussein ibrahim igor ivan jack jake james jane
jason jeff jennifer jim joe john jonathan jose joseph josh juan julia justin karen kate keir kevin khalid khaled kim kirill
larry laura lee linda lisa lloyd louis mahmoud mahmud marco marcus maria mark martin mary matthew michael mike mohamed
mohammad mohammed muhammad mustafa nancy nasser nicholas nick nikolai oleg olena omar paul peter philip rachel richard
robert ron ronald rosa sam samuel sarah scott sean sergei sergey simon stephen steve steven susan thomas tim tom tony
vladimir volodymyr walid william yahya yasser yehia yevgeny yousef youssef yuri yusuf ziad naftali benny yoav isaac moshe
avi ehud yair bezalel itamar recep tayyip hakan emmanuel olaf rishi liz theresa joe kamala antony jake jens ursula josep
`);

/** Words that, right after a name, make it a modifier of an actor ("Iran-backed"). */
export const AFFILIATION = set(`
backed based led aligned allied linked affiliated sponsored supported funded controlled held run born made trained armed
friendly leaning oriented
`);

/** Capitalised words that, after a place name, make it part of an organisation's name ("Quds Force", "Central Command"). */
export const ORG_WORDS = set(`
force forces brigade brigades army party movement front corps guard guards command post times news university college
hospital council ministry airlines airways company group bank police department fc club authority agency institute
foundation committee commission organisation organization association federation union league church mosque school
observatory centre center media network channel tv radio herald tribune journal gazette daily telegraph review resistance
revolutionary liberation defense defence security services service government administration parliament court
`);

/** Lower-case words that may continue a name after a capitalised word ("Anbar province", "Al Asad air base"). */
export const NAME_SUFFIX = set(`
province governorate region oblast district county state city town village camp base airbase airport port sea gulf strait
river valley mountains mountain island islands peninsula border crossing refinery oblast raion
`);

/** Words naming an administrative division after its name ("Laurel County", "Daraa Governorate"):
 *  such a mention is the division, read through the bare name when only that is indexed. */
export const DIVISION_WORDS = set(`county province governorate district oblast parish prefecture`);

/** Lower-case words allowed inside a name ("Gulf of Aden", "Bab el-Mandeb", "Rostov-on-Don", "Port-au-Prince"). */
export const NAME_CONNECTOR = set(
  `of de del da do dos das di du la le les el al ad ash as ar an at az ez ul ed es et and on upon sur am im bin ibn bint the au aux`,
);

/** Name particles: between two capitalised words they make one name ("Bab al-Hawa", "Stade de
 *  France", "Dar es Salaam"), never a list or a phrase (unlike "and", "of", "on"). */
export const NAME_PARTICLES = set(
  `al el ez ash ar az ul ed es de del della da dos das di du la le les au aux sur bin ibn bint`,
);

/** Particles that are also English words: one name only when hyphenated ("at-Tanf", "as-Sweida"). */
export const HYPHENED_PARTICLES = set(`as at an ad et do am`);

/** Lower-case article prefixes that may start a name when hyphenated to a capitalised word ("al-Qaim"). */
export const ARTICLE_PREFIX = set(`al el ad ash as ar an at az ez ul ed es et ath adh`);

/** All-capital short tokens accepted as place names; other short all-caps tokens are acronyms. */
export const ALLCAPS_OK = set(`US USA UK UAE DRC KSA PRC DPRK ROK DC NYC EU`);

/** Multi-word names that are institutions or phenomena, not places, although a gazetteer may hold them. */
export const STOP_PHRASES = set(
  `white_house el_nino el_niño la_nina la_niña notre_dame wall_street downing_street`,
);

/** Direction and qualifier words that may precede a place without being a name ("northern Gaza"). */
export const QUALIFIERS =
  set(`north south east west northern southern eastern western central northeast northwest southeast
southwest northeastern northwestern southeastern southwestern upper lower greater inner outer occupied besieged`);

/**
 * Continents, which the gazetteer does not index: GeoNames continent features,
 * from geo/gazetteer/data/continents.json. Used only when the gazetteer has no
 * region, country or water of that name.
 */
export const CONTINENTS: readonly {
  id: string;
  name: string;
  lat: number;
  lon: number;
  bbox: [number, number, number, number];
  aliases?: string[];
  /** "European", "African": the continent's adjective (a modifier, like a demonym). */
  adjectives?: string[];
}[] = continents.entries.map((c) => ({
  ...c,
  bbox: c.bbox as [number, number, number, number],
}));

/** Countries whose place names reach English in many transliterations (Arabic, Persian,
 *  Hebrew, Cyrillic, Horn of Africa, Sahel ...). The gazetteer build keeps all alternate
 *  names of their small places (FULL_ALTERNATES in geo/gazetteer/build.ts); the mention
 *  finder trusts sound-alike matches only there. */
export const TRANSLIT_COUNTRIES = set(
  `IQ SY LB IL PS JO YE SA IR AF PK UA RU BY MD GE AM AZ SD SS LY EG TN DZ MA EH MR ML NE BF TD NG SO ET ER DJ CF CD KW QA BH AE OM TR CY MM KP KR TW RS XK BA`,
);

/** Countries where English spellings of place names also vary by sound ("Poonch" for
 *  Pūnch, "Simla" for Shimla), beyond TRANSLIT_COUNTRIES: South Asia's names reach
 *  English through Hindi, Urdu, Bengali, Nepali, Sinhala and Tamil. The mention finder
 *  trusts sound-alike matches there; the gazetteer keeps only their usual alternates. */
export const SOUND_ALIKE_COUNTRIES = new Set([
  ...TRANSLIT_COUNTRIES,
  ...'IN BD NP LK BT'.split(' '),
]);

/** AP-style US state abbreviations ("Dublin, Ga.", "Wichita, Kan."), written with their final dot. */
export const US_STATE_ABBREV: Readonly<Record<string, string>> = {
  'Ala.': 'Alabama',
  'Ariz.': 'Arizona',
  'Ark.': 'Arkansas',
  'Calif.': 'California',
  'Colo.': 'Colorado',
  'Conn.': 'Connecticut',
  'Del.': 'Delaware',
  'Fla.': 'Florida',
  'Ga.': 'Georgia',
  'Ill.': 'Illinois',
  'Ind.': 'Indiana',
  'Kan.': 'Kansas',
  'Kans.': 'Kansas',
  'Ky.': 'Kentucky',
  'La.': 'Louisiana',
  'Md.': 'Maryland',
  'Mass.': 'Massachusetts',
  'Mich.': 'Michigan',
  'Minn.': 'Minnesota',
  'Miss.': 'Mississippi',
  'Mo.': 'Missouri',
  'Mont.': 'Montana',
  'Neb.': 'Nebraska',
  'Nev.': 'Nevada',
  'Okla.': 'Oklahoma',
  'Ore.': 'Oregon',
  'Pa.': 'Pennsylvania',
  'Tenn.': 'Tennessee',
  'Tex.': 'Texas',
  'Vt.': 'Vermont',
  'Va.': 'Virginia',
  'Wash.': 'Washington',
  'Wis.': 'Wisconsin',
  'Wyo.': 'Wyoming',
  'N.H.': 'New Hampshire',
  'N.J.': 'New Jersey',
  'N.M.': 'New Mexico',
  'N.Y.': 'New York',
  'N.C.': 'North Carolina',
  'N.D.': 'North Dakota',
  'R.I.': 'Rhode Island',
  'S.C.': 'South Carolina',
  'S.D.': 'South Dakota',
  'W.Va.': 'West Virginia',
  'D.C.': 'District of Columbia',
};

/** Function words that do not start a name when capitalised: "The US", "In Gaza" (the mention finder). */
export const FUNCTION_START = set(
  `the a an in on at of for from to by with as and or but this that these those its their his her our my your after before
since during while when where if last next every each some many most both all`,
);

/** Natural features: "the Dnipro River", "the Nuba Mountains": a name with one of these after it names that feature, not the town. */
export const NATURAL_FEATURES = set(
  `river mountain mountains hills valley lake desert plain plains plateau peninsula gorge forest delta dam`,
);

/** Abbreviated title words that join the next word with their dot: "St. Petersburg", "Ft. Worth", "Mt. Lebanon". */
export const ABBREVIATED_TITLES = set(`st ste ft mt`);

/** Verbs after a small place's name that make it a person who spoke: "Spencer said", "Allen told". */
export const SPEECH_AFTER_NAME = set(
  `said says told added explained wrote noted asked argued insisted recalled`,
);

/** Verbs before a name that ends its clause that make it a person: "said Allen.", "“Yes,” told Spencer,". */
export const SPEECH_BEFORE_NAME = set(`said says told added wrote asked`);

/** Prepositions before a place that make "X said" its people's words: "officials in Kunduz said". */
export const PLACE_PREPOSITIONS = set(`of in from at near around across`);

/** Words after a name that make it a company's: "Monex Group", "Bassett Furniture Inc.". */
export const ORG_SUFFIX = set(
  `group inc corp corporation ltd llc plc holdings company co gmbh ag sa bank airlines motors foods`,
);

/** Lower-case words after a place that do not make it a modifier ("Gaza and", "Kyiv said"; not "US forces"). */
export const NOT_NOUN = set(`
and or but in on at of to for from with by as is are was were has have had will would could should may might can did does do
that which who where when while after before since until near into onto over under against between during through across
toward towards about around along also again said says had been be being amid despite following via per than then this
these those it its their his her our they he she we you yet so if not late early earlier later last this next now today
tonight yesterday overnight city's recently
`);

/** Compass words that belong to a continent's part: "North Africa", "Central Asia". */
export const COMPASS = set(
  `north south east west central northern southern eastern western northeast northwest southeast southwest`,
);

/** An auxiliary and an adverb between an actor and its verb ("Russia had also launched"). */
export const PERFECT_AUX = /^(has|have|had)$/;
export const VERB_ADVERB = /^(also|again|reportedly|repeatedly|already|twice)$/;

/** Words that open a hyphenated region name with the word after them ("Centre-Nord",
 *  "Haut-Katanga", "Sud-Ouest", "North-West"): the second word alone is no place. */
export const NAME_PART_BEFORE_HYPHEN = set(
  `centre center nord sud est ouest north south east west upper lower haut haute bas basse grand grande`,
);
