/**
 * Every text the command line writes, in English and Norwegian bokmål. Codes (issue codes, reason
 * codes, rule names) stay as they are in both: they are what a coordinator can look up and search
 * for. Norwegian follows the sources' words: selvhjelpsgruppe, igangsetter, pårørende, etterlatte,
 * venteliste.
 */
export type Locale = "en" | "nb";

export interface Messages {
  programDescription: string;
  exitCodes: string;
  helpTitles: Record<string, string>;
  options: {
    venues: string;
    starters: string;
    groups: string;
    distances: string;
    policy: string;
    input: string;
    seed: string;
    timeLimit: string;
    maxIterations: string;
    out: string;
    locale: string;
    result: string;
    help: string;
    version: string;
  };
  commands: {
    compose: string;
    composePeople: string;
    check: string;
    explain: string;
    explainId: string;
    template: string;
    schema: string;
    schemaWhich: string;
    help: string;
  };
  usage: {
    noInput: string;
    inputAndPeople: string;
    badSeed: string;
    badTimeLimit: string;
    badMaxIterations: string;
    badSchema: string;
    outputIsInput(file: string): string;
    templateExists(file: string): string;
  };
  /** An issue's position: file, row, column and header. */
  where(file: string, row?: number, column?: string, header?: string): string;
  /** Explanations of the command line's own issue codes (the library's come with its message). */
  issueTexts: Record<string, string>;
  issuesFound(count: number): string;
  noOutputWritten: string;
  ignoredColumn(file: string, column: string, header: string): string;
  phases: Record<string, string>;
  progressLine(phase: string, seconds: string, iterations: number, placed: number | undefined): string;
  interrupted: string;
  interruptedAgain: string;
  summary(placed: number, total: number, groups: number, waiting: number, status: string): string;
  wrote(dir: string, files: readonly string[]): string;
  composeFailed: string;
  resultUnreadable(file: string): string;
  checkOk: string;
  checkBroken(count: number): string;
  warningsHeading(count: number): string;
  unknownId(id: string): string;
  placedIn(id: string, group: string): string;
  groupFields: { slot: string; venue: string; municipality: string; starters: string; members: string; none: string };
  waits(id: string): string;
  reasonsHeading: string;
  suggestionsHeading: string;
  /** The group a suggestion would let start, as one line: members, more like the person, where, when. */
  suggestedGroup(members: string, more: number, where: string, slot: string | null): string;
  neverInThisPool: string;
  lostOut: string;
  templateWritten(dir: string, files: readonly string[]): string;
  /** Headers of groups.csv and waitlist.csv. */
  groupsCsv: { group: string; size: string; ageSpan: string; genders: string; problems: string; existing: string; newMembers: string; maxTravelKm: string };
  waitlistCsv: { candidate: string; reasons: string; explanation: string; suggestions: string; neverInThisPool: string; yes: string; no: string };
}

const EXIT_CODES_EN = `Exit codes:
  0  done (compose wrote its files; check found no broken rule), also after Ctrl-C stopped the search
  1  bad input: a file could not be read or has bad cells (every one is listed on stderr), or check found broken rules
  2  usage: an unknown command or option, or a missing or bad argument
  3  sammen failed: its own checker rejected its composition (a bug; please report it)
  130  a second Ctrl-C quit without writing`;

const EXIT_CODES_NB = `Avslutningskoder:
  0  ferdig (compose skrev filene sine; check fant ingen brutte regler), også når Ctrl-C stoppet søket
  1  feil i inndata: en fil kunne ikke leses eller har feil i celler (alle listes på stderr), eller check fant brutte regler
  2  bruk: ukjent kommando eller valg, eller et argument mangler eller er feil
  3  sammen feilet: dens egen kontroll avviste sammensetningen (en feil i sammen; meld den gjerne)
  130  et nytt Ctrl-C avsluttet uten å skrive`;

const en: Messages = {
  programDescription: "Composes self-help and support groups from a coordinator's spreadsheets, and says who waits and why.",
  exitCodes: EXIT_CODES_EN,
  helpTitles: {},
  options: {
    venues: "venues spreadsheet (CSV or xlsx)",
    starters: "starters spreadsheet (CSV or xlsx)",
    groups: "groups that already meet (CSV or xlsx)",
    distances: "distances between municipalities (CSV or xlsx)",
    policy: "the rules, as JSON (sammen's policy; every rule has a default)",
    input: "the whole pool as one JSON file (sammen's ComposeInput) instead of spreadsheets",
    seed: "seed of the search (default 1); with --max-iterations, the same seed gives the same groups",
    timeLimit: "seconds the search may take (default 2)",
    maxIterations: "a work bound for the search: runs bounded by work give the same groups every time",
    out: "folder the files are written to",
    locale: "language of the texts: nb or en (default from LANG)",
    result: "the result.json that compose wrote",
    help: "show help",
    version: "show the version",
  },
  commands: {
    compose: "compose groups and write groups.csv, waitlist.csv and result.json",
    composePeople: "people spreadsheet (CSV or xlsx), or a pool as JSON",
    check: "check a result against the input: print every broken rule",
    explain: "say why a person waits and what would let them start, or which group they are in",
    explainId: "the person's id",
    template: "write example spreadsheets with every column, to fill in",
    schema: "print the JSON Schema of the input or the result",
    schemaWhich: "input or result",
    help: "show help for a command",
  },
  usage: {
    noInput: "give a people spreadsheet or --input pool.json",
    inputAndPeople: "--input replaces the spreadsheets: give either --input or a people spreadsheet (with --venues, --starters, --groups, --distances)",
    badSeed: "--seed must be a whole number from 0 to 4294967295",
    badTimeLimit: "--time-limit must be a number of seconds above 0 and at most 3600",
    badMaxIterations: "--max-iterations must be a whole number",
    badSchema: "schema takes input or result",
    outputIsInput: (file) => `${file} would overwrite an input file: choose another folder with --out`,
    templateExists: (file) => `${file} exists already and is not overwritten: choose another folder with --out`,
  },
  where: (file, row, column, header) =>
    [file, row === undefined ? "" : `row ${row}`, column === undefined ? "" : `column ${column}`, header === undefined || header === "" ? "" : `(${header})`]
      .filter((part) => part !== "")
      .join(", ")
      .replace(/, \(/, " ("),
  issueTexts: {
    file_not_found: "file not found",
    unreadable_file: "the file could not be read",
    unsupported_file_type: "sammen reads .csv, .txt, .tsv and .xlsx spreadsheets, and .json pools",
    empty_file: "the file is empty",
    malformed_csv: "not readable as CSV here (a quote that is never closed, or text after a closing quote)",
    malformed_xlsx: "not readable as an .xlsx workbook",
    invalid_json: "not valid JSON",
    not_a_number: "not a number (a decimal comma or point is fine: 60,39 or 60.39)",
    not_a_date: "not a date (write 2026-03-01 or 01.03.2026)",
    not_yes_or_no: "not yes or no (ja/nei, yes/no)",
    unknown_value: "not one of the values this column takes (see docs/spreadsheets.md)",
    duplicate_column: "a second column for the same field",
    missing_column: "the sheet has no column for this field",
    cell_without_header: "a filled cell in a column without a header",
    result_mismatch: "does not match sammen's result format",
  },
  issuesFound: (count) => `${count} problem${count === 1 ? "" : "s"} in the input:`,
  noOutputWritten: "Nothing was written. Correct the cells above and run again.",
  ignoredColumn: (file, column, header) => `${file}: column ${column} (${header}) is not a column sammen knows; it was not read`,
  phases: {
    reading: "reading",
    "first-composition": "first composition",
    search: "searching",
    rooms: "rooms",
    exact: "proving",
    explanations: "explaining the waitlist",
    check: "checking",
    done: "done",
  },
  progressLine: (phase, seconds, iterations, placed) =>
    `${phase}  ${seconds} s  ${iterations.toLocaleString("en")} iterations${placed === undefined ? "" : `  ${placed} placed so far`}`,
  interrupted: "Stopping: the best composition found so far is being checked and written (Ctrl-C again to quit without it).",
  interruptedAgain: "Quit without writing.",
  summary: (placed, total, groups, waiting, status) => `Placed ${placed} of ${total} in ${groups} group${groups === 1 ? "" : "s"}; ${waiting} on the waitlist (status ${status}).`,
  wrote: (dir, files) => `${dir}: wrote ${files.join(", ")}`,
  composeFailed: "sammen could not compose (a bug in sammen; please report it with the issue codes below):",
  resultUnreadable: (file) => `${file} is not a result sammen wrote:`,
  checkOk: "No hard rule is broken.",
  checkBroken: (count) => `${count} broken rule${count === 1 ? "" : "s"}:`,
  warningsHeading: (count) => `${count} warning${count === 1 ? "" : "s"} (the input breaks these; sammen left them as they were):`,
  unknownId: (id) => `${id} is neither in a group nor on the waitlist of this result`,
  placedIn: (id, group) => `${id} is in group ${group}`,
  groupFields: { slot: "slot", venue: "venue", municipality: "municipality", starters: "starters", members: "members", none: "-" },
  waits: (id) => `${id} is on the waitlist`,
  reasonsHeading: "Why:",
  suggestionsHeading: "What would let them start:",
  suggestedGroup: (members, more, where, slot) => `[group: ${members}${more > 0 ? ` and ${more} more like them` : ""} · ${where}${slot === null ? "" : ` · ${slot}`}]`,
  neverInThisPool: "No composition of this pool could place them.",
  lostOut: "They could have been placed; others were placed instead.",
  templateWritten: (dir, files) => `${dir}: wrote ${files.join(", ")}. Fill them in (keep the header row) and run: sammen compose people.csv --venues venues.csv --starters starters.csv`,
  groupsCsv: { group: "group", size: "size", ageSpan: "age span", genders: "genders", problems: "problems", existing: "continues", newMembers: "new members", maxTravelKm: "longest travel km" },
  waitlistCsv: { candidate: "id", reasons: "reasons", explanation: "explanation", suggestions: "suggestions", neverInThisPool: "cannot be placed in this pool", yes: "yes", no: "no" },
};

const nb: Messages = {
  programDescription: "Setter sammen selvhjelpsgrupper og støttegrupper fra koordinatorens regneark, og forklarer hvem som står på venteliste og hvorfor.",
  exitCodes: EXIT_CODES_NB,
  helpTitles: { "Usage:": "Bruk:", "Options:": "Valg:", "Commands:": "Kommandoer:", "Arguments:": "Argumenter:", "Global Options:": "Felles valg:" },
  options: {
    venues: "regneark med møtesteder (CSV eller xlsx)",
    starters: "regneark med igangsettere (CSV eller xlsx)",
    groups: "grupper som allerede møtes (CSV eller xlsx)",
    distances: "avstander mellom kommuner (CSV eller xlsx)",
    policy: "reglene, som JSON (sammens policy; hver regel har en standardverdi)",
    input: "hele utvalget som én JSON-fil (sammens ComposeInput) i stedet for regneark",
    seed: "frø for søket (standard 1); med --max-iterations gir samme frø de samme gruppene",
    timeLimit: "sekunder søket kan bruke (standard 2)",
    maxIterations: "en arbeidsgrense for søket: kjøringer med arbeidsgrense gir de samme gruppene hver gang",
    out: "mappen filene skrives til",
    locale: "språk for tekstene: nb eller en (standard fra LANG)",
    result: "result.json som compose skrev",
    help: "vis hjelp",
    version: "vis versjonen",
  },
  commands: {
    compose: "sett sammen grupper og skriv groups.csv, waitlist.csv og result.json",
    composePeople: "regneark med personer (CSV eller xlsx), eller et utvalg som JSON",
    check: "kontroller et resultat mot inndataene: skriv ut hver regel som er brutt",
    explain: "forklar hvorfor en person står på venteliste og hva som kan gi dem en gruppe, eller hvilken gruppe de er i",
    explainId: "personens id",
    template: "skriv eksempelregneark med alle kolonnene, til å fylle ut",
    schema: "skriv ut JSON Schema for inndata eller resultat",
    schemaWhich: "input eller result",
    help: "vis hjelp for en kommando",
  },
  usage: {
    noInput: "oppgi et regneark med personer eller --input pool.json",
    inputAndPeople: "--input erstatter regnearkene: oppgi enten --input eller et regneark med personer (med --venues, --starters, --groups, --distances)",
    badSeed: "--seed må være et heltall fra 0 til 4294967295",
    badTimeLimit: "--time-limit må være et antall sekunder over 0 og høyst 3600",
    badMaxIterations: "--max-iterations må være et heltall",
    badSchema: "schema tar input eller result",
    outputIsInput: (file) => `${file} ville skrevet over en inndatafil: velg en annen mappe med --out`,
    templateExists: (file) => `${file} finnes allerede og skrives ikke over: velg en annen mappe med --out`,
  },
  where: (file, row, column, header) =>
    [file, row === undefined ? "" : `rad ${row}`, column === undefined ? "" : `kolonne ${column}`, header === undefined || header === "" ? "" : `(${header})`]
      .filter((part) => part !== "")
      .join(", ")
      .replace(/, \(/, " ("),
  issueTexts: {
    file_not_found: "fant ikke filen",
    unreadable_file: "filen kunne ikke leses",
    unsupported_file_type: "sammen leser regneark i .csv, .txt, .tsv og .xlsx, og utvalg i .json",
    empty_file: "filen er tom",
    malformed_csv: "kan ikke leses som CSV her (et anførselstegn som aldri lukkes, eller tekst etter et avsluttende anførselstegn)",
    malformed_xlsx: "kan ikke leses som en .xlsx-arbeidsbok",
    invalid_json: "ikke gyldig JSON",
    not_a_number: "ikke et tall (desimalkomma eller -punktum går fint: 60,39 eller 60.39)",
    not_a_date: "ikke en dato (skriv 01.03.2026 eller 2026-03-01)",
    not_yes_or_no: "ikke ja eller nei",
    unknown_value: "ikke en av verdiene denne kolonnen tar (se docs/spreadsheets.md)",
    duplicate_column: "en kolonne til for det samme feltet",
    missing_column: "arket har ingen kolonne for dette feltet",
    cell_without_header: "en utfylt celle i en kolonne uten overskrift",
    result_mismatch: "følger ikke sammens resultatformat",
  },
  issuesFound: (count) => `${count} feil i inndataene:`,
  noOutputWritten: "Ingenting ble skrevet. Rett cellene over og kjør igjen.",
  ignoredColumn: (file, column, header) => `${file}: kolonne ${column} (${header}) er ikke en kolonne sammen kjenner; den ble ikke lest`,
  phases: {
    reading: "leser",
    "first-composition": "første sammensetning",
    search: "søker",
    rooms: "rom",
    exact: "beviser",
    explanations: "forklarer ventelisten",
    check: "kontrollerer",
    done: "ferdig",
  },
  progressLine: (phase, seconds, iterations, placed) =>
    `${phase}  ${seconds.replace(".", ",")} s  ${iterations.toLocaleString("nb")} iterasjoner${placed === undefined ? "" : `  ${placed} har fått plass så langt`}`,
  interrupted: "Stopper: den beste sammensetningen så langt kontrolleres og skrives (Ctrl-C igjen for å avslutte uten den).",
  interruptedAgain: "Avsluttet uten å skrive.",
  summary: (placed, total, groups, waiting, status) => `${placed} av ${total} fikk plass i ${groups} ${groups === 1 ? "gruppe" : "grupper"}; ${waiting} på venteliste (status ${status}).`,
  wrote: (dir, files) => `${dir}: skrev ${files.join(", ")}`,
  composeFailed: "sammen kunne ikke sette sammen grupper (en feil i sammen; meld den gjerne med kodene under):",
  resultUnreadable: (file) => `${file} er ikke et resultat sammen har skrevet:`,
  checkOk: "Ingen absolutte regler er brutt.",
  checkBroken: (count) => `${count} ${count === 1 ? "regel" : "regler"} brutt:`,
  warningsHeading: (count) => `${count} ${count === 1 ? "advarsel" : "advarsler"} (inndataene bryter disse; sammen lot dem være som de var):`,
  unknownId: (id) => `${id} er verken i en gruppe eller på ventelisten i dette resultatet`,
  placedIn: (id, group) => `${id} er i gruppe ${group}`,
  groupFields: { slot: "tidspunkt", venue: "møtested", municipality: "kommune", starters: "igangsettere", members: "medlemmer", none: "-" },
  waits: (id) => `${id} står på venteliste`,
  reasonsHeading: "Hvorfor:",
  suggestionsHeading: "Hva som kan gi dem en gruppe:",
  suggestedGroup: (members, more, where, slot) => `[gruppe: ${members}${more > 0 ? ` og ${more} til som ligner personen` : ""} · ${where}${slot === null ? "" : ` · ${slot}`}]`,
  neverInThisPool: "Ingen sammensetning av dette utvalget kunne gitt dem plass.",
  lostOut: "De kunne fått plass; andre fikk plassen i stedet.",
  templateWritten: (dir, files) => `${dir}: skrev ${files.join(", ")}. Fyll dem ut (behold overskriftsraden) og kjør: sammen compose personer.csv --venues steder.csv --starters igangsettere.csv`,
  groupsCsv: { group: "gruppe", size: "antall", ageSpan: "aldersspenn", genders: "kjønn", problems: "problemområder", existing: "fortsetter", newMembers: "nye medlemmer", maxTravelKm: "lengste reisevei km" },
  waitlistCsv: { candidate: "id", reasons: "årsaker", explanation: "forklaring", suggestions: "forslag", neverInThisPool: "kan ikke få plass i dette utvalget", yes: "ja", no: "nei" },
};

/** The texts of a locale. */
export function messagesFor(locale: Locale): Messages {
  return locale === "nb" ? nb : en;
}

/**
 * The locale to use: `--locale` when given, else Norwegian when the environment's language
 * (LC_ALL, then LC_MESSAGES, then LANG, as POSIX orders them) starts with nb, no or nn.
 */
export function chooseLocale(flag: string | undefined, env: Readonly<Record<string, string | undefined>>): Locale | null {
  if (flag !== undefined) return flag === "nb" || flag === "en" ? flag : null;
  const language = [env.LC_ALL, env.LC_MESSAGES, env.LANG].find((value) => value !== undefined && value !== "") ?? "";
  return /^(nb|no|nn)([_.@-]|$)/i.test(language) ? "nb" : "en";
}
