import type { z } from "zod";
import type { TProblem } from "./schemas";

// RFC 9457 problem details for the public API. One table from code to status and title; the /api page has an
// anchor per code (`type` points there). When lib/api's AppError lands, its codes map onto this table.
export const PROBLEMS = {
  invalid_parameter: { status: 400, title: "A query parameter is invalid" },
  unknown_dataset: { status: 404, title: "No such dataset" },
  unknown_edition: { status: 404, title: "No such committed edition in this dataset" },
  not_found: { status: 404, title: "No such endpoint" },
  method_not_allowed: { status: 405, title: "The public API is read-only" },
  unavailable: { status: 503, title: "The data is unavailable right now" },
  internal: { status: 500, title: "The server could not answer" },
} as const;

export type ProblemCode = keyof typeof PROBLEMS;

/** A problem a handler raises; the route turns it into an application/problem+json response. */
export class ApiProblem extends Error {
  constructor(
    readonly code: ProblemCode,
    readonly detail: string,
    readonly invalidParams?: { name: string; reason: string }[],
  ) {
    super(detail);
    this.name = "ApiProblem";
  }
}

export const problemType = (origin: string, code: ProblemCode) => `${origin}/api#problem-${code.replace(/_/g, "-")}`;

export function problemBody(problem: ApiProblem, origin: string, instance: string): TProblem {
  const { status, title } = PROBLEMS[problem.code];
  return {
    type: problemType(origin, problem.code),
    title,
    status,
    detail: problem.detail,
    instance,
    ...(problem.invalidParams ? { invalidParams: problem.invalidParams } : {}),
  };
}

/** A failed parameter check as a 400 naming each bad parameter (an unknown one by its own name). */
export function invalidParameters(error: z.ZodError): ApiProblem {
  const params = error.issues.flatMap((issue) =>
    issue.code === "unrecognized_keys"
      ? issue.keys.map((name) => ({ name, reason: "not a parameter of this endpoint" }))
      : [{ name: String(issue.path[0] ?? "query"), reason: issue.message }],
  );
  const names = [...new Set(params.map((p) => p.name))];
  const detail = params.map((p) => `${p.name}: ${p.reason}`).join("; ");
  return new ApiProblem("invalid_parameter", `Invalid ${names.map((n) => `\`${n}\``).join(", ")}: ${detail}.`, params);
}
