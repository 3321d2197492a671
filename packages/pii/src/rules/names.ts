import { isAlnumCode, isWordAt, NEED_CAPS2 } from '../chars.js';
import type { Report, TextRule } from './rule.js';

/**
 * Common given names across the regions the app serves. Names that are also
 * everyday or technical words (Max, Will, Mark, Grace, Ruby, Cassandra…) are
 * left out on purpose: "Max Memory Used" must survive.
 */
const FIRST = new Set(
  (
    'James|John|Robert|Michael|William|David|Richard|Joseph|Thomas|Charles|Daniel|Matthew|' +
    'Anthony|Steven|Paul|Andrew|Kevin|Brian|George|Edward|Jason|Ryan|Jacob|Eric|Stephen|' +
    'Benjamin|Samuel|Patrick|Peter|Mary|Jennifer|Linda|' +
    'Elizabeth|Barbara|Susan|Jessica|Sarah|Karen|Lisa|Nancy|Emily|Amanda|' +
    'Laura|Anna|Emma|Nicole|Helen|Rachel|Maria|Olivia|Julia|Alice|Sophia|Jane|Bob|Jim|' +
    'Tom|Mike|Dave|Steve|Chris|Alex|Kate|Lucy|Harry|Jack|Ahmed|Omar|Fatima|Aisha|Priya|' +
    'Rahul|Raj|Amit|Wei|Yuki|Carlos|Luis|Miguel|Pedro|Diego|Sofia|Ana|' +
    'Pierre|Hans|Christopher|Michelle|Margaret|Rebecca|Oliver|Noah|Ethan|Sean|' +
    'Lukas|Leon|Felix|Jonas|Sophie|Marie|Hannah|Camille|Manon|Hugo|Lucas|Gabriel|Mateus|Rafael|' +
    'Fernanda|Gabriela|Juliana|Beatriz|Haruto|Hiroshi|Takashi|Kenji|Sakura|Aarav|Arjun|Rajesh|' +
    'Sunil|Deepak|Pooja|Neha|Giulia|Luca|Javier|Lucia'
  ).split('|'),
);

/** Frequent family names that are not also common English words (no Green, King, Hill). */
const LAST = new Set(
  (
    'Smith|Johnson|Williams|Jones|Garcia|Miller|Davis|Rodriguez|Martinez|Hernandez|Lopez|Gonzalez|Wilson|' +
    'Anderson|Thompson|Jackson|Harris|Sanchez|Ramirez|Robinson|Perez|Nguyen|Rivera|Campbell|Mitchell|Roberts|' +
    'Gomez|Murphy|Kim|Watson|Patel|Doe|Chen|Wang|Zhang|Liu|Huang|Singh|Kumar|Sharma|Gupta|' +
    'Khan|Hassan|Tanaka|Sato|Müller|Schmidt|Dubois|Rossi|Silva|' +
    'Santos|Nowak|Okafor|Schneider|Fischer|Weber|Meyer|Wagner|Becker|Hoffmann|Schulz|Laurent|Bernard|' +
    'Moreau|Girard|Oliveira|Souza|Pereira|Ferreira|Almeida|Yamamoto|Suzuki|Takahashi|Watanabe|' +
    'Nakamura|Yadav|Reddy|Iyer|Bianchi|Romano|Ricci|Fernandez|Kowalski'
  ).split('|'),
);

/** `Mr. Müller`, `Dr Ana Souza`: a title, then one or two capitalized words in any Latin script. */
const TITLED = /(?<![\p{L}\d])(?:Mr|Mrs|Ms|Mx|Dr)\.? \p{Lu}[\p{Ll}'’-]+(?: \p{Lu}[\p{Ll}'’-]+)?/gu;
/**
 * Two capitalized words, an optional middle initial between them; surnames like McDonald, O'Brien, Smith-Jones.
 * A closing quote may follow (`'Jane Roe'`), an apostrophe inside a word may not.
 */
const PAIR =
  /([A-Z][a-zß-öø-ÿĀ-ž]+)(?: [A-Z]\.?)? (?:Mc|Mac|O['’]|D['’])?([A-Z][a-zß-öø-ÿĀ-ž]+)(?:-[A-Z][a-zß-öø-ÿĀ-ž]+)?(?![\w-]|['’]\w)/g;

/** A capitalized word in any script (`Tomáš`, `Oluwaseun`, `O'Neil`, `O'Connor`, `D'Angelo`). */
const CAP_WORD = String.raw`(?:\p{Lu}['’])?\p{Lu}\p{Ll}+(?:['’-]\p{Lu}?\p{Ll}+)?`;
/** A word in a script without capitals (`김민준`, `佐藤`). */
const UNCASED_WORD = String.raw`(?:\p{Lo}\p{M}*){1,12}`;
/** Greetings before a name (`Hi Priya,`, `Dear Oluwaseun Bakare-Ade,`), shared by the two patterns below. */
const GREETINGS = 'Hi|Hello|Hey|Dear|Hola|Olá|Oi|Bonjour|Salut|Hallo|Ciao';
/**
 * Two or three capitalized words that the writer introduces as their name (`my name is Emeka Nwosu`,
 * `je m'appelle Julien Dupont`, `me llamo Lucía Fernández`) or greets (`Hi Tomáš Novák,`), whatever the
 * names are: no list of given names reaches every region.
 */
const INTRODUCED = new RegExp(
  String.raw`(?:(?:[Mm]y (?:full )?name is|[Mm]e llamo|[Mm]i chiamo|[Ii]ch hei(?:ß|ss)e|[Mm]ein Name ist|[Mm]eu nome é|[Mm]i nombre es|[Mm]on nom est|[Jj]e m['’]appelle)|(?<![\p{L}\d])(?:${GREETINGS}|Namaste)) (${CAP_WORD}(?: ${CAP_WORD}){1,2})(?![\p{L}\d])`,
  'gu',
);
/**
 * A name a greeting addresses, closed by punctuation: `Welcome to Valine, Siobhán O'Connor!`, `Thanks, Priya.`,
 * `Hi Priya,`, `Welcome back, 김민준!`. One word is enough here, as the greeting and the punctuation frame it.
 */
const GREETED = new RegExp(
  String.raw`(?<![\p{L}\d])(?:(?:Welcome(?: back| aboard)?|Thanks|Thank you|Congrats|Congratulations|Bienvenue|Bienvenid[oa]|Bem-vind[oa]|Willkommen|Benvenut[oa]|Welkom)(?: to \p{Lu}[\p{L}\d]*)?,|${GREETINGS}) (${CAP_WORD}(?: ${CAP_WORD}){0,2}|${UNCASED_WORD}(?: ${UNCASED_WORD}){0,2})(?=[,!.?]|$)`,
  'gu',
);
/**
 * Two or three words named as who did something (`exported by José García López`, `approved by Amélie Durand`):
 * an audit line's actor. Two words at least, so `sent by Stripe` stays. It runs only where two capitalized words
 * stand in a row, so a name in another script after a Latin one (`by Minjun 김`) is not reached.
 */
const ACTOR = new RegExp(
  String.raw`(?<![\p{L}\d])(?:[Ee]xported|[Rr]equested|[Cc]reated|[Aa]pproved|[Rr]ejected|[Rr]eported|[Ss]ubmitted|[Uu]pdated|[Dd]eleted|[Ii]nvited|[Rr]eviewed|[Aa]ssigned|[Ff]lagged|[Bb]anned|[Ss]uspended|[Rr]estored|[Ee]dited|[Vv]erified|[Rr]efunded|[Ii]ssued|[Pp]osted|[Uu]ploaded|[Mm]odified|[Cc]hanged|[Rr]esolved|[Cc]losed|[Ee]scalated|[Hh]andled|[Ii]nitiated|[Pp]erformed|[Aa]ccepted|[Dd]eclined|[Bb]locked|[Rr]eopened) by ((?:${CAP_WORD}|${UNCASED_WORD})(?: (?:${CAP_WORD}|${UNCASED_WORD})){1,2})(?![\p{L}\d])`,
  'gu',
);
/**
 * `I'm Łukasz Wójcik, we met…`, `I am 花子 佐藤 from…`: a writer's own name, in any script, closed by punctuation or
 * `from` / `and` / `here`, so `I am Not Authorized to…` stays.
 */
const SELF = new RegExp(
  `I(?:['’]m| am) (${CAP_WORD}(?: ${CAP_WORD}){1,3}|${UNCASED_WORD}(?: ${UNCASED_WORD}){0,2})(?=[,.!;]| from | and | here)`,
  'gu',
);
/**
 * A name a message opens by addressing its reader: `Siobhán, you have a new connection`, `"José María, your reel is
 * live"`. At the start of the text or of a quoted or `=` value only, so a clause in prose (`However, you…`) is not
 * read; words that open such a sentence (`Sorry, you…`, `Heads up, your…`) and adverbs in `-ly` are no names. Read
 * backwards from each `, you`, so the text is scanned natively and only those places are matched.
 */
const READER = new RegExp(`(?:^|["'=>])(${CAP_WORD}(?: ${CAP_WORD})?|${UNCASED_WORD}(?: ${UNCASED_WORD})?)$`, 'u');
const YOU = /^, you(?:r|['’](?:ve|re|ll))?(?![\p{L}\d])/u;
/** How far before `, you` a reader's name may start, and how many `, you` a text is read at. */
const MAX_READER = 64;
const MAX_READERS = 32;
/** Words that open a sentence addressed to its reader without naming anyone (`Sorry, you…`, `Hi, your code…`). */
const OPENERS = new Set(
  (
    'Sorry|Oops|Congrats|Congratulations|Welcome|Thanks|Note|Warning|Attention|Yes|No|Ok|Okay|Great|Well|Also|' +
    'Remember|Reminder|Heads|Heads Up|Listen|Look|Alright|So|And|But|Now|Today|Tonight|Tomorrow|Soon|Again|Good|' +
    'Good News|Nice|Wow|Done|Success|Error|Please|Anyway|Meanwhile|Otherwise|However|Still|Yet|Then|First|Next|Last|' +
    'Here|Surprise|Hooray|Yay|Oh|Ah|Hmm|Sure|Right|Indeed|Ready|Psst|If|When|Once|As|Since|Unless|Until|While|Before|' +
    'After|Because|Although|Though|Whether|Tip|Important|Update|Notice|Alert|Hurry|Quick|' +
    // A status a message opens with (`"Unauthorized, you must log in"`, `"Declined, your card…"`).
    'Unauthorized|Forbidden|Denied|Invalid|Expired|Blocked|Failed|Unavailable|Locked|Suspended|Banned|Verified|' +
    'Confirmed|Approved|Rejected|Declined|Pending|Complete|Completed|Finished|Saved|Updated|Deleted|Removed|Sent|' +
    'Received|Accepted|Cancelled|Canceled|Paused|Resumed|Restored|Refunded|Charged|Unknown|Missing|Required|' +
    'Disabled|Enabled|Connected|Disconnected|Retrying|Timeout|Unfortunately|Finally|Unsubscribed|Subscribed|' +
    GREETINGS
  ).split('|'),
);

/** What a greeting addresses that is not a person (`Dear Valued Customer,`, `Hi Team Valine`). */
const NOT_A_NAME = new Set(
  (
    'Team|Customer|Customers|Support|User|Users|Member|Members|Friend|Friends|Everyone|All|There|World|Admin|' +
    'Sir|Madam|Valued|Folks|Guys|Valine|Mr|Mrs|Ms|Mx|Dr|System|Service|Scheduler|Automation|Auto|Bot|Cron|Job|' +
    'Policy|Rule|Amazon|Google|Microsoft|Apple|Cloud|Step|Functions|Event|Events|Bridge|Drive|Lambda|Stripe|' +
    'Twilio|Sentry|Terraform|Github'
  ).split('|'),
);

/**
 * Reports group 1 of each match of `re` (a name at the match's end), unless a word of it names no one; with
 * `wordStart`, only matches that start a word (checked here: a leading look-behind would run at every position).
 */
function findAddressed(re: RegExp, text: string, report: Report, wordStart: boolean): void {
  re.lastIndex = 0;
  for (let m = re.exec(text); m !== null; m = re.exec(text)) {
    const name = m[1] as string;
    if ((wordStart && isWordAt(text, m.index - 1)) || name.split(' ').some((word) => NOT_A_NAME.has(word))) continue;
    const end = m.index + m[0].length;
    report(end - name.length, end);
  }
}

/** One native scan for the cues of the reader, the self-introduction and `my name is`, which most texts lack. */
const CUES = /, you|I(?:['’]m| am) |name is /;

/** The reader a message opens by addressing (`READER`). */
function findReader(text: string, report: Report): void {
  for (let at = text.indexOf(', you'), n = 0; at >= 0 && n < MAX_READERS; at = text.indexOf(', you', at + 5), n++) {
    if (!YOU.test(text.slice(at, at + 12))) continue;
    const from = Math.max(0, at - MAX_READER);
    const m = READER.exec(text.slice(from, at));
    // A match at a cut slice's start may be the tail of a longer word.
    if (m === null || (from > 0 && m.index === 0 && m[0] === m[1])) continue;
    const name = m[1] as string;
    const words = name.split(' ');
    if (OPENERS.has(name) || name.endsWith('ly') || words.some((w) => OPENERS.has(w) || NOT_A_NAME.has(w))) continue;
    report(at - name.length, at);
  }
}

/**
 * Full names in free text: a known given name followed by a capitalized
 * word, or any capitalized word followed by a known family name, or a title,
 * or any two or three capitalized words introduced as a name; one to three
 * words a greeting addresses (`Hi Priya,`). Any other lone given name stays.
 */
function findNames(text: string, report: Report, has: number): void {
  const cued = CUES.test(text);
  if (cued) {
    if (text.includes(', you')) findReader(text, report);
    findAddressed(SELF, text, report, true);
  }
  // Without two capitalized words in a row (ASCII capitals only), a greeting with its comma can still name someone
  // (`Welcome back, Priya!`), and so can `my name is` a name in another script (`my name is Łukasz Wójcik`).
  if ((has & NEED_CAPS2) === 0) {
    if (text.includes(', ')) findAddressed(GREETED, text, report, false);
    if (cued && text.includes('name is ')) findAddressed(INTRODUCED, text, report, false);
    return;
  }
  findAddressed(INTRODUCED, text, report, false);
  findAddressed(GREETED, text, report, false);
  if (text.includes(' by ')) findAddressed(ACTOR, text, report, false);
  TITLED.lastIndex = 0;
  for (let m = TITLED.exec(text); m !== null; m = TITLED.exec(text)) report(m.index, m.index + m[0].length);
  PAIR.lastIndex = 0;
  for (let m = PAIR.exec(text); m !== null; m = PAIR.exec(text)) {
    const prev = text.charCodeAt(m.index - 1);
    // Not the tail of a word (`McDonald`, `x-John`): checked here, a leading look-behind would slow every position.
    // An apostrophe after a letter is inside a name (`O'Brien`); after anything else it opens a quote (`'Jane Roe'`).
    const inWord = (prev === 39 || prev === 8217) && isAlnumCode(text.charCodeAt(m.index - 2));
    if (isAlnumCode(prev) || prev === 95 || inWord || prev === 45) {
      PAIR.lastIndex = m.index + 1;
      continue;
    }
    if (FIRST.has(m[1] as string) || LAST.has(m[2] as string)) {
      let end = m.index + m[0].length;
      // "Mary Jane Watson": a second given name means the family name follows.
      const next = FIRST.has(m[2] as string)
        ? /^ [A-Z][a-zß-öø-ÿĀ-ž]+(?:-[A-Z][a-zß-öø-ÿĀ-ž]+)?/.exec(text.slice(end, end + 40))
        : null;
      if (next) end += next[0].length;
      report(m.index, end);
      PAIR.lastIndex = end;
    } else {
      // The second word may start the next pair ("Hello John Smith").
      PAIR.lastIndex = m.index + (m[1] as string).length + 1;
    }
  }
}

export const nameRule: TextRule = {
  name: 'name',
  kind: 'name',
  // Gated inside: a greeting's name needs no second capitalized word.
  need: 0,
  find: findNames,
};
