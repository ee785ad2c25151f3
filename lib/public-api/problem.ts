import type { z } from "zod";
import { AppError } from "../errors/app-error";
import { type AppErrorCode, errorKind } from "../errors/codes";
import type { TProblem } from "./schemas";

// RFC 9457 problem details for the public API: the app's error codes it answers with, each with its title (the status
// comes from lib/errors/codes.ts, the one table). The /api page has an anchor per code (`type` points there).
export const PROBLEMS = {
  invalid_parameter: { title: "A query parameter is invalid" },
  unknown_dataset: { title: "No such dataset" },
  unknown_edition: { title: "No such committed edition in this dataset" },
  not_found: { title: "No such endpoint" },
  method_not_allowed: { title: "The public API is read-only" },
  unavailable: { title: "The data is unavailable right now" },
  internal: { title: "The server could not answer" },
} as const satisfies Partial<Record<AppErrorCode, { title: string }>>;

export type ProblemCode = keyof typeof PROBLEMS;

/** A problem a handler raises (an AppError of a public API code); the route turns it into problem+json. */
export type ApiProblem = AppError & { readonly code: ProblemCode };

export const apiProblem = (
  code: ProblemCode,
  detail: string,
  invalidParams?: { name: string; reason: string }[],
): ApiProblem => new AppError(code, detail, {}, { invalidParams }) as ApiProblem;

export const isApiProblem = (error: unknown): error is ApiProblem =>
  error instanceof AppError && Object.hasOwn(PROBLEMS, error.code);

export const problemType = (origin: string, code: ProblemCode) => `${origin}/api#problem-${code.replace(/_/g, "-")}`;

export function problemBody(problem: ApiProblem, origin: string, instance: string): TProblem {
  const { title } = PROBLEMS[problem.code];
  const { status } = errorKind(problem.code);
  return {
    type: problemType(origin, problem.code),
    title,
    status,
    detail: problem.message,
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
  return apiProblem("invalid_parameter", `Invalid ${names.map((n) => `\`${n}\``).join(", ")}: ${detail}.`, params);
}
