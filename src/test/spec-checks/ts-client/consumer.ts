// A small front-end client of the Verbatim API, typed only by the types openapi-typescript generates from the
// committed contract (generated/verbatim-api.d.ts). It is compiled with `tsc --noEmit` in CI: a change to the
// contract that would break such a client (a renamed field, a new verdict, a parameter's type) fails the build.
import type { components, operations } from "../generated/verbatim-api";

type Schemas = components["schemas"];
export type Statement = Schemas["Statement"];
export type Problem = Schemas["Problem"];
export type QuoteCheckRequest = Schemas["QuoteCheckRequest"];
export type StatementInput = Schemas["StatementInput"];

export type SearchQuery = NonNullable<operations["listStatements"]["parameters"]["query"]>;
type StatementPage = operations["listStatements"]["responses"][200]["content"]["application/json"];
type StatementById = operations["getStatement"]["responses"][200]["content"]["application/json"];
type QuoteCheckResult = operations["checkQuote"]["responses"][200]["content"]["application/json"];
type SearchProblem = operations["listStatements"]["responses"][400]["content"]["application/problem+json"];

/** An answer that was an RFC 9457 problem: the body, typed, with the field at fault when there is one. */
export class ProblemError extends Error {
    constructor(readonly status: number, readonly problem: Problem) {
        super(`${problem.title} (${status}): ${problem.detail}`);
    }

    /** The first parameter or body field the problem names, e.g. `limit` or `speaker.wikidataId`. */
    get field(): string | undefined {
        return this.problem.errors?.[0]?.field;
    }
}

export class VerbatimClient {
    constructor(private readonly baseUrl: string, private readonly apiKey?: string) {
    }

    /** GET /api/v1/statements: every filter typed as the contract declares it (repeatable ones as arrays). */
    searchStatements(query: SearchQuery): Promise<StatementPage> {
        const params = new URLSearchParams();
        for (const [name, value] of Object.entries(query)) {
            if (Array.isArray(value)) {
                value.forEach((item: string) => params.append(name, item));
            } else if (value !== undefined) {
                params.append(name, String(value));
            }
        }
        return this.request<StatementPage>("GET", `/api/v1/statements?${params}`);
    }

    /** GET /api/v1/statements/{id}. */
    getStatement(id: string): Promise<StatementById> {
        return this.request<StatementById>("GET", `/api/v1/statements/${encodeURIComponent(id)}`);
    }

    /** POST /api/v1/quote-checks. */
    checkQuote(claim: QuoteCheckRequest): Promise<QuoteCheckResult> {
        return this.request<QuoteCheckResult>("POST", "/api/v1/quote-checks", claim);
    }

    /** POST /api/v1/statements (editor key): speaker and topics by slug, the source inline. */
    createStatement(input: StatementInput): Promise<Statement> {
        return this.request<Statement>("POST", "/api/v1/statements", input);
    }

    private async request<T>(method: string, path: string, body?: unknown): Promise<T> {
        const headers: Record<string, string> = { Accept: "application/json" };
        if (body !== undefined) {
            headers["Content-Type"] = "application/json";
        }
        if (this.apiKey !== undefined) {
            headers["Authorization"] = `Bearer ${this.apiKey}`;
        }
        const init: RequestInit = { method, headers };
        if (body !== undefined) {
            init.body = JSON.stringify(body);
        }
        const response = await fetch(this.baseUrl + path, init);
        if (!response.ok) {
            throw await problemOf(response);
        }
        return (await response.json()) as T;
    }
}

async function problemOf(response: Response): Promise<Error> {
    if (response.headers.get("Content-Type")?.startsWith("application/problem+json")) {
        const problem: SearchProblem = (await response.json()) as Problem;
        return new ProblemError(response.status, problem);
    }
    return new Error(`HTTP ${response.status} without a problem body`);
}

/** A line for a fact-checker: every verdict must be handled, so a new one in the contract fails compilation. */
export function describe(result: QuoteCheckResult): string {
    const best = result.matches[0];
    const speaker = best?.statement.speaker.name ?? "nobody on record";
    const verdict = result.verdict;
    switch (verdict) {
        case "VERIFIED":
            return `On record, word for word, by ${speaker}`
                + (result.firstPublished ? `; first published by ${result.firstPublished.outlet}.` : ".");
        case "ALTERED":
            return `On record by ${speaker}, with ${best?.differences.length ?? 0} word(s) changed.`;
        case "SAID_ON_BEHALF":
            return `On record as said on behalf of ${result.onBehalfOf?.name ?? "the claimed speaker"} by ${result.attributedTo?.name ?? speaker}.`;
        case "MISATTRIBUTED":
            return `On record, but said by ${result.attributedTo?.name ?? speaker}.`;
        case "NOT_FOUND":
            return "Nothing close enough on record.";
        default: {
            const unknown: never = verdict;
            return unknown;
        }
    }
}

/** The quote of a statement with who said it and when, as a front end would print it. */
export function cite(statement: Statement): string {
    const sources = statement.sources.map((source) => source.outlet).join(", ");
    const role = statement.speakerRole === null ? "" : `, ${statement.speakerRole}`;
    return `“${statement.text}” — ${statement.speaker.name}${role}, ${statement.saidOn} (${sources})`;
}

export async function demo(baseUrl: string): Promise<void> {
    const client = new VerbatimClient(baseUrl);
    const page = await client.searchStatements({ q: "sanctions", speaker: ["jeanne-shaheen"], limit: 5 });
    console.log(`${page.total} match(es)`);
    const first = page.items[0];
    if (first !== undefined) {
        console.log(cite(await client.getStatement(first.id)));
    }
    console.log(describe(await client.checkQuote({ text: "Thanks, but no thanks.", speaker: "Jeanne Shaheen" })));
    try {
        await client.searchStatements({ limit: 1000 });
    } catch (error) {
        if (error instanceof ProblemError) {
            console.log(`refused: ${error.problem.status} on ${error.field ?? "?"}`);
        } else {
            throw error;
        }
    }
}

// The body of a create, checked against the contract: the speaker may be a slug or an object, a topic likewise.
export const exampleInput: StatementInput = {
    text: "Thanks, but no thanks.",
    kind: "DIRECT",
    speaker: "jeanne-shaheen",
    saidOn: "2018-09-25",
    topics: ["russia-sanctions", { name: "Foreign policy" }],
    source: {
        url: "https://www.thedailybeast.com/rand-paul-wants-to-scrap-some-us-sanctions-on-russia",
        outlet: "The Daily Beast",
    },
};
